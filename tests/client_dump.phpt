--TEST--
B24im\Client: var_dump, print_r, var_export, json_encode, debug_zval_dump and casts never show the webhook code, a token or the secret; serialize, unserialize and clone throw
--EXTENSIONS--
b24im
--INI--
b24im.rate_limit=0
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$opts = ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir(),
         'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer];
$secrets = [$emu->code, $emu->token, $emu->expiredToken, $emu->refreshToken, $emu->clientSecret];

$webhook = new B24im\Client($emu->webhook, $opts);
$oauth = new B24im\Client(['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken,
    'client_endpoint' => $emu->clientEndpoint, 'application_token' => 'appT0ken'], $opts);
$secrets[] = 'appT0ken';

function dumps(B24im\Client $c): string
{
    ob_start();
    var_dump($c);
    print_r($c);
    echo "\n";
    var_export($c);
    echo "\n", json_encode($c), "\n";
    var_dump((array) $c, get_object_vars($c));
    $out = ob_get_clean();
    ob_start();
    debug_zval_dump($c);
    return $out . "--\n" . ob_get_clean();
}

foreach (['webhook' => $webhook, 'oauth' => $oauth] as $kind => $c) {
    echo "== $kind\n";
    echo dumps($c);
}

echo "== after a renewal\n";
$oauth->statusGet();
$renewed = $oauth->auth();
echo $emu->renewals(), " renewal, new token: ", var_export($renewed['access_token'] !== $emu->expiredToken, true), "\n";
$secrets[] = $renewed['access_token'];
$secrets[] = $renewed['refresh_token'];
$all = dumps($webhook) . dumps($oauth) . print_r([$webhook, $oauth], true) . var_export([$webhook, $oauth], true);
foreach ($secrets as $n => $secret) {
    echo "secret $n shown: ", var_export(str_contains($all, $secret), true), "\n";
}

echo "== serialize, unserialize, clone\n";
b24t_show(fn() => serialize($webhook));
b24t_show(fn() => serialize([$oauth]));
b24t_show(fn() => unserialize('O:12:"B24im\\Client":0:{}'));
b24t_show(fn() => clone $webhook);
b24t_show(fn() => clone $oauth);
var_dump((new ReflectionClass(B24im\Client::class))->isCloneable());

echo "== traces of a failing constructor show no secret\n";
try {
    new B24im\Client($emu->webhook, ['client_secret' => $emu->clientSecret, 'unknown' => 1]);
} catch (ValueError $e) {
    echo $e->getTraceAsString(), "\n";
}
try {
    new B24im\Client(['access_token' => $emu->token], ['allow_http' => true]);
} catch (ValueError $e) {
    echo get_class($e), ' ', str_contains((string) $e, $emu->token) ? 'token shown' : 'no token', "\n";
}
?>
--EXPECTF--
== webhook
object(B24im\Client)#%d (2) {
  ["portal"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/"
  ["auth"]=>
  string(7) "webhook"
}
B24im\Client Object
(
    [portal] => http://127.0.0.1:%d/rest/1/***/
    [auth] => webhook
)

\B24im\Client::__set_state(array(
))
{}
array(0) {
}
array(0) {
}
--
object(B24im\Client)#%d (2) refcount(%d){
  ["portal"]=>
  string(%d) "http://127.0.0.1:%d/rest/1/***/" refcount(%d)
  ["auth"]=>
  string(7) "webhook" refcount(%d)
}
== oauth
object(B24im\Client)#%d (2) {
  ["portal"]=>
  string(%d) "http://127.0.0.1:%d/rest/"
  ["auth"]=>
  string(5) "oauth"
}
B24im\Client Object
(
    [portal] => http://127.0.0.1:%d/rest/
    [auth] => oauth
)

\B24im\Client::__set_state(array(
))
{}
array(0) {
}
array(0) {
}
--
object(B24im\Client)#%d (2) refcount(%d){
  ["portal"]=>
  string(%d) "http://127.0.0.1:%d/rest/" refcount(%d)
  ["auth"]=>
  string(5) "oauth" refcount(%d)
}
== after a renewal
1 renewal, new token: true
secret 0 shown: false
secret 1 shown: false
secret 2 shown: false
secret 3 shown: false
secret 4 shown: false
secret 5 shown: false
secret 6 shown: false
secret 7 shown: false
== serialize, unserialize, clone
Exception: Serialization of 'B24im\Client' is not allowed
Exception: Serialization of 'B24im\Client' is not allowed
Exception: Unserialization of 'B24im\Client' is not allowed
Error: Trying to clone an uncloneable object of class B24im\Client
Error: Trying to clone an uncloneable object of class B24im\Client
bool(false)
== traces of a failing constructor show no secret
#0 %s(%d): B24im\Client->__construct(Object(SensitiveParameterValue), Object(SensitiveParameterValue))
#1 {main}
ValueError no token
