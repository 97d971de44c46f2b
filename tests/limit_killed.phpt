--TEST--
Rate limit: a process killed (SIGKILL) while it holds the bucket's lock does not wedge the others; nor does one killed in the middle of a run of calls
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true, 'workers' => 6]);
$dir = b24t_state_dir();
$opts = ['allow_http' => true, 'rate_limit' => 50, 'rate_burst' => 5, 'state_dir' => $dir];
(new B24im\Client($emu->webhook, $opts))->call('server.time');
$files = glob("$dir/*");
echo "the state dir holds the bucket: ", var_export(count($files) > 0, true), "\n";

echo "-- a process takes the bucket's lock and is killed holding it\n";
$holder = new B24tChildren();
$holder->start(1, <<<'PHP'
    // every file of the state dir, whichever of them the bucket is
    $held = [];
    foreach ($args['files'] as $file) {
        $held[] = $f = fopen($file, 'r+');
        flock($f, LOCK_EX);
    }
    touch($args['marker']);
    sleep(60);
    return 'not killed';
PHP, ['files' => $files, 'marker' => "$dir-locked"]);
register_shutdown_function('b24t_rmtree', "$dir-locked");
$holder->release();
for ($i = 0; $i < 30000 && !file_exists("$dir-locked"); $i++) {
    usleep(1000);
    clearstatcache();
}
echo "the lock is held: ", var_export(file_exists("$dir-locked"), true), "\n";

$caller = new B24tChildren();
$caller->start(1, <<<'PHP'
    $c = new B24im\Client($args['webhook'], $args['opts']);
    touch($args['marker']);
    return $c->statusGet();
PHP, ['webhook' => $emu->webhook, 'opts' => $opts, 'marker' => "$dir-calling"]);
register_shutdown_function('b24t_rmtree', "$dir-calling");
$caller->release();
for ($i = 0; $i < 30000 && !file_exists("$dir-calling"); $i++) {
    usleep(1000);
    clearstatcache();
}
usleep(800000 * b24t_slow());
echo "another process waits for it: ", var_export($caller->running(0), true), "\n";
$killedAt = microtime(true);
$holder->kill(0);
$h = $holder->wait()[0];
echo "the holder was killed: ", var_export($h['signaled'] && !$h['ok'], true), "\n";
$r = $caller->wait(30)[0];
echo "the waiting process then went on: ", var_export($r['result'], true), ", at once: ",
    var_export(microtime(true) - $killedAt < 3 * b24t_slow(), true), "\n";

echo "-- 3 processes making calls; one is killed in the middle\n";
$emu->reset();
$workers = new B24tChildren();
$workers->start(3, <<<'PHP'
    $c = new B24im\Client($args['webhook'], $args['opts']);
    $ok = 0;
    for ($n = 0; $n < 20; $n++) {
        $c->call('server.time');
        $ok++;
    }
    return $ok;
PHP, ['webhook' => $emu->webhook, 'opts' => $opts]);
$workers->release();
usleep(300000 * b24t_slow());
$workers->kill(0);
$results = $workers->wait(60);
echo "killed: ", var_export($results[0]['signaled'], true), "; the others: ",
    json_encode([$results[1]['result'], $results[2]['result']]), "\n";
echo "-- and this process carries on too\n";
show(fn() => (new B24im\Client($emu->webhook, $opts))->statusGet());
?>
--EXPECT--
the state dir holds the bucket: true
-- a process takes the bucket's lock and is killed holding it
the lock is held: true
another process waits for it: true
the holder was killed: true
the waiting process then went on: 'online', at once: true
-- 3 processes making calls; one is killed in the middle
killed: true; the others: [20,20]
-- and this process carries on too
ok: 'online'
