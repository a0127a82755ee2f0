"""Whether a configuration the suite provisions is one real Cognito accepts, checked offline.

The rules (``validity_rules.R``) are constraints the API Reference or the Developer Guide states for
CreateUserPool, SetUserPoolMfaConfig, CreateUserPoolClient / UpdateUserPoolClient, CreateUserPoolDomain,
CreateResourceServer, CreateGroup or CreateIdentityProvider, each with the page and the sentence that
states it (a few rest on an error real Cognito was seen to return, and say so). The checks here read
the request the suite would send (``create_request()`` of a spec), so what is checked is what is sent.

``check_pool`` checks a pool with everything the suite creates in it; ``refuse`` turns breaches into
one ``InvalidConfiguration`` naming each rule and its source, which the provisioner raises before
it sends anything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .validity_rules import API, GUIDE, R, Rule  # noqa: F401  (re-exported: validity.R, validity.Rule)

#: Standard attributes every pool has (Developer Guide "Working with user attributes").
STANDARD_ATTRIBUTES = frozenset((
    "address", "birthdate", "email", "family_name", "gender", "given_name", "locale", "middle_name", "name",
    "nickname", "phone_number", "picture", "preferred_username", "profile", "updated_at", "website",
    "zoneinfo"))
VERIFIED_FLAGS = frozenset(("email_verified", "phone_number_verified"))
#: "add oidc:profile to the value of ReadAttributes" / WriteAttributes (Developer Guide, same page).
PROFILE_SCOPE = "oidc:profile"
STANDARD_SCOPES = frozenset(("phone", "email", "openid", "profile", "aws.cognito.signin.user.admin"))
CLAIM_SCOPES = frozenset(("phone", "email", "profile"))
SOCIAL_PROVIDERS = frozenset(("Facebook", "Google", "LoginWithAmazon", "SignInWithApple"))
LEGACY_FLOWS = frozenset(("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH"))
ALLOW_FLOWS = frozenset(("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH",
                         "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH",
                         "ALLOW_TOKEN_EXCHANGE_DELEGATION", "ALLOW_TOKEN_EXCHANGE_IMPERSONATION"))
UNIT_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}
#: The ProviderDetails keys of each type's documented create request that are not optional.
PROVIDER_DETAILS = {
    "Google": {"client_id", "client_secret", "authorize_scopes"},
    "Facebook": {"client_id", "client_secret", "authorize_scopes"},
    "LoginWithAmazon": {"client_id", "client_secret", "authorize_scopes"},
    "SignInWithApple": {"client_id", "team_id", "key_id", "private_key", "authorize_scopes"},
    # authorize_url, token_url, attributes_url, jwks_uri: "when it can't discover endpoint URLs".
    "OIDC": {"client_id", "attributes_request_method", "oidc_issuer", "authorize_scopes"},
}
#: The authorize_scopes values the API lists for each social provider.
SOCIAL_SCOPES = {
    "Google": {"email", "profile", "openid"},
    "Facebook": {"public_profile", "email"},
    "LoginWithAmazon": {"profile", "postal_code"},
    "SignInWithApple": {"email", "name"},
}
REDIRECT_HTTP_HOSTS = ("localhost", "127.0.0.1", "[::1]")
NAME_PATTERN = re.compile(r"[\w\s+=,.@-]+")
DOMAIN_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?")
RESERVED_DOMAIN_WORDS = ("aws", "amazon", "cognito")


@dataclass(frozen=True)
class Breach:
    """A configuration that breaks a rule: what, where, and the rule with its source."""

    rule: Rule
    subject: str
    detail: str

    def __str__(self) -> str:
        return (f"{self.subject}: {self.detail} — breaks rule {self.rule.id!r} ({self.rule.operation}: "
                f"{self.rule.summary}); {self.rule.cite()}")


class InvalidConfiguration(Exception):
    """A configuration real Cognito would refuse; raised before anything is sent."""

    def __init__(self, breaches: list[Breach]) -> None:
        self.breaches = breaches
        super().__init__("real Cognito would refuse this configuration:\n  " + "\n  ".join(map(str, breaches)))


def refuse(breaches: list[Breach]) -> None:
    if breaches:
        raise InvalidConfiguration(breaches)


@dataclass
class PoolFacts:
    """What the create requests of a pool's other parts need to know about it."""

    #: Attribute name ("custom:oshi", "email") -> whether it is mutable.
    attributes: dict[str, bool]
    scopes: set[str] = field(default_factory=set)
    #: Identity provider name -> its AttributeMapping (pool attribute -> provider claim).
    providers: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, pool_request: dict) -> "PoolFacts":
        attributes = {name: True for name in STANDARD_ATTRIBUTES}
        for item in pool_request.get("Schema", []):
            name = item["Name"]
            if name in STANDARD_ATTRIBUTES:
                attributes[name] = item.get("Mutable", True)
            else:
                prefix = "dev:" if item.get("DeveloperOnlyAttribute") else "custom:"
                attributes[prefix + name] = item.get("Mutable", True)
        return cls(attributes)


