--TEST--
INI: values given at start-up (php.ini / -d) are used: user agent, allow_http, webhook URL, timeouts, size
--EXTENSIONS--
b24im
--INI--
b24im.user_agent="startup-agent/1.0"
b24im.allow_http=1
b24im.timeout_ms=4000
b24im.connect_timeout_ms=1500
b24im.max_response_size=2048
b24im.verify_tls=0
b24im.ca_file=/nonexistent/ca.pem
b24im.webhook_url="https://portal.example.com/rest/1/st4rtupC0de/"
--FILE--
<?php
require __DIR__ . '/common.inc';
foreach (array_keys(ini_get_all('b24im')) as $name) {
    if ($name !== 'b24im.webhook_url') {
        echo $name, ' = ', ini_get($name), "\n";
    }
}
var_dump(ini_get('b24im.webhook_url') === 'https://portal.example.com/rest/1/st4rtupC0de/');
$emu = b24t_emu_start(['onprem' => true]);
ini_set('b24im.webhook_url', $emu->webhook);
b24t_show(fn() => b24_status_get());
b24t_show(fn() => b24_call('user.get'));
echo $emu->requests()[0]['headers']['user-agent'], "\n";
ini_restore('b24im.webhook_url');
var_dump(ini_get('b24im.webhook_url') === 'https://portal.example.com/rest/1/st4rtupC0de/');
?>
--EXPECT--
b24im.allow_http = 1
b24im.ca_file = /nonexistent/ca.pem
b24im.client_id = 
b24im.client_secret = 
b24im.connect_timeout_ms = 1500
b24im.max_response_size = 2048
b24im.max_retries = 3
b24im.oauth_url = 
b24im.rate_burst = 50
b24im.rate_limit = 2
b24im.state_dir = 
b24im.timeout_ms = 4000
b24im.user_agent = startup-agent/1.0
b24im.verify_tls = 0
bool(true)
ok: 'online'
B24im\TransportException [RESPONSE_TOO_LARGE] 200: user.get: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (2048 bytes) (HTTP 200)
startup-agent/1.0
bool(true)
