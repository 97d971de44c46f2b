--TEST--
Secrets: through every hostile-portal case, with a webhook and with an OAuth token, neither the code nor the token appears in any view of the exception, a warning or notice, the error log, phpinfo(), or an uncaught exception's report
--EXTENSIONS--
b24im
--INI--
b24im.max_retries=0
zend.exception_ignore_args=0
error_reporting=-1
log_errors=1
b24im.allow_http=1
b24im.timeout_ms=1000
b24im.max_response_size=1048576
--FILE--
<?php
require __DIR__ . '/hostile.inc';
$log = tempnam(sys_get_temp_dir(), 'b24log');
ini_set('error_log', $log);
$notices = [];
set_error_handler(function (int $no, string $text) use (&$notices) {
    $notices[] = $text;
    return false; // on to the error log as well
});

$hostile = B24tHostile::start();
$code = 'h0stileC0de';
$token = 'tok3n-' . bin2hex(random_bytes(8));
$secrets = [$code, $token];

function views(Throwable $e): array
{
    ob_start();
    var_dump($e);
    $dump = ob_get_clean();
    return [
        'getMessage' => $e->getMessage(),
        'getDescription' => $e instanceof B24im\Exception ? $e->getDescription() : '',
        'getError' => $e instanceof B24im\Exception ? $e->getError() : '',
        'string' => (string) $e,
        'getTraceAsString' => $e->getTraceAsString(),
        'getTrace' => print_r($e->getTrace(), true),
        'var_export' => var_export($e, true),
        'print_r' => print_r($e, true),
        'var_dump' => $dump,
    ];
}

$cases = ['http10', 'garbage_status', 'bad_status_code', 'endless_headers', 'long_header', 'chunk_cut', 'chunk_bad_size',
    'chunk_no_last', 'close_cut', 'length_cut', 'endless_body', 'fake_gzip', 'gzip_bomb', 'huge_length', 'huge_chunked',
    'deep', 'bom', 'echo', 'redirect_loop', 'redirect_file', 'redirect_ftp', 'slam'];
$outcomes = [];
$leaks = [];
foreach ($cases as $case) {
    $webhook = $case === 'slam' ? $hostile->slamWebhook() : $hostile->webhook($case);
    $endpoint = preg_replace('~/rest/1/h0stileC0de/$~', '/rest/', $webhook);
    $auths = ['webhook' => $webhook, 'token' => ['access_token' => $token, 'client_endpoint' => $endpoint]];
    foreach ($auths as $kind => $auth) {
        ini_set('b24im.webhook_url', $webhook); // for phpinfo() below
        try {
            b24_call('emu.echo', ['note' => 'n'], $auth);
            $outcomes["$kind ok"][] = $case;
        } catch (B24im\Exception $e) {
            $outcomes[$kind . ' ' . get_class($e) . ' ' . $e->getError()][] = $case;
            foreach (views($e) as $view => $text) {
                foreach ($secrets as $secret) {
                    if (str_contains($text, $secret)) {
                        $leaks[] = "$case/$kind: $view";
                    }
                }
            }
        }
    }
}
ksort($outcomes);
foreach ($outcomes as $outcome => $which) {
    echo $outcome, ': ', implode(' ', $which), "\n";
}
echo 'leaks in exceptions: ', $leaks ? implode(', ', array_unique($leaks)) : 'none', "\n";

ob_start();
phpinfo(INFO_ALL & ~INFO_ENVIRONMENT & ~INFO_VARIABLES);
$info = ob_get_clean();
echo 'phpinfo(): ', str_contains($info, $code) || str_contains($info, $token) ? 'LEAK' : 'clean', "\n";

echo 'warnings and notices: ', count($notices), "\n";
$logged = (string) @file_get_contents($log);
echo 'error log: ', str_contains($logged, $code) || str_contains($logged, $token) ? 'LEAK' : 'clean', "\n";

// An uncaught exception: PHP prints and logs its report (message and trace) in a process of its own
$so = __DIR__ . '/../modules/b24im.so';
foreach (@file('/proc/self/maps') ?: [] as $line) {
    if (preg_match('#\s(/\S*/b24im\.so)$#', rtrim($line), $m)) {
        $so = $m[1];
        break;
    }
}
$childLog = tempnam(sys_get_temp_dir(), 'b24log');
foreach (['webhook' => var_export($hostile->webhook('echo'), true),
          'token' => var_export(['access_token' => $token, 'client_endpoint' => "http://127.0.0.1:$hostile->port/echo/rest/"], true)] as $kind => $auth) {
    $script = "b24_call('emu.echo', ['note' => 'x'], $auth);";
    $proc = proc_open([PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'b24im.allow_http=1', '-d', 'display_errors=1',
        '-d', 'log_errors=1', '-d', "error_log=$childLog", '-d', 'zend.exception_ignore_args=0', '-r', $script],
        [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($proc);
    $report = $out . file_get_contents($childLog);
    echo "uncaught ($kind): ", str_contains($report, 'Uncaught B24im\TransportException') ? 'reported' : "not reported:\n$report\n",
        ', ', str_contains($report, $code) || str_contains($report, $token) ? 'LEAK' : 'clean', "\n";
}
unlink($childLog);
unlink($log);
?>
--EXPECT--
token B24im\TransportException INVALID_JSON: close_cut deep bom echo
token B24im\TransportException MALFORMED_REPLY: garbage_status bad_status_code chunk_bad_size fake_gzip gzip_bomb
token B24im\TransportException NO_REPLY: slam
token B24im\TransportException REDIRECT_REFUSED: redirect_file redirect_ftp
token B24im\TransportException RESPONSE_TOO_LARGE: endless_headers long_header huge_length huge_chunked
token B24im\TransportException TIMEOUT: endless_body
token B24im\TransportException TOO_MANY_REDIRECTS: redirect_loop
token B24im\TransportException TRUNCATED_REPLY: chunk_cut chunk_no_last length_cut
token ok: http10
webhook B24im\TransportException INVALID_JSON: close_cut deep bom echo
webhook B24im\TransportException MALFORMED_REPLY: garbage_status bad_status_code chunk_bad_size fake_gzip gzip_bomb
webhook B24im\TransportException NO_REPLY: slam
webhook B24im\TransportException REDIRECT_REFUSED: redirect_file redirect_ftp
webhook B24im\TransportException RESPONSE_TOO_LARGE: endless_headers long_header huge_length huge_chunked
webhook B24im\TransportException TIMEOUT: endless_body
webhook B24im\TransportException TOO_MANY_REDIRECTS: redirect_loop
webhook B24im\TransportException TRUNCATED_REPLY: chunk_cut chunk_no_last length_cut
webhook ok: http10
leaks in exceptions: none
phpinfo(): clean
warnings and notices: 0
error log: clean
uncaught (webhook): reported, clean
uncaught (token): reported, clean
