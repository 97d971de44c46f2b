--TEST--
Reflection: the exact signatures of the six functions (as php --re b24im shows them), #[\SensitiveParameter] on $auth, and the exception classes
--EXTENSIONS--
b24im
--FILE--
<?php
$ext = new ReflectionExtension('b24im');
echo implode(', ', array_keys($ext->getFunctions())), "\n";
$classes = $ext->getClassNames();
sort($classes);
echo implode(", ", $classes), "\n\n";

foreach (['b24_idle_start', 'b24_idle_end', 'b24_status_get', 'b24_status_set', 'b24_call', 'b24_last_response'] as $name) {
    $f = new ReflectionFunction($name);
    echo $f;
    foreach ($f->getParameters() as $p) {
        $attrs = array_map(fn($a) => $a->getName(), $p->getAttributes());
        printf("  $%s: %s%s%s\n", $p->getName(), $p->getType(),
            $p->isOptional() ? ' = ' . json_encode($p->getDefaultValue()) : '',
            $attrs ? ' #[' . implode(', ', $attrs) . ']' : '');
    }
    printf("  returns %s\n\n", $f->getReturnType());
}
foreach (['B24im\Exception', 'B24im\ApiException', 'B24im\AuthException', 'B24im\RateLimitException', 'B24im\TransportException'] as $class) {
    $c = new ReflectionClass($class);
    $chain = [];
    for ($p = $c->getParentClass(); $p; $p = $p->getParentClass()) {
        $chain[] = $p->getName();
    }
    printf("%s%s%s extends %s\n", $c->isFinal() ? 'final ' : '', $c->isAbstract() ? 'abstract ' : '', $class, implode(' < ', $chain));
    foreach ($c->getMethods() as $m) {
        if ($m->getDeclaringClass()->getName() === $class) {
            echo $m;
        }
    }
    foreach ($c->getProperties() as $prop) {
        if ($prop->getDeclaringClass()->getName() === $class) {
            printf("  property %s %s $%s = %s\n", implode(' ', Reflection::getModifierNames($prop->getModifiers())),
                $prop->getType(), $prop->getName(), var_export($prop->getDefaultValue(), true));
        }
    }
}
echo "-- a fresh exception\n";
$e = new B24im\AuthException('m', 401);
var_dump($e->getError(), $e->getDescription(), $e->getCode(), $e instanceof RuntimeException);
?>
--EXPECT--
b24_idle_start, b24_idle_end, b24_status_get, b24_status_set, b24_call, b24_last_response, b24_batch, b24_list, b24_on_token_refresh, b24_call_many
B24im\ApiException, B24im\AuthException, B24im\Client, B24im\Exception, B24im\ListIterator, B24im\RateLimitException, B24im\TransportException

Function [ <internal:b24im> function b24_idle_start ] {

  - Parameters [2] {
    Parameter #0 [ <optional> int $ago = 10 ]
    Parameter #1 [ <optional> array|string|null $auth = null ]
  }
  - Return [ bool ]
}
  $ago: int = 10
  $auth: array|string|null = null #[SensitiveParameter]
  returns bool

Function [ <internal:b24im> function b24_idle_end ] {

  - Parameters [1] {
    Parameter #0 [ <optional> array|string|null $auth = null ]
  }
  - Return [ bool ]
}
  $auth: array|string|null = null #[SensitiveParameter]
  returns bool

Function [ <internal:b24im> function b24_status_get ] {

  - Parameters [1] {
    Parameter #0 [ <optional> array|string|null $auth = null ]
  }
  - Return [ ?string ]
}
  $auth: array|string|null = null #[SensitiveParameter]
  returns ?string

Function [ <internal:b24im> function b24_status_set ] {

  - Parameters [2] {
    Parameter #0 [ <required> string $status ]
    Parameter #1 [ <optional> array|string|null $auth = null ]
  }
  - Return [ bool ]
}
  $status: string
  $auth: array|string|null = null #[SensitiveParameter]
  returns bool

Function [ <internal:b24im> function b24_call ] {

  - Parameters [3] {
    Parameter #0 [ <required> string $method ]
    Parameter #1 [ <optional> array $params = [] ]
    Parameter #2 [ <optional> array|string|null $auth = null ]
  }
  - Return [ mixed ]
}
  $method: string
  $params: array = []
  $auth: array|string|null = null #[SensitiveParameter]
  returns mixed

Function [ <internal:b24im> function b24_last_response ] {

  - Parameters [0] {
  }
  - Return [ ?array ]
}
  returns ?array

B24im\Exception extends RuntimeException < Exception
Method [ <internal:b24im> public method getError ] {

  - Parameters [0] {
  }
  - Return [ string ]
}
Method [ <internal:b24im> public method getDescription ] {

  - Parameters [0] {
  }
  - Return [ string ]
}
  property protected string $error = ''
  property protected string $description = ''
B24im\ApiException extends B24im\Exception < RuntimeException < Exception
B24im\AuthException extends B24im\ApiException < B24im\Exception < RuntimeException < Exception
B24im\RateLimitException extends B24im\ApiException < B24im\Exception < RuntimeException < Exception
Method [ <internal:b24im> public method getResetAt ] {

  - Parameters [0] {
  }
  - Return [ ?float ]
}
  property protected ?float $resetAt = NULL
B24im\TransportException extends B24im\Exception < RuntimeException < Exception
-- a fresh exception
string(0) ""
string(0) ""
int(401)
bool(true)
