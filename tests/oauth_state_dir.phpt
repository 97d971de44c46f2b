--TEST--
state_dir: created 0700 (whatever the umask), its files 0600; a world-writable folder, or a file, is refused with B24im\Exception STATE_DIR before anything is sent
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$opts = ['allow_http' => true, 'rate_limit' => 0, 'client_id' => $emu->clientId, 'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer];

function listing(string $dir): void
{
    clearstatcache();
    printf("  %s %o\n", basename($dir) === basename($GLOBALS['dir']) ? 'the dir' : basename($dir), fileperms($dir) & 07777);
    $modes = [];
    foreach (glob("$dir/*") as $file) {
        $modes[] = sprintf('%s %o', is_file($file) ? 'file' : 'other', fileperms($file) & 07777);
    }
    echo "  ", count($modes) >= 2 ? 'files for the tokens and the bucket' : count($modes) . ' entries', ": ", implode(', ', array_unique($modes)), "\n";
}

echo "-- a renewal and the rate limiter with umask 0\n";
$dir = b24t_state_dir();
umask(0);
$c = new B24im\Client($old, ['state_dir' => $dir] + $opts);
b24t_show(fn() => $c->statusGet());
$c = new B24im\Client($emu->webhook, ['state_dir' => $dir, 'rate_limit' => 100] + $opts);
b24t_show(fn() => $c->statusGet());
listing($dir);
echo "  owned by us: ", var_export(fileowner($dir) === b24t_euid(), true), "\n";
umask(022);

echo "-- a world-writable folder\n";
$bad = b24t_state_dir();
mkdir($bad);
chmod($bad, 0777);
$emu->reset();
b24t_show(fn() => (new B24im\Client($emu->webhook, ['state_dir' => $bad, 'rate_limit' => 100] + $opts))->statusGet());
b24t_show(fn() => (new B24im\Client($old, ['state_dir' => $bad] + $opts))->statusGet());
chmod($bad, 01777);
b24t_show(fn() => (new B24im\Client($emu->webhook, ['state_dir' => $bad, 'rate_limit' => 100] + $opts))->statusGet());
chmod($bad, 0702);
b24t_show(fn() => (new B24im\Client($emu->webhook, ['state_dir' => $bad, 'rate_limit' => 100] + $opts))->statusGet());
echo "  nothing written there: ", var_export(glob("$bad/*") === [], true), "\n";
foreach ($emu->requests() as $r) {
    echo '  ', $r['path'], "\n";
}
echo "  renewals: ", $emu->renewals(), "\n";

echo "-- the INI b24im.state_dir, world-writable, with the global functions\n";
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '5');
ini_set('b24im.state_dir', $bad);
b24t_show(fn() => b24_status_get($emu->webhook));
echo "-- a file\n";
$file = b24t_state_dir();
touch($file);
chmod($file, 0600);
b24t_show(fn() => (new B24im\Client($emu->webhook, ['state_dir' => $file, 'rate_limit' => 100] + $opts))->statusGet());
echo count($emu->requests()), " requests\n";
?>
--EXPECTF--
-- a renewal and the rate limiter with umask 0
ok: 'online'
ok: 'online'
  the dir 700
  files for the tokens and the bucket: file 600
  owned by us: true
-- a world-writable folder
B24im\Exception [STATE_DIR] 0: im.user.status.get: STATE_DIR: b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)
B24im\Exception [STATE_DIR] 0: im.user.status.get: STATE_DIR: b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)
B24im\Exception [STATE_DIR] 0: im.user.status.get: STATE_DIR: b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)
B24im\Exception [STATE_DIR] 0: im.user.status.get: STATE_DIR: b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)
  nothing written there: true
  /rest/im.user.status.get.json
  renewals: 0
-- the INI b24im.state_dir, world-writable, with the global functions
B24im\Exception [STATE_DIR] 0: im.user.status.get: STATE_DIR: b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)
-- a file
B24im\Exception [STATE_DIR] 0: im.user.status.get: STATE_DIR: b24im.state_dir %s must be a folder of this user's with mode 0700 (it holds tokens)
1 requests
