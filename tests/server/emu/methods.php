<?php // The REST methods the emulated portal implements (the im.user.status.* family b24im wraps, plus a few general ones for tests).
declare(strict_types=1);

namespace B24Emu;

final class Methods
{
    public const STATUSES = ['online', 'dnd', 'away', 'break'];
    public const DEFAULT_STATUS = 'online';
    public const PAGE_SIZE = 50;
    private const DIRECTORY_SIZE = 120;
    private const IDLE_DEFAULT_MINUTES = 10;

    /** REST method key => handler. Adding a method means adding a line here and a handler below. */
    private const TABLE = [
        'im.user.status.idle.start' => 'idleStart',
        'im.user.status.idle.end' => 'idleEnd',
        'im.user.status.get' => 'statusGet',
        'im.user.status.set' => 'statusSet',
        'server.time' => 'serverTime',
        'profile' => 'profile',
        'user.get' => 'userGet',
        'emu.echo' => 'echo',
    ];

    /** First name, last name, gender; mixed scripts so replies carry \uXXXX escapes. */
    private const PEOPLE = [
        ['Иван', 'Петров', 'M'],
        ['Anna', 'Schmidt', 'F'],
        ['Мария', 'Иванова', 'F'],
        ['John', 'Smith', 'M'],
        ['Ольга', 'Кузнецова', 'F'],
        ['Jürgen', 'Müller', 'M'],
        ['Дмитрий', 'Соколов', 'M'],
        ['Zoë', 'García', 'F'],
        ['Елена', 'Попова', 'F'],
        ['Paolo', 'Rossi', 'M'],
    ];

    public function __construct(private readonly Store $store)
    {
    }

    /** A method name as dispatch and faults compare it: case-insensitive, ".json" suffix optional. */
    public static function key(string $name): string
    {
        return (string) preg_replace('/\.json$/', '', strtolower(trim($name)));
    }

    public function has(string $method): bool
    {
        return isset(self::TABLE[$method]);
    }

    /**
     * Runs a method for $user. The outcome holds 'result' and, for list methods, 'next' and 'total'.
     *
     * @throws RestError
     */
    public function call(string $method, array $params, int $user): array
    {
        $handler = self::TABLE[$method] ?? throw new RestError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!');
        return $this->$handler($params, $user);
    }

    private function idleStart(array $params, int $user): array
    {
        $params = array_change_key_case($params, CASE_UPPER);
        $ago = isset($params['AGO']) && is_scalar($params['AGO']) ? (int) $params['AGO'] : self::IDLE_DEFAULT_MINUTES;
        $ago = max(1, $ago);
        $this->updateUser($user, fn (array $u) => ['idle_since' => time() - $ago * 60, 'idle_ago' => $ago] + $u);
        return ['result' => true];
    }

    private function idleEnd(array $params, int $user): array
    {
        $this->updateUser($user, fn (array $u) => ['idle_since' => null, 'idle_ago' => null] + $u);
        return ['result' => true];
    }

    private function statusGet(array $params, int $user): array
    {
        $record = $this->store->read()['users'][$user] ?? [];
        $status = array_key_exists('status', $record) ? $record['status'] : self::DEFAULT_STATUS;
        return ['result' => $status ?? false];
    }

    private function statusSet(array $params, int $user): array
    {
        $status = array_change_key_case($params, CASE_UPPER)['STATUS'] ?? null;
        if (!in_array($status, self::STATUSES, true)) {
            throw new RestError(400, 'STATUS_ERROR', 'Status is not available');
        }
        $this->updateUser($user, fn (array $u) => ['status' => $status] + $u);
        return ['result' => true];
    }

    private function serverTime(array $params, int $user): array
    {
        return ['result' => date('c')];
    }

    private function profile(array $params, int $user): array
    {
        $person = self::person($user);
        return ['result' => [
            'ID' => $person['ID'],
            'ADMIN' => $user === 1,
            'NAME' => $person['NAME'],
            'LAST_NAME' => $person['LAST_NAME'],
            'PERSONAL_GENDER' => $person['PERSONAL_GENDER'],
            'TIME_ZONE' => '',
        ]];
    }

    /** A list method: pages of 50 selected by 'start', with 'next' while more remain, and 'total'. */
    private function userGet(array $params, int $user): array
    {
        $start = isset($params['start']) && is_scalar($params['start']) ? max(0, (int) $params['start']) : 0;
        $page = [];
        for ($id = $start + 1; $id <= min($start + self::PAGE_SIZE, self::DIRECTORY_SIZE); $id++) {
            $page[] = self::person($id);
        }
        $outcome = ['result' => $page];
        if ($start + self::PAGE_SIZE < self::DIRECTORY_SIZE) {
            $outcome['next'] = $start + self::PAGE_SIZE;
        }
        $outcome['total'] = self::DIRECTORY_SIZE;
        return $outcome;
    }

    /** The parameters exactly as the server parsed them, for checking a client's encoding. */
    private function echo(array $params, int $user): array
    {
        return ['result' => $params];
    }

    private static function person(int $id): array
    {
        [$name, $lastName, $gender] = self::PEOPLE[($id - 1) % count(self::PEOPLE)];
        return [
            'ID' => (string) $id,
            'ACTIVE' => true,
            'NAME' => $name,
            'LAST_NAME' => $lastName,
            'EMAIL' => "user$id@emu.test",
            'PERSONAL_GENDER' => $gender,
            'TIME_ZONE' => '',
        ];
    }

    private function updateUser(int $user, callable $change): void
    {
        $this->store->update(function (array &$state) use ($user, $change) {
            $state['users'][$user] = $change($state['users'][$user] ?? []);
        });
    }
}
