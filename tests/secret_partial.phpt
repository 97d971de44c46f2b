--TEST--
Secrets: no part of a secret survives where a reply is cut short for the message (the 60-byte body excerpt, the 512-byte description cap)
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

/** Which prefixes of $secret (4 characters or more) the exception shows; "none" is right. */
function partial(B24im\Exception $e, #[\SensitiveParameter] string $secret): string
{
    $text = $e->getMessage() . "\n" . $e->getDescription() . "\n" . $e->getError();
    $found = [];
    for ($n = strlen($secret); $n >= 4; $n--) {
        if (str_contains($text, substr($secret, 0, $n))) {
            $found[] = $n;
            break;
        }
    }
    return $found ? "a $found[0]-character prefix of the secret" : 'none';
}

$oauth = ['access_token' => $emu->token, 'client_endpoint' => $emu->clientEndpoint];
foreach (['webhook code' => [$emu->webhook, $emu->code], 'token' => [$oauth, $emu->token]] as $what => [$auth, $secret]) {
    echo "-- $what\n";
    // a body that is not JSON: b24im quotes its first 60 bytes
    foreach ([50, 55, 59, 60] as $at) {
        $emu->fault(['match' => 'im.user.status.get', 'status' => 502, 'headers' => ['Content-Type' => 'text/html'],
            'body' => str_repeat('x', $at) . $secret . str_repeat('y', 20)]);
        try {
            b24_status_get($auth);
        } catch (B24im\Exception $e) {
            echo "excerpt, secret at $at: ", partial($e, $secret), "\n";
        }
    }
    // an error description longer than b24im keeps
    foreach ([500, 505, 511] as $at) {
        $emu->fault(['match' => 'im.user.status.get', 'status' => 400,
            'body' => ['error' => 'ERROR_CORE', 'error_description' => str_repeat('d', $at) . $secret . str_repeat('e', 20)]]);
        try {
            b24_status_get($auth);
        } catch (B24im\Exception $e) {
            echo "description, secret at $at: ", partial($e, $secret), "\n";
        }
    }
}
?>
--EXPECT--
-- webhook code
excerpt, secret at 50: none
excerpt, secret at 55: none
excerpt, secret at 59: none
excerpt, secret at 60: none
description, secret at 500: none
description, secret at 505: none
description, secret at 511: none
-- token
excerpt, secret at 50: none
excerpt, secret at 55: none
excerpt, secret at 59: none
excerpt, secret at 60: none
description, secret at 500: none
description, secret at 505: none
description, secret at 511: none
