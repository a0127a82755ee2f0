"""Whether a configuration the suite provisions is one real Cognito accepts, checked offline.

Each ``Rule`` is a constraint the API Reference or the Developer Guide states for CreateUserPool,
SetUserPoolMfaConfig, CreateUserPoolClient / UpdateUserPoolClient, CreateUserPoolDomain,
CreateResourceServer, CreateGroup or CreateIdentityProvider, with the page and the sentence that
states it (a few rest on an error real Cognito was seen to return, and say so). The checks read the
request the suite would send (``create_request()`` of a spec), so what is checked is what is sent.
Where the documentation states no constraint, there is no rule.

``check_pool`` checks a pool with everything the suite creates in it; ``refuse`` turns breaches into
one ``InvalidConfiguration`` naming each rule and its source, which the provisioner raises before
it sends anything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/"
GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/"


@dataclass(frozen=True)
class Rule:
    """One documented constraint: what it says, for which operation, and where AWS says it."""

    id: str
    operation: str
    summary: str
    source: str
    quote: str

    def cite(self) -> str:
        return f'{self.source} says: "{self.quote}"'


def _rule(id_: str, operation: str, summary: str, page: str, quote: str) -> Rule:
    return Rule(id_, operation, summary, page, quote)


R = {rule.id: rule for rule in (
    # --- CreateUserPool -------------------------------------------------------------------------
    _rule("pool-name", "CreateUserPool", "PoolName is 1-128 characters of [\\w\\s+=,.@-]",
          API + "API_CreateUserPool.html",
          "PoolName ... Length Constraints: Minimum length of 1. Maximum length of 128. "
          "Pattern: [\\w\\s+=,.@-]+"),
    _rule("custom-attribute-name", "CreateUserPool",
          "a custom attribute's Name is 1-20 letters, marks, symbols, numbers or punctuation",
          API + "API_SchemaAttributeType.html",
          "Name ... Length Constraints: Minimum length of 1. Maximum length of 20. "
          "Pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"),
    _rule("custom-attribute-count", "CreateUserPool", "a pool has at most 50 custom attributes",
          GUIDE + "user-pool-settings-attributes.html",
          "You can add up to 50 custom attributes to your user pool."),
    _rule("schema-size", "CreateUserPool", "Schema has 1 to 50 attributes",
          API + "API_CreateUserPool.html",
          "Schema ... Array Members: Minimum number of 1 item. Maximum number of 50 items."),
    _rule("attribute-data-type", "CreateUserPool", "AttributeDataType is String, Number, DateTime or Boolean",
          API + "API_SchemaAttributeType.html",
          "AttributeDataType ... Valid Values: String | Number | DateTime | Boolean"),
    _rule("password-minimum-length", "CreateUserPool", "PasswordPolicy MinimumLength is 6-99",
          API + "API_PasswordPolicyType.html",
          "MinimumLength ... This value can't be less than 6. ... Valid Range: Minimum value of 6. "
          "Maximum value of 99."),
    _rule("temporary-password-days", "CreateUserPool", "TemporaryPasswordValidityDays is 0-365",
          API + "API_PasswordPolicyType.html",
          "TemporaryPasswordValidityDays ... Valid Range: Minimum value of 0. Maximum value of 365."),
    _rule("auto-verified-attributes", "CreateUserPool", "AutoVerifiedAttributes are phone_number or email",
          API + "API_CreateUserPool.html", "AutoVerifiedAttributes ... Valid Values: phone_number | email"),
    _rule("verify-before-update", "CreateUserPool",
          "AttributesRequireVerificationBeforeUpdate names phone_number or email",
          API + "API_UserAttributeUpdateSettingsType.html",
          "AttributesRequireVerificationBeforeUpdate ... Valid Values: phone_number | email"),
    _rule("recovery-mechanisms", "CreateUserPool",
          "RecoveryMechanisms are verified_email, verified_phone_number or admin_only, priority 1 or 2",
          API + "API_RecoveryOptionType.html",
          "Priority ... Valid Range: Minimum value of 1. Maximum value of 2. Name ... Valid Values: "
          "verified_email | verified_phone_number | admin_only"),
    _rule("mfa-configuration", "SetUserPoolMfaConfig", "MfaConfiguration is OFF, ON or OPTIONAL",
          API + "API_SetUserPoolMfaConfig.html", "MfaConfiguration ... Valid Values: OFF | ON | OPTIONAL"),
    _rule("create-pool-mfa-needs-sms", "CreateUserPool",
          "CreateUserPool with MfaConfiguration ON or OPTIONAL includes an SmsConfiguration",
          API + "API_CreateUserPool.html",
          "If you set MfaConfiguration to either of these values, include an SmsConfiguration in the "
          "same request ... If you omit SmsConfiguration, the operation returns an InvalidParameterException."),
    _rule("sms-sender", "SetUserPoolMfaConfig",
          "SMS MFA names one sender: an SNS caller role ARN or an End User Messaging configuration, not both",
          API + "API_SmsConfigurationType.html",
          "In a user pool, provide either the Amazon SNS configuration (SnsCallerArn) or this "
          "configuration, but not both."),
    # --- CreateUserPoolClient / UpdateUserPoolClient --------------------------------------------
    _rule("client-name", "CreateUserPoolClient", "ClientName is 1-128 characters of [\\w\\s+=,.@-]",
          API + "API_CreateUserPoolClient.html",
          "ClientName ... Length Constraints: Minimum length of 1. Maximum length of 128. "
          "Pattern: [\\w\\s+=,.@-]+"),
    _rule("read-attributes-exist", "CreateUserPoolClient",
          "ReadAttributes name attributes of the pool: standard ones, email_verified, "
          "phone_number_verified, custom ones the pool defines, or the oidc:profile scope",
          API + "API_CreateUserPoolClient.html",
          "When you don't specify the ReadAttributes for your app client, your app can read the values of "
          "email_verified, phone_number_verified, and the standard attributes of your user pool. (Real "
          "Cognito refuses others: InvalidParameterException \"Invalid read attributes specified while "
          "creating a client\", aws-cdk#20760, aws-cdk#34379, aws-sdk-java#1395.)"),
    _rule("write-attributes-exist", "CreateUserPoolClient",
          "WriteAttributes name standard attributes, custom ones the pool defines, or the oidc:profile scope",
          API + "API_CreateUserPoolClient.html",
          "When you don't specify the WriteAttributes for your app client, your app can write the values "
          "of the Standard attributes of your user pool. (Real Cognito refuses others: "
          "InvalidParameterException \"Invalid write attributes specified while creating a client\".)"),
    _rule("write-attributes-not-developer-only", "CreateUserPoolClient",
          "WriteAttributes name no developer-only (dev:) attribute",
          API + "API_SchemaAttributeType.html",
          "Developer-only dev: attributes are a legacy feature of user pools, and are read-only to all app "
          "clients."),
    _rule("mapped-attributes-writable", "CreateUserPoolClient",
          "a client offering an identity provider can write every attribute that provider maps",
          API + "API_CreateUserPoolClient.html",
          "If your app client allows users to sign in through an IdP, this array must include all "
          "attributes that you have mapped to IdP attributes."),
    _rule("mapped-attributes-mutable", "CreateIdentityProvider",
          "every attribute an identity provider maps is mutable in the pool",
          API + "API_SchemaAttributeType.html",
          "Any user pool attribute whose value you map from an IdP attribute must be mutable, with a "
          "parameter value of true."),
    _rule("token-validity-units", "CreateUserPoolClient",
          "TokenValidityUnits are seconds, minutes, hours or days",
          API + "API_TokenValidityUnitsType.html",
          "AccessToken ... IdToken ... RefreshToken ... Valid Values: seconds | minutes | hours | days"),
    _rule("id-access-token-validity", "CreateUserPoolClient",
          "ID and access tokens live from 5 minutes to 1 day (unit hours unless stated)",
          API + "API_TokenValidityUnitsType.html",
          "The default AccessTokenValidity time unit is hours. AccessTokenValidity duration can range "
          "from five minutes to one day. ... IdTokenValidity duration can range from five minutes to one day."),
    _rule("refresh-token-validity", "CreateUserPoolClient",
          "refresh tokens live from 60 minutes to 10 years, 3650 days (unit days unless stated)",
          API + "API_TokenValidityUnitsType.html",
          "The default RefreshTokenValidity time unit is days. RefreshTokenValidity duration can range "
          "from 60 minutes to 10 years."),
    _rule("auth-session-validity", "CreateUserPoolClient", "AuthSessionValidity is 3-15 minutes",
          API + "API_CreateUserPoolClient.html",
          "AuthSessionValidity is the duration, in minutes, of that session token. ... Valid Range: "
          "Minimum value of 3. Maximum value of 15."),
    _rule("explicit-auth-flows", "CreateUserPoolClient",
          "ExplicitAuthFlows are documented values, and legacy ones are not mixed with ALLOW_ ones",
          API + "API_CreateUserPoolClient.html",
          "You can't assign these legacy ExplicitAuthFlows values to user pool clients at the same time as "
          "values that begin with ALLOW_, like ALLOW_USER_SRP_AUTH."),
    _rule("oauth-needs-flag", "CreateUserPoolClient",
          "OAuth flows, scopes, callback and logout URLs need AllowedOAuthFlowsUserPoolClient true",
          API + "API_CreateUserPoolClient.html",
          "This parameter must have a value of true before you can configure the following features in "
          "your app client. CallBackURLs ... LogoutURLs ... AllowedOAuthScopes ... AllowedOAuthFlows"),
    _rule("oauth-flows", "CreateUserPoolClient", "AllowedOAuthFlows are code, implicit or client_credentials",
          API + "API_CreateUserPoolClient.html",
          "AllowedOAuthFlows ... Valid Values: code | implicit | client_credentials"),
    _rule("client-credentials-alone", "CreateUserPoolClient",
          "client_credentials is the only OAuth flow of its client",
          GUIDE + "federation-endpoints-oauth-grants.html",
          "You can't enable client credentials grants in the same app client as either implicit or "
          "authorization code grants."),
    _rule("client-credentials-secret", "CreateUserPoolClient", "a client_credentials client has a secret",
          GUIDE + "federation-endpoints-oauth-grants.html",
          "Your app client must have a client secret and support client credentials grants only."),
    _rule("client-credentials-custom-scopes", "CreateUserPoolClient",
          "a client_credentials client allows only custom (resource-server) scopes",
          GUIDE + "cognito-user-pools-app-idp-settings.html",
          "Since the client credentials flow is not used on behalf of a user, only custom scopes can be used "
          "with this flow. (Developer Guide 2023, \"Configuring a user pool app client\", Allowed OAuth Flows)"),
    _rule("scopes-exist", "CreateUserPoolClient",
          "AllowedOAuthScopes are phone, email, openid, profile, aws.cognito.signin.user.admin or "
          "scopes of a resource server of the pool",
          API + "API_CreateUserPoolClient.html",
          "Scope values include phone, email, openid, and profile. The aws.cognito.signin.user.admin scope "
          "authorizes user self-service operations. Custom scopes with resource servers authorize access "
          "to external APIs. (Others: ScopeDoesNotExistException \"Invalid scope requested\", "
          "awsdocs/aws-cloudformation-user-guide#564.)"),
    _rule("openid-with-claim-scopes", "CreateUserPoolClient",
          "a client allowing phone, email or profile allows openid too (they can only be asked for with it)",
          GUIDE + "authorization-endpoint.html",
          "The phone, email, and profile scopes can only be requested if openid scope is also requested. "
          "(And for an app client's Allowed OAuth Scopes, cognito-user-pools-app-idp-settings.html, 2023: "
          "phone, email, profile: \"This scope can only be requested with the openid scope.\")"),
    _rule("scope-count", "CreateUserPoolClient", "a client allows at most 50 scopes",
          API + "API_CreateUserPoolClient.html", "AllowedOAuthScopes ... Maximum number of 50 items."),
    _rule("identity-providers-exist", "CreateUserPoolClient",
          "SupportedIdentityProviders are COGNITO, a social provider, or a provider the pool has",
          API + "API_CreateUserPoolClient.html",
          "The following are supported: COGNITO, Facebook, Google, SignInWithApple, and LoginWithAmazon. "
          "You can also specify the names that you configured for the SAML and OIDC IdPs in your user pool"),
    _rule("redirect-urls", "CreateUserPoolClient",
          "callback URLs are absolute, have no fragment, and use HTTPS except http://localhost, "
          "http://127.0.0.1 and http://[::1] (app schemes such as myapp:// are allowed)",
          API + "API_CreateUserPoolClient.html",
          "A redirect URI must meet the following requirements: Be an absolute URI. ... Not include a "
          "fragment component. ... Amazon Cognito requires HTTPS over HTTP except for callback URLs to "
          "http://localhost, http://127.0.0.1 and http://[::1]."),
    _rule("url-count", "CreateUserPoolClient", "at most 100 callback URLs and 100 logout URLs",
          API + "API_CreateUserPoolClient.html",
          "CallbackURLs ... Maximum number of 100 items. LogoutURLs ... Maximum number of 100 items."),
    _rule("default-redirect-in-callbacks", "CreateUserPoolClient", "DefaultRedirectURI is one of the CallbackURLs",
          API + "API_CreateUserPoolClient.html", "The default redirect URI. ... Must be in the CallbackURLs list."),
    _rule("prevent-user-existence-errors", "CreateUserPoolClient",
          "PreventUserExistenceErrors is LEGACY or ENABLED", API + "API_CreateUserPoolClient.html",
          "PreventUserExistenceErrors ... Valid Values: LEGACY | ENABLED"),
    _rule("context-data-needs-secret", "CreateUserPoolClient",
          "EnablePropagateAdditionalUserContextData only on a client with a secret",
          API + "API_CreateUserPoolClient.html",
          "You can only activate EnablePropagateAdditionalUserContextData in an app client that has a "
          "client secret."),
    # --- CreateUserPoolDomain --------------------------------------------------------------------
    _rule("domain-prefix", "CreateUserPoolDomain",
          "a prefix domain is 1-63 lowercase letters, digits and hyphens, not starting or ending with a hyphen",
          API + "API_CreateUserPoolDomain.html",
          "Domain ... Length Constraints: Minimum length of 1. Maximum length of 63. "
          "Pattern: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$"),
    _rule("domain-reserved-words", "CreateUserPoolDomain",
          "a prefix domain contains none of the reserved words aws, amazon, cognito (observed on AWS; "
          "the Developer Guide does not state it)",
          "https://github.com/aws-solutions/content-analysis-on-aws/issues/8",
          "CloudTrail CreateUserPoolDomain: errorCode InvalidParameterException, errorMessage \"Domain cannot "
          "contain reserved word: aws\" (also \"...: cognito\", aws-amplify/amplify-cli#3854; aws, amazon and "
          "cognito refused by a real account, awslabs/nx-plugin-for-aws#693)"),
    # --- CreateResourceServer --------------------------------------------------------------------
    _rule("resource-server", "CreateResourceServer",
          "Identifier is 1-256 printable characters without space, quote or backslash; Name 1-256 of "
          "[\\w\\s+=,.@-]; at most 100 scopes",
          API + "API_CreateResourceServer.html",
          "Identifier ... Maximum length of 256. Pattern: [\\x21\\x23-\\x5B\\x5D-\\x7E]+ ... Name ... "
          "Pattern: [\\w\\s+=,.@-]+ ... Scopes ... Maximum number of 100 items."),
    _rule("resource-server-scope", "CreateResourceServer",
          "a ScopeName is 1-256 printable characters without space, quote, slash or backslash, "
          "with a 1-256 character ScopeDescription",
          API + "API_ResourceServerScopeType.html",
          "ScopeName ... Pattern: [\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+ ... ScopeDescription ... "
          "Minimum length of 1. Maximum length of 256. Required: Yes"),
    # --- CreateGroup -----------------------------------------------------------------------------
    _rule("group-name", "CreateGroup", "GroupName is 1-128 letters, marks, symbols, numbers or punctuation",
          API + "API_CreateGroup.html",
          "GroupName ... Length Constraints: Minimum length of 1. Maximum length of 128. "
          "Pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"),
    # --- CreateIdentityProvider ------------------------------------------------------------------
    _rule("provider-type", "CreateIdentityProvider",
          "ProviderType is SAML, Facebook, Google, LoginWithAmazon, SignInWithApple or OIDC",
          API + "API_CreateIdentityProvider.html",
          "ProviderType ... Valid Values: SAML | Facebook | Google | LoginWithAmazon | SignInWithApple | OIDC"),
    _rule("provider-name", "CreateIdentityProvider",
          "ProviderName is 3-32 characters, with no underscore or space except an underscore second",
          API + "API_CreateIdentityProvider.html",
          "ProviderName ... Maximum length of 32. Pattern: [^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+"),
    _rule("social-provider-name", "CreateIdentityProvider",
          "a social provider is named after its type (the names clients and the authorize endpoint use)",
          API + "API_CreateUserPoolClient.html",
          "The following are supported: COGNITO, Facebook, Google, SignInWithApple, and LoginWithAmazon. "
          "You can also specify the names that you configured for the SAML and OIDC IdPs in your user pool"),
    _rule("provider-details", "CreateIdentityProvider",
          "ProviderDetails holds the keys the API documents for a create request of that type",
          API + "API_CreateIdentityProvider.html",
          "The following examples describe the provider detail keys for each IdP type. ... Google Create or "
          "update request: \"authorize_scopes\", \"client_id\", \"client_secret\" ... SignInWithApple ... "
          "\"authorize_scopes\", \"client_id\", \"private_key\", \"key_id\", \"team_id\" ... SAML ... "
          "\"MetadataURL\" ... or ... \"MetadataFile\""),
    _rule("social-authorize-scopes", "CreateIdentityProvider",
          "a social provider's authorize_scopes are among the values the API lists for it",
          API + "API_CreateIdentityProvider.html",
          "Social IdP authorize_scopes values must match the values listed here."),
    _rule("attribute-mapping", "CreateIdentityProvider",
          "AttributeMapping keys are 1-32 characters and name attributes of the pool",
          API + "API_CreateIdentityProvider.html",
          "AttributeMapping ... A mapping of IdP attributes to standard and custom user pool attributes. "
          "... Key Length Constraints: Minimum length of 1. Maximum length of 32."),
)}

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
    if not 1 <= len(schema) <= 50:
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
    found = check_pool_request(pool_request, subject)
    mfa = spec.mfa_request("<pool id>", "arn:aws:iam::123456789012:role/check") if spec.sms else \
        spec.mfa_request("<pool id>", None)
    if mfa:
        found += check_mfa_request(mfa, subject)
    for group in spec.groups:
        found += check_group(group, f"{subject}, group {group!r}")
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
