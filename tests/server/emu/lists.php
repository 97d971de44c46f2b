<?php // The emulated portal's list methods: generated tables of records (ID ranges), paging with start/next/total and start=-1, order, filter, select, and what counting the table costs.
declare(strict_types=1);

namespace B24Emu;

/**
 * A table is a sorted list of ID ranges [[from, to], ...] (records are generated from their ID), so a million
 * records cost a few bytes of state, and inserting or deleting records between requests is cheap.
 * What a page costs follows settings/performance/huge-data.md: a page with start >= 0 also counts the rows that
 * match (a time proportional to the table's size), one with start = -1 does not (and says total 0, no next).
 */
final class Lists
{
    public const PAGE = 50;

    /**
     * REST method => [table, where the records sit in "result" (null: result is the list), record style].
     * Styles: 'crm' (UPPER keys, string values), 'item' (crm.item.list: camelCase keys, lowercase "id" in
     * filter/order/select too, numbers), 'task' (tasks.task.list: UPPER in filter/order/select, camelCase out),
     * 'user' (user.get: sort/order params, the directory's people).
     */
    public const METHODS = [
        'crm.deal.list' => ['crm.deal', null, 'crm'],
        'crm.lead.list' => ['crm.lead', null, 'crm'],
        'crm.contact.list' => ['crm.contact', null, 'crm'],
        'crm.company.list' => ['crm.company', null, 'crm'],
        'crm.item.list' => ['crm.item', 'items', 'item'],
        'tasks.task.list' => ['tasks.task', 'tasks', 'task'],
        'user.get' => ['user', null, 'user'],
    ];

    /** Rows each table has at start-up (user.get's directory has always had 120 people). */
    private const INITIAL_ROWS = ['user' => 120];

    /** Costs, settable by POST /_emu/costs: microseconds per table row for a page that counts, milliseconds otherwise. */
    public const COSTS = ['count_row_us' => 0.0, 'count_ms' => 0.0, 'page_ms' => 0.0];

    /** Field names: request name (filter, order, select) => name in the record, per style; the first is the ID. */
    private const FIELDS = [
        'crm' => ['ID' => 'ID', 'TITLE' => 'TITLE', 'STAGE_ID' => 'STAGE_ID', 'OPPORTUNITY' => 'OPPORTUNITY',
            'ASSIGNED_BY_ID' => 'ASSIGNED_BY_ID', 'DATE_CREATE' => 'DATE_CREATE'],
        'item' => ['id' => 'id', 'title' => 'title', 'stageId' => 'stageId', 'opportunity' => 'opportunity',
            'assignedById' => 'assignedById', 'createdTime' => 'createdTime'],
        'task' => ['ID' => 'id', 'TITLE' => 'title', 'STATUS' => 'status', 'RESPONSIBLE_ID' => 'responsibleId',
            'CREATED_DATE' => 'createdDate'],
        'user' => ['ID' => 'ID', 'ACTIVE' => 'ACTIVE', 'NAME' => 'NAME', 'LAST_NAME' => 'LAST_NAME', 'EMAIL' => 'EMAIL',
            'PERSONAL_GENDER' => 'PERSONAL_GENDER', 'TIME_ZONE' => 'TIME_ZONE'],
    ];
    private const STAGES = ['NEW', 'PREPARATION', 'EXECUTING', 'WON', 'LOSE'];
    private const EPOCH = 1700000000;

    public static function initialTables(): array
    {
        $tables = [];
        foreach (self::METHODS as [$table]) {
            $rows = self::INITIAL_ROWS[$table] ?? 0;
            $tables[$table] = ['ranges' => $rows > 0 ? [[1, $rows]] : [], 'calls' => 0, 'scheduled' => []];
        }
        return $tables;
    }

    public static function handles(string $method): bool
    {
        return isset(self::METHODS[$method]);
    }

