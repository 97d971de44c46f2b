--TEST--
Rate limit: a process killed (SIGKILL) while it holds the bucket's lock does not wedge the others; nor does one killed in the middle of a run of calls
--EXTENSIONS--
b24im
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
b24t_wait_until(fn() => file_exists("$dir-locked"), 30.0, null, 0.001);
echo "the lock is held: ", var_export(file_exists("$dir-locked"), true), "\n";

$caller = new B24tChildren();
$caller->start(1, <<<'PHP'
    $c = new B24im\Client($args['webhook'], $args['opts']);
    $mark('calling');
    return $c->statusGet();
PHP, ['webhook' => $emu->webhook, 'opts' => $opts]);
$caller->release();
$caller->awaitMark('calling', 0);
usleep((int) (b24t_hold() * 1e6));
echo "another process waits for it: ", var_export($caller->running(0), true), "\n";
$killedAt = microtime(true);
$holder->kill(0);
$h = $holder->wait()[0];
echo "the holder was killed: ", var_export($h['signaled'] && !$h['ok'], true), "\n";
$r = $caller->wait(30)[0];
echo "the waiting process then went on: ", var_export($r['result'], true), ", at once: ",
    var_export(microtime(true) - $killedAt < b24t_quick(), true), "\n";

echo "-- 3 processes making calls; one is killed in the middle\n";
$emu->reset();
$workers = new B24tChildren();
$workers->start(3, <<<'PHP'
    $c = new B24im\Client($args['webhook'], $args['opts']);
    $ok = 0;
    for ($n = 0; $n < $args['calls']; $n++) {
        $c->call('server.time');
        $ok++;
        $mark('called');
    }
    return $ok;
PHP, ['webhook' => $emu->webhook, 'opts' => $opts, 'calls' => b24t_valgrind() ? 4 : 20]);
$workers->release();
$workers->awaitMark('called', 0);
$workers->kill(0);
$results = $workers->wait(60);
echo "killed: ", var_export($results[0]['signaled'], true), "; the others made all their calls: ",
    var_export($results[1]['result'] === $results[2]['result'] && $results[1]['result'] === (b24t_valgrind() ? 4 : 20), true), "\n";
echo "-- and this process carries on too\n";
b24t_show(fn() => (new B24im\Client($emu->webhook, $opts))->statusGet());
?>
--EXPECT--
the state dir holds the bucket: true
-- a process takes the bucket's lock and is killed holding it
the lock is held: true
another process waits for it: true
the holder was killed: true
the waiting process then went on: 'online', at once: true
-- 3 processes making calls; one is killed in the middle
killed: true; the others made all their calls: true
-- and this process carries on too
ok: 'online'
