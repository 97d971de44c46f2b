--TEST--
INI: every b24im.* entry exists with its default and is PHP_INI_ALL
--EXTENSIONS--
b24im
--FILE--
<?php
$expected = [
    'b24im.webhook_url' => '',
    'b24im.timeout_ms' => '60000',
    'b24im.connect_timeout_ms' => '10000',
    'b24im.verify_tls' => '1',
    'b24im.ca_file' => '',
    'b24im.allow_http' => '0',
    'b24im.max_response_size' => '33554432',
    'b24im.user_agent' => 'b24im/' . phpversion('b24im'),
];
$all = ini_get_all('b24im');
ksort($all);
echo implode("\n", array_keys($all)), "\n";
foreach ($expected as $name => $default) {
    $entry = $all[$name];
    printf("%s: ini_get %s, global %s, access %s\n", $name,
        ini_get($name) === $default ? 'ok' : 'WRONG ' . var_export(ini_get($name), true),
        $entry['global_value'] === $default ? 'ok' : 'WRONG ' . var_export($entry['global_value'], true),
        $entry['access'] === INI_ALL ? 'INI_ALL' : $entry['access']);
}
var_dump(ini_get('b24im.user_agent'), phpversion('b24im') === (new ReflectionExtension('b24im'))->getVersion());
var_dump(preg_match('/^\d+\.\d+\.\d+(-?(alpha|beta|RC|dev)\d*)?$/', phpversion('b24im')));
?>
--EXPECTF--
b24im.allow_http
b24im.ca_file
b24im.client_id
b24im.client_secret
b24im.connect_timeout_ms
b24im.max_response_size
b24im.max_retries
b24im.oauth_url
b24im.rate_burst
b24im.rate_limit
b24im.state_dir
b24im.timeout_ms
b24im.user_agent
b24im.verify_tls
b24im.webhook_url
b24im.webhook_url: ini_get ok, global ok, access INI_ALL
b24im.timeout_ms: ini_get ok, global ok, access INI_ALL
b24im.connect_timeout_ms: ini_get ok, global ok, access INI_ALL
b24im.verify_tls: ini_get ok, global ok, access INI_ALL
b24im.ca_file: ini_get ok, global ok, access INI_ALL
b24im.allow_http: ini_get ok, global ok, access INI_ALL
b24im.max_response_size: ini_get ok, global ok, access INI_ALL
b24im.user_agent: ini_get ok, global ok, access INI_ALL
string(%d) "b24im/%d.%d.%s"
bool(true)
int(1)
