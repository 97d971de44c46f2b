--TEST--
Secrets: neither the webhook code nor a token used in calls appears in phpinfo() or in php --ri b24im
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
$code = $emu->code;

function info(int $what): string
{
    ob_start();
    phpinfo($what);
    return ob_get_clean();
}

ini_set('b24im.webhook_url', $emu->webhook);
b24_status_get();
b24_status_get(['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint]);
try {
    b24_status_get(['access_token' => $emu->expiredToken, 'client_endpoint' => $emu->clientEndpoint]);
} catch (B24im\AuthException $e) {
}
unset($e);

// INFO_ALL without the environment and variables sections, which show whatever the process holds
$all = info(INFO_ALL & ~INFO_ENVIRONMENT & ~INFO_VARIABLES);
$modules = info(INFO_MODULES);
foreach (['code' => $code, 'token' => $emu->token, 'expired token' => $emu->expiredToken] as $what => $secret) {
    printf("%s: phpinfo() %s, INFO_MODULES %s\n", $what, str_contains($all, $secret) ? 'LEAK' : 'clean', str_contains($modules, $secret) ? 'LEAK' : 'clean');
}
preg_match('/^b24im\.webhook_url => .*$/m', $modules, $m);
echo str_replace((string) $emu->port, 'PORT', $m[0]), "\n";

echo "-- webhook URLs of other shapes\n";
foreach ([rtrim($emu->webhook, '/'), "$emu->webhook?x=$code", "http://user:$code@127.0.0.1/rest/1/$code/", "$code", "not a url $code",
          "https://h/rest/1/$code/extra", "https://h/rest/1/$code/#$code"] as $url) {
    ini_set('b24im.webhook_url', $url);
    $modules = info(INFO_MODULES);
    echo str_contains($modules, $code) ? "LEAK: $url\n" : "clean\n";
}

echo "-- php --ri b24im with the webhook URL set at start-up\n";
// the b24im.so this process loaded (Linux), else the one the build puts in modules/
$so = __DIR__ . '/../modules/b24im.so';
foreach (@file('/proc/self/maps') ?: [] as $line) {
    if (preg_match('#\s(/\S*/b24im\.so)$#', rtrim($line), $m)) {
        $so = $m[1];
        break;
    }
}
$cmd = [PHP_BINARY, '-n', '-d', "extension=$so",
    '-d', "b24im.webhook_url=https://portal.example.com/rest/5/$code/", '--ri', 'b24im'];
$proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$out = stream_get_contents($pipes[1]);
$err = stream_get_contents($pipes[2]);
proc_close($proc);
echo str_contains($out . $err, $code) ? "LEAK\n" : "clean\n";
preg_match('/^b24im\.webhook_url => .*$/m', $out, $m);
echo $m[0] ?? "no webhook line:\n$out$err", "\n";
?>
--EXPECT--
code: phpinfo() clean, INFO_MODULES clean
token: phpinfo() clean, INFO_MODULES clean
expired token: phpinfo() clean, INFO_MODULES clean
b24im.webhook_url => http://127.0.0.1:PORT/rest/1/***/ => no value
-- webhook URLs of other shapes
clean
clean
clean
clean
clean
clean
clean
-- php --ri b24im with the webhook URL set at start-up
clean
b24im.webhook_url => https://portal.example.com/rest/5/***/ => https://portal.example.com/rest/5/***/
