--TEST--
B24im\Client options: an unknown option is a ValueError naming it; a wrong type is a TypeError naming the option (booleans are PHP booleans, no coercion)
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$wh = 'https://portal.example.com/rest/1/c0de/';

echo "-- unknown options\n";
b24t_show(fn() => new B24im\Client($wh, ['timeout' => 5]));
b24t_show(fn() => new B24im\Client($wh, ['timeout_ms' => 5, 'verifyTls' => true]));
b24t_show(fn() => new B24im\Client($wh, ['webhook_url' => $wh]));
b24t_show(fn() => new B24im\Client($wh, [5]));

echo "-- wrong types\n";
$wrong = [
    ['verify_tls', 1], ['verify_tls', 'yes'], ['allow_http', 0], ['allow_http', null],
    ['timeout_ms', '5'], ['timeout_ms', 5.0], ['connect_timeout_ms', true], ['max_response_size', '1M'],
    ['max_retries', '3'], ['rate_burst', 1.5], ['rate_limit', '2'], ['rate_limit', null],
    ['ca_file', 5], ['user_agent', false], ['client_id', 1], ['client_secret', []], ['oauth_url', null], ['state_dir', 0],
];
foreach ($wrong as [$name, $value]) {
    b24t_show(fn() => new B24im\Client($wh, [$name => $value]));
}

echo "-- values out of range\n";
foreach ([['timeout_ms', 0], ['connect_timeout_ms', -1], ['max_response_size', 0], ['max_retries', -1],
          ['rate_burst', -1], ['rate_limit', -0.5], ['rate_limit', INF], ['rate_limit', NAN], ['user_agent', "a\r\nX-Evil: 1"],
          ['client_secret', "s\0"]] as [$name, $value]) {
    b24t_show(fn() => new B24im\Client($wh, [$name => $value]));
}

echo "-- every option with a value of its type\n";
$all = [
    'timeout_ms' => 1000, 'connect_timeout_ms' => 500, 'verify_tls' => false, 'ca_file' => '/nonexistent/ca.pem',
    'allow_http' => true, 'max_response_size' => 1024, 'user_agent' => 'ua/1', 'client_id' => 'id', 'client_secret' => 'sec',
    'oauth_url' => 'https://oauth.example.com/oauth/token/', 'max_retries' => 0, 'rate_limit' => 2.5, 'rate_burst' => 0,
    'state_dir' => sys_get_temp_dir() . '/b24t-unused',
];
b24t_show(fn() => get_class(new B24im\Client($wh, $all)));
b24t_show(fn() => get_class(new B24im\Client($wh, ['rate_limit' => 0, 'max_retries' => 10, 'client_secret' => ''])));
$ref = ['timeout_ms' => 1000];
$opts = ['timeout_ms' => &$ref['timeout_ms']];
b24t_show(fn() => get_class(new B24im\Client($wh, $opts)));
?>
--EXPECT--
-- unknown options
ValueError: B24im\Client::__construct(): Argument #2 ($options) has an unknown option "timeout"; the options are timeout_ms, connect_timeout_ms, verify_tls, ca_file, allow_http, max_response_size, user_agent, client_id, client_secret, oauth_url, max_retries, rate_limit, rate_burst, state_dir
ValueError: B24im\Client::__construct(): Argument #2 ($options) has an unknown option "verifyTls"; the options are timeout_ms, connect_timeout_ms, verify_tls, ca_file, allow_http, max_response_size, user_agent, client_id, client_secret, oauth_url, max_retries, rate_limit, rate_burst, state_dir
ValueError: B24im\Client::__construct(): Argument #2 ($options) has an unknown option "webhook_url"; the options are timeout_ms, connect_timeout_ms, verify_tls, ca_file, allow_http, max_response_size, user_agent, client_id, client_secret, oauth_url, max_retries, rate_limit, rate_burst, state_dir
ValueError: B24im\Client::__construct(): Argument #2 ($options) must be an array of options by name, found the key 0
-- wrong types
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "verify_tls" must be of type bool, int given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "verify_tls" must be of type bool, string given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "allow_http" must be of type bool, int given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "allow_http" must be of type bool, null given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "timeout_ms" must be of type int, string given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "timeout_ms" must be of type int, float given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "connect_timeout_ms" must be of type int, bool given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "max_response_size" must be of type int, string given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "max_retries" must be of type int, string given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "rate_burst" must be of type int, float given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "rate_limit" must be of type int|float, string given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "rate_limit" must be of type int|float, null given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "ca_file" must be of type string, int given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "user_agent" must be of type string, bool given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "client_id" must be of type string, int given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "client_secret" must be of type string, array given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "oauth_url" must be of type string, null given
TypeError: B24im\Client::__construct(): Argument #2 ($options) option "state_dir" must be of type string, int given
-- values out of range
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "timeout_ms" must be greater than 0
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "connect_timeout_ms" must be greater than 0
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "max_response_size" must be greater than 0
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "max_retries" must be greater than or equal to 0
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "rate_burst" must be greater than or equal to 0
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "rate_limit" must be a finite number greater than or equal to 0
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "rate_limit" must be a finite number greater than or equal to 0
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "rate_limit" must be a finite number greater than or equal to 0
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "user_agent" must not contain CR, LF or NUL
ValueError: B24im\Client::__construct(): Argument #2 ($options) option "client_secret" must not contain CR, LF or NUL
-- every option with a value of its type
ok: 'B24im\\Client'
ok: 'B24im\\Client'
ok: 'B24im\\Client'
