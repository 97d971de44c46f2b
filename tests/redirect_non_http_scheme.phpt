--TEST--
Redirects: a Location with a scheme other than http or https (file:///etc/passwd, ftp, gopher, dict) is refused with TransportException REDIRECT_REFUSED, from https and from http
--EXTENSIONS--
b24im
--INI--
b24im.allow_http=1
--FILE--
<?php
require __DIR__ . '/common.inc';
$emu = b24t_emu_start();
$tls = $emu->tls();
ini_set('b24im.ca_file', $tls->ca);

foreach (['https' => $tls->webhook, 'http' => $emu->webhook] as $from => $webhook) {
    echo "-- from $from\n";
    foreach (['file:///etc/passwd' => 302, "ftp://127.0.0.1:$emu->port/x" => 301, "gopher://127.0.0.1:$emu->port/x" => 307,
        "dict://127.0.0.1:$emu->port/x" => 308] as $location => $status) {
        $emu->redirect('emu.echo', $location, $status);
        b24t_show(fn() => b24_call('emu.echo', ['X' => 1], $webhook));
    }
}
echo count($emu->requests()), " requests, all to the original URL: ",
    json_encode(array_values(array_unique(array_map(fn($r) => $r['path'], $emu->requests())))), "\n";
b24t_show(fn() => b24_call('emu.echo', ['X' => 2], $tls->webhook));
?>
--EXPECT--
-- from https
B24im\TransportException [REDIRECT_REFUSED] 302: emu.echo: REDIRECT_REFUSED: the portal redirected to a URL that is not http or https; refused (HTTP 302)
B24im\TransportException [REDIRECT_REFUSED] 301: emu.echo: REDIRECT_REFUSED: the portal redirected to a URL that is not http or https; refused (HTTP 301)
B24im\TransportException [REDIRECT_REFUSED] 307: emu.echo: REDIRECT_REFUSED: the portal redirected to a URL that is not http or https; refused (HTTP 307)
B24im\TransportException [REDIRECT_REFUSED] 308: emu.echo: REDIRECT_REFUSED: the portal redirected to a URL that is not http or https; refused (HTTP 308)
-- from http
B24im\TransportException [REDIRECT_REFUSED] 302: emu.echo: REDIRECT_REFUSED: the portal redirected to a URL that is not http or https; refused (HTTP 302)
B24im\TransportException [REDIRECT_REFUSED] 301: emu.echo: REDIRECT_REFUSED: the portal redirected to a URL that is not http or https; refused (HTTP 301)
B24im\TransportException [REDIRECT_REFUSED] 307: emu.echo: REDIRECT_REFUSED: the portal redirected to a URL that is not http or https; refused (HTTP 307)
B24im\TransportException [REDIRECT_REFUSED] 308: emu.echo: REDIRECT_REFUSED: the portal redirected to a URL that is not http or https; refused (HTTP 308)
8 requests, all to the original URL: ["\/rest\/1\/wh0Secret7code\/emu.echo.json"]
ok: array (
  'X' => '2',
)
