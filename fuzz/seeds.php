<?php // Writes the fuzz seed corpora: replies captured from the portal emulator (tests/server) plus hand-made bodies, webhook URLs and auth arrays.
// usage: php fuzz/seeds.php   (rewrites fuzz/corpus/*/emu-* and hand-*; the emulator runs on plain http, no nginx needed)
declare(strict_types=1);

require __DIR__ . '/../tests/server/server.inc';

$corpus = __DIR__ . '/corpus';
foreach (['fuzz_reply', 'fuzz_endpoint', 'fuzz_batch_reply'] as $h) {
    @mkdir("$corpus/$h", 0777, true);
    foreach (glob("$corpus/$h/{emu,hand}-*", GLOB_BRACE) as $old) {
        unlink($old);
    }
}

function seed(string $harness, string $name, string $bytes): void
{
    global $corpus;
    file_put_contents("$corpus/$harness/$name", $bytes);
}

/** POSTs a form to the emulator; returns [status, body]. */
function post(string $url, array $form): array
{
    $context = stream_context_create(['http' => [
        'method' => 'POST',
        'header' => "Content-Type: application/x-www-form-urlencoded\r\n",
        'content' => http_build_query($form),
        'ignore_errors' => true,
        'timeout' => 10,
    ]]);
    $body = file_get_contents($url, false, $context);
    preg_match('{^HTTP/\S+ (\d+)}', $http_response_header[0] ?? '', $m);
    return [(int) ($m[1] ?? 0), (string) $body];
}

// --- replies from the emulator ---
$emu = b24t_emu_start(['onprem' => true]); // OAuth over plain http: no TLS front needed
$w = $emu->webhook;
$rest = $emu->clientEndpoint;
$captured = [
    'status-get' => post("{$w}im.user.status.get.json", []),
    'status-set' => post("{$w}im.user.status.set.json", ['STATUS' => 'away']),
    'status-set-bad' => post("{$w}im.user.status.set.json", ['STATUS' => 'asleep']),
    'idle-start' => post("{$w}im.user.status.idle.start.json", ['AGO' => 5]),
    'idle-end' => post("{$w}im.user.status.idle.end.json", []),
    'server-time' => post("{$w}server.time.json", []),
    'profile' => post("{$w}profile.json", []),
    'user-get-0' => post("{$w}user.get.json", []),
    'user-get-100' => post("{$w}user.get.json", ['start' => 100]),
    'echo-nested' => post("{$w}emu.echo.json", ['fields' => ['NAME' => 'Zoë', 'PHONE' => [['VALUE' => '+7 999']]], 'n' => '17']),
    'no-method' => post("{$w}no.such.method.json", []),
    'bad-code' => post("{$emu->base}/rest/1/wrongcode/profile.json", []),
    'oauth-ok' => post("{$rest}profile.json", ['auth' => $emu->token]),
    'oauth-expired' => post("{$rest}profile.json", ['auth' => $emu->expiredToken]),
    'oauth-invalid' => post("{$rest}profile.json", ['auth' => 'nope']),
    'oauth-none' => post("{$rest}profile.json", []),
    'batch-mixed' => post("{$w}batch.json", ['halt' => 0, 'cmd' => [
        'get' => 'im.user.status.get', 'set' => 'im.user.status.set?STATUS=dnd', 'bad' => 'im.user.status.set?STATUS=x',
        'list' => 'user.get', 'who' => 'profile', 'missing' => 'no.such.method', '7' => 'user.get?start=$result[list][0][ID]',
    ]]),
    'batch-ok' => post("{$w}batch.json", ['cmd' => ['a' => 'server.time', 'b' => 'im.user.status.get']]),
    'batch-halt' => post("{$w}batch.json", ['halt' => 1, 'cmd' => ['a' => 'im.user.status.set?STATUS=x', 'b' => 'profile']]),
    'batch-too-long' => post("{$w}batch.json", ['cmd' => array_fill(0, 51, 'server.time')]),
    'batch-in-batch' => post("{$w}batch.json", ['cmd' => ['a' => 'batch?cmd[b]=profile']]),
    'token-ok' => post($emu->oauthServer, ['grant_type' => 'refresh_token', 'client_id' => $emu->clientId,
        'client_secret' => $emu->clientSecret, 'refresh_token' => $emu->refreshToken]),
    'token-spent' => post($emu->oauthServer, ['grant_type' => 'refresh_token', 'client_id' => $emu->clientId,
        'client_secret' => $emu->clientSecret, 'refresh_token' => $emu->refreshToken]),
    'token-bad-client' => post($emu->oauthServer, ['grant_type' => 'refresh_token', 'client_id' => 'x', 'client_secret' => 'y',
        'refresh_token' => 'z']),
    'not-found-page' => post("{$emu->base}/nothing/here", []),
];
$emu->rateLimit(2.0, 3);
for ($i = 0; $i < 6; $i++) {
    $captured['rate-limit'] = post("{$w}server.time.json", []);
}
$emu->stop();

