--TEST--
state_dir: a folder of another user's, even with mode 0700, is refused with B24im\Exception STATE_DIR (for the rate limiter and for a renewal)
--EXTENSIONS--
b24im
--SKIPIF--
<?php
// Only root can make a folder that belongs to someone else.
$probe = tempnam(sys_get_temp_dir(), 'b24t-');
$dir = $probe . '.d';
mkdir($dir, 0700);
$chowned = @chown($dir, 65534);
rmdir($dir);
unlink($probe);
if (!$chowned) {
    die('skip needs root to give a folder to another user');
}
?>
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$opts = ['allow_http' => true, 'rate_limit' => 0, 'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer];

$theirs = b24t_tmpdir();
chown($theirs, 65534);
clearstatcache();
printf("mode %o, owner is us: %s\n", fileperms($theirs) & 0777, var_export(fileowner($theirs) === b24t_euid(), true));
b24t_show(fn() => (new B24im\Client($emu->webhook, ['state_dir' => $theirs, 'rate_limit' => 100] + $opts))->statusGet());
b24t_show(fn() => (new B24im\Client($old, ['state_dir' => $theirs] + $opts))->statusGet());
echo "nothing written there: ", var_export(glob("$theirs/*") === [], true), "\n";
echo "renewals: ", $emu->renewals(), ", requests: ", count($emu->requests()), "\n";
echo "-- given back to us, it is used\n";
chown($theirs, b24t_euid());
b24t_show(fn() => (new B24im\Client($old, ['state_dir' => $theirs] + $opts))->statusGet());
echo "renewals: ", $emu->renewals(), "\n";
?>
--EXPECTF--
mode 700, owner is us: false
B24im\Exception [STATE_DIR] 0: im.user.status.get: STATE_DIR: b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)
B24im\Exception [STATE_DIR] 0: im.user.status.get: STATE_DIR: b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)
nothing written there: true
renewals: 0, requests: 1
-- given back to us, it is used
ok: 'online'
renewals: 1
