"""The Flask application: one server, every pool, path-prefixed by pool id.

``http://127.0.0.1:PORT/<pool_id>/oauth2/authorize`` stands for
``https://<domain>.auth.<region>.amazoncognito.com/oauth2/authorize`` of that pool.
"""

from __future__ import annotations

import html
import secrets
from typing import Any, Callable
from urllib.parse import urlencode

from authlib.common.urls import add_params_to_uri
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import grants
from flask import Blueprint, Flask, Response, redirect, request

from . import tokens
from .directory import (BOOLEAN_ATTRIBUTES, EMAIL_ATTRIBUTES, PHONE_ATTRIBUTES,
                        PROFILE_ATTRIBUTES, Directory, User)
from .oauth import CognitoAuthorizationServer, _CognitoTokens
from .state import SESSION_LIFETIME, Session, State

SESSION_COOKIE = "cognito"      # the classic hosted UI's session cookie name
XSRF_COOKIE = "XSRF-TOKEN"      # the classic hosted UI's CSRF cookie; form field `_csrf`
USERINFO_INVALID = ('Bearer error="invalid_token", error_description="Access token is '
                    'expired, disabled, or deleted, or the user has globally signed out."')
USERINFO_BAD = 'Bearer error="invalid_request", error_description="Bad OAuth2 request at UserInfo Endpoint"'


class ImplicitGrant(_CognitoTokens, grants.ImplicitGrant):
    """response_type=token: tokens in the fragment, never a refresh token."""


class Core:
    """State and token issuing shared by every route."""

    def __init__(self, cognito_client, region: str, clock: Callable[[], float]) -> None:
        self.directory = Directory(cognito_client)
        self.state = State(clock)
        self.clock = clock
        self.region = region
        self.endpoint_url = cognito_client.meta.endpoint_url.rstrip("/")
        self.server = CognitoAuthorizationServer(self)
        self.server.register_grant(ImplicitGrant)

    def issuer(self, pool_id: str) -> str:
        prefix = pool_id.split("_", 1)[0]
        return tokens.issuer(prefix if prefix.count("-") >= 2 else self.region, pool_id)

    def jwks_uri(self, pool_id: str) -> str:
        return f"{self.endpoint_url}/{pool_id}/.well-known/jwks.json"

    def current_user(self, pool_id: str, template: User | Session) -> User | None:
        """Re-read the user (attributes may have changed), keeping the sign-in's facts (its identities
        and auth_time) from ``template``: an earlier read of the user, or the hosted-UI session."""
        user = self.directory.user(pool_id, template.username)
        if user is None or not user.enabled:
            return None
        user.identities = template.identities
        user.auth_time = template.auth_time
        return user

    def issue_code(self, client, redirect_uri: str, scope: str, user: User, *,
                   nonce=None, code_challenge=None, code_challenge_method=None,
                   state=None) -> str:
        """Make an authorization code; return the redirect_uri?code=...&state=... URL."""
        code = self.state.add_code(
            pool_id=client.pool_id, client_id=client.client_id, redirect_uri=redirect_uri,
            scope=scope, user=user, auth_time=user.auth_time, nonce=nonce,
            code_challenge=code_challenge, code_challenge_method=code_challenge_method)
        params = [("code", code.code)] + ([("state", state)] if state else [])
        return add_params_to_uri(redirect_uri, params)

    def issue_tokens(self, grant_type: str, req, client, user: User | None, scope: str | None,
                     include_refresh: bool) -> dict[str, Any]:
        now = int(self.clock())
        iss = self.issuer(client.pool_id)
        access_life = client.validity("Access", 3600)
        id_life = client.validity("Id", 3600)
        out: dict[str, Any] = {}
        if grant_type == "client_credentials":
            claims = tokens.access_token_claims(
                iss=iss, client=client, user=None, scope=req.scope, now=now,
                expires_in=access_life, auth_time=now, origin_jti=None)
            return {"access_token": tokens.sign(claims), "expires_in": access_life,
                    "token_type": "Bearer"}
        nonce = None
        if grant_type == "authorization_code":
            code = req.authorization_code
            auth_time, nonce, scope = code.auth_time, code.nonce, code.scope
            origin_jti = tokens.new_id()
            if include_refresh:
                refresh = self.state.add_refresh_token(
                    client.validity("Refresh", 30 * 86400), pool_id=client.pool_id,
                    client_id=client.client_id, username=user.username, scope=scope,
                    auth_time=auth_time, identities=user.identities)
                origin_jti = refresh.origin_jti
                out["refresh_token"] = refresh.token
        elif grant_type == "refresh_token":
            refresh = req.refresh_token
            # auth_time stays the original sign-in time on refresh (SPEC.md §3.3).
            auth_time, origin_jti, scope = refresh.auth_time, refresh.origin_jti, scope or refresh.scope
        else:  # implicit
            auth_time, origin_jti = user.auth_time, tokens.new_id()
            nonce = req.payload.data.get("nonce")
        scope = scope or ""
        if "openid" in scope.split():
            out["id_token"] = tokens.sign(tokens.id_token_claims(
                iss=iss, client=client, user=user, now=now, expires_in=id_life,
                auth_time=auth_time, origin_jti=origin_jti, nonce=nonce))
        out["access_token"] = tokens.sign(tokens.access_token_claims(
            iss=iss, client=client, user=user, scope=scope, now=now, expires_in=access_life,
            auth_time=auth_time, origin_jti=origin_jti))
        out["expires_in"] = access_life
        # Implicit fragments use lowercase "bearer" (SPEC.md §3.1).
        out["token_type"] = "bearer" if grant_type == "implicit" else "Bearer"
        return out

    def userinfo_attributes(self, user: User, client, scopes: set[str]) -> dict[str, str]:
        """SPEC.md §9.5: `openid` alone → every readable attribute; `profile`/`email`/`phone`
        → their groups. Values are strings (email_verified is "true"/"false")."""
        narrowing = scopes & {"profile", "email", "phone"}
        wanted: set[str] | None = None
        if narrowing:
            wanted = set()
            if "profile" in narrowing:
                wanted |= set(PROFILE_ATTRIBUTES) | {n for n in user.attributes if n.startswith("custom:")}
            if "email" in narrowing:
                wanted |= set(EMAIL_ATTRIBUTES)
            if "phone" in narrowing:
                wanted |= set(PHONE_ATTRIBUTES)
        out = {}
        for name, value in user.attributes.items():
            if name == "sub" or not client_can_read(client, name):
                continue
            if wanted is None or name in wanted:
                out[name] = str(value).lower() if name in BOOLEAN_ATTRIBUTES else value
        return out


