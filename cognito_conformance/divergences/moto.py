"""Where moto 5.2.5 differs from real Cognito, measured (docs/moto-5.2.5.md names the rows)."""

from __future__ import annotations

from .model import DEVICE_SCENARIOS, USER_AUTH_SCENARIOS, TWIN_FLOW_REFUSED, Divergence

MOTO_SRP_ISSUE = "https://github.com/getmoto/moto/issues/7562"


def _moto(scenario: str, reason: str, reference: str, upstream: str | None = None,
          example: str | None = None, where=None) -> Divergence:
    return Divergence(scenario, "moto", reason, reference, upstream, example, where=where)


def _server_outside_us_east_1(run: dict) -> bool:
    """moto's standalone server, in a region other than its default (docs/moto-5.2.5.md 10c)."""
    return bool(run.get("server")) and run.get("region") != "us-east-1"


#: GlobalSignOut is unsigned (botocore's model: auth smithy.api#noAuth); moto's server takes the region of a
#: request from the host name, a "region/" User-Agent part or the SigV4 header, and an unsigned call to
#: 127.0.0.1 has none of them, so it looks in its default us-east-1 backend and refuses the token.
GLOBAL_SIGN_OUT_REGION = ("moto's server answers GlobalSignOut from its us-east-1 backend whatever the region "
                          "(an unsigned call carries no region; moto/core/responses.py get_region_from_url), so "
                          "a token of a pool in another region is refused with NotAuthorizedException")


