--TEST--
b24_call_many(): every call keeps the single call's transport settings and checks: a redirect followed (the body posted again), a redirect from https to plain http refused, the response-size cap, a Client's own timeout; each result as b24_call()/Client::call() has it
--EXTENSIONS--
b24im
--SKIPIF--
<?php require __DIR__ . '/server/server.inc'; if (!b24t_tls_available()) die('skip no nginx/openssl for the TLS front');
--INI--
b24im.allow_http=1
b24im.rate_limit=0
b24im.max_retries=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);
$small = new B24im\Client($emu->webhook, ['max_response_size' => 64]);
$quick = new B24im\Client($emu->webhook, ['timeout_ms' => 300]);

function arrange(B24tEmu $emu): void
{
    $emu->reset();
    $emu->redirect('emu.echo', "$emu->base/moved/rest/1/$emu->code/emu.echo", 307);
    $emu->redirect('im.user.status.get', "$emu->base/rest/1/$emu->code/im.user.status.get", 302);
    $emu->fault(['match' => 'server.time', 'delay_ms' => 3000]);
}
function show(mixed $v): string
{
    return is_object($v) ? get_class($v) . ' [' . $v->getError() . '] ' . $v->getMessage() : json_encode($v);
}
function single(callable $fn): string
{
    try {
        return show($fn());
    } catch (B24im\Exception $e) {
        return show($e);
    }
}

arrange($emu);
$want = [
    'moved' => single(fn() => b24_call('emu.echo', ['n' => 1], $emu->webhook)),
    'to http' => single(fn() => b24_call('im.user.status.get', [], $tls->webhook)),
    'large' => single(fn() => $small->call('user.get')),
    'slow' => single(fn() => $quick->call('server.time')),
];
$single = array_map(fn($r) => "$r[http_method] $r[path] $r[body]", $emu->requests());

arrange($emu);
$r = b24_call_many(['moved' => [$emu->webhook, 'emu.echo', ['n' => 1]], 'to http' => [$tls->webhook, 'im.user.status.get'],
    'large' => [$small, 'user.get'], 'slow' => [$quick, 'server.time']]);
foreach ($r as $k => $v) {
    $digits = fn(string $s) => preg_replace('/\d+/', 'N', $s); // milliseconds vary
    echo "$k: ", show($v), $digits(show($v)) === $digits($want[$k]) ? '' : "\n  NOT as one at a time: $want[$k]", "\n";
}
$many = array_map(fn($r) => "$r[http_method] $r[path] $r[body]", $emu->requests());
sort($single);
sort($many);
echo "the same requests reached the portal: ", var_export($single === $many, true), "\n";
echo implode("\n", str_replace($emu->code, 'CODE', $many)), "\n";
?>
--EXPECTF--
moved: {"n":"1"}
to http: B24im\TransportException [REDIRECT_REFUSED] im.user.status.get: REDIRECT_REFUSED: the portal redirected from https to plain http; refused (HTTP 302)
large: B24im\TransportException [RESPONSE_TOO_LARGE] user.get: RESPONSE_TOO_LARGE: the reply is larger than b24im.max_response_size (64 bytes) (HTTP 200)
slow: B24im\TransportException [TIMEOUT] server.time: TIMEOUT: %s
the same requests reached the portal: true
POST /moved/rest/1/CODE/emu.echo n=1
POST /rest/1/CODE/emu.echo.json n=1
POST /rest/1/CODE/im.user.status.get.json 
POST /rest/1/CODE/server.time.json 
POST /rest/1/CODE/user.get.json 