def client_can_read(client, name: str) -> bool:
    return client is None or client.can_read(name)


# --- HTML ---------------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:sans-serif;max-width:24rem;margin:3rem auto;padding:0 1rem}}
label,input,button{{display:block;width:100%;margin:.4rem 0}}input{{padding:.4rem}}
.error{{color:#b00020}}</style></head>
<body><h1>{title}</h1>{body}</body></html>"""


def page(title: str, body: str, status: int = 200) -> Response:
    return Response(_PAGE.format(title=html.escape(title), body=body), status=status,
                    content_type="text/html; charset=utf-8")


def error_page(message: str, status: int = 400) -> Response:
    return page("An error was encountered with the requested page.",
                f'<p class="error" id="errorMessage">{html.escape(message)}</p>', status)


def login_form(action: str, csrf: str, username: str = "", error: str | None = None,
               status: int = 200) -> Response:
    err = (f'<p class="error" id="loginErrorMessage">{html.escape(error)}</p>' if error else "")
    body = f"""{err}
<form name="cognitoSignInForm" method="post" action="{html.escape(action)}">
<input type="hidden" name="_csrf" value="{html.escape(csrf)}">
<label for="signInFormUsername">Username</label>
<input id="signInFormUsername" name="username" type="text" value="{html.escape(username)}"
 autocapitalize="none" autocomplete="username" required autofocus>
<label for="signInFormPassword">Password</label>
<input id="signInFormPassword" name="password" type="password" autocomplete="current-password" required>
<button type="submit" name="signInSubmitButton">Sign in</button>
</form>"""
    return page("Sign in with your username and password", body, status)


# --- routes -------------------------------------------------------------------------------

def create_app(core: Core) -> Flask:
    app = Flask("cognito_conformance.hosted_ui")
    bp = Blueprint("pool", __name__, url_prefix="/<pool_id>")
    server = core.server
    state = core.state

    def cookie_path(pool_id: str) -> str:
        return f"/{pool_id}"

    def session_user(pool_id: str) -> User | None:
        sess = state.session(request.cookies.get(SESSION_COOKIE), pool_id)
        return None if sess is None else core.current_user(pool_id, sess)

    def validated_grant(pool_id: str):
        """(grant, client, None) for a valid authorize request, else (None, None, response).

        An unknown client_id or an unregistered/missing redirect_uri gives an error page
        with no redirect (never send an error to an unvetted URL); every other error is
        redirected to redirect_uri with `error` and `state` (SPEC.md §9.1)."""
        args = request.args
        client = core.directory.client(pool_id, args.get("client_id"))
        if client is None:
            return None, None, error_page("Invalid client_id or user pool.")
        redirect_uri = args.get("redirect_uri")
        if not redirect_uri or not client.check_redirect_uri(redirect_uri):
            return None, None, error_page("redirect_mismatch")
        state_param = args.get("state")
        if not args.get("response_type"):
            # Authlib would answer unsupported_response_type; Cognito says invalid_request.
            return None, None, redirect_error(redirect_uri, "invalid_request", state_param)
        if args.get("response_type") in ("code", "token") and not client.check_response_type(
                args["response_type"]):
            return None, None, redirect_error(redirect_uri, "unauthorized_client", state_param)
        try:
            grant = server.get_consent_grant(end_user=None)
        except OAuth2Error as exc:
            exc.redirect_uri = exc.redirect_uri or redirect_uri
            exc.state = state_param
            return None, None, server.handle_error_response(None, exc)
        if args.get("response_type") == "token" and (args.get("code_challenge")
                                                   or args.get("code_challenge_method")):
            return None, None, redirect_error(redirect_uri, "invalid_request", state_param)
        return grant, client, None

    def redirect_error(redirect_uri: str, error: str, state_param: str | None,
                       description: str | None = None) -> Response:
        params = [("error", error)]
        if description:
            params.append(("error_description", description))
        if state_param:
            params.append(("state", state_param))
        return redirect(add_params_to_uri(redirect_uri, params), 302)

    def complete(grant, user: User) -> Response:
        return server.create_authorization_response(grant_user=user, grant=grant)

    @bp.get("/oauth2/authorize")
    def authorize(pool_id):
        grant, client, failure = validated_grant(pool_id)
        if failure is not None:
            return failure
        args = request.args
        idp = args.get("identity_provider")
        if idp and idp != "COGNITO":
            from .federation import start_federation  # noqa: PLC0415 - optional feature
            return start_federation(core, pool_id, client, idp, args)
        prompt = set((args.get("prompt") or "").split())
        user = None if "login" in prompt else session_user(pool_id)
        if user is not None:
            return complete(grant, user)  # a live session skips the sign-in page
        if "none" in prompt:
            return redirect_error(args["redirect_uri"], "login_required", args.get("state"))
        if "COGNITO" not in client.identity_providers:
            return error_page("Login option is not available. Please try another one")
        return redirect(f"/{pool_id}/login?{request.query_string.decode()}", 302)

    def csrf_token() -> str:
        return request.cookies.get(XSRF_COOKIE) or secrets.token_urlsafe(32)

    def with_csrf_cookie(resp: Response, pool_id: str, token: str) -> Response:
        resp.set_cookie(XSRF_COOKIE, token, path=cookie_path(pool_id), httponly=True,
                        samesite="Lax")
        return resp

    @bp.get("/login")
    def login_page(pool_id):
        grant, _client, failure = validated_grant(pool_id)
        if failure is not None:
            return failure
        token = csrf_token()
        action = f"/{pool_id}/login?{request.query_string.decode()}"
        return with_csrf_cookie(login_form(action, token, request.args.get("login_hint", "")),
                                pool_id, token)

    @bp.post("/login")
    def login_submit(pool_id):
        grant, client, failure = validated_grant(pool_id)
        if failure is not None:
            return failure
        cookie = request.cookies.get(XSRF_COOKIE)
        sent = request.form.get("_csrf")
        if not cookie or not sent or not secrets.compare_digest(cookie, sent):
            return error_page("Invalid or missing CSRF token.", 403)
        action = f"/{pool_id}/login?{request.query_string.decode()}"
        username = request.form.get("username", "").strip()
        password = request.form.get("password", "")

        def again(message: str) -> Response:
            token = secrets.token_urlsafe(32)
            return with_csrf_cookie(login_form(action, token, username, message), pool_id, token)

        user = core.directory.user(pool_id, username) if username else None
        if user is None:
            return again("Incorrect username or password.")
        ok, why = core.directory.check_password(pool_id, client, user.username, password)
        if not ok:
            if why == "NEW_PASSWORD_REQUIRED":
                return again("You must change your password; the stand-in does not offer "
                             "that page. Set a permanent password first.")
            if why == "UserNotConfirmedException":
                return again("User is not confirmed.")
            if why == "NotAuthorizedException" and not user.enabled:
                return again("User is disabled.")
            return again("Incorrect username or password.")
        if not user.enabled:
            return again("User is disabled.")
        # moto lets ADMIN_USER_PASSWORD_AUTH sign in UNCONFIRMED users (moto-5.2.5.md 4f).
        if user.status == "UNCONFIRMED":
            return again("User is not confirmed.")
        user.auth_time = int(core.clock())
        sid = state.add_session(pool_id, user.username, user.auth_time)
        resp = complete(grant, user)
        resp.set_cookie(SESSION_COOKIE, sid, max_age=SESSION_LIFETIME, path=cookie_path(pool_id),
                        httponly=True, samesite="Lax")
        return resp

    @bp.get("/logout")
    def logout(pool_id):
        args = request.args
        client = core.directory.client(pool_id, args.get("client_id"))
        if client is None:
            return error_page("Invalid client_id or user pool.")
        logout_uri = args.get("logout_uri")
        if logout_uri:  # logout_uri wins over redirect_uri (SPEC.md §9.3)
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
        state.end_session(request.cookies.get(SESSION_COOKIE))
        resp = redirect(target, 302)
        resp.delete_cookie(SESSION_COOKIE, path=cookie_path(pool_id))
        return resp

    @bp.post("/oauth2/token")
    def token(pool_id):
        resp = server.create_token_response()
        resp.headers["Access-Control-Allow-Origin"] = "*"
        resp.headers["Cache-Control"] = "no-store"
        return resp

    @bp.post("/oauth2/revoke", endpoint="revoke")
    def revoke(pool_id):
        return server.create_endpoint_response("revocation")

    @bp.route("/oauth2/userInfo", methods=["GET", "POST"])
    def userinfo(pool_id):
        header = request.headers.get("Authorization", "")
        scheme, _, raw = header.partition(" ")
        if scheme.lower() != "bearer" or not raw.strip():
            return Response("", 400, {"WWW-Authenticate": USERINFO_BAD})
        invalid = Response("", 401, {"WWW-Authenticate": USERINFO_INVALID})
        claims = tokens.decode(raw.strip())
        if (claims is None or claims.get("token_use") != "access"
                or claims.get("iss") != core.issuer(pool_id)
                or int(claims.get("exp", 0)) <= core.clock()
                or state.is_revoked(claims.get("origin_jti"))
                or "openid" not in str(claims.get("scope", "")).split()
                or "username" not in claims):
            return invalid
        user = core.directory.user(pool_id, claims["username"])
        if user is None or not user.enabled or user.sub != claims.get("sub"):
            return invalid
        client = core.directory.client(pool_id, claims.get("client_id"))
        body = {"sub": user.sub}
        body.update(core.userinfo_attributes(user, client, set(claims["scope"].split())))
        body["username"] = user.username
        return body

    @bp.get("/.well-known/openid-configuration")
    def discovery(pool_id):
        if core.directory.pool(pool_id) is None:
            return error_page("User pool does not exist.", 404)
        base = f"{request.host_url.rstrip('/')}/{pool_id}"
        return {
            "issuer": core.issuer(pool_id),
            "jwks_uri": core.jwks_uri(pool_id),
            "authorization_endpoint": f"{base}/oauth2/authorize",
            "token_endpoint": f"{base}/oauth2/token",
            "userinfo_endpoint": f"{base}/oauth2/userInfo",
            "revocation_endpoint": f"{base}/oauth2/revoke",
            "end_session_endpoint": f"{base}/logout",
            "response_types_supported": ["code", "token"],
            "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials",
                                      "implicit"],
            "subject_types_supported": ["public"],
            "scopes_supported": ["openid", "email", "phone", "profile"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
        }

    from .federation import register_federation_routes  # noqa: E402
    register_federation_routes(bp, core, session_cookie=SESSION_COOKIE, cookie_path=cookie_path)
    app.register_blueprint(bp)
    return app