def _text_ok(value: str, low: int, high: int, pattern: re.Pattern | None = None) -> bool:
    return isinstance(value, str) and low <= len(value) <= high and (
        pattern is None or pattern.fullmatch(value) is not None)


def _categories_ok(value: str, allowed: str = "LMSNP") -> bool:
    return all(unicodedata.category(char)[0] in allowed for char in value)


# --- pools ----------------------------------------------------------------------------------------

def check_pool_request(request: dict, subject: str) -> list[Breach]:
    found: list[Breach] = []
    add = lambda rule, detail: found.append(Breach(R[rule], subject, detail))  # noqa: E731
    if not _text_ok(request.get("PoolName", ""), 1, 128, NAME_PATTERN):
        add("pool-name", f"PoolName {request.get('PoolName')!r}")
    schema = request.get("Schema", [])
    if "Schema" in request and not 1 <= len(schema) <= 50:  # a request without a Schema keeps the standard one
        add("schema-size", f"{len(schema)} schema attributes")
    custom = [item for item in schema if item["Name"] not in STANDARD_ATTRIBUTES]
    if len(custom) > 50:
        add("custom-attribute-count", f"{len(custom)} custom attributes")
    for item in custom:
        if not (1 <= len(item["Name"]) <= 20 and _categories_ok(item["Name"])):
            add("custom-attribute-name", f"custom attribute name {item['Name']!r}")
    for item in schema:
        if item.get("AttributeDataType") not in ("String", "Number", "DateTime", "Boolean"):
            add("attribute-data-type", f"attribute {item['Name']!r} has data type {item.get('AttributeDataType')!r}")
    policy = request.get("Policies", {}).get("PasswordPolicy", {})
    if "MinimumLength" in policy and not 6 <= policy["MinimumLength"] <= 99:
        add("password-minimum-length", f"MinimumLength {policy['MinimumLength']}")
    if "TemporaryPasswordValidityDays" in policy and not 0 <= policy["TemporaryPasswordValidityDays"] <= 365:
        add("temporary-password-days", f"TemporaryPasswordValidityDays {policy['TemporaryPasswordValidityDays']}")
    for name in request.get("AutoVerifiedAttributes", []):
        if name not in ("phone_number", "email"):
            add("auto-verified-attributes", f"AutoVerifiedAttributes names {name!r}")
    update = request.get("UserAttributeUpdateSettings", {})
    for name in update.get("AttributesRequireVerificationBeforeUpdate", []):
        if name not in ("phone_number", "email"):
            add("verify-before-update", f"AttributesRequireVerificationBeforeUpdate names {name!r}")
    for option in request.get("AccountRecoverySetting", {}).get("RecoveryMechanisms", []):
        if option.get("Name") not in ("verified_email", "verified_phone_number", "admin_only") or \
                option.get("Priority") not in (1, 2):
            add("recovery-mechanisms", f"recovery mechanism {option}")
    if request.get("MfaConfiguration") in ("ON", "OPTIONAL") and "SmsConfiguration" not in request:
        add("create-pool-mfa-needs-sms", f"MfaConfiguration {request['MfaConfiguration']} without SmsConfiguration")
    if "LambdaConfig" in request:
        found += check_lambda_config(request["LambdaConfig"], request.get("UserPoolTier"), subject)
    return found


ARN_PATTERN = re.compile(r"arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?"
                         r"(:[\w+=/,.@-]+)?")
