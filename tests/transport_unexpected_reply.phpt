--TEST--
Transport: JSON that is neither a result nor an error ({"time":{}}, [], 42, {}, a string, true, a list) is a TransportException UNEXPECTED_REPLY with the HTTP status; the next call succeeds
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

foreach (['{"time":{}}', '[]', '42', '{}', '"ok"', 'true', '[{"result":1}]', '{"result_error":{"a":{"error":"X"}}}'] as $body) {
    $emu->fault(['match' => 'profile', 'status' => 200, 'body' => $body]);
    b24t_show(fn() => b24_call('profile', [], $emu->webhook));
}
$emu->fault(['match' => 'profile', 'status' => 500, 'body' => '{"time":{"start":1}}']);
b24t_show(fn() => b24_call('profile', [], $emu->webhook));
echo "last response: ", json_encode(b24_last_response()), "\n";
b24t_show(fn() => b24_status_get($emu->webhook));
?>
--EXPECTF--
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "{"time":{}}" (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "[]" (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "42" (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "{}" (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: ""ok"" (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "true" (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "[{"result":1}]" (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "{"result_error":{"a":{"error":"X"}}}" (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 500: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "{"time":{"start":1}}" (HTTP 500)
last response: {"method":"profile","http_status":500,"total":null,"next":null,"time":null,"url":"http:\/\/127.0.0.1:%d\/rest\/1\/***\/profile.json"}
ok: 'online'
