--TEST--
INI: b24im.timeout_ms, connect_timeout_ms and max_response_size refuse 0 and negative values (ini_set returns false, a warning names the setting)
--EXTENSIONS--
b24im
--FILE--
<?php
foreach (['b24im.timeout_ms', 'b24im.connect_timeout_ms', 'b24im.max_response_size'] as $name) {
    $before = ini_get($name);
    foreach (['0', '-1', '-60000', 'abc', ''] as $value) {
        var_dump(ini_set($name, $value));
    }
    var_dump(ini_get($name) === $before);
    var_dump(ini_set($name, '1'), ini_get($name));
    ini_restore($name);
}
?>
--EXPECTF--
Warning: ini_set(): b24im.timeout_ms must be a positive number, "0" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.timeout_ms must be a positive number, "-1" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.timeout_ms must be a positive number, "-60000" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.timeout_ms must be a positive number, "abc" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.timeout_ms must be a positive number, "" given in %s on line %d
bool(false)
bool(true)
string(5) "60000"
string(1) "1"

Warning: ini_set(): b24im.connect_timeout_ms must be a positive number, "0" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.connect_timeout_ms must be a positive number, "-1" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.connect_timeout_ms must be a positive number, "-60000" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.connect_timeout_ms must be a positive number, "abc" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.connect_timeout_ms must be a positive number, "" given in %s on line %d
bool(false)
bool(true)
string(5) "10000"
string(1) "1"

Warning: ini_set(): b24im.max_response_size must be a positive number, "0" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.max_response_size must be a positive number, "-1" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.max_response_size must be a positive number, "-60000" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.max_response_size must be a positive number, "abc" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.max_response_size must be a positive number, "" given in %s on line %d
bool(false)
bool(true)
string(8) "33554432"
string(1) "1"
