<?php // Benchmark way for the whole-list scenario: every record of a list method, either through b24_list or the documented restCommand `start` loop; prints one result line (records as calls, requests, peak RSS).
// Usage: php list_all.php b24_list|rest_start WEBHOOK_URL METHOD [EXPECTED_RECORDS]
declare(strict_types=1);
require __DIR__ . '/measure.php';

[, $mode, $url, $method] = $argv + [null, '', '', ''];
$expected = isset($argv[4]) ? (int) $argv[4] : -1;
if (!in_array($mode, ['b24_list', 'rest_start'], true) || $url === '' || $method === '') {
    bench_fail('usage: list_all.php b24_list|rest_start WEBHOOK_URL METHOD [EXPECTED_RECORDS]');
}
if ($mode === 'rest_start') {
    require __DIR__ . '/rest_command.php';
}

$start = bench_start();
$records = 0;
$requests = 0;
$lastId = 0;
$strategy = '-';
$params = ['order' => ['ID' => 'ASC'], 'select' => ['ID', 'TITLE']];
if ($mode === 'b24_list') {
    $it = b24_list($method, $params, $url);
    foreach ($it as $record) {
        $id = (int) ($record['ID'] ?? $record['id'] ?? 0);
        if ($id <= $lastId) {
            bench_fail("record $records: ID $id after $lastId");
        }
        $lastId = $id;
        $records++;
    }
    $requests = $it->requests();
    $strategy = $it->strategy();
} else {
    // The documented way: `start` = the reply's `next` until there is none; every page counts the table.
    $next = 0;
    do {
        $reply = restCommand($method, $params + ['start' => $next], $url);
        $requests++;
        foreach ($reply['result'] as $record) {
            $id = (int) $record['ID'];
            if ($id <= $lastId) {
                bench_fail("record $records: ID $id after $lastId");
            }
            $lastId = $id;
            $records++;
        }
        $next = $reply['next'] ?? null;
    } while ($next !== null);
}
if ($expected >= 0 && $records !== $expected) {
    bench_fail("$records records, expected $expected");
}
bench_report($mode, $records, $start);
// bench_report ends the line; the scenario's own counts follow on a second line that net.php merges
echo "way=$mode requests=$requests strategy=$strategy\n";
