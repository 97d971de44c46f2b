<?php
// Runs examples/idle.php against B24_WEBHOOK_URL, or against the bundled portal emulator, printing what went over the wire.
declare(strict_types=1);

$root = dirname(__DIR__);
$real = getenv('B24_WEBHOOK_URL');

if ($real !== false && $real !== '') {
    echo "portal: B24_WEBHOOK_URL (", preg_replace('~/rest/(\d+)/[^/]+~', '/rest/$1/***', $real), ")\n";
    require "$root/examples/idle.php";
    exit(0);
}

require "$root/tests/server/server.inc";
$emu = b24t_emu_start(['onprem' => true]);
echo "portal: the bundled emulator at {$emu->base} (no B24_WEBHOOK_URL set)\n";
putenv("B24_WEBHOOK_URL={$emu->webhook}");
ini_set('b24im.allow_http', '1'); // the emulator speaks plain http on loopback

require "$root/examples/idle.php";

echo "\nwhat the portal received:\n";
foreach ($emu->requests() as $r) {
    $path = str_replace($emu->code, '***', $r['path']);
    echo "  {$r['http_method']} $path  body: ", $r['body'] === '' ? '(empty)' : $r['body'], "\n";
    echo "    User-Agent: {$r['headers']['user-agent']}, Accept: {$r['headers']['accept']}\n";
}
$emu->stop();
