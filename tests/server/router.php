<?php // Router script for PHP's built-in server: the b24im test portal (REST, OAuth server, control API); state lives in the dir named by B24EMU_STATE.
declare(strict_types=1);

namespace B24Emu;

require __DIR__ . '/emu/fixture.php';
require __DIR__ . '/emu/store.php';
require __DIR__ . '/emu/http.php';
require __DIR__ . '/emu/faults.php';
require __DIR__ . '/emu/methods.php';
require __DIR__ . '/emu/lists.php';
require __DIR__ . '/emu/portal.php';
require __DIR__ . '/emu/oauth.php';
require __DIR__ . '/emu/control.php';

$request = Request::fromGlobals();
$store = Store::fromEnvironment($request->portal);
$client = ClientConnection::current();

if (Control::handles($request)) {
    (new Control($store))->serve($request)->send($client);
    return true;
}

// What was asked for: a REST method, the OAuth server, or something the portal does not serve.
$path = $request->decodedPath();
$rest = Portal::target($path);
$isOAuth = $rest === null && OAuthServer::handles($path);
$faultKey = $rest['method'] ?? ($isOAuth ? Fault::OAUTH : null);

// Log the request, pick up a scripted fault, and let the rate limit have its say, in one step
// so that concurrent workers agree on the order.
[$fault, $admitted] = $store->update(function (array &$state) use ($store, $request, $rest, $faultKey) {
    $store->appendLog($request->logEntry($rest['method'] ?? null));
    $fault = Fault::take($state['faults'], $faultKey);
    $reachesPortal = $rest !== null && !$fault?->replacesReply();
    $admitted = !$reachesPortal || LeakyBucket::admit($state['bucket'], microtime(true));
    return [$fault, $admitted];
});

if ($fault?->replacesReply()) {
    $reply = $fault->reply();
} elseif (!$admitted) {
    $reply = Reply::error(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests');
} elseif ($rest !== null) {
    $reply = (new Portal($store, new Methods($store)))->serve($request, $rest);
} elseif ($isOAuth) {
    $reply = (new OAuthServer($store))->serve($request);
} else {
    $reply = new Reply(404, ['Content-Type' => 'text/html; charset=utf-8'], "<html><body><h1>404 Not Found</h1></body></html>\n");
}

if ($fault !== null) {
    $reply = $fault->shape($reply);
    if (!$client->wait($fault->delayMs())) {
        return true; // the client gave up waiting; nobody is left to answer
    }
}
$reply->send($client);
return true;
