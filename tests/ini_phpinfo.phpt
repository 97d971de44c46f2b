--TEST--
phpinfo(INFO_MODULES): the b24im section lists every setting, with the webhook URL's code masked as *** (local and master value)
--EXTENSIONS--
b24im
--INI--
b24im.webhook_url="https://master.example.com/rest/3/m4sterC0de/"
--FILE--
<?php
function section(): string
{
    ob_start();
    phpinfo(INFO_MODULES);
    $info = ob_get_clean();
    if (!preg_match('/^b24im\n\n(.*?)\n\n(Directive.*?)\n\n/ms', $info, $m)) {
        return "no b24im section\n";
    }
    // the versions of libcurl, TLS library and json-c vary
    $head = preg_replace('/^(libcurl|TLS library|json-c) => .+$/m', '$1 => ...', $m[1]);
    $head = str_replace('Version => ' . phpversion('b24im'), 'Version => <version>', $head);
    return $head . "\n\n" . str_replace('b24im/' . phpversion('b24im'), 'b24im/<version>', $m[2]) . "\n";
}

function webhookLine(): string
{
    return implode("\n", preg_grep('/^b24im\.webhook_url /', explode("\n", section()))) ?: 'missing';
}

echo section();
ini_set('b24im.webhook_url', 'https://local.example.com/rest/12/l0calC0de/');
echo "--\n", webhookLine(), "\n";
ini_set('b24im.webhook_url', 'https://local.example.com/sub/rest/12/l0calC0de');
echo webhookLine(), "\n";
ini_set('b24im.webhook_url', '');
echo webhookLine(), "\n";
?>
--EXPECT--
b24im support => enabled
Version => <version>
libcurl => ...
TLS library => ...
json-c => ...

Directive => Local Value => Master Value
b24im.allow_http => Off => Off
b24im.ca_file => no value => no value
b24im.client_id => no value => no value
b24im.client_secret => no value => no value
b24im.connect_timeout_ms => 10000 => 10000
b24im.max_response_size => 33554432 => 33554432
b24im.max_retries => 3 => 3
b24im.oauth_url => no value => no value
b24im.rate_burst => 50 => 50
b24im.rate_limit => 2 => 2
b24im.state_dir => no value => no value
b24im.timeout_ms => 60000 => 60000
b24im.user_agent => b24im/<version> => b24im/<version>
b24im.verify_tls => On => On
b24im.webhook_url => https://master.example.com/rest/3/***/ => https://master.example.com/rest/3/***/
--
b24im.webhook_url => https://local.example.com/rest/12/***/ => https://master.example.com/rest/3/***/
b24im.webhook_url => https://local.example.com/sub/rest/12/*** => https://master.example.com/rest/3/***/
b24im.webhook_url => no value => https://master.example.com/rest/3/***/
