--TEST--
Errors: what b24im really throws fits the hierarchy (B24im\Exception < RuntimeException; Api < Exception; Auth, RateLimit < Api; Transport < Exception): instanceof matrix and catch order
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
; one attempt: retries are tested in retry_*.phpt
b24im.max_retries=0
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();

$classes = ['RuntimeException', 'B24im\Exception', 'B24im\ApiException', 'B24im\AuthException',
    'B24im\RateLimitException', 'B24im\TransportException'];

function caught(callable $fn): ?Throwable
{
    try {
        $fn();
    } catch (Throwable $e) {
        return $e;
    }
    return null;
}

function branch(Throwable $e): string
{
    // The order a user writes: the most specific first.
    try {
        throw $e;
    } catch (B24im\AuthException) {
        return 'AuthException';
    } catch (B24im\RateLimitException) {
        return 'RateLimitException';
    } catch (B24im\ApiException) {
        return 'ApiException';
    } catch (B24im\TransportException) {
        return 'TransportException';
    } catch (B24im\Exception) {
        return 'Exception';
    } catch (Throwable) {
        return 'other';
    }
}

$thrown = [
    'wrong webhook code' => caught(fn() => b24_status_get("$emu->base/rest/1/wrongCode/")),
    'status STATUS_ERROR' => caught(fn() => b24_call('im.user.status.set', ['STATUS' => 'DND'], $emu->webhook)),
    'rate limit' => (function () use ($emu) {
        $emu->fault(['status' => 503, 'body' => ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests']]);
        return caught(fn() => b24_status_get($emu->webhook));
    })(),
    'HTML 502' => (function () use ($emu) {
        $emu->fault(['status' => 502, 'headers' => ['Content-Type' => 'text/html'], 'body' => '<html>502</html>']);
        return caught(fn() => b24_status_get($emu->webhook));
    })(),
    'connection refused' => caught(fn() => b24_status_get('https://127.0.0.1:' . b24t_free_port() . '/rest/1/abc/')),
];
ini_set('b24im.allow_http', '0');
$thrown['plain http refused'] = caught(fn() => b24_status_get($emu->webhook));

printf("%-20s %-26s %s\n", '', 'class', implode(' ', array_map(fn($c) => substr(strrchr("\\$c", '\\'), 1, 9), $classes)));
foreach ($thrown as $what => $e) {
    $row = array_map(fn($c) => str_pad($e instanceof $c ? 'yes' : '-', 9), $classes);
    printf("%-20s %-26s %s\n", $what, get_class($e), rtrim(implode(' ', $row)));
}
echo "-- caught by\n";
foreach ($thrown as $what => $e) {
    printf("%-20s %s [%s] %d\n", $what, branch($e), $e->getError(), $e->getCode());
}
?>
--EXPECT--
                     class                      RuntimeEx Exception ApiExcept AuthExcep RateLimit Transport
wrong webhook code   B24im\AuthException        yes       yes       yes       yes       -         -
status STATUS_ERROR  B24im\ApiException         yes       yes       yes       -         -         -
rate limit           B24im\RateLimitException   yes       yes       yes       -         yes       -
HTML 502             B24im\TransportException   yes       yes       -         -         -         yes
connection refused   B24im\TransportException   yes       yes       -         -         -         yes
plain http refused   B24im\Exception            yes       yes       -         -         -         -
-- caught by
wrong webhook code   AuthException [INVALID_CREDENTIALS] 401
status STATUS_ERROR  ApiException [STATUS_ERROR] 400
rate limit           RateLimitException [QUERY_LIMIT_EXCEEDED] 503
HTML 502             TransportException [INVALID_JSON] 502
connection refused   TransportException [CONNECT_FAILED] 0
plain http refused   Exception [INSECURE_URL] 0
