<?php // The documented PHP way to call Bitrix24 REST (restCommand as the Bitrix24 docs show it): a new ext/curl handle per call, http_build_query, CURLOPT_SSL_VERIFYPEER on, json_decode; used by the CLI way and the FPM page.
declare(strict_types=1);

/**
 * POSTs $params to {$clientEndpoint}{$method}.json and returns the decoded reply.
 * $clientEndpoint is the webhook base ("https://portal/rest/1/code/"), as the docs' client_endpoint.
 */
function restCommand(string $method, array $params = [], string $clientEndpoint = ''): array
{
    $queryUrl = $clientEndpoint . $method . '.json';
    $queryData = http_build_query($params);

    $curl = curl_init();
    curl_setopt_array($curl, [
        CURLOPT_SSL_VERIFYPEER => 1,
        CURLOPT_POST => 1,
        CURLOPT_HEADER => 0,
        CURLOPT_RETURNTRANSFER => 1,
        CURLOPT_URL => $queryUrl,
        CURLOPT_POSTFIELDS => $queryData,
    ]);
    $result = curl_exec($curl);
    curl_close($curl);

    $result = json_decode((string) $result, true);
    if (!is_array($result)) {
        throw new RuntimeException("$method: no JSON reply");
    }
    // The docs renew the OAuth token here on expired_token; a webhook has none to renew.
    if (isset($result['error'])) {
        throw new RuntimeException("$method: {$result['error']}");
    }
    return $result;
}
