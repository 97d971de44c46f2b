<?php

/** @generate-class-entries */

// The PHP-visible API of b24im: the one source that b24im_arginfo.h is generated from.

namespace {
    /**
     * Sets the calling user's automatic "Away" status, as if idle since $ago minutes
     * (im.user.status.idle.start).
     */
    function b24_idle_start(int $ago = 10, #[\SensitiveParameter] array|string|null $auth = null): bool {}

    /** Ends the automatic "Away" status (im.user.status.idle.end). */
    function b24_idle_end(#[\SensitiveParameter] array|string|null $auth = null): bool {}

    /** The calling user's status: online, dnd, away or break; null where the portal has none. */
    function b24_status_get(#[\SensitiveParameter] array|string|null $auth = null): ?string {}

    /** Sets the calling user's status: online, dnd, away or break. */
    function b24_status_set(string $status, #[\SensitiveParameter] array|string|null $auth = null): bool {}

    /** Calls any REST method and returns its decoded "result". */
    function b24_call(string $method, array $params = [], #[\SensitiveParameter] array|string|null $auth = null): mixed {}

    /** What the last call's reply carried beside "result"; null before any reply. */
    function b24_last_response(): ?array {}

    /**
     * Runs commands (id => [method, params] or id => "method?query") through the batch method, 50 at a
     * time, in order. Returns ['result' => [...], 'error' => [...], 'total' => [...], 'next' => [...], 'time' => [...]].
     */
    function b24_batch(array $commands, bool $halt = false, #[\SensitiveParameter] array|string|null $auth = null): array {}

    /**
     * Every record of a list method, in order, lazily (one batch reply of records held at a time): keyset paging
     * by ID where the method and order allow it, start offsets otherwise. $options: key, cursor, strategy.
     */
    function b24_list(string $method, array $params = [], #[\SensitiveParameter] array|string|null $auth = null, array $options = []): B24im\ListIterator {}

    /** The handler that the global functions hand renewed OAuth tokens to (the whole new auth array); null removes it. */
    function b24_on_token_refresh(?callable $handler): void {}

    /**
     * Runs many calls at once, at most $concurrency in flight: each element is [$auth, $method, $params = []],
     * $auth as b24_call() takes it or a B24im\Client. Returns the same keys in the same order, each the call's
     * "result" or the B24im\Exception it would have thrown.
     */
    function b24_call_many(#[\SensitiveParameter] array $calls, int $concurrency = 32): array {}
}

namespace B24im {
    /** Every error that b24im throws. getCode() is the HTTP status, 0 where no reply came. */
    class Exception extends \RuntimeException
    {
        protected string $error = "";
        protected string $description = "";

        /** The Bitrix24 error code, or b24im's own code for a failure before or outside the portal. */
        public function getError(): string {}

        public function getDescription(): string {}
    }

    /** The portal answered with an error. */
    class ApiException extends Exception
    {
    }

    /** The portal refused the credentials: expired or invalid token, wrong webhook, missing scope. */
    class AuthException extends ApiException
    {
    }

    /** The portal refused the call for its request rate or the method's time budget. */
    class RateLimitException extends ApiException
    {
        protected ?float $resetAt = null;

        /** When the method's time budget frees up again (Unix time), where the portal said so. */
        public function getResetAt(): ?float {}
    }

    /** No usable reply: connection, DNS, TLS, timeout, a body that is not a Bitrix24 reply. */
    class TransportException extends Exception
    {
    }

    /**
     * A connection to one portal: a webhook URL, or an application's auth array (renewed when it expires).
     * @not-serializable
     */
    class Client
    {
        /** @param array $options the settings that README.md marks as Client options, by name without "b24im." */
        public function __construct(#[\SensitiveParameter] array|string $auth, #[\SensitiveParameter] array $options = []) {}

        public function call(string $method, array $params = []): mixed {}

        public function batch(array $commands, bool $halt = false): array {}

        /** Every record of a list method, as b24_list() does, through this client. */
        public function list(string $method, array $params = [], array $options = []): ListIterator {}

        public function idleStart(int $ago = 10): bool {}

        public function idleEnd(): bool {}

        public function statusGet(): ?string {}

        public function statusSet(string $status): bool {}

        public function lastResponse(): ?array {}

        /** The current auth: the webhook URL, or the auth array with renewed tokens. */
        public function auth(): array|string {}

        public function onTokenRefresh(?callable $handler): static {}
    }

    /**
     * The records of a list method, from b24_list() or B24im\Client::list(). One pass: rewind() after next() is refused.
     * @not-serializable
     */
    final class ListIterator implements \Iterator
    {
        private function __construct() {}

        public function current(): mixed {}

        public function key(): ?int {}

        public function next(): void {}

        public function valid(): bool {}

        public function rewind(): void {}

        /** "keyset" (ID-chained pages, the table counted once) or "offset" (start-paged, each page counted). */
        public function strategy(): string {}

        /** Where the list stands after the current record (after the last one at the end): $options['cursor'] resumes there; null before any. */
        public function cursor(): ?string {}

        /** The requests the list has made so far (one the call layer retried after the portal refused it unrun counts once). */
        public function requests(): int {}
    }
}
