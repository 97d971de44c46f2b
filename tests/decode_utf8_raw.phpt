--TEST--
Decoding replies that carry raw (unescaped) UTF-8, as Bitrix24 sends them: results, keys, nesting, error descriptions (json-c 0.18 in strict mode refused them all as INVALID_JSON)
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start(['onprem' => true]);

function raw(B24tEmu $emu, string $body): void
{
    $emu->fault(['match' => 'emu.echo', 'body' => $body]);
    try {
        $got = b24_call('emu.echo', [], $emu->webhook);
        $want = json_decode($body, true, 512, JSON_THROW_ON_ERROR)['result'];
        echo is_string($got) && strlen($got) > 80 ? 'a string of ' . strlen($got) . ' bytes'
            : json_encode($got, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), $got === $want ? '' : '   DIFFERS from json_decode', "\n";
    } catch (B24im\Exception $e) {
        printf("%s [%s]: %s\n", get_class($e), $e->getError(), $e->getMessage());
    }
}

raw($emu, '{"result":"Иван"}');
raw($emu, '{"result":"Jürgen Müller, Zoë García","time":{"start":1}}');
raw($emu, '{"result":"€ ☃ 中文 😀 𝄞"}');
raw($emu, '{"result":{"ИМЯ":"Мария","list":["один","два",{"ключ":"значение"}]}}');
raw($emu, '{"result":["Иван \u041f\u0435\u0442\u0440\u043e\u0432", "\"Ёж\"\n"]}');
raw($emu, '{"result":"' . str_repeat('Ж', 20000) . '"}');
echo "-- strictness is kept with raw UTF-8 in the body\n";
raw($emu, '{"result":["Иван",]}');
raw($emu, '{"result":"Иван"} x');
echo "-- an error description in Cyrillic\n";
$emu->fault(['match' => 'profile', 'status' => 400,
    'body' => '{"error":"ERROR_ARGUMENT","error_description":"Не указан ID"}']);
b24t_show(fn() => b24_call('profile', [], $emu->webhook));
?>
--EXPECT--
"Иван"
"Jürgen Müller, Zoë García"
"€ ☃ 中文 😀 𝄞"
{"ИМЯ":"Мария","list":["один","два",{"ключ":"значение"}]}
["Иван Петров","\"Ёж\"\n"]
a string of 40000 bytes
-- strictness is kept with raw UTF-8 in the body
B24im\TransportException [INVALID_JSON]: emu.echo: INVALID_JSON: the reply is not JSON: "{"result":["????????",]}" (HTTP 200)
B24im\TransportException [INVALID_JSON]: emu.echo: INVALID_JSON: the reply is not JSON: "{"result":"????????"} x" (HTTP 200)
-- an error description in Cyrillic
B24im\ApiException [ERROR_ARGUMENT] 400: profile: ERROR_ARGUMENT: Не указан ID (HTTP 400)
