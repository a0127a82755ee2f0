"""Where moto differs from real Cognito, measured on moto 5.2.5 and 5.2.6 (docs/moto-5.2.5.md names the rows).

Each entry names the step at which moto diverges and the versions it was measured to diverge on:
by default every version in ``MEASURED_ON``; an entry that stopped diverging on a later version
names only the versions where it still did."""

from __future__ import annotations

from .model import DEVICE_SCENARIOS, USER_AUTH_SCENARIOS, TWIN_FLOW_REFUSED, Divergence

MOTO_SRP_ISSUE = "https://github.com/getmoto/moto/issues/7562"
#: Every moto version the registry was measured on (a whole run of the catalogue on each, in
#: process and on moto's server): CI installs the newest (constraints.txt).
MEASURED_ON = ("5.2.5", "5.2.6")


def _moto(scenario: str, reason: str, reference: str, upstream: str | None = None,
          example: str | None = None, where=None, step: str | None = None, observation: str | None = None,
          measured_on: tuple[str, ...] = MEASURED_ON) -> Divergence:
    return Divergence(scenario, "moto", reason, reference, upstream, example, where=where, step=step,
                      observation=observation, measured_on=measured_on)


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
          where=_server_outside_us_east_1,
          step="it succeeds", observation="<GlobalSignOut failed"),
    _moto("Signing in again after a global sign-out works", GLOBAL_SIGN_OUT_REGION, "moto-5.2.5.md 10c",
          where=_server_outside_us_east_1,
          step="Alice has signed out everywhere", observation="<GlobalSignOut failed"),
    _moto("After GlobalSignOut the ID token still verifies offline, but Cognito refuses the access token",
          GLOBAL_SIGN_OUT_REGION, "moto-5.2.5.md 10c", where=_server_outside_us_east_1,
          step="Alice's access token is refused with NotAuthorizedException", observation="<GetUser succeeded"),
    _moto("A revoked access token is not authorized", GLOBAL_SIGN_OUT_REGION + " (the scenario revokes with it)",
          "moto-5.2.5.md 10c", where=_server_outside_us_east_1,
          step="Alice has signed out everywhere", observation="<GlobalSignOut failed"),
    _moto("A wrong confirmation code is refused",
          "moto never checks sign-up confirmation codes: any code confirms the account",
          "moto-5.2.5.md 1d",
          step="it fails with CodeMismatchException", observation="<ConfirmSignUp succeeded"),
    _moto("An unconfirmed user cannot sign in",
          "moto's ADMIN_USER_PASSWORD_AUTH issues tokens to UNCONFIRMED users",
          "moto-5.2.5.md 4f", example="ADMIN_USER_PASSWORD_AUTH",
          step="it fails with UserNotConfirmedException", observation="<AdminInitiateAuth succeeded"),
    _moto("An unconfirmed user's password sign-in is not authorized",
          "moto answers USER_PASSWORD_AUTH of an unconfirmed user with UserNotConfirmedException, where "
          "LocalStack's AWS-validated test saw NotAuthorizedException (contested; measured here)",
          "moto 5.2.6 cognitoidp/models.py initiate_auth",
          step="it fails with NotAuthorizedException", observation="<InitiateAuth failed with UserNotConfirmedException"),
    _moto("An administrator cannot confirm an account that is already confirmed",
          "moto's AdminConfirmSignUp confirms an account that is already CONFIRMED again (measured here)",
          "moto 5.2.6 cognitoidp/models.py admin_confirm_sign_up",
          step="it fails with NotAuthorizedException", observation="<AdminConfirmSignUp succeeded"),
    _moto("Resending the invitation of a confirmed user is refused",
          "moto's AdminCreateUser with MessageAction RESEND resets a CONFIRMED user's password to a temporary one "
          "(measured here)", "moto 5.2.6 cognitoidp/models.py admin_create_user",
          step="it fails with UnsupportedUserStateException", observation="<AdminCreateUser succeeded"),
    _moto("A page of more than 60 users is refused",
          "moto does not check ListUsers' Limit against its maximum of 60 (measured here)",
          "moto 5.2.6 cognitoidp/models.py list_users",
          step="it fails with InvalidParameterException", observation="<ListUsers succeeded"),
    _moto("A user without MFA has no MFA setting",
          "moto's AdminGetUser names an empty UserMFASettingList and an empty PreferredMfaSetting for a user "
          "without MFA, where AWS names neither (moto's own test_initiate_auth_USER_PASSWORD_AUTH says so)",
          "moto 5.2.6 cognitoidp/models.py CognitoIdpUser.to_json",
          step="an administrator sees no MFA setting on Alice's account",
          observation="AdminGetUser names {'UserMFASettingList': [], 'PreferredMfaSetting': ''}"),
    _moto("A wrong code does not confirm the software token",
          "moto answers a wrong code at VerifySoftwareToken with CodeMismatchException, not "
          "EnableSoftwareTokenMFAException (measured here)", "moto 5.2.6 cognitoidp/models.py verify_software_token",
          step="it fails with EnableSoftwareTokenMFAException",
          observation="<VerifySoftwareToken failed with CodeMismatchException"),
    _moto("A code that set up the software token cannot complete a sign-in",
          "moto keeps no record of the software token codes already used: it accepts the code that VerifySoftwareToken "
          "took again at SOFTWARE_TOKEN_MFA (measured here)",
          "moto 5.2.6 cognitoidp/models.py:1723-1745 respond_to_auth_challenge (SOFTWARE_TOKEN_MFA checks the code, "
          "never whether it was used)",
          step="it fails with ExpiredCodeException", observation="<RespondToAuthChallenge succeeded"),
    _moto("A new user pool is on the Essentials plan",
          "moto's DescribeUserPool names no UserPoolTier for a pool created without one: its defaults have none "
          "(measured here)", "moto 5.2.6 cognitoidp/models.py:359-386 DEFAULT_USER_POOL_CONFIG, 501 to_json",
          step="the pool is on the ESSENTIALS feature plan", observation="UserPoolTier is None"),
    _moto("A new user pool lets users sign in first with their password only",
          "moto's DescribeUserPool names no SignInPolicy for a pool created without one: its default Policies hold "
          "only the PasswordPolicy (measured here)", "moto 5.2.6 cognitoidp/models.py:360-368 DEFAULT_USER_POOL_CONFIG",
          step="users may sign in first with PASSWORD", observation="AllowedFirstAuthFactors is None"),
    _moto("An app client cannot allow a scope that no resource server defines",
          "moto's CreateUserPoolClient keeps AllowedOAuthScopes as given and checks none of them against the pool's "
          "resource servers (measured here)", "moto 5.2.6 cognitoidp/models.py:1093-1102 create_user_pool_client",
          step="it fails with ScopeDoesNotExistException", observation="<CreateUserPoolClient succeeded"),
    _moto("Signing up without the secret hash is refused",
          "moto does not require SECRET_HASH on SignUp for a client with a secret",
          "moto-5.2.5.md 1i",
          step="it fails with NotAuthorizedException", observation="<SignUp succeeded"),
    _moto("Signing in without the secret hash is refused",
          "moto checks SECRET_HASH only on USER_SRP_AUTH and refresh, not on the password flows",
          "moto-5.2.5.md 4j", example="with USER_PASSWORD_AUTH",
          step="it fails with NotAuthorizedException", observation="<InitiateAuth succeeded"),
    _moto("Signing in without the secret hash is refused",
          "moto checks SECRET_HASH only on USER_SRP_AUTH and refresh, not on the password flows",
          "moto-5.2.5.md 4j", example="with ADMIN_USER_PASSWORD_AUTH",
          step="it fails with NotAuthorizedException", observation="<AdminInitiateAuth succeeded"),
    _moto("The challenge names the user by the username",
          "moto's PASSWORD_VERIFIER challenge gives the user's sub as USER_ID_FOR_SRP",
          "moto-5.2.5.md 4c",
          step="the challenge's USER_ID_FOR_SRP is Alice's username"),
    _moto("A proof made with a wrong password is refused",
          "moto does not verify the SRP proof: a wrong password still gets tokens",
          "moto-5.2.5.md 4b", upstream=MOTO_SRP_ISSUE,
          step="it fails with NotAuthorizedException", observation="<RespondToAuthChallenge succeeded"),
    _moto("A flow the app client does not allow is refused",
          "moto stores ExplicitAuthFlows but does not enforce them",
          "moto-5.2.5.md 4h",
          step="it fails with InvalidParameterException"),
    _moto("An app client without write permission on an attribute cannot change it",
          "moto stores WriteAttributes but does not enforce them",
          "moto-5.2.5.md 8d",
          step="it fails with NotAuthorizedException",
          observation="<UpdateUserAttributes writing custom:oshi succeeded"),
    _moto("A wrong code is refused",
          "moto's ConfirmForgotPassword checks only codes in its own 'moto-confirmation-code:' form "
          "and accepts any other code",
          "moto-5.2.5.md 9c",
          step="it fails with CodeMismatchException", observation="<ConfirmForgotPassword succeeded"),
    _moto("An app client's own token lifetimes are honoured",
          "moto stores IdTokenValidity, AccessTokenValidity and TokenValidityUnits but always issues "
          "one-hour tokens",
          "moto-5.2.5.md 5e",
          step="Alice's ID token lives <id seconds> seconds"),
    _moto("A lifetime outside the allowed range is refused when the app client is created",
          "moto accepts any token lifetime", "moto-5.2.5.md 5f",
          step="the app client is refused", observation="the app client was created"),
    _moto("A lifetime outside the allowed range is refused when the app client is changed",
          "moto accepts any token lifetime", "moto-5.2.5.md 5f",
          step="the change is refused", observation="the app client was changed"),
    _moto("A refresh token still may not live longer than 3650 days",
          "moto accepts any token lifetime", "moto-5.2.5.md 5f",
          step="the app client is refused", observation="the app client was created"),
    _moto("An access token stops working when it expires",
          "moto issues one-hour tokens whatever the app client says, and accepts expired access tokens",
          "moto-5.2.5.md 5e, 5g",
          step="Alice's access token is refused with NotAuthorizedException", observation="<GetUser succeeded"),
    _moto("The authentication time stays the original sign-in's across refreshes",
          "moto sets auth_time to the time of the refresh", "moto-5.2.5.md 6b",
          step="the new tokens keep the time Alice signed in as auth_time"),
    _moto("The ID token carries the attributes the app client may read",
          "moto's ID token has email_verified as the string \"true\", not a JSON boolean "
          "(measured with moto 5.2.5 in process and as a server)",
          "moto-5.2.5.md 5b",
          step="Alice's ID token says", observation="Alice's ID token: email_verified is str 'true', expected true"),
    # Seen on a team's pool (existing-pool mode) whose app client lists no ReadAttributes.
    _moto("The ID token carries the attributes the app client may read",
          "moto puts in the ID token only the attributes an app client lists in ReadAttributes: a client created "
          "without ReadAttributes, which may read every attribute on Cognito, gets none (measured on a team's pool "
          "on moto's server)", "moto 5.2.6 moto/cognitoidp/models.py:766 get_readable_fields (ReadAttributes or [])",
          step="Alice's ID token says", observation="email is missing"),
    _moto("Each sign-in is an event with its own id",
          "moto's tokens carry no event_id", "moto-5.2.5.md 5b, 5c",
          step="Alice's ID token says", observation="Alice's ID token: event_id is missing"),
    _moto("The ID token and the access token are signed with different keys",
          "moto signs every token of every pool with one key, kid \"dummy\"", "moto-5.2.5.md 5a, 7a",
          step="Alice's ID token and access token name different keys", observation="both tokens name the key 'dummy'"),
    # MFA
    # moto 5.2.6 hands out "asdf" * 25 (100 characters, 496 bits): long enough, still one for every user.
    _moto("Cognito hands out a secret for an authenticator app",
          "moto hands every user the fixed secret 'asdfasdfasdf': 12 base32 characters that decode to 7 bytes "
          "(56 bits, as the step measures), shorter than RFC 4226's 128 bits",
          "moto-5.2.5.md 11a; moto 5.2.5 moto/cognitoidp/models.py:49 COGNITO_TOTP_MFA_SECRET",
          measured_on=("5.2.5",),
          step="Cognito gives Alice a secret for an authenticator app"),
    _moto("Each user gets a secret of their own",
          "moto hands every user the same TOTP secret ('asdfasdfasdf' in 5.2.5, 'asdf' * 25 in 5.2.6)",
          "moto-5.2.5.md 11a; moto 5.2.6 moto/cognitoidp/models.py:50 COGNITO_TOTP_MFA_SECRET",
          step="Alice's and Bob's secrets differ", observation="both were handed the same secret"),
    _moto("A user without MFA is asked to set it up",
          "moto's MFAS_CAN_SETUP is a Python repr, not JSON", "moto-5.2.5.md 11d", example="USER_SRP_AUTH",
          step="the challenge offers SOFTWARE_TOKEN_MFA in a JSON list",
          observation='MFAS_CAN_SETUP is not a JSON list: "[\'SOFTWARE_TOKEN_MFA\']"'),
    _moto("A user without MFA is asked to set it up",
          "moto's password flows sign in a user of an MFA-required pool without MFA_SETUP",
          "moto-5.2.5.md 11d", example="with USER_PASSWORD_AUTH",
          step="Cognito challenges Alice with MFA_SETUP", observation="<InitiateAuth succeeded"),
    _moto("A user without MFA is asked to set it up",
          "moto's password flows sign in a user of an MFA-required pool without MFA_SETUP "
          "(measured here for ADMIN_USER_PASSWORD_AUTH too)",
          "moto-5.2.5.md 11d", example="with ADMIN_USER_PASSWORD_AUTH",
          step="Cognito challenges Alice with MFA_SETUP", observation="<AdminInitiateAuth succeeded"),
    _moto("A pool without MFA asks for no second factor, whatever the user prefers",
          "moto accepts an SMS MFA preference on a pool with MFA off and then answers the user's sign-in "
          "with an SMS_MFA challenge (measured here with moto 5.2.5)", "moto-5.2.5.md 11c",
          step="Alice receives an ID token, an access token and a refresh token",
          observation="the AuthenticationResult lacks ['IdToken', 'AccessToken', 'RefreshToken']"),
    _moto("Signing in asks for the code sent by SMS, naming a masked destination",
          "moto's SMS_MFA challenge has empty ChallengeParameters, no CODE_DELIVERY_DESTINATION",
          "moto-5.2.5.md 11c",
          step="the challenge names where the code went, masked",
          observation="the SMS_MFA challenge has no CODE_DELIVERY_DESTINATION"),
    _moto("A wrong SMS code is refused", "moto accepts any SMS MFA code", "moto-5.2.5.md 11c",
          step="it fails with CodeMismatchException", observation="<RespondToAuthChallenge succeeded"),
    # User existence
    _moto("An app client that hides users answers as for a wrong password",
          "moto ignores PreventUserExistenceErrors and answers UserNotFoundException", "moto-5.2.5.md 4i",
          step="it fails with NotAuthorizedException"),
    _moto("An app client that does not hide users says a password reset is for no user",
          "moto's ForgotPassword answers an unknown user with a fake CodeDeliveryDetails whatever "
          "PreventUserExistenceErrors says (measured here with moto 5.2.5 on a LEGACY client)", "moto-5.2.5.md 9d",
          step="it fails with UserNotFoundException", observation="<ForgotPassword succeeded"),
    # Attribute verification
    _moto("Cognito sends a code to verify the email address",
          "moto does not implement GetUserAttributeVerificationCode", "moto-5.2.5.md 3a",
          step="it succeeds", observation="<GetUserAttributeVerificationCode failed"),
    _moto("The code Cognito sent verifies the email address",
          "moto does not implement GetUserAttributeVerificationCode or VerifyUserAttribute", "moto-5.2.5.md 3a",
          step="Alice has asked for a code to verify the email address",
          observation="<GetUserAttributeVerificationCode failed"),
    _moto("A wrong code does not verify the email address",
          "moto does not implement GetUserAttributeVerificationCode or VerifyUserAttribute", "moto-5.2.5.md 3a",
          step="Alice has asked for a code to verify the email address",
          observation="<GetUserAttributeVerificationCode failed"),
    _moto("A changed email address is unverified until the user proves it",
          "moto replaces the email at once and leaves email_verified true", "moto-5.2.5.md 3b",
          step='Alice\'s email_verified is "false"', observation="assert 'true' == 'false'"),
    _moto("A pool that verifies before updating keeps the old address until then",
          "moto ignores AttributesRequireVerificationBeforeUpdate and replaces the email at once "
          "(measured here)", "moto-5.2.5.md 3b",
          step="Bob's email address is the old one"),
    _moto("Cognito sends a new sign-up code when asked",
          "moto does not implement ResendConfirmationCode", "moto-5.2.5.md 1j",
          step="it succeeds", observation="<ResendConfirmationCode failed"),
    # Administrators
    _moto("After an administrator resets the password, signing in is refused",
          "moto's USER_PASSWORD_AUTH issues tokens to a RESET_REQUIRED user", "moto-5.2.5.md 9e",
          step="it fails with PasswordResetRequiredException", observation="<InitiateAuth succeeded"),
    _moto("The code sent by the reset lets the user choose a new password",
          "moto leaves the user RESET_REQUIRED after ConfirmForgotPassword", "moto-5.2.5.md 9e",
          step="Alice's account is CONFIRMED", observation="assert 'RESET_REQUIRED' == 'CONFIRMED'"),
    _moto("Disabling a user revokes the user's tokens",
          "moto still refreshes and accepts the tokens of a disabled user", "moto-5.2.5.md 6d",
          step="Alice's refresh token is refused with NotAuthorizedException", observation="<InitiateAuth succeeded"),
    _moto("A user deletes their own account", "moto does not implement DeleteUser", "moto-5.2.5.md 8f",
          step="it succeeds", observation="<DeleteUser failed"),
)

