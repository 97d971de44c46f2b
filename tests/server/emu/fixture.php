<?php // The emulated portal's fixed identity (credentials, tokens, OAuth app) and its start-up state; shared by router.php and server.inc.
declare(strict_types=1);

namespace B24Emu;

final class Fixture
{
    /** The one webhook the portal knows: /rest/{WEBHOOK_USER}/{WEBHOOK_CODE}/{method}. */
    public const WEBHOOK_USER = 1;
    public const WEBHOOK_CODE = 'wh0Secret7code';

    /** OAuth access tokens known at start-up: one valid, one expired; both belong to user 1. */
    public const ACCESS_TOKEN = 'tok3nSecret9access';
    public const EXPIRED_TOKEN = 'tok3nExpired0access';
    public const TOKEN_USER = 1;
    public const TOKEN_LIFETIME = 3600;

    /** The OAuth application and its initial (single-use) refresh token. */
    public const CLIENT_ID = 'app.emu.client';
    public const CLIENT_SECRET = 'emuClientS3cret';
    public const REFRESH_TOKEN = 'r3freshSecret5token';
    public const OAUTH_DOMAIN = 'oauth.emu';
    public const MEMBER_ID = 'e3u0member0id4b24emu';
    public const SCOPE = 'im';

    /** Leaky bucket defaults of a cloud portal (drain 2/s, 50 allowed); enforced only when switched on. */
    public const BUCKET_RATE = 2.0;
    public const BUCKET_BURST = 50;

    /** Portals per /24 of the loopback range (the whole 127.0.0.0/8 is local on Linux): see portalHost(). */
    public const PORTALS_PER_BLOCK = 250;

    /** Portal N's address (N >= 1): 127.0.1.1 .. 127.0.1.250 for the first 250, then 127.0.2.1 and on. */
    public static function portalHost(int $portal): string
    {
        $i = $portal - 1;
        return sprintf('127.0.%d.%d', 1 + intdiv($i, self::PORTALS_PER_BLOCK), 1 + $i % self::PORTALS_PER_BLOCK);
    }

    /** The portal at a front address (portalHost()'s inverse), or named by a number (a control call); else 0, the main one. */
    public static function portalAt(string $value): int
    {
        if (preg_match('/^\d{1,5}$/', $value)) {
            return (int) $value;
        }
        if (preg_match('/^127\.0\.(\d{1,3})\.(\d{1,3})$/', $value, $m) && $m[1] >= 1 && $m[1] <= 255
            && $m[2] >= 1 && $m[2] <= self::PORTALS_PER_BLOCK) {
            return ((int) $m[1] - 1) * self::PORTALS_PER_BLOCK + (int) $m[2];
        }
        return 0;
    }

    /**
     * A portal's own credentials: the main portal (0) has the constants above, portal N the same with "pN"
     * appended (so a call that reaches the wrong portal is refused): [webhook code, access token, expired token,
     * refresh token, member_id].
     */
    public static function credentials(int $portal): array
    {
        $suffix = $portal > 0 ? "p$portal" : '';
        return [self::WEBHOOK_CODE . $suffix, self::ACCESS_TOKEN . $suffix, self::EXPIRED_TOKEN . $suffix,
            self::REFRESH_TOKEN . $suffix, $portal > 0 ? substr(self::MEMBER_ID, 0, -4) . sprintf('%04d', $portal) : self::MEMBER_ID];
    }

    /** The state every emulator (portal $portal) starts with, and returns to on reset. */
    public static function initialState(int $portal = 0): array
    {
        $now = time();
        [, $access, $expired, $refresh] = self::credentials($portal);
        return [
            // user id => ['status' => 'online'|'dnd'|'away'|'break'|null, 'idle_since' => ?int, 'idle_ago' => ?int]
            'users' => [],
            // pending faults, oldest first (see Fault)
            'faults' => [],
            // access token => ['user' => int, 'expires' => unix time]
            'tokens' => [
                $access => ['user' => self::TOKEN_USER, 'expires' => $now + self::TOKEN_LIFETIME],
                $expired => ['user' => self::TOKEN_USER, 'expires' => $now - 60],
            ],
            // unspent refresh token => ['user' => int]
            'refresh_tokens' => [
                $refresh => ['user' => self::TOKEN_USER],
            ],
            // successful renewals served by /oauth/token/
            'renewals' => 0,
            // list tables: name => ['ranges' => [[from, to], ...], 'calls' => list calls served, 'scheduled' => changes]
            'tables' => Lists::initialTables(),
            // what counting a list costs (see Lists::COSTS)
            'costs' => Lists::COSTS,
            'bucket' => [
                'enabled' => false,
                'rate' => self::BUCKET_RATE,
                'burst' => self::BUCKET_BURST,
                'level' => 0.0,
                'at' => 0.0,
            ],
        ];
    }
}
