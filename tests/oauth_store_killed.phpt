--TEST--
OAuth: a process killed (SIGKILL) between writing the renewal and renaming it over the stored one leaves the stored renewal whole (the old content) and a temporary file that a later process removes once stale; the next process renews
--EXTENSIONS--
b24im
--SKIPIF--
<?php
if (!is_executable('/usr/bin/strace')) {
    die('skip needs strace (it delivers the SIGKILL at the rename)');
}
?>
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();
$old = ['access_token' => $emu->expiredToken, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$opts = ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir, 'client_id' => $emu->clientId,
    'client_secret' => $emu->clientSecret, 'oauth_url' => $emu->oauthServer];
// The OAuth reply the killed process gets (an answer that spends no refresh token, so that the next process can renew)
$reply = '{"access_token":"emuAkilled","refresh_token":"emuRkilled","expires_in":3600}';
$emu->fault(['match' => 'oauth/token', 'body' => $reply]);

// strace stops the process as it enters rename/renameat/renameat2 and kills it there: the write is done, the rename is not.
$code = '$c = new B24im\Client(json_decode(getenv("OLD"), true), json_decode(getenv("OPTS"), true));'
    . 'try { echo $c->statusGet(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(); }'
    // under scripts/test --valgrind, an argument naming supervisor.php keeps valgrind out of strace (it cannot trace under it)
    . ' /* supervisor.php */';
$argv = ['/usr/bin/strace', '-qq', '-o', '/dev/null', '-e', 'trace=rename,renameat,renameat2',
    '-e', 'inject=rename,renameat,renameat2:signal=SIGKILL', PHP_BINARY, '-n', '-d', 'extension=' . b24t_extension_path(), '-r', $code];
$proc = proc_open($argv, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null,
    getenv() + ['OLD' => json_encode($old), 'OPTS' => json_encode($opts)]);
$said = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
$status = proc_close($proc);
// strace ends the way its tracee did: killed by SIGKILL (proc_close says 9, or 137 through a shell)
$status = $status === 9 ? 137 : $status;
echo "killed at the rename: ", var_export($status === 137, true), ($status === 137 ? '' : " (exit $status: $said)"), "\n";

$renewal = "$dir/oauth-" . substr(hash('sha256', $emu->refreshToken), 0, 32);
clearstatcache();
echo "the stored renewal is the old one (empty): ", var_export(is_file($renewal) && filesize($renewal) === 0, true), "\n";
$temps = glob("$dir/.tmp-*");
echo "temporary files: ", count($temps), ", holding the whole reply: ", var_export(count($temps) === 1 && file_get_contents($temps[0]) === $reply, true), "\n";

echo "-- the next process renews (and, once the temporary file is stale, removes it)\n";
touch($temps[0] ?? "$dir/none", time() - 3600);
$emu->expireToken('*');
$c = new B24im\Client($old, $opts);
b24t_show(fn() => $c->statusGet());
echo "renewals: ", $emu->renewals(), "\n";
$child = new B24tChildren();
$child->start(1, <<<'PHP'
    // a process that creates a state file looks for stale ones
    return (new B24im\Client($args['webhook'], ['allow_http' => true, 'rate_limit' => 10, 'state_dir' => $args['dir']]))->statusGet();
PHP, ['webhook' => $emu->webhook, 'dir' => $dir]);
$child->release();
echo "another call: ", var_export($child->wait()[0]['result'], true), "\n";
echo "temporary files: ", count(glob("$dir/.tmp-*")), "\n";
?>
--EXPECT--
killed at the rename: true
the stored renewal is the old one (empty): true
temporary files: 1, holding the whole reply: true
-- the next process renews (and, once the temporary file is stale, removes it)
ok: 'online'
renewals: 1
another call: 'online'
temporary files: 0
