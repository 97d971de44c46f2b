--TEST--
phpinfo() shows b24im.client_secret as *** (local and master value), never the secret; b24im.client_id and b24im.oauth_url as they are
--EXTENSIONS--
b24im
--INI--
b24im.client_secret=iniS3cretMaster
b24im.client_id=app.ini.client
--FILE--
<?php
ini_set('b24im.client_secret', 'runtimeS3cretLocal');
ini_set('b24im.oauth_url', 'https://oauth.example.com/oauth/token/');
ob_start();
phpinfo(INFO_MODULES);
$text = ob_get_clean();
foreach (explode("\n", $text) as $line) {
    if (preg_match('/^b24im\.(client_id|client_secret|oauth_url|state_dir) /', $line)) {
        echo $line, "\n";
    }
}
var_dump(str_contains($text, 'S3cret'));
var_dump(ini_get('b24im.client_secret'));
ini_set('b24im.client_secret', '');
ob_start();
phpinfo(INFO_MODULES);
preg_match('/^b24im\.client_secret .*$/m', ob_get_clean(), $m);
echo $m[0], "\n";
?>
--EXPECT--
b24im.client_id => app.ini.client => app.ini.client
b24im.client_secret => *** => ***
b24im.oauth_url => https://oauth.example.com/oauth/token/ => no value
b24im.state_dir => no value => no value
bool(false)
string(18) "runtimeS3cretLocal"
b24im.client_secret => no value => ***