#: LambdaConfig members that name a function by a plain ARN (API LambdaConfigType).
PLAIN_TRIGGER_MEMBERS = ("PreSignUp", "CustomMessage", "PostConfirmation", "PreAuthentication", "PostAuthentication",
                         "DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse",
                         "PreTokenGeneration", "UserMigration")


def check_lambda_config(config: dict, tier: str | None, subject: str) -> list[Breach]:
    """CreateUserPool's LambdaConfig (and the UserPoolTier it is sent with; None: the default, Essentials)."""
    found: list[Breach] = []
    add = lambda rule, detail: found.append(Breach(R[rule], subject, detail))  # noqa: E731
    arns = {name: config[name] for name in PLAIN_TRIGGER_MEMBERS if name in config}
    for name in ("PreTokenGenerationConfig", "CustomEmailSender", "CustomSMSSender"):
        if isinstance(config.get(name), dict):
            arns[f"{name}.LambdaArn"] = config[name].get("LambdaArn")
    for name, arn in arns.items():
        if not (isinstance(arn, str) and 20 <= len(arn) <= 2048 and ARN_PATTERN.fullmatch(arn)):
            add("lambda-arn", f"LambdaConfig {name} {arn!r}")
    tokens = config.get("PreTokenGenerationConfig")
    if isinstance(tokens, dict):
        version = tokens.get("LambdaVersion")
        if version not in ("V1_0", "V2_0", "V3_0"):
            add("pre-token-version", f"PreTokenGenerationConfig LambdaVersion {version!r}")
        if config.get("PreTokenGeneration") and config["PreTokenGeneration"] != tokens.get("LambdaArn"):
            add("pre-token-same-function", f"PreTokenGeneration {config['PreTokenGeneration']!r} and "
                                           f"PreTokenGenerationConfig LambdaArn {tokens.get('LambdaArn')!r}")
        if version in ("V2_0", "V3_0") and tier == "LITE":
            add("pre-token-feature-plan", f"PreTokenGenerationConfig LambdaVersion {version} in a LITE pool")
    for name in ("CustomEmailSender", "CustomSMSSender"):
        if isinstance(config.get(name), dict):
            if config[name].get("LambdaVersion") != "V1_0":
                add("custom-sender-version", f"{name} LambdaVersion {config[name].get('LambdaVersion')!r}")
            if not config.get("KMSKeyID"):
                add("custom-sender-kms-key", f"{name} without KMSKeyID")
    return found


def check_mfa_request(request: dict, subject: str) -> list[Breach]:
    found: list[Breach] = []
    if request.get("MfaConfiguration") not in ("OFF", "ON", "OPTIONAL"):
        found.append(Breach(R["mfa-configuration"], subject, f"MfaConfiguration {request.get('MfaConfiguration')!r}"))
    sms = request.get("SmsMfaConfiguration", {}).get("SmsConfiguration")
    if "SmsMfaConfiguration" in request and (not sms or bool(sms.get("SnsCallerArn")) == bool(sms.get("EumsSms"))):
        found.append(Breach(R["sms-sender"], subject, f"SMS MFA with SmsConfiguration {sms}"))
    return found


def check_group(name: str, subject: str) -> list[Breach]:
    if _text_ok(name, 1, 128) and _categories_ok(name):
        return []
    return [Breach(R["group-name"], subject, f"GroupName {name!r}")]


# --- app clients ----------------------------------------------------------------------------------

def _seconds(request: dict, token: str, default_unit: str) -> int | None:
    value = request.get(f"{token}Validity")
    if value is None:
        return None
    unit = request.get("TokenValidityUnits", {}).get(token, default_unit)
    return value * UNIT_SECONDS.get(unit, 0)


def _redirect_url_ok(url: str) -> bool:
    parts = urlsplit(url)
    if not parts.scheme or parts.fragment or "#" in url:
        return False
    if parts.scheme == "http":
        return parts.netloc.split(":")[0] in REDIRECT_HTTP_HOSTS or parts.netloc.startswith("[::1]")
    if parts.scheme == "https":
        return bool(parts.netloc)
    return True  # app callback URLs such as myapp://example are supported


