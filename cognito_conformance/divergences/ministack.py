"""Where ministack 1.5.33 differs from real Cognito, measured by running the whole suite against it
(``python scripts/ministack.py run``), with AUTH=true and ministack[full], as the runner starts it.

Each entry's ``reference`` names the code that runs: ``ministack/<file>:<line>`` of the released
package ministack 1.5.33 (PyPI), the file the runner installs into ``.tools/ministack``.
"""

from __future__ import annotations

from ..reporting.risks import ATTRIBUTE_PERMISSIONS, FLOW_GATING, REVOCATION
from .model import Divergence

MINISTACK = "ministack"
#: Every ministack version the registry was measured on (the pinned one: emulators/ministack.py).
MEASURED_ON = ("1.5.33",)
SRC = "ministack 1.5.33 "


C = "cognito.py"  # ministack/services/cognito.py of 1.5.33
APP = "app.py"    # ministack/app.py of 1.5.33


def _ref(*places: str) -> str:
    return "ministack/" + ", ".join(places)


UNKNOWN_ACTION = ("ministack does not implement {}: its action table has no entry, so it answers InvalidAction "
                  "(\"Unknown Cognito IDP action\")")
UNKNOWN_ACTION_REF = f"services/{C}:2776-2865 (the action table), 2868 (InvalidAction)"
NO_WRITE_CHECKS = ("ministack writes any attribute value it is given: it checks neither the app client's "
                   "WriteAttributes, nor Mutable, DeveloperOnlyAttribute, MaxLength/MaxValue, nor required attributes")
NO_WRITE_CHECKS_REF = f"services/{C}:4005 (_admin_update_user_attributes), 5392 (_update_user_attributes), 5134 (_sign_up)"
NO_SMS_MFA = ("ministack challenges only SOFTWARE_TOKEN_MFA, and only a user who set it up: no SMS_MFA challenge "
              "and no MFA_SETUP for a user without MFA where the pool requires it")
NO_SMS_MFA_REF = f"services/{C}:4361-4380 (_mfa_challenge_for_user)"
NO_DEVICES = "ministack hands out no NewDeviceMetadata at sign-in: it does not remember devices"
NO_DEVICES_REF = f"services/{C}:4530 (_admin_initiate_auth), 4848 (_initiate_auth): no NewDeviceMetadata anywhere in the file"
NO_USER_AUTH = ("ministack's InitiateAuth has no USER_AUTH (choice-based sign-in): it answers InvalidParameterException "
                "\"Unsupported AuthFlow\" (USER_AUTH exists only in its hosted UI)")
NO_USER_AUTH_REF = f"services/{C}:4947 (InitiateAuth), 4625 (AdminInitiateAuth), 7256 (the hosted UI's USER_AUTH)"
NO_ROTATION = ("ministack ignores RefreshTokenRotation: the app client keeps none, refresh tokens are not rotated and "
               "a rotated-out one is not refused")
NO_ROTATION_REF = f"services/{C}:3188-3273 (_create_user_pool_client keeps no RefreshTokenRotation), 4821 (_get_tokens_from_refresh_token)"
REVOKE_ANY_CLIENT = "ministack's RevokeToken revokes without checking the app client that issued the token or EnableTokenRevocation"
REVOKE_ANY_CLIENT_REF = f"services/{C}:5117-5133 (_revoke_token)"
NO_LIFETIME_CHECK = "ministack accepts any token lifetime on CreateUserPoolClient and UpdateUserPoolClient"
NO_LIFETIME_CHECK_REF = f"services/{C}:3188 (_create_user_pool_client: 3204 keeps RefreshTokenValidity as given), 3274"
CASE_SENSITIVE = ("ministack stores UsernameConfiguration but looks users up by the exact username: a pool whose "
                  "usernames are case insensitive still tells capitalizations apart")
CASE_SENSITIVE_REF = f"services/{C}:3018-3019 (stored only), 5134 (_sign_up), 3937 (_admin_get_user)"
NO_SIGN_IN_SESSION = (
    "ministack's hosted UI keeps no sign-in session: /oauth2/authorize reads no cookie and shows the sign-in page "
    "again, and it mints a code only for a sign-in made in that visit (a password, an email code, a new password, "
    "or an identity provider's answer). The suite's stand-in does not stand in for the session: it could only "
    "replay the user's password or hand out codes that ministack's /oauth2/token does not know")
NO_SIGN_IN_SESSION_REF = (f"services/{C}:6684-6742 (handle_oauth2_authorize), 7139-7166 (_issue_auth_code_redirect, "
                          "called at 7293, 7413 and 7460 from the sign-in submissions), 7115-7136 (the identity provider's answer)")
AUTHORIZE_SERVES_PAGE = ("ministack's /oauth2/authorize answers refusals with an error page of its own (HTTP 400) "
                         "instead of redirecting to the app's redirect_uri, and serves the sign-in page itself "
                         "instead of redirecting to /login")
AUTHORIZE_SERVES_PAGE_REF = f"services/{C}:6684-6730 (handle_oauth2_authorize, _oauth2_error at 6390)"


#: What a security reviewer loses, where the scenario alone does not say it (reporting/risks.py).
RISK = {
    "An immutable attribute keeps the value it was created with": ATTRIBUTE_PERMISSIONS,
    "A developer-only attribute is written by an administrator, never by the user": ATTRIBUTE_PERMISSIONS,
    "Where only administrators create users, SignUp is refused": FLOW_GATING,
    "Where only an administrator recovers accounts, a user cannot start a reset": FLOW_GATING,
    "A rotating app client does not refresh through REFRESH_TOKEN_AUTH": FLOW_GATING,
    "Without a grace period the rotated-out refresh token is refused at once": REVOCATION,
    "After the grace period the rotated-out refresh token is refused": REVOCATION,
    "A refresh token cannot be revoked through another app client": REVOCATION,
}


