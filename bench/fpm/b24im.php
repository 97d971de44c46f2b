<?php // FPM page for b24im: one b24_idle_start to the mock portal (BENCH_WEBHOOK from the pool's env) per page view; answers "ok".
declare(strict_types=1);

echo b24_idle_start(10, (string) getenv('BENCH_WEBHOOK')) === true ? "ok\n" : "not ok\n";
