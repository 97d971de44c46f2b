--TEST--
State folder: a process that creates a state file removes renewal files older than a day, empty ones older than a minute, bucket files idle longer than the bucket drains, and stale temporary files; it caps the folder at 1024 files, oldest first; a refused renewal leaves no file; names b24im did not make stay
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);

function call_in_child(array $args, string $code)
{
    $child = new B24tChildren();
    $child->start(1, $code, $args);
    $child->release();
    $r = $child->wait()[0];
    return $r['ok'] ? $r['result'] : $r['output'];
}
$call = 'return (new B24im\Client($args["auth"], $args["opts"]))->statusGet();';

echo "-- ages\n";
$dir = b24t_tmpdir();
$now = time();
$files = [
    'oauth-' . str_repeat('a', 32) => ['{"access_token":"x"}', $now - 2 * 86400, 'a renewal two days old'],
    'oauth-' . str_repeat('b', 32) => ['{"access_token":"x"}', $now - 3600, 'a renewal an hour old'],
    'oauth-' . str_repeat('c', 32) => ['', $now - 120, 'an empty renewal file two minutes old'],
    'oauth-' . str_repeat('d', 32) => ['', $now, 'an empty renewal file just made'],
    'bucket-' . str_repeat('e', 32) => [str_repeat("\0", 24), $now - 60, 'a bucket idle for a minute'],
    'bucket-' . str_repeat('f', 32) => [str_repeat("\0", 24), $now, 'a bucket just used'],
    '.tmp-oauth-' . str_repeat('g', 32) . '.1' => ['{"acc', $now - 3600, 'a temporary file an hour old'],
    '.tmp-oauth-' . str_repeat('h', 32) . '.2' => ['{"acc', $now, 'a temporary file just made'],
    'notes.txt' => ['mine', $now - 10 * 86400, "a file b24im did not make"],
];
foreach ($files as $name => [$content, $mtime]) {
    file_put_contents("$dir/$name", $content);
    touch("$dir/$name", $mtime);
}
// rate_limit 10, burst 50: a bucket drains in 5 s
echo "call: ", var_export(call_in_child(['auth' => $emu->webhook, 'opts' => ['allow_http' => true, 'rate_limit' => 10, 'rate_burst' => 50,
    'state_dir' => $dir]], $call), true), "\n";
clearstatcache();
foreach ($files as $name => [, , $what]) {
    echo "  $what: ", file_exists("$dir/$name") ? 'kept' : 'removed', "\n";
}
echo "  files now: ", count(glob("$dir/{,.}*[!.]", GLOB_BRACE)), "\n";

echo "-- the cap\n";
$dir = b24t_tmpdir();
for ($i = 0; $i < 1100; $i++) {
    $name = sprintf('bucket-%032x', $i);
    file_put_contents("$dir/$name", str_repeat("\0", 24));
    touch("$dir/$name", $now - 3000 + $i);
}
// rate_limit 0.01, burst 50: a bucket drains in 5000 s, so none of these is idle
echo "call: ", var_export(call_in_child(['auth' => $emu->webhook, 'opts' => ['allow_http' => true, 'rate_limit' => 0.01, 'rate_burst' => 50,
    'state_dir' => $dir]], $call), true), "\n";
clearstatcache();
$left = glob("$dir/bucket-*");
$gone = array_filter(range(0, 1099), fn($i) => !file_exists(sprintf("$dir/bucket-%032x", $i)));
echo "  files: ", count($left), ", removed: ", count($gone), ", the oldest: ", var_export($gone === range(0, count($gone) - 1), true), "\n";

echo "-- a renewal the OAuth server refuses (a forged refresh token) leaves no file\n";
$dir = b24t_state_dir();
$forged = ['access_token' => $emu->expiredToken, 'refresh_token' => 'forged-' . bin2hex(random_bytes(8)), 'client_endpoint' => $emu->clientEndpoint];
b24t_show(fn() => (new B24im\Client($forged, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir, 'client_id' => $emu->clientId,
    'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer]))->statusGet());
echo "  files: ", count(glob("$dir/*")), "\n";
?>
--EXPECT--
-- ages
call: 'online'
  a renewal two days old: removed
  a renewal an hour old: kept
  an empty renewal file two minutes old: removed
  an empty renewal file just made: kept
  a bucket idle for a minute: removed
  a bucket just used: kept
  a temporary file an hour old: removed
  a temporary file just made: kept
  a file b24im did not make: kept
  files now: 6
-- the cap
call: 'online'
  files: 1024, removed: 77, the oldest: true
-- a renewal the OAuth server refuses (a forged refresh token) leaves no file
B24im\AuthException [invalid_grant] 400: im.user.status.get (token renewal): invalid_grant: Invalid refresh token (HTTP 400)
  files: 0
