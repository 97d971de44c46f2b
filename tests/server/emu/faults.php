<?php // Scripted faults: what a test queues via POST /_emu/fault, how a request picks one up, and how it changes the reply.
declare(strict_types=1);

namespace B24Emu;

/**
 * A fault, as posted to /_emu/fault (all keys optional):
 *   match     REST method name (case-insensitive, ".json" ignored), "*" for any REST method,
 *             or "oauth/token" for the OAuth server. Default "*".
 *   times     how many matching requests it affects; -1 for every one until reset. Default 1.
 *   status    HTTP status to answer with.
 *   headers   {"Name": "value"} added to / replacing the reply's headers.
 *   body      the reply body: a string sent as is, or any other JSON value sent JSON-encoded.
 *             With a body (or a 3xx status) the method is not run: something in front of the
 *             portal answered. Without one the method runs and its reply is altered.
 *   delay_ms  wait this long before answering (after the method ran).
 *   stall_ms  send the headers and the first half of the body, then wait this long.
 *   truncate  announce the full Content-Length, send only the first half of the body, close.
 */
final class Fault
{
    public const ANY_REST = '*';
    public const OAUTH = 'oauth/token';

    private const KEYS = ['match', 'times', 'status', 'headers', 'body', 'delay_ms', 'stall_ms', 'truncate'];

    private function __construct(private readonly array $spec)
    {
    }

    /**
     * Checks a posted fault and brings it to its stored form.
     *
     * @throws \InvalidArgumentException naming what is wrong
     */
    public static function normalize(array $spec): array
    {
        $unknown = array_diff(array_keys($spec), self::KEYS);
        if ($unknown) {
            throw new \InvalidArgumentException('unknown fault keys: ' . implode(', ', $unknown));
        }

        $match = $spec['match'] ?? self::ANY_REST;
        $times = $spec['times'] ?? 1;
        $status = $spec['status'] ?? null;
        $headers = $spec['headers'] ?? [];
        if (!is_string($match) || $match === '') {
            throw new \InvalidArgumentException('match must be a method name, "*" or "oauth/token"');
        }
        if (!is_int($times) || ($times < 1 && $times !== -1)) {
            throw new \InvalidArgumentException('times must be a positive integer or -1');
        }
        if ($status !== null && (!is_int($status) || $status < 100 || $status > 599)) {
            throw new \InvalidArgumentException('status must be an HTTP status code');
        }
        if (!is_array($headers) || ($headers && array_is_list($headers))) {
            throw new \InvalidArgumentException('headers must be an object of name => value');
        }
        foreach ($headers as $name => $value) {
            if (!is_scalar($value) || preg_match('/[\r\n]/', $name . $value)) {
                throw new \InvalidArgumentException("bad header $name");
            }
        }
        foreach (['delay_ms', 'stall_ms'] as $key) {
            if (isset($spec[$key]) && (!is_int($spec[$key]) || $spec[$key] < 0)) {
                throw new \InvalidArgumentException("$key must be a non-negative integer");
            }
        }

        $body = $spec['body'] ?? null;
        $bodyIsJson = false;
        if ($body !== null && !is_string($body)) {
            $body = json_encode($body);
            $bodyIsJson = true;
        }

        return [
            'match' => $match === self::OAUTH ? $match : Methods::key($match),
            'times' => $times,
            'status' => $status,
            'headers' => array_map('strval', $headers),
            'body' => $body,
            'body_is_json' => $bodyIsJson,
            'delay_ms' => $spec['delay_ms'] ?? 0,
            'stall_ms' => $spec['stall_ms'] ?? 0,
            'truncate' => (bool) ($spec['truncate'] ?? false),
        ];
    }

    /**
     * Takes the oldest pending fault matching $key (a REST method key, self::OAUTH, or null
     * for requests no fault applies to), using up one of its times.
     */
    public static function take(array &$faults, ?string $key): ?self
    {
        if ($key === null) {
            return null;
        }
        foreach ($faults as $i => $spec) {
            $matches = $spec['match'] === $key || ($spec['match'] === self::ANY_REST && $key !== self::OAUTH);
            if (!$matches) {
                continue;
            }
            if ($spec['times'] !== -1 && --$faults[$i]['times'] === 0) {
                array_splice($faults, $i, 1);
            }
            return new self($spec);
        }
        return null;
    }

    /** True when the fault answers in place of the portal (it has a body, or redirects). */
    public function replacesReply(): bool
    {
        return $this->spec['body'] !== null || $this->isRedirect();
    }

    public function delayMs(): int
    {
        return $this->spec['delay_ms'];
    }

    /** The fault's own reply, for faults that replace the portal's; shape() it like any other. */
    public function reply(): Reply
    {
        $body = $this->spec['body'] ?? '';
        $headers = [];
        if ($body !== '' || !$this->isRedirect()) {
            $json = $this->spec['body_is_json'] || $body === '' || self::isJson($body);
            $headers['Content-Type'] = $json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
        }
        return new Reply($this->spec['status'] ?? 200, $headers, $body);
    }

    /** Applies the fault's status, headers, stall and truncation to a reply. */
    public function shape(Reply $reply): Reply
    {
        if ($this->spec['status'] !== null) {
            $reply->status = $this->spec['status'];
        }
        foreach ($this->spec['headers'] as $name => $value) {
            $reply->withHeader($name, $value);
        }
        $reply->stallMs = $this->spec['stall_ms'];
        $reply->truncate = $this->spec['truncate'];
        return $reply;
    }

    private static function isJson(string $text): bool
    {
        json_decode($text);
        return json_last_error() === JSON_ERROR_NONE;
    }

    private function isRedirect(): bool
    {
        $status = $this->spec['status'];
        return $status !== null && $status >= 300 && $status < 400;
    }
}
