--TEST--
Retries: a 500 (JSON or page), a 502 and a 504 page are never retried: one request each, even with max_retries 5
--EXTENSIONS--
b24im
--FILE--
<?php
require __DIR__ . '/concurrency.inc';
$emu = b24t_start(['onprem' => true]);
$c = new B24im\Client($emu->webhook, ['allow_http' => true, 'rate_limit' => 1000, 'rate_burst' => 1000, 'max_retries' => 5, 'state_dir' => b24t_state_dir()]);

foreach ([
    [500, ['error' => 'INTERNAL_SERVER_ERROR', 'error_description' => 'Internal server error'], []],
    [500, ['error' => 'ERROR_UNEXPECTED_ANSWER', 'error_description' => 'Server returned an unexpected response.'], []],
    [500, '<html><body>500 Internal Server Error</body></html>', ['Content-Type' => 'text/html']],
    [502, '<html><body>502 Bad Gateway</body></html>', ['Content-Type' => 'text/html']],
    [504, '<html><body>504 Gateway Time-out</body></html>', ['Content-Type' => 'text/html']],
    [502, '', []],
] as [$status, $body, $headers]) {
    $emu->reset();
    $emu->fault(['match' => 'im.user.status.set', 'status' => $status, 'headers' => $headers, 'body' => $body, 'times' => -1]);
    b24t_show(fn() => $c->statusSet('away'));
    echo "  ", count($emu->requests()), " request\n";
}
?>
--EXPECT--
B24im\ApiException [INTERNAL_SERVER_ERROR] 500: im.user.status.set: INTERNAL_SERVER_ERROR: Internal server error (HTTP 500)
  1 request
B24im\ApiException [ERROR_UNEXPECTED_ANSWER] 500: im.user.status.set: ERROR_UNEXPECTED_ANSWER: Server returned an unexpected response. (HTTP 500)
  1 request
B24im\TransportException [INVALID_JSON] 500: im.user.status.set: INVALID_JSON: the reply is not JSON: "<html><body>500 Internal Server Error</body></html>" (HTTP 500)
  1 request
B24im\TransportException [INVALID_JSON] 502: im.user.status.set: INVALID_JSON: the reply is not JSON: "<html><body>502 Bad Gateway</body></html>" (HTTP 502)
  1 request
B24im\TransportException [INVALID_JSON] 504: im.user.status.set: INVALID_JSON: the reply is not JSON: "<html><body>504 Gateway Time-out</body></html>" (HTTP 504)
  1 request
B24im\TransportException [EMPTY_REPLY] 502: im.user.status.set: EMPTY_REPLY: the portal sent an empty reply (HTTP 502)
  1 request
