<?php // HTTP plumbing of the emulator: the incoming request, the reply to send (optionally stalled or truncated), REST errors, and the client connection.
declare(strict_types=1);

namespace B24Emu;

/** A REST error as the portal reports it: {"error": CODE, "error_description": text} with an HTTP status. */
final class RestError extends \Exception
{
    public function __construct(
        public readonly int $status,
        public readonly string $error,
        public readonly string $description,
        public readonly array $extra = [],
    ) {
        parent::__construct("$error: $description");
    }

    public function toArray(): array
    {
        return ['error' => $this->error, 'error_description' => $this->description] + $this->extra;
    }
}

/** One request as the emulator received it. */
final class Request
{
    /** Headers the TLS front adds; they are not part of what the client sent. */
    private const FRONT_HEADERS = ['x-forwarded-proto', 'x-b24emu-peer', 'x-b24emu-portal', 'x-b24emu-protocol', 'x-b24emu-connection'];

    /**
     * @param array<string,string> $headers lowercased name => value, as the client sent them
     */
    public function __construct(
        public readonly string $httpMethod,
        public readonly string $path,
        public readonly string $query,
        public readonly array $headers,
        public readonly string $body,
        public readonly string $scheme,
        public readonly string $peer,
        public readonly float $time,
        /** Which portal was addressed (0: the main one on 127.0.0.1; N: Fixture::portalHost(N) behind the portals' front). */
        public readonly int $portal,
        /** "HTTP/1.1" or "HTTP/2.0", as the client spoke to us (to the front, where there is one). */
        public readonly string $protocol,
        /** The client's connection: nginx's connection number behind the front, else the peer address. */
        public readonly string $connection,
        /** This request's id in the request log and the list-call log. */
        public readonly string $id,
        private readonly array $queryParams,
        private readonly array $formParams,
    ) {
    }

    public static function fromGlobals(): self
    {
        $target = $_SERVER['REQUEST_URI'] ?? '/';
        [$path, $query] = array_pad(explode('?', $target, 2), 2, '');

        $headers = [];
        foreach (getallheaders() as $name => $value) {
            $headers[strtolower($name)] = $value;
        }
        // Only our nginx front sets X-B24emu-Peer; X-Forwarded-Proto alone (from a client) does not make a request https.
        $viaFront = isset($headers['x-b24emu-peer']);
        $scheme = $viaFront && strtolower($headers['x-forwarded-proto'] ?? '') === 'https' ? 'https' : 'http';
        $peer = $viaFront ? $headers['x-b24emu-peer'] : ($_SERVER['REMOTE_ADDR'] ?? '') . ':' . ($_SERVER['REMOTE_PORT'] ?? '');
        $portal = self::portalOf($headers['x-b24emu-portal'] ?? '');
        $protocol = $viaFront && isset($headers['x-b24emu-protocol']) ? $headers['x-b24emu-protocol'] : ($_SERVER['SERVER_PROTOCOL'] ?? 'HTTP/1.1');
        $connection = $viaFront && isset($headers['x-b24emu-connection']) ? 'nginx#' . $headers['x-b24emu-connection'] : $peer;
        if ($viaFront) {
            foreach (self::FRONT_HEADERS as $name) {
                unset($headers[$name]);
            }
        }

        return new self(
            httpMethod: $_SERVER['REQUEST_METHOD'] ?? 'GET',
            path: $path,
            query: $query,
            headers: $headers,
            body: (string) file_get_contents('php://input'),
            scheme: $scheme,
            peer: $peer,
            time: (float) ($_SERVER['REQUEST_TIME_FLOAT'] ?? microtime(true)),
            portal: $portal,
            protocol: $protocol,
            connection: $connection,
            id: bin2hex(random_bytes(6)),
            queryParams: $_GET,
            formParams: $_POST,
        );
    }

    /** The front's local address (Fixture::portalHost()) or "N" (a control call) => N; anything else is the main portal, 0. */
    public static function portalOf(string $value): int
    {
        return Fixture::portalAt($value);
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    /** The path with %XX escapes decoded, for routing. */
    public function decodedPath(): string
    {
        return rawurldecode($this->path);
    }

    /** "scheme://host[:port]" as the client addressed us. */
    public function baseUrl(): string
    {
        return $this->scheme . '://' . ($this->header('host') ?? '127.0.0.1');
    }

    /**
     * Parameters as a PHP portal sees them: the query string, overlaid by the body
     * (form-urlencoded or multipart via $_POST, or a JSON object).
     *
     * @throws RestError for a JSON body that is not a JSON object or array
     */
    public function params(): array
    {
        return array_replace($this->queryParams, $this->bodyParams());
    }

    private function bodyParams(): array
    {
        $type = strtolower(trim(explode(';', $this->header('content-type') ?? '')[0]));
        if ($type !== 'application/json') {
            return $this->formParams;
        }
        if (trim($this->body) === '') {
            return [];
        }
        $decoded = json_decode($this->body, true);
        if (!is_array($decoded)) {
            throw new RestError(400, 'ERROR_ARGUMENT', 'Request body is not a JSON object');
        }
        return $decoded;
    }

    /** The record kept in the request log (see GET /_emu/requests). */
    public function logEntry(?string $restMethod): array
    {
        $entry = [
            'http_method' => $this->httpMethod,
            'path' => $this->path,
            'query' => $this->query,
            'headers' => $this->headers,
            'body' => $this->body,
            'scheme' => $this->scheme,
            'rest_method' => $restMethod,
            'peer' => $this->peer,
            'time' => $this->time,
            'id' => $this->id,
            'portal' => $this->portal,
            'protocol' => $this->protocol,
            'connection' => $this->connection,
        ];
        if (preg_match('//u', $this->body) !== 1) {
            // JSON cannot carry arbitrary bytes: hand them over base64-encoded instead.
            $entry['body'] = null;
            $entry['body_base64'] = base64_encode($this->body);
        }
        return $entry;
    }
}

/** The connection to the client of the current request. */
final class ClientConnection
{
    private const TCP_CLOSE_WAIT = '08';
    private const POLL_MS = 50;

