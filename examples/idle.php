<?php
// Example: set the calling user's automatic "Away" status, then read the status back (webhook from b24im.webhook_url or B24_WEBHOOK_URL).

$ago = (int) ($argv[1] ?? 10);

try {
    $ok = b24_idle_start($ago);
    echo "im.user.status.idle.start AGO=$ago -> ", var_export($ok, true), "\n";
    echo "reply: ", json_encode(b24_last_response(), JSON_UNESCAPED_SLASHES), "\n";
    echo "im.user.status.get -> ", var_export(b24_status_get(), true), "\n";
} catch (B24im\AuthException $e) {
    fwrite(STDERR, "the portal refused the webhook: {$e->getMessage()}\n");
    exit(1);
} catch (B24im\Exception $e) {
    fwrite(STDERR, get_class($e) . ": {$e->getMessage()}\n");
    exit(1);
}