def check_client_request(request: dict, facts: PoolFacts, subject: str) -> list[Breach]:
    """Check a CreateUserPoolClient (or UpdateUserPoolClient) request against the pool it goes to."""
    found: list[Breach] = []
    add = lambda rule, detail: found.append(Breach(R[rule], subject, detail))  # noqa: E731
    if not _text_ok(request.get("ClientName", ""), 1, 128, NAME_PATTERN):
        add("client-name", f"ClientName {request.get('ClientName')!r}")
    for name in request.get("ReadAttributes", []):
        if name not in facts.attributes and name not in VERIFIED_FLAGS and name != PROFILE_SCOPE:
            add("read-attributes-exist", f"reads {name!r}, which the pool's schema does not have")
    writable = request.get("WriteAttributes")
    for name in writable or []:
        if name.startswith("dev:"):
            add("write-attributes-not-developer-only", f"writes the developer-only attribute {name!r}")
        elif name not in facts.attributes and name not in VERIFIED_FLAGS and name != PROFILE_SCOPE:
            add("write-attributes-exist", f"writes {name!r}, which the pool's schema does not have")
    units = request.get("TokenValidityUnits", {})
    for token, unit in units.items():
        if unit not in UNIT_SECONDS:
            add("token-validity-units", f"{token} unit {unit!r}")
    for token in ("IdToken", "AccessToken"):
        seconds = _seconds(request, token, "hours")
        if seconds is not None and not 300 <= seconds <= 86400:
            add("id-access-token-validity", f"{token}Validity {request[token + 'Validity']} "
                                            f"{units.get(token, 'hours')} is {seconds} s")
    seconds = _seconds(request, "RefreshToken", "days")
    if seconds is not None and not 3600 <= seconds <= 3650 * 86400:
        add("refresh-token-validity", f"RefreshTokenValidity {request['RefreshTokenValidity']} "
                                      f"{units.get('RefreshToken', 'days')} is {seconds} s")
    if "AuthSessionValidity" in request and not 3 <= request["AuthSessionValidity"] <= 15:
        add("auth-session-validity", f"AuthSessionValidity {request['AuthSessionValidity']}")
    flows = set(request.get("ExplicitAuthFlows", []))
    unknown = flows - LEGACY_FLOWS - ALLOW_FLOWS
    if unknown or (flows & LEGACY_FLOWS and flows & ALLOW_FLOWS):
        add("explicit-auth-flows", f"ExplicitAuthFlows {sorted(flows)}")
    rotates = request.get("RefreshTokenRotation", {}).get("Feature") == "ENABLED"
    if rotates and "ALLOW_REFRESH_TOKEN_AUTH" in flows:
        add("rotation-without-refresh-token-auth", "ALLOW_REFRESH_TOKEN_AUTH on a client that rotates refresh tokens")
    if flows & ALLOW_FLOWS and not rotates and "ALLOW_REFRESH_TOKEN_AUTH" not in flows:
        add("refresh-token-auth-allowed", f"ExplicitAuthFlows {sorted(flows)} without ALLOW_REFRESH_TOKEN_AUTH")
    if request.get("PreventUserExistenceErrors", "LEGACY") not in ("LEGACY", "ENABLED"):
        add("prevent-user-existence-errors", f"PreventUserExistenceErrors {request['PreventUserExistenceErrors']!r}")
    secret = bool(request.get("GenerateSecret") or request.get("ClientSecret"))
    if request.get("EnablePropagateAdditionalUserContextData") and not secret:
        add("context-data-needs-secret", "EnablePropagateAdditionalUserContextData on a client without a secret")
    found += _check_oauth(request, facts, secret, add)
    return found