    public function __construct(private readonly int $serverPort, private readonly int $clientPort)
    {
    }

    public static function current(): self
    {
        return new self((int) ($_SERVER['SERVER_PORT'] ?? 0), (int) ($_SERVER['REMOTE_PORT'] ?? 0));
    }

    /**
     * Waits $ms milliseconds, ending early when the client hangs up, so that a scripted
     * delay does not keep one of the few server workers busy after the client gave up.
     * Returns false if the client went away.
     */
    public function wait(int $ms): bool
    {
        $deadline = microtime(true) + $ms / 1000;
        while (($left = $deadline - microtime(true)) > 0) {
            if ($this->closedByClient()) {
                return false;
            }
            usleep((int) (min($left, self::POLL_MS / 1000) * 1e6));
        }
        return true;
    }

    /**
     * Whether the client has closed its end. PHP cannot see that without writing, so this
     * looks the socket up in /proc/net/tcp (Linux): CLOSE_WAIT or gone means the client left.
     * Where /proc is not readable the answer is always "still there".
     */
    public function closedByClient(): bool
    {
        $table = @file('/proc/net/tcp', FILE_IGNORE_NEW_LINES);
        if ($table === false || $this->serverPort === 0 || $this->clientPort === 0) {
            return false;
        }
        $local = sprintf('0100007F:%04X', $this->serverPort);
        $remote = sprintf('0100007F:%04X', $this->clientPort);
        foreach ($table as $row) {
            $cols = preg_split('/\s+/', trim($row));
            if (($cols[1] ?? '') === $local && ($cols[2] ?? '') === $remote) {
                return $cols[3] === self::TCP_CLOSE_WAIT;
            }
        }
        return true;
    }
}

/** A reply to send. Faults may stall it part-way or cut it short. */
final class Reply
{
    /** Milliseconds to pause after the first half of the body went out. */
    public int $stallMs = 0;
    /** Announce the full Content-Length but send only the first half of the body, then close. */
    public bool $truncate = false;

    /** @param array<string,string> $headers */
    public function __construct(public int $status, public array $headers = [], public string $body = '')
    {
    }

    /** A JSON reply encoded as Bitrix24 does: json_encode defaults, so non-ASCII text comes as \uXXXX. */
    public static function json(mixed $data, int $status = 200): self
    {
        $body = json_encode($data);
        if ($body === false) {
            // Bytes that are not UTF-8 (e.g. echoed back by emu.echo): substitute rather than fail.
            $body = json_encode($data, JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR);
        }
        return new self($status, ['Content-Type' => 'application/json; charset=utf-8'], (string) $body);
    }

    public static function error(int $status, string $code, string $description): self
    {
        return self::json(['error' => $code, 'error_description' => $description], $status);
    }

    public static function fromRestError(RestError $e): self
    {
        return self::json($e->toArray(), $e->status);
    }

    public function withHeader(string $name, string $value): self
    {
        foreach (array_keys($this->headers) as $existing) {
            if (strcasecmp($existing, $name) === 0) {
                unset($this->headers[$existing]);
            }
        }
        $this->headers[$name] = $value;
        return $this;
    }

    public function send(ClientConnection $client): void
    {
        http_response_code($this->status);
        header_remove('X-Powered-By');
        // Send Content-Type exactly as given: PHP would otherwise append a charset to text/*
        // types, and label a reply that has none text/html.
        ini_set('default_charset', '');
        ini_set('default_mimetype', '');
        foreach ($this->headers as $name => $value) {
            header("$name: $value");
        }

        $body = $this->body;
        $half = intdiv(strlen($body), 2);
        $declared = strlen($body);
        if ($this->truncate && $declared === 0) {
            $declared = 1; // even an empty reply can be cut short: announce a byte that never comes
        }
        // a body the fault frames itself (Transfer-Encoding) gets no Content-Length: nginx 1.23 and later
        // refuse an upstream reply that has both (a 502 from the TLS front), as RFC 9112 says they should
        if (!array_filter(array_keys($this->headers), fn($name) => strcasecmp($name, 'Transfer-Encoding') === 0)) {
            header('Content-Length: ' . $declared);
        }

        if (!$this->truncate && $this->stallMs === 0) {
            echo $body;
            return;
        }
        echo substr($body, 0, $half);
        flush();
        if ($this->stallMs > 0 && !$client->wait($this->stallMs)) {
            return;
        }
        if (!$this->truncate) {
            echo substr($body, $half);
        }
        // With truncate the script ends here and PHP's server closes the connection:
        // the client is left short of the announced Content-Length.
    }
}