MOTO_TWINS: tuple[Divergence, ...] = (
    _moto(TWIN_FLOW_REFUSED, "moto stores ExplicitAuthFlows but does not enforce them", "moto-5.2.5.md 4h"),
)

# The pool's own settings (issue 12), measured with moto 5.2.5 in process and as a server.
MOTO_SETTINGS: tuple[Divergence, ...] = (
    _moto("A preferred username signs the user in once it is set",
          "moto signs in by username only: an alias (preferred_username or email) gives UserNotFoundException "
          "(measured here)", "moto 5.2.5 cognitoidp/models.py (no alias lookup in initiate_auth)",
          step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _moto("An email alias signs the user in only once it is verified",
          "moto signs in by username only: even a verified email alias gives UserNotFoundException (measured here)",
          "moto 5.2.5 cognitoidp/models.py (no alias lookup in initiate_auth)",
          step="once Alice's email address is verified, Alice can sign in with USER_PASSWORD_AUTH using her email address",
          observation="<InitiateAuth failed"),
    _moto("An email address already verified as another user's alias is refused",
          "moto does not keep aliases unique: a second user takes a verified email without AliasExistsException "
          "(measured here)", "moto 5.2.5 cognitoidp/models.py admin_update_user_attributes",
          step="it fails with AliasExistsException",
          observation="<AdminUpdateUserAttributes writing email, email_verified succeeded"),
    _moto("ForceAliasCreation moves an email alias to the new user",
          "moto signs in by username only, so the moved alias signs nobody in (measured here)",
          "moto 5.2.5 cognitoidp/models.py (no alias lookup in initiate_auth)",
          step="Alice's email address now signs Bob in", observation="<InitiateAuth failed"),
    _moto("Where usernames are case insensitive, any capitalization signs the user in",
          "moto ignores UsernameConfiguration.CaseSensitive false: another capitalization is another username "
          "(measured here)", "moto 5.2.5 cognitoidp/models.py (usernames compared as given)",
          step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _moto("Where usernames are case insensitive, another capitalization is the same username",
          "moto ignores UsernameConfiguration.CaseSensitive false: SignUp with another capitalization creates a "
          "second user (measured here)", "moto 5.2.5 cognitoidp/models.py (usernames compared as given)",
          step="it fails with UsernameExistsException", observation="<SignUp succeeded"),
    _moto("Where usernames are case insensitive, the admin API finds the user by any capitalization",
          "moto ignores UsernameConfiguration.CaseSensitive false: AdminGetUser by another capitalization gives "
          "UserNotFoundException (measured here)", "moto 5.2.5 cognitoidp/models.py (usernames compared as given)",
          step="Cognito answers with Alice's account", observation="<AdminGetUser failed"),
    _moto("Where only administrators create users, SignUp is refused",
          "moto ignores AdminCreateUserConfig.AllowAdminCreateUserOnly: SignUp succeeds (measured here)",
          "moto 5.2.5 cognitoidp/models.py sign_up",
          step="it fails with NotAuthorizedException", observation="<SignUp succeeded"),
    _moto("Signing up without a required attribute is refused",
          "moto does not check required attributes: SignUp without one succeeds (measured here)",
          "moto 5.2.5 cognitoidp/models.py sign_up",
          step="Cognito refuses it", observation="<SignUp succeeded"),
    _moto("An administrator cannot create a user without a required attribute",
          "moto does not check required attributes: AdminCreateUser without one succeeds (measured here)",
          "moto 5.2.6 cognitoidp/models.py admin_create_user",
          step="it fails with InvalidParameterException", observation="<AdminCreateUser succeeded"),
    _moto("A custom string longer than its maximum length is refused",
          "moto does not check StringAttributeConstraints (measured here)",
          "moto 5.2.5 cognitoidp/models.py admin_update_user_attributes",
          step="Cognito refuses it", observation="<AdminUpdateUserAttributes writing custom:code succeeded"),
    _moto("A custom number outside its range is refused",
          "moto does not check NumberAttributeConstraints (measured here)",
          "moto 5.2.5 cognitoidp/models.py update_user_attributes",
          step="Cognito refuses it", observation="<UpdateUserAttributes writing custom:age succeeded"),
    _moto("An immutable attribute keeps the value it was created with",
          "moto lets AdminUpdateUserAttributes change an attribute whose Mutable is false (measured here)",
          "moto 5.2.5 cognitoidp/models.py admin_update_user_attributes",
          step="Cognito refuses it", observation="<AdminUpdateUserAttributes writing custom:born succeeded"),
    _moto("A developer-only attribute is written by an administrator, never by the user",
          "moto lets UpdateUserAttributes write a developer-only attribute with the user's access token "
          "(measured here)", "moto-5.2.5.md 8d",
          step="Cognito refuses it", observation="<UpdateUserAttributes writing dev:custom:tier succeeded"),
    _moto("A user deletes one of their own attributes", "moto does not implement DeleteUserAttributes",
          "moto 5.2.5 cognitoidp/responses.py (no delete_user_attributes)",
          step="it succeeds", observation="<DeleteUserAttributes deleting custom:code failed"),
    _moto("A required attribute cannot be deleted",
          "moto's AdminDeleteUserAttributes deletes a required attribute (measured here)",
          "moto 5.2.5 cognitoidp/models.py admin_delete_user_attributes",
          step="Cognito refuses it", observation="<AdminDeleteUserAttributes deleting name succeeded"),
    _moto("The ID token carries the groups' roles, and prefers the role of the lowest precedence",
          "moto's tokens carry cognito:groups but no cognito:roles or cognito:preferred_role (measured here)",
          "moto 5.2.5 cognitoidp/models.py create_jwt",
          step="Alice's ID token carries the roles of editors and readers", observation="cognito:roles is None"),
    _moto("A filter on two attributes is refused",
          "moto accepts a ListUsers filter on two attributes and answers an empty list (measured here)",
          "moto 5.2.5 cognitoidp/models.py list_users",
          step="Cognito refuses it", observation="<ListUsers succeeded"),
    _moto("A pool protected against deletion cannot be deleted",
          "moto stores DeletionProtection ACTIVE but DeleteUserPool still deletes the pool (measured here)",
          "moto 5.2.5 cognitoidp/models.py delete_user_pool",
          step="it fails with InvalidParameterException", observation="<DeleteUserPool succeeded"),
    _moto("SignUp names where the confirmation code went",
          "moto derives SignUp's CodeDeliveryDetails from AccountRecoverySetting, not from the auto-verified "
          "attributes: without that setting it names SMS and phone_number for a user with only an email address "
          "(measured here; with admin_only it even refuses SignUp)", "moto 5.2.5 cognitoidp/models.py sign_up",
          step="the code went by EMAIL to Alice's email attribute"),
    _moto("ForgotPassword passes over a mechanism the user has not verified",
          "moto's ForgotPassword answers with the mechanism of priority 1 whether or not the user has it verified: "
          "SMS to a made-up +*******9934 for a user with no phone number (measured here)",
          "moto 5.2.5 cognitoidp/models.py _get_code_delivery_details (min by Priority, no verified check)",
          step="the code went by EMAIL to Alice's email attribute"),
    _moto("A federated sign-in through a linked provider lands on the existing user", "moto does not implement AdminLinkProviderForUser (nor AdminDisableProviderForUser): in process "
            "it raises NotImplementedError, so the link cannot be set up (measured here)",
            "moto 5.2.5 cognitoidp/responses.py (no admin_link_provider_for_user)",
          step="an administrator has linked Alice's identity at that provider to her account",
          observation="<AdminLinkProviderForUser failed"),
    _moto("After AdminDisableProviderForUser the federated sign-in no longer lands on the existing user", "moto does not implement AdminLinkProviderForUser (nor AdminDisableProviderForUser): in process "
            "it raises NotImplementedError, so the link cannot be set up (measured here)",
            "moto 5.2.5 cognitoidp/responses.py (no admin_link_provider_for_user)",
          step="an administrator has linked Alice's identity at that provider to her account",
          observation="<AdminLinkProviderForUser failed"),
    _moto("An expired access token is not authorized",
          "moto accepts expired access tokens on GetUser, UpdateUserAttributes, ChangePassword and GlobalSignOut "
          "(measured here, the clock moved past AccessTokenValidity)", "moto-5.2.5.md 5e, 5g",
          step="it fails with NotAuthorizedException"),
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
    _moto("A revoked refresh token and the access token issued with it are refused", _NO_REVOKE, _MOTO_SOURCE,
          step="it succeeds", observation="<RevokeToken failed"),
    _moto("A revoked ID token still verifies offline", _NO_REVOKE, _MOTO_SOURCE,
          step="it succeeds", observation="<RevokeToken failed"),
    _moto("Revoking one refresh token leaves the user's other sessions alone", _NO_REVOKE, _MOTO_SOURCE,
          step="it succeeds", observation="<RevokeToken failed"),
    _moto("A refresh token cannot be revoked through another app client", _NO_REVOKE, _MOTO_SOURCE,
          step="the revocation is refused", observation="<RevokeToken failed"),
    _moto("An app client without token revocation refuses RevokeToken", _NO_REVOKE, _MOTO_SOURCE,
          step="it fails with UnsupportedOperationException", observation="<RevokeToken failed"),
    _moto("A rotating app client returns a new refresh token", _NO_GET_TOKENS, _MOTO_SOURCE,
          step="Alice receives an ID token, an access token and a refresh token",
          observation="<GetTokensFromRefreshToken failed"),
    _moto("Without a grace period the rotated-out refresh token is refused at once", _NO_GET_TOKENS, _MOTO_SOURCE,
          step="Alice has got new tokens with GetTokensFromRefreshToken",
          observation="<GetTokensFromRefreshToken failed"),
    _moto("Inside the grace period the rotated-out refresh token still works", _NO_GET_TOKENS, _MOTO_SOURCE,
          step="Alice has got new tokens with GetTokensFromRefreshToken",
          observation="<GetTokensFromRefreshToken failed"),
    _moto("After the grace period the rotated-out refresh token is refused", _NO_GET_TOKENS, _MOTO_SOURCE,
          step="Alice has got new tokens with GetTokensFromRefreshToken",
          observation="<GetTokensFromRefreshToken failed"),
    _moto("An app client that does not rotate returns no refresh token from GetTokensFromRefreshToken", _NO_GET_TOKENS, _MOTO_SOURCE,
          step="Alice receives an ID token and an access token", observation="<GetTokensFromRefreshToken failed"),
    _moto("A rotating app client does not refresh through REFRESH_TOKEN_AUTH",
          "moto stores RefreshTokenRotation but ignores it: REFRESH_TOKEN_AUTH on a rotating client issues "
          "new tokens (measured here)", "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="the refresh is refused", observation="<InitiateAuth succeeded"),
    _moto("A challenge answered after its session expired is refused",
          "moto keeps a challenge's Session without a time and never expires it: AuthSessionValidity is stored, "
          "not enforced (measured here: in process with the clock moved 3.5 minutes, and on moto's server after a real 3.5-minute wait)",
          "moto 5.2.5 moto/cognitoidp/models.py CognitoIdpBackend.sessions",
          step="the answer is refused", observation="<RespondToAuthChallenge succeeded"),
    _moto("A temporary password that outlived its validity no longer signs in",
          "moto does not expire temporary passwords: with the clock moved past TemporaryPasswordValidityDays the "
          "temporary password still answers NEW_PASSWORD_REQUIRED (measured here)",
          "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="the sign-in is refused", observation="<InitiateAuth succeeded"),
    _moto("A sign-in on a new device hands out a device key", _NO_DEVICES, _MOTO_SOURCE,
          step="Cognito hands out a device key and a device group key",
          observation="NewDeviceMetadata has no DeviceKey of the form <region>_<uuid>: keys []"),
    _moto("Confirming a device in a pool that asks the user leaves the choice to the user", _NO_DEVICES, _MOTO_SOURCE,
          step="Alice has signed in on a new device",
          observation="Cognito handed Alice no device (no NewDeviceMetadata at sign-in)"),
    _moto("A remembered device is listed for the user and for an administrator", _NO_DEVICES, _MOTO_SOURCE,
          step="Alice has signed in on a new device",
          observation="Cognito handed Alice no device (no NewDeviceMetadata at sign-in)"),
    _moto("A forgotten device is no longer listed", _NO_DEVICES, _MOTO_SOURCE,
          step="Alice has signed in on a new device",
          observation="Cognito handed Alice no device (no NewDeviceMetadata at sign-in)"),
    _moto("A remembered device proves itself with device SRP", _NO_DEVICES, _MOTO_SOURCE,
          step="Alice has signed in on a new device",
          observation="Cognito handed Alice no device (no NewDeviceMetadata at sign-in)"),
    _moto("A remembered device stands in for the MFA code", _NO_DEVICES, _MOTO_SOURCE,
          step="Alice has signed in on a new device",
          observation="Cognito handed Alice no device (no NewDeviceMetadata at sign-in)"),
    _moto("The access token of a sign-in on a remembered device names the device", _NO_DEVICES, _MOTO_SOURCE,
          step="Alice has signed in on a new device",
          observation="Cognito handed Alice no device (no NewDeviceMetadata at sign-in)"),
    _moto("The password, named as the preferred challenge, signs the user in", _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _moto("The SRP password proof, named as the preferred challenge, signs the user in", _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="Alice receives an ID token, an access token and a refresh token", observation="<InitiateAuth failed"),
    _moto("Without a preference Cognito offers the password to choose", _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="Cognito offers PASSWORD to choose from", observation="<InitiateAuth failed"),
    _moto("Choosing the password in SELECT_CHALLENGE signs the user in", _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="Alice chooses PASSWORD and gives the password", observation="<InitiateAuth failed"),
    _moto("A first factor the pool does not allow is refused", _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="Alice has signed in with USER_AUTH preferring PASSWORD", observation="<InitiateAuth failed"),
    _moto("An emailed one-time password, named as the preferred challenge, is asked for", _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="Cognito challenges Alice with EMAIL_OTP", observation="<InitiateAuth failed"),
    _moto("The emailed one-time password signs the user in", _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="Alice answers with the one-time password Cognito sent", observation="<InitiateAuth failed"),
    _moto("A one-time password by SMS, named as the preferred challenge, is asked for", _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="Cognito challenges Alice with SMS_OTP", observation="<InitiateAuth failed"),
    _moto("The one-time password sent by SMS signs the user in", _NO_USER_AUTH, "moto 5.2.5 moto/cognitoidp/models.py initiate_auth",
          step="Alice answers with the one-time password Cognito sent", observation="<InitiateAuth failed"),
    _moto("The user's sign-in factors include the password",
          "moto does not implement GetUserAuthFactors (NotImplementedError in process, HTTP 500 as a server; "
          "measured here)", _MOTO_SOURCE,
          step="the factors include PASSWORD", observation="<GetUserAuthFactors failed"),
    _moto("A pool without passkeys refuses a passkey registration",
          "moto does not implement StartWebAuthnRegistration (NotImplementedError in process, HTTP 500 as a "
          "server; measured here)", _MOTO_SOURCE,
          step="it fails with WebAuthnNotEnabledException", observation="<StartWebAuthnRegistration failed"),
    _moto("The passkey registration options name the relying party, the user and a challenge",
          "moto stores SetUserPoolMfaConfig's WebAuthnConfiguration but does not implement StartWebAuthnRegistration "
          "(NotImplementedError in process; measured here)", _MOTO_SOURCE,
          step="the registration options name the pool's relying party, the user, a challenge and the key types",
          observation="<StartWebAuthnRegistration failed"),
)
_STAND_IN_TOKENS = ("the hosted UI on moto is the suite's stand-in, whose tokens moto does not know: moto's GetUser "
                    "refuses the stand-in's access token (NotAuthorizedException, measured here), and moto has no "
                    "RevokeToken to revoke them with")
MOTO_SESSIONS += (
                     _moto("A refresh token revoked at the revoke endpoint is refused by the API", _STAND_IN_TOKENS, "cognito_conformance/hosted_ui/README.md (tokens known only to the stand-in)",
                           step="Cognito's API accepts Alice's access token and refresh token",
                           observation="<GetUser failed"),
                     _moto("A refresh token revoked through RevokeToken no longer works at the token endpoint", _STAND_IN_TOKENS, "cognito_conformance/hosted_ui/README.md (tokens known only to the stand-in)",
                           step="Cognito's API accepts Alice's access token and refresh token",
                           observation="<GetUser failed"),
                 )
MOTO = (*MOTO, *MOTO_SESSIONS)

#: Lambda triggers (issue 22): one entry for every @triggers scenario, which first proves that the trigger's
#: function received its event. moto has no path from cognitoidp to Lambda (shared/TRIGGERS.md 2.0, 3.4):
#: making moto pass would mean the suite writing Cognito's trigger semantics itself.
MOTO_TRIGGERS = (
    Divergence("every @triggers scenario", "moto",
               "moto stores LambdaConfig and echoes it, but never invokes a trigger (no Lambda call in "
               "moto/cognitoidp; measured here: the suite's functions, created in moto's Lambda, received nothing)",
               "shared/TRIGGERS.md 2.0 and 3.4; moto 5.2.6 cognitoidp/models.py (no Lambda invocation)",
               tag="triggers", step="the {trigger} trigger received a {source} event for {name}",
               observation="received no", measured_on=MEASURED_ON),
    # A trigger scenario that needs a remembered device stops before its invocation step: moto hands out no
    # device (the device scenarios' divergence), so the tag-wide entry's step is never reached.
    _moto("Signing in on a remembered device invokes the function for the device's authentication", _NO_DEVICES,
          _MOTO_SOURCE, step="Alice has signed in on a new device",
          observation="Cognito handed Alice no device (no NewDeviceMetadata at sign-in)", measured_on=MEASURED_ON),
)

#: What the registry reads (cognito_conformance.implementations names this module for moto).
ENTRIES = (*MOTO, *MOTO_SETTINGS, *MOTO_TRIGGERS)
TWINS = MOTO_TWINS