def _check_oauth(request: dict, facts: PoolFacts, secret: bool, add) -> list[Breach]:
    oauth_members = [m for m in ("AllowedOAuthFlows", "AllowedOAuthScopes", "CallbackURLs", "LogoutURLs")
                     if request.get(m)]
    if oauth_members and request.get("AllowedOAuthFlowsUserPoolClient") is not True:
        add("oauth-needs-flag", f"sets {', '.join(oauth_members)} without AllowedOAuthFlowsUserPoolClient true")
    flows = request.get("AllowedOAuthFlows", [])
    scopes = request.get("AllowedOAuthScopes", [])
    if set(flows) - {"code", "implicit", "client_credentials"}:
        add("oauth-flows", f"AllowedOAuthFlows {flows}")
    if "client_credentials" in flows:
        if len(set(flows)) > 1:
            add("client-credentials-alone", f"AllowedOAuthFlows {flows}")
        if not secret:
            add("client-credentials-secret", "client_credentials on a client without a secret")
        standard = [s for s in scopes if s in STANDARD_SCOPES]
        if standard:
            add("client-credentials-custom-scopes", f"client_credentials with the scopes {standard}")
    for scope in scopes:
        if scope not in STANDARD_SCOPES and scope not in facts.scopes:
            add("scopes-exist", f"allows the scope {scope!r}, which neither Cognito nor a resource server "
                                "of the pool defines")
    if set(scopes) & CLAIM_SCOPES and "openid" not in scopes:
        add("openid-with-claim-scopes", f"allows {sorted(set(scopes) & CLAIM_SCOPES)} without openid")
    if len(scopes) > 50:
        add("scope-count", f"{len(scopes)} scopes")
    for name in request.get("SupportedIdentityProviders", []):
        if name != "COGNITO" and name not in SOCIAL_PROVIDERS | set(facts.providers):
            add("identity-providers-exist", f"offers the identity provider {name!r}, which the pool does not have")
        # Without WriteAttributes a client writes "the Standard attributes of your user pool".
        writable = request.get("WriteAttributes", STANDARD_ATTRIBUTES)
        for attribute in facts.providers.get(name, {}):
            if attribute not in writable:
                add("mapped-attributes-writable", f"offers {name!r}, which maps {attribute!r}, but cannot write it")
    callbacks = request.get("CallbackURLs", [])
    for url in [*callbacks, *filter(None, [request.get("DefaultRedirectURI")])]:
        if not _redirect_url_ok(url):
            add("redirect-urls", f"redirect URL {url!r}")
    if len(callbacks) > 100 or len(request.get("LogoutURLs", [])) > 100:
        add("url-count", f"{len(callbacks)} callback and {len(request.get('LogoutURLs', []))} logout URLs")
    default = request.get("DefaultRedirectURI")
    if default is not None and default not in callbacks:
        add("default-redirect-in-callbacks", f"DefaultRedirectURI {default!r} is not among {callbacks}")
    return []


# --- domains, resource servers, identity providers ------------------------------------------------

def check_domain(domain: str, subject: str) -> list[Breach]:
    found = []
    if not (_text_ok(domain, 1, 63) and DOMAIN_PATTERN.fullmatch(domain)):
        found.append(Breach(R["domain-prefix"], subject, f"domain prefix {domain!r}"))
    words = [word for word in RESERVED_DOMAIN_WORDS if word in domain.lower()]
    if words:
        found.append(Breach(R["domain-reserved-words"], subject, f"domain prefix {domain!r} contains {words}"))
    return found


def check_resource_server(request: dict, subject: str) -> list[Breach]:
    found = []
    identifier_ok = _text_ok(request.get("Identifier", ""), 1, 256, re.compile(r"[\x21\x23-\x5B\x5D-\x7E]+"))
    scopes = request.get("Scopes", [])
    if not identifier_ok or not _text_ok(request.get("Name", ""), 1, 256, NAME_PATTERN) or len(scopes) > 100:
        found.append(Breach(R["resource-server"], subject,
                            f"Identifier {request.get('Identifier')!r}, Name {request.get('Name')!r}, "
                            f"{len(scopes)} scopes"))
    name_pattern = re.compile(r"[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+")
    for scope in scopes:
        if not (_text_ok(scope.get("ScopeName", ""), 1, 256, name_pattern)
                and _text_ok(scope.get("ScopeDescription", ""), 1, 256)):
            found.append(Breach(R["resource-server-scope"], subject, f"scope {scope}"))
    return found


def resource_server_scopes(request: dict) -> set[str]:
    return {f"{request['Identifier']}/{scope['ScopeName']}" for scope in request.get("Scopes", [])}


