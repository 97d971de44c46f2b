<?php
// Rewrites package.xml (PECL's package description) with every file git tracks that the tarball must ship; run after adding files.
declare(strict_types=1);

chdir(dirname(__DIR__));
// The lead, as package.xml 2.0 requires it (name, user, email, active; PEAR's validator refuses a lead without
// an e-mail). No address of the project exists yet: the placeholder below must become a real one before a
// release is uploaded to the channel.
const LEAD = ['name' => 'The b24im authors', 'user' => 'b24im', 'email' => 'b24im@example.invalid'];
str_ends_with(LEAD['email'], '.invalid') && fwrite(STDERR, "package-xml: the lead's e-mail is a placeholder (" . LEAD['email'] . ")\n");

// The version: b24im_version.h's, else (before that header existed) php_b24im.h's
$header = is_file('b24im_version.h') ? 'b24im_version.h' : 'php_b24im.h';
preg_match('/#define PHP_B24IM_VERSION "([^"]+)"/', file_get_contents($header), $m) || exit("$header: no PHP_B24IM_VERSION\n");
$version = $m[1];
exec('git ls-files', $files, $rc);
$rc === 0 || exit("git ls-files failed\n");

$roles = [];
foreach ($files as $f) {
    if (preg_match('~^(fuzz|scripts|\.ci)/~', $f)) {
        continue; // tools of this repository, not part of the extension's tarball
    }
    $role = match (true) {
        str_starts_with($f, 'tests/') => 'test',
        in_array($f, ['README.md', 'LICENSE', 'CHANGELOG.md'], true), str_starts_with($f, 'examples/'), str_starts_with($f, 'bench/') => 'doc',
        (bool) preg_match('/\.(c|h)$|^config\.(m4|w32)$|\.stub\.php$/', $f) => 'src',
        default => null,
    };
    if ($role !== null) {
        $roles[$f] = $role;
    }
}
ksort($roles);

// PECL's layout: nested <dir> elements, each file named by its base name
$tree = [];
foreach ($roles as $f => $role) {
    $node = &$tree;
    $parts = explode('/', $f);
    $base = array_pop($parts);
    foreach ($parts as $dir) {
        $node[$dir] ??= [];
        $node = &$node[$dir];
    }
    $node[$base] = $role;
    unset($node);
}
function render(array $tree, string $indent): string
{
    ksort($tree);
    $out = '';
    foreach ($tree as $name => $child) {
        $name = htmlspecialchars((string) $name, ENT_XML1);
        $out .= is_array($child)
            ? "$indent<dir name=\"$name\">\n" . render($child, "$indent  ") . "$indent</dir>\n"
            : "$indent<file name=\"$name\" role=\"$child\"/>\n";
    }
    return $out;
}
$contents = render($tree, '      ');
// The release's date and notes are the changelog's, so this file changes with a release, not with the calendar:
// the section of this version ("## 0.2.2 (2026-12-02)", or "## 0.2.2 — 2026-12-02"), else the newest one.
$section = fn (string $v): string => '/^## (' . $v . ') (?:\((\d{4}-\d{2}-\d{2})\)|— (\d{4}-\d{2}-\d{2}))[ \t]*\n(.*?)(?=^## |\z)/msu';
$changelog = file_get_contents('CHANGELOG.md');
if (!preg_match($section(preg_quote($version, '/')), $changelog, $release)) {
    preg_match($section('[0-9][^ ]*'), $changelog, $release) || exit("CHANGELOG.md has no section \"## VERSION (YYYY-MM-DD)\"\n");
    fwrite(STDERR, "package-xml: CHANGELOG.md has no section for $version; the notes are those of its newest, $release[1]\n");
}
$date = $release[2] !== '' ? $release[2] : $release[3];
$notes = htmlspecialchars(trim($release[4]), ENT_XML1);
$lead = array_map(fn ($v) => htmlspecialchars($v, ENT_XML1), LEAD);

$xml = <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package packagerversion="1.10.13" version="2.0" xmlns="http://pear.php.net/dtd/package-2.0" xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
  <name>b24im</name>
  <channel>pecl.php.net</channel>
  <summary>Native Bitrix24 REST client</summary>
  <description>b24im calls the Bitrix24 REST API natively, with libcurl and json-c: im.user.status.* and any REST method, webhooks and OAuth applications, errors as typed exceptions, connections kept warm across requests.</description>
  <lead>
    <name>{$lead['name']}</name>
    <user>{$lead['user']}</user>
    <email>{$lead['email']}</email>
    <active>yes</active>
  </lead>
  <date>$date</date>
  <version>
    <release>$version</release>
    <api>$version</api>
  </version>
  <stability>
    <release>beta</release>
    <api>beta</api>
  </stability>
  <license uri="https://opensource.org/licenses/MIT">MIT</license>
  <notes>
$notes
  </notes>
  <contents>
    <dir name="/">
$contents    </dir>
  </contents>
  <dependencies>
    <required>
      <php>
        <min>8.2.0</min>
        <max>8.6.99</max>
      </php>
      <pearinstaller>
        <min>1.10.0</min>
      </pearinstaller>
    </required>
  </dependencies>
  <providesextension>b24im</providesextension>
  <extsrcrelease/>
</package>

XML;
file_put_contents('package.xml', $xml);
echo "package.xml: ", count($roles), " files\n";
