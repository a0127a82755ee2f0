"""Every configuration the suite provisions is one real Cognito accepts (cognito_conformance/validity.py).

The specs are found by introspection: every module of the cognito_conformance package is imported and
its module-level PoolSpec, ClientSpec and ProviderSetup values (also inside dicts and tuples, and those
returned by argument-less cached factories such as ``identity_providers()``) are collected, so a spec a
new module adds is checked without anyone listing it here. A module's loose app clients, identity
providers and resource servers (``resource_server_request(name)``) belong to the pools of that module,
as the hosted-UI fixture creates them. Then, for each rule, a configuration real Cognito would refuse
shows the rule catches it, offline; and the provisioner refuses such a spec before sending anything.
"""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
import pkgutil
import types
from dataclasses import replace

import pytest

import cognito_conformance
from cognito_conformance import configurations, validity
from cognito_conformance.fixtures.options import _new_run_id
from cognito_conformance.oauth_configurations import OAuthClientSpec, ProviderSetup
from cognito_conformance.pools import ClientSpec, Lifetime, PoolSpec, Provisioner

SPEC_TYPES = (PoolSpec, ClientSpec, ProviderSetup)


def _modules() -> list[types.ModuleType]:
    names = [info.name for info in pkgutil.walk_packages(cognito_conformance.__path__, "cognito_conformance.")
             if not info.name.endswith("__main__")]  # a __main__ runs when imported
    return [importlib.import_module(name) for name in names]


def _values(value, seen: set[int]):
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, SPEC_TYPES):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _values(item, seen)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _values(item, seen)


def specs_in(module: types.ModuleType) -> dict[str, list]:
    """The module's own pools, the app clients outside them, its identity providers and resource servers."""
    found: list = []
    seen: set[int] = set()
    for name, value in vars(module).items():
        if getattr(value, "__module__", module.__name__) != module.__name__ and inspect.isfunction(value):
            continue  # imported from elsewhere: checked with its own module
        if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == module.__name__ \
                and not inspect.signature(value).parameters:
            value = value()  # an argument-less cached factory, e.g. identity_providers()
        found += _values(value, seen)
    pools = [spec for spec in found if isinstance(spec, PoolSpec)]
    in_pools = {id(client) for pool in pools for client in pool.clients}
    servers = []
    if inspect.isfunction(getattr(module, "resource_server_request", None)):
        servers.append(module.resource_server_request("cc-check-api"))
    providers = [spec for spec in found if isinstance(spec, ProviderSetup)]
    clients = [spec for spec in found if isinstance(spec, ClientSpec) and id(spec) not in in_pools]
    offering = getattr(module, "client_offering", None)
    if inspect.isfunction(offering):  # the factory steps/federation.py calls for each provider
        clients += [offering(f"offers {provider.name}", provider.name) for provider in providers]
    return {"pools": pools, "clients": clients, "providers": providers, "servers": servers}


def _provisioned_by_module():
    for module in _modules():
        specs = specs_in(module)
        if specs["pools"]:
            yield module.__name__, specs
        else:
            # Specs outside any pool's module would be created nowhere this test knows of.
            assert not (specs["clients"] or specs["providers"]), \
                f"{module.__name__} defines app clients or identity providers but no pool to put them in"


PROVISIONED = dict(_provisioned_by_module())


def _domain_prefixes() -> list[str]:
    """The hosted-UI domain as fixtures/hosted_ui.py makes it from the run prefix (fixtures/backend.py)."""
    return [f"cc-{_new_run_id()}-{worker}".lower().replace("_", "-")[:63] for worker in ("gw", "gw0", "gw15")]


def test_introspection_finds_the_suite_s_specs():
    pools = {pool.key for specs in PROVISIONED.values() for pool in specs["pools"]}
    assert {"standard", "mfa optional", "mfa required", "sms mfa", "verify before update", "hosted ui"} <= pools
    oauth = PROVISIONED["cognito_conformance.oauth_configurations"]
    assert {"machine", "offers ExampleOIDC"} <= {client.key for client in oauth["clients"]}
    assert {provider.type for provider in oauth["providers"]} == {
        "LoginWithAmazon", "Facebook", "Google", "SignInWithApple", "OIDC", "SAML"}
    assert oauth["servers"], "the resource server of the OAuth pool was not found"


