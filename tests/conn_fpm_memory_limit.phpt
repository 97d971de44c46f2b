--TEST--
Connections under PHP-FPM: a reply that memory_limit has no room for ends the page view in RESPONSE_TOO_LARGE, a memory_limit fatal error while a reply is turned into PHP values ends it in that fatal error, and after each the next page view of the same worker calls the portal as before
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/fpm.inc';
require __DIR__ . '/hostile.inc';
$emu = b24t_emu_start();
$hostile = B24tHostile::start();

$common = <<<'PHP'
<?php
function call(string $case): string
{
    try {
        $r = b24_call('emu.echo', [], 'http://127.0.0.1:' . $_GET['port'] . "/$case/rest/1/h0stileC0de/");
        return 'ok: ' . (is_array($r) ? 'array of ' . count($r) : var_export($r, true));
    } catch (B24im\Exception $e) {
        return sprintf('%s [%s]: %s', get_class($e), $e->getError(), $e->getMessage());
    }
}
PHP;
$pages = [
    'common.php' => $common,
    // 12 MB held of 32: a 24 MB chunked reply has no room
    'big.php' => "<?php require 'common.php'; \$held = str_repeat('h', 12 << 20); echo getmypid(), ' ', call('sized_chunked-' . (24 << 20));",
    // the reply (600 KB of text) fits; its 200,000 PHP arrays (about 20 MB) do not
    'values.php' => "<?php require 'common.php'; \$held = str_repeat('h', 16 << 20); echo getmypid(), ' ', call('arrays-200000');",
    'next.php' => "<?php require 'common.php'; echo getmypid(), ' ', call('ok');",
];
// Under valgrind and ASan PHP runs with its allocator off (USE_ZEND_ALLOC=0), which has no memory_limit:
// this pool keeps it on, as production has it.
$fpm = B24tFpm::start($emu, $pages, ['memory_limit' => '32M', 'b24im.allow_http' => '1', 'b24im.rate_limit' => '0',
    'display_errors' => '1', 'html_errors' => '0', 'fatal_error_backtraces' => '0' /* 8.5 adds a stack trace */],
    [], 1, ['USE_ZEND_ALLOC' => '1']);

$pids = [];
foreach (['next', 'big', 'next', 'values', 'next', 'big', 'next'] as $view) {
    $reply = $fpm->get("$view.php?port=$hostile->port");
    if (preg_match('/^(\d+) (.*)$/s', $reply, $m)) {
        $pids[$m[1]] = true;
        $reply = $m[2];
    }
    echo "$view: ", trim($reply), "\n";
}
echo 'worker processes: ', count($pids), "\n";
?>
--EXPECTF--
next: ok: true
big: B24im\TransportException [RESPONSE_TOO_LARGE]: emu.echo: RESPONSE_TOO_LARGE: the reply grew to %d bytes, more than memory_limit leaves room for with their PHP values (%d of 33554432 bytes free) (HTTP 200)
next: ok: true
values: Fatal error: Allowed memory size of 33554432 bytes exhausted%A(tried to allocate %d bytes) in %s on line %d
next: ok: true
big: B24im\TransportException [RESPONSE_TOO_LARGE]: emu.echo: RESPONSE_TOO_LARGE: the reply grew to %d bytes, more than memory_limit leaves room for with their PHP values (%d of 33554432 bytes free) (HTTP 200)
next: ok: true
worker processes: 1
