"""The hosted UI's cookies: the managed-login session and the CSRF token, scoped to one pool's path."""

from __future__ import annotations

from flask import Response

from .state import SESSION_LIFETIME

SESSION_COOKIE = "cognito"      # the classic hosted UI's session cookie name
XSRF_COOKIE = "XSRF-TOKEN"      # the classic hosted UI's CSRF cookie; form field `_csrf`


def path_of(pool_id: str) -> str:
    return f"/{pool_id}"


def set_session(resp: Response, pool_id: str, sid: str) -> Response:
    resp.set_cookie(SESSION_COOKIE, sid, max_age=SESSION_LIFETIME, path=path_of(pool_id),
                    httponly=True, samesite="Lax")
    return resp


def end_session(resp: Response, pool_id: str) -> Response:
    resp.delete_cookie(SESSION_COOKIE, path=path_of(pool_id))
    return resp


def set_csrf(resp: Response, pool_id: str, token: str) -> Response:
    resp.set_cookie(XSRF_COOKIE, token, path=path_of(pool_id), httponly=True, samesite="Lax")
    return resp
