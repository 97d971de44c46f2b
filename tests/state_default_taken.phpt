--TEST--
State folder: where the default one (<temp dir>/b24im-<uid>) is taken (another user's folder, a symlink, a folder others may write), calls go on in a private folder ($XDG_RUNTIME_DIR/b24im, else a fresh one under the temp dir) with one warning naming the reason
--EXTENSIONS--
b24im
--SKIPIF--
<?php
// Only root can give a folder to another user.
$dir = sys_get_temp_dir() . '/b24t-chown-probe-' . getmypid();
mkdir($dir, 0700);
$chowned = @chown($dir, 65534);
rmdir($dir);
if (!$chowned) {
    die('skip needs root to give a folder to another user');
}
?>
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$uid = b24t_euid();

/** Runs $code in a PHP process whose temp dir (TMPDIR) is $tmp, never the real one; returns what it printed. */
function child(string $tmp, ?string $xdg, string $code): string
{
    $env = getenv();
    unset($env['XDG_RUNTIME_DIR'], $env['TMPDIR']);
    $env['TMPDIR'] = $tmp;
    if ($xdg !== null) {
        $env['XDG_RUNTIME_DIR'] = $xdg;
    }
    $proc = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . b24t_extension_path(), '-d', 'display_errors=1', '-d', 'html_errors=0',
        '-d', 'b24im.allow_http=1', '-r', $code], [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($proc);
    return str_replace($tmp, 'TMP', $out);
}

$calls = 'for ($n = 0; $n < 3; $n++) { try { echo b24_status_get(getenv("HOOK")), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }';
putenv("HOOK=$emu->webhook");

function listing(string $tmp, string $default): void
{
    clearstatcache();
    foreach (glob("$tmp/*") as $entry) {
        if (is_link($entry)) {
            continue;
        }
        printf("  %s: %s %o, %d state file(s)%s\n", str_replace($tmp, 'TMP', $entry), is_dir($entry) ? 'folder' : 'file', fileperms($entry) & 0777,
            count(glob("$entry/*") ?: []), $entry === $default ? ' (the taken one)' : '');
    }
}

echo "-- another user's folder\n";
$tmp = b24t_tmpdir();
mkdir("$tmp/b24im-$uid", 0700);
chown("$tmp/b24im-$uid", 65534);
echo child($tmp, null, $calls);
listing($tmp, "$tmp/b24im-$uid");

echo "-- a symlink to a folder of ours\n";
$tmp = b24t_tmpdir();
mkdir("$tmp/elsewhere", 0700);
symlink("$tmp/elsewhere", "$tmp/b24im-$uid");
echo child($tmp, null, $calls);
listing($tmp, "$tmp/elsewhere");

echo "-- a folder of ours that others may write\n";
$tmp = b24t_tmpdir();
mkdir("$tmp/b24im-$uid");
chmod("$tmp/b24im-$uid", 0777);
echo child($tmp, null, $calls);
listing($tmp, "$tmp/b24im-$uid");

echo "-- \$XDG_RUNTIME_DIR is used first\n";
$tmp = b24t_tmpdir();
mkdir("$tmp/b24im-$uid", 0700);
chown("$tmp/b24im-$uid", 65534);
mkdir("$tmp/run", 0700);
echo child($tmp, "$tmp/run", $calls);
listing("$tmp/run", '');

echo "-- the default folder when it is fine: no warning\n";
$tmp = b24t_tmpdir();
echo child($tmp, null, $calls);
listing($tmp, '');
?>
--EXPECTF--
-- another user's folder

Warning: b24_status_get(): b24im: the default state folder TMP/b24im-%d cannot be used (it belongs to uid 65534); this process uses TMP/b24im-%d-%s instead (set b24im.state_dir to a private folder to share renewals and rate limits between processes) in Command line code on line 1
online
online
online
  TMP/b24im-%d: folder 700, 0 state file(s) (the taken one)
  TMP/b24im-%d-%s: folder 700, 1 state file(s)
-- a symlink to a folder of ours

Warning: b24_status_get(): b24im: the default state folder TMP/b24im-%d cannot be used (it is a symbolic link or not a folder); this process uses TMP/b24im-%d-%s instead (set b24im.state_dir to a private folder to share renewals and rate limits between processes) in Command line code on line 1
online
online
online
  TMP/b24im-%d-%s: folder 700, 1 state file(s)
  TMP/elsewhere: folder 700, 0 state file(s) (the taken one)
-- a folder of ours that others may write

Warning: b24_status_get(): b24im: the default state folder TMP/b24im-%d cannot be used (its mode is 777, not 700); this process uses TMP/b24im-%d-%s instead (set b24im.state_dir to a private folder to share renewals and rate limits between processes) in Command line code on line 1
online
online
online
  TMP/b24im-%d: folder 777, 0 state file(s) (the taken one)
  TMP/b24im-%d-%s: folder 700, 1 state file(s)
-- $XDG_RUNTIME_DIR is used first

Warning: b24_status_get(): b24im: the default state folder TMP/b24im-%d cannot be used (it belongs to uid 65534); this process uses TMP/run/b24im instead (set b24im.state_dir to a private folder to share renewals and rate limits between processes) in Command line code on line 1
online
online
online
  TMP/b24im: folder 700, 1 state file(s)
-- the default folder when it is fine: no warning
online
online
online
  TMP/b24im-%d: folder 700, 1 state file(s)
