"""Everything the stand-in knows about pools, app clients and users, read through boto3.

Only public Cognito API calls are used (Describe*/List*/Admin*), so the same code works
against moto in-process (``mock_aws``), moto's standalone server, or any emulator.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass, field
from typing import Any

from authlib.oauth2.rfc6749 import ClientMixin
from botocore.exceptions import ClientError

from cognito_conformance.pools import Lifetime
from cognito_conformance.secret_hash import secret_hash

# Reserved OAuth scopes of a user pool (docs/cognito-spec.md 9.7).
RESERVED_SCOPES = ("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin")

# Attributes that /oauth2/userInfo returns for the `profile` scope (docs/cognito-spec.md 9.5).
PROFILE_ATTRIBUTES = (
    "name", "family_name", "given_name", "middle_name", "nickname", "preferred_username",
    "profile", "picture", "website", "gender", "birthdate", "zoneinfo", "locale", "updated_at",
    "address",
)
EMAIL_ATTRIBUTES = ("email", "email_verified")
PHONE_ATTRIBUTES = ("phone_number", "phone_number_verified")
BOOLEAN_ATTRIBUTES = ("email_verified", "phone_number_verified")


@dataclass
class OAuthClient(ClientMixin):
    """An app client as Authlib sees it, built from DescribeUserPoolClient (the suite's own
    provisioned-client record is ``cognito_conformance.pools.AppClient``)."""

    pool_id: str
    raw: dict[str, Any]
    scope_loader: Any = None  # () -> list of the pool's scopes; called only when needed

    @functools.cached_property
    def known_scopes(self) -> frozenset[str]:
        return frozenset(self.scope_loader() if self.scope_loader else RESERVED_SCOPES)

    # --- plain accessors -------------------------------------------------------------
    @property
    def client_id(self) -> str:
        return self.raw["ClientId"]

    @property
    def client_secret(self) -> str | None:
        return self.raw.get("ClientSecret")

    @property
    def oauth_enabled(self) -> bool:
        return bool(self.raw.get("AllowedOAuthFlowsUserPoolClient"))

    @property
    def flows(self) -> list[str]:
        return list(self.raw.get("AllowedOAuthFlows") or []) if self.oauth_enabled else []

    @property
    def scopes(self) -> list[str]:
        return list(self.raw.get("AllowedOAuthScopes") or [])

    @property
    def callback_urls(self) -> list[str]:
        return list(self.raw.get("CallbackURLs") or [])

    @property
    def logout_urls(self) -> list[str]:
        return list(self.raw.get("LogoutURLs") or [])

    @property
    def identity_providers(self) -> list[str]:
        return list(self.raw.get("SupportedIdentityProviders") or [])

    @property
    def read_attributes(self) -> list[str] | None:
        """None means "every attribute" (Cognito's default when ReadAttributes is unset)."""
        return self.raw.get("ReadAttributes") or None

    @property
    def revocation_enabled(self) -> bool:
        return self.raw.get("EnableTokenRevocation", True) is not False

    def validity(self, kind: str, default_seconds: int) -> int:
        """Token validity in seconds from {Id,Access,Refresh}TokenValidity + TokenValidityUnits.

        Real Cognito honours these settings (moto stores and ignores them, moto-5.2.5.md 5e).
        """
        value = self.raw.get(f"{kind}TokenValidity")
        if not value:
            return default_seconds
        default_unit = "days" if kind == "Refresh" else "hours"
        unit = (self.raw.get("TokenValidityUnits") or {}).get(f"{kind}Token", default_unit)
        return Lifetime(int(value), unit if unit in Lifetime.SECONDS else default_unit).seconds

    def can_read(self, attribute: str) -> bool:
        readable = self.read_attributes
        return readable is None or attribute in readable

    # --- authlib ClientMixin -----------------------------------------------------------
    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        # Cognito requires redirect_uri on /oauth2/authorize; never guess one.
        return None

    def get_allowed_scope(self, scope):
        """Cognito rules (docs/cognito-spec.md 9.1): no scope → all of the client's scopes; scopes the
        client does not allow are ignored; a scope the pool does not know → invalid_scope
        (Authlib raises it when this returns None)."""
        if not scope:
            return " ".join(self.scopes) or None
        requested = scope.split()
        if any(s not in self.known_scopes for s in requested):
            return None
        allowed = [s for s in requested if s in self.scopes]
        return " ".join(dict.fromkeys(allowed)) or None

    def check_redirect_uri(self, redirect_uri):
        return redirect_uri in self.callback_urls

    def check_client_secret(self, client_secret):
        return bool(self.client_secret) and secrets.compare_digest(
            self.client_secret.encode(), (client_secret or "").encode())

    def check_endpoint_auth_method(self, method, endpoint):
        if self.client_secret:
            return method in ("client_secret_basic", "client_secret_post")
        return method == "none"

    def check_response_type(self, response_type):
        return {"code": "code", "token": "implicit"}.get(response_type) in self.flows

    def check_grant_type(self, grant_type):
        if grant_type == "authorization_code":
            return "code" in self.flows
        if grant_type == "refresh_token":
            return "code" in self.flows or "implicit" in self.flows or not self.oauth_enabled
        if grant_type == "client_credentials":
            return "client_credentials" in self.flows and bool(self.client_secret)
        return False


@dataclass
class User:
    """A user as the stand-in issues tokens for."""

    pool_id: str
    username: str
    sub: str
    attributes: dict[str, str]
    status: str = "CONFIRMED"
    enabled: bool = True
    groups: list[str] = field(default_factory=list)
    identities: list[dict[str, Any]] | None = None  # for federated users
    auth_time: int = 0  # when this user signed in (set by the sign-in that issues a code)

    def get_user_id(self):  # authlib calls this in a few places
        return self.sub


def _request_memo() -> dict | None:
    from flask import g, has_app_context  # noqa: PLC0415

    if not has_app_context():
        return None
    if not hasattr(g, "directory_memo"):
        g.directory_memo = {}
    return g.directory_memo


class Directory:
    """Reads pools, clients, users and identity providers through a boto3 cognito-idp client."""

    def __init__(self, cognito_client) -> None:
        self.idp = cognito_client

    def client(self, pool_id: str, client_id: str | None) -> OAuthClient | None:
        if not client_id:
            return None
        # Within one HTTP request the client is looked up several times (by us and by
        # Authlib); remember it for the request only, so config changes apply at once.
        memo = _request_memo()
        key = ("client", pool_id, client_id)
        if memo is not None and key in memo:
            return memo[key]
        found = self._describe_client(pool_id, client_id)
        if memo is not None:
            memo[key] = found
        return found

    def _describe_client(self, pool_id: str, client_id: str) -> OAuthClient | None:
        try:
            raw = self.idp.describe_user_pool_client(UserPoolId=pool_id, ClientId=client_id)
        except ClientError:
            return None
        return OAuthClient(pool_id, raw["UserPoolClient"], lambda: self.known_scopes(pool_id))

    def pool(self, pool_id: str) -> dict[str, Any] | None:
        try:
            return self.idp.describe_user_pool(UserPoolId=pool_id)["UserPool"]
        except ClientError:
            return None

    def known_scopes(self, pool_id: str) -> list[str]:
        scopes = list(RESERVED_SCOPES)
        try:
            kwargs = {"UserPoolId": pool_id, "MaxResults": 50}
            while True:
                page = self.idp.list_resource_servers(**kwargs)
                for server in page.get("ResourceServers", []):
                    scopes += [f"{server['Identifier']}/{s['ScopeName']}"
                               for s in server.get("Scopes") or []]
                if not page.get("NextToken"):
                    break
                kwargs["NextToken"] = page["NextToken"]
        except ClientError:
            pass
        return scopes

    def user(self, pool_id: str, username: str) -> User | None:
        try:
            raw = self.idp.admin_get_user(UserPoolId=pool_id, Username=username)
        except ClientError:
            return None
        attributes = {a["Name"]: a["Value"] for a in raw.get("UserAttributes", [])}
        try:
            groups = [g["GroupName"] for g in self.idp.admin_list_groups_for_user(
                UserPoolId=pool_id, Username=raw["Username"]).get("Groups", [])]
        except (ClientError, NotImplementedError):
            groups = []
        return User(pool_id, raw["Username"], attributes.get("sub", raw["Username"]),
                    attributes, raw.get("UserStatus", ""), raw.get("Enabled", True), groups)

    def check_password(self, pool_id: str, client: OAuthClient, username: str,
                       password: str) -> tuple[bool, str | None]:
        """(ok, challenge_or_error_code) through AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH."""
        params = {"USERNAME": username, "PASSWORD": password}
        if client.client_secret:
            params["SECRET_HASH"] = secret_hash(username, client.client_id, client.client_secret)
        try:
            out = self.idp.admin_initiate_auth(
                UserPoolId=pool_id, ClientId=client.client_id,
                AuthFlow="ADMIN_USER_PASSWORD_AUTH", AuthParameters=params)
        except ClientError as exc:
            return False, exc.response["Error"]["Code"]
        if "AuthenticationResult" in out:
            return True, None
        return False, out.get("ChallengeName")

    def identity_provider(self, pool_id: str, name: str) -> dict[str, Any] | None:
        try:
            return self.idp.describe_identity_provider(
                UserPoolId=pool_id, ProviderName=name)["IdentityProvider"]
        except ClientError:
            return None
