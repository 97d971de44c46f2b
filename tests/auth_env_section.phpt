--TEST--
B24_WEBHOOK_URL set in the process environment before PHP starts (--ENV--) is used when neither $auth nor the ini names a portal
--EXTENSIONS--
b24im
--ENV--
B24_WEBHOOK_URL=http://127.0.0.1:1/from-env/rest/1/envC0deSecret/
--INI--
b24im.max_retries=0
b24im.allow_http=1
b24im.connect_timeout_ms=2000
--FILE--
<?php
require __DIR__ . '/common.inc';
var_dump(getenv('B24_WEBHOOK_URL') !== false);
// Port 1 refuses: the error shows the env URL's host and port was the one tried, never its code.
try {
    b24_status_get();
} catch (B24im\Exception $e) {
    printf("%s [%s] %d\n", get_class($e), $e->getError(), $e->getCode());
    echo preg_match('/127\.0\.0\.1(:| port )1\b/', $e->getMessage()) ? "tried 127.0.0.1:1\n" : "tried elsewhere: {$e->getMessage()}\n";
    echo str_contains((string) $e, 'envC0deSecret') ? "LEAK\n" : "no leak\n";
}

echo "-- the ini beats it\n";
$emu = b24t_emu_start(['onprem' => true]);
ini_set('b24im.webhook_url', $emu->webhook);
b24t_show(fn() => b24_status_get());
b24t_wire($emu);
?>
--EXPECT--
bool(true)
B24im\TransportException [CONNECT_FAILED] 0
tried 127.0.0.1:1
no leak
-- the ini beats it
ok: 'online'
POST /rest/1/wh0Secret7code/im.user.status.get.json 
