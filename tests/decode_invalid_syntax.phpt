--TEST--
Decoding: a 200 reply that json_decode() rejects (syntax errors, trailing data, BOM, comments) is a TransportException INVALID_JSON, never a result
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

$bodies = [
    '{"result":[1,]}', '{"result":1,}', '{"result":\'a\'}', '{result:1}', '{"result":01}', '{"result":+1}', '{"result":.5}',
    '{"result":1e}', '{"result":-}', '{"result":0x10}', '{"result":TRUE}', '{"result":nan}', '{"result":"\x"}',
    '{"result":"\u00"}', '{"result":[1 2]}', '{"result":1}x', '{"result":1}{"result":2}', '{"result":1} /* c */',
    '/* c */{"result":1}', "\xEF\xBB\xBF{\"result\":1}", '{"result":"unterminated}', '{"result":[1}', '{"result":1',
];
foreach ($bodies as $body) {
    var_dump(json_decode($body, true));
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    try {
        $got = b24_call('emu.echo', [], $emu->webhook);
        echo json_encode($body), ' => a result: ', var_export($got, true), "\n";
    } catch (B24im\Exception $e) {
        printf("%s => %s [%s] %d\n", json_encode($body), get_class($e), $e->getError(), $e->getCode());
    }
}
?>
--EXPECT--
NULL
"{\"result\":[1,]}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":1,}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":'a'}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{result:1}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":01}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":+1}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":.5}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":1e}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":-}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":0x10}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":TRUE}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":nan}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":\"\\x\"}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":\"\\u00\"}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":[1 2]}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":1}x" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":1}{\"result\":2}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":1} \/* c *\/" => B24im\TransportException [INVALID_JSON] 200
NULL
"\/* c *\/{\"result\":1}" => B24im\TransportException [INVALID_JSON] 200
NULL
"\ufeff{\"result\":1}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":\"unterminated}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":[1}" => B24im\TransportException [INVALID_JSON] 200
NULL
"{\"result\":1" => B24im\TransportException [INVALID_JSON] 200