MOTO: tuple[Divergence, ...] = (
    _moto("After GlobalSignOut the user's tokens are refused", GLOBAL_SIGN_OUT_REGION, "moto-5.2.5.md 10c",
          where=_server_outside_us_east_1),
    _moto("Signing in again after a global sign-out works", GLOBAL_SIGN_OUT_REGION, "moto-5.2.5.md 10c",
          where=_server_outside_us_east_1),
    _moto("After GlobalSignOut the ID token still verifies offline, but Cognito refuses the access token",
          GLOBAL_SIGN_OUT_REGION, "moto-5.2.5.md 10c", where=_server_outside_us_east_1),
    _moto("A revoked access token is not authorized", GLOBAL_SIGN_OUT_REGION + " (the scenario revokes with it)",
          "moto-5.2.5.md 10c", where=_server_outside_us_east_1),
    _moto("A wrong confirmation code is refused",
          "moto never checks sign-up confirmation codes: any code confirms the account",
          "moto-5.2.5.md 1d"),
    _moto("An unconfirmed user cannot sign in",
          "moto's ADMIN_USER_PASSWORD_AUTH issues tokens to UNCONFIRMED users",
          "moto-5.2.5.md 4f", example="ADMIN_USER_PASSWORD_AUTH"),
    _moto("Signing up without the secret hash is refused",
          "moto does not require SECRET_HASH on SignUp for a client with a secret",
          "moto-5.2.5.md 1i"),
    _moto("Signing in without the secret hash is refused",
          "moto checks SECRET_HASH only on USER_SRP_AUTH and refresh, not on the password flows",
          "moto-5.2.5.md 4j", example="with USER_PASSWORD_AUTH"),
    _moto("Signing in without the secret hash is refused",
          "moto checks SECRET_HASH only on USER_SRP_AUTH and refresh, not on the password flows",
          "moto-5.2.5.md 4j", example="with ADMIN_USER_PASSWORD_AUTH"),
    _moto("The challenge names the user by the username",
          "moto's PASSWORD_VERIFIER challenge gives the user's sub as USER_ID_FOR_SRP",
          "moto-5.2.5.md 4c"),
    _moto("A proof made with a wrong password is refused",
          "moto does not verify the SRP proof: a wrong password still gets tokens",
          "moto-5.2.5.md 4b", upstream=MOTO_SRP_ISSUE),
    _moto("A flow the app client does not allow is refused",
          "moto stores ExplicitAuthFlows but does not enforce them",
          "moto-5.2.5.md 4h"),
    _moto("An app client without write permission on an attribute cannot change it",
          "moto stores WriteAttributes but does not enforce them",
          "moto-5.2.5.md 8d"),
    _moto("A wrong code is refused",
          "moto's ConfirmForgotPassword checks only codes in its own 'moto-confirmation-code:' form "
          "and accepts any other code",
          "moto-5.2.5.md 9c"),
    _moto("An app client's own token lifetimes are honoured",
          "moto stores IdTokenValidity, AccessTokenValidity and TokenValidityUnits but always issues "
          "one-hour tokens",
          "moto-5.2.5.md 5e"),
    _moto("A lifetime outside the allowed range is refused when the app client is created",
          "moto accepts any token lifetime", "moto-5.2.5.md 5f"),
    _moto("A lifetime outside the allowed range is refused when the app client is changed",
          "moto accepts any token lifetime", "moto-5.2.5.md 5f"),
    _moto("A refresh token still may not live longer than 3650 days",
          "moto accepts any token lifetime", "moto-5.2.5.md 5f"),
    _moto("An access token stops working when it expires",
          "moto issues one-hour tokens whatever the app client says, and accepts expired access tokens",
          "moto-5.2.5.md 5e, 5g"),
    _moto("The authentication time stays the original sign-in's across refreshes",
          "moto sets auth_time to the time of the refresh", "moto-5.2.5.md 6b"),
    _moto("The ID token carries the attributes the app client may read",
          "moto's ID token has email_verified as the string \"true\", not a JSON boolean "
          "(measured with moto 5.2.5 in process and as a server)",
          "moto-5.2.5.md 5b"),
    _moto("Each sign-in is an event with its own id",
          "moto's tokens carry no event_id", "moto-5.2.5.md 5b, 5c"),
    _moto("The ID token and the access token are signed with different keys",
          "moto signs every token of every pool with one key, kid \"dummy\"", "moto-5.2.5.md 5a, 7a"),
    # MFA
    _moto("Cognito hands out a secret for an authenticator app",
          "moto hands every user the fixed secret 'asdfasdfasdf': 12 base32 characters that decode to 7 bytes "
          "(56 bits, as the step measures), shorter than RFC 4226's 128 bits",
          "moto-5.2.5.md 11a"),
    _moto("Each user gets a secret of their own",
          "moto hands every user the same TOTP secret", "moto-5.2.5.md 11a"),
    _moto("A user without MFA is asked to set it up",
          "moto's MFAS_CAN_SETUP is a Python repr, not JSON", "moto-5.2.5.md 11d", example="USER_SRP_AUTH"),
    _moto("A user without MFA is asked to set it up",
          "moto's password flows sign in a user of an MFA-required pool without MFA_SETUP",
          "moto-5.2.5.md 11d", example="with USER_PASSWORD_AUTH"),
    _moto("A user without MFA is asked to set it up",
          "moto's password flows sign in a user of an MFA-required pool without MFA_SETUP "
          "(measured here for ADMIN_USER_PASSWORD_AUTH too)",
          "moto-5.2.5.md 11d", example="with ADMIN_USER_PASSWORD_AUTH"),
    _moto("A pool without software token MFA hands out no secret",
          "moto hands out a TOTP secret on a pool whose software token MFA is off (measured here)",
          "moto-5.2.5.md 11a"),
    _moto("A pool without MFA asks for no second factor, whatever the user prefers",
          "moto accepts an SMS MFA preference on a pool with MFA off and then answers the user's sign-in "
          "with an SMS_MFA challenge (measured here with moto 5.2.5)", "moto-5.2.5.md 11c"),
    _moto("Signing in asks for the code sent by SMS, naming a masked destination",
          "moto's SMS_MFA challenge has empty ChallengeParameters, no CODE_DELIVERY_DESTINATION",
          "moto-5.2.5.md 11c"),
    _moto("A wrong SMS code is refused", "moto accepts any SMS MFA code", "moto-5.2.5.md 11c"),
    # User existence
    _moto("An app client that hides users answers as for a wrong password",
          "moto ignores PreventUserExistenceErrors and answers UserNotFoundException", "moto-5.2.5.md 4i"),
    _moto("An app client that does not hide users says a password reset is for no user",
          "moto's ForgotPassword answers an unknown user with a fake CodeDeliveryDetails whatever "
          "PreventUserExistenceErrors says (measured here with moto 5.2.5 on a LEGACY client)", "moto-5.2.5.md 9d"),
    # Attribute verification
    _moto("Cognito sends a code to verify the email address",
          "moto does not implement GetUserAttributeVerificationCode", "moto-5.2.5.md 3a"),
    _moto("The code Cognito sent verifies the email address",
          "moto does not implement GetUserAttributeVerificationCode or VerifyUserAttribute", "moto-5.2.5.md 3a"),
    _moto("A wrong code does not verify the email address",
          "moto does not implement GetUserAttributeVerificationCode or VerifyUserAttribute", "moto-5.2.5.md 3a"),
    _moto("A changed email address is unverified until the user proves it",
          "moto replaces the email at once and leaves email_verified true", "moto-5.2.5.md 3b"),
    _moto("A pool that verifies before updating keeps the old address until then",
          "moto ignores AttributesRequireVerificationBeforeUpdate and replaces the email at once "
          "(measured here)", "moto-5.2.5.md 3b"),
    _moto("Cognito sends a new sign-up code when asked",
          "moto does not implement ResendConfirmationCode", "moto-5.2.5.md 1j"),
    # Administrators
    _moto("After an administrator resets the password, signing in is refused",
          "moto's USER_PASSWORD_AUTH issues tokens to a RESET_REQUIRED user", "moto-5.2.5.md 9e"),
    _moto("The code sent by the reset lets the user choose a new password",
          "moto leaves the user RESET_REQUIRED after ConfirmForgotPassword", "moto-5.2.5.md 9e"),
    _moto("Disabling a user revokes the user's tokens",
          "moto still refreshes and accepts the tokens of a disabled user", "moto-5.2.5.md 6d"),
    _moto("A user deletes their own account", "moto does not implement DeleteUser", "moto-5.2.5.md 8f"),
)