foreach ($captured as $name => [$status, $body]) {
    seed('fuzz_reply', "emu-$name.json", $body);
}

// --- hand-made replies (bitrix24-rest.md): every envelope and error shape, and JSON's corners ---
$time = '"time":{"start":1700000000.123456,"finish":1700000000.234567,"duration":0.111111,"processing":0.0123,'
    . '"date_start":"2023-11-14T22:13:20+00:00","date_finish":"2023-11-14T22:13:20+00:00","operating":0.5,"operating_reset_at":1700000600}';
$hand = [
    'result-true' => "{\"result\":true,$time}",
    'result-false' => '{"result":false}',
    'result-null' => '{"result":null,"time":null}',
    'result-status' => "{\"result\":\"away\",$time}",
    'list-total-next' => "{\"result\":[{\"ID\":\"1\",\"NAME\":\"\\u0418\\u0432\\u0430\\u043d\"},{\"ID\":\"2\"}],\"next\":50,\"total\":120,$time}",
    'list-last-page' => '{"result":[],"total":0}',
    'error-plain' => '{"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"}',
    'error-argument' => '{"error":"ERROR_ARGUMENT","argument":"STATUS","error_description":"Argument \"STATUS\" is null"}',
    'error-expired' => '{"error":"expired_token","error_description":"The access token provided has expired."}',
    'error-no-description' => '{"error":"NO_AUTH_FOUND"}',
    'error-null-description' => '{"error":"ACCESS_DENIED","error_description":null}',
    'error-rate' => "{\"error\":\"OPERATION_TIME_LIMIT\",\"error_description\":\"Method is blocked due to operation time limit.\",$time}",
    'error-query-limit' => '{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}',
    'error-object' => '{"error":{"code":17,"message":"odd"},"error_description":["a",1]}',
    'error-number' => '{"error":500,"error_description":0.5}',
    'error-null-result' => '{"error":null,"result":1}',
    'error-and-result' => '{"result":1,"error":"INTERNAL_SERVER_ERROR"}',
    'error-secret-echo' => '{"error":"INVALID_CREDENTIALS","error_description":"webhook wh0Secret7code is not valid"}',
    'neither' => '{"foo":1}',
    'empty-object' => '{}',
    'array-top' => '[1,2,3]',
    'scalar-top' => '"result"',
    'null-top' => 'null',
    'html-502' => "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>\n",
    'truncated' => '{"result":{"ID":"1","NAME":"Iv',
    'trailing' => '{"result":1} x',
    'whitespace' => " \t\r\n{ \"result\" : [ 1 , 2 ] }\n",
    'big-int-max' => '{"result":[9223372036854775807,-9223372036854775808]}',
    'big-int-over' => '{"result":[9223372036854775808,-9223372036854775809,18446744073709551615,18446744073709551616]}',
    'big-int-huge' => '{"result":{"id":123456789012345678901234567890},"total":99999999999999999999}',
    'big-int-in-string' => '{"result":"9223372036854775808","x":"\\"99999999999999999999"}',
    'floats' => '{"result":[0.1,-0.0,1e400,-1e400,1e-400,1.5E+10,2.5e-3,0e0,123.456e7]}',
    'float-and-big-int' => '{"result":{"a":0.12345678901234567890123,"b":18446744073709551616}}',
    'unicode-escapes' => '{"result":"\\u00e9\\u20ac\\ud83d\\ude00\\u0000\\/\\b\\f\\n\\r\\t\\"\\\\"}',
    'unicode-raw' => "{\"result\":\"Zoë € 😀 Иван\"}",
    'lone-high' => '{"result":"\\ud800"}',
    'lone-low' => '{"result":"\\udc00x"}',
    'pair-reversed' => '{"result":"\\udc00\\ud800"}',
    'escaped-backslash-u' => '{"result":"\\\\ud800"}',
    'nul-byte' => "{\"result\":\"a\0b\"}",
    'bad-utf8' => "{\"result\":\"\xc3\x28\"}",
    'keys-numeric' => '{"result":{"0":"a","17":"b","-3":"c","01":"d"," 1":"e","9223372036854775808":"f","":"g"}}',
    'keys-duplicate' => '{"result":{"a":1,"b":2,"a":3},"result":"second"}',
    'deep-100' => '{"result":' . str_repeat('[', 100) . str_repeat(']', 100) . '}',
    'deep-511' => str_repeat('[', 511) . str_repeat(']', 511),
    'deep-513' => '{"result":' . str_repeat('{"a":', 512) . '1' . str_repeat('}', 512) . '}',
];
foreach ($hand as $name => $body) {
    seed('fuzz_reply', "hand-$name.json", $body);
}

