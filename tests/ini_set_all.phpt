--TEST--
INI: every b24im.* entry can be changed with ini_set() at run time (PHP_INI_ALL) and restored
--EXTENSIONS--
b24im
--FILE--
<?php
$values = [
    'b24im.webhook_url' => 'https://portal.example.com/rest/1/abc/',
    'b24im.timeout_ms' => '1500',
    'b24im.connect_timeout_ms' => '250',
    'b24im.verify_tls' => '0',
    'b24im.ca_file' => '/etc/ssl/certs/ca-certificates.crt',
    'b24im.allow_http' => '1',
    'b24im.max_response_size' => '1024',
    'b24im.user_agent' => 'my-app/2.0 (b24im)',
];
foreach ($values as $name => $value) {
    $old = ini_set($name, $value);
    printf("%s: old %s, now %s\n", $name, var_export($old, true), var_export(ini_get($name), true));
}
foreach (array_keys($values) as $name) {
    ini_restore($name);
}
foreach (array_keys($values) as $name) {
    printf("%s restored: %s\n", $name, var_export(ini_get($name), true));
}
?>
--EXPECTF--
b24im.webhook_url: old '', now 'https://portal.example.com/rest/1/abc/'
b24im.timeout_ms: old '60000', now '1500'
b24im.connect_timeout_ms: old '10000', now '250'
b24im.verify_tls: old '1', now '0'
b24im.ca_file: old '', now '/etc/ssl/certs/ca-certificates.crt'
b24im.allow_http: old '0', now '1'
b24im.max_response_size: old '33554432', now '1024'
b24im.user_agent: old 'b24im/%s', now 'my-app/2.0 (b24im)'
b24im.webhook_url restored: ''
b24im.timeout_ms restored: '60000'
b24im.connect_timeout_ms restored: '10000'
b24im.verify_tls restored: '1'
b24im.ca_file restored: ''
b24im.allow_http restored: '0'
b24im.max_response_size restored: '33554432'
b24im.user_agent restored: 'b24im/%s'