    /**
     * Runs one list call. Returns the outcome (result, next, total) and, under 'counted', whether this page
     * counted the table (for the request log).
     *
     * @throws RestError
     */
    public static function call(Store $store, string $method, array $params): array
    {
        [$table, $key, $style] = self::METHODS[$method];
        $query = self::query($style, $params) + ['table' => $table];
        if ($style === 'item' && !isset(array_change_key_case($params)['entitytypeid'])) {
            throw new RestError(400, 'NOT_FOUND', 'Smart process not found');
        }
        [$page, $total, $rows, $costs] = $store->update(function (array &$state) use ($table, $query): array {
            $t = &$state['tables'][$table];
            $t['calls']++;
            $found = self::select($t['ranges'], $query);
            // changes a test scheduled "after call k" land between this call and the next (also inside one batch)
            foreach ($t['scheduled'] as $i => $change) {
                if ($change['after'] <= $t['calls']) {
                    $t['top'] = max($t['top'] ?? 0, $t['ranges'] ? end($t['ranges'])[1] : 0);
                    if (isset($change['insert'])) {
                        $change['top'] = $t['top'];
                        $t['top'] += $change['insert'];
                    }
                    $t['ranges'] = self::change($t['ranges'], $change);
                    unset($t['scheduled'][$i]);
                }
            }
            $t['scheduled'] = array_values($t['scheduled']);
            return [...$found, self::size($t['ranges']), $state['costs'] ?? self::COSTS];
        });
        $counted = $query['start'] >= 0;
        $wait = $counted ? $rows * $costs['count_row_us'] + $costs['count_ms'] * 1000 : $costs['page_ms'] * 1000;
        if ($wait >= 1) {
            usleep((int) $wait);
        }

        $records = array_map(fn (int $id) => self::project(self::record($style, $table, $id), $style, $query['select']), $page);
        $outcome = ['result' => $key === null ? $records : [$key => $records]];
        if ($counted) {
            if ($query['start'] + self::PAGE < $total) {
                $outcome['next'] = $query['start'] + self::PAGE;
            }
            $outcome['total'] = $total;
        } else {
            $outcome['total'] = 0; // as the docs show for start=-1: no count, no next
        }
        return $outcome + ['counted' => $counted];
    }

    /** Applies a change to a table's ranges: ['insert' => n] (new IDs above the highest ever), ['delete' => [from, to]]. */
    public static function change(array $ranges, array $change): array
    {
        if (isset($change['rows'])) {
            return $change['rows'] > 0 ? [[1, (int) $change['rows']]] : [];
        }
        if (isset($change['insert'])) {
            $top = (int) ($change['top'] ?? ($ranges ? end($ranges)[1] : 0));
            $n = (int) $change['insert'];
            if ($n > 0) {
                if ($ranges && end($ranges)[1] === $top) {
                    $ranges[count($ranges) - 1][1] = $top + $n;
                } else {
                    $ranges[] = [$top + 1, $top + $n];
                }
            }
            return $ranges;
        }
        [$from, $to] = $change['delete'];
        $kept = [];
        foreach ($ranges as [$a, $b]) {
            if ($b < $from || $a > $to) {
                $kept[] = [$a, $b];
                continue;
            }
            if ($a < $from) {
                $kept[] = [$a, $from - 1];
            }
            if ($b > $to) {
                $kept[] = [$to + 1, $b];
            }
        }
        return $kept;
    }

    public static function size(array $ranges): int
    {
        $n = 0;
        foreach ($ranges as [$a, $b]) {
            $n += $b - $a + 1;
        }
        return $n;
    }

