"""Federation (docs/cognito-spec.md 10): what /oauth2/authorize?identity_provider=... and
/oauth2/idpresponse do. The views are in ``federation_views.py``.

The full round trip is implemented for OIDC providers (and for social providers whose
ProviderDetails carry token_url/attributes_url, e.g. a stand-in IdP). Google, Facebook,
LoginWithAmazon and SignInWithApple get their real authorize URLs, which are unreachable
offline; SAML gets a redirect with a SAMLRequest to SSORedirectBindingURI, but the stand-in
does not consume SAML responses.
"""

from __future__ import annotations

import base64
import secrets
import time
import zlib
from typing import Any
from urllib.parse import urlencode
from xml.etree import ElementTree

import requests
from authlib.common.urls import add_params_to_uri
from flask import Response, redirect
from joserfc import jws, jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, OctKey

from .directory import User

SOCIAL_AUTHORIZE_URLS = {
    "Google": "https://accounts.google.com/o/oauth2/v2/auth",
    "Facebook": "https://www.facebook.com/{api_version}/dialog/oauth",
    "LoginWithAmazon": "https://www.amazon.com/ap/oa",
    "SignInWithApple": "https://appleid.apple.com/auth/authorize",
}
# Username source claim per provider type (docs/cognito-spec.md 10).
USERNAME_CLAIM = {"Facebook": "id", "LoginWithAmazon": "user_id"}
SAML_PLACEHOLDER_SSO = "https://saml-idp.invalid/sso"  # when no SSO URL is known
SAML_METADATA_NS = "urn:oasis:names:tc:SAML:2.0:metadata"
SAML_REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
IDP_TIMEOUT = 10


def _redirect_error(redirect_uri: str, error: str, state: str | None, description: str):
    params = [("error", error), ("error_description", description)]
    if state:
        params.append(("state", state))
    return redirect(add_params_to_uri(redirect_uri, params), 302)


def _discovery(details: dict[str, str]) -> dict[str, Any]:
    """OIDC endpoints: explicit ProviderDetails first, then oidc_issuer discovery."""
    found = {k: details[k] for k in ("authorize_url", "token_url", "attributes_url", "jwks_uri")
             if details.get(k)}
    if len(found) < 4 and details.get("oidc_issuer"):
        try:
            doc = requests.get(details["oidc_issuer"].rstrip("/")
                               + "/.well-known/openid-configuration", timeout=IDP_TIMEOUT).json()
            for ours, theirs in [("authorize_url", "authorization_endpoint"),
                                 ("token_url", "token_endpoint"),
                                 ("attributes_url", "userinfo_endpoint"), ("jwks_uri", "jwks_uri")]:
                found.setdefault(ours, doc.get(theirs))
        except (requests.RequestException, ValueError):
            pass
    return found


def _metadata_sso(metadata: str | None) -> str | None:
    """The HTTP-Redirect SingleSignOnService Location of SAML IdP metadata (Cognito's
    DescribeIdentityProvider reports it as SSORedirectBindingURI; moto does not)."""
    if not metadata:
        return None
    try:
        root = ElementTree.fromstring(metadata)
    except ElementTree.ParseError:
        return None
    for element in root.iter(f"{{{SAML_METADATA_NS}}}SingleSignOnService"):
        if element.get("Binding") == SAML_REDIRECT_BINDING and element.get("Location"):
            return element.get("Location")
    return None


