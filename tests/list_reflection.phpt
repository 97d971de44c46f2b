--TEST--
b24_list() and B24im\ListIterator: signatures, #[\SensitiveParameter] on $auth, a final Iterator that cannot be made with new, cloned or serialized
--EXTENSIONS--
b24im
--FILE--
<?php
$f = new ReflectionFunction('b24_list');
foreach ($f->getParameters() as $p) {
    $attrs = array_map(fn($a) => $a->getName(), $p->getAttributes());
    printf("  $%s: %s%s%s\n", $p->getName(), $p->getType(), $p->isOptional() ? ' = ' . json_encode($p->getDefaultValue()) : '',
        $attrs ? ' #[' . implode(', ', $attrs) . ']' : '');
}
printf("  returns %s\n", $f->getReturnType());
$c = new ReflectionClass('B24im\ListIterator');
printf("final: %s, cloneable: %s, interfaces: %s\n", var_export($c->isFinal(), true), var_export($c->isCloneable(), true),
    implode(', ', $c->getInterfaceNames()));
foreach ($c->getMethods() as $m) {
    printf("%s %s(): %s\n", implode(' ', Reflection::getModifierNames($m->getModifiers())), $m->getName(), $m->getReturnType());
}
$it = b24_list('crm.deal.list', [], 'https://portal.example/rest/1/wh0Secret7code/');
foreach ([
    'new' => fn () => new B24im\ListIterator(),
    'clone' => fn () => clone $it,
    'serialize' => fn () => serialize($it),
    'unserialize' => fn () => unserialize('O:18:"B24im\ListIterator":0:{}'),
    'without constructor' => fn () => (new ReflectionClass('B24im\ListIterator'))->newInstanceWithoutConstructor()->valid(),
] as $what => $fn) {
    try {
        $fn();
        echo "$what: allowed\n";
    } catch (Throwable $e) {
        printf("%s: %s: %s\n", $what, get_class($e), $e->getMessage());
    }
}
echo "no request before the first use: ", $it->requests(), ", strategy ", $it->strategy(), ", cursor ", var_export($it->cursor(), true), "\n";
echo "properties: ", json_encode(get_object_vars($it)), "\n";
?>
--EXPECT--
$method: string
  $params: array = []
  $auth: array|string|null = null #[SensitiveParameter]
  $options: array = []
  returns B24im\ListIterator
final: true, cloneable: false, interfaces: Iterator, Traversable
private __construct(): 
public current(): mixed
public key(): ?int
public next(): void
public valid(): bool
public rewind(): void
public strategy(): string
public cursor(): ?string
public requests(): int
new: Error: Call to private B24im\ListIterator::__construct() from global scope
clone: Error: Trying to clone an uncloneable object of class B24im\ListIterator
serialize: Exception: Serialization of 'B24im\ListIterator' is not allowed
unserialize: Exception: Unserialization of 'B24im\ListIterator' is not allowed
without constructor: ReflectionException: Class B24im\ListIterator is an internal class marked as final that cannot be instantiated without invoking its constructor
no request before the first use: 0, strategy keyset, cursor NULL
properties: []
