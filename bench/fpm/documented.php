<?php // FPM page for the documented PHP way: one restCommand('im.user.status.idle.start') to the mock portal (BENCH_WEBHOOK from the pool's env) per page view; answers "ok".
declare(strict_types=1);
require __DIR__ . '/../ways/rest_command.php';

$reply = restCommand('im.user.status.idle.start', ['AGO' => 10], (string) getenv('BENCH_WEBHOOK'));
echo ($reply['result'] ?? null) === true ? "ok\n" : "not ok\n";