MOTO_TWINS: tuple[Divergence, ...] = (
    _moto(TWIN_FLOW_REFUSED, "moto stores ExplicitAuthFlows but does not enforce them", "moto-5.2.5.md 4h"),
)

# The pool's own settings (issue 12), measured with moto 5.2.5 in process and as a server.
MOTO_SETTINGS: tuple[Divergence, ...] = (
    _moto("A preferred username signs the user in once it is set",
          "moto signs in by username only: an alias (preferred_username or email) gives UserNotFoundException "
          "(measured here)", "moto 5.2.5 cognitoidp/models.py (no alias lookup in initiate_auth)"),
    _moto("An email alias signs the user in only once it is verified",
          "moto signs in by username only: even a verified email alias gives UserNotFoundException (measured here)",
          "moto 5.2.5 cognitoidp/models.py (no alias lookup in initiate_auth)"),
    _moto("An email address already verified as another user's alias is refused",
          "moto does not keep aliases unique: a second user takes a verified email without AliasExistsException "
          "(measured here)", "moto 5.2.5 cognitoidp/models.py admin_update_user_attributes"),
    _moto("ForceAliasCreation moves an email alias to the new user",
          "moto signs in by username only, so the moved alias signs nobody in (measured here)",
          "moto 5.2.5 cognitoidp/models.py (no alias lookup in initiate_auth)"),
    _moto("Where usernames are case insensitive, any capitalization signs the user in",
          "moto ignores UsernameConfiguration.CaseSensitive false: another capitalization is another username "
          "(measured here)", "moto 5.2.5 cognitoidp/models.py (usernames compared as given)"),
    _moto("Where usernames are case insensitive, another capitalization is the same username",
          "moto ignores UsernameConfiguration.CaseSensitive false: SignUp with another capitalization creates a "
          "second user (measured here)", "moto 5.2.5 cognitoidp/models.py (usernames compared as given)"),
    _moto("Where usernames are case insensitive, the admin API finds the user by any capitalization",
          "moto ignores UsernameConfiguration.CaseSensitive false: AdminGetUser by another capitalization gives "
          "UserNotFoundException (measured here)", "moto 5.2.5 cognitoidp/models.py (usernames compared as given)"),
    _moto("Where only administrators create users, SignUp is refused",
          "moto ignores AdminCreateUserConfig.AllowAdminCreateUserOnly: SignUp succeeds (measured here)",
          "moto 5.2.5 cognitoidp/models.py sign_up"),
    _moto("Signing up without a required attribute is refused",
          "moto does not check required attributes: SignUp without one succeeds (measured here)",
          "moto 5.2.5 cognitoidp/models.py sign_up"),
    _moto("A custom string longer than its maximum length is refused",
          "moto does not check StringAttributeConstraints (measured here)",
          "moto 5.2.5 cognitoidp/models.py admin_update_user_attributes"),
    _moto("A custom number outside its range is refused",
          "moto does not check NumberAttributeConstraints (measured here)",
          "moto 5.2.5 cognitoidp/models.py update_user_attributes"),
    _moto("An immutable attribute keeps the value it was created with",
          "moto lets AdminUpdateUserAttributes change an attribute whose Mutable is false (measured here)",
          "moto 5.2.5 cognitoidp/models.py admin_update_user_attributes"),
    _moto("A developer-only attribute is written by an administrator, never by the user",
          "moto lets UpdateUserAttributes write a developer-only attribute with the user's access token "
          "(measured here)", "moto-5.2.5.md 8d"),
    _moto("A user deletes one of their own attributes", "moto does not implement DeleteUserAttributes",
          "moto 5.2.5 cognitoidp/responses.py (no delete_user_attributes)"),
    _moto("A required attribute cannot be deleted",
          "moto's AdminDeleteUserAttributes deletes a required attribute (measured here)",
          "moto 5.2.5 cognitoidp/models.py admin_delete_user_attributes"),
    _moto("The ID token carries the groups' roles, and prefers the role of the lowest precedence",
          "moto's tokens carry cognito:groups but no cognito:roles or cognito:preferred_role (measured here)",
          "moto 5.2.5 cognitoidp/models.py create_jwt"),
    _moto("A filter on two attributes is refused",
          "moto accepts a ListUsers filter on two attributes and answers an empty list (measured here)",
          "moto 5.2.5 cognitoidp/models.py list_users"),
    _moto("A pool protected against deletion cannot be deleted",
          "moto stores DeletionProtection ACTIVE but DeleteUserPool still deletes the pool (measured here)",
          "moto 5.2.5 cognitoidp/models.py delete_user_pool"),
    _moto("SignUp names where the confirmation code went",
          "moto derives SignUp's CodeDeliveryDetails from AccountRecoverySetting, not from the auto-verified "
          "attributes: without that setting it names SMS and phone_number for a user with only an email address "
          "(measured here; with admin_only it even refuses SignUp)", "moto 5.2.5 cognitoidp/models.py sign_up"),
    _moto("ForgotPassword passes over a mechanism the user has not verified",
          "moto's ForgotPassword answers with the mechanism of priority 1 whether or not the user has it verified: "
          "SMS to a made-up +*******9934 for a user with no phone number (measured here)",
          "moto 5.2.5 cognitoidp/models.py _get_code_delivery_details (min by Priority, no verified check)"),
    *(_moto(scenario, "moto does not implement AdminLinkProviderForUser (nor AdminDisableProviderForUser): in process "
            "it raises NotImplementedError, so the link cannot be set up (measured here)",
            "moto 5.2.5 cognitoidp/responses.py (no admin_link_provider_for_user)")
      for scenario in ("A federated sign-in through a linked provider lands on the existing user",
                       "After AdminDisableProviderForUser the federated sign-in no longer lands on the existing user")),
    _moto("An expired access token is not authorized",
          "moto accepts expired access tokens on GetUser, UpdateUserAttributes, ChangePassword and GlobalSignOut "
          "(measured here, the clock moved past AccessTokenValidity)", "moto-5.2.5.md 5e, 5g"),
)