@pytest.mark.parametrize("module", sorted(PROVISIONED))
def test_every_configuration_the_suite_provisions_is_valid(module):
    specs = PROVISIONED[module]
    for pool in specs["pools"]:
        for domain in _domain_prefixes():
            breaches = validity.check_pool(pool, later_clients=specs["clients"], resource_servers=specs["servers"],
                                           providers=specs["providers"], domain=domain, name=f"{domain}-{pool.key}")
            assert not breaches, "\n".join(map(str, breaches))


def test_a_spec_in_a_new_module_is_found_and_checked():
    module = types.ModuleType("cognito_conformance.future_configurations")
    bad = ClientSpec("app", read_attributes=("email", "custom:level"))
    module.FUTURE_POOLS = {"future": PoolSpec("future", clients=(bad,))}
    module.__dict__["__name__"] = module.__name__
    specs = specs_in(module)
    assert [pool.key for pool in specs["pools"]] == ["future"]
    assert [b.rule.id for b in validity.check_pool(specs["pools"][0])] == ["read-attributes-exist"]


# --- each rule catches a configuration real Cognito would refuse ----------------------------------

BASE_POOL = PoolSpec("base", clients=(ClientSpec("app", read_attributes=("email", "custom:oshi"),
                                                 write_attributes=("email", "custom:oshi")),))


def _pool_request(**changes) -> dict:
    request = BASE_POOL.create_request("cc-check-base", {})
    request.update(changes)
    return request


def _client_request(**changes) -> dict:
    request = OAuthClientSpec("web", secret=True).create_request("<pool>", "cc-check-web")
    request.update(changes)
    return request


FACTS = validity.PoolFacts.of(_pool_request(Schema=[
    {"Name": "email", "AttributeDataType": "String", "Mutable": True},
    {"Name": "oshi", "AttributeDataType": "String", "Mutable": True},
    {"Name": "fixed", "AttributeDataType": "String", "Mutable": False}]))
FACTS.scopes = {"https://api.example.com/read"}
FACTS.providers = {"ExampleOIDC": {"email": "email"}}

SERVER = {"Identifier": "https://api.example.com", "Name": "cc-check-api",
          "Scopes": [{"ScopeName": "read", "ScopeDescription": "read"}]}
OIDC = {"ProviderName": "ExampleOIDC", "ProviderType": "OIDC", "AttributeMapping": {"email": "email"},
        "ProviderDetails": {"client_id": "c", "client_secret": "s", "attributes_request_method": "GET",
                            "oidc_issuer": "https://idp.example.com", "authorize_scopes": "openid email"}}
GOOGLE = {"ProviderName": "Google", "ProviderType": "Google", "AttributeMapping": {"email": "email"},
          "ProviderDetails": {"client_id": "c", "client_secret": "s", "authorize_scopes": "openid email profile"}}


def _pool(**changes):
    return validity.check_pool_request(_pool_request(**changes), "pool")


def _client(**changes):
    return validity.check_client_request(_client_request(**changes), FACTS, "client")


def _with(base: dict, **changes) -> dict:
    request = copy.deepcopy(base)
    request.update(changes)
    return request


def _custom(name: str) -> dict:
    return {"Name": name, "AttributeDataType": "String", "Mutable": True}


FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:cc-check-triggers"
KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"

