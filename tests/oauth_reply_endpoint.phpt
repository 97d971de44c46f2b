--TEST--
OAuth renewal: a reply whose client_endpoint is not a string or not a URL is a B24im\Exception INVALID_ENDPOINT (a setting's or a server's fault, not an argument's), and the old auth stays
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$opts = ['allow_http' => true, 'rate_limit' => 0, 'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret,
    'oauth_url' => $emu->oauthServer];

foreach ([42, ['x'], 'not a url'] as $endpoint) {
    $emu->reset();
    $emu->fault(['match' => 'oauth/token', 'body' => ['access_token' => 'n3wAccess' . bin2hex(random_bytes(4)),
        'refresh_token' => 'n3wRefresh' . bin2hex(random_bytes(4)), 'expires_in' => 3600, 'client_endpoint' => $endpoint]]);
    $c = new B24im\Client($old, ['state_dir' => b24t_state_dir()] + $opts);
    try {
        $c->statusGet();
        echo "accepted\n";
    } catch (Throwable $e) {
        printf("%s [%s]: %s\n", get_class($e), $e instanceof B24im\Exception ? $e->getError() : '-', $e->getMessage());
    }
    echo "auth unchanged: ", var_export($c->auth() === $old, true), "\n";
}
?>
--EXPECT--
B24im\Exception [INVALID_ENDPOINT]: im.user.status.get: INVALID_ENDPOINT: the auth array's client_endpoint is not a string
auth unchanged: true
B24im\Exception [INVALID_ENDPOINT]: im.user.status.get: INVALID_ENDPOINT: the auth array's client_endpoint is not a string
auth unchanged: true
B24im\Exception [INVALID_ENDPOINT]: im.user.status.get: INVALID_ENDPOINT: the auth array's client_endpoint is not a URL: it must look like https://your-portal.bitrix24.com/rest/
auth unchanged: true