def _ms(scenario: str, reason: str, reference: str, step: str, observation: str | None = None,
        example: str | None = None) -> Divergence:
    return Divergence(scenario, MINISTACK, reason, SRC + reference, example=example, step=step,
                      observation=observation, measured_on=MEASURED_ON, risk=RISK.get(scenario))


ENTRIES: tuple[Divergence, ...] = (
    # -- attributes and schema: values written unchecked --------------------------------------------
    _ms("An app client without write permission on an attribute cannot change it", NO_WRITE_CHECKS,
        _ref(NO_WRITE_CHECKS_REF), "it fails with NotAuthorizedException",
        "<UpdateUserAttributes writing custom:oshi succeeded"),
    _ms("Signing up without a required attribute is refused", NO_WRITE_CHECKS, _ref(NO_WRITE_CHECKS_REF),
        "Cognito refuses it", "<SignUp succeeded"),
    _ms("A custom string longer than its maximum length is refused", NO_WRITE_CHECKS, _ref(NO_WRITE_CHECKS_REF),
        "Cognito refuses it", "<AdminUpdateUserAttributes writing custom:code succeeded"),
    _ms("A custom number outside its range is refused", NO_WRITE_CHECKS, _ref(NO_WRITE_CHECKS_REF),
        "Cognito refuses it", "<UpdateUserAttributes writing custom:age succeeded"),
    _ms("An immutable attribute keeps the value it was created with", NO_WRITE_CHECKS, _ref(NO_WRITE_CHECKS_REF),
        "Cognito refuses it", "<AdminUpdateUserAttributes writing custom:born succeeded"),
    _ms("A developer-only attribute is written by an administrator, never by the user", NO_WRITE_CHECKS,
        _ref(NO_WRITE_CHECKS_REF), "Cognito refuses it", "<UpdateUserAttributes writing dev:custom:tier succeeded"),
    _ms("A user deletes one of their own attributes", UNKNOWN_ACTION.format("DeleteUserAttributes"),
        _ref(UNKNOWN_ACTION_REF), "it succeeds", "<DeleteUserAttributes deleting custom:code failed with InvalidAction>"),
    _ms("An administrator deletes a user's attribute", UNKNOWN_ACTION.format("AdminDeleteUserAttributes"),
        _ref(UNKNOWN_ACTION_REF), "it succeeds",
        "<AdminDeleteUserAttributes deleting custom:code failed with InvalidAction>"),
    _ms("Cognito sends a code to verify the email address", UNKNOWN_ACTION.format("GetUserAttributeVerificationCode"),
        _ref(UNKNOWN_ACTION_REF), "it succeeds", "<GetUserAttributeVerificationCode failed with InvalidAction>"),
    _ms("The code Cognito sent verifies the email address", UNKNOWN_ACTION.format("GetUserAttributeVerificationCode"),
        _ref(UNKNOWN_ACTION_REF), "Alice has asked for a code to verify the email address",
        "<GetUserAttributeVerificationCode failed with InvalidAction>"),
    _ms("A wrong code does not verify the email address", UNKNOWN_ACTION.format("GetUserAttributeVerificationCode"),
        _ref(UNKNOWN_ACTION_REF), "Alice has asked for a code to verify the email address",
        "<GetUserAttributeVerificationCode failed with InvalidAction>"),
    _ms("A changed email address is unverified until the user proves it",
        "ministack keeps email_verified true when the email address changes", _ref(NO_WRITE_CHECKS_REF),
        'Alice\'s email_verified is "false"', "assert 'true' == 'false'"),
    _ms("A pool that verifies before updating keeps the old address until then",
        "ministack ignores AttributesRequireVerificationBeforeUpdate: the new address replaces the old at once",
        _ref(NO_WRITE_CHECKS_REF + "; the setting appears nowhere in the file"), "Bob's email address is the old one"),
    _ms("An email address already verified as another user's alias is refused",
        "ministack raises AliasExistsException only when linking a provider (AdminLinkProviderForUser), never when "
        "an attribute write takes another user's verified email alias",
        _ref(f"services/{C}:5986, 5999 (its only AliasExistsException), 4005 (_admin_update_user_attributes)"),
        "it fails with AliasExistsException", "<AdminUpdateUserAttributes writing email, email_verified succeeded"),
    _ms("ForceAliasCreation moves an email alias to the new user",
        "ministack ignores ForceAliasCreation: the alias is not moved to the confirming user",
        _ref(f"services/{C}:5250 (_confirm_sign_up; ForceAliasCreation appears nowhere in the file)"),
        "Alice's email address now signs Bob in", "<InitiateAuth failed with NotAuthorizedException>"),
    # -- devices and MFA --------------------------------------------------------------------------------
    *(_ms(name, NO_DEVICES, _ref(NO_DEVICES_REF), "Alice has signed in on a new device")
      for name in ("Confirming a device in a pool that asks the user leaves the choice to the user",
                   "A remembered device is listed for the user and for an administrator",
                   "A forgotten device is no longer listed", "A remembered device proves itself with device SRP",
                   "A remembered device stands in for the MFA code",
                   "The access token of a sign-in on a remembered device names the device",
                   "Signing in on a remembered device invokes the function for the device's authentication")),
    _ms("A sign-in on a new device hands out a device key", NO_DEVICES, _ref(NO_DEVICES_REF),
        "Cognito hands out a device key and a device group key"),
    _ms("A user without MFA is asked to set it up", NO_SMS_MFA, _ref(NO_SMS_MFA_REF),
        "Cognito challenges Alice with MFA_SETUP"),
    _ms("Setting up a software token through the challenge completes the sign-in", NO_SMS_MFA, _ref(NO_SMS_MFA_REF),
        "Alice has signed in with USER_SRP_AUTH and been challenged with MFA_SETUP",
        "<RespondToAuthChallenge succeeded with ['AuthenticationResult']>"),
    _ms("Signing in asks for the code sent by SMS, naming a masked destination", NO_SMS_MFA, _ref(NO_SMS_MFA_REF),
        "Cognito challenges Alice with SMS_MFA", "<InitiateAuth succeeded with ['AuthenticationResult']>"),
    *(_ms(name, NO_SMS_MFA, _ref(NO_SMS_MFA_REF),
          "Alice has signed in with USER_PASSWORD_AUTH and been challenged with SMS_MFA",
          "<InitiateAuth succeeded with ['AuthenticationResult']>")
      for name in ("The code sent by SMS completes the sign-in", "A wrong SMS code is refused")),
    _ms("A user without MFA has no MFA setting",
        "ministack's AdminGetUser names an empty UserMFASettingList and an empty PreferredMfaSetting for a user "
        "without MFA, where AWS names neither", _ref(f"services/{C}:3949-3950 (_admin_get_user)"),
        "an administrator sees no MFA setting on Alice's account",
        "AdminGetUser names {'UserMFASettingList': [], 'PreferredMfaSetting': ''}"),
    # -- the contested and AWS-pinned facts of issue 19 ------------------------------------------------
    _ms("An administrator cannot create a user without a required attribute", NO_WRITE_CHECKS,
        _ref(f"services/{C}:3824-3833 (_admin_create_user checks the username only)"),
        "it fails with InvalidParameterException", "<AdminCreateUser succeeded"),
    _ms("Resending the invitation of a confirmed user is refused",
        "ministack's AdminCreateUser with MessageAction RESEND resends to any existing user, whatever its status",
        _ref(f"services/{C}:3843-3858 (RESEND: no UserStatus check)"),
        "it fails with UnsupportedUserStateException", "<AdminCreateUser succeeded"),
    _ms("An unconfirmed user's password sign-in is not authorized",
        "ministack's USER_PASSWORD_AUTH answers an unconfirmed user with UserNotConfirmedException, where "
        "LocalStack's AWS-validated test saw NotAuthorizedException (a contested scenario)",
        _ref(f"services/{C}:4876 (_initiate_auth)"), "it fails with NotAuthorizedException",
        "<InitiateAuth failed with UserNotConfirmedException>"),
    _ms("An administrator cannot confirm an account that is already confirmed",
        "ministack's AdminConfirmSignUp confirms a user whatever its status",
        _ref(f"services/{C}:4022-4033 (_admin_confirm_sign_up: no UserStatus check)"),
        "it fails with NotAuthorizedException", "<AdminConfirmSignUp succeeded"),
    _ms("A page of more than 60 users is refused",
        "ministack's ListUsers caps a Limit over 60 at 60 instead of refusing it",
        _ref(f"services/{C}:3960 (_list_users: min(Limit, 60))"), "it fails with InvalidParameterException",
        "<ListUsers succeeded"),
    # -- passwordless -----------------------------------------------------------------------------------
    *(_ms(name, NO_USER_AUTH, _ref(NO_USER_AUTH_REF), step, "<InitiateAuth failed with InvalidParameterException>")
      for name, step in (
          ("The password, named as the preferred challenge, signs the user in",
           "Alice receives an ID token, an access token and a refresh token"),
          ("The SRP password proof, named as the preferred challenge, signs the user in",
           "Alice receives an ID token, an access token and a refresh token"),
          ("Without a preference Cognito offers the password to choose", "Cognito offers PASSWORD to choose from"),
          ("Choosing the password in SELECT_CHALLENGE signs the user in", "Alice chooses PASSWORD and gives the password"),
          ("A first factor the pool does not allow is refused", "Alice has signed in with USER_AUTH preferring PASSWORD"),
          ("An emailed one-time password, named as the preferred challenge, is asked for",
           "Cognito challenges Alice with EMAIL_OTP"),
          ("The emailed one-time password signs the user in", "Alice answers with the one-time password Cognito sent"),
          ("A one-time password by SMS, named as the preferred challenge, is asked for",
           "Cognito challenges Alice with SMS_OTP"),
          ("The one-time password sent by SMS signs the user in", "Alice answers with the one-time password Cognito sent"))),
    _ms("The user's sign-in factors include the password", UNKNOWN_ACTION.format("GetUserAuthFactors"),
        _ref(UNKNOWN_ACTION_REF), "the factors include PASSWORD", "<GetUserAuthFactors failed with InvalidAction>"),
    _ms("A pool without passkeys refuses a passkey registration", UNKNOWN_ACTION.format("StartWebAuthnRegistration"),
        _ref(UNKNOWN_ACTION_REF), "it fails with WebAuthnNotEnabledException",
        "<StartWebAuthnRegistration failed with InvalidAction>"),
    _ms("The passkey registration options name the relying party, the user and a challenge",
        UNKNOWN_ACTION.format("StartWebAuthnRegistration"), _ref(UNKNOWN_ACTION_REF),
        "the registration options name the pool's relying party, the user, a challenge and the key types",
        "<StartWebAuthnRegistration failed with InvalidAction>"),
    # -- groups -----------------------------------------------------------------------------------------
    _ms("The ID token carries the groups' roles, and prefers the role of the lowest precedence",
        "ministack's ID token carries cognito:groups but not cognito:roles or cognito:preferred_role",
        _ref(f"services/{C}:888-960 (_fake_token: cognito:groups at 927 and 960; no roles claim)"),
        "Alice's ID token carries the roles of editors and readers"),
    _ms("An updated group reads back with its new description and precedence", UNKNOWN_ACTION.format("UpdateGroup"),
        _ref(UNKNOWN_ACTION_REF), "it succeeds", "<UpdateGroup failed with InvalidAction>"),
    # -- pool settings ----------------------------------------------------------------------------------
    _ms("Where only an administrator recovers accounts, a user cannot start a reset",
        "ministack's ForgotPassword ignores AccountRecoverySetting (admin_only)",
        _ref(f"services/{C}:5278 (_forgot_password)"), "Cognito refuses it", "<ForgotPassword succeeded"),
    _ms("Settings an update leaves out return to their defaults",
        "ministack's UpdateUserPool keeps the settings a request leaves out (AdminCreateUserConfig among them)",
        _ref(f"services/{C}:3070-3104 (_update_user_pool: 3097-3099 write only the keys in the request)"),
        "the pool no longer allows only administrators to create users"),
    _ms("A pool protected against deletion cannot be deleted",
        "ministack deletes a pool whatever its DeletionProtection",
        _ref(f"services/{C}:3031-3040 (_delete_user_pool reads no DeletionProtection)"),
        "it fails with InvalidParameterException", "<DeleteUserPool succeeded"),
    _ms("Where only administrators create users, SignUp is refused",
        "ministack's SignUp ignores AdminCreateUserConfig.AllowAdminCreateUserOnly",
        _ref(f"services/{C}:5134 (_sign_up)"), "it fails with NotAuthorizedException", "<SignUp succeeded"),
    # -- sessions, revocation, token lifetimes ---------------------------------------------------------
    _ms("A rotating app client returns a new refresh token", NO_ROTATION, _ref(NO_ROTATION_REF),
        "Alice receives an ID token, an access token and a refresh token"),
    _ms("Without a grace period the rotated-out refresh token is refused at once", NO_ROTATION, _ref(NO_ROTATION_REF),
        "it fails with RefreshTokenReuseException", "<GetTokensFromRefreshToken succeeded"),
    _ms("After the grace period the rotated-out refresh token is refused", NO_ROTATION, _ref(NO_ROTATION_REF),
        "it fails with RefreshTokenReuseException", "<GetTokensFromRefreshToken succeeded"),
    _ms("A rotating app client does not refresh through REFRESH_TOKEN_AUTH", NO_ROTATION, _ref(NO_ROTATION_REF),
        "the refresh is refused", "<InitiateAuth succeeded"),
    _ms("The app clients revoke, rotate and time out sessions as created", NO_ROTATION, _ref(NO_ROTATION_REF),
        'app client "rotating with grace" rotates refresh tokens with a grace period of 10 seconds',
        "RefreshTokenRotation is None"),
    _ms("A refresh token cannot be revoked through another app client", REVOKE_ANY_CLIENT, _ref(REVOKE_ANY_CLIENT_REF),
        "the revocation is refused", "<RevokeToken succeeded"),
    _ms("An app client without token revocation refuses RevokeToken", REVOKE_ANY_CLIENT, _ref(REVOKE_ANY_CLIENT_REF),
        "it fails with UnsupportedOperationException", "<RevokeToken succeeded"),
    _ms("A lifetime outside the allowed range is refused when the app client is created", NO_LIFETIME_CHECK,
        _ref(NO_LIFETIME_CHECK_REF), "the app client is refused", "the app client was created"),
    _ms("A lifetime outside the allowed range is refused when the app client is changed", NO_LIFETIME_CHECK,
        _ref(NO_LIFETIME_CHECK_REF), "the change is refused", "the app client was changed"),
    _ms("A refresh token still may not live longer than 3650 days", NO_LIFETIME_CHECK, _ref(NO_LIFETIME_CHECK_REF),
        "the app client is refused", "the app client was created"),
    _ms("The authentication time stays the original sign-in's across refreshes",
        "ministack sets auth_time to the time of each token, a refresh's included",
        _ref(f"services/{C}:916, 954 (claims[\"auth_time\"] = now)"),
        "the new tokens keep the time Alice signed in as auth_time"),
    _ms("Each sign-in is an event with its own id", "ministack's ID token carries no event_id",
        _ref(f"services/{C}:888-960 (_fake_token's claims)"), "Alice's ID token says", "event_id is missing"),
    # -- usernames and users ----------------------------------------------------------------------------
    _ms("Where usernames are case insensitive, any capitalization signs the user in", CASE_SENSITIVE,
        _ref(CASE_SENSITIVE_REF), "Alice receives an ID token, an access token and a refresh token",
        "<InitiateAuth failed with UserNotFoundException>"),
    _ms("Where usernames are case insensitive, another capitalization is the same username", CASE_SENSITIVE,
        _ref(CASE_SENSITIVE_REF), "it fails with UsernameExistsException", "<SignUp succeeded"),
    _ms("Where usernames are case insensitive, the admin API finds the user by any capitalization", CASE_SENSITIVE,
        _ref(CASE_SENSITIVE_REF), "Cognito answers with Alice's account", "<AdminGetUser failed with UserNotFoundException>"),
    _ms("ListUsers returns only the attributes asked for", "ministack's ListUsers ignores AttributesToGet",
        _ref(f"services/{C}:3954 (_list_users)"), "every user listed carries only the email attribute"),
    _ms("A filter on two attributes is refused",
        "ministack's ListUsers accepts a filter Cognito refuses (two attributes)",
        _ref(f"services/{C}:3954 (_list_users)"), "Cognito refuses it", "<ListUsers succeeded"),
    # -- the hosted UI it serves ------------------------------------------------------------------------
    _ms("The authorization endpoint sends the browser to the sign-in page", AUTHORIZE_SERVES_PAGE,
        _ref(AUTHORIZE_SERVES_PAGE_REF, f"services/{C}:6465 (_login_page_html)"), "the browser is shown the sign-in page",
        "expected the hosted UI's /login page"),
    _ms("A wrong password on the sign-in page yields no code",
        "ministack's sign-in page shows a wrong password's error in <div class=\"error\">, not in the element "
        "of class errorMessage-customizable that Cognito's hosted UI documents (the suite reads that one)",
        _ref(f"services/{C}:6465-6471 (_login_page_html's err_block), 7238 (handle_login_submit)"),
        "the browser is shown the sign-in page again with an error", "the sign-in page shows no error message"),
    _ms("A flawed sign-in request is sent back to the app with an error", AUTHORIZE_SERVES_PAGE,
        _ref(AUTHORIZE_SERVES_PAGE_REF), "the browser is sent back to the app with the error <error>",
        "expected error=unauthorized_client", example="a response type the app client does not allow"),
    _ms("A flawed sign-in request is sent back to the app with an error", AUTHORIZE_SERVES_PAGE,
        _ref(AUTHORIZE_SERVES_PAGE_REF), "the browser is sent back to the app with the error <error>",
        "expected error=invalid_request", example="no response type"),
    _ms("A flawed sign-in request is sent back to the app with an error",
        "ministack sends an unknown scope back as error=invalid_request (error_description=invalid_scope), "
        "not error=invalid_scope", _ref(f"services/{C}:6395-6401 (_invalid_scope_redirect)"),
        "the browser is sent back to the app with the error <error>", "expected error=invalid_scope",
        example="a scope the user pool does not know"),
    _ms("Revoking a refresh token ends it and the access tokens it produced",
        "ministack's userInfo refuses a revoked access token with HTTP 401 and {\"error\": \"invalid_token\"} in the "
        "body, but its WWW-Authenticate header says error=INVALID_TOKEN (upper case, unquoted), not the documented "
        "error=\"invalid_token\"",
        _ref(f"services/{C}:7777-7785 (handle_oauth2_userinfo)"),
        "the userInfo endpoint refuses Alice's access token with invalid_token", "error=INVALID_TOKEN"),
    _ms("The hosted UI remembers a browser that signed in", NO_SIGN_IN_SESSION, _ref(NO_SIGN_IN_SESSION_REF),
        "the browser is sent back to the app with a code and the same state"),
    *(_ms("The hosted UI sends the browser to the identity provider the app asks for",
          f"ministack answers identity_provider={provider} at /oauth2/authorize with HTTP 400 (\"Federated sign-in "
          "not supported\"): it federates only OIDC and SAML providers",
          _ref(f"services/{C}:6594-6681 (_oauth2_authorize_federation: 6677-6678)"),
          "the browser is sent to <provider>'s sign-in page at <sign-in page> with Cognito's <return path> as the return address",
          example=provider)
      for provider in ("LoginWithAmazon", "Facebook", "Google", "SignInWithApple")),
    # -- what a new pool and app client are, and what creating them refuses (issue 19) ---------------------
    _ms("A code that set up the software token cannot complete a sign-in",
        "ministack keeps no record of the software token codes already used: SOFTWARE_TOKEN_MFA accepts the code "
        "that VerifySoftwareToken took again",
        _ref(f"services/{C}:5060-5066 (_respond_to_auth_challenge checks only that the code matches), "
             f"4735 (the same at AdminRespondToAuthChallenge), 6277 (_totp_matches)"),
        "it fails with ExpiredCodeException", "<RespondToAuthChallenge succeeded"),
    _ms("Signing up in a pool that verifies nothing sends no code",
        "ministack's SignUp names CodeDeliveryDetails (and sends a code) whenever the user gives an email address, "
        "whatever the pool's AutoVerifiedAttributes",
        _ref(f"services/{C}:5212-5219 (_sign_up)"), "Cognito says it sent no confirmation code",
        "Cognito names where it sent a code"),
    _ms("A new user pool lets users sign in first with their password only",
        "ministack's CreateUserPool keeps the Policies given, or a PasswordPolicy alone, and adds no SignInPolicy; "
        "only its sign-in treats a missing one as PASSWORD",
        _ref(f"services/{C}:2977-2986 (_create_user_pool), 6418-6420 (the default applied at sign-in only)"),
        "users may sign in first with PASSWORD", "AllowedFirstAuthFactors is None"),
    _ms("A new user pool sends its email with Cognito's own account, and its verification emails carry a code",
        "ministack keeps a VerificationMessageTemplate only when CreateUserPool gives one, so DescribeUserPool names no "
        "DefaultEmailOption for a pool created without it",
        _ref(f"services/{C}:3022-3023 (_create_user_pool)"), "the pool's verification emails use CONFIRM_WITH_CODE",
        "DefaultEmailOption is None"),
    _ms("A new app client names no flows, attribute permissions or user existence setting of its own",
        "ministack's CreateUserPoolClient stores PreventUserExistenceErrors LEGACY when the request names none, and "
        "DescribeUserPoolClient returns it",
        _ref(f"services/{C}:3219 (_create_user_pool_client)"),
        "the new app client names no auth flows, no read or write attributes and no user existence setting",
        "'PreventUserExistenceErrors': 'LEGACY'"),
    _ms("An app client cannot allow a scope that no resource server defines",
        "ministack's CreateUserPoolClient keeps AllowedOAuthScopes as given and checks none of them",
        _ref(f"services/{C}:3216 (_create_user_pool_client)"), "it fails with ScopeDoesNotExistException",
        "<CreateUserPoolClient succeeded"),
)