def start_federation(core, pool_id: str, client, name: str, args, host_url: str) -> Response:
    redirect_uri, state = args["redirect_uri"], args.get("state")
    if name not in client.identity_providers:
        return _redirect_error(redirect_uri, "invalid_request", state,
                               f"{name} is not a supported identity provider of this client")
    idp = core.directory.identity_provider(pool_id, name)
    if idp is None:
        return _redirect_error(redirect_uri, "invalid_request", state, "Unknown identity provider")
    kind, details = idp["ProviderType"], idp.get("ProviderDetails") or {}
    nonce = secrets.token_urlsafe(16)  # Cognito makes its own nonce for the IdP (docs/cognito-spec.md 3.3)
    key = core.state.put_pending({
        "pool_id": pool_id, "client_id": client.client_id, "provider": name, "type": kind,
        "redirect_uri": redirect_uri, "state": state, "scope": client.get_allowed_scope(
            args.get("scope")) or "", "nonce": args.get("nonce"), "idp_nonce": nonce,
        "code_challenge": args.get("code_challenge"),
        "code_challenge_method": args.get("code_challenge_method")})
    base = f"{host_url.rstrip('/')}/{pool_id}"
    if kind == "SAML":
        acs = f"{base}/saml2/idpresponse"
        authn = (f'<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" '
                 f'ID="_{secrets.token_hex(16)}" Version="2.0" '
                 f'IssueInstant="{time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}" '
                 f'AssertionConsumerServiceURL="{acs}"/>')
        deflated = zlib.compress(authn.encode())[2:-4]  # raw DEFLATE for the redirect binding
        sso = (details.get("SSORedirectBindingURI") or _metadata_sso(details.get("MetadataFile"))
               or SAML_PLACEHOLDER_SSO)
        return redirect(add_params_to_uri(sso, [
            ("SAMLRequest", base64.b64encode(deflated).decode()), ("RelayState", key)]), 302)
    if kind == "OIDC":
        authorize_url = _discovery(details).get("authorize_url")
    else:
        authorize_url = details.get("authorize_url") or SOCIAL_AUTHORIZE_URLS.get(kind, "")
        authorize_url = authorize_url.format(api_version=details.get("api_version", "v17.0"))
    if not authorize_url:
        return _redirect_error(redirect_uri, "invalid_request", state,
                               "The identity provider has no authorize URL")
    params = {"client_id": details.get("client_id", ""), "response_type": "code",
              "redirect_uri": f"{base}/oauth2/idpresponse", "state": key,
              "scope": details.get("authorize_scopes", "openid").replace(",", " ")}
    if kind in ("OIDC", "Google", "SignInWithApple"):
        params["nonce"] = nonce
    if kind == "SignInWithApple":
        params["response_mode"] = "form_post"
    if args.get("login_hint") and kind == "OIDC":
        params["login_hint"] = args["login_hint"]
    return redirect(f"{authorize_url}{'&' if '?' in authorize_url else '?'}{urlencode(params)}", 302)


def _verify_id_token(token: str, details: dict[str, str], endpoints: dict[str, Any],
                     nonce: str) -> dict[str, Any]:
    alg = jws.extract_compact(token.encode()).protected.get("alg", "RS256")
    if alg.startswith("HS"):
        key: Any = OctKey.import_key(details.get("client_secret", ""))
    else:
        key = KeySet.import_key_set(requests.get(endpoints["jwks_uri"],
                                                 timeout=IDP_TIMEOUT).json())
    claims = dict(jwt.decode(token, key, algorithms=[alg]).claims)
    aud = claims.get("aud")
    if details.get("client_id") not in (aud if isinstance(aud, list) else [aud]):
        raise ValueError("ID token audience mismatch")
    if details.get("oidc_issuer") and claims.get("iss") != details["oidc_issuer"]:
        raise ValueError("ID token issuer mismatch")
    if int(claims.get("exp", 0)) <= time.time():
        raise ValueError("ID token expired")
    if claims.get("nonce") not in (None, nonce):
        raise ValueError("ID token nonce mismatch")
    return claims


def _upsert_user(core, pool_id: str, provider: dict[str, Any], claims: dict[str, Any],
                 username: str) -> None:
    """Create or update the federated user; copy mapped attributes (AttributeMapping)."""
    mapping = provider.get("AttributeMapping") or {}
    attributes = []
    for pool_attr, claim in mapping.items():
        if pool_attr == "username" or claim not in claims or claims[claim] is None:
            continue
        value = claims[claim]
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, list):
            value = "[" + ",".join(map(str, value)) + "]"
        attributes.append({"Name": pool_attr, "Value": str(value)[:2048]})
    idp = core.directory.idp
    existing = core.directory.user(pool_id, username)
    if existing is None:
        idp.admin_create_user(UserPoolId=pool_id, Username=username, UserAttributes=attributes,
                              MessageAction="SUPPRESS")
    else:
        changed = [a for a in attributes if existing.attributes.get(a["Name"]) != a["Value"]]
        if changed:  # values are updated only when they change (docs/cognito-spec.md 10)
            idp.admin_update_user_attributes(UserPoolId=pool_id, Username=username,
                                             UserAttributes=changed)


