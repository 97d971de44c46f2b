<?php // The emulated OAuth server (/oauth/token/): renews access tokens with single-use refresh tokens and counts the renewals it serves.
declare(strict_types=1);

namespace B24Emu;

final class OAuthServer
{
    public function __construct(private readonly Store $store)
    {
    }

    /** Whether a decoded path is the token endpoint (under any prefix, trailing slash optional). */
    public static function handles(string $path): bool
    {
        return (bool) preg_match('#/oauth/token/?$#', $path);
    }

    /** grant_type=refresh_token with client_id, client_secret and refresh_token, by GET or POST. */
    public function serve(Request $request): Reply
    {
        try {
            $params = $request->params();
        } catch (RestError) {
            $params = [];
        }
        foreach (['grant_type', 'client_id', 'client_secret', 'refresh_token'] as $name) {
            if (!isset($params[$name]) || !is_string($params[$name]) || $params[$name] === '') {
                return Reply::error(400, 'invalid_request', "Parameter $name is missing");
            }
        }
        if ($params['client_id'] !== Fixture::CLIENT_ID || $params['client_secret'] !== Fixture::CLIENT_SECRET) {
            return Reply::error(401, 'invalid_client', 'Invalid client credentials');
        }
        if ($params['grant_type'] !== 'refresh_token') {
            return Reply::error(400, 'invalid_request', 'Unsupported grant_type');
        }

        $issued = $this->store->update(fn (array &$state) => self::renew($state, $params['refresh_token']));
        if ($issued === null) {
            return Reply::error(400, 'invalid_grant', 'Invalid refresh token');
        }

        $rest = $request->baseUrl() . '/rest/';
        return Reply::json([
            'access_token' => $issued['access_token'],
            'expires' => $issued['expires'],
            'expires_in' => Fixture::TOKEN_LIFETIME,
            'scope' => Fixture::SCOPE,
            'domain' => Fixture::OAUTH_DOMAIN,
            'server_endpoint' => $rest,
            'status' => 'L',
            'client_endpoint' => $rest,
            'member_id' => Fixture::credentials($this->store->portal())[4],
            'user_id' => $issued['user'],
            'refresh_token' => $issued['refresh_token'],
        ]);
    }

    /** Spends $refreshToken and issues a new pair; null if the token is unknown or already spent. */
    private static function renew(array &$state, string $refreshToken): ?array
    {
        $owner = $state['refresh_tokens'][$refreshToken] ?? null;
        if ($owner === null) {
            return null;
        }
        unset($state['refresh_tokens'][$refreshToken]);

        $issued = [
            'access_token' => 'emuA' . bin2hex(random_bytes(12)),
            'refresh_token' => 'emuR' . bin2hex(random_bytes(12)),
            'expires' => time() + Fixture::TOKEN_LIFETIME,
            'user' => $owner['user'],
        ];
        $state['tokens'][$issued['access_token']] = ['user' => $issued['user'], 'expires' => $issued['expires']];
        $state['refresh_tokens'][$issued['refresh_token']] = ['user' => $issued['user']];
        $state['renewals']++;
        return $issued;
    }
}