# --- Lambda triggers (issue 22): measured with the suite's own functions deployed in ministack's Lambda ---
def _not_invoked(scenario: str, trigger: str, source: str, reason: str, reference: str,
                 example: str | None = None) -> Divergence:
    """ministack does not invoke this trigger for this call: the scenario's invocation step finds no event."""
    return _ms(scenario, reason, _ref(reference), f"the {trigger} trigger received a {source} event for Alice",
               "received no", example=example)


NO_PRE_AUTHENTICATION = ("ministack never invokes a pre authentication trigger: its InitiateAuth and AdminInitiateAuth "
                         "call no Lambda before checking the password")
NO_PRE_AUTHENTICATION_REF = f"services/{C}:4530 (_admin_initiate_auth), 4848 (_initiate_auth): no PreAuthentication in the file"
NO_POST_AUTHENTICATION = ("ministack never invokes a post authentication trigger: tokens are issued without calling a "
                          "Lambda after authentication")
NO_POST_AUTHENTICATION_REF = (f"services/{C}:4530 (_admin_initiate_auth), 4848 (_initiate_auth), respond to auth "
                              "challenge: no PostAuthentication in the file")
NO_POST_CONFIRMATION = ("ministack never invokes a post confirmation trigger: ConfirmSignUp, AdminConfirmSignUp and "
                        "ConfirmForgotPassword confirm without calling a Lambda")
