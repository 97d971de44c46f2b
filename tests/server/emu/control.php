<?php // The emulator's control API under /_emu/ (faults, request log, reset, user state, tokens, rate limit); its calls are not logged as requests.
declare(strict_types=1);

namespace B24Emu;

final class Control
{
    public const PREFIX = '/_emu/';

    public function __construct(private readonly Store $store)
    {
    }

    public static function handles(Request $request): bool
    {
        return str_starts_with($request->path, self::PREFIX);
    }

    public function serve(Request $request): Reply
    {
        $route = $request->httpMethod . ' ' . trim(substr($request->path, strlen(self::PREFIX)), '/');
        try {
            return match ($route) {
                'GET ping' => Reply::json(['ok' => true]),
                'POST fault' => $this->pushFault(self::jsonBody($request)),
                'GET faults' => Reply::json($this->store->read()['faults']),
                'GET requests' => Reply::json($this->store->readLog()),
                'POST reset' => $this->reset(),
                'GET state' => Reply::json($this->store->read()),
                'POST state' => $this->setUserState(self::jsonBody($request)),
                'POST expire' => $this->expireToken(self::jsonBody($request)),
                'POST bucket' => $this->configureBucket(self::jsonBody($request)),
                'POST table' => $this->changeTable(self::jsonBody($request)),
                'GET tables' => Reply::json($this->store->read()['tables']),
                'POST costs' => $this->setCosts(self::jsonBody($request)),
                'GET calls' => Reply::json($this->store->readCalls()),
                default => Reply::json(['error' => "no control route \"$route\""], 404),
            };
        } catch (\InvalidArgumentException $e) {
            return Reply::json(['error' => $e->getMessage()], 400);
        }
    }

    /** POST /_emu/fault: queue a fault (see Fault for its fields). */
    private function pushFault(array $spec): Reply
    {
        $fault = Fault::normalize($spec);
        $pending = $this->store->update(function (array &$state) use ($fault) {
            $state['faults'][] = $fault;
            return count($state['faults']);
        });
        return Reply::json(['ok' => true, 'pending' => $pending]);
    }

    /** POST /_emu/reset: no requests logged, no faults, start-up users, tokens and bucket. */
    private function reset(): Reply
    {
        $this->store->reset();
        return Reply::json(['ok' => true]);
    }

    /** POST /_emu/state {"user": 1, "status": "away"|null}: null makes im.user.status.get answer false. */
    private function setUserState(array $spec): Reply
    {
        $unknown = array_diff(array_keys($spec), ['user', 'status']);
        if ($unknown || !array_key_exists('status', $spec)) {
            throw new \InvalidArgumentException('expected {"user": id, "status": string|null}');
        }
        $user = $spec['user'] ?? Fixture::WEBHOOK_USER;
        $status = $spec['status'];
        if (!is_int($user) || ($status !== null && !is_string($status))) {
            throw new \InvalidArgumentException('user must be an integer, status a string or null');
        }
        $this->store->update(function (array &$state) use ($user, $status) {
            $state['users'][$user] = ['status' => $status] + ($state['users'][$user] ?? []);
        });
        return Reply::json(['ok' => true]);
    }

    /** POST /_emu/expire {"token": "..."}: that access token (or "*": every one) now answers expired_token. */
    private function expireToken(array $spec): Reply
    {
        $token = $spec['token'] ?? null;
        if (!is_string($token)) {
            throw new \InvalidArgumentException('expected {"token": access token or "*"}');
        }
        $found = $this->store->update(function (array &$state) use ($token) {
            $expired = 0;
            foreach ($state['tokens'] as $known => &$record) {
                if ($token === '*' || $known === $token) {
                    $record['expires'] = min($record['expires'], time() - 1);
                    $expired++;
                }
            }
            return $expired;
        });
        if ($found === 0) {
            throw new \InvalidArgumentException("unknown access token $token");
        }
        return Reply::json(['ok' => true, 'expired' => $found]);
    }

