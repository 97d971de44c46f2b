<?php // Emulator state shared by the server's workers: a JSON document plus an append-only request log in the state dir, guarded by flock.
declare(strict_types=1);

namespace B24Emu;

final class Store
{
    private const STATE = 'state.json';
    private const LOG = 'requests.jsonl';
    private const LOCK = 'state.lock';
    private const CONFIG = 'config.json';
    private const CALLS = 'calls.jsonl';

    private ?array $config = null;

    public function __construct(private readonly string $dir)
    {
    }

    /**
     * The store named by B24EMU_STATE, which server.inc sets for the server process: the main portal's, or
     * portal N's (its own state, log and tables under portals/N, made by server.inc at start).
     */
    public static function fromEnvironment(int $portal = 0): self
    {
        $dir = getenv('B24EMU_STATE');
        if (!is_string($dir) || $dir === '' || !is_dir($dir)) {
            throw new \RuntimeException('B24EMU_STATE does not name the emulator state dir');
        }
        if ($portal > 0) {
            $dir .= "/portals/$portal";
            if (!is_dir($dir)) {
                throw new \RuntimeException("the emulator has no portal $portal");
            }
        }
        return new self($dir);
    }

    /** Start-up options written once by server.inc (e.g. 'onprem'); not touched by reset. */
    public function config(): array
    {
        if ($this->config === null) {
            $text = @file_get_contents($this->path(self::CONFIG));
            $this->config = is_string($text) ? (json_decode($text, true) ?: []) : [];
        }
        return $this->config;
    }

    /** Which portal this store holds (config.json's "portal"; 0 for the main one). */
    public function portal(): int
    {
        return (int) ($this->config()['portal'] ?? 0);
    }

    /**
     * Runs $change(array &$state) holding the exclusive lock and saves the state afterwards.
     * Returns what $change returns. appendLog() may be called from inside $change.
     */
    public function update(callable $change): mixed
    {
        return $this->locked(LOCK_EX, function () use ($change) {
            $state = $this->load();
            $result = $change($state);
            $this->save($state);
            return $result;
        });
    }

    /** A consistent snapshot of the state. */
    public function read(): array
    {
        return $this->locked(LOCK_SH, fn () => $this->load());
    }

    /** Appends one request record; call it inside update() so records keep the order requests were seen in. */
    public function appendLog(array $entry): void
    {
        // Bodies that are not UTF-8 come base64-encoded (see Request::logEntry); stray bytes elsewhere are substituted.
        $line = json_encode($entry, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) . "\n";
        file_put_contents($this->path(self::LOG), $line, FILE_APPEND);
    }

    /** Appends one list call's record (request id, batch command id, method, whether it counted the table). */
    public function appendCall(array $entry): void
    {
        file_put_contents($this->path(self::CALLS), json_encode($entry, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES) . "\n", FILE_APPEND | LOCK_EX);
    }

    /** Every list call since start or reset, oldest first. */
    public function readCalls(): array
    {
        $lines = @file($this->path(self::CALLS), FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [];
        return array_map(fn (string $line) => json_decode($line, true, 512, JSON_THROW_ON_ERROR), $lines);
    }

    /** Every request record since start or reset, oldest first. */
    public function readLog(): array
    {
        return $this->locked(LOCK_SH, function () {
            $lines = @file($this->path(self::LOG), FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [];
            return array_map(fn (string $line) => json_decode($line, true, 512, JSON_THROW_ON_ERROR), $lines);
        });
    }

    /** Back to the start-up state: no requests logged, no faults, default users and tokens. */
    public function reset(): void
    {
        $this->locked(LOCK_EX, function () {
            $this->save(Fixture::initialState($this->portal()));
            file_put_contents($this->path(self::LOG), '');
            file_put_contents($this->path(self::CALLS), '');
        });
    }

    private function locked(int $mode, callable $body): mixed
    {
        $lock = fopen($this->path(self::LOCK), 'c');
        if ($lock === false || !flock($lock, $mode)) {
            throw new \RuntimeException('cannot lock the emulator state');
        }
        try {
            return $body();
        } finally {
            flock($lock, LOCK_UN);
            fclose($lock);
        }
    }

    private function load(): array
    {
        $text = @file_get_contents($this->path(self::STATE));
        if (!is_string($text) || $text === '') {
            return Fixture::initialState($this->portal());
        }
        return json_decode($text, true, 512, JSON_THROW_ON_ERROR);
    }

    private function save(array $state): void
    {
        // Write then rename, so a reader never sees half a document even if a worker dies mid-write.
        $tmp = $this->path(self::STATE . '.' . getmypid() . '.tmp');
        file_put_contents($tmp, json_encode($state, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION));
        rename($tmp, $this->path(self::STATE));
    }

    private function path(string $name): string
    {
        return $this->dir . '/' . $name;
    }
}
