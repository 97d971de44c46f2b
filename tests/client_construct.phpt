--TEST--
B24im\Client: built from a webhook URL or an auth array; a malformed webhook or auth array is a ValueError at construction and sends nothing
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();
$opts = ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir];

echo "-- a webhook URL, with and without the trailing slash\n";
$c = new B24im\Client($emu->webhook, $opts);
var_dump(get_class($c), $c->auth() === $emu->webhook);
b24t_show(fn() => $c->statusGet());
b24t_show(fn() => (new B24im\Client(rtrim($emu->webhook, '/'), $opts))->statusGet());

echo "-- an auth array: client_endpoint, or domain (https)\n";
$auth = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint, 'member_id' => 'm1'];
$c = new B24im\Client($auth, $opts);
var_dump($c->auth() === $auth);
b24t_show(fn() => $c->statusGet());
$d = new B24im\Client(['access_token' => $emu->token, 'domain' => 'portal.example.com'], $opts);
var_dump($d->auth());
b24t_wire($emu);
$emu->reset();

echo "-- no options: the INI (allow_http off)\n";
b24t_show(fn() => new B24im\Client($emu->webhook));
ini_set('b24im.allow_http', '1');
b24t_show(fn() => get_class(new B24im\Client($emu->webhook)));
ini_restore('b24im.allow_http');

echo "-- malformed webhooks\n";
foreach (['', 'nonsense', 'ftp://portal.example.com/rest/1/abc/', 'https://portal.example.com/rest/abc/',
          'https://portal.example.com/', 'https://portal.example.com/rest/1/abc/?x=1', 'https://user@portal.example.com/rest/1/abc/',
          'https://portal.example.com/rest/x/abc/'] as $url) {
    b24t_show(fn() => new B24im\Client($url, $opts));
}
echo "-- malformed auth arrays\n";
b24t_show(fn() => new B24im\Client([], $opts));
b24t_show(fn() => new B24im\Client(['client_endpoint' => $emu->clientEndpoint, 'refresh_token' => 'r'], $opts));
b24t_show(fn() => new B24im\Client(['access_token' => '', 'client_endpoint' => $emu->clientEndpoint], $opts));
b24t_show(fn() => new B24im\Client(['access_token' => $emu->token], $opts));
b24t_show(fn() => new B24im\Client(['access_token' => 123, 'client_endpoint' => $emu->clientEndpoint], $opts));
b24t_show(fn() => new B24im\Client(['access_token' => $emu->token, 'client_endpoint' => 'not a url'], $opts));
b24t_show(fn() => new B24im\Client(['access_token' => $emu->token, 'domain' => 'bad/domain'], $opts));
b24t_show(fn() => new B24im\Client(['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint], ['allow_http' => false] + $opts));
echo "-- wrong argument types\n";
b24t_show(fn() => new B24im\Client(42));
b24t_show(fn() => new B24im\Client($emu->webhook, 'opts'));
b24t_show(fn() => new B24im\Client());
echo count($emu->requests()), " requests\n";
?>
--EXPECTF--
-- a webhook URL, with and without the trailing slash
string(12) "B24im\Client"
bool(true)
ok: 'online'
ok: 'online'
-- an auth array: client_endpoint, or domain (https)
bool(true)
ok: 'online'
array(2) {
  ["access_token"]=>
  string(18) "tok3nSecret9access"
  ["domain"]=>
  string(18) "portal.example.com"
}
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/1/wh0Secret7code/im.user.status.get.json 
POST /rest/im.user.status.get.json auth=tok3nSecret9access
-- no options: the INI (allow_http off)
B24im\Exception [INSECURE_URL] 0: B24im\Client: INSECURE_URL: $auth is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
ok: 'B24im\\Client'
-- malformed webhooks
ValueError: B24im\Client::__construct(): Argument #1 ($auth) must not be empty: pass a webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: B24im\Client::__construct(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: B24im\Client::__construct(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: B24im\Client::__construct(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: B24im\Client::__construct(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: B24im\Client::__construct(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: B24im\Client::__construct(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: B24im\Client::__construct(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
-- malformed auth arrays
ValueError: B24im\Client::__construct(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: B24im\Client::__construct(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: B24im\Client::__construct(): Argument #1 ($auth) has no access_token: pass the auth that Bitrix24 posted to the application ($_REQUEST['auth']) or the one it stored
ValueError: B24im\Client::__construct(): Argument #1 ($auth) names no portal: it needs client_endpoint (https://your-portal.bitrix24.com/rest/) or domain
TypeError: B24im\Client::__construct(): Argument #1 ($auth) ["access_token"] must be of type string, int given
ValueError: B24im\Client::__construct(): Argument #1 ($auth) has a client_endpoint that is not a URL: it must look like https://your-portal.bitrix24.com/rest/
ValueError: B24im\Client::__construct(): Argument #1 ($auth) has a domain that is not a host name: it must look like your-portal.bitrix24.com
B24im\Exception [INSECURE_URL] 0: B24im\Client: INSECURE_URL: the auth array's client_endpoint is plain http://127.0.0.1:%d: the webhook code or token would travel in clear; use https, or set b24im.allow_http=1 for a portal inside your own network
-- wrong argument types
ValueError: B24im\Client::__construct(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
TypeError: B24im\Client::__construct(): Argument #2 ($options) must be of type array, string given
ArgumentCountError: B24im\Client::__construct() expects at least 1 argument, 0 given
0 requests
