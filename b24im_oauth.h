/* b24im oauth: renews an expired access token once per refresh token across every process, and hands the new auth to the application. */
#ifndef B24IM_OAUTH_H
#define B24IM_OAUTH_H

#include "php.h"
#include "b24im_session.h"

#define B24IM_DEFAULT_OAUTH_URL "https://oauth.bitrix.info/oauth/token/"

/* An OAuth session with a refresh token, client_id and client_secret. */
bool b24im_oauth_can_renew(const b24im_session *s);

/* Switches s to renewed tokens: those another process already got for the same refresh token (through
 * b24im.state_dir), or new ones from the OAuth server, asked by exactly one process at a time. Calls the
 * refresh handler with the whole new auth array. Throws and returns FAILURE where renewal fails. */
zend_result b24im_oauth_renew(b24im_session *s, const char *method);

#endif
