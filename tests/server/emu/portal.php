<?php // The emulated portal's REST endpoint: URL parsing, webhook and OAuth authentication, dispatch, batch, the time block and the leaky bucket.
declare(strict_types=1);

namespace B24Emu;

final class Portal
{
    public const MAX_BATCH = 50;
    /** A batch reference to an earlier command's result: $result[id][key]... */
    private const REFERENCE = '\$result\[([^\]]*)\]((?:\[[^\]]*\])*)';
    /** Seconds in an "operating" accounting window. */
    private const OPERATING_WINDOW = 600;

    public function __construct(private readonly Store $store, private readonly Methods $methods)
    {
    }

    /**
     * Reads a REST call from a decoded path: "{any prefix}/rest/{user}/{code}/{method}" (webhook)
     * or "{any prefix}/rest/{method}" (OAuth), ".json" optional, a trailing slash tolerated.
     *
     * @return ?array{user: ?int, code: ?string, method: string}
     */
    public static function target(string $path): ?array
    {
        if (!preg_match('#/rest/(?:(\d+)/([^/]+)/)?([^/]+)/?$#', $path, $m)) {
            return null;
        }
        return [
            'user' => $m[1] !== '' ? (int) $m[1] : null,
            'code' => $m[1] !== '' ? $m[2] : null,
            'method' => Methods::key($m[3]),
        ];
    }

    public function serve(Request $request, array $target): Reply
    {
        $start = microtime(true);
        try {
            $params = $request->params();
            $user = $this->authenticate($request, $target, $params);
            unset($params['auth']);
            $outcome = $this->call($target['method'], $params, $user, $request->id, null);
        } catch (RestError $e) {
            return Reply::fromRestError($e);
        }
        return Reply::json($outcome + ['time' => self::timeBlock($start, microtime(true))]);
    }

    /** The "time" block of a reply. */
    public static function timeBlock(float $start, float $finish): array
    {
        $duration = $finish - $start;
        return [
            'start' => $start,
            'finish' => $finish,
            'duration' => $duration,
            'processing' => $duration,
            'date_start' => date('c', (int) $start),
            'date_finish' => date('c', (int) $finish),
            'operating_reset_at' => (int) $start + self::OPERATING_WINDOW,
            'operating' => $duration,
        ];
    }

    /**
     * Who is calling: the webhook's user, or the owner of the OAuth access token.
     *
     * @throws RestError
     */
    private function authenticate(Request $request, array $target, array $params): int
    {
        if ($target['user'] !== null) {
            if ($target['user'] !== Fixture::WEBHOOK_USER || $target['code'] !== Fixture::credentials($this->store->portal())[0]) {
                throw new RestError(401, 'INVALID_CREDENTIALS', 'Invalid request credentials');
            }
            return $target['user'];
        }

        if ($request->scheme !== 'https' && !($this->store->config()['onprem'] ?? false)) {
            throw new RestError(400, 'INVALID_REQUEST', 'Https required.');
        }
        $token = $params['auth'] ?? null;
        if ($token === null && preg_match('/^Bearer\s+(\S+)\s*$/i', $request->header('authorization') ?? '', $m)) {
            $token = $m[1];
        }
        if (!is_string($token) || $token === '') {
            throw new RestError(401, 'NO_AUTH_FOUND', 'Wrong authorization data');
        }
        $known = $this->store->read()['tokens'][$token] ?? null;
        if ($known === null) {
            throw new RestError(401, 'invalid_token', 'The access token provided is invalid.');
        }
        if ($known['expires'] <= time()) {
            throw new RestError(401, 'expired_token', 'The access token provided has expired.');
        }
        return $known['user'];
    }

