--TEST--
b24_list() mid-list: a failed request is an exception from next() after the records before it (rewind() for the first), next() again retries it; an OAuth token that expires between requests is renewed inside and the list goes on
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.max_retries', '0');
ini_set('b24im.state_dir', b24t_state_dir());

function wire(B24tEmu $emu): void
{
    foreach ($emu->requests() as $n => $r) {
        parse_str($r['body'], $form);
        echo rtrim(sprintf("  %s %s%s", basename($r['path']), isset($form['cmd']) ? implode(' ', $form['cmd']) : ($form['start'] ?? ''),
            isset($form['auth']) ? ($form['auth'] === $GLOBALS['emu']->token ? ' (first token)' : ' (renewed token)') : '')), "\n";
    }
    $emu->reset();
}

echo "-- the second request fails (HTTP 500)\n";
$emu->fault(['match' => 'batch', 'status' => 500, 'body' => ['error' => 'INTERNAL_SERVER_ERROR', 'error_description' => 'boom']]);
$it = b24_list('user.get', [], $emu->webhook, ['strategy' => 'offset']);
$seen = 0;
try {
    foreach ($it as $user) {
        $seen++;
    }
} catch (B24im\Exception $e) {
    printf("after %d records: %s [%s] %d: %s\n", $seen, get_class($e), $e->getError(), $e->getCode(), $e->getMessage());
}
printf("valid %s, requests %d, cursor %s\n", var_export($it->valid(), true), $it->requests(),
    $it->cursor() === b24_list('user.get', [], $emu->webhook, ['strategy' => 'offset', 'cursor' => $it->cursor()])->cursor() ? 'readable' : '?');
echo "next() again retries the request: ";
$it->next();
$ids = [];
for (; $it->valid(); $it->next()) {
    $ids[] = (int) $it->current()['ID'];
}
printf("%d more records, %d..%d, %d requests\n", count($ids), $ids[0], end($ids), $it->requests());
wire($emu);

echo "-- the first request fails: from rewind()\n";
$emu->fault(['match' => 'user.get', 'status' => 503, 'body' => ['error' => 'OVERLOAD_LIMIT', 'error_description' => 'REST API is blocked']]);
$it = b24_list('user.get', [], $emu->webhook, ['strategy' => 'offset']);
try {
    foreach ($it as $user) {
        echo "a record?\n";
    }
} catch (B24im\Exception $e) {
    printf("%s [%s] %d, cursor %s, requests %d\n", get_class($e), $e->getError(), $e->getCode(), var_export($it->cursor(), true), $it->requests());
}
printf("then: %d records\n", iterator_count($it));
wire($emu);

echo "-- a transport failure mid-list (the connection dropped)\n";
$emu->fault(['match' => 'batch', 'truncate' => true]);
$it = b24_list('user.get', [], $emu->webhook, ['strategy' => 'offset']);
$seen = 0;
try {
    foreach ($it as $user) {
        $seen++;
    }
} catch (B24im\Exception $e) {
    printf("after %d records: %s [%s]\n", $seen, get_class($e), $e->getError());
}
$emu->reset();

echo "-- the OAuth token expires between the first and the second request\n";
ini_set('b24im.client_id', $emu->clientId);
ini_set('b24im.client_secret', $emu->clientSecret);
ini_set('b24im.oauth_url', $emu->oauthServer);
$renewed = null;
b24_on_token_refresh(function (array $auth) use (&$renewed) { $renewed = $auth; });
$auth = ['access_token' => $emu->token, 'refresh_token' => $emu->refreshToken, 'client_endpoint' => $emu->clientEndpoint];
$it = b24_list('user.get', [], $auth, ['strategy' => 'offset']);
$n = 0;
foreach ($it as $user) {
    if ($n++ === 0) {
        $emu->expireToken($emu->token);
    }
}
printf("%d records, %d requests, renewals %d, handler got a new token: %s\n", $n, $it->requests(), $emu->renewals(),
    var_export(is_array($renewed) && $renewed['access_token'] !== $emu->token, true));
wire($emu);

