"""Where cognito-local 5.3.0 differs from real Cognito, measured by running the whole suite against
it (``python scripts/cognito_local.py run``; ``--runxfail`` shows each entry's assertion).

Each entry cites two places. ``reference`` names what runs: the compiled source of the pinned npm
package, ``node_modules/cognito-local/lib/<file>.js:<lines>`` of 5.3.0, or its README ("Supported
Features", "Known Limitations"). ``upstream`` links the same code in the TypeScript source on GitHub,
file and lines, at the tag ``v5.2.0``: the repository's newest tag (its 5.3.0 release is not in the
stored snapshot; 5.3.0's lib adds ``oauth2/``; at each cited place it compiles the same code, as
compared side by side).
"""

from __future__ import annotations

import re

from .model import DEVICE_SCENARIOS, USER_AUTH_SCENARIOS, Divergence

COGNITO_LOCAL = "cognito-local"
LIB = "cognito-local 5.3.0 lib/"
SOURCE = "https://github.com/jagregory/cognito-local/blob/v5.2.0/"


def _src(path: str, first: int, last: int | None = None) -> str:
    """A link to lines of cognito-local's source (``src/<path>``) or README at v5.2.0."""
    where = path if path == "README.md" else f"src/{path}"
    return f"{SOURCE}{where}#L{first}" + (f"-L{last}" if last else "")


NO_SRP = "cognito-local does not implement USER_SRP_AUTH: InitiateAuth answers CognitoLocal#Unsupported"
NO_SRP_REF = LIB + "targets/initiateAuth.js:256-262"
NO_SRP_SRC = _src("targets/initiateAuth.ts", 349, 358)
NO_FLOW_CHECK = "cognito-local stores ExplicitAuthFlows but does not enforce them"
NO_FLOW_CHECK_REF = (LIB + "targets/initiateAuth.js:244-263, targets/adminInitiateAuth.js:130-138 (no "
                     "ExplicitAuthFlows check; it is only stored: targets/createUserPoolClient.js:44)")
NO_FLOW_CHECK_SRC = _src("targets/initiateAuth.ts", 334, 359)
ADMIN_NO_CHALLENGE = ("cognito-local's ADMIN_USER_PASSWORD_AUTH issues tokens without any challenge "
                      "(no NEW_PASSWORD_REQUIRED, MFA or RESET_REQUIRED check), and AdminRespondToAuthChallenge "
                      "is not implemented")
ADMIN_NO_CHALLENGE_REF = LIB + "targets/adminInitiateAuth.js:25-85; README.md:52 (AdminRespondToAuthChallenge ❌)"
ADMIN_NO_CHALLENGE_SRC = _src("targets/adminInitiateAuth.ts", 26, 105)
NO_BEARER = "cognito-local's AuthenticationResult has no TokenType and no ExpiresIn"
NO_BEARER_REF = (LIB + "targets/initiateAuth.js:124-128 (the token generator's three tokens only), 239-240, "
                 "targets/adminInitiateAuth.js:81-82, 125-126")
NO_BEARER_SRC = _src("targets/adminInitiateAuth.ts", 95, 103)
NO_LIFETIME_CHECK = "cognito-local accepts any token lifetime on CreateUserPoolClient and UpdateUserPoolClient"
NO_LIFETIME_CHECK_REF = LIB + "targets/createUserPoolClient.js:32-58, targets/updateUserPoolClient.js:37-59"
NO_LIFETIME_CHECK_SRC = _src("targets/createUserPoolClient.ts", 26, 52)
NO_PASSWORD_POLICY = "cognito-local does not check passwords against the pool's password policy"
NO_PASSWORD_POLICY_REF = (LIB + "targets/signUp.js:117, targets/changePassword.js:53-57 (the password is "
                          "stored unchecked; PasswordPolicy is only a pool default: services/cognitoService.js:43-50)")
NO_PASSWORD_POLICY_SRC = _src("targets/signUp.ts", 143)
NO_SECRET_HASH = "cognito-local never checks SECRET_HASH, on any flow or on SignUp"
NO_SECRET_HASH_REF = (LIB + "targets/initiateAuth.js:139-200, targets/adminInitiateAuth.js:25-85, "
                      "targets/signUp.js:69-121 (no file of lib/ reads SECRET_HASH or SecretHash)")
NO_SECRET_HASH_SRC = _src("targets/initiateAuth.ts", 193, 277)
WRONG_PASSWORD = "cognito-local answers a wrong password with InvalidPasswordException, not NotAuthorizedException"
WRONG_PASSWORD_REF = LIB + "targets/initiateAuth.js:170-171, targets/adminInitiateAuth.js:56-57"
WRONG_PASSWORD_SRC = _src("targets/initiateAuth.ts", 239, 241)
UNKNOWN_USER = ("cognito-local ignores PreventUserExistenceErrors and always answers NotAuthorizedException "
                "for an unknown user at sign-in")
UNKNOWN_USER_REF = LIB + "targets/initiateAuth.js:161-162, targets/adminInitiateAuth.js:53-54"
UNKNOWN_USER_SRC = _src("targets/initiateAuth.ts", 230, 232)
OWN_ISSUER = ("cognito-local's iss is http://<host>:<port>/<pool id> (its TokenConfig.IssuerDomain), not "
              "Cognito's https://cognito-idp.<region>.amazonaws.com/<pool id>; its tokens verify against that "
              "issuer and its JWKS, so only the claim itself differs")
OWN_ISSUER_REF = LIB + "services/tokenGenerator.js:139, server/config.js:37, 51"
OWN_ISSUER_SRC = _src("services/tokenGenerator.ts", 211)
NO_GLOBAL_SIGN_OUT = "cognito-local does not implement GlobalSignOut: it answers CognitoLocal#Unsupported"


#: Every cognito-local version the registry was measured on (the pinned one: emulators/cognito_local.py).
MEASURED_ON = ("5.3.0",)


def _cl(scenario: str, reason: str, reference: str, upstream: str, example: str | None = None,
        step: str | None = None, observation: str | None = None,
        measured_on: tuple[str, ...] = MEASURED_ON) -> Divergence:
    return Divergence(scenario, COGNITO_LOCAL, reason, reference, upstream, example, step=step,
                      observation=observation, measured_on=measured_on)