    /**
     * Reads start, order, filter and select as the portal does (keys of order/filter/select case-insensitive for
     * the crm and task styles; user.get takes sort and order).
     *
     * @throws RestError
     */
    private static function query(string $style, array $params): array
    {
        $params = array_change_key_case($params);
        $start = $params['start'] ?? 0;
        if (!is_scalar($start) || !is_numeric($start)) {
            $start = 0;
        }
        $start = (int) $start;
        // the portal pages by 50: a start in between counts from the page it falls into
        $start = $start < 0 ? -1 : intdiv($start, self::PAGE) * self::PAGE;

        $fields = self::FIELDS[$style];
        $idName = array_key_first($fields);
        $order = [];
        if ($style === 'user') {
            $sort = $params['sort'] ?? null;
            if (is_string($sort) && $sort !== '') {
                $order[$sort] = is_string($params['order'] ?? null) ? $params['order'] : 'ASC';
            }
        } elseif (isset($params['order']) && is_array($params['order'])) {
            $order = $params['order'];
        }
        $orderBy = [];
        foreach ($order as $name => $direction) {
            $field = self::field($fields, (string) $name) ?? throw self::unknown($style, 'order', (string) $name);
            $orderBy[] = [$field, strtoupper((string) $direction) === 'DESC' ? -1 : 1];
        }
        if (!$orderBy) {
            $orderBy = [[$fields[$idName], 1]];
        }

        $filter = $params['filter'] ?? [];
        $bounds = ['lo' => 1, 'hi' => PHP_INT_MAX, 'in' => null, 'not' => [], 'other' => []];
        if (!is_array($filter)) {
            $filter = [];
        }
        foreach ($filter as $name => $value) {
            // the prefixes the list-method pages document (@ = IN, !@ = NOT IN); LIKE (%) is not emulated
            if (!preg_match('/^(>=|<=|!=|!@|>|<|=|!|@)?(.+)$/', (string) $name, $m)) {
                continue;
            }
            $op = $m[1] ?: '=';
            $field = self::field($fields, $m[2]);
            if ($field === null) {
                throw self::unknown($style, 'filter', $m[2]);
            }
            if ($field !== $fields[$idName]) {
                $bounds['other'][] = [$field, $op, $value];
                continue;
            }
            // as the portal's ORM casts: what is not a number compares as 0
            $ids = array_map(fn ($v) => is_scalar($v) && is_numeric($v) ? (int) $v : 0, is_array($value) ? $value : [$value]);
            $id = $ids[0] ?? 0;
            match ($op) {
                '>' => $bounds['lo'] = max($bounds['lo'], $id + 1),
                '>=' => $bounds['lo'] = max($bounds['lo'], $id),
                '<' => $bounds['hi'] = min($bounds['hi'], $id - 1),
                '<=' => $bounds['hi'] = min($bounds['hi'], $id),
                '=', '@' => $bounds['in'] = $bounds['in'] === null ? $ids : array_values(array_intersect($bounds['in'], $ids)),
                '!', '!=', '!@' => $bounds['not'] = [...$bounds['not'], ...$ids],
            };
        }

        $select = null;
        if (isset($params['select']) && is_array($params['select']) && $params['select'] && !in_array('*', $params['select'], true)) {
            $select = [];
            foreach ($params['select'] as $name) {
                $field = self::field($fields, (string) $name);
                if ($field !== null) {
                    $select[] = $field;
                }
            }
        }
        $fast = count($orderBy) === 1 && $orderBy[0][0] === $fields[$idName] && !$bounds['other'];
        return ['start' => $start, 'order' => $orderBy, 'bounds' => $bounds, 'select' => $select, 'fast' => $fast,
            'id' => $fields[$idName], 'style' => $style];
    }

    /** An unknown field in filter or order: crm.item.list's documented INVALID_ARG_VALUE, ERROR_ARGUMENT elsewhere. */
    private static function unknown(string $style, string $where, string $name): RestError
    {
        return $style === 'item'
            ? new RestError(400, 'INVALID_ARG_VALUE', "Invalid $where: field '$name' is not allowed in $where")
            : new RestError(400, 'ERROR_ARGUMENT', 'Unknown ' . $where . " field $name");
    }

    /** Whether a record's value passes one filter condition on a field other than the ID (numbers compare as numbers). */
    private static function passes(mixed $have, string $op, mixed $want): bool
    {
        $have = (string) $have;
        $values = array_map(fn ($v) => is_scalar($v) ? (string) $v : '', is_array($want) ? array_values($want) : [$want]);
        if (in_array($op, ['=', '@', '!', '!=', '!@'], true)) {
            return in_array($have, $values, true) === in_array($op, ['=', '@'], true);
        }
        $other = $values[0] ?? '';
        $c = is_numeric($have) && is_numeric($other) ? (float) $have <=> (float) $other : strcmp($have, $other);
        return match ($op) { '>' => $c > 0, '>=' => $c >= 0, '<' => $c < 0, '<=' => $c <= 0 };
    }

    /** The record key for a request field name, or null; matched case-insensitively except in the item style. */
    private static function field(array $fields, string $name): ?string
    {
        foreach ($fields as $request => $record) {
            if ($request === $name || strcasecmp($request, $name) === 0) {
                return $record;
            }
        }
        return null;
    }

