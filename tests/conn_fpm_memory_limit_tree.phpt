--TEST--
PHP-FPM: a memory_limit fatal error while a json-c tree is turned into PHP values frees the tree (malloc'd, out of reach of PHP's allocator): a worker that ends 24 page views so grows by far less than the 24 trees
--EXTENSIONS--
b24im
--SKIPIF--
<?php
require __DIR__ . '/fpm.inc';
if (B24tFpm::binary() === null || B24tEmuTls::nginxBinary() === null) {
    die('skip needs php-fpm and nginx');
}
?>
--FILE--
<?php
require __DIR__ . '/fpm.inc';
require __DIR__ . '/hostile.inc';
$emu = b24t_emu_start();
$hostile = B24tHostile::start();

// 15,400 one-element arrays: 62 KB of text, a json-c tree of about 3.5 MB (under the size past which PHP's own
// parser reads a body instead), and about 3.5 MB of PHP values, where memory_limit leaves 1.25 MB.
$pages = [
    'values.php' => <<<'PHP'
<?php
$held = str_repeat('h', (32 << 20) - memory_get_usage(true) - (1280 << 10));
echo getmypid(), ' ';
try {
    $r = b24_call('emu.echo', [], 'http://127.0.0.1:' . $_GET['port'] . '/arrays-15400/rest/1/h0stileC0de/');
    echo 'ok: ', is_array($r) ? 'array of ' . count($r) : var_export($r, true);
} catch (B24im\Exception $e) {
    printf('%s [%s]: %s', get_class($e), $e->getError(), $e->getMessage());
}
PHP,
];
// Under valgrind and ASan PHP runs with its allocator off (USE_ZEND_ALLOC=0), which has no memory_limit: this pool
// keeps it on. ASan keeps freed memory in quarantine (256 MB): none here, so freed trees leave the worker's RSS.
$asan = getenv('ASAN_OPTIONS');
$fpm = B24tFpm::start($emu, $pages, ['memory_limit' => '32M', 'b24im.allow_http' => '1', 'b24im.rate_limit' => '0',
    'display_errors' => '1', 'html_errors' => '0'], [], 1,
    ['USE_ZEND_ALLOC' => '1'] + ($asan !== false ? ['ASAN_OPTIONS' => "$asan:detect_leaks=0:quarantine_size_mb=0"] : []));

function rss(int $pid): int
{
    preg_match('/^VmRSS:\s+(\d+) kB/m', (string) file_get_contents("/proc/$pid/status"), $m);
    return (int) $m[1] << 10;
}

$pids = [];
$said = [];
$view = function () use ($fpm, $hostile, &$pids, &$said): int {
    $reply = trim($fpm->get("values.php?port=$hostile->port"));
    preg_match('/^(\d+) (.*)$/s', $reply, $m) || throw new RuntimeException("no pid in: $reply");
    $pids[$m[1]] = true;
    $what = str_contains($m[2], 'Allowed memory size of 33554432 bytes exhausted') ? 'memory_limit fatal error' : $m[2];
    $said[$what] = ($said[$what] ?? 0) + 1;
    return (int) $m[1];
};
// Warm up: the worker's heaps reach their working size.
for ($i = 0; $i < 4; $i++) {
    $pid = $view();
}
$before = rss($pid);
for ($i = 0; $i < 24; $i++) {
    $view();
}
$grew = rss($pid) - $before;
// Debian's PHP (memory_hard_limit_percent) defers the fatal error until control is back in the engine, past the
// tree: there a view may end in its values instead, and nothing can leak (the assertion below cannot fail there).
$deferred = ini_get('memory_hard_limit_percent') !== false;
$fatal = $said['memory_limit fatal error'] ?? 0;
$ok = $said['ok: array of 15400'] ?? 0;
echo 'views: ', array_sum($said), ', each ended in the memory_limit fatal error (where PHP defers it: that or the values): ',
    var_export($fatal === 28 || ($deferred && $fatal > 0 && $fatal + $ok === 28), true), "\n";
if ($fatal + $ok !== 28) {
    print_r($said);
}
echo 'worker processes: ', count($pids), "\n";
// A tree of 15,400 [0] takes at least 200 bytes an array: 24 leaked trees are at least 72 MB.
echo 'the worker grew by less than half of 24 trees: ', var_export($grew < 24 * 15400 * 200 / 2, true), "\n";
?>
--EXPECT--
views: 28, each ended in the memory_limit fatal error (where PHP defers it: that or the values): true
worker processes: 1
the worker grew by less than half of 24 trees: true
