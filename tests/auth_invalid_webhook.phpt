--TEST--
Malformed webhook URLs in $auth are a ValueError naming the argument, whose message never holds the input (an empty one too); nothing is sent
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
$host = "127.0.0.1:$emu->port";
$code = $emu->code;

$bad = [
    'not a url',
    "$code",
    "$host/rest/1/$code/",
    "//$host/rest/1/$code/",
    "ftp://$host/rest/1/$code/",
    "file:///rest/1/$code/",
    "javascript:alert('$code')",
    "http:/$host/rest/1/$code/",
    "http://$host/rest/1/",
    "http://$host/rest/1",
    "http://$host/rest/$code/",
    "http://$host/rest/abc/$code/",
    "http://$host/api/1/$code/",
    "http://$host/",
    "http://$host",
    "http://$host/rest/1/$code/?x=1",
    "http://$host/rest/1/$code?auth=1",
    "http://$host/rest/1/$code/#frag",
    "http://user@$host/rest/1/$code/",
    "http://user:pass@$host/rest/1/$code/",
    "http://$host/rest/1/co de$code/",
    "http://$host/rest/1/$code/user.get",
    "http://$host/rest/1/$code/extra/",
    "http://$host/rest/1/$code//",
    "http:///rest/1/$code/",
    "http://127.0.0.1:0/rest/1/$code/",
    "http://127.0.0.1:99999/rest/1/$code/",
    "http://127.0.0.1:port/rest/1/$code/",
    "http://$host\\rest\\1\\$code\\",
    " http://$host/rest/1/$code/",
    "http://$host/rest/1/$code/\n",
    "http://$host/rest/1/$code\0/",
    "http://$host/rest/1/c\u{00f6}de$code/",
];
$messages = [];
foreach ($bad as $i => $url) {
    try {
        b24_status_get($url);
        echo "$i: accepted\n";
    } catch (ValueError $e) {
        $messages[sprintf("%s: %s", get_class($e), $e->getMessage())][] = $i;
        $all = $e->getMessage() . $e;
        if (str_contains($all, $url) || str_contains($all, $code) || str_contains($all, (string) $emu->port)) {
            echo "$i: the message holds the input: ", $e->getMessage(), "\n";
        }
    }
}
foreach ($messages as $message => $which) {
    echo $message, "\n  for ", count($which), ' of ', count($bad), "\n";
}

echo "-- every function checks it\n";
$url = "http://$host/rest/1/";
b24t_show(fn() => b24_idle_start(5, $url));
b24t_show(fn() => b24_idle_end($url));
b24t_show(fn() => b24_status_set('away', $url));
b24t_show(fn() => b24_call('emu.echo', ['a' => 1], $url));

echo "-- an empty string is a ValueError\n";
b24t_show(fn() => b24_idle_start(5, ''));
b24t_show(fn() => b24_idle_end(''));
b24t_show(fn() => b24_status_get(''));
b24t_show(fn() => b24_status_set('away', ''));
b24t_show(fn() => b24_call('emu.echo', [], ''));
ini_set('b24im.webhook_url', $emu->webhook);
b24t_show(fn() => b24_status_get(''));     // not a fallback to the ini
var_dump($emu->requests());
?>
--EXPECT--
ValueError: b24_status_get(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
  for 33 of 33
-- every function checks it
ValueError: b24_idle_start(): Argument #2 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: b24_idle_end(): Argument #1 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: b24_status_set(): Argument #2 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: b24_call(): Argument #3 ($auth) must be a Bitrix24 webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
-- an empty string is a ValueError
ValueError: b24_idle_start(): Argument #2 ($auth) must not be empty: pass a webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: b24_idle_end(): Argument #1 ($auth) must not be empty: pass a webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: b24_status_get(): Argument #1 ($auth) must not be empty: pass a webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: b24_status_set(): Argument #2 ($auth) must not be empty: pass a webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: b24_call(): Argument #3 ($auth) must not be empty: pass a webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
ValueError: b24_status_get(): Argument #1 ($auth) must not be empty: pass a webhook URL such as https://your-portal.bitrix24.com/rest/1/your-webhook-code/
array(0) {
}