#: rule id -> breaches of a configuration real Cognito would refuse for that reason.
REFUSED = {
    "pool-name": lambda: _pool(PoolName="has/slash"),
    "custom-attribute-name": lambda: _pool(Schema=[_custom("a" * 21), _custom("has space")]),
    "custom-attribute-count": lambda: validity.check_pool_request(
        {**_pool_request(), "Schema": [_custom(f"c{i}") for i in range(51)]}, "pool"),
    "schema-size": lambda: _pool(Schema=[]),
    "attribute-data-type": lambda: _pool(Schema=[{**_custom("x"), "AttributeDataType": "Integer"}]),
    "password-minimum-length": lambda: _pool(Policies={"PasswordPolicy": {"MinimumLength": 5}}),
    "temporary-password-days": lambda: _pool(Policies={"PasswordPolicy": {"TemporaryPasswordValidityDays": 366}}),
    "auto-verified-attributes": lambda: _pool(AutoVerifiedAttributes=["name"]),
    "verify-before-update": lambda: _pool(UserAttributeUpdateSettings={
        "AttributesRequireVerificationBeforeUpdate": ["name"]}),
    "recovery-mechanisms": lambda: _pool(AccountRecoverySetting={
        "RecoveryMechanisms": [{"Name": "verified_email", "Priority": 3}]}),
    "create-pool-mfa-needs-sms": lambda: _pool(MfaConfiguration="ON"),
    "mfa-configuration": lambda: validity.check_mfa_request({"MfaConfiguration": "REQUIRED"}, "pool"),
    "sms-sender": lambda: validity.check_mfa_request(
        {"MfaConfiguration": "OPTIONAL", "SmsMfaConfiguration": {"SmsConfiguration": {"ExternalId": "x"}}}, "pool"),
    "client-name": lambda: _client(ClientName=""),
    "read-attributes-exist": lambda: _client(ReadAttributes=["email", "custom:level"]),
    "write-attributes-exist": lambda: _client(WriteAttributes=["email", "custom:level"]),
    "write-attributes-not-developer-only": lambda: _client(WriteAttributes=["email", "dev:fixed"]),
    "mapped-attributes-writable": lambda: _client(SupportedIdentityProviders=["ExampleOIDC"], WriteAttributes=["name"]),
    "mapped-attributes-mutable": lambda: validity.check_provider_request(
        _with(OIDC, AttributeMapping={"custom:fixed": "sub"}), FACTS, "provider"),
    "token-validity-units": lambda: _client(IdTokenValidity=1, TokenValidityUnits={"IdToken": "weeks"}),
    "id-access-token-validity": lambda: _client(AccessTokenValidity=2, TokenValidityUnits={"AccessToken": "days"}),
    "refresh-token-validity": lambda: _client(RefreshTokenValidity=59, TokenValidityUnits={"RefreshToken": "minutes"}),
    "auth-session-validity": lambda: _client(AuthSessionValidity=16),
    "explicit-auth-flows": lambda: _client(ExplicitAuthFlows=["USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]),
    "rotation-without-refresh-token-auth": lambda: _client(
        ExplicitAuthFlows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        RefreshTokenRotation={"Feature": "ENABLED", "RetryGracePeriodSeconds": 0}),
    "refresh-token-auth-allowed": lambda: _client(ExplicitAuthFlows=["ALLOW_USER_SRP_AUTH"]),
    "oauth-needs-flag": lambda: _client(AllowedOAuthFlowsUserPoolClient=False),
    "oauth-flows": lambda: _client(AllowedOAuthFlows=["token"]),
    "client-credentials-alone": lambda: _client(AllowedOAuthFlows=["code", "client_credentials"],
                                                AllowedOAuthScopes=["https://api.example.com/read"]),
    "client-credentials-secret": lambda: _client(GenerateSecret=False, AllowedOAuthFlows=["client_credentials"],
                                                 AllowedOAuthScopes=["https://api.example.com/read"]),
    "client-credentials-custom-scopes": lambda: _client(AllowedOAuthFlows=["client_credentials"],
                                                        AllowedOAuthScopes=["openid"]),
    "scopes-exist": lambda: _client(AllowedOAuthScopes=["openid", "Cognito"]),
    "openid-with-claim-scopes": lambda: _client(AllowedOAuthScopes=["email", "profile"]),
    "scope-count": lambda: _client(AllowedOAuthScopes=["openid"] * 51),
    "identity-providers-exist": lambda: _client(SupportedIdentityProviders=["COGNITO", "Okta"]),
    "redirect-urls": lambda: _client(CallbackURLs=["http://app.example.com/callback"]),
    "url-count": lambda: _client(LogoutURLs=[f"https://app.example.com/{i}" for i in range(101)]),
    "default-redirect-in-callbacks": lambda: _client(DefaultRedirectURI="https://elsewhere.example.com/"),
    "prevent-user-existence-errors": lambda: _client(PreventUserExistenceErrors="ON"),
    "context-data-needs-secret": lambda: _client(GenerateSecret=False, EnablePropagateAdditionalUserContextData=True),
    "domain-prefix": lambda: validity.check_domain("My_Domain", "domain"),
    "domain-reserved-words": lambda: validity.check_domain("myamazon-login", "domain"),
    "resource-server": lambda: validity.check_resource_server(_with(SERVER, Identifier="has space"), "server"),
    "resource-server-scope": lambda: validity.check_resource_server(
        _with(SERVER, Scopes=[{"ScopeName": "a/b", "ScopeDescription": "x"}]), "server"),
    "group-name": lambda: validity.check_group("two words", "group"),
    "provider-type": lambda: validity.check_provider_request(_with(OIDC, ProviderType="OAuth2"), FACTS, "provider"),
    "provider-name": lambda: validity.check_provider_request(_with(OIDC, ProviderName="My_OIDC"), FACTS, "provider"),
    "social-provider-name": lambda: validity.check_provider_request(_with(GOOGLE, ProviderName="MyGoogle"),
                                                                    FACTS, "provider"),
    "provider-details": lambda: validity.check_provider_request(
        _with(GOOGLE, ProviderDetails={"client_id": "c", "authorize_scopes": "email"}), FACTS, "provider"),
    "social-authorize-scopes": lambda: validity.check_provider_request(
        _with(GOOGLE, ProviderDetails={**GOOGLE["ProviderDetails"], "authorize_scopes": "email calendar"}),
        FACTS, "provider"),
    "attribute-mapping": lambda: validity.check_provider_request(
        _with(OIDC, AttributeMapping={"custom:level": "level"}), FACTS, "provider"),
    # LambdaConfig (issue 22)
    "lambda-arn": lambda: _pool(LambdaConfig={"PreSignUp": "my-function"}),
    "pre-token-version": lambda: _pool(LambdaConfig={"PreTokenGenerationConfig": {
        "LambdaArn": FUNCTION, "LambdaVersion": "V4_0"}}),
    "pre-token-same-function": lambda: _pool(LambdaConfig={"PreTokenGeneration": FUNCTION + "-old",
                                                           "PreTokenGenerationConfig": {"LambdaArn": FUNCTION,
                                                                                        "LambdaVersion": "V1_0"}}),
    "pre-token-feature-plan": lambda: _pool(UserPoolTier="LITE", LambdaConfig={"PreTokenGenerationConfig": {
        "LambdaArn": FUNCTION, "LambdaVersion": "V2_0"}}),
    "custom-sender-version": lambda: _pool(LambdaConfig={"KMSKeyID": KEY, "CustomEmailSender": {
        "LambdaArn": FUNCTION, "LambdaVersion": "V2_0"}}),
    "custom-sender-kms-key": lambda: _pool(LambdaConfig={"CustomSMSSender": {"LambdaArn": FUNCTION,
                                                                             "LambdaVersion": "V1_0"}}),
}

#: Configurations at the documented edges, which real Cognito accepts: no rule may refuse them.
ACCEPTED = {
    "edges of the lifetimes": lambda: _client(IdTokenValidity=5, AccessTokenValidity=1, RefreshTokenValidity=3650,
                                              TokenValidityUnits={"IdToken": "minutes", "AccessToken": "days",
                                                                  "RefreshToken": "days"}),
    "refresh in 60 minutes": lambda: _client(RefreshTokenValidity=60, TokenValidityUnits={"RefreshToken": "minutes"}),
    "oidc:profile and an immutable attribute written at sign-up": lambda: _client(
        ReadAttributes=["oidc:profile", "email", "email_verified", "custom:fixed"],
        WriteAttributes=["oidc:profile", "email", "custom:fixed"]),
    "localhost callbacks": lambda: _client(CallbackURLs=["http://localhost:3000/cb", "http://127.0.0.1/cb",
                                                         "http://[::1]:8080/cb", "myapp://signin"]),
    "a rotating client without REFRESH_TOKEN_AUTH": lambda: _client(
        ExplicitAuthFlows=["ALLOW_USER_SRP_AUTH"], RefreshTokenRotation={"Feature": "ENABLED"}),
    "rotation disabled, with REFRESH_TOKEN_AUTH": lambda: _client(
        ExplicitAuthFlows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        RefreshTokenRotation={"Feature": "DISABLED"}),
    "legacy flows, which need no refresh flow": lambda: _client(ExplicitAuthFlows=["ADMIN_NO_SRP_AUTH"]),
    "a machine client": lambda: _client(AllowedOAuthFlows=["client_credentials"],
                                        AllowedOAuthScopes=["https://api.example.com/read"]),
    "a provider's details": lambda: validity.check_provider_request(OIDC, FACTS, "provider")
    + validity.check_provider_request(GOOGLE, FACTS, "provider"),
    "pre token generation V2_0 and V3_0 on the Essentials plan, and V1 on Lite": lambda: (
        validity.check_pool(configurations.pre_token_pool("V2_0")) + validity.check_pool(configurations.pre_token_pool("V3_0"))
        + validity.check_pool(replace(configurations.pre_token_pool("V3_0"), tier="PLUS"))
        + validity.check_pool(replace(configurations.pre_token_pool(None), tier="LITE"))),
    "a server and domain": lambda: validity.check_resource_server(SERVER, "server")
    + validity.check_domain("cc-2026113004414abcd-gw0", "domain"),
    "every trigger, V3_0 on Plus, both senders with a key": lambda: _pool(UserPoolTier="PLUS", LambdaConfig={
        **{name: FUNCTION for name in validity.PLAIN_TRIGGER_MEMBERS},
        "PreTokenGenerationConfig": {"LambdaArn": FUNCTION, "LambdaVersion": "V3_0"},
        "CustomEmailSender": {"LambdaArn": FUNCTION, "LambdaVersion": "V1_0"},
        "CustomSMSSender": {"LambdaArn": FUNCTION, "LambdaVersion": "V1_0"}, "KMSKeyID": KEY}),
    "an alias ARN and V2_0 by default (Essentials)": lambda: _pool(LambdaConfig={"PreTokenGenerationConfig": {
        "LambdaArn": FUNCTION + ":live", "LambdaVersion": "V2_0"}}),
}


def test_every_rule_has_a_refused_configuration():
    assert set(REFUSED) == set(validity.R), "each rule needs a configuration real Cognito refuses, here"


@pytest.mark.parametrize("rule", sorted(REFUSED))
def test_the_rule_catches_a_configuration_real_cognito_refuses(rule):
    breaches = REFUSED[rule]()
    assert rule in {breach.rule.id for breach in breaches}, f"not caught; found {[str(b) for b in breaches]}"


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_a_configuration_real_cognito_accepts_passes(case):
    assert ACCEPTED[case]() == []


def test_every_rule_names_its_source():
    for rule in validity.rules():
        assert rule.source.startswith("https://") and len(rule.quote) > 20, rule.id


def test_the_base_configurations_of_the_negative_tests_are_valid():
    assert validity.check_pool(BASE_POOL) == []
    assert _client() == []


# --- the provisioner refuses before sending --------------------------------------------------------

class RecordingCognito:
    """Stands in for boto3's cognito-idp client and records what would have been sent."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __getattr__(self, operation):
        def call(**request):
            self.calls.append(operation)
            if operation == "create_user_pool":
                return {"UserPool": {"Id": "eu-west-1_check"}}
            return {"UserPoolClient": {"ClientId": "client"}}
        return call


def test_the_provisioner_refuses_an_invalid_spec_before_sending_anything():
    cognito = RecordingCognito()
    spec = replace(BASE_POOL, key="mfa-like", clients=(ClientSpec("app", read_attributes=("custom:level",)),))
    with pytest.raises(validity.InvalidConfiguration) as refused:
        Provisioner(cognito, "cc-check", {}).pool(spec)
    message = str(refused.value)
    assert "read-attributes-exist" in message and "API_CreateUserPoolClient.html" in message
    assert "custom:level" in message and cognito.calls == []


def test_the_provisioner_refuses_an_invalid_later_client_and_domain():
    cognito = RecordingCognito()
    provisioner = Provisioner(cognito, "cc-check", {})
    pool = provisioner.pool(BASE_POOL)
    sent = list(cognito.calls)
    long_lived = ClientSpec("forever", lifetimes=(("refresh", Lifetime(3651, "days")),))
    with pytest.raises(validity.InvalidConfiguration, match="refresh-token-validity"):
        provisioner.add_client(pool, long_lived, "cc-check-forever")
    with pytest.raises(validity.InvalidConfiguration, match="domain-reserved-words"):
        provisioner.add_domain(pool, "cognito-check")
    assert cognito.calls == sent
