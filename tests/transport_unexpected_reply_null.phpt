--TEST--
Transport: a reply that is the JSON literal null is valid JSON with neither result nor error: TransportException UNEXPECTED_REPLY, like 42 or [], not INVALID_JSON
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

foreach (['null', ' null ', '42'] as $body) {
    $emu->fault(['match' => 'profile', 'status' => 200, 'body' => $body]);
    b24t_show(fn() => b24_call('profile', [], $emu->webhook));
}
b24t_show(fn() => b24_status_get($emu->webhook));
?>
--EXPECT--
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "null" (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: " null " (HTTP 200)
B24im\TransportException [UNEXPECTED_REPLY] 200: profile: UNEXPECTED_REPLY: the reply is neither a result nor an error: "42" (HTTP 200)
ok: 'online'