// --- batch: flags byte, commands JSON, then each reply body, NUL-separated ---
$commands = '{"get":"im.user.status.get","set":["im.user.status.set",{"STATUS":"dnd"}],"bad":"im.user.status.set?STATUS=x",'
    . '"list":"user.get","who":"profile","missing":"no.such.method","7":"user.get?start=$result[list][0][ID]"}';
$fifty = json_encode(array_fill(0, 55, 'server.time'));
$batch = [
    'mixed' => "\x00$commands\x00" . $captured['batch-mixed'][1],
    'mixed-halt' => "\x01$commands\x00" . $captured['batch-halt'][1],
    'ok' => "\x00{\"a\":\"server.time\",\"b\":\"im.user.status.get\"}\x00" . $captured['batch-ok'][1],
    'default-commands' => "\x00\x00" . $captured['batch-ok'][1],
    'two-chunks' => "\x00$fifty\x00" . '{"result":{"result":[1,2],"result_error":[],"result_total":[],"result_next":[],"result_time":[]}}'
        . "\x00" . '{"result":{"result":{"50":true,"54":"x"},"result_error":{"52":{"error":"E","error_description":"d"}},"result_total":[],"result_next":[],"result_time":[]}}',
    'error-reply' => "\x00\x00" . $captured['batch-too-long'][1],
    'not-object' => "\x00\x00{\"result\":[]}",
    'result-scalar' => "\x00\x00{\"result\":true}",
    'query-limit-retry' => "\x06\x00#503 {\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}\x00" . $captured['batch-ok'][1],
    'overload-no-retry' => "\x00\x00#503 {\"error\":\"OVERLOAD_LIMIT\",\"error_description\":\"REST API is blocked due to overload.\"}",
    'html-502' => "\x00\x00#502 <html>502</html>",
    'empty-200' => "\x00\x00",
    'secret-echo' => "\x00\x00#401 {\"error\":\"INVALID_CREDENTIALS\",\"error_description\":\"wh0Secret7code s3cretCli3ntFuzz\"}",
    'oauth-renew' => "\x08\x00#401 {\"error\":\"expired_token\",\"error_description\":\"The access token provided has expired.\"}\x00"
        . '{"access_token":"newAcc3ssTok3nFuzzLong","refresh_token":"newR3freshTok3nFuzzLong","expires":4102444800,"expires_in":3600,'
        . '"domain":"oauth.fuzz.test","server_endpoint":"https://oauth.fuzz.test/rest/","client_endpoint":"https://fuzz.bitrix24.test/rest/",'
        . '"member_id":"m","scope":"im","status":"L","user_id":1}' . "\x00" . $captured['batch-ok'][1],
    'oauth-renew-refused' => "\x08\x00#401 {\"error\":\"expired_token\"}\x00#400 {\"error\":\"invalid_grant\",\"error_description\":\"r3freshTok3nFuzz is spent\"}",
    'oauth-renew-moved' => "\x08\x00#401 {\"error\":\"expired_token\"}\x00"
        . '{"access_token":"t","refresh_token":"r","client_endpoint":"https://moved.bitrix24.test:8443/rest/"}' . "\x00" . $captured['batch-ok'][1],
    'oauth-token-echo' => "\x08\x00#400 {\"error\":\"ERROR_CORE\",\"error_description\":\"acc3ssTok3nFuzz r3freshTok3nFuzz\"}",
    'references' => "\x00" . json_encode(array_merge(array_fill(0, 50, 'server.time'), ['x' => 'user.get?ID=$result[0]'])) . "\x00{}",
];
foreach ($batch as $name => $bytes) {
    seed('fuzz_batch_reply', "hand-$name", $bytes);
}

