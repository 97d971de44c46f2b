--TEST--
B24im\Client can be extended: a subclass with its own constructor, properties and methods works; onTokenRefresh returns the subclass object; a subclass that skips parent::__construct gets an Error, not a crash
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$dir = b24t_state_dir();

class PortalClient extends B24im\Client
{
    public array $seen = [];

    public function __construct(string $webhook, public readonly string $label, string $dir)
    {
        parent::__construct($webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir]);
    }

    public function call(string $method, array $params = []): mixed
    {
        $this->seen[] = $method;
        return parent::call($method, $params);
    }

    public function away(): bool
    {
        return $this->statusSet('away');
    }
}

final class Lazy extends B24im\Client
{
    public function __construct()
    {
    }
}

$c = new PortalClient($emu->webhook, 'main', $dir);
var_dump($c instanceof B24im\Client, $c->label);
b24t_show(fn() => $c->away());
b24t_show(fn() => $c->statusGet());
b24t_show(fn() => $c->call('emu.echo', ['x' => 1]));
var_dump($c->seen);
$r = $c->onTokenRefresh(fn() => null);
var_dump($r === $c, get_class($r));
echo $c->lastResponse()['method'], "\n";
b24t_show(fn() => $c->auth() === $emu->webhook);
b24t_show(fn() => serialize($c));
b24t_show(fn() => clone $c);
ob_start();
var_dump($c);
print_r($c);
var_export($c);
echo json_encode($c);
$dump = ob_get_clean();
echo 'webhook code shown: ', var_export(str_contains($dump, $emu->code), true), "\n";

echo "-- __construct a second time\n";
$plain = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir]);
b24t_show(fn() => $plain->__construct('https://other.example.com/rest/2/xyz/'));
b24t_show(fn() => $plain->statusGet());
var_dump($plain->auth() === $emu->webhook);

echo "-- a handler that holds its own client: the cycle is collected\n";
class Noisy extends B24im\Client
{
    public function __destruct()
    {
        echo "Noisy destroyed\n";
    }
}
$n = new Noisy($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => $dir]);
$n->onTokenRefresh(function (array $auth) use ($n) { $n->statusGet(); });
$n->statusGet();
$n = null;
echo "unset\n";
$collected = gc_collect_cycles();
echo "collected: ", var_export($collected > 0, true), "\n";
echo "-- without parent::__construct\n";
$l = new Lazy();
b24t_show(fn() => $l->statusGet());
b24t_show(fn() => $l->call('server.time'));
b24t_show(fn() => $l->batch([]));
b24t_show(fn() => $l->lastResponse());
b24t_show(fn() => $l->auth());
b24t_show(fn() => $l->onTokenRefresh(null));
var_dump($l);
$l = null;
$c = null;
gc_collect_cycles();
echo count($emu->requests()), " requests\n";
?>
--EXPECTF--
bool(true)
string(4) "main"
ok: true
ok: 'away'
ok: array (
  'x' => '1',
)
array(1) {
  [0]=>
  string(8) "emu.echo"
}
bool(true)
string(12) "PortalClient"
emu.echo
ok: true
Exception: Serialization of 'PortalClient' is not allowed
Error: Trying to clone an uncloneable object of class PortalClient
webhook code shown: false
-- __construct a second time
Error: B24im\Client is already constructed
ok: 'away'
bool(true)
-- a handler that holds its own client: the cycle is collected
unset
Noisy destroyed
collected: true
-- without parent::__construct
Error: B24im\Client was not constructed
Error: B24im\Client was not constructed
Error: B24im\Client was not constructed
Error: B24im\Client was not constructed
Error: B24im\Client was not constructed
Error: B24im\Client was not constructed
object(Lazy)#%d (0) {
}
5 requests
