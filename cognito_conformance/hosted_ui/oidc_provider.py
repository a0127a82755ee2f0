"""A tiny OIDC identity provider the suite runs itself, on 127.0.0.1 port 0.

It auto-approves one configured user: ``/authorize`` redirects straight back with a code.
``/token`` accepts client_secret_post only (what Cognito uses with OIDC IdPs,
docs/cognito-spec.md 10), and returns an RS256 ID token signed with the provider's own key, published
at ``/jwks.json``. ``/userinfo`` returns the user's claims. Discovery is at
``/.well-known/openid-configuration``. Deliberately minimal: it exists to drive the
stand-in's federation, not to be an identity provider worth testing.
"""

from __future__ import annotations

import secrets
import threading
import time
from typing import Any

from authlib.common.urls import add_params_to_uri
from flask import Flask, Response, jsonify, redirect, request
from joserfc import jwt
from joserfc.jwk import RSAKey

from .threaded_wsgi import ThreadedWSGI


class OidcProvider:
    def __init__(self, client_id: str = "test-idp-client", client_secret: str = "test-idp-secret",
                 user: dict[str, Any] | None = None) -> None:
        self.client_id, self.client_secret = client_id, client_secret
        self.user = dict(user or {"sub": "idp-user-1", "email": "fed@example.com",
                                  "email_verified": True, "name": "Fed Erated"})
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-idp", "use": "sig",
                                                         "alg": "RS256"})
        self._codes: dict[str, dict[str, Any]] = {}
        self._access: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self.token_requests: list[dict[str, str]] = []  # what the IdP was sent, for tests
        self.app = self._create_app()
        self._http = ThreadedWSGI(self.app)

    # --- lifecycle ------------------------------------------------------------------------
    def start(self) -> "OidcProvider":
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    def __enter__(self) -> "OidcProvider":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def issuer(self) -> str:
        return self._http.url

    def provider_details(self, **extra: str) -> dict[str, str]:
        """ProviderDetails for CreateIdentityProvider(ProviderType="OIDC")."""
        base = self.issuer
        return {"client_id": self.client_id, "client_secret": self.client_secret,
                "attributes_request_method": "GET", "oidc_issuer": base,
                "authorize_scopes": "openid email profile",
                "authorize_url": f"{base}/authorize", "token_url": f"{base}/token",
                "attributes_url": f"{base}/userinfo", "jwks_uri": f"{base}/jwks.json", **extra}

    # --- the app --------------------------------------------------------------------------
    def _create_app(self) -> Flask:
        app = Flask("oidc_provider")

        @app.get("/.well-known/openid-configuration")
        def discovery():
            base = self.issuer
            return {"issuer": base, "authorization_endpoint": f"{base}/authorize",
                    "token_endpoint": f"{base}/token", "userinfo_endpoint": f"{base}/userinfo",
                    "jwks_uri": f"{base}/jwks.json", "response_types_supported": ["code"],
                    "subject_types_supported": ["public"],
                    "id_token_signing_alg_values_supported": ["RS256"],
                    "token_endpoint_auth_methods_supported": ["client_secret_post"]}

        @app.get("/jwks.json")
        def jwks():
            return {"keys": [self.key.as_dict(private=False)]}

        @app.get("/authorize")
        def authorize():
            args = request.args
            if args.get("client_id") != self.client_id or not args.get("redirect_uri"):
                return Response("unknown client", 400)
            code = secrets.token_urlsafe(24)
            with self._lock:
                self._codes[code] = {"redirect_uri": args["redirect_uri"],
                                     "nonce": args.get("nonce")}
            params = [("code", code)] + ([("state", args["state"])] if "state" in args else [])
            return redirect(add_params_to_uri(args["redirect_uri"], params), 302)

        @app.post("/token")
        def token():
            form = request.form
            self.token_requests.append(dict(form))
            if (form.get("client_id") != self.client_id
                    or form.get("client_secret") != self.client_secret):
                return jsonify(error="invalid_client"), 401
            with self._lock:
                grant = self._codes.pop(form.get("code", ""), None)
            if (form.get("grant_type") != "authorization_code" or grant is None
                    or grant["redirect_uri"] != form.get("redirect_uri")):
                return jsonify(error="invalid_grant"), 400
            now = int(time.time())
            claims = {**self.user, "iss": self.issuer, "aud": self.client_id, "iat": now,
                      "exp": now + 3600, "auth_time": now}
            if grant["nonce"]:
                claims["nonce"] = grant["nonce"]
            access = secrets.token_urlsafe(24)
            with self._lock:
                self._access[access] = dict(self.user)
            id_token = jwt.encode({"alg": "RS256", "kid": "test-idp"}, claims, self.key)
            return {"access_token": access, "id_token": id_token, "token_type": "Bearer",
                    "expires_in": 3600}

        @app.route("/userinfo", methods=["GET", "POST"])
        def userinfo():
            raw = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
            with self._lock:
                claims = self._access.get(raw)
            if claims is None:
                return Response("", 401, {"WWW-Authenticate": 'Bearer error="invalid_token"'})
            return claims

        return app