// --- endpoint: byte 0 picks the form (0 URL, 1 auth array, 2 INI, 3 environment; +4 allow_http; +8 odd types) ---
$endpoint = [
    'webhook' => "\x00https://portal.bitrix24.com/rest/1/wh0Secret7code/",
    'webhook-no-slash' => "\x00https://portal.bitrix24.com/rest/17/abcDEF123_-x",
    'webhook-port' => "\x00https://PORTAL.Bitrix24.com:8443/rest/1/wh0Secret7code/",
    'webhook-prefix' => "\x00https://corp.example/b24/rest/1/wh0Secret7code/",
    'webhook-ipv6' => "\x04http://[::1]:8080/rest/1/wh0Secret7code/",
    'webhook-http-refused' => "\x00http://127.0.0.1/rest/1/wh0Secret7code/",
    'webhook-emu' => "\x04{$w}",
    'webhook-method' => "\x00https://portal.bitrix24.com/rest/1/wh0Secret7code/profile.json",
    'webhook-query' => "\x00https://portal.bitrix24.com/rest/1/wh0Secret7code/?x=1",
    'webhook-userinfo' => "\x00https://user:pass@portal.bitrix24.com/rest/1/wh0Secret7code/",
    'webhook-bad-port' => "\x00https://portal.bitrix24.com:99999/rest/1/wh0Secret7code/",
    'webhook-empty' => "\x00",
    'webhook-short' => "\x00https://h/rest/1/c",
    'ini' => "\x02https://portal.bitrix24.com/rest/1/wh0Secret7code/",
    'env' => "\x03https://portal.bitrix24.com/rest/1/wh0Secret7code/",
    'oauth-endpoint' => "\x01tok3nSecret9access\x00https://portal.bitrix24.com/rest/\x00portal.bitrix24.com",
    'oauth-endpoint-no-slash' => "\x01tok3nSecret9access\x00https://portal.bitrix24.com/rest",
    'oauth-domain' => "\x01tok3nSecret9access\x00\x00portal.bitrix24.com",
    'oauth-domain-port' => "\x01tok3nSecret9access\x00\x00portal.bitrix24.com:8443",
    'oauth-domain-path' => "\x01tok3nSecret9access\x00\x00portal.bitrix24.com/x",
    'oauth-http' => "\x01tok3nSecret9access\x00http://portal.local/rest/",
    'oauth-http-allowed' => "\x05tok3nSecret9access\x00http://portal.local/rest/",
    'oauth-no-token' => "\x01\x00https://portal.bitrix24.com/rest/",
    'oauth-token-space' => "\x01tok en\x00https://portal.bitrix24.com/rest/",
    'oauth-nothing' => "\x01tok3nSecret9access",
    'oauth-types' => "\x09\x1btok3nSecret9access\x00https://portal.bitrix24.com/rest/\x00portal.bitrix24.com",
    'oauth-types-odd' => "\x09\xe4tok3nSecret9access\x00https://portal.bitrix24.com/rest/\x00portal.bitrix24.com",
];
foreach ($endpoint as $name => $bytes) {
    seed('fuzz_endpoint', "hand-$name", $bytes);
}
printf("seeds: %d replies, %d batch inputs, %d endpoint inputs\n", count($captured) + count($hand), count($batch), count($endpoint));