    /**
     * The IDs of one page and the number of rows that match (counted only where start >= 0; 0 otherwise).
     *
     * @return array{0: int[], 1: int}
     */
    private static function select(array $ranges, array $query): array
    {
        $b = $query['bounds'];
        $clipped = [];
        foreach ($ranges as [$a, $z]) {
            $a = max($a, $b['lo']);
            $z = min($z, $b['hi']);
            if ($a <= $z) {
                $clipped[] = [$a, $z];
            }
        }
        $offset = max(0, $query['start']);
        if (!$query['fast'] || $b['in'] !== null || $b['not']) {
            // the slow way, for other orders and filters: every matching record, sorted
            $ids = [];
            foreach ($clipped as [$a, $z]) {
                for ($id = $a; $id <= $z; $id++) {
                    if (($b['in'] === null || in_array($id, $b['in'], true)) && !in_array($id, $b['not'], true)) {
                        $ids[] = $id;
                    }
                }
            }
            if ($b['other'] || !$query['fast']) {
                $records = [];
                foreach ($ids as $id) {
                    $record = self::record($query['style'], $query['table'], $id);
                    foreach ($b['other'] as [$field, $op, $value]) {
                        if (!self::passes($record[$field] ?? '', $op, $value)) {
                            continue 2;
                        }
                    }
                    $records[$id] = $record;
                }
                uasort($records, function (array $x, array $y) use ($query): int {
                    foreach ($query['order'] as [$field, $direction]) {
                        $c = is_numeric($x[$field]) && is_numeric($y[$field]) ? $x[$field] <=> $y[$field] : strcmp((string) $x[$field], (string) $y[$field]);
                        if ($c !== 0) {
                            return $c * $direction;
                        }
                    }
                    return 0;
                });
                $ids = array_keys($records);
            } elseif ($query['order'][0][1] < 0) {
                $ids = array_reverse($ids);
            }
            return [array_slice($ids, $offset, self::PAGE), $query['start'] >= 0 ? count($ids) : 0];
        }

        $total = self::size($clipped);
        if ($query['order'][0][1] < 0) {
            $clipped = array_map(fn (array $r) => [$r[1], $r[0]], array_reverse($clipped));
        }
        $page = [];
        foreach ($clipped as [$a, $z]) {
            $step = $a <= $z ? 1 : -1;
            $len = abs($z - $a) + 1;
            if ($offset >= $len) {
                $offset -= $len;
                continue;
            }
            for ($id = $a + $step * $offset; count($page) < self::PAGE && ($step > 0 ? $id <= $z : $id >= $z); $id += $step) {
                $page[] = $id;
            }
            $offset = 0;
            if (count($page) === self::PAGE) {
                break;
            }
        }
        return [$page, $query['start'] >= 0 ? $total : 0];
    }

    /** A record of $style, made from its ID alone, so that the same ID always reads the same. */
    private static function record(string $style, string $table, int $id): array
    {
        $stage = self::STAGES[$id % count(self::STAGES)];
        $created = gmdate('Y-m-d\TH:i:sP', self::EPOCH + $id * 60);
        $label = ucfirst(substr($table, strrpos($table, '.') === false ? 0 : strrpos($table, '.') + 1)) ?: 'Record';
        return match ($style) {
            'crm' => ['ID' => (string) $id, 'TITLE' => "$label $id", 'STAGE_ID' => $stage,
                'OPPORTUNITY' => sprintf('%d.00', ($id * 37) % 10000), 'ASSIGNED_BY_ID' => (string) (1 + $id % 5),
                'DATE_CREATE' => $created],
            'item' => ['id' => $id, 'title' => "Item $id", 'stageId' => "DT183_1:$stage", 'opportunity' => (float) (($id * 37) % 10000),
                'assignedById' => 1 + $id % 5, 'createdTime' => $created],
            'task' => ['id' => (string) $id, 'title' => "Task $id", 'status' => (string) (2 + $id % 4),
                'responsibleId' => (string) (1 + $id % 5), 'createdDate' => $created],
            'user' => Methods::person($id),
        };
    }

    private static function project(array $record, string $style, ?array $select): array
    {
        return $select === null ? $record : array_intersect_key($record, array_flip($select));
    }
}
