--TEST--
b24_list() / Client::list(): a bad option, a wrong type, "start" in $params or a keyset strategy the order forbids is a ValueError/TypeError naming it, before any request
--EXTENSIONS--
b24im
--FILE--
<?php
$hook = 'https://portal.example/rest/1/wh0Secret7code/';
$client = new B24im\Client($hook);
$cases = [
    'unknown option' => ['crm.deal.list', [], ['limit' => 10]],
    'integer option key' => ['crm.deal.list', [], [5 => 'x']],
    'key not a string' => ['crm.deal.list', [], ['key' => 1]],
    'key empty' => ['crm.deal.list', [], ['key' => '']],
    'cursor not a string' => ['crm.deal.list', [], ['cursor' => []]],
    'cursor garbage' => ['crm.deal.list', [], ['cursor' => 'k12']],
    'strategy unknown' => ['crm.deal.list', [], ['strategy' => 'fast']],
    'strategy not a string' => ['crm.deal.list', [], ['strategy' => true]],
    'start in params' => ['crm.deal.list', ['start' => 50], []],
    'START in params' => ['crm.deal.list', ['START' => 50], []],
    'keyset, order by title' => ['crm.deal.list', ['order' => ['TITLE' => 'ASC']], ['strategy' => 'keyset']],
    'keyset, order by ID desc' => ['crm.deal.list', ['order' => ['ID' => 'DESC']], ['strategy' => 'keyset']],
    'keyset, filter a string' => ['crm.deal.list', ['filter' => 'x'], ['strategy' => 'keyset']],
    'bad method' => ['crm.deal.list/../x', [], []],
];
foreach ($cases as $what => [$method, $params, $options]) {
    foreach (['b24_list' => fn () => b24_list($method, $params, $hook, $options),
              'Client::list' => fn () => $client->list($method, $params, $options)] as $how => $fn) {
        try {
            $it = $fn();
            printf("%s, %s: allowed (%s)\n", $what, $how, $it->strategy());
        } catch (Throwable $e) {
            printf("%s, %s: %s: %s\n", $what, $how, get_class($e), $e->getMessage());
        }
    }
}
echo "-- allowed: null options, the strategy named, the order spelt in any case\n";
foreach ([
    ['crm.deal.list', [], ['key' => null, 'cursor' => null, 'strategy' => null]],
    ['crm.deal.list', ['ORDER' => ['id' => 'asc']], []],
    ['crm.deal.list', ['order' => ['TITLE' => 'ASC']], []],
    ['crm.deal.list', [], ['strategy' => 'offset']],
    ['CRM.Deal.List.json', ['filter' => ['>OPPORTUNITY' => 5]], []],
    ['crm.item.list', ['entityTypeId' => 2, 'order' => ['id' => 'ASC']], []],
    ['tasks.task.list', [], []],
    ['user.get', ['sort' => 'ID', 'order' => 'asc'], []],
    ['user.get', ['sort' => 'NAME'], []],
    ['some.unknown.list', [], []],
    ['some.unknown.list', [], ['strategy' => 'keyset']],
] as [$method, $params, $options]) {
    printf("%s %s: %s\n", $method, json_encode($params), b24_list($method, $params, $hook, $options)->strategy());
}
?>
--EXPECT--
unknown option, b24_list: ValueError: b24_list(): Argument #4 ($options) holds an unknown option "limit" (options: key, cursor, strategy)
unknown option, Client::list: ValueError: B24im\Client::list(): Argument #3 ($options) holds an unknown option "limit" (options: key, cursor, strategy)
integer option key, b24_list: ValueError: b24_list(): Argument #4 ($options) holds an unknown option 5 (options: key, cursor, strategy)
integer option key, Client::list: ValueError: B24im\Client::list(): Argument #3 ($options) holds an unknown option 5 (options: key, cursor, strategy)
key not a string, b24_list: TypeError: b24_list(): Argument #4 ($options) ["key"] must be of type ?string, int given
key not a string, Client::list: TypeError: B24im\Client::list(): Argument #3 ($options) ["key"] must be of type ?string, int given
key empty, b24_list: ValueError: b24_list(): Argument #4 ($options) ["key"] must not be empty
key empty, Client::list: ValueError: B24im\Client::list(): Argument #3 ($options) ["key"] must not be empty
cursor not a string, b24_list: TypeError: b24_list(): Argument #4 ($options) ["cursor"] must be of type ?string, array given
cursor not a string, Client::list: TypeError: B24im\Client::list(): Argument #3 ($options) ["cursor"] must be of type ?string, array given
cursor garbage, b24_list: ValueError: b24_list(): Argument #4 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
cursor garbage, Client::list: ValueError: B24im\Client::list(): Argument #3 ($options) ["cursor"] is not a cursor of this list: it comes from another method, portal, filter, order, select or key, or was altered
strategy unknown, b24_list: ValueError: b24_list(): Argument #4 ($options) ["strategy"] must be "keyset", "offset" or null
strategy unknown, Client::list: ValueError: B24im\Client::list(): Argument #3 ($options) ["strategy"] must be "keyset", "offset" or null
strategy not a string, b24_list: TypeError: b24_list(): Argument #4 ($options) ["strategy"] must be of type ?string, bool given
strategy not a string, Client::list: TypeError: B24im\Client::list(): Argument #3 ($options) ["strategy"] must be of type ?string, bool given
start in params, b24_list: ValueError: b24_list(): Argument #2 ($params) must not hold "start": the list pages itself (resume with $options['cursor'])
start in params, Client::list: ValueError: B24im\Client::list(): Argument #2 ($params) must not hold "start": the list pages itself (resume with $options['cursor'])
START in params, b24_list: ValueError: b24_list(): Argument #2 ($params) must not hold "start": the list pages itself (resume with $options['cursor'])
START in params, Client::list: ValueError: B24im\Client::list(): Argument #2 ($params) must not hold "start": the list pages itself (resume with $options['cursor'])
keyset, order by title, b24_list: ValueError: b24_list(): Argument #4 ($options) ["strategy"] is "keyset", but $params orders by something else than ID ascending
keyset, order by title, Client::list: ValueError: B24im\Client::list(): Argument #3 ($options) ["strategy"] is "keyset", but $params orders by something else than ID ascending
keyset, order by ID desc, b24_list: ValueError: b24_list(): Argument #4 ($options) ["strategy"] is "keyset", but $params orders by something else than ID ascending
keyset, order by ID desc, Client::list: ValueError: B24im\Client::list(): Argument #3 ($options) ["strategy"] is "keyset", but $params orders by something else than ID ascending
keyset, filter a string, b24_list: ValueError: b24_list(): Argument #4 ($options) ["strategy"] is "keyset", but $params holds a filter that is not an array
keyset, filter a string, Client::list: ValueError: B24im\Client::list(): Argument #3 ($options) ["strategy"] is "keyset", but $params holds a filter that is not an array
bad method, b24_list: ValueError: b24_list(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
bad method, Client::list: ValueError: B24im\Client::list(): Argument #1 ($method) must be a REST method name: ASCII letters, digits, "." and "_" (at most 128)
-- allowed: null options, the strategy named, the order spelt in any case
crm.deal.list []: keyset
crm.deal.list {"ORDER":{"id":"asc"}}: keyset
crm.deal.list {"order":{"TITLE":"ASC"}}: offset
crm.deal.list []: offset
CRM.Deal.List.json {"filter":{">OPPORTUNITY":5}}: keyset
crm.item.list {"entityTypeId":2,"order":{"id":"ASC"}}: keyset
tasks.task.list []: keyset
user.get {"sort":"ID","order":"asc"}: keyset
user.get {"sort":"NAME"}: offset
some.unknown.list []: offset
some.unknown.list []: keyset
