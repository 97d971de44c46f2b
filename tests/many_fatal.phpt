--TEST--
b24_call_many(): a fatal error in the middle (memory_limit, in a refresh handler) leaves no transfer behind: a shutdown function of the same request runs b24_call_many() again on the same portals, and it works (in a child PHP with its allocator on, so that memory_limit counts under valgrind and ASan too)
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$a = b24t_start(['onprem' => true]);
$emu = b24t_start(['onprem' => true]);
$a->fault(['match' => 'emu.echo', 'delay_ms' => 300, 'times' => 4]);
$config = ['a' => $a->webhook, 'auth' => ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken,
    'expires' => time() - 60, 'client_endpoint' => $emu->clientEndpoint, 'domain' => "127.0.0.1:$emu->port"],
    'options' => ['state_dir' => b24t_state_dir(), 'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret,
    'oauth_url' => $emu->oauthServer]];
$child = <<<'PHP'
$config = json_decode($argv[1], true);
$c = new B24im\Client($config['auth'], $config['options']);
$c->onTokenRefresh(function () { $hog = []; for (;;) { $hog[] = str_repeat('x', 1 << 20); } });
register_shutdown_function(function () use ($config, $c) {
    echo "\n-- in a shutdown function\n";
    // the handler's frame was never unwound: its megabytes stay allocated until the request ends (PHP 8.2 as
    // Debian builds it defers the fatal and frees them first; others do not)
    ini_set('memory_limit', '256M');
    $r = b24_call_many([[$config['a'], 'emu.echo', ['i' => 1]], [$config['a'], 'emu.echo', ['i' => 2]], [$c, 'server.time']]);
    foreach ($r as $v) {
        echo is_object($v) ? get_class($v) . ': ' . $v->getMessage() : json_encode($v), "\n";
    }
});
b24_call_many([[$config['a'], 'emu.echo', ['i' => 0]], [$c, 'server.time'], [$config['a'], 'emu.echo', ['i' => 3]]]);
echo "not reached\n";
PHP;
// Under valgrind and ASan PHP's allocator is off (USE_ZEND_ALLOC=0), and with it memory_limit: the child keeps it on
// (and ASan's leak check off: after a fatal error the allocator, not the process's exit, frees the request's memory).
$asan = getenv('ASAN_OPTIONS');
$env = ['USE_ZEND_ALLOC' => '1'] + ($asan !== false ? ['ASAN_OPTIONS' => "$asan:detect_leaks=0"] : []) + getenv();
$proc = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . b24t_extension_path(), '-d', 'memory_limit=32M', '-d', 'display_errors=1', '-d', 'fatal_error_backtraces=0',
    '-d', 'html_errors=0', '-d', 'b24im.allow_http=1', '-d', 'b24im.rate_limit=0', '-r', $child, json_encode($config)],
    [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
$out = stream_get_contents($pipes[1]);
$err = stream_get_contents($pipes[2]);
echo trim($out), "\n", $err === '' ? '' : "stderr: $err\n", "exit: ", proc_close($proc), "\n";
?>
--EXPECTF--
Fatal error: Allowed memory size of 33554432 bytes exhausted %s

-- in a shutdown function
{"i":"1"}
{"i":"2"}
"%d-%d-%s"
exit: 255