REGISTRY_COGNITO_LOCAL: tuple[Divergence, ...] = (
    # Sign-up
    _cl("A password that breaks the pool's policy is refused", NO_PASSWORD_POLICY, NO_PASSWORD_POLICY_REF,
        NO_PASSWORD_POLICY_SRC,
        step="it fails with InvalidPasswordException", observation="<SignUp succeeded"),
    _cl("Signing up without the secret hash is refused", NO_SECRET_HASH, NO_SECRET_HASH_REF, NO_SECRET_HASH_SRC,
        step="it fails with NotAuthorizedException", observation="<SignUp succeeded"),
    _cl("Signing in without the secret hash is refused", NO_SRP, NO_SRP_REF, NO_SRP_SRC, example="with USER_SRP_AUTH",
        step="it fails with NotAuthorizedException", observation="<InitiateAuth failed"),
    _cl("Signing in without the secret hash is refused", NO_SECRET_HASH, NO_SECRET_HASH_REF, NO_SECRET_HASH_SRC,
        example="with USER_PASSWORD_AUTH",
        step="it fails with NotAuthorizedException", observation="<InitiateAuth succeeded"),
    _cl("Signing in without the secret hash is refused", NO_SECRET_HASH, NO_SECRET_HASH_REF, NO_SECRET_HASH_SRC,
        example="with ADMIN_USER_PASSWORD_AUTH",
        step="it fails with NotAuthorizedException", observation="<AdminInitiateAuth succeeded"),
    _cl("An unconfirmed user cannot sign in", NO_SRP, NO_SRP_REF, NO_SRP_SRC, example="with USER_SRP_AUTH",
        step="it fails with UserNotConfirmedException", observation="<InitiateAuth failed"),
    _cl("The first sign-in asks for a new password", NO_SRP, NO_SRP_REF, NO_SRP_SRC, example="with USER_SRP_AUTH",
        step="Cognito challenges Alice with NEW_PASSWORD_REQUIRED", observation="<InitiateAuth failed"),
    _cl("The first sign-in asks for a new password", ADMIN_NO_CHALLENGE, ADMIN_NO_CHALLENGE_REF, ADMIN_NO_CHALLENGE_SRC,
        example="with ADMIN_USER_PASSWORD_AUTH",
        step="Cognito challenges Alice with NEW_PASSWORD_REQUIRED", observation="<AdminInitiateAuth succeeded"),
    _cl("Choosing a new password signs the user in and confirms the account", ADMIN_NO_CHALLENGE,
        ADMIN_NO_CHALLENGE_REF, ADMIN_NO_CHALLENGE_SRC, example="with ADMIN_USER_PASSWORD_AUTH",
        step="Alice has signed in with <flow> and been challenged with NEW_PASSWORD_REQUIRED",
        observation="<AdminInitiateAuth succeeded"),
    # Sign-in
    _cl("Cognito challenges the client to prove the password", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        step="Cognito challenges Alice with PASSWORD_VERIFIER", observation="<InitiateAuth failed"),
    # The Then checks the challenge exists before reading it, so no challenge is an assertion.
    _cl("The challenge names the user by the username", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        step="the challenge's USER_ID_FOR_SRP is Alice's username", observation="<InitiateAuth failed"),
    _cl("A proof of the right password returns the tokens", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _cl("A proof made with a wrong password is refused", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        step="it fails with NotAuthorizedException", observation="<InitiateAuth failed"),
    _cl("The right password returns the three tokens", NO_BEARER, NO_BEARER_REF, NO_BEARER_SRC,
        step="the tokens are Bearer tokens that expire in 3600 seconds", observation="assert None == 'Bearer'"),
    _cl("A wrong password is refused", WRONG_PASSWORD, WRONG_PASSWORD_REF, WRONG_PASSWORD_SRC,
        step="it fails with NotAuthorizedException"),
    _cl("A flow the app client allows signs Alice in", NO_SRP, NO_SRP_REF, NO_SRP_SRC, example="with USER_SRP_AUTH",
        step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _cl("A flow the app client does not allow is refused", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        example="signs in with USER_SRP_AUTH",
        step="it fails with InvalidParameterException", observation="<InitiateAuth failed"),
    _cl("A flow the app client does not allow is refused", NO_FLOW_CHECK, NO_FLOW_CHECK_REF, NO_FLOW_CHECK_SRC,
        example="signs in with USER_PASSWORD_AUTH",
        step="it fails with InvalidParameterException", observation="<InitiateAuth succeeded"),
    _cl("A flow the app client does not allow is refused", NO_FLOW_CHECK, NO_FLOW_CHECK_REF, NO_FLOW_CHECK_SRC,
        example="signs in with ADMIN_USER_PASSWORD_AUTH",
        step="it fails with InvalidParameterException", observation="<AdminInitiateAuth succeeded"),
    # User existence
    _cl("An app client that does not hide users says the user does not exist", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        example="with USER_SRP_AUTH",
        step="it fails with UserNotFoundException", observation="<InitiateAuth failed"),
    _cl("An app client that does not hide users says the user does not exist", UNKNOWN_USER, UNKNOWN_USER_REF,
        UNKNOWN_USER_SRC, example="with USER_PASSWORD_AUTH",
        step="it fails with UserNotFoundException", observation="<InitiateAuth failed"),
    _cl("An app client that does not hide users says the user does not exist", UNKNOWN_USER, UNKNOWN_USER_REF,
        UNKNOWN_USER_SRC, example="with ADMIN_USER_PASSWORD_AUTH",
        step="it fails with UserNotFoundException", observation="<AdminInitiateAuth failed"),
    _cl("An app client that hides users answers as for a wrong password", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        example="with USER_SRP_AUTH",
        step="it fails with NotAuthorizedException", observation="<InitiateAuth failed"),
    _cl("An app client that hides users does not say that a password reset is for no user",
        "cognito-local ignores PreventUserExistenceErrors: ForgotPassword for an unknown user answers "
        "UserNotFoundException", LIB + "targets/forgotPassword.js:33-35", _src("targets/forgotPassword.ts", 31, 33),
        step="Cognito does not say that Bob has no account", observation="<ForgotPassword failed"),
    # Attributes
    _cl("An app client without write permission on an attribute cannot change it",
        "cognito-local stores WriteAttributes but does not enforce them",
        LIB + "targets/updateUserAttributes.js:61-120 (no WriteAttributes check; only stored: "
        "targets/createUserPoolClient.js:58)", _src("targets/updateUserAttributes.ts", 64, 146),
        step="it fails with NotAuthorizedException", observation="<UpdateUserAttributes writing custom:oshi succeeded"),
    _cl("Cognito sends a code to verify the email address",
        "cognito-local's GetUserAttributeVerificationCode answers {}: no CodeDeliveryDetails say where the "
        "code went", LIB + "targets/getUserAttributeVerificationCode.js:89",
        _src("targets/getUserAttributeVerificationCode.ts", 93),
        step="Cognito says the code went by EMAIL to a masked address",
        observation="<GetUserAttributeVerificationCode succeeded"),
    _cl("Cognito sends a new sign-up code when asked",
        "cognito-local does not implement ResendConfirmationCode: it answers CognitoLocal#Unsupported",
        "README.md:110 (ResendConfirmationCode ❌)", _src("README.md", 110),
        step="it succeeds", observation="<ResendConfirmationCode failed"),
    # Passwords
    _cl("A wrong previous password is refused",
        "cognito-local's ChangePassword answers a wrong previous password with InvalidPasswordException, "
        "not NotAuthorizedException", LIB + "targets/changePassword.js:50-51",
        _src("targets/changePassword.ts", 40, 42),
        step="it fails with NotAuthorizedException", observation="<ChangePassword failed"),
    _cl("A new password that breaks the pool's policy is refused", NO_PASSWORD_POLICY, NO_PASSWORD_POLICY_REF,
        _src("targets/changePassword.ts", 44, 48),
        step="it fails with InvalidPasswordException", observation="<ChangePassword succeeded"),
    _cl("After a change only the new password works", WRONG_PASSWORD, WRONG_PASSWORD_REF, WRONG_PASSWORD_SRC,
        step="Alice's old password no longer works", observation="<InitiateAuth failed"),
    _cl("Cognito says where it sent the code",
        "cognito-local's ForgotPassword names the full email address as Destination, unmasked",
        LIB + "targets/forgotPassword.js:41-45 (Destination: userEmail)", _src("targets/forgotPassword.ts", 42, 46),
        step="Cognito says the code went by EMAIL to a masked address", observation="the destination is not masked"),
    # Refresh
    _cl("A refresh returns new ID and access tokens and no refresh token", NO_BEARER, NO_BEARER_REF,
        NO_BEARER_SRC,
        step="the tokens are Bearer tokens that expire in 3600 seconds", observation="assert None == 'Bearer'"),
    # Sign-out
    _cl("After GlobalSignOut the user's tokens are refused", NO_GLOBAL_SIGN_OUT,
        "README.md:98 (GlobalSignOut ❌)", _src("README.md", 98),
        step="it succeeds", observation="<GlobalSignOut failed"),
    _cl("After AdminUserGlobalSignOut the user's tokens are refused",
        "cognito-local does not implement AdminUserGlobalSignOut: it answers CognitoLocal#Unsupported",
        "README.md:59 (AdminUserGlobalSignOut ❌)", _src("README.md", 59),
        step="it succeeds", observation="<AdminUserGlobalSignOut failed"),
    _cl("Signing in again after a global sign-out works", NO_GLOBAL_SIGN_OUT + " (the scenario cannot be set up)",
        "README.md:98 (GlobalSignOut ❌)", _src("README.md", 98),
        step="Alice has signed out everywhere", observation="<GlobalSignOut failed"),
    # Tokens
    _cl("The ID token names the user, the app client and the user pool", OWN_ISSUER, OWN_ISSUER_REF,
        OWN_ISSUER_SRC,
        step="Alice's ID token says"),
    _cl("The access token names the user and the app client", OWN_ISSUER, OWN_ISSUER_REF, OWN_ISSUER_SRC,
        step="Alice's access token says"),
    _cl("The ID token and the access token are signed with different keys",
        "cognito-local signs every token of every pool with one key, kid \"CognitoLocal\"",
        LIB + "services/tokenGenerator.js:141-161 (keyid at 149 and 160)",
        _src("services/tokenGenerator.ts", 213, 234),
        step="Alice's ID token and access token name different keys",
        observation="both tokens name the key 'CognitoLocal'"),
    _cl("By default ID and access tokens live one hour",
        "cognito-local's ID and access tokens live 24 hours unless the app client says otherwise",
        LIB + "services/tokenGenerator.js:144-158", _src("services/tokenGenerator.ts", 217, 230),
        step="Alice's ID token lives 3600 seconds"),
    _cl("An app client's own token lifetimes are honoured", NO_BEARER, NO_BEARER_REF, NO_BEARER_SRC,
        step="Cognito says the access token expires in <access seconds> seconds"),
    _cl("A lifetime outside the allowed range is refused when the app client is created", NO_LIFETIME_CHECK,
        NO_LIFETIME_CHECK_REF, NO_LIFETIME_CHECK_SRC,
        step="the app client is refused", observation="the app client was created"),
    _cl("A lifetime outside the allowed range is refused when the app client is changed", NO_LIFETIME_CHECK,
        NO_LIFETIME_CHECK_REF, _src("targets/updateUserPoolClient.ts", 32, 73),
        step="the change is refused", observation="the app client was changed"),
    _cl("A refresh token still may not live longer than 3650 days", NO_LIFETIME_CHECK, NO_LIFETIME_CHECK_REF,
        NO_LIFETIME_CHECK_SRC,
        step="the app client is refused", observation="the app client was created"),
    _cl("An app client that states no refresh token lifetime gets 30 days",
        "cognito-local's app client states no RefreshTokenValidity unless given one, and its refresh tokens "
        "then live 7 days", LIB + "targets/createUserPoolClient.js:50, services/tokenGenerator.js:175-179",
        _src("services/tokenGenerator.ts", 248, 251),
        step="the app client's refresh tokens live 30 days",
        observation="DescribeUserPoolClient states no RefreshTokenValidity"),
    _cl("The authentication time stays the original sign-in's across refreshes",
        "cognito-local sets auth_time to the time of the refresh", LIB + "services/tokenGenerator.js:90",
        _src("services/tokenGenerator.ts", 158),
        step="the new tokens keep the time Alice signed in as auth_time"),
    # JWT verification: cognito-local's tokens verify with its issuer (steps/jwt_verification.py).
    _cl("After GlobalSignOut the ID token still verifies offline, but Cognito refuses the access token",
        NO_GLOBAL_SIGN_OUT + ", so its access token still works", "README.md:98 (GlobalSignOut ❌)",
        _src("README.md", 98),
        step="Alice's access token is refused with NotAuthorizedException", observation="<GetUser succeeded"),
    # MFA
    _cl("A user without MFA is asked to set it up", NO_SRP, NO_SRP_REF, NO_SRP_SRC, example="with USER_SRP_AUTH",
        step="Cognito challenges Alice with MFA_SETUP", observation="<InitiateAuth failed"),
    _cl("A user without MFA is asked to set it up",
        "cognito-local answers NotAuthorizedException instead of MFA_SETUP when the pool requires MFA and the "
        "user has none", LIB + "targets/initiateAuth.js:176-178, 89-93", _src("targets/initiateAuth.ts", 122, 131),
        example="with USER_PASSWORD_AUTH",
        step="Cognito challenges Alice with MFA_SETUP", observation="<InitiateAuth failed"),
    _cl("A user without MFA is asked to set it up", ADMIN_NO_CHALLENGE, ADMIN_NO_CHALLENGE_REF,
        ADMIN_NO_CHALLENGE_SRC, example="with ADMIN_USER_PASSWORD_AUTH",
        step="Cognito challenges Alice with MFA_SETUP", observation="<AdminInitiateAuth succeeded"),
    _cl("Setting up a software token through the challenge completes the sign-in", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        step="Alice has signed in with USER_SRP_AUTH and been challenged with MFA_SETUP",
        observation="<InitiateAuth failed"),
    _cl("With a software token preferred, signing in asks for a code", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        example="with USER_SRP_AUTH",
        step="Cognito challenges Alice with SOFTWARE_TOKEN_MFA", observation="<InitiateAuth failed"),
    _cl("With a software token preferred, signing in asks for a code", ADMIN_NO_CHALLENGE,
        ADMIN_NO_CHALLENGE_REF, ADMIN_NO_CHALLENGE_SRC, example="with ADMIN_USER_PASSWORD_AUTH",
        step="Cognito challenges Alice with SOFTWARE_TOKEN_MFA", observation="<AdminInitiateAuth succeeded"),
    _cl("A code from the authenticator app completes the sign-in", NO_SRP, NO_SRP_REF, NO_SRP_SRC,
        example="with USER_SRP_AUTH",
        step="Alice has signed in with <flow> and been challenged with SOFTWARE_TOKEN_MFA",
        observation="<InitiateAuth failed"),
    _cl("A code from the authenticator app completes the sign-in", ADMIN_NO_CHALLENGE, ADMIN_NO_CHALLENGE_REF,
        ADMIN_NO_CHALLENGE_SRC, example="with ADMIN_USER_PASSWORD_AUTH",
        step="Alice has signed in with <flow> and been challenged with SOFTWARE_TOKEN_MFA",
        observation="<AdminInitiateAuth succeeded"),
    # Administrators
    _cl("After an administrator resets the password, signing in is refused",
        "cognito-local does not implement AdminResetUserPassword (the scenario cannot be set up)",
        "README.md:51 (AdminResetUserPassword ❌)", _src("README.md", 51),
        step="an administrator has reset Alice's password", observation="<AdminResetUserPassword failed"),
    _cl("A disabled user cannot sign in",
        "cognito-local stores AdminDisableUser's flag but still signs the user in",
        "README.md:460 (Known Limitations: \"Users can't be disabled\"); "
        + LIB + "targets/initiateAuth.js:139-200 (no Enabled check)", _src("README.md", 460),
        step="Alice's sign-in with USER_PASSWORD_AUTH fails with NotAuthorizedException",
        observation="<InitiateAuth succeeded"),
    _cl("Disabling a user revokes the user's tokens",
        "cognito-local still refreshes the tokens of a disabled user",
        "README.md:460; " + LIB + "services/userPoolService.js:143-153 (getUserByRefreshToken: no Enabled check)",
        _src("services/userPoolService.ts", 333, 349),
        step="Alice's refresh token is refused with NotAuthorizedException", observation="<InitiateAuth succeeded"),
)


# --- Issue 13: sessions, revocation, rotation, devices, choice-based sign-in -------------------------
# Measured with ``python scripts/cognito_local.py run -- features/sessions features/devices
# features/passwordless``. An operation cognito-local lacks answers CognitoLocal#Unsupported.
_UNSUPPORTED_TARGET = LIB + "server/Router.js:28-31 (unsupported x-amz-target)"
_UNSUPPORTED_SRC = _src("server/Router.ts", 14, 17)
_NO_GET_TOKENS = "cognito-local does not implement GetTokensFromRefreshToken: it answers CognitoLocal#Unsupported"
_REVOKE_ONLY_REFRESH = ("cognito-local's RevokeToken only drops the refresh token from the user; GetUser decodes "
                        "the access token without checking whether it was revoked")
_NO_DEVICES = ("cognito-local does not implement USER_SRP_AUTH (InitiateAuth answers CognitoLocal#Unsupported), "
               "returns no NewDeviceMetadata and implements none of ConfirmDevice, UpdateDeviceStatus, "
               "ListDevices, AdminListDevices or ForgetDevice")
_NO_USER_AUTH = "cognito-local does not implement the USER_AUTH flow: InitiateAuth answers CognitoLocal#Unsupported"

REGISTRY_COGNITO_LOCAL_SESSIONS: tuple[Divergence, ...] = (
    _cl("A revoked refresh token and the access token issued with it are refused", _REVOKE_ONLY_REFRESH,
        LIB + "targets/revokeToken.js:25-44, targets/getUser.js:36-45",
        _src("targets/getUser.ts", 16, 26),
        step="Alice's access token is refused with NotAuthorizedException", observation="<GetUser succeeded"),
    _cl("A new app client revokes tokens unless told otherwise",
        "cognito-local stores EnableTokenRevocation only as given: a client created without it describes none, "
        "not true", LIB + "targets/createUserPoolClient.js:43", _src("targets/createUserPoolClient.ts", 37),
        step='app client "app" revokes tokens', observation="EnableTokenRevocation is None"),
    _cl("A refresh token cannot be revoked through another app client",
        "cognito-local's RevokeToken looks the token up among all users of the client's pool and never checks "
        "which app client issued it", LIB + "targets/revokeToken.js:26-30", _src("targets/revokeToken.ts", 16, 23),
        step="the revocation is refused", observation="<RevokeToken succeeded"),
    _cl("An app client without token revocation refuses RevokeToken",
        "cognito-local's RevokeToken ignores the app client's EnableTokenRevocation",
        LIB + "targets/revokeToken.js:25-44 (no EnableTokenRevocation check)", _src("targets/revokeToken.ts", 13, 42),
        step="it fails with UnsupportedOperationException", observation="<RevokeToken succeeded"),
    _cl("A rotating app client returns a new refresh token", _NO_GET_TOKENS, _UNSUPPORTED_TARGET, _UNSUPPORTED_SRC,
        step="Alice receives an ID token, an access token and a refresh token",
        observation="<GetTokensFromRefreshToken failed"),
    _cl("Without a grace period the rotated-out refresh token is refused at once", _NO_GET_TOKENS, _UNSUPPORTED_TARGET, _UNSUPPORTED_SRC,
        step="Alice has got new tokens with GetTokensFromRefreshToken",
        observation="<GetTokensFromRefreshToken failed"),
    _cl("Inside the grace period the rotated-out refresh token still works", _NO_GET_TOKENS, _UNSUPPORTED_TARGET, _UNSUPPORTED_SRC,
        step="Alice has got new tokens with GetTokensFromRefreshToken",
        observation="<GetTokensFromRefreshToken failed"),
    _cl("After the grace period the rotated-out refresh token is refused", _NO_GET_TOKENS, _UNSUPPORTED_TARGET, _UNSUPPORTED_SRC,
        step="Alice has got new tokens with GetTokensFromRefreshToken",
        observation="<GetTokensFromRefreshToken failed"),
    _cl("An app client that does not rotate returns no refresh token from GetTokensFromRefreshToken", _NO_GET_TOKENS, _UNSUPPORTED_TARGET, _UNSUPPORTED_SRC,
        step="Alice receives an ID token and an access token", observation="<GetTokensFromRefreshToken failed"),
    _cl("A rotating app client does not refresh through REFRESH_TOKEN_AUTH",
        "cognito-local does not store RefreshTokenRotation and refreshes every app client through "
        "REFRESH_TOKEN_AUTH", LIB + "targets/createUserPoolClient.js:32-57, targets/initiateAuth.js:258",
        _src("targets/initiateAuth.ts", 349, 358),
        step="the refresh is refused", observation="<InitiateAuth succeeded"),
    _cl("The app clients revoke, rotate and time out sessions as created",
        "cognito-local does not store RefreshTokenRotation or AuthSessionValidity of an app client",
        LIB + "targets/createUserPoolClient.js:32-57", NO_LIFETIME_CHECK_SRC,
        step='app client "rotating with grace" rotates refresh tokens with a grace period of 10 seconds',
        observation="RefreshTokenRotation is None"),
    _cl("Tokens of an app client that revokes tokens carry jti and origin_jti",
        "cognito-local's ID and access tokens carry jti but no origin_jti",
        LIB + "services/tokenGenerator.js:92-115", _src("services/tokenGenerator.ts", 160, 185),
        step="Alice's ID token says", observation="Alice's ID token: origin_jti is missing"),
    _cl("The tokens of one sign-in share an origin_jti, and each has a jti of its own",
            "cognito-local's ID and access tokens carry jti but no origin_jti", LIB + "services/tokenGenerator.js:92-115",
            _src("services/tokenGenerator.ts", 160, 185),
            step="Alice's ID and access tokens share one origin_jti and each has a jti of its own, all UUIDs",
            observation="origin_jti\": None"),
    _cl("A new sign-in starts a new origin_jti",
            "cognito-local's ID and access tokens carry jti but no origin_jti", LIB + "services/tokenGenerator.js:92-115",
            _src("services/tokenGenerator.ts", 160, 185),
            step="the new tokens have a new origin_jti", observation="origin_jti: {None}"),
    _cl("Signing up without the attribute the pool verifies sends no code",
            "cognito-local refuses SignUp with InvalidParameterException when the pool auto-verifies an attribute "
            "the user does not give (\"User has no attribute matching desired auto verified attributes\")",
            LIB + "targets/signUp.js:43-48", SOURCE + "src/targets/signUp.ts",
            step="Cognito says it sent no confirmation code", observation="<SignUp failed with InvalidParameterException"),
    _cl("A refresh keeps origin_jti and gives new jti values",
        "cognito-local's ID and access tokens carry jti but no origin_jti",
        LIB + "services/tokenGenerator.js:92-115", _src("services/tokenGenerator.ts", 160, 185),
        step="the new tokens keep the origin_jti and have new jti values",
        observation="the refreshed IdToken's origin_jti differs from the original's"),
    _cl("A sign-in on a new device hands out a device key", _NO_DEVICES, NO_SRP_REF + "; README.md Supported Features", NO_SRP_SRC,
        step="Cognito hands out a device key and a device group key", observation="<InitiateAuth failed"),
    _cl("Confirming a device in a pool that asks the user leaves the choice to the user", _NO_DEVICES, NO_SRP_REF + "; README.md Supported Features", NO_SRP_SRC,
        step="Alice has signed in on a new device", observation="<InitiateAuth failed"),
    _cl("A remembered device is listed for the user and for an administrator", _NO_DEVICES, NO_SRP_REF + "; README.md Supported Features", NO_SRP_SRC,
        step="Alice has signed in on a new device", observation="<InitiateAuth failed"),
    _cl("A forgotten device is no longer listed", _NO_DEVICES, NO_SRP_REF + "; README.md Supported Features", NO_SRP_SRC,
        step="Alice has signed in on a new device", observation="<InitiateAuth failed"),
    _cl("A remembered device proves itself with device SRP", _NO_DEVICES, NO_SRP_REF + "; README.md Supported Features", NO_SRP_SRC,
        step="Alice has signed in on a new device", observation="<InitiateAuth failed"),
    _cl("A remembered device stands in for the MFA code", _NO_DEVICES, NO_SRP_REF + "; README.md Supported Features", NO_SRP_SRC,
        step="Alice has signed in on a new device", observation="<InitiateAuth failed"),
    _cl("The access token of a sign-in on a remembered device names the device", _NO_DEVICES, NO_SRP_REF + "; README.md Supported Features", NO_SRP_SRC,
        step="Alice has signed in on a new device", observation="<InitiateAuth failed"),
    _cl("Signing in on a remembered device invokes the function for the device's authentication", _NO_DEVICES,
        NO_SRP_REF + "; README.md Supported Features", NO_SRP_SRC,
        step="Alice has signed in on a new device", observation="<InitiateAuth failed"),
    _cl("The password, named as the preferred challenge, signs the user in", _NO_USER_AUTH, NO_SRP_REF, NO_SRP_SRC,
        step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _cl("The SRP password proof, named as the preferred challenge, signs the user in", _NO_USER_AUTH, NO_SRP_REF, NO_SRP_SRC,
        step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _cl("Without a preference Cognito offers the password to choose", _NO_USER_AUTH, NO_SRP_REF, NO_SRP_SRC,
        step="Cognito offers PASSWORD to choose from", observation="<InitiateAuth failed"),
    _cl("Choosing the password in SELECT_CHALLENGE signs the user in", _NO_USER_AUTH, NO_SRP_REF, NO_SRP_SRC,
        step="Alice chooses PASSWORD and gives the password", observation="<InitiateAuth failed"),
    _cl("A first factor the pool does not allow is refused", _NO_USER_AUTH, NO_SRP_REF, NO_SRP_SRC,
        step="Alice has signed in with USER_AUTH preferring PASSWORD", observation="<InitiateAuth failed"),
    _cl("An emailed one-time password, named as the preferred challenge, is asked for", _NO_USER_AUTH, NO_SRP_REF, NO_SRP_SRC,
        step="Cognito challenges Alice with EMAIL_OTP", observation="<InitiateAuth failed"),
    _cl("The emailed one-time password signs the user in", _NO_USER_AUTH, NO_SRP_REF, NO_SRP_SRC,
        step="Alice answers with the one-time password Cognito sent", observation="<InitiateAuth failed"),
    _cl("A one-time password by SMS, named as the preferred challenge, is asked for", _NO_USER_AUTH, NO_SRP_REF, NO_SRP_SRC,
        step="Cognito challenges Alice with SMS_OTP", observation="<InitiateAuth failed"),
    _cl("The one-time password sent by SMS signs the user in", _NO_USER_AUTH, NO_SRP_REF, NO_SRP_SRC,
        step="Alice answers with the one-time password Cognito sent", observation="<InitiateAuth failed"),
    _cl("The choice-based pool is on the Essentials plan and allows passwords first",
        "cognito-local does not store a user pool's UserPoolTier (DescribeUserPool has none)",
        LIB + "targets/createUserPool.js:37-90 (no UserPoolTier)", _src("targets/createUserPool.ts", 82, 118),
        step="the pool is on the ESSENTIALS feature plan", observation="UserPoolTier is None"),
    _cl("The user's sign-in factors include the password",
        "cognito-local does not implement GetUserAuthFactors: it answers CognitoLocal#Unsupported", _UNSUPPORTED_TARGET,
        _UNSUPPORTED_SRC,
        step="the factors include PASSWORD", observation="<GetUserAuthFactors failed"),
    _cl("A pool without passkeys refuses a passkey registration",
        "cognito-local does not implement StartWebAuthnRegistration: it answers CognitoLocal#Unsupported",
        _UNSUPPORTED_TARGET, _UNSUPPORTED_SRC,
        step="it fails with WebAuthnNotEnabledException", observation="<StartWebAuthnRegistration failed"),
    _cl("The passkey registration options name the relying party, the user and a challenge",
        "cognito-local implements neither CreateUserPoolDomain (the relying party's domain) nor "
        "StartWebAuthnRegistration: each answers CognitoLocal#Unsupported", _UNSUPPORTED_TARGET, _UNSUPPORTED_SRC,
        step="a user pool where users may sign in with a passkey",
        observation="the passkey pool could not be given its relying party (CreateUserPoolDomain answered Unsupported)"),
)
REGISTRY_COGNITO_LOCAL = (*REGISTRY_COGNITO_LOCAL, *REGISTRY_COGNITO_LOCAL_SESSIONS)

# ---------------------------------------------------------------------------------------------------
# The pool's own settings (issue 12): usernames, sign-up, the schema, groups, finding users, the
# pool's life, recovery and the error contract. Measured with
# ``python scripts/cognito_local.py run -- features/usernames features/schema features/groups
# features/users features/pool``; each reference names the 5.3.0 source that decides it.
# ---------------------------------------------------------------------------------------------------

NO_ALIASES = ("cognito-local finds a user only by the exact username, the sub, or the email address or phone "
              "number of a UsernameAttributes pool: AliasAttributes (email, preferred_username) never sign a "
              "user in")
NO_ALIASES_REF = LIB + "services/userPoolService.js:114-142 (getUserByUsername), targets/initiateAuth.js:145"
NO_CASE_FOLDING = ("cognito-local ignores UsernameConfiguration.CaseSensitive: a username is looked up exactly "
                   "as written")
NO_CASE_FOLDING_REF = LIB + "services/userPoolService.js:114-121 (getUserByUsername reads Users[username])"
SIGNUP_NEEDS_AUTO_VERIFIED = ("cognito-local's SignUp refuses (InvalidParameterException) a user who carries none "
                              "of the pool's AutoVerifiedAttributes, even an empty list, and takes only an email "
                              "address, never a phone number, as a username attribute")
SIGNUP_NEEDS_AUTO_VERIFIED_REF = LIB + "targets/signUp.js:38-48, 79-87"
NO_SCHEMA_CHECK = ("cognito-local checks an attribute only for being in the schema and mutable: not Required, "
                   "StringAttributeConstraints or NumberAttributeConstraints")
NO_SCHEMA_CHECK_REF = LIB + "services/userPoolService.js:301-324 (validatePermittedAttributeChanges), targets/signUp.js:75-87"
UNSUPPORTED_TARGET = "cognito-local does not implement {} and answers CognitoLocal#Unsupported"
UNSUPPORTED_TARGET_REF = LIB + "server/Router.js:28-32, targets/targets.js:74-125 (not listed)"
MALFORMED_TOKEN = ("cognito-local answers an access token it cannot decode with InvalidParameterException, not "
                   "NotAuthorizedException")
NO_DELETION_PROTECTION = "cognito-local does not keep DeletionProtection, and DeleteUserPool deletes any pool"
NO_DELETION_PROTECTION_REF = LIB + "targets/createUserPool.js:71-104 (no DeletionProtection), targets/deleteUserPool.js:25-31"
LIST_USERS_ALL = ("cognito-local's ListUsers returns every matching user with every attribute: it ignores "
                  "AttributesToGet, Limit and PaginationToken")
LIST_USERS_ALL_REF = LIB + "targets/listUsers.js:25-31"

def _cl_lib(scenario: str, reason: str, reference: str, example: str | None = None, step: str | None = None,
            observation: str | None = None) -> Divergence:
    """An entry whose upstream link is the TypeScript source, at v5.2.0, of the first file of lib/ its
    reference names (the lines of the compiled lib/ are in ``reference``), or the README it cites."""
    found = re.search(r"\b(targets|services|server)/([\w/]+)\.js", reference)
    if found:
        upstream = f"{SOURCE}src/{found[1]}/{found[2]}.ts"
    elif "README.md" in reference:
        upstream = f"{SOURCE}README.md"
    else:
        raise ValueError(f"cognito-local entry {scenario!r} names no source file: {reference}")
    return _cl(scenario, reason, reference, upstream, example, step=step, observation=observation)


REGISTRY_COGNITO_LOCAL_SETTINGS: tuple[Divergence, ...] = (
    # Sign-in identifiers
    _cl_lib("A user signs up with the phone number as the username", SIGNUP_NEEDS_AUTO_VERIFIED,
        SIGNUP_NEEDS_AUTO_VERIFIED_REF,
            step="it succeeds", observation="<SignUp failed"),
    _cl_lib("A preferred username signs the user in once it is set", NO_ALIASES, NO_ALIASES_REF,
            step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _cl_lib("An email alias signs the user in only once it is verified", NO_ALIASES, NO_ALIASES_REF,
            step="once Alice's email address is verified, Alice can sign in with USER_PASSWORD_AUTH using her email address",
            observation="<InitiateAuth failed"),
    _cl_lib("An email address already verified as another user's alias is refused",
        "cognito-local does not check that a verified alias is unique in the pool",
        LIB + "targets/adminUpdateUserAttributes.js:49-92, services/userPoolService.js:301-324",
            step="it fails with AliasExistsException",
            observation="<AdminUpdateUserAttributes writing email, email_verified succeeded"),
    _cl_lib("ForceAliasCreation moves an email alias to the new user", NO_ALIASES,
        NO_ALIASES_REF + "; targets/adminCreateUser.js:86-138 (ForceAliasCreation not read)",
            step="Alice's email address now signs Bob in", observation="<InitiateAuth failed"),
    # Case sensitivity
    _cl_lib("Where usernames are case insensitive, any capitalization signs the user in", NO_CASE_FOLDING,
        NO_CASE_FOLDING_REF + ", targets/initiateAuth.js:145",
            step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _cl_lib("Where usernames are case insensitive, another capitalization is the same username",
        NO_CASE_FOLDING + ", so the capitalized username is not found to exist; the SignUp is then refused with "
        "InvalidParameterException because the user carries none of the pool's AutoVerifiedAttributes",
        NO_CASE_FOLDING_REF + ", targets/signUp.js:71-74, 38-48",
            step="it fails with UsernameExistsException", observation="<SignUp failed"),
    _cl_lib("Where usernames are case insensitive, the admin API finds the user by any capitalization", NO_CASE_FOLDING,
        NO_CASE_FOLDING_REF + ", targets/adminGetUser.js:27",
            step="Cognito answers with Alice's account", observation="<AdminGetUser failed"),
    _cl_lib("Where usernames are case sensitive, another capitalization is another user", SIGNUP_NEEDS_AUTO_VERIFIED,
        SIGNUP_NEEDS_AUTO_VERIFIED_REF,
            step="it succeeds", observation="<SignUp failed"),
    # Who signs up
    _cl_lib("Where only administrators create users, SignUp is refused",
        "cognito-local's SignUp ignores AdminCreateUserConfig.AllowAdminCreateUserOnly",
        LIB + "targets/signUp.js:62-74",
            step="it fails with NotAuthorizedException", observation="<SignUp succeeded"),
    # The schema
    _cl_lib("Signing up without a required attribute is refused", NO_SCHEMA_CHECK, NO_SCHEMA_CHECK_REF,
            step="Cognito refuses it", observation="<SignUp succeeded"),
    _cl_lib("An administrator cannot create a user without a required attribute", NO_SCHEMA_CHECK,
            NO_SCHEMA_CHECK_REF.replace("targets/signUp.js:75-87", "targets/adminCreateUser.js (no Required check)"),
            step="it fails with InvalidParameterException", observation="<AdminCreateUser succeeded"),
    _cl_lib("An unconfirmed user's password sign-in is not authorized",
            "cognito-local answers USER_PASSWORD_AUTH of an unconfirmed user with UserNotConfirmedException, where "
            "LocalStack's AWS-validated test saw NotAuthorizedException (contested)",
            LIB + "targets/initiateAuth.js:173-174",
            step="it fails with NotAuthorizedException", observation="<InitiateAuth failed with UserNotConfirmedException"),
    _cl_lib("A wrong code does not confirm the software token",
            "cognito-local answers a wrong code at VerifySoftwareToken with CodeMismatchException, not "
            "EnableSoftwareTokenMFAException", LIB + "targets/verifySoftwareToken.js:69-70",
            step="it fails with EnableSoftwareTokenMFAException",
            observation="<VerifySoftwareToken failed with CodeMismatchException"),
    _cl_lib("Resending the invitation of a confirmed user is refused",
            "cognito-local answers AdminCreateUser with MessageAction RESEND for an existing user with "
            "CognitoLocal#Unsupported, whatever the user's state", LIB + "targets/adminCreateUser.js:94-95",
            step="it fails with UnsupportedUserStateException", observation="<AdminCreateUser failed with Unsupported"),
    _cl_lib("A page of more than 60 users is refused",
            "cognito-local's ListUsers ignores Limit (it returns every user in one page)", LIST_USERS_ALL_REF,
            step="it fails with InvalidParameterException", observation="<ListUsers succeeded"),
    _cl_lib("A custom string longer than its maximum length is refused", NO_SCHEMA_CHECK, NO_SCHEMA_CHECK_REF,
            step="Cognito refuses it", observation="<AdminUpdateUserAttributes writing custom:code succeeded"),
    _cl_lib("A custom number outside its range is refused", NO_SCHEMA_CHECK, NO_SCHEMA_CHECK_REF,
            step="Cognito refuses it", observation="<UpdateUserAttributes writing custom:age succeeded"),
    _cl_lib("A developer-only attribute is written by an administrator, never by the user",
        "cognito-local names a developer-only attribute custom:<name>, never dev:custom:<name>, so the admin "
        "API's dev:custom: write is refused as not in the schema (the scenario cannot be set up)",
        LIB + "targets/createUserPool.js:59-62, services/userPoolService.js:303-307",
            step='an administrator has set Alice\'s dev:custom:tier to "gold"',
            observation="<AdminUpdateUserAttributes writing dev:custom:tier failed"),
    _cl_lib("A required attribute cannot be deleted",
        "cognito-local's AdminDeleteUserAttributes removes any attribute, required or not",
        LIB + "targets/adminDeleteUserAttributes.js:26-42",
            step="Cognito refuses it", observation="<AdminDeleteUserAttributes deleting name succeeded"),
    # Groups
    _cl_lib("The ID token carries the groups' roles, and prefers the role of the lowest precedence",
        "cognito-local puts cognito:groups in the tokens but never cognito:roles or cognito:preferred_role",
        LIB + "services/tokenGenerator.js:118-121",
            step="Alice's ID token carries the roles of editors and readers", observation="cognito:roles is None"),
    # Finding users
    _cl_lib("Filters on the account's status find users by their state",
        "cognito-local's status filter compares the text with the user's Enabled flag (a boolean), so "
        "status = \"Disabled\" finds no one", LIB + "services/userPoolService.js:177",
            step="the list includes Bob but not Alice", observation="ListUsers found []"),
    _cl_lib("ListUsers returns only the attributes asked for", LIST_USERS_ALL, LIST_USERS_ALL_REF,
            step="every user listed carries only the email attribute"),
    _cl_lib("Pages of one user each add up to every match", LIST_USERS_ALL, LIST_USERS_ALL_REF,
            step="every page holds at most one user", observation="assert (True and False)"),
    # Recovery and the error contract
    _cl_lib("Where only an administrator recovers accounts, a user cannot start a reset",
        "cognito-local's ForgotPassword ignores AccountRecoverySetting and always emails a code",
        LIB + "targets/forgotPassword.js:26-45",
            step="Cognito refuses it", observation="<ForgotPassword succeeded"),
    _cl_lib("Naming something that does not exist", UNSUPPORTED_TARGET.format("DescribeResourceServer"),
        UNSUPPORTED_TARGET_REF, example="reads a resource server ",
            step="it fails with <code>", observation="<DescribeResourceServer failed"),
    _cl_lib("Naming something that does not exist", UNSUPPORTED_TARGET.format("DescribeIdentityProvider"),
        UNSUPPORTED_TARGET_REF, example="reads an identity provider ",
            step="it fails with <code>", observation="<DescribeIdentityProvider failed"),
    _cl_lib("A malformed access token is not authorized", MALFORMED_TOKEN, LIB + "targets/getUser.js:37-40",
        example="calls GetUser ",
            step="it fails with NotAuthorizedException", observation="<GetUser failed"),
    _cl_lib("A malformed access token is not authorized", MALFORMED_TOKEN, LIB + "targets/updateUserAttributes.js:67-70",
        example="calls UpdateUserAttributes ",
            step="it fails with NotAuthorizedException", observation="<UpdateUserAttributes writing name failed"),
    _cl_lib("A malformed access token is not authorized", MALFORMED_TOKEN, LIB + "targets/changePassword.js:37-40",
        example="calls ChangePassword ",
            step="it fails with NotAuthorizedException", observation="<ChangePassword failed"),
    _cl_lib("A malformed access token is not authorized", UNSUPPORTED_TARGET.format("GlobalSignOut"),
        UNSUPPORTED_TARGET_REF + "; README.md Supported Features", example="calls GlobalSignOut ",
            step="it fails with NotAuthorizedException", observation="<GlobalSignOut failed"),
    # The pool's life
    _cl_lib("A stricter password policy refuses the next weak password", NO_PASSWORD_POLICY,
        LIB + "targets/adminSetUserPassword.js:25-41 (no policy check)",
            step='an administrator\'s new password "abcdefgh" for Alice fails with InvalidPasswordException',
            observation="<AdminSetUserPassword succeeded"),
    _cl_lib("A pool protected against deletion says so", NO_DELETION_PROTECTION, NO_DELETION_PROTECTION_REF,
            step="the pool is protected against deletion", observation="DeletionProtection is INACTIVE"),
    _cl_lib("A pool protected against deletion cannot be deleted", NO_DELETION_PROTECTION, NO_DELETION_PROTECTION_REF,
            step="it fails with InvalidParameterException", observation="<DeleteUserPool succeeded"),
    _cl_lib("A revoked access token is not authorized",
        UNSUPPORTED_TARGET.format("GlobalSignOut") + " (the token cannot be revoked: the scenario cannot be set up)",
        UNSUPPORTED_TARGET_REF + "; README.md Supported Features",
            step="Alice has signed out everywhere", observation="<GlobalSignOut failed"),
    _cl_lib("A domain that does not exist is described as no domain", UNSUPPORTED_TARGET.format("DescribeUserPoolDomain"),
        UNSUPPORTED_TARGET_REF,
            step="Cognito describes no domain", observation="<DescribeUserPoolDomain failed"),
    _cl_lib("An administrator's reset for a user with no verified email address or phone number",
        "cognito-local's AdminUpdateUserAttributes refuses email_verified without email in the same call "
        "(InvalidParameterException), so an email address cannot be made unverified (the scenario cannot be "
        "set up); nor does it implement AdminResetUserPassword",
        LIB + "services/userPoolService.js:315-318; README.md Supported Features",
            step="Cognito refuses it with InvalidParameterException or Alice's account is RESET_REQUIRED",
            observation="<AdminResetUserPassword failed"),
    # What a new pool and app client are, and what creating them refuses (issue 19)
    _cl_lib("Signing up in a pool that verifies nothing sends no code", SIGNUP_NEEDS_AUTO_VERIFIED,
            SIGNUP_NEEDS_AUTO_VERIFIED_REF,
            step="Cognito says it sent no confirmation code", observation="<SignUp failed with InvalidParameterException"),
    _cl_lib("A code that set up the software token cannot complete a sign-in", NO_SRP, NO_SRP_REF,
            step="Alice has signed in with USER_SRP_AUTH and been challenged with SOFTWARE_TOKEN_MFA",
            observation="<InitiateAuth failed"),
    _cl_lib("A new user pool is on the Essentials plan",
            "cognito-local's CreateUserPool keeps a fixed list of members, without UserPoolTier, so DescribeUserPool "
            "names no feature plan", LIB + "targets/createUserPool.js:71-104",
            step="the pool is on the ESSENTIALS feature plan", observation="UserPoolTier is None"),
    _cl_lib("A new user pool lets users sign in first with their password only",
            "cognito-local keeps the Policies a CreateUserPool request gives and adds no SignInPolicy, so a pool created "
            "without one names no first factors", LIB + "targets/createUserPool.js:90",
            step="users may sign in first with PASSWORD", observation="AllowedFirstAuthFactors is None"),
    _cl_lib("A new app client names no flows, attribute permissions or user existence setting of its own",
            "cognito-local's CreateUserPoolClient keeps a fixed list of members, without AuthSessionValidity, so "
            "DescribeUserPoolClient names no session lifetime", LIB + "targets/createUserPoolClient.js:31-59",
            step="the new app client gives 3 minutes to answer a challenge", observation="AuthSessionValidity is None"),
    _cl_lib("An app client cannot allow a scope that no resource server defines",
            "cognito-local's CreateUserPoolClient keeps AllowedOAuthScopes as given and checks none of them",
            LIB + "targets/createUserPoolClient.js:26-64 (35 keeps AllowedOAuthScopes)",
            step="it fails with ScopeDoesNotExistException", observation="<CreateUserPoolClient succeeded"),
    _cl_lib("A custom attribute cannot be required",
            "cognito-local's CreateUserPool keeps a custom attribute's Required as given and refuses nothing",
            LIB + "targets/createUserPool.js:57-68 (64 keeps Required), 71-104",
            step="it fails with InvalidParameterException", observation="<CreateUserPool succeeded"),
)

# -- Lambda triggers (issue 22), measured with the suite's local Invoke API (triggers/invoke_api.py) ----------
NO_CUSTOM_AUTH = ("cognito-local does not implement CUSTOM_AUTH: InitiateAuth and AdminInitiateAuth answer "
                  "CognitoLocal#Unsupported, and no Define, Create or Verify auth challenge trigger is ever invoked")
NO_CUSTOM_AUTH_REF = LIB + "targets/initiateAuth.js:254-262, targets/adminInitiateAuth.js:130-137"
PTG_RESERVED = ("cognito-local withholds from the pre token generation function only the 17 claim names of the 2023 "
                "edition of the Developer Guide (sub, iss, aud, token_use, exp, iat, ...): the function still sets "
                "cognito: claims, username, client_id, event_id and version in the ID token")
PTG_RESERVED_REF = LIB + "services/tokenGenerator.js:38-56 (RESERVED_CLAIMS), 57-70 (every other claim applied)"
PTG_NO_GROUPS = ("cognito-local sends the pre token generation function an empty groupConfiguration: the user's "
                 "groups are not listed in groupsToOverride")
PTG_NO_GROUPS_REF = LIB + "services/lambda.js:159 (groupConfiguration: {}), services/tokenGenerator.js:129-134"
PTG_GROUPS_IGNORED = ("cognito-local applies only claimsToAddOrOverride and claimsToSuppress of a pre token "
                      "generation answer, to the ID token: groupOverrideDetails is ignored and cognito:groups keeps "
                      "the user's groups in both tokens")
PTG_GROUPS_IGNORED_REF = LIB + "services/tokenGenerator.js:117-120 (cognito:groups from the user's groups), 137"
PTG_NEW_PASSWORD_SOURCE = ("cognito-local invokes pre token generation with TokenGeneration_Authentication when an "
                           "administrator-created user sets a new password, not TokenGeneration_NewPasswordChallenge")
PTG_NEW_PASSWORD_SOURCE_REF = LIB + "targets/respondToAuthChallenge.js:137, 164-174 (the source \"Authentication\")"
EVENT_VERSION_0 = ("cognito-local sends every trigger event with version \"0\" (and region \"local\"), "
                   "whatever the pool's PreTokenGenerationConfig.LambdaVersion")
EVENT_VERSION_0_REF = LIB + "services/lambda.js:83 (const version = \"0\"), 87 (region)"
PTG_V2_IGNORED = ("cognito-local ignores PreTokenGenerationConfig: it sends a version 1 event and reads only "
                  "claimsOverrideDetails, applied to the ID token, so a version 2 answer's access token claims, "
                  "scopes and claim values reach no token")
PTG_V2_IGNORED_REF = LIB + "services/tokenGenerator.js:122-138 (claimsOverrideDetails to the ID token only)"

NO_PRE_AUTHENTICATION = ("cognito-local does not implement the pre authentication trigger: it has no "
                         "TriggerFunctions.PreAuthentication and invokes no function before a sign-in")
NO_PRE_AUTHENTICATION_REF = ("README.md:201 (PreAuthentication ❌); lib/services/triggers/triggers.js:33-40 (the "
                             "seven triggers it has)")
ADMIN_NO_POST_AUTHENTICATION = ("cognito-local invokes the post authentication trigger only from InitiateAuth "
                                "and RespondToAuthChallenge: AdminInitiateAuth issues tokens without it")
ADMIN_NO_POST_AUTHENTICATION_REF = (LIB + "targets/adminInitiateAuth.js:25-85 (no postAuthentication call; "
                                    "targets/initiateAuth.js:180-190 has one)")
SWALLOWED = ("cognito-local logs and ignores an error of the {trigger} function: the {operation} succeeds as if "
             "the function had answered")
POST_AUTHENTICATION_SWALLOWED_REF = LIB + "services/triggers/postAuthentication.js:26-38 (try/catch, the error logged)"
POST_CONFIRMATION_SWALLOWED_REF = LIB + "services/triggers/postConfirmation.js:26-38 (try/catch, the error logged)"
CUSTOM_MESSAGE_SWALLOWED_REF = (LIB + "services/triggers/customMessage.js:36-55 (try/catch: null, and its own "
                                "message is sent)")
USERNAME_PARAMETER_ALWAYS = ("cognito-local offers the custom message function the username placeholder "
                             "({username}) for every source, where Cognito offers it only for an administrator's "
                             "invitation")
USERNAME_PARAMETER_ALWAYS_REF = LIB + "services/triggers/customMessage.js:44 (usernameParameter: \"{username}\")"
NO_RESEND = ("cognito-local does not implement ResendConfirmationCode: it answers CognitoLocal#Unsupported, so no "
             "CustomMessage_ResendCode is sent")
NO_RESEND_REF = LIB + "server/Router.js:30 (Unsupported x-amz-target); README.md:110 (ResendConfirmationCode ❌)"
AUTO_VERIFY_UNCHECKED = ("cognito-local ignores autoVerifyPhone for a user without a phone number: the sign-up "
                         "succeeds, where Cognito fails it")
AUTO_VERIFY_UNCHECKED_REF = LIB + "targets/signUp.js:109-111 (the flag applied only when there is a phone number)"
NO_VALIDATION_DATA = "cognito-local does not pass SignUp's ValidationData to the pre sign-up function"
NO_VALIDATION_DATA_REF = LIB + "targets/signUp.js:89-97 (validationData: void 0)"
NO_PRE_SIGN_UP_ADMIN = "cognito-local does not invoke the pre sign-up trigger for AdminCreateUser"
NO_PRE_SIGN_UP_ADMIN_REF = ("README.md:202 (PreSignUp_AdminCreateUser ❌); lib/targets/adminCreateUser.js:75-124 (no "
                            "preSignUp call)")
MIGRATED_UNDER_UUID = ("cognito-local stores a migrated user under the username the function answers as "
                       "userAttributes.username, or else under a random UUID, not under the username signed in with: "
                       "the user is not found by that name, and each sign-in migrates again")
MIGRATED_UNDER_UUID_REF = LIB + "services/triggers/userMigration.js:70-82 (Username: userAttributes.username || uuid.v4())"
NO_MIGRATION_ON_FORGOT = ("cognito-local's ForgotPassword does not invoke the migrate user trigger: it answers "
                          "UserNotFoundException for an unknown user")
NO_MIGRATION_ON_FORGOT_REF = LIB + "targets/forgotPassword.js:33-35 (no userMigration call)"
ADMIN_METADATA_TO_PTG = ("cognito-local passes AdminInitiateAuth's ClientMetadata to the pre token generation "
                         "function, which Cognito does not")
ADMIN_METADATA_TO_PTG_REF = LIB + "targets/adminInitiateAuth.js:62-69 (req.ClientMetadata to the token generator)"
ADMIN_NO_MIGRATION_METADATA = ("cognito-local's AdminInitiateAuth sends the migrate user function an empty "
                               "validationData instead of the request's ClientMetadata")
ADMIN_NO_MIGRATION_METADATA_REF = LIB + "targets/adminInitiateAuth.js:42-51 (validationData: {})"
NO_TIME_LIMIT = ("cognito-local sets no time limit on a trigger: it waits for the function as long as aws-sdk v2 "
                 "does (120 s by default) and uses a 6-s function's answer, where Cognito gives up after 5 s")
NO_TIME_LIMIT_REF = (LIB + "services/lambda.js:46-57 (invoke without a timeout), server/defaults.js:73-76 "
                     "(new AWS.Lambda(config.LambdaClient), no httpOptions)")

REGISTRY_COGNITO_LOCAL_TRIGGERS: tuple[Divergence, ...] = (
    *(_cl_lib(name, NO_CUSTOM_AUTH, NO_CUSTOM_AUTH_REF, example=example, step=step, observation="received no")
      for name, example, step in (
          ("CUSTOM_AUTH asks Define, then Create, and answers with the custom challenge", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("The right answer to the custom challenge signs the user in", None,
           "the VerifyAuthChallengeResponse trigger received a VerifyAuthChallengeResponse_Authentication event "
           "for Alice"),
          ("A wrong answer is a failed round in the session Define sees, and Cognito asks again", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("After a wrong answer the right one still signs the user in", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("Define failing the authentication after three wrong answers refuses the sign-in", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("Define failing the authentication at once refuses the sign-in before any challenge", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("Two custom rounds: Define sees each round's challenge metadata, and every answer comes with a new "
           "session", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("Starting with SRP_A, Define sees SRP_A, then the password verifier, before the custom challenge", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("A function that fails stops the custom sign-in", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("An app client that does not allow CUSTOM_AUTH refuses it before any function runs", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Bob"),
          ("InitiateAuth's client metadata does not reach the define and create auth challenge functions", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("RespondToAuthChallenge's client metadata reaches the verify auth challenge function", None,
           "the VerifyAuthChallengeResponse trigger received a VerifyAuthChallengeResponse_Authentication event "
           "for Alice"),
          ("Where the app client hides whether users exist, Define is told that the user was not found", None,
           "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"),
          ("A user whose password is temporary is asked for a new one inside the custom flow, before any token",
           None, "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice"))),
    _cl("Signing in invokes the function, and the claim it adds is in the ID token only", NO_SRP, NO_SRP_REF,
        NO_SRP_SRC, example="USER_SRP_AUTH",
        step="the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice",
        observation="received no TokenGeneration_Authentication event for Alice"),
    _cl_lib("The claims Cognito reserves do not take the function's values", PTG_RESERVED, PTG_RESERVED_REF,
            step="none of Alice's tokens carries the value the function gave to a claim Cognito reserves",
            observation="the function's value 'cc-reserved' reached"),
    _cl_lib("The event lists the groups the user is in", PTG_NO_GROUPS, PTG_NO_GROUPS_REF,
            step="the pre token generation event for Alice lists the groups Alice is in",
            observation="request.groupConfiguration.groupsToOverride is []"),
    _cl_lib("The function's groups replace cognito:groups in the ID token and the access token", PTG_GROUPS_IGNORED,
            PTG_GROUPS_IGNORED_REF,
            step="Alice's ID token and access token name only the groups the function gave",
            observation="'ID': ['readers']"),
    _cl_lib("Empty group override details suppress cognito:groups in both tokens", PTG_GROUPS_IGNORED,
            PTG_GROUPS_IGNORED_REF,
            step="neither Alice's ID token nor the access token carries cognito:groups", observation="still there"),
    _cl_lib("The version 2 group override replaces cognito:groups in both tokens", PTG_V2_IGNORED, PTG_V2_IGNORED_REF,
            step="Alice's ID token and access token name only the groups the function gave",
            observation="'ID': ['readers']"),
    _cl_lib("An administrator-created user setting a new password invokes the function for the new password "
            "challenge", PTG_NEW_PASSWORD_SOURCE, PTG_NEW_PASSWORD_SOURCE_REF,
            step="the PreTokenGeneration trigger received a TokenGeneration_NewPasswordChallenge event for Alice",
            observation="received no TokenGeneration_NewPasswordChallenge event"),
    _cl_lib("PreTokenGenerationConfig with LambdaVersion V1_0 takes a version 1 answer", EVENT_VERSION_0,
            EVENT_VERSION_0_REF,
            step='the pre token generation event for Alice is version "1"', observation="version is '0'"),
    _cl_lib("A version 2 or 3 event carries the scopes of the access token", EVENT_VERSION_0, EVENT_VERSION_0_REF,
            step='the pre token generation event for Alice is version "<event version>"',
            observation="version is '0'"),
    _cl_lib("The function adds a claim to the access token of a user's sign-in", PTG_V2_IGNORED, PTG_V2_IGNORED_REF,
            step="Alice's access token carries the access token claim the function added",
            observation="cc_access_claim is None"),
    _cl_lib("Refreshing the tokens keeps the access token customization", PTG_V2_IGNORED, PTG_V2_IGNORED_REF,
            step="Alice's access token carries the access token claim the function added",
            observation="cc_access_claim is None"),
    _cl_lib("The function adds a claim to both tokens in one answer", PTG_V2_IGNORED, PTG_V2_IGNORED_REF,
            step="Alice's access token carries the claim the function added", observation="cc_claim is None"),
    _cl_lib("The function adds a scope to the access token and suppresses another", PTG_V2_IGNORED,
            PTG_V2_IGNORED_REF,
            step="Alice's access token grants the scope the function added and not the one it suppressed",
            observation="lack 'cc-trigger/added'"),
    _cl_lib("Claim values may be numbers, booleans, lists and objects", PTG_V2_IGNORED, PTG_V2_IGNORED_REF,
            step="Alice's ID token and access token carry the function's number, boolean, list and object",
            observation="cc_number is None"),
    _cl_lib("A function that takes longer than five seconds makes the operation fail", NO_TIME_LIMIT,
            NO_TIME_LIMIT_REF, step="Cognito refuses it", observation="SignUp succeeded"),
    # Pre and post authentication
    *(_cl_lib(name, NO_PRE_AUTHENTICATION, NO_PRE_AUTHENTICATION_REF,
              step="the PreAuthentication trigger received a PreAuthentication_Authentication event for Alice",
              observation="received no PreAuthentication_Authentication event")
      for name in ("A password sign-in invokes the pre authentication function with the client metadata as "
                   "validation data",
                   "A pre authentication function that fails refuses the sign-in",
                   "Refreshing tokens does not invoke the pre authentication function",
                   "Where the app client hides whether users exist, the pre authentication function hears of an "
                   "unknown user")),
    _cl_lib("A sign-in invokes the post authentication function", ADMIN_NO_POST_AUTHENTICATION,
            ADMIN_NO_POST_AUTHENTICATION_REF, example="ADMIN_USER_PASSWORD_AUTH",
            step="the PostAuthentication trigger received a PostAuthentication_Authentication event for Alice",
            observation="received no PostAuthentication_Authentication event"),
    _cl_lib("In a pool that remembers devices, the post authentication function hears of a sign-in on a new device",
            "cognito-local builds every post authentication event with newDeviceUsed false, whatever the pool's "
            "remembered-devices setting (it hands out no device key either)",
            LIB + "services/lambda.js:102 (newDeviceUsed: false); targets/initiateAuth.js:238 (NewDeviceMetadata: void 0)",
            step="the event says the user signed in on a new device", observation="newDeviceUsed is False"),
    _cl_lib("A post authentication function that fails means no tokens",
            SWALLOWED.format(trigger="post authentication", operation="sign-in"), POST_AUTHENTICATION_SWALLOWED_REF,
            step="Cognito refuses it with one of its Lambda exceptions", observation="InitiateAuth succeeded"),
    # Post confirmation
    _cl_lib("A post confirmation function that fails makes the confirmation fail",
            SWALLOWED.format(trigger="post confirmation", operation="confirmation"), POST_CONFIRMATION_SWALLOWED_REF,
            step="Cognito refuses it with one of its Lambda exceptions", observation="AdminConfirmSignUp succeeded"),
    _cl_lib("An account an administrator created invokes no post confirmation function when its user sets a "
            "password", PTG_NEW_PASSWORD_SOURCE, PTG_NEW_PASSWORD_SOURCE_REF,
            step="the PreTokenGeneration trigger received a TokenGeneration_NewPasswordChallenge event for Alice",
            observation="received no TokenGeneration_NewPasswordChallenge event"),
    # Custom message
    _cl_lib("A sign-up invokes the custom message function, and Cognito sends its message with the code",
            USERNAME_PARAMETER_ALWAYS, USERNAME_PARAMETER_ALWAYS_REF,
            step="the event offers a code placeholder and no username placeholder",
            observation="usernameParameter is '{username}'"),
    _cl_lib("Asking for the sign-up code again invokes the custom message function", NO_RESEND, NO_RESEND_REF,
            step="the CustomMessage trigger received a CustomMessage_ResendCode event for Alice",
            observation="received no CustomMessage_ResendCode event"),
    _cl_lib("A custom message function that fails makes the sign-up fail",
            SWALLOWED.format(trigger="custom message", operation="sign-up"), CUSTOM_MESSAGE_SWALLOWED_REF,
            step="Cognito refuses it with one of its Lambda exceptions", observation="SignUp succeeded"),
    # Pre sign-up
    _cl_lib("A pre sign-up function that verifies a phone number the user does not have makes the sign-up fail",
            AUTO_VERIFY_UNCHECKED, AUTO_VERIFY_UNCHECKED_REF, step="Cognito refuses it",
            observation="SignUp succeeded"),
    _cl_lib("The validation data of a sign-up reaches the pre sign-up function and is not stored",
            NO_VALIDATION_DATA, NO_VALIDATION_DATA_REF, step="the event carries the validation data Alice sent",
            observation="validationData is None"),
    *(_cl_lib(name, NO_PRE_SIGN_UP_ADMIN, NO_PRE_SIGN_UP_ADMIN_REF,
              step="the PreSignUp trigger received a PreSignUp_AdminCreateUser event for Alice",
              observation="received no PreSignUp_AdminCreateUser event")
      for name in ("An administrator creating an account invokes the pre sign-up function",
                   "An account an administrator creates keeps its temporary password whatever the pre sign-up "
                   "function answers")),
    _cl_lib("The client metadata of an administrator's account creation reaches the pre sign-up function",
            NO_PRE_SIGN_UP_ADMIN, NO_PRE_SIGN_UP_ADMIN_REF,
            step="the PreSignUp trigger received a PreSignUp_AdminCreateUser event for Alice",
            observation="received no PreSignUp_AdminCreateUser event"),
    _cl_lib("The client metadata of InitiateAuth and AdminInitiateAuth does not reach the pre token generation "
            "function", ADMIN_METADATA_TO_PTG, ADMIN_METADATA_TO_PTG_REF, example="ADMIN_USER_PASSWORD_AUTH",
            step="the event carries no client metadata", observation="request.clientMetadata is {'cc_purpose'"),
    _cl_lib("RespondToAuthChallenge's client metadata reaches the pre token generation function",
            PTG_NEW_PASSWORD_SOURCE, PTG_NEW_PASSWORD_SOURCE_REF,
            step="the PreTokenGeneration trigger received a TokenGeneration_NewPasswordChallenge event for Alice",
            observation="received no TokenGeneration_NewPasswordChallenge event"),
    # Migrate user
    _cl_lib("The client metadata of a sign-in reaches the migrate user function as validation data",
            ADMIN_NO_MIGRATION_METADATA, ADMIN_NO_MIGRATION_METADATA_REF, example="ADMIN_USER_PASSWORD_AUTH",
            step="the event carries the client metadata Alice sent as its validation data",
            observation="validationData is {}"),
    _cl_lib("The client metadata of a password reset reaches the migrate user function", NO_MIGRATION_ON_FORGOT,
            NO_MIGRATION_ON_FORGOT_REF,
            step="the UserMigration trigger received a UserMigration_ForgotPassword event for Alice",
            observation="received no UserMigration_ForgotPassword event"),
    _cl_lib("Without a final status the user migrated at sign-in must reset the password",
            "cognito-local stores a user migrated without finalUserStatus as CONFIRMED and signs them in, where Cognito "
            "sets RESET_REQUIRED and the sign-in fails with PasswordResetRequiredException",
            LIB + "services/triggers/userMigration.js:77 (UserStatus: result.finalUserStatus ?? \"CONFIRMED\")",
            step="it fails with PasswordResetRequiredException", observation="<InitiateAuth succeeded"),
    _cl_lib("An unknown user's password sign-in invokes the migrate user function with the username and password",
            MIGRATED_UNDER_UUID, MIGRATED_UNDER_UUID_REF, step="Alice's account is CONFIRMED",
            observation="Alice has no account under the username"),
    _cl_lib("A migrate user function that answers finalUserStatus RESET_REQUIRED makes the migrated user reset the "
            "password", MIGRATED_UNDER_UUID, MIGRATED_UNDER_UUID_REF, step="Alice's account is RESET_REQUIRED",
            observation="Alice has no account under the username"),
    *(_cl_lib(name, NO_MIGRATION_ON_FORGOT, NO_MIGRATION_ON_FORGOT_REF,
              step="the UserMigration trigger received a UserMigration_ForgotPassword event for Alice",
              observation="received no UserMigration_ForgotPassword event")
      for name in ("A user migrated on a password reset is sent the welcome message by the medium the function "
                   "answers",
                   "A user migrated on a password reset whose function answers messageAction SUPPRESS is sent no "
                   "welcome message")),
    _cl_lib("A migrated user is not migrated again", MIGRATED_UNDER_UUID, MIGRATED_UNDER_UUID_REF,
            step="the UserMigration trigger received exactly one UserMigration_Authentication event for Alice",
            observation="received 2 UserMigration_Authentication events"),
    _cl_lib("An unknown user's password reset invokes the migrate user function without a password",
            NO_MIGRATION_ON_FORGOT, NO_MIGRATION_ON_FORGOT_REF,
            step="the UserMigration trigger received a UserMigration_ForgotPassword event for Alice",
            observation="received no UserMigration_ForgotPassword event"),
)
#: What the registry reads (cognito_conformance.implementations names this module for cognito-local).
ENTRIES = (*REGISTRY_COGNITO_LOCAL, *REGISTRY_COGNITO_LOCAL_SETTINGS, *REGISTRY_COGNITO_LOCAL_TRIGGERS)
