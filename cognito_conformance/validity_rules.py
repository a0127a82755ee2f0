"""The documented constraints that cognito_conformance/validity.py checks, each with its source.

A rule quotes the API Reference or Developer Guide sentence that states it (the API Reference's
"Length Constraints", "Pattern", "Valid Values" and "Valid Range" lines are generated from the same
service model as botocore's, read here from botocore 1.44.8). A rule that rests on an error real
Cognito was seen to return says so. Where the documentation states no constraint, there is no rule.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    _rule("rotation-without-refresh-token-auth", "CreateUserPoolClient",
          "a client that rotates refresh tokens does not allow REFRESH_TOKEN_AUTH",
          GUIDE + "amazon-cognito-user-pools-using-the-refresh-token.html",
          "Refresh token rotation isn't compatible with the authentication flow REFRESH_TOKEN_AUTH. To implement "
          "refresh token rotation, you must disable this authentication flow in your app client"),
    _rule("refresh-token-auth-allowed", "CreateUserPoolClient",
          "a client with ALLOW_ flows that does not rotate refresh tokens allows REFRESH_TOKEN_AUTH (observed on "
          "AWS; the API Reference does not state it)",
          "https://github.com/aws/aws-cdk/issues/7625",
          "UPDATE_FAILED AWS::Cognito::UserPoolClient ... REFRESH_TOKEN_AUTH should always be allowed. (Service: "
          "AWSCognitoIdentityProviderService; Status Code: 400; Error Code: InvalidParameterException ...)"),
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
    # --- LambdaConfig (issue 22) ---------------------------------------------------------------
    _rule("lambda-arn", "CreateUserPool", "every trigger's function is an ARN of 20-2048 characters",
          API + "API_LambdaConfigType.html",
          "PreSignUp ... Type: String Length Constraints: Minimum length of 20. Maximum length of 2048. "
          "Pattern: arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?"
          "(:[\\w+=/,.@-]+)?"),
    _rule("pre-token-version", "CreateUserPool", "PreTokenGenerationConfig's LambdaVersion is V1_0, V2_0 or V3_0",
          API + "API_PreTokenGenerationVersionConfigType.html",
          "LambdaVersion ... Valid Values: V1_0 | V2_0 | V3_0"),
    _rule("pre-token-same-function", "CreateUserPool",
          "PreTokenGeneration and PreTokenGenerationConfig's LambdaArn name the same function where both are set",
          API + "API_LambdaConfigType.html",
          "PreTokenGeneration ... If you also set an ARN in PreTokenGenerationConfig, its value must be identical to "
          "PreTokenGeneration."),
    _rule("pre-token-feature-plan", "CreateUserPool",
          "pre token generation events V2_0 and V3_0 need the Essentials or Plus feature plan (not Lite)",
          GUIDE + "user-pool-lambda-pre-token-generation.html",
          "In user pools with the Essentials or Plus feature plan, you can generate the version two or V2_0 trigger "
          "event with access token customization, and the version three or V3_0 trigger event with access token "
          "customization for machine-to-machine (M2M) client-credentials grants."),
    _rule("custom-sender-version", "CreateUserPool", "a custom sender trigger's LambdaVersion is V1_0",
          API + "API_CustomEmailLambdaVersionConfigType.html",
          "LambdaVersion ... You must use a LambdaVersion of V1_0 with a custom sender function."),
    _rule("custom-sender-kms-key", "CreateUserPool", "custom sender triggers need the pool's KMSKeyID",
          API + "API_LambdaConfigType.html",
          "KMSKeyID: The ARN of an KMS key. Amazon Cognito uses the key to encrypt codes and temporary passwords "
          "sent to custom sender Lambda triggers."),
)}