def finish_federation(core, pool_id: str, values, host_url: str) -> tuple[Response, str | None]:
    """The answer to an identity provider's redirect to /oauth2/idpresponse, and the session it
    started (None when it failed)."""
    pending = core.state.take_pending(values.get("state"))
    if pending is None or pending["pool_id"] != pool_id:
        return Response("Invalid state: no sign-in is waiting for this response.", 400), None
    redirect_uri, app_state = pending["redirect_uri"], pending["state"]
    if values.get("error"):
        return _redirect_error(redirect_uri, "invalid_request", app_state,
                               f"{values['error']}: {values.get('error_description', '')}"), None
    provider = core.directory.identity_provider(pool_id, pending["provider"])
    client = core.directory.client(pool_id, pending["client_id"])
    if provider is None or client is None or not values.get("code"):
        return _redirect_error(redirect_uri, "invalid_request", app_state,
                               "identity provider response is incomplete"), None
    details = provider.get("ProviderDetails") or {}
    try:
        claims = _claims_from_provider(details, values["code"], pending["idp_nonce"],
                                       f"{host_url.rstrip('/')}/{pool_id}/oauth2/idpresponse")
    except (requests.RequestException, ValueError, KeyError, JoseError) as exc:
        return _redirect_error(redirect_uri, "invalid_request", app_state,
                               f"identity provider error: {exc}"), None
    source = claims.get(USERNAME_CLAIM.get(provider["ProviderType"], "sub"))
    if not source:
        return _redirect_error(redirect_uri, "invalid_request", app_state,
                               "identity provider sent no subject"), None
    username = f"{provider['ProviderName']}_{source}"
    _upsert_user(core, pool_id, provider, claims, username)
    known = core.state.federated_identity(pool_id, username)
    identity = {"userId": str(source), "providerName": provider["ProviderName"],
                "providerType": provider["ProviderType"],
                "issuer": details.get("oidc_issuer"), "primary": "true",
                "dateCreated": known["dateCreated"] if known else str(int(core.clock() * 1000))}
    core.state.record_federated(pool_id, username, identity)
    user = core.directory.user(pool_id, username) or User(pool_id, username, source, {})
    user.identities = [identity]
    user.auth_time = int(core.clock())
    sid = core.state.add_session(pool_id, username, user.auth_time, [identity])
    location = core.issue_code(
        client, redirect_uri, pending["scope"], user, nonce=pending["nonce"],
        code_challenge=pending["code_challenge"],
        code_challenge_method=pending["code_challenge_method"], state=app_state)
    return redirect(location, 302), sid


def _claims_from_provider(details: dict[str, str], code: str, idp_nonce: str,
                          idpresponse_url: str) -> dict[str, Any]:
    """Redeem the provider's code at its token endpoint and read the user's claims."""
    endpoints = _discovery(details)
    answer = requests.post(endpoints["token_url"], timeout=IDP_TIMEOUT, data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": idpresponse_url,
        # OIDC IdPs must accept client_secret_post (docs/cognito-spec.md 10)
        "client_id": details.get("client_id", ""), "client_secret": details.get("client_secret", "")})
    answer.raise_for_status()
    tokens = answer.json()
    claims: dict[str, Any] = {}
    if tokens.get("id_token"):
        claims.update(_verify_id_token(tokens["id_token"], details, endpoints, idp_nonce))
    if endpoints.get("attributes_url") and tokens.get("access_token"):
        method = details.get("attributes_request_method", "GET").upper()
        info = requests.request(method, endpoints["attributes_url"], timeout=IDP_TIMEOUT,
                                headers={"Authorization": f"Bearer {tokens['access_token']}"})
        if info.ok:
            claims = {**info.json(), **claims}
    claims.setdefault("access_token", tokens.get("access_token"))
    claims.setdefault("id_token", tokens.get("id_token"))
    return claims


def refuse_saml_response(core, relay_state: str | None) -> Response:
    pending = core.state.take_pending(relay_state)
    if pending is None:
        return Response("Invalid RelayState.", 400)
    return _redirect_error(pending["redirect_uri"], "invalid_request", pending["state"],
                           "SAML responses are not supported by the hosted-UI stand-in")
