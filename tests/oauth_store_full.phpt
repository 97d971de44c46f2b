--TEST--
OAuth: a renewal that cannot be stored (the state folder's filesystem is full) is B24im\Exception STATE_WRITE, after the refresh handler got the new tokens; the stored file is untouched and no temporary file is left
--EXTENSIONS--
b24im
--SKIPIF--
<?php
// A small tmpfs made by the test: root only (CI runs as root).
$dir = sys_get_temp_dir() . '/b24t-mount-probe-' . getmypid();
@mkdir($dir, 0700);
exec('mount -t tmpfs -o size=64k,mode=0700 tmpfs ' . escapeshellarg($dir) . ' 2>&1', $out, $rc);
if ($rc === 0) {
    exec('umount ' . escapeshellarg($dir));
}
@rmdir($dir);
if ($rc !== 0) {
    die('skip cannot mount a tmpfs here (needs root)');
}
?>
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$dir = b24t_tmpdir();
// mount and umount are setuid: under valgrind (which traces children) the shell would fail to run them; an argument
// naming supervisor.php keeps valgrind out of that shell (scripts/test --valgrind skips such processes)
exec('mount -t tmpfs -o size=64k,mode=0700 tmpfs ' . escapeshellarg($dir) . ' 2>&1 # supervisor.php', $out, $rc);
register_shutdown_function(function () use ($dir) { exec('umount ' . escapeshellarg($dir) . ' # supervisor.php'); @rmdir($dir); });
echo "mounted: ", var_export($rc === 0, true), "\n";
if ($rc !== 0 || !str_contains((string) @file_get_contents('/proc/mounts'), " $dir tmpfs ")) {
    exit("not a tmpfs of this test's: nothing is filled\n"); // never fill the real temp dir
}
// fill it (64 kB: at most a few dozen writes): a write that stops short where the filesystem is full
$f = fopen("$dir/filler", 'w');
for ($n = 0; $n < 64 && @fwrite($f, str_repeat('x', 4096)) === 4096; $n++) {
}
fclose($f);

$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$opts = ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir, 'client_id' => $emu->clientId,
    'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer];
$handled = [];
$c = new B24im\Client($old, $opts);
$c->onTokenRefresh(function (array $auth) use (&$handled) { $handled[] = $auth; });
b24t_show(fn() => $c->statusGet());
$state = $emu->state();
$new = $handled[0] ?? [];
printf("handler called: %d, with the OAuth server's new tokens: %s, auth() has them: %s\n", count($handled),
    var_export(isset($new['access_token'], $state['tokens'][$new['access_token']], $state['refresh_tokens'][$new['refresh_token']]), true),
    var_export($c->auth() === $new, true));
clearstatcache();
$files = array_map('basename', glob("$dir/{,.}*", GLOB_BRACE));
$renewal = "oauth-" . substr(hash('sha256', $emu->refreshToken), 0, 32);
echo "the stored renewal is still empty: ", var_export(in_array($renewal, $files, true) && filesize("$dir/$renewal") === 0, true), "\n";
echo "temporary files left: ", count(array_filter($files, fn($n) => str_starts_with($n, '.tmp-'))), "\n";
echo "-- the application goes on with what the handler got\n";
b24t_show(fn() => (new B24im\Client($new, $opts))->statusGet());
echo "renewals: ", $emu->renewals(), "\n";
?>
--EXPECTF--
mounted: true
B24im\Exception [STATE_WRITE] 0: im.user.status.get: STATE_WRITE: cannot store the renewed tokens in b24im.state_dir %s: No space left on device; the refresh handler got them
handler called: 1, with the OAuth server's new tokens: true, auth() has them: true
the stored renewal is still empty: true
temporary files left: 0
-- the application goes on with what the handler got
ok: 'online'
renewals: 1
