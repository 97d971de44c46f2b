--TEST--
b24_list() offset strategy on user.get (120 users): every record once and in order in 2 requests (one counted page, one batch of the 2 pages left), the cursor resumes where it was taken, Client::list() alike
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
ini_set('b24im.allow_http', '1');
ini_set('b24im.rate_limit', '0');
ini_set('b24im.state_dir', b24t_state_dir());

function wire(B24tEmu $emu): void
{
    foreach ($emu->requests() as $n => $r) {
        parse_str($r['body'], $form);
        printf("  request %d: %s %s\n", $n + 1, basename($r['path']), isset($form['cmd']) ? implode(' ', $form['cmd']) : $r['body']);
    }
    $emu->reset();
}

$it = b24_list('user.get', [], $emu->webhook, ['strategy' => 'offset']);
$ids = [];
$cursor = null;
foreach ($it as $k => $user) {
    $ids[] = (int) $user['ID'];
    $keys[] = $k;
    if ($k === 59) {
        $cursor = $it->cursor();
    }
}
printf("%s: %d records, IDs %s, keys 0..%d, in order: %s, %d requests\n", $it->strategy(), count($ids), $ids[0] . '..' . end($ids),
    end($keys), var_export($ids === range(1, 120), true), $it->requests());
wire($emu);
echo "at the end: valid ", var_export($it->valid(), true), ", current ", var_export($it->current(), true), ", key ",
    var_export($it->key(), true), ", next() again: ";
$it->next();
echo $it->requests(), " requests\n";

echo "-- resumed after record 60\n";
$it = b24_list('user.get', [], $emu->webhook, ['strategy' => 'offset', 'cursor' => $cursor]);
echo "cursor before any record: ", var_export($it->cursor() === $cursor, true), "\n";
$ids = [];
foreach ($it as $user) {
    $ids[] = (int) $user['ID'];
}
printf("%d records, %d..%d, %d requests, the cursor at the end %s\n", count($ids), $ids[0], end($ids), $it->requests(),
    $it->cursor() === $cursor ? 'unmoved' : 'moved');
wire($emu);

echo "-- Client::list, and a list that ends on its first page\n";
$client = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 0, 'state_dir' => b24t_state_dir()]);
$end = b24_list('user.get', [], $emu->webhook, ['strategy' => 'offset']);
foreach ($end as $u) {
}
$it = $client->list('user.get', [], ['strategy' => 'offset', 'cursor' => $end->cursor()]);
echo "resumed at the end: ", iterator_count($it), " records, ", $it->requests(), " request\n";
$emu->reset();
$it = $client->list('user.get', [], ['strategy' => 'offset']);
echo "Client::list: ", iterator_count($it), " records, ", $it->requests(), " requests, last response: ",
    $client->lastResponse()['method'], "\n";

echo "-- no \$auth: the webhook of b24im.webhook_url\n";
ini_set('b24im.webhook_url', $emu->webhook);
$it = b24_list('user.get');
echo iterator_count($it), " records, ", $it->strategy(), ", ", $it->requests(), " requests\n";
?>
--EXPECT--
offset: 120 records, IDs 1..120, keys 0..119, in order: true, 2 requests
  request 1: user.get.json start=0
  request 2: batch.json user.get?start=50 user.get?start=100
at the end: valid false, current NULL, key NULL, next() again: 2 requests
-- resumed after record 60
cursor before any record: true
60 records, 61..120, 2 requests, the cursor at the end moved
  request 1: user.get.json start=50
  request 2: batch.json user.get?start=100
-- Client::list, and a list that ends on its first page
resumed at the end: 0 records, 1 request
Client::list: 120 records, 2 requests, last response: batch
-- no $auth: the webhook of b24im.webhook_url
120 records, keyset, 2 requests
