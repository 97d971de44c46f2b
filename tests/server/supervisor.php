<?php // Owns one emulator's processes: starts them when server.inc asks, and stops them all and removes the state dir when told to quit or when its stdin closes (the test ended or died).
declare(strict_types=1);

namespace B24Emu;

/**
 * Usage: php -n supervisor.php STATE_DIR [SETSID_BINARY] [keep]
 * ("keep" leaves the state dir and its logs in place after quitting, for debugging.)
 *
 * Commands arrive on stdin, one JSON object a line; each gets one JSON line back on stdout:
 *   {"op":"spawn","name":"php","argv":[...],"env":{...},"log":"/path"} -> {"ok":true,"pid":N}
 *   {"op":"alive","name":"php"}                                      -> {"ok":true,"alive":bool}
 *   {"op":"stop","name":"nginx"}                                     -> {"ok":true}
 *   {"op":"quit"}                                                    -> {"ok":true} once all is gone
 * Every child runs in a session (and process group) of its own, so that stopping it also stops
 * whatever it forked (PHP's server workers outlive their parent otherwise).
 */
final class Supervisor
{
    private const TERM_GRACE_SECONDS = 3.0;
    private const KILL_GRACE_SECONDS = 2.0;

    /** @var array<string, array{proc: resource, pid: int}> */
    private array $children = [];

    public function __construct(private readonly string $stateDir, private readonly ?string $setsid, private readonly bool $keepStateDir)
    {
    }

    public function run(): void
    {
        while (($line = fgets(STDIN)) !== false) {
            $command = json_decode($line, true);
            if (($command['op'] ?? null) === 'quit') {
                break;
            }
            try {
                $reply = is_array($command) ? $this->execute($command) : self::failure('not a JSON command');
            } catch (\Throwable $e) {
                $reply = self::failure($e->getMessage());
            }
            self::answer($reply);
        }
        foreach (array_reverse(array_keys($this->children)) as $name) {
            $this->stop($name);
        }
        if (!$this->keepStateDir) {
            self::removeTree($this->stateDir);
        }
        self::answer(['ok' => true]);
    }

    private function execute(array $command): array
    {
        $name = (string) ($command['name'] ?? '');
        switch ($command['op'] ?? '') {
            case 'spawn':
                return ['ok' => true, 'pid' => $this->spawn($name, $command['argv'], $command['env'] ?? [], $command['log'])];
            case 'alive':
                return ['ok' => true, 'alive' => isset($this->children[$name]) && proc_get_status($this->children[$name]['proc'])['running']];
            case 'stop':
                $this->stop($name);
                return ['ok' => true];
            default:
                return self::failure('unknown op');
        }
    }

    private function spawn(string $name, array $argv, array $env, string $log): int
    {
        if (isset($this->children[$name])) {
            $this->stop($name);
        }
        if ($this->setsid !== null) {
            array_unshift($argv, $this->setsid);
        }
        $io = [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']];
        $proc = proc_open($argv, $io, $pipes, $this->stateDir, $env + getenv());
        if ($proc === false) {
            throw new \RuntimeException("cannot start $name");
        }
        // setsid execs in place (its caller, a child of ours, leads no group), so pid == pgid.
        $pid = proc_get_status($proc)['pid'];
        $this->children[$name] = ['proc' => $proc, 'pid' => $pid];
        return $pid;
    }

    /** SIGTERM to the child's process group, then SIGKILL to whatever is left after a grace period. */
    private function stop(string $name): void
    {
        $child = $this->children[$name] ?? null;
        if ($child === null) {
            return;
        }
        unset($this->children[$name]);
        foreach (['TERM' => self::TERM_GRACE_SECONDS, 'KILL' => self::KILL_GRACE_SECONDS] as $signal => $grace) {
            $this->signal($child, $signal);
            $deadline = microtime(true) + $grace;
            while (microtime(true) < $deadline) {
                $leaderRunning = proc_get_status($child['proc'])['running']; // also reaps the leader
                if (!$leaderRunning && !$this->groupHasLiveMembers($child['pid'])) {
                    break 2;
                }
                usleep(20_000);
            }
        }
        proc_close($child['proc']);
    }

    private function signal(array $child, string $signal): void
    {
        if ($this->setsid === null) {
            proc_terminate($child['proc'], $signal === 'KILL' ? 9 : 15);
            return;
        }
        // The shell's kill builtin takes a negative pid as "the whole process group".
        $kill = proc_open(['/bin/sh', '-c', "kill -$signal -{$child['pid']} 2>/dev/null"], [], $pipes);
        if ($kill !== false) {
            proc_close($kill);
        }
    }

    /** Whether any process of group $pgid is still alive (zombies do not count), per /proc. */
    private function groupHasLiveMembers(int $pgid): bool
    {
        if ($this->setsid === null || !is_dir('/proc/self')) {
            return false;
        }
        foreach (glob('/proc/[0-9]*/stat') ?: [] as $statFile) {
            $stat = @file_get_contents($statFile);
            if ($stat === false) {
                continue;
            }
            // "pid (comm) state ppid pgrp ..." where comm may hold spaces and parentheses.
            $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
            if ((int) ($fields[2] ?? 0) === $pgid && !in_array($fields[0], ['Z', 'X'], true)) {
                return true;
            }
        }
        return false;
    }

    private static function removeTree(string $dir): void
    {
        if (!is_dir($dir)) {
            return;
        }
        $entries = new \RecursiveIteratorIterator(
            new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS),
            \RecursiveIteratorIterator::CHILD_FIRST,
        );
        foreach ($entries as $entry) {
            $entry->isDir() && !$entry->isLink() ? @rmdir($entry->getPathname()) : @unlink($entry->getPathname());
        }
        @rmdir($dir);
    }

    private static function failure(string $error): array
    {
        return ['ok' => false, 'error' => $error];
    }

    private static function answer(array $reply): void
    {
        @fwrite(STDOUT, json_encode($reply) . "\n");
    }
}

if ($argc < 2 || !is_dir($argv[1])) {
    fwrite(STDERR, "usage: php supervisor.php STATE_DIR [SETSID_BINARY] [keep]\n");
    exit(2);
}
(new Supervisor($argv[1], ($argv[2] ?? '') !== '' ? $argv[2] : null, ($argv[3] ?? '') === 'keep'))->run();