NO_POST_CONFIRMATION_REF = (f"services/{C}:5250 (_confirm_sign_up), 4022 (_admin_confirm_sign_up), 5305 "
                            "(_confirm_forgot_password): no PostConfirmation in the file")
NO_USER_MIGRATION = ("ministack never invokes a migrate user trigger: an unknown user's sign-in or password reset "
                     "answers UserNotFoundException at once")
NO_USER_MIGRATION_REF = (f"services/{C}:4848 (_initiate_auth), 5278 (_forgot_password): UserNotFoundException, no "
                         "UserMigration in the file")
CUSTOM_MESSAGE_ADMIN_ONLY = ("ministack invokes the custom message trigger only for AdminCreateUser's invitation; sign-up, "
                             "resent, reset and attribute-verification codes go out in ministack's own words")
CUSTOM_MESSAGE_ADMIN_ONLY_REF = (f"services/{C}:3654-3720 (_custom_message_trigger, called from _admin_create_user "
                                 "3824 only); 5134 (_sign_up), 4089 (_resend_confirmation_code), 5278 (_forgot_password), "
                                 "5392 (_update_user_attributes) call none")
NO_MFA_CODE_MESSAGE = ("ministack texts no MFA code, so it never sends the custom message function "
                       "CustomMessage_Authentication: a pool that requires SMS MFA issues tokens at the password (it "
                       "challenges only SOFTWARE_TOKEN_MFA), and its one custom message invocation is AdminCreateUser's")