    /** @throws RestError */
    private function call(string $method, array $params, int $user, string $requestId, int|string|null $command): array
    {
        if ($method === 'batch') {
            if ($command !== null) {
                throw new RestError(405, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method not allowed in batch');
            }
            return ['result' => $this->batch($params, $user, $requestId)];
        }
        $outcome = $this->methods->call($method, $params, $user);
        if (array_key_exists('counted', $outcome)) {
            // a list call: the call log says which request (and batch command) it was and whether it counted the table
            $this->store->appendCall(['request' => $requestId, 'cmd' => $command, 'method' => $method,
                'params' => $params, 'counted' => $outcome['counted'], 'rows' => self::rows($outcome['result'])]);
            unset($outcome['counted']);
        }
        return $outcome;
    }

    private static function rows(mixed $result): int
    {
        if (is_array($result) && count($result) === 1 && is_array(reset($result)) && !array_is_list($result)) {
            return count(reset($result));
        }
        return is_array($result) ? count($result) : 0;
    }

    /**
     * cmd: id => "method?query"; halt: stop at the first failing command. Later commands may
     * refer to earlier results as $result[id][field]...
     *
     * @throws RestError
     */
    private function batch(array $params, int $user, string $requestId): array
    {
        $commands = $params['cmd'] ?? [];
        if (!is_array($commands)) {
            throw new RestError(400, 'ERROR_ARGUMENT', 'Argument "cmd" must be an array');
        }
        if (count($commands) > self::MAX_BATCH) {
            throw new RestError(400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded');
        }
        $halt = in_array($params['halt'] ?? 0, [1, '1', true, 'true', 'Y'], true);

        // Empty parts stay empty PHP arrays and so encode as [], as the portal sends them.
        $parts = ['result' => [], 'result_error' => [], 'result_total' => [], 'result_next' => [], 'result_time' => []];
        foreach ($commands as $id => $command) {
            $start = microtime(true);
            try {
                if (!is_string($command)) {
                    throw new RestError(400, 'ERROR_ARGUMENT', 'Batch command must be a string');
                }
                [$name, $query] = array_pad(explode('?', $command, 2), 2, '');
                parse_str($query, $commandParams);
                $commandParams = $this->resolveReferences($commandParams, $parts['result']);
                unset($commandParams['auth']);
                $outcome = $this->call(Methods::key(ltrim($name, '/')), $commandParams, $user, $requestId, $id);
            } catch (RestError $e) {
                $parts['result_error'][$id] = $e->toArray();
                if ($halt) {
                    break;
                }
                continue;
            }
            $parts['result'][$id] = $outcome['result'];
            if (isset($outcome['total'])) {
                $parts['result_total'][$id] = $outcome['total'];
            }
            if (isset($outcome['next'])) {
                $parts['result_next'][$id] = $outcome['next'];
            }
            $parts['result_time'][$id] = self::timeBlock($start, microtime(true));
        }
        return $parts;
    }

    /**
     * Replaces $result[id][key]... references in parameter values by earlier results. A value
     * that is exactly one reference takes the referenced value as is (arrays included); a
     * reference inside longer text is replaced by the scalar's text. Unresolvable references stay.
     */
    private function resolveReferences(array $params, array $results): array
    {
        array_walk_recursive($params, function (&$value) use ($results) {
            if (!is_string($value) || !str_contains($value, '$result[')) {
                return;
            }
            if (preg_match('/^' . self::REFERENCE . '$/', $value, $m)) {
                $found = self::lookup($results, $m[1], $m[2]);
                if ($found !== null) {
                    $value = $found[0];
                }
                return;
            }
            $value = preg_replace_callback('/' . self::REFERENCE . '/', function (array $m) use ($results) {
                $found = self::lookup($results, $m[1], $m[2]);
                return $found !== null && is_scalar($found[0]) ? (string) $found[0] : $m[0];
            }, $value);
        });
        return $params;
    }

    /** @return ?array{0: mixed} the value at $results[$id] followed by "[k1][k2]...", or null if absent */
    private static function lookup(array $results, string $id, string $keys): ?array
    {
        if (!array_key_exists($id, $results)) {
            return null;
        }
        $value = $results[$id];
        preg_match_all('/\[([^\]]*)\]/', $keys, $m);
        foreach ($m[1] as $key) {
            if (!is_array($value) || !array_key_exists($key, $value)) {
                return null;
            }
            $value = $value[$key];
        }
        return [$value];
    }
}

/**
 * The portal's request-rate limit: each request adds one, the level drains by 'rate' a second,
 * and a request that would lift it above 'burst' is refused (and does not run).
 */
final class LeakyBucket
{
    /** Lets one request in if there is room; $bucket is the state's 'bucket' entry. */
    public static function admit(array &$bucket, float $now): bool
    {
        if (!$bucket['enabled']) {
            return true;
        }
        $level = max(0.0, $bucket['level'] - ($now - $bucket['at']) * $bucket['rate']);
        $bucket['at'] = $now;
        $admitted = $level + 1 <= $bucket['burst'];
        $bucket['level'] = $admitted ? $level + 1 : $level;
        return $admitted;
    }

    /** Switches the bucket on with {"rate": drain per second, "burst": allowed level}, or off with {"enabled": false}. */
    public static function configure(array &$bucket, array $spec): void
    {
        $unknown = array_diff(array_keys($spec), ['enabled', 'rate', 'burst']);
        if ($unknown) {
            throw new \InvalidArgumentException('unknown bucket keys: ' . implode(', ', $unknown));
        }
        $rate = $spec['rate'] ?? $bucket['rate'];
        $burst = $spec['burst'] ?? $bucket['burst'];
        if (!is_int($rate) && !is_float($rate) || $rate < 0 || !is_int($burst) || $burst < 1) {
            throw new \InvalidArgumentException('rate must be a number >= 0 and burst an integer >= 1');
        }
        $bucket = [
            'enabled' => (bool) ($spec['enabled'] ?? true),
            'rate' => (float) $rate,
            'burst' => $burst,
            'level' => 0.0,
            'at' => microtime(true),
        ];
    }
}
