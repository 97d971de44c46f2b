--TEST--
The options are one list: every INI setting b24im registers is a Client option of the same name (but the default webhook), and the unknown-option message names exactly those
--EXTENSIONS--
b24im
--FILE--
<?php
$ini = array_map(fn ($k) => substr($k, strlen('b24im.')), array_keys(ini_get_all('b24im', false))); // sorted by name
try {
    new B24im\Client('https://portal.bitrix24.test/rest/1/abc/', ['no_such_option' => 1]);
} catch (ValueError $e) {
    preg_match('/the options are (.*)$/', $e->getMessage(), $m);
    $options = explode(', ', $m[1]);
}
echo implode("\n", $ini), "\n--\n";
var_dump(array_values(array_diff($ini, $options)), array_values(array_diff($options, $ini)));
// each option is taken, with a value of its INI default's type
foreach ($options as $name) {
    $default = ini_get("b24im.$name");
    $value = match ($name) {
        'verify_tls', 'allow_http' => (bool) $default,
        'rate_limit' => (float) $default,
        'timeout_ms', 'connect_timeout_ms', 'max_response_size', 'max_retries', 'rate_burst' => (int) $default,
        default => $default,
    };
    new B24im\Client('https://portal.bitrix24.test/rest/1/abc/', [$name => $value]);
}
echo "all taken\n";
?>
--EXPECT--
allow_http
ca_file
client_id
client_secret
connect_timeout_ms
max_response_size
max_retries
oauth_url
rate_burst
rate_limit
state_dir
timeout_ms
user_agent
verify_tls
webhook_url
--
array(1) {
  [0]=>
  string(11) "webhook_url"
}
array(0) {
}
all taken