NO_MFA_CODE_MESSAGE_REF = (f"services/{C}:4361-4380 (_mfa_challenge_for_user: no SMS_MFA), 3713-3714 (the only "
                           "trigger source it sends the function, CustomMessage_AdminCreateUser)")
PRE_SIGN_UP_SIGN_UP_ONLY = ("ministack invokes the pre sign-up trigger for SignUp (and federated sign-in) only, not for "
                            "AdminCreateUser")
PRE_SIGN_UP_SIGN_UP_ONLY_REF = f"services/{C}:5179 (_sign_up), 1209 (federation); 3824 (_admin_create_user) calls none"

TRIGGER_ENTRIES: tuple[Divergence, ...] = (
    # pre sign-up
    _not_invoked("An administrator creating an account invokes the pre sign-up function", "PreSignUp",
                 "PreSignUp_AdminCreateUser", PRE_SIGN_UP_SIGN_UP_ONLY, PRE_SIGN_UP_SIGN_UP_ONLY_REF),
    _not_invoked("An account an administrator creates keeps its temporary password whatever the pre sign-up function "
                 "answers", "PreSignUp", "PreSignUp_AdminCreateUser", PRE_SIGN_UP_SIGN_UP_ONLY,
                 PRE_SIGN_UP_SIGN_UP_ONLY_REF),
    _not_invoked("The client metadata of an administrator's account creation reaches the pre sign-up function",
                 "PreSignUp", "PreSignUp_AdminCreateUser", PRE_SIGN_UP_SIGN_UP_ONLY, PRE_SIGN_UP_SIGN_UP_ONLY_REF),
    _ms("The client metadata of a sign-up reaches the pre sign-up function",
        "ministack's pre sign-up event carries no clientMetadata, though SignUp sent some",
        _ref(f"services/{C}:1335-1362 (_build_presignup_event builds no clientMetadata), 5179 (_sign_up)"),
        "the event carries the client metadata Alice sent", "clientMetadata is None"),
    _ms("The validation data of a sign-up reaches the pre sign-up function and is not stored",
        "ministack's pre sign-up event always carries an empty validationData, whatever SignUp sent",
        _ref(f"services/{C}:1355 (\"validationData\": {{}})"),
        "the event carries the validation data Alice sent", "validationData is {}"),
    _ms("A pre sign-up function that verifies a phone number the user does not have makes the sign-up fail",
        "ministack ignores autoVerifyPhone (and autoVerifyEmail) for a user without that attribute and completes the "
        "sign-up", _ref(f"services/{C}:5187-5190 (the flags apply only where the attribute is present)"),
        "Cognito refuses it", "<SignUp succeeded"),
    # post confirmation
    *(_not_invoked(name, "PostConfirmation", source, NO_POST_CONFIRMATION, NO_POST_CONFIRMATION_REF)
      for name, source in (
          ("Confirming a sign-up with the code invokes the post confirmation function with the user's attributes",
           "PostConfirmation_ConfirmSignUp"),
          ("An administrator confirming a sign-up invokes the post confirmation function with the client metadata",
           "PostConfirmation_ConfirmSignUp"),
          ("Confirming a password reset invokes the post confirmation function for the reset",
           "PostConfirmation_ConfirmForgotPassword"),
          ("A post confirmation function that fails makes the confirmation fail", "PostConfirmation_ConfirmSignUp"))),
    # pre and post authentication
    *(_not_invoked(name, "PreAuthentication", "PreAuthentication_Authentication", NO_PRE_AUTHENTICATION,
                   NO_PRE_AUTHENTICATION_REF)
      for name in ("A password sign-in invokes the pre authentication function with the client metadata as validation data",
                   "A pre authentication function that fails refuses the sign-in",
                   "Refreshing tokens does not invoke the pre authentication function",
                   "Where the app client hides whether users exist, the pre authentication function hears of an "
                   "unknown user")),
    *(_not_invoked(name, "PostAuthentication", "PostAuthentication_Authentication", NO_POST_AUTHENTICATION,
                   NO_POST_AUTHENTICATION_REF)
      for name in ("A sign-in invokes the post authentication function",
                   "The client metadata of a sign-in does not reach the post authentication function",
                   "The client metadata of a challenge answer reaches the post authentication function",
                   "A post authentication function that fails means no tokens",
                   "In a pool that remembers devices, the post authentication function hears of a sign-in on a new "
                   "device")),
    # migrate user
    *(_not_invoked(name, "UserMigration", source, NO_USER_MIGRATION, NO_USER_MIGRATION_REF)
      for name, source in (
          ("An unknown user's password sign-in invokes the migrate user function with the username and password",
           "UserMigration_Authentication"),
          ("The client metadata of a sign-in reaches the migrate user function as validation data",
           "UserMigration_Authentication"),
          ("A migrated user is not migrated again", "UserMigration_Authentication"),
          ("Without a final status the user migrated at sign-in must reset the password",
           "UserMigration_Authentication"),
          ("A legacy password that breaks the pool's password policy is still migrated", "UserMigration_Authentication"),
          ("A migrate user function that fails refuses the sign-in and creates no user", "UserMigration_Authentication"),
          ("An unknown user's password reset invokes the migrate user function without a password",
           "UserMigration_ForgotPassword"),
          ("The client metadata of a password reset reaches the migrate user function", "UserMigration_ForgotPassword"),
          ("A migrate user function that answers finalUserStatus RESET_REQUIRED makes the migrated user reset the "
           "password", "UserMigration_Authentication"),
          ("A user migrated on a password reset is sent the welcome message by the medium the function answers",
           "UserMigration_ForgotPassword"),
          ("A user migrated on a password reset whose function answers messageAction SUPPRESS is sent no welcome "
           "message", "UserMigration_ForgotPassword"))),
    # custom message
    *(_not_invoked(name, "CustomMessage", source, CUSTOM_MESSAGE_ADMIN_ONLY, CUSTOM_MESSAGE_ADMIN_ONLY_REF)
      for name, source in (
          ("A sign-up invokes the custom message function, and Cognito sends its message with the code",
           "CustomMessage_SignUp"),
          ("A password reset invokes the custom message function with the client metadata", "CustomMessage_ForgotPassword"),
          ("Asking for the sign-up code again invokes the custom message function", "CustomMessage_ResendCode"),
          ("Changing the email address invokes the custom message function for the new address's code",
           "CustomMessage_UpdateUserAttribute"),
          ("A custom message function that fails makes the sign-up fail", "CustomMessage_SignUp"))),
    _not_invoked("Asking for a code to verify the email address invokes the custom message function", "CustomMessage",
                 "CustomMessage_VerifyUserAttribute", UNKNOWN_ACTION.format("GetUserAttributeVerificationCode"),
                 UNKNOWN_ACTION_REF),
    _not_invoked("A sign-in that texts an MFA code invokes the custom message function", "CustomMessage",
                 "CustomMessage_Authentication", NO_MFA_CODE_MESSAGE, NO_MFA_CODE_MESSAGE_REF),
    # what every trigger shares
    _ms("A function that answers something other than the event makes the operation fail",
        "ministack reads an answer without the event's response as the response itself, and completes the sign-up",
        _ref(f"services/{C}:1177-1200 (_extract_trigger_response falls back on the whole payload), 1256-1262"),
        "Cognito refuses it", "<SignUp succeeded"),
    _ms("UpdateUserPool without the Lambda configuration removes every trigger",
        "ministack's UpdateUserPool replaces only the members the request sends, so an update without LambdaConfig "
        "keeps the triggers", _ref(f"services/{C}:3070 (_update_user_pool), 3094-3096 (only keys in the request)"),
        "the pool names no Lambda trigger", "LambdaConfig is still"),
    # measured with --run-slow (the scenario is @slow and waits in real time on ministack)
    _ms("A function that takes longer than five seconds makes the operation fail",
        "ministack sets no five-second limit on a trigger: it runs the function under the function's own Timeout "
        "(the suite deploys with 10 s) and uses a 6-s function's answer, where Cognito gives up after 5 s",
        _ref(f"services/{C}:1238-1245 (_apply_presignup_trigger calls lambda_svc._execute_function_with_config_scope, "
             "no time limit)", "services/lambda_svc.py:5324 (timeout = the function's Timeout)"),
        "Cognito refuses it", "SignUp succeeded"),
)
ENTRIES = (*ENTRIES, *TRIGGER_ENTRIES)

