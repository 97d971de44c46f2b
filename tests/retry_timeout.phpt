--TEST--
Retries: a timeout after the request was sent, a reply that stalls or is cut short are never retried (the call may have run): the emulator receives exactly one request, even with max_retries 5
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$opts = ['allow_http' => true, 'rate_limit' => 1000, 'rate_burst' => 1000, 'max_retries' => 5, 'timeout_ms' => 300 * b24t_slow(), 'state_dir' => b24t_state_dir()];
$c = new B24im\Client($emu->webhook, $opts);

function once(B24tEmu $emu, B24im\Client $c, array $fault, string $status): void
{
    $emu->reset();
    $emu->fault(['match' => 'im.user.status.set', 'times' => -1] + $fault);
    $t = microtime(true);
    b24t_show(fn() => $c->statusSet($status));
    $took = microtime(true) - $t;
    // the portal may still be running the call: give it a moment (and any retry the time to show up)
    for ($i = 0; $i < 50 && ($emu->state()['users'][1]['status'] ?? null) !== $status; $i++) {
        usleep(100000);
    }
    usleep(200000);
    printf("  %d request, gave up before the reply would have come: %s, the call ran on the portal: status %s\n",
        count($emu->requests()), var_export($took < 1.2 * b24t_slow(), true), $emu->state()['users'][1]['status'] ?? 'none');
}

echo "-- no reply before timeout_ms (the method ran, the reply comes too late)\n";
once($emu, $c, ['delay_ms' => 1500 * b24t_slow()], 'away');
echo "-- a reply that starts and stalls\n";
once($emu, $c, ['stall_ms' => 1500 * b24t_slow()], 'dnd');
echo "-- a reply cut short\n";
once($emu, $c, ['truncate' => true], 'break');
echo "-- the same with an OAuth client\n";
$o = new B24im\Client(['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint], $opts);
once($emu, $o, ['delay_ms' => 1500 * b24t_slow()], 'away');
echo "-- and with the global functions (b24im.timeout_ms, b24im.max_retries)\n";
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.timeout_ms', (string) (300 * b24t_slow()));
ini_set('b24im.max_retries', '5');
$emu->reset();
$emu->fault(['match' => 'emu.echo', 'delay_ms' => 1500 * b24t_slow(), 'times' => -1]);
b24t_show(fn() => b24_call('emu.echo', ['x' => 1], $emu->webhook));
usleep(300000);
echo "  ", count($emu->requests()), " request\n";
?>
--EXPECTF--
-- no reply before timeout_ms (the method ran, the reply comes too late)
B24im\TransportException [TIMEOUT] 0: im.user.status.set: TIMEOUT: Operation timed out after %d milliseconds with %d %Sbytes received (no HTTP reply)
  1 request, gave up before the reply would have come: true, the call ran on the portal: status away
-- a reply that starts and stalls
B24im\TransportException [TIMEOUT] 200: im.user.status.set: TIMEOUT: Operation timed out after %d milliseconds with %d %Sbytes received (HTTP 200)
  1 request, gave up before the reply would have come: true, the call ran on the portal: status dnd
-- a reply cut short
B24im\TransportException [TRUNCATED_REPLY] 200: im.user.status.set: TRUNCATED_REPLY: %s %d bytes %s (HTTP 200)
  1 request, gave up before the reply would have come: true, the call ran on the portal: status break
-- the same with an OAuth client
B24im\TransportException [TIMEOUT] 0: im.user.status.set: TIMEOUT: Operation timed out after %d milliseconds with %d %Sbytes received (no HTTP reply)
  1 request, gave up before the reply would have come: true, the call ran on the portal: status away
-- and with the global functions (b24im.timeout_ms, b24im.max_retries)
B24im\TransportException [TIMEOUT] 0: emu.echo: TIMEOUT: Operation timed out after %d milliseconds with %d %Sbytes received (no HTTP reply)
  1 request
