--TEST--
INI: b24im.max_retries and b24im.rate_burst take 0 and more; a negative or non-numeric value is refused with a warning naming the setting, and the old value stays
--EXTENSIONS--
b24im
--FILE--
<?php
foreach (['b24im.max_retries', 'b24im.rate_burst'] as $name) {
    $before = ini_get($name);
    foreach (['-1', 'abc'] as $value) {
        var_dump(ini_set($name, $value));
    }
    var_dump(ini_get($name) === $before);
    var_dump(ini_set($name, '0'), ini_get($name));
    ini_restore($name);
}
var_dump(ini_set('b24im.max_response_size', '1k'), ini_get('b24im.max_response_size'));
?>
--EXPECTF--
Warning: ini_set(): b24im.max_retries must be 0 or more, "-1" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.max_retries must be 0 or more, "abc" given in %s on line %d
bool(false)
bool(true)
string(1) "3"
string(1) "0"

Warning: ini_set(): b24im.rate_burst must be 0 or more, "-1" given in %s on line %d
bool(false)

Warning: ini_set(): b24im.rate_burst must be 0 or more, "abc" given in %s on line %d
bool(false)
bool(true)
string(2) "50"
string(1) "0"
string(8) "33554432"
string(2) "1k"