def check_provider_request(request: dict, facts: PoolFacts, subject: str) -> list[Breach]:
    found: list[Breach] = []
    add = lambda rule, detail: found.append(Breach(R[rule], subject, detail))  # noqa: E731
    kind, name = request.get("ProviderType"), request.get("ProviderName", "")
    details = request.get("ProviderDetails", {})
    if kind not in {*SOCIAL_PROVIDERS, "SAML", "OIDC"}:
        add("provider-type", f"ProviderType {kind!r}")
    # [^_\p{Z}] [\p{L}\p{M}\p{S}\p{N}\p{P}] [^_\p{Z}]+ : no underscore or space but in second place.
    if not (3 <= len(name) <= 32 and _categories_ok(name[1])
            and all(char != "_" and unicodedata.category(char)[0] != "Z" for char in name[:1] + name[2:])):
        add("provider-name", f"ProviderName {name!r}")
    if kind in SOCIAL_PROVIDERS and name != kind:
        add("social-provider-name", f"a {kind} provider named {name!r}")
    if kind == "SAML":
        if ("MetadataURL" in details) == ("MetadataFile" in details):
            add("provider-details", "a SAML provider needs MetadataURL or MetadataFile (one of them)")
    elif kind in PROVIDER_DETAILS and not PROVIDER_DETAILS[kind] <= set(details):
        add("provider-details", f"a {kind} provider lacks {sorted(PROVIDER_DETAILS[kind] - set(details))}")
    if kind in SOCIAL_SCOPES:
        asked = set(re.split(r"[\s,]+", details.get("authorize_scopes", "").strip())) - {""}
        if not asked <= SOCIAL_SCOPES[kind]:
            add("social-authorize-scopes", f"{kind} authorize_scopes {sorted(asked - SOCIAL_SCOPES[kind])}")
    for attribute in request.get("AttributeMapping", {}):
        if not 1 <= len(attribute) <= 32 or attribute not in facts.attributes:
            add("attribute-mapping", f"maps {attribute!r}, which is not an attribute of the pool")
        elif not facts.attributes[attribute]:
            add("mapped-attributes-mutable", f"maps {attribute!r}, which the pool defines as immutable")
    return found


# --- a pool with everything the suite creates in it -----------------------------------------------

def check_pool(spec, *, later_clients=(), resource_servers=(), providers=(), domain: str | None = None,
               name: str = "cc-check") -> list[Breach]:
    """Every rule, for a PoolSpec and what the suite adds to that pool later.

    ``resource_servers`` are CreateResourceServer requests, ``providers`` ProviderSetups (or anything with
    ``create_request(pool_id)``), ``later_clients`` ClientSpecs created after them.
    """
    subject = f"pool {spec.key!r}"
    pool_request = spec.create_request(name, {})
    if spec.triggers is not None:  # the suite's functions stand in for any ARN: the configuration is what is checked
        placeholder = "arn:aws:lambda:us-east-1:123456789012:function:cc-check-triggers"
        kms = "arn:aws:kms:us-east-1:123456789012:key/cc-check" if spec.triggers.needs_kms_key else None
        pool_request["LambdaConfig"] = spec.triggers.lambda_config(
            {trigger: placeholder for trigger in spec.triggers.triggers}, kms)
    found = check_pool_request(pool_request, subject)
    mfa = spec.mfa_request("<pool id>", "arn:aws:iam::123456789012:role/check") if spec.sms else \
        spec.mfa_request("<pool id>", None)
    if mfa:
        found += check_mfa_request(mfa, subject)
    for group in spec.group_requests():
        found += check_group(group["GroupName"], f"{subject}, group {group['GroupName']!r}")
    facts = PoolFacts.of(pool_request)
    for server in resource_servers:
        found += check_resource_server(server, f"{subject}, resource server {server.get('Identifier')!r}")
        facts.scopes |= resource_server_scopes(server)
    for provider in providers:
        request = provider.create_request("<pool id>")
        found += check_provider_request(request, facts, f"{subject}, identity provider {request['ProviderName']!r}")
        facts.providers[request["ProviderName"]] = dict(request.get("AttributeMapping", {}))
    for client in (*spec.clients, *later_clients):
        found += check_client_request(client.create_request("<pool id>", f"{name}-{client.key}"),
                                      facts, f"{subject}, app client {client.key!r}")
    if domain is not None:
        found += check_domain(domain, f"{subject}, domain")
    return found


def rules() -> list[Rule]:
    return list(R.values())
