<?php // Hosts the test emulator for the bench's whole-list scenario: portals with crm.deal tables of the sizes asked for and per-row counting costs; prints their addresses, then answers "counts" on stdin with the request and list-call logs' totals.
// Usage: php emu.php SIZE[,SIZE...] COUNT_ROW_US COUNT_MS PAGE_MS   (portal N gets a crm.deal table of the Nth size)
// stdin: "counts N" prints {"requests": .., "calls": .., "counted": ..} of portal N; EOF stops the emulator.
declare(strict_types=1);
require __DIR__ . '/../../tests/server/server.inc';

$sizes = array_map('intval', explode(',', $argv[1] ?? '10000'));
$costs = ['count_row_us' => (float) ($argv[2] ?? 0.5), 'count_ms' => (float) ($argv[3] ?? 2), 'page_ms' => (float) ($argv[4] ?? 2)];
// 8 server workers: the lists run one request at a time, but the batches of 50 sub-calls take a worker for a while
$emu = b24t_emu_start(['portals' => count($sizes), 'workers' => 8, 'timeout' => 60.0]);
$out = ['costs' => $costs, 'portals' => []];
foreach ($sizes as $i => $rows) {
    $p = $emu->portal($i + 1);
    $p->table('crm.deal', $rows);
    $p->costs($costs);
    $p->rateLimit(null); // the bucket off: the 200-request ways would wait minutes for it (see the bench's note)
    $u = parse_url((string) $p->tlsBase);
    $out['portals'][$i + 1] = ['rows' => $rows, 'host' => $u['host'], 'port' => $u['port'],
        'path' => (string) parse_url((string) $p->tlsWebhook, PHP_URL_PATH), 'ca' => $p->ca];
}
echo json_encode($out), "\n";
while (($line = fgets(STDIN)) !== false) {
    if (preg_match('/^counts (\d+)/', $line, $m)) {
        $p = $emu->portal((int) $m[1]);
        $calls = $p->calls();
        echo json_encode(['requests' => count($p->requests()), 'calls' => count($calls),
            'counted' => count(array_filter($calls, fn (array $c) => $c['counted']))]), "\n";
    }
}
$emu->stop();