# -- Lambda triggers (issue 22): pre token generation, custom authentication, custom senders ----------------
#: ministack's PreTokenGeneration (services/cognito.py _fake_token 969 calls _apply_pretoken_trigger once per
#: token: ID, then access; 1018-1127 applies the answer).
PTG_REF = f"services/{C}:1018-1127 (_apply_pretoken_trigger)"
PTG_FAIL_OPEN = ("ministack issues the tokens when the pre token generation function fails: it logs the error and "
                 "keeps the unmodified claims, unless MINISTACK_COGNITO_PRETOKEN_STRICT=1 is set (the suite runs it "
                 "as teams get it, without)")
PTG_NO_FILTER = ("ministack writes every claim the pre token generation function adds or overrides, reserved ones "
                 "included (sub, iss, aud, token_use, exp, iat, auth_time, jti, cognito:username, ...): it has no list "
                 "of claims a function cannot change")
PTG_V1_GROUPS_ID_ONLY = ("ministack runs a version 1 pre token generation answer for the ID token only, so its "
                         "groupOverrideDetails never reaches the access token's cognito:groups")
PTG_EMPTY_GROUPS = ("ministack replaces cognito:groups only with a groupsToOverride list: an empty groupOverrideDetails "
                    "suppresses nothing (and the access token, version 1, is not touched at all)")
