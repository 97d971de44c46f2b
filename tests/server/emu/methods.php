<?php // The REST methods the emulated portal implements (the im.user.status.* family b24im wraps, a few general ones for tests; list methods in lists.php).
declare(strict_types=1);

namespace B24Emu;

final class Methods
{
    public const STATUSES = ['online', 'dnd', 'away', 'break'];
    public const DEFAULT_STATUS = 'online';
    private const IDLE_DEFAULT_MINUTES = 10;

    /** REST method key => handler. Adding a method means adding a line here and a handler below. */
    private const TABLE = [
        'im.user.status.idle.start' => 'idleStart',
        'im.user.status.idle.end' => 'idleEnd',
        'im.user.status.get' => 'statusGet',
        'im.user.status.set' => 'statusSet',
        'server.time' => 'serverTime',
        'profile' => 'profile',
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
        return isset(self::TABLE[$method]) || Lists::handles($method);
    }

    /**
     * Runs a method for $user. The outcome holds 'result' and, for list methods, 'next' and 'total'.
     *
     * @throws RestError
     */
    public function call(string $method, array $params, int $user): array
    {
        if (Lists::handles($method)) {
            return Lists::call($this->store, $method, $params);
        }
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

    /** The parameters exactly as the server parsed them, for checking a client's encoding. */
    private function echo(array $params, int $user): array
    {
        return ['result' => $params];
    }

    /** One person of the directory (user.get), made from the ID. */
    public static function person(int $id): array
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
