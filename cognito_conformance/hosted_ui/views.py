"""The hosted-UI endpoints of one pool, path-prefixed by its id (``/<pool_id>/oauth2/authorize`` stands for
``https://<domain>.auth.<region>.amazoncognito.com/oauth2/authorize``).

Like moto's ``responses.py``: each view translates HTTP to calls on the ``Core`` (``core.py``) and the
Authlib server (``authorization_server.py``), both found on the Flask app (``app.py``).

The sequence is the documented one (Developer Guide, "The redirect and authorization endpoint" and
"The managed login sign-in endpoint: /login"): ``/oauth2/authorize`` redirects to ``/login`` with the
same parameters (or to the identity provider named by ``identity_provider``); ``/login`` shows the
sign-in page, or, when the browser has a valid session cookie and ``prompt=login`` was not asked,
sends the browser back to the app with a code. ``prompt=none`` is answered at ``/oauth2/authorize``.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlencode

from authlib.common.urls import add_params_to_uri
from authlib.oauth2 import OAuth2Error
from flask import Blueprint, Response, current_app, redirect, request

from . import cookies
from .core import Core
from .directory import User
from .pages import error_page, login_form

EXTENSION = "cognito_hosted_ui"
USERINFO_INVALID = ('Bearer error="invalid_token", error_description="Access token is '
                    'expired, disabled, or deleted, or the user has globally signed out."')
USERINFO_BAD = 'Bearer error="invalid_request", error_description="Bad OAuth2 request at UserInfo Endpoint"'

bp = Blueprint("pool", __name__, url_prefix="/<pool_id>")


def core() -> Core:
    return current_app.extensions[EXTENSION]["core"]


def oauth_server():
    return current_app.extensions[EXTENSION]["server"]


# --- helpers ------------------------------------------------------------------------------

def session_user(pool_id: str) -> User | None:
    sess = core().state.session(request.cookies.get(cookies.SESSION_COOKIE), pool_id)
    return None if sess is None else core().current_user(pool_id, sess)


def prompts() -> set[str]:
    return set((request.args.get("prompt") or "").split())


def redirect_error(redirect_uri: str, error: str, state: str | None,
                   description: str | None = None) -> Response:
    params = [("error", error)]
    if description:
        params.append(("error_description", description))
    if state:
        params.append(("state", state))
    return redirect(add_params_to_uri(redirect_uri, params), 302)


def validated_grant(pool_id: str):
    """(grant, client, None) for a valid authorize request, else (None, None, response).

    An unknown client_id or an unregistered/missing redirect_uri gives an error page
    with no redirect (never send an error to an unvetted URL); every other error is
    redirected to redirect_uri with `error` and `state` (docs/cognito-spec.md 9.1)."""
    args = request.args
    client = core().directory.client(pool_id, args.get("client_id"))
    if client is None:
        return None, None, error_page("Invalid client_id or user pool.")
    redirect_uri = args.get("redirect_uri")
    if not redirect_uri or not client.check_redirect_uri(redirect_uri):
        return None, None, error_page("redirect_mismatch")
    state = args.get("state")
    if not args.get("response_type"):
        # Authlib would answer unsupported_response_type; Cognito says invalid_request.
        return None, None, redirect_error(redirect_uri, "invalid_request", state)
    if args["response_type"] in ("code", "token") and not client.check_response_type(args["response_type"]):
        return None, None, redirect_error(redirect_uri, "unauthorized_client", state)
    server = oauth_server()
    try:
        grant = server.get_consent_grant(end_user=None)
    except OAuth2Error as exc:
        exc.redirect_uri = exc.redirect_uri or redirect_uri
        exc.state = state
        return None, None, server.handle_error_response(None, exc)
    if args["response_type"] == "token" and (args.get("code_challenge") or args.get("code_challenge_method")):
        return None, None, redirect_error(redirect_uri, "invalid_request", state)
    return grant, client, None


def complete(grant, user: User) -> Response:
    """Send the browser back to the app with a code (or, for response_type=token, the tokens)."""
    return oauth_server().create_authorization_response(grant_user=user, grant=grant)


def login_action(pool_id: str) -> str:
    return f"/{pool_id}/login?{request.query_string.decode()}"


def sign_in_page(pool_id: str, username: str = "", error: str | None = None) -> Response:
    token = request.cookies.get(cookies.XSRF_COOKIE) if error is None else None
    token = token or secrets.token_urlsafe(32)
    return cookies.set_csrf(login_form(login_action(pool_id), token, username, error), pool_id, token)


def password_refusal(pool_id: str, client, username: str, password: str) -> tuple[User | None, str | None]:
    """(the user, None) when the password signs them in, else (None, the message the page shows)."""
    user = core().directory.user(pool_id, username) if username else None
    if user is None:
        return None, "Incorrect username or password."
    ok, why = core().directory.check_password(pool_id, client, user.username, password)
    if not ok:
        if why == "NEW_PASSWORD_REQUIRED":
            return None, ("You must change your password; the stand-in does not offer that page. "
                          "Set a permanent password first.")
        if why == "UserNotConfirmedException":
            return None, "User is not confirmed."
        if why == "NotAuthorizedException" and not user.enabled:
            return None, "User is disabled."
        return None, "Incorrect username or password."
    if not user.enabled:
        return None, "User is disabled."
    # moto lets ADMIN_USER_PASSWORD_AUTH sign in UNCONFIRMED users (moto-5.2.5.md 4f).
    if user.status == "UNCONFIRMED":
        return None, "User is not confirmed."
    return user, None


# --- views --------------------------------------------------------------------------------

@bp.get("/oauth2/authorize")
def authorize(pool_id):
    grant, client, failure = validated_grant(pool_id)
    if failure is not None:
        return failure
    args = request.args
    idp = args.get("identity_provider")
    if idp and idp != "COGNITO":
        from .federation import start_federation  # noqa: PLC0415 - only when federating

        return start_federation(core(), pool_id, client, idp, args, request.host_url)
    if "none" in prompts():
        # "Amazon Cognito silently continues authentication for users who have a valid authenticated
        # session ... If the user is not already authenticated, the authorization server returns a
        # login_required error."
        user = session_user(pool_id)
        if user is None:
            return redirect_error(args["redirect_uri"], "login_required", args.get("state"))
        return complete(grant, user)
    if "COGNITO" not in client.identity_providers:
        return error_page("Login option is not available. Please try another one")
    # "Otherwise, it redirects to the Login endpoint with the same URL parameters."
    return redirect(login_action(pool_id), 302)


@bp.get("/login")
def login_page(pool_id):
    grant, _client, failure = validated_grant(pool_id)
    if failure is not None:
        return failure
    # "users must sign in unless their browser has a valid managed login session cookie"
    user = None if "login" in prompts() else session_user(pool_id)
    if user is not None:
        return complete(grant, user)
    return sign_in_page(pool_id, request.args.get("login_hint", ""))


@bp.post("/login")
def login_submit(pool_id):
    grant, client, failure = validated_grant(pool_id)
    if failure is not None:
        return failure
    cookie = request.cookies.get(cookies.XSRF_COOKIE)
    sent = request.form.get("_csrf")
    if not cookie or not sent or not secrets.compare_digest(cookie, sent):
        return error_page("Invalid or missing CSRF token.", 403)
    username = request.form.get("username", "").strip()
    user, refusal = password_refusal(pool_id, client, username, request.form.get("password", ""))
    if user is None:
        return sign_in_page(pool_id, username, refusal)
    user.auth_time = int(core().clock())
    sid = core().state.add_session(pool_id, user.username, user.auth_time)
    return cookies.set_session(complete(grant, user), pool_id, sid)


@bp.get("/logout")
def logout(pool_id):
    args = request.args
    client = core().directory.client(pool_id, args.get("client_id"))
    if client is None:
        return error_page("Invalid client_id or user pool.")
    logout_uri = args.get("logout_uri")
    if logout_uri:  # logout_uri wins over redirect_uri (docs/cognito-spec.md 9.3)
        if logout_uri not in client.logout_urls:
            return error_page("Invalid logout_uri: not one of the client's LogoutURLs.")
        target = logout_uri
    elif args.get("redirect_uri"):
        if not client.check_redirect_uri(args["redirect_uri"]) or not args.get("response_type"):
            return error_page("redirect_mismatch")
        keep = ("client_id", "redirect_uri", "response_type", "state", "scope", "nonce")
        target = f"/{pool_id}/login?" + urlencode({k: args[k] for k in keep if k in args})
    else:
        return error_page("Required parameter missing: logout_uri or redirect_uri.")
    core().state.end_session(request.cookies.get(cookies.SESSION_COOKIE))
    return cookies.end_session(redirect(target, 302), pool_id)


@bp.post("/oauth2/token")
def token(pool_id):
    resp = oauth_server().create_token_response()
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Cache-Control"] = "no-store"
    return resp


@bp.post("/oauth2/revoke", endpoint="revoke")
def revoke(pool_id):
    return oauth_server().create_endpoint_response("revocation")


@bp.route("/oauth2/userInfo", methods=["GET", "POST"])
def userinfo(pool_id):
    scheme, _, raw = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not raw.strip():
        return Response("", 400, {"WWW-Authenticate": USERINFO_BAD})
    body = core().userinfo(pool_id, raw.strip())
    if body is None:
        return Response("", 401, {"WWW-Authenticate": USERINFO_INVALID})
    return body


@bp.get("/.well-known/openid-configuration")
def discovery(pool_id):
    if core().directory.pool(pool_id) is None:
        return error_page("User pool does not exist.", 404)
    base = f"{request.host_url.rstrip('/')}/{pool_id}"
    return {
        "issuer": core().issuer(pool_id),
        "jwks_uri": core().jwks_uri(pool_id),
        "authorization_endpoint": f"{base}/oauth2/authorize",
        "token_endpoint": f"{base}/oauth2/token",
        "userinfo_endpoint": f"{base}/oauth2/userInfo",
        "revocation_endpoint": f"{base}/oauth2/revoke",
        "end_session_endpoint": f"{base}/logout",
        "response_types_supported": ["code", "token"],
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials", "implicit"],
        "subject_types_supported": ["public"],
        "scopes_supported": ["openid", "email", "phone", "profile"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "code_challenge_methods_supported": ["S256"],
    }