echo "-- Client::list: the same, the client's auth renewed\n";
$emu->fault(['match' => 'batch', 'status' => 500, 'body' => ['error' => 'INTERNAL_SERVER_ERROR', 'error_description' => 'boom']]);
$client = new B24im\Client($auth, ['allow_http' => true, 'rate_limit' => 0, 'max_retries' => 0, 'state_dir' => b24t_state_dir()]);
$it = $client->list('user.get', [], ['strategy' => 'offset']);
$n = 0;
try {
    foreach ($it as $user) {
        if ($n++ === 0) {
            $emu->expireToken($emu->token);
        }
    }
} catch (B24im\Exception $e) {
    printf("after %d records: %s [%s]\n", $n, get_class($e), $e->getError());
}
for ($it->next(); $it->valid(); $it->next()) {
    $n++;
}
printf("then all %d records, %d requests, renewals %d, the client holds the new token: %s\n", $n, $it->requests(), $emu->renewals(),
    var_export($client->auth()['access_token'] !== $emu->token, true));
wire($emu);

echo "-- keyset: the token expires between the first page and the batch\n";
$emu->reset();
ini_set('b24im.state_dir', b24t_state_dir()); // the renewal above is remembered there: the reset portal no longer knows it
$emu->table('crm.deal', 300);
$it = b24_list('crm.deal.list', [], $auth);
$ids = [];
foreach ($it as $deal) {
    if (!$ids) {
        $emu->expireToken($emu->token);
    }
    $ids[] = (int) $deal['ID'];
}
printf("%s: %d records, in order: %s, %d requests, renewals %d, %d counted\n", $it->strategy(), count($ids),
    var_export($ids === range(1, 300), true), $it->requests(), $emu->renewals(), $emu->countedPages());

echo "-- a batch the portal refused unrun (503 QUERY_LIMIT_EXCEEDED) is retried inside: requests() counts it once\n";
$emu->reset();
$emu->table('crm.deal', 120);
$emu->fault(['match' => 'batch', 'status' => 503, 'body' => ['error' => 'QUERY_LIMIT_EXCEEDED', 'error_description' => 'Too many requests']]);
$client = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'max_retries' => 2, 'state_dir' => b24t_state_dir()]);
$it = $client->list('crm.deal.list');
printf("%d records, requests() %d, HTTP requests %d\n", iterator_count($it), $it->requests(), count($emu->requests()));
?>
--EXPECT--
-- the second request fails (HTTP 500)
after 50 records: B24im\ApiException [INTERNAL_SERVER_ERROR] 500: batch: INTERNAL_SERVER_ERROR: boom (HTTP 500)
valid false, requests 2, cursor readable
next() again retries the request: 70 more records, 51..120, 3 requests
  user.get.json 0
  batch.json user.get?start=50 user.get?start=100
  batch.json user.get?start=50 user.get?start=100
-- the first request fails: from rewind()
B24im\RateLimitException [OVERLOAD_LIMIT] 503, cursor NULL, requests 1
then: 120 records
  user.get.json 0
  user.get.json 0
  batch.json user.get?start=50 user.get?start=100
-- a transport failure mid-list (the connection dropped)
after 50 records: B24im\TransportException [TRUNCATED_REPLY]
-- the OAuth token expires between the first and the second request
120 records, 2 requests, renewals 1, handler got a new token: true
  user.get.json 0 (first token)
  batch.json user.get?start=50 user.get?start=100 (first token)
  token
  batch.json user.get?start=50 user.get?start=100 (renewed token)
-- Client::list: the same, the client's auth renewed
after 50 records: B24im\ApiException [INTERNAL_SERVER_ERROR]
then all 120 records, 3 requests, renewals 1, the client holds the new token: true
  user.get.json 0 (first token)
  batch.json user.get?start=50 user.get?start=100 (first token)
  batch.json user.get?start=50 user.get?start=100 (first token)
  token
  batch.json user.get?start=50 user.get?start=100 (renewed token)
-- keyset: the token expires between the first page and the batch
keyset: 300 records, in order: true, 2 requests, renewals 1, 1 counted
-- a batch the portal refused unrun (503 QUERY_LIMIT_EXCEEDED) is retried inside: requests() counts it once
120 records, requests() 2, HTTP requests 3
