--TEST--
INI b24im.allow_http takes effect: plain http webhooks and client_endpoints are refused (INSECURE_URL, nothing sent) unless it is on
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
$oauth = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint];

foreach (['0', 'off', '1', 'On', ''] as $value) {
    ini_set('b24im.allow_http', $value);
    echo "-- allow_http = '$value'\n";
    foreach ([$emu->webhook, $oauth] as $auth) {
        try {
            $status = b24_status_get($auth);
            echo 'ok: ', var_export($status, true), "\n";
        } catch (B24im\Exception $e) {
            printf("%s [%s] %d: %s\n", get_class($e), $e->getError(), $e->getCode(),
                str_replace((string) $emu->port, 'PORT', $e->getMessage()));
            if (str_contains((string) $e, $emu->code) || str_contains((string) $e, $emu->token)) {
                echo "LEAK\n";
            }
        }
    }
    echo count($emu->requests()), " sent\n";
    $emu->reset();
}
?>
--EXPECT--
-- allow_http = '0'
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: $auth is plain http://127.0.0.1:PORT: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: the auth array's client_endpoint is plain http://127.0.0.1:PORT: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
0 sent
-- allow_http = 'off'
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: $auth is plain http://127.0.0.1:PORT: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: the auth array's client_endpoint is plain http://127.0.0.1:PORT: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
0 sent
-- allow_http = '1'
ok: 'online'
ok: 'online'
2 sent
-- allow_http = 'On'
ok: 'online'
ok: 'online'
2 sent
-- allow_http = ''
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: $auth is plain http://127.0.0.1:PORT: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
B24im\Exception [INSECURE_URL] 0: im.user.status.get: INSECURE_URL: the auth array's client_endpoint is plain http://127.0.0.1:PORT: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
0 sent