# --- Issue 13: sessions, revocation, rotation, devices, choice-based sign-in -------------------------
# Measured with moto 5.2.5 in process (mock_aws) and as a server (moto_server): in process an operation
# moto lacks raises NotImplementedError ("The revoke_token action has not been implemented"); the server
# answers it with HTTP 500. moto stores EnableTokenRevocation, RefreshTokenRotation, AuthSessionValidity,
# DeviceConfiguration, UserPoolTier and SignInPolicy as given, and acts on none of them.
_NO_REVOKE = ("moto does not implement RevokeToken (NotImplementedError in process, HTTP 500 as a server; "
              "measured here)")
_NO_GET_TOKENS = ("moto does not implement GetTokensFromRefreshToken (NotImplementedError in process, HTTP 500 "
                  "as a server; measured here)")
_NO_DEVICES = ("moto returns no NewDeviceMetadata in a pool with a DeviceConfiguration and does not implement "
               "ConfirmDevice, UpdateDeviceStatus, ListDevices, AdminListDevices or ForgetDevice (measured here)")
_NO_USER_AUTH = ("moto does not know the USER_AUTH flow: InitiateAuth answers InvalidParameterException for "
                 "AuthFlow USER_AUTH (measured here, in process and as a server)")
_MOTO_SOURCE = "moto 5.2.5 moto/cognitoidp/responses.py (no such action)"

