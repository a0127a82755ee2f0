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
NO_REVOKE_ENDPOINT = ("ministack serves no /oauth2/revoke: its gateway routes only login, token and userInfo POSTs "
                      "to Cognito, so the revocation endpoint answers 400")
NO_REVOKE_ENDPOINT_REF = f"{APP}:1488-1496 (_handle_cognito_body_request)"
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
                   "The access token of a sign-in on a remembered device names the device")),
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
    _ms("The hosted UI remembers a browser that signed in",
        "ministack's hosted UI keeps no sign-in session: a second visit to /oauth2/authorize shows the sign-in page again",
        _ref(f"services/{C}:6684-6730 (handle_oauth2_authorize reads no session cookie)"),
        "the browser is sent back to the app with a code and the same state"),
    *(_ms(name, NO_REVOKE_ENDPOINT, _ref(NO_REVOKE_ENDPOINT_REF), "the revocation endpoint accepts it",
          "the revocation endpoint answered 400")
      for name in ("Revoking a refresh token ends it and the access tokens it produced",
                   "Revoking a token Cognito never issued still succeeds",
                   "A refresh token revoked at the revoke endpoint is refused by the API")),
    _ms("The hosted UI sends the browser to the identity provider the app asks for",
        "ministack answers the social providers (Login with Amazon, Facebook, Google, Sign in with Apple) with HTTP 400, "
        "and tells OIDC and SAML providers to return to https://<domain>.auth.<region>.amazoncognito.com, not to the "
        "endpoint that serves its hosted UI",
        _ref(f"services/{C}:6594 (_oauth2_authorize_federation), 2290-2306 (_acs_url, _oidc_callback_url)"),
        "the browser is sent to <provider>'s sign-in page at <sign-in page> with Cognito's <return path> as the return address"),
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
