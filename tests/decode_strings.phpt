--TEST--
Decoding strings as json_decode($body, true) does: \uXXXX escapes (surrogate pairs too) to UTF-8, raw UTF-8, all escapes, NUL inside strings
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

function same(B24tEmu $emu, string $result): void
{
    $body = '{"result":' . $result . ',"time":{}}';
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    $got = b24_call('emu.echo', [], $emu->webhook);
    $want = json_decode($body, true, 512, JSON_THROW_ON_ERROR)['result'];
    // shown re-encoded, with raw UTF-8 but control characters escaped, plus the bytes of a string
    echo $result, ' => ', json_encode($got, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
        is_string($got) ? ' (' . strlen($got) . ' bytes: ' . bin2hex(substr($got, 0, 12)) . (strlen($got) > 12 ? '...' : '') . ')' : '',
        $got === $want ? '' : '   DIFFERS from json_decode: ' . var_export($want, true), "\n";
}

same($emu, '"\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432"');
same($emu, '"J\u00fcrgen M\u00fcller, Zo\u00eb Garc\u00eda"');
same($emu, '"\u20ac \u2603 \uFFFD \uffff"');
same($emu, '"\ud83d\ude00 \uD834\uDD1E"');
same($emu, '"Иван Петров, Jürgen, 😀"');
same($emu, '"\"quoted\" back\\\\slash \/slash \b\f\n\r\t"');
same($emu, '"a\u0000b"');
same($emu, '"\u0000"');
same($emu, '"\u001f\u0020\u007e\u00a0"');
same($emu, '{"NAME":"\u041c\u0430\u0440\u0438\u044f","\u043a\u043b\u044e\u0447":"v"}');
same($emu, '["", " ", "0", "null", "true", "1e5"]');
echo "-- a long string\n";
$long = str_repeat('\u0416abc', 5000);
$body = '{"result":"' . $long . '"}';
$emu->fault(['match' => 'emu.echo', 'body' => $body]);
$got = b24_call('emu.echo', [], $emu->webhook);
var_dump(strlen($got), $got === json_decode($body, true)['result']);
?>
--EXPECT--
"\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432" => "Иван Петров" (21 bytes: d098d0b2d0b0d0bd20d09fd0...)
"J\u00fcrgen M\u00fcller, Zo\u00eb Garc\u00eda" => "Jürgen Müller, Zoë García" (29 bytes: 4ac3bc7267656e204dc3bc6c...)
"\u20ac \u2603 \uFFFD \uffff" => "€ ☃ � ￿" (15 bytes: e282ac20e2988320efbfbd20...)
"\ud83d\ude00 \uD834\uDD1E" => "😀 𝄞" (9 bytes: f09f988020f09d849e)
"Иван Петров, Jürgen, 😀" => "Иван Петров, Jürgen, 😀" (36 bytes: d098d0b2d0b0d0bd20d09fd0...)
"\"quoted\" back\\slash \/slash \b\f\n\r\t" => "\"quoted\" back\\slash /slash \b\f\n\r\t" (32 bytes: 2271756f7465642220626163...)
"a\u0000b" => "a\u0000b" (3 bytes: 610062)
"\u0000" => "\u0000" (1 bytes: 00)
"\u001f\u0020\u007e\u00a0" => "\u001f ~ " (5 bytes: 1f207ec2a0)
{"NAME":"\u041c\u0430\u0440\u0438\u044f","\u043a\u043b\u044e\u0447":"v"} => {"NAME":"Мария","ключ":"v"}
["", " ", "0", "null", "true", "1e5"] => [""," ","0","null","true","1e5"]
-- a long string
int(25000)
bool(true)
