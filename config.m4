dnl b24im: finds libcurl and json-c with pkg-config and builds the extension from its layer files.

PHP_ARG_ENABLE([b24im],
  [whether to enable b24im (Bitrix24 REST client)],
  [AS_HELP_STRING([--enable-b24im], [Enable b24im, the native Bitrix24 REST client])],
  [no])

if test "$PHP_B24IM" != "no"; then
  PKG_PROG_PKG_CONFIG
  if test -z "$PKG_CONFIG"; then
    AC_MSG_ERROR([pkg-config not found: apt-get install pkg-config])
  fi

  PKG_CHECK_MODULES([B24IM_CURL], [libcurl >= 7.63.0], [],
    [AC_MSG_ERROR([libcurl >= 7.63 (its URL API) not found: apt-get install libcurl4-openssl-dev])])
  PKG_CHECK_MODULES([B24IM_JSONC], [json-c >= 0.13], [],
    [AC_MSG_ERROR([json-c >= 0.13 not found: apt-get install libjson-c-dev])])

  PHP_EVAL_INCLINE($B24IM_CURL_CFLAGS)
  PHP_EVAL_INCLINE($B24IM_JSONC_CFLAGS)
  PHP_EVAL_LIBLINE($B24IM_CURL_LIBS, B24IM_SHARED_LIBADD)
  PHP_EVAL_LIBLINE($B24IM_JSONC_LIBS, B24IM_SHARED_LIBADD)
  PHP_SUBST(B24IM_SHARED_LIBADD)

  AC_DEFINE(HAVE_B24IM, 1, [Whether b24im is enabled])
  PHP_NEW_EXTENSION(b24im,
    b24im.c b24im_functions.c b24im_client.c b24im_globals.c b24im_status.c b24im_batch.c b24im_list.c b24im_iterator.c b24im_call.c b24im_oauth.c b24im_session.c b24im_settings.c b24im_endpoint.c b24im_request.c b24im_limiter.c b24im_state.c b24im_backoff.c b24im_transport.c b24im_reply.c b24im_errors.c b24im_many.c,
    $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1)
fi