MOTO_SESSIONS: tuple[Divergence, ...] = (
    *(_moto(name, _NO_REVOKE, _MOTO_SOURCE) for name in (
        "A revoked refresh token and the access token issued with it are refused",
        "A revoked ID token still verifies offline",
        "Revoking one refresh token leaves the user's other sessions alone",
        "A refresh token cannot be revoked through another app client",
        "An app client without token revocation refuses RevokeToken",
    )),
    *(_moto(name, _NO_GET_TOKENS, _MOTO_SOURCE) for name in (
        "A rotating app client returns a new refresh token",
        "Without a grace period the rotated-out refresh token is refused at once",
        "Inside the grace period the rotated-out refresh token still works",
        "After the grace period the rotated-out refresh token is refused",
        "An app client that does not rotate returns no refresh token from GetTokensFromRefreshToken",
    )),
    _moto("A rotating app client does not refresh through REFRESH_TOKEN_AUTH",
          "moto stores RefreshTokenRotation but ignores it: REFRESH_TOKEN_AUTH on a rotating client issues "
          "new tokens (measured here)", "moto 5.2.5 moto/cognitoidp/models.py initiate_auth"),
    _moto("A challenge answered after its session expired is refused",
          "moto keeps a challenge's Session without a time and never expires it: AuthSessionValidity is stored, "
          "not enforced (measured here: in process with the clock moved 3.5 minutes, and on moto's server after a real 3.5-minute wait)",
          "moto 5.2.5 moto/cognitoidp/models.py CognitoIdpBackend.sessions"),
    _moto("A temporary password that outlived its validity no longer signs in",
          "moto does not expire temporary passwords: with the clock moved past TemporaryPasswordValidityDays the "
          "temporary password still answers NEW_PASSWORD_REQUIRED (measured here)",
          "moto 5.2.5 moto/cognitoidp/models.py initiate_auth"),
    *(_moto(name, _NO_DEVICES, _MOTO_SOURCE) for name in DEVICE_SCENARIOS),
    *(_moto(name, _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth") for name in USER_AUTH_SCENARIOS),
    _moto("The user's sign-in factors include the password",
          "moto does not implement GetUserAuthFactors (NotImplementedError in process, HTTP 500 as a server; "
          "measured here)", _MOTO_SOURCE),
    _moto("A pool without passkeys refuses a passkey registration",
          "moto does not implement StartWebAuthnRegistration (NotImplementedError in process, HTTP 500 as a "
          "server; measured here)", _MOTO_SOURCE),
    _moto("The passkey registration options name the relying party, the user and a challenge",
          "moto stores SetUserPoolMfaConfig's WebAuthnConfiguration but does not implement StartWebAuthnRegistration "
          "(NotImplementedError in process; measured here)", _MOTO_SOURCE),
)
_STAND_IN_TOKENS = ("the hosted UI on moto is the suite's stand-in, whose tokens moto does not know: moto's GetUser "
                    "refuses the stand-in's access token (NotAuthorizedException, measured here), and moto has no "
                    "RevokeToken to revoke them with")
MOTO_SESSIONS += tuple(
    _moto(name, _STAND_IN_TOKENS, "cognito_conformance/hosted_ui/README.md (tokens known only to the stand-in)")
    for name in ("A refresh token revoked at the revoke endpoint is refused by the API",
                 "A refresh token revoked through RevokeToken no longer works at the token endpoint"))
MOTO = (*MOTO, *MOTO_SESSIONS)

#: What the registry reads (cognito_conformance.implementations names this module for moto).
ENTRIES = (*MOTO, *MOTO_SETTINGS)
TWINS = MOTO_TWINS
