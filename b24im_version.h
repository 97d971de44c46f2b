/* b24im version: the release, in one place (php_b24im.h, the user agent, package.xml and phpinfo() read it). */
#ifndef B24IM_VERSION_H
#define B24IM_VERSION_H

#define PHP_B24IM_VERSION "0.3.0"

#endif
