--TEST--
Decoding: what json_decode() rejects but a lenient parser takes (Infinity, NaN, "5.", raw control characters in strings, lone surrogates, single-quoted keys) is INVALID_JSON, never a result
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

$bodies = [
    '{"result":Infinity}', '{"result":-Infinity}', '{"result":NaN}', '{"result":[1,NaN]}', '{"result":5.}', '{"result":-5.e3}',
    "{\"result\":\"tab\there\"}", "{\"result\":\"new\nline\"}", "{\"result\":\"\x01\"}", "{\"k\x1f\":1,\"result\":1}",
    '{"result":"\ud800"}', '{"result":"\udc00"}', '{"result":"\ud834x"}', '{"result":"\udc00\ud800"}', '{"result":"\ud83d\u0041"}',
    "{'result':1}", "{\"result\":{'k':1}}",
];
foreach ($bodies as $body) {
    json_decode($body, true);
    $php = json_last_error_msg();
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    try {
        $got = b24_call('emu.echo', [], $emu->webhook);
        printf("%s => a result: %s (json_decode: %s)\n", json_encode($body), json_encode($got, JSON_PARTIAL_OUTPUT_ON_ERROR), $php);
    } catch (B24im\Exception $e) {
        printf("%s => %s [%s] %d\n", json_encode($body), get_class($e), $e->getError(), $e->getCode());
    }
}
?>
--EXPECT--
"{\"result\":Infinity}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":-Infinity}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":NaN}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":[1,NaN]}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":5.}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":-5.e3}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":\"tab\there\"}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":\"new\nline\"}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":\"\u0001\"}" => B24im\TransportException [INVALID_JSON] 200
"{\"k\u001f\":1,\"result\":1}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":\"\\ud800\"}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":\"\\udc00\"}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":\"\\ud834x\"}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":\"\\udc00\\ud800\"}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":\"\\ud83d\\u0041\"}" => B24im\TransportException [INVALID_JSON] 200
"{'result':1}" => B24im\TransportException [INVALID_JSON] 200
"{\"result\":{'k':1}}" => B24im\TransportException [INVALID_JSON] 200
