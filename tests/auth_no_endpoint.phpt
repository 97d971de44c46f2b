--TEST--
No $auth, no b24im.webhook_url, no B24_WEBHOOK_URL: B24im\Exception NO_ENDPOINT that says what to set, from every function
--EXTENSIONS--
b24im
--FILE--
<?php
putenv('B24_WEBHOOK_URL');
var_dump(ini_get('b24im.webhook_url'), getenv('B24_WEBHOOK_URL'));
$calls = [
    fn() => b24_idle_start(),
    fn() => b24_idle_end(),
    fn() => b24_status_get(),
    fn() => b24_status_set('online'),
    fn() => b24_call('user.get'),
    fn() => b24_call('user.get', ['a' => 1], null),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (Exception $e) {
        printf("%s [%s] %d\n%s\n", get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
        var_dump($e->getDescription() !== '', $e->getPrevious());
    }
}
var_dump(b24_last_response());
?>
--EXPECT--
string(0) ""
bool(false)
B24im\Exception [NO_ENDPOINT] 0
im.user.status.idle.start: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
bool(true)
NULL
B24im\Exception [NO_ENDPOINT] 0
im.user.status.idle.end: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
bool(true)
NULL
B24im\Exception [NO_ENDPOINT] 0
im.user.status.get: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
bool(true)
NULL
B24im\Exception [NO_ENDPOINT] 0
im.user.status.set: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
bool(true)
NULL
B24im\Exception [NO_ENDPOINT] 0
user.get: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
bool(true)
NULL
B24im\Exception [NO_ENDPOINT] 0
user.get: NO_ENDPOINT: no Bitrix24 portal to call: pass $auth (a webhook URL or the application's auth array), or set b24im.webhook_url or the B24_WEBHOOK_URL environment variable to https://your-portal.bitrix24.com/rest/1/your-webhook-code/
bool(true)
NULL
NULL
