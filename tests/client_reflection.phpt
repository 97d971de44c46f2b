--TEST--
B24im\Client reflection (as php --rc shows it), #[\SensitiveParameter] on $auth and $options, and the new global functions' signatures
--EXTENSIONS--
b24im
--FILE--
<?php
function signature(ReflectionFunctionAbstract $f): string
{
    $params = [];
    foreach ($f->getParameters() as $p) {
        $s = '';
        foreach ($p->getAttributes() as $a) {
            $s .= '#[\\' . $a->getName() . '] ';
        }
        $s .= $p->getType() . ' $' . $p->getName();
        if ($p->isOptional()) {
            $s .= ' = ' . str_replace("\n", '', var_export($p->getDefaultValue(), true));
        }
        $params[] = $s;
    }
    return $f->getName() . '(' . implode(', ', $params) . ')' . ($f->hasReturnType() ? ': ' . $f->getReturnType() : '');
}

$class = new ReflectionClass(B24im\Client::class);
echo $class;
printf("final: %s, abstract: %s, cloneable: %s, parent: %s, interfaces: [%s]\n", var_export($class->isFinal(), true),
    var_export($class->isAbstract(), true), var_export($class->isCloneable(), true), var_export($class->getParentClass(), true),
    implode(', ', $class->getInterfaceNames()));
foreach ($class->getMethods() as $m) {
    echo implode(' ', Reflection::getModifierNames($m->getModifiers())), ' ', signature($m), "\n";
}
foreach (['b24_batch', 'b24_on_token_refresh', 'b24_call', 'b24_last_response'] as $name) {
    echo signature(new ReflectionFunction($name)), "\n";
}
?>
--EXPECT--
Class [ <internal:b24im> class B24im\Client ] {

  - Constants [0] {
  }

  - Static properties [0] {
  }

  - Static methods [0] {
  }

  - Properties [0] {
  }

  - Methods [11] {
    Method [ <internal:b24im, ctor> public method __construct ] {

      - Parameters [2] {
        Parameter #0 [ <required> array|string $auth ]
        Parameter #1 [ <optional> array $options = [] ]
      }
    }

    Method [ <internal:b24im> public method call ] {

      - Parameters [2] {
        Parameter #0 [ <required> string $method ]
        Parameter #1 [ <optional> array $params = [] ]
      }
      - Return [ mixed ]
    }

    Method [ <internal:b24im> public method batch ] {

      - Parameters [2] {
        Parameter #0 [ <required> array $commands ]
        Parameter #1 [ <optional> bool $halt = false ]
      }
      - Return [ array ]
    }

    Method [ <internal:b24im> public method list ] {

      - Parameters [3] {
        Parameter #0 [ <required> string $method ]
        Parameter #1 [ <optional> array $params = [] ]
        Parameter #2 [ <optional> array $options = [] ]
      }
      - Return [ B24im\ListIterator ]
    }

    Method [ <internal:b24im> public method idleStart ] {

      - Parameters [1] {
        Parameter #0 [ <optional> int $ago = 10 ]
      }
      - Return [ bool ]
    }

    Method [ <internal:b24im> public method idleEnd ] {

      - Parameters [0] {
      }
      - Return [ bool ]
    }

    Method [ <internal:b24im> public method statusGet ] {

      - Parameters [0] {
      }
      - Return [ ?string ]
    }

    Method [ <internal:b24im> public method statusSet ] {

      - Parameters [1] {
        Parameter #0 [ <required> string $status ]
      }
      - Return [ bool ]
    }

    Method [ <internal:b24im> public method lastResponse ] {

      - Parameters [0] {
      }
      - Return [ ?array ]
    }

    Method [ <internal:b24im> public method auth ] {

      - Parameters [0] {
      }
      - Return [ array|string ]
    }

    Method [ <internal:b24im> public method onTokenRefresh ] {

      - Parameters [1] {
        Parameter #0 [ <required> ?callable $handler ]
      }
      - Return [ static ]
    }
  }
}
final: false, abstract: false, cloneable: false, parent: false, interfaces: []
public __construct(#[\SensitiveParameter] array|string $auth, #[\SensitiveParameter] array $options = array ())
public call(string $method, array $params = array ()): mixed
public batch(array $commands, bool $halt = false): array
public list(string $method, array $params = array (), array $options = array ()): B24im\ListIterator
public idleStart(int $ago = 10): bool
public idleEnd(): bool
public statusGet(): ?string
public statusSet(string $status): bool
public lastResponse(): ?array
public auth(): array|string
public onTokenRefresh(?callable $handler): static
b24_batch(array $commands, bool $halt = false, #[\SensitiveParameter] array|string|null $auth = NULL): array
b24_on_token_refresh(?callable $handler): void
b24_call(string $method, array $params = array (), #[\SensitiveParameter] array|string|null $auth = NULL): mixed
b24_last_response(): ?array