PTG_V1_0_CONFIG = ("ministack reads a PreTokenGenerationConfig function's answer as version 2 "
                   "(claimsAndScopeOverrideDetails) whatever its LambdaVersion: a V1_0 answer (claimsOverrideDetails) is ignored")
PTG_TWICE = ("ministack invokes a version 2 pre token generation function twice per sign-in, once for each token "
             "(ID, then access), where Cognito sends one event for both")
PTG_V2_GROUPS = ("ministack reads a version 2 answer's groupOverrideDetails inside idTokenGeneration and "
                 "accessTokenGeneration, not at the top of claimsAndScopeOverrideDetails where Cognito reads it: "
                 "the function's groups are ignored")
SESSION_KEPT = ("ministack answers every round of a custom authentication with the Session it gave at the start: "
                "the session never changes between rounds")
NO_CUSTOM_SENDER = ("ministack stores LambdaConfig.CustomEmailSender and CustomSMSSender and never invokes them: it "
                    "sends its own email (listed at /_ministack/ses/messages) and SMS as if the pool had no custom sender")

TOKEN_TRIGGER_ENTRIES: tuple[Divergence, ...] = (
    _ms("A function that fails stops the sign-in: no tokens", PTG_FAIL_OPEN,
        _ref(f"services/{C}:1068-1089 (MINISTACK_COGNITO_PRETOKEN_STRICT, the error logged and the claims kept)"),
        "Cognito refuses it with one of its Lambda exceptions", "InitiateAuth succeeded"),
    _ms("The claims Cognito reserves do not take the function's values", PTG_NO_FILTER,
        _ref(f"services/{C}:1100-1104 (every claimsToAddOrOverride entry written)"),
        "none of Alice's tokens carries the value the function gave to a claim Cognito reserves",
        "the function's value 'cc-reserved' reached"),
    _ms("The function's groups replace cognito:groups in the ID token and the access token", PTG_V1_GROUPS_ID_ONLY,
        _ref(f"services/{C}:1050-1051 (a version 1 answer: ID token only), 1122-1125"),
        "Alice's ID token and access token name only the groups the function gave", "'access': ['readers']"),
    _ms("Empty group override details suppress cognito:groups in both tokens", PTG_EMPTY_GROUPS,
        _ref(f"services/{C}:1122-1125 (only a groupsToOverride list replaces), 1050-1051"),
        "neither Alice's ID token nor the access token carries cognito:groups", "still there"),
    _ms("PreTokenGenerationConfig with LambdaVersion V1_0 takes a version 1 answer", PTG_V1_0_CONFIG,
        _ref(f"services/{C}:1040-1046 (use_v2 whenever PreTokenGenerationConfig names a function), 1095-1098"),
        "Alice's ID token carries the claim the function added", "cc_claim is None"),
    _ms("One sign-in invokes a version 2 function once, for both tokens", PTG_TWICE,
        _ref(f"services/{C}:969-979 (_fake_token runs the trigger for each token it signs)"),
        "the PreTokenGeneration trigger received exactly one TokenGeneration_Authentication event for Alice",
        "received 2 TokenGeneration_Authentication events"),
    _ms("The version 2 group override replaces cognito:groups in both tokens", PTG_V2_GROUPS,
        _ref(f"services/{C}:1095-1098 (the section read), 1122-1125 (groupOverrideDetails looked up in it)"),
        "Alice's ID token and access token name only the groups the function gave", "'ID': ['readers']"),
    _ms("InitiateAuth's client metadata does not reach the define and create auth challenge functions",
        "ministack passes InitiateAuth's and AdminInitiateAuth's ClientMetadata to the define and create auth challenge "
        "functions, which Cognito invokes without it",
        _ref(f"services/{C}:4598 and 4920 (the CUSTOM_AUTH branches of AdminInitiateAuth and InitiateAuth read ClientMetadata), 1759, 1792 (the events carry it)"),
        "the event carries no client metadata", "the event's request.clientMetadata is {'cc_purpose'"),
    _ms("Where the app client hides whether users exist, Define is told that the user was not found",
        "ministack answers CUSTOM_AUTH for an unknown user with its own error before any function runs, whatever the "
        "app client's PreventUserExistenceErrors; the define auth challenge event's userNotFound is always false",
        _ref(f"services/{C}:4912-4914 (_initiate_auth's CUSTOM_AUTH: _resolve_user's error returned), 1758 (userNotFound False)"),
        "the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice", "received no"),
    _ms("A user whose password is temporary is asked for a new one inside the custom flow, before any token",
        "ministack issues tokens at the end of a custom authentication whatever the user's status: a FORCE_CHANGE_PASSWORD "
        "user who passed the password verifier and the custom challenge is never asked NEW_PASSWORD_REQUIRED",
        _ref(f"services/{C}:4510 (the custom flow's password verifier checks only RESET_REQUIRED), "
             "2047-2052 (issueTokens: tokens without a status check)"),
        "Cognito challenges Alice with NEW_PASSWORD_REQUIRED", "succeeded with ['AuthenticationResult']"),
    _ms("Two custom rounds: Define sees each round's challenge metadata, and every answer comes with a new session",
        SESSION_KEPT, _ref(f"services/{C}:2093-2099 (_continue_custom_auth_after_define returns the same token)"),
        "each answer came back with a new session", "with a session given before"),
    *(_ms(name, NO_CUSTOM_SENDER,
          _ref(f"services/{C}:3592 (_deliver_cognito_email); no CustomEmailSender or CustomSMSSender anywhere in the file"),
          f"the CustomEmailSender trigger received a {source} event for Alice", "received no")
      for name, source in (
          ("Signing up hands the confirmation code, encrypted, to the function, and that code confirms the sign-up",
           "CustomEmailSender_SignUp"),
          ("A password reset hands its code to the function, and that code sets the new password",
           "CustomEmailSender_ForgotPassword"))),
    _ms("An administrator's invitation hands the temporary password, encrypted, to the custom sender, and it signs "
        "the user in", NO_CUSTOM_SENDER,
        _ref(f"services/{C}:3727 (_deliver_invitation_email); no CustomEmailSender or CustomSMSSender anywhere in the file"),
        "the <trigger> trigger received a <trigger>_AdminCreateUser event for Alice", "received no"),
)
ENTRIES = (*ENTRIES, *TOKEN_TRIGGER_ENTRIES)
