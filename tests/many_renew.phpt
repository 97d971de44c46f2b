--TEST--
b24_call_many(): a Client's expired token renewed once (one renewal at the OAuth server, the refresh handler called once) for all of its calls in flight, which then succeed with the new token, while another portal's calls run; the Client keeps the new auth
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$a = b24t_start(['onprem' => true]);
$emu = b24t_start(['onprem' => true]);
$auth = [
    'access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'expires' => time() - 60,
    'client_endpoint' => $emu->clientEndpoint, 'domain' => "127.0.0.1:$emu->port",
];
$c = new B24im\Client($auth, ['state_dir' => b24t_state_dir(), 'client_id' => $emu->clientId,
    'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer]);
$got = [];
$c->onTokenRefresh(function (array $new) use (&$got) { $got[] = $new['access_token']; });
b24_on_token_refresh(function () { echo "the global handler: not this one\n"; });

$calls = [];
for ($i = 0; $i < 12; $i++) {
    $calls[] = $i % 3 ? [$a->webhook, 'emu.echo', ['i' => $i]] : [$c, 'emu.echo', ['i' => $i]];
}
$r = b24_call_many($calls, 8);
$ok = 0;
foreach ($r as $i => $v) {
    $ok += $v === ['i' => (string) $i];
}
echo "answered: $ok of ", count($calls), "\n";
echo "renewals: ", $emu->renewals(), ", handler calls: ", count($got), "\n";
echo "the Client holds the new token: ", var_export($c->auth()['access_token'] === $got[0], true), "\n";
$tokens = [];
foreach ($emu->requests() as $req) {
    if ($req['path'] === '/oauth/token/') {
        $tokens[] = 'renewal';
        continue;
    }
    parse_str($req['body'], $body);
    $tokens[] = $body['auth'] === $emu->expiredToken ? 'expired' : ($body['auth'] === $got[0] ? 'new' : '?');
}
$counts = array_count_values($tokens);
ksort($counts);
echo "requests at the OAuth portal: ", json_encode($counts), "\n";
echo "every call that met the expired token went again with the new one: ",
    var_export(($counts['expired'] ?? 0) >= 1 && $counts['new'] === 4, true), "\n";
?>
--EXPECTF--
answered: 12 of 12
renewals: 1, handler calls: 1
the Client holds the new token: true
%A
every call that met the expired token went again with the new one: true