    /** POST /_emu/bucket {"rate": 2, "burst": 50} switches the leaky bucket on; {"enabled": false} off. */
    private function configureBucket(array $spec): Reply
    {
        $this->store->update(fn (array &$state) => LeakyBucket::configure($state['bucket'], $spec));
        return Reply::json(['ok' => true]);
    }

    /**
     * POST /_emu/table {"table": "crm.deal", and one of: "rows": N (IDs 1..N), "insert": n (new IDs above the
     * highest), "delete": [from, to]; optional "after": k (apply it once the table has served k list calls,
     * which may fall between two commands of one batch)}. Replies with the table's ranges.
     */
    private function changeTable(array $spec): Reply
    {
        $table = $spec['table'] ?? null;
        $unknown = array_diff(array_keys($spec), ['table', 'rows', 'insert', 'delete', 'after']);
        $kinds = array_intersect(array_keys($spec), ['rows', 'insert', 'delete']);
        if (!is_string($table) || $unknown || count($kinds) !== 1) {
            throw new \InvalidArgumentException('expected {"table": name, one of "rows"/"insert"/"delete", optional "after"}');
        }
        $delete = $spec['delete'] ?? null;
        if (isset($spec['rows']) && (!is_int($spec['rows']) || $spec['rows'] < 0)
            || isset($spec['insert']) && (!is_int($spec['insert']) || $spec['insert'] < 1)
            || $delete !== null && (!is_array($delete) || count($delete) !== 2 || !is_int($delete[0]) || !is_int($delete[1]))
            || isset($spec['after']) && (!is_int($spec['after']) || $spec['after'] < 0)) {
            throw new \InvalidArgumentException('rows >= 0, insert >= 1, delete [from, to] and after >= 0 are integers');
        }
        $change = array_intersect_key($spec, array_flip(['rows', 'insert', 'delete']));
        $ranges = $this->store->update(function (array &$state) use ($table, $change, $spec) {
            if (!isset($state['tables'][$table])) {
                throw new \InvalidArgumentException("no table $table; the tables: " . implode(', ', array_keys($state['tables'])));
            }
            $t = &$state['tables'][$table];
            if (isset($change['insert'])) {
                // new IDs above the highest this table ever had, as a database's sequence gives them
                $t['top'] = max($t['top'] ?? 0, $t['ranges'] ? end($t['ranges'])[1] : 0);
            }
            if (isset($spec['after'])) {
                $t['scheduled'][] = ['after' => $t['calls'] + $spec['after']] + $change;
                return $t['ranges'];
            }
            if (isset($change['insert'])) {
                $change['top'] = $t['top'];
                $t['top'] += $change['insert'];
            }
            $t['ranges'] = Lists::change($t['ranges'], $change);
            return $t['ranges'];
        });
        return Reply::json(['ok' => true, 'ranges' => $ranges, 'rows' => Lists::size($ranges)]);
    }

    /** POST /_emu/costs {"count_row_us": µs per table row of a page that counts, "count_ms": fixed, "page_ms": a page that does not}. */
    private function setCosts(array $spec): Reply
    {
        $unknown = array_diff(array_keys($spec), array_keys(Lists::COSTS));
        foreach ($spec as $value) {
            if (!is_int($value) && !is_float($value) || $value < 0) {
                throw new \InvalidArgumentException('costs are numbers >= 0');
            }
        }
        if ($unknown) {
            throw new \InvalidArgumentException('unknown costs: ' . implode(', ', $unknown));
        }
        $this->store->update(function (array &$state) use ($spec) {
            $state['costs'] = array_map('floatval', $spec) + ($state['costs'] ?? Lists::COSTS);
        });
        return Reply::json(['ok' => true]);
    }

    private static function jsonBody(Request $request): array
    {
        $decoded = json_decode($request->body === '' ? '{}' : $request->body, true);
        if (!is_array($decoded)) {
            throw new \InvalidArgumentException('the body must be a JSON object');
        }
        return $decoded;
    }
}
