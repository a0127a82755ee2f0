"""Pool profiles: what a team states its pool must be, checked against the pool's configuration.

Read-only: every step here only describes the pool and its app clients. An app client is named
by its env.py setting ("client_side_id", "client_id"), its id, or its name.
"""

from __future__ import annotations

from pytest_bdd import parsers, then

from cognito_conformance.pools import Lifetime
from cognito_conformance.token_kinds import ACCESS, ID, REFRESH

from .grammar import phrase

CLASSES = {"upper case": "RequireUppercase", "lower case": "RequireLowercase", "numbers": "RequireNumbers",
           "symbols": "RequireSymbols"}


def _items(text: str) -> list[str]:
    """'a, b and c' -> ['a', 'b', 'c']; 'none' -> []."""
    return [] if text.strip() == "none" else [i.strip() for i in text.replace(" and ", ", ").split(",") if i.strip()]


def _client(cognito, user_pool, settings, ref: str) -> dict:
    client_id = settings.env_file.get(ref) or ref
    clients = cognito.list_user_pool_clients(UserPoolId=user_pool.id, MaxResults=60)["UserPoolClients"]
    match = next((c for c in clients if client_id in (c["ClientId"], c["ClientName"])), None)
    assert match, f"the pool has no app client {ref!r} (by env.py setting, id or name)"
    return cognito.describe_user_pool_client(UserPoolId=user_pool.id, ClientId=match["ClientId"])["UserPoolClient"]


def _pool(cognito, user_pool) -> dict:
    return cognito.describe_user_pool(UserPoolId=user_pool.id)["UserPool"]


@then(phrase("the password policy requires at least {length:d} characters with {classes}"))
def _(length, classes, cognito, cognito_user_pool):
    policy = _pool(cognito, cognito_user_pool)["Policies"]["PasswordPolicy"]
    wanted = {CLASSES[c] for c in _items(classes)}
    actual = {flag for flag in CLASSES.values() if policy.get(flag)}
    assert (policy.get("MinimumLength"), actual) == (length, wanted), f"the PasswordPolicy is {policy}"


@then(phrase("MFA is {mode:w}"))
def _(mode, cognito, cognito_user_pool):
    actual = cognito.get_user_pool_mfa_config(UserPoolId=cognito_user_pool.id).get("MfaConfiguration", "OFF")
    assert actual == mode, f"MfaConfiguration is {actual}"


@then(phrase("software token MFA is {state:w}"))
def _(state, cognito, cognito_user_pool):
    config = cognito.get_user_pool_mfa_config(UserPoolId=cognito_user_pool.id)
    enabled = bool(config.get("SoftwareTokenMfaConfiguration", {}).get("Enabled"))
    assert enabled == (state == "enabled"), f"SoftwareTokenMfaConfiguration is {config.get('SoftwareTokenMfaConfiguration')}"


@then(phrase("the required attributes are {names}"))
def _(names, cognito, cognito_user_pool):
    schema = _pool(cognito, cognito_user_pool).get("SchemaAttributes", [])
    required = sorted(a["Name"] for a in schema if a.get("Required") and a["Name"] != "sub")
    assert required == sorted(_items(names)), f"the required attributes are {required}"


@then(phrase('app client "{client}" allows exactly {flows}'))
def _(client, flows, cognito, cognito_user_pool, cognito_settings):
    described = _client(cognito, cognito_user_pool, cognito_settings, client)
    actual = sorted(f.removeprefix("ALLOW_") for f in described.get("ExplicitAuthFlows", []))
    assert actual == sorted(_items(flows)), f"ExplicitAuthFlows are {described.get('ExplicitAuthFlows')}"


@then(parsers.re(r'app client "(?P<client>[^"]+)" has (?P<which>a|no) client secret'))
def _(client, which, cognito, cognito_user_pool, cognito_settings):
    has_secret = bool(_client(cognito, cognito_user_pool, cognito_settings, client).get("ClientSecret"))
    assert has_secret == (which == "a"), f"app client {client} {'has' if has_secret else 'has no'} secret"


@then(phrase('app client "{client}" issues ID tokens for {id_}, access tokens for {access} and refresh tokens for {refresh}'))
def _(client, id_, access, refresh, cognito, cognito_user_pool, cognito_settings):
    described = _client(cognito, cognito_user_pool, cognito_settings, client)
    units = described.get("TokenValidityUnits") or {}
    for kind, wanted in ((ID, id_), (ACCESS, access), (REFRESH, refresh)):
        value = described.get(kind.validity_field) or kind.default_lifetime[0]
        actual = Lifetime(value, units.get(kind.result_key, kind.default_lifetime[1]))
        assert actual.seconds == Lifetime.parse(wanted).seconds, f"{kind} tokens live {actual.value} {actual.unit}"


@then(phrase('app client "{client}" sends users back only to {urls}'))
def _(client, urls, cognito, cognito_user_pool, cognito_settings):
    actual = _client(cognito, cognito_user_pool, cognito_settings, client).get("CallbackURLs", [])
    assert sorted(actual) == sorted(_items(urls)), f"CallbackURLs are {actual}"


@then(phrase('app client "{client}" signs users out only to {urls}'))
def _(client, urls, cognito, cognito_user_pool, cognito_settings):
    actual = _client(cognito, cognito_user_pool, cognito_settings, client).get("LogoutURLs", [])
    assert sorted(actual) == sorted(_items(urls)), f"LogoutURLs are {actual}"


@then(phrase('app client "{client}" offers sign-in with {providers}'))
def _(client, providers, cognito, cognito_user_pool, cognito_settings):
    actual = _client(cognito, cognito_user_pool, cognito_settings, client).get("SupportedIdentityProviders", [])
    assert sorted(actual) == sorted(_items(providers)), f"SupportedIdentityProviders are {actual}"


@then(parsers.re(r'app client "(?P<client>[^"]+)" (?P<how>hides|reveals) whether users exist'))
def _(client, how, cognito, cognito_user_pool, cognito_settings):
    setting = _client(cognito, cognito_user_pool, cognito_settings, client).get("PreventUserExistenceErrors", "LEGACY")
    assert (setting == "ENABLED") == (how == "hides"), f"PreventUserExistenceErrors is {setting}"


@then(phrase("the pool federates with {providers}"))
def _(providers, cognito, cognito_user_pool):
    listed = cognito.list_identity_providers(UserPoolId=cognito_user_pool.id, MaxResults=60)["Providers"]
    actual = sorted(p["ProviderName"] for p in listed)
    assert actual == sorted(_items(providers)), f"the pool's identity providers are {actual}"
