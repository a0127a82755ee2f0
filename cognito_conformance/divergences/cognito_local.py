"""Where cognito-local 5.3.0 differs from real Cognito, measured by running the whole suite against
it (``python scripts/cognito_local.py run``). References name the compiled source of the npm package
(``node_modules/cognito-local/lib/...``, line numbers of 5.3.0) or its README ("Supported Features",
"Known Limitations")."""

from __future__ import annotations

from .model import Divergence

COGNITO_LOCAL = "cognito-local"
UPSTREAM = "https://github.com/jagregory/cognito-local"
LIB = "cognito-local 5.3.0 lib/"

NO_SRP = "cognito-local does not implement USER_SRP_AUTH: InitiateAuth answers CognitoLocal#Unsupported"
NO_SRP_REF = LIB + "targets/initiateAuth.js:256-261"
NO_FLOW_CHECK = "cognito-local stores ExplicitAuthFlows but does not enforce them"
NO_FLOW_CHECK_REF = LIB + "targets/initiateAuth.js:244-262, targets/adminInitiateAuth.js:130-137"
ADMIN_NO_CHALLENGE = ("cognito-local's ADMIN_USER_PASSWORD_AUTH issues tokens without any challenge "
                      "(no NEW_PASSWORD_REQUIRED, MFA or RESET_REQUIRED check), and AdminRespondToAuthChallenge "
                      "is not implemented")
ADMIN_NO_CHALLENGE_REF = LIB + "targets/adminInitiateAuth.js:25-85; README.md Supported Features"
NO_BEARER = "cognito-local's AuthenticationResult has no TokenType and no ExpiresIn"
NO_BEARER_REF = LIB + "targets/initiateAuth.js:239-240, targets/adminInitiateAuth.js:81-82, 125-126"
NO_LIFETIME_CHECK = "cognito-local accepts any token lifetime on CreateUserPoolClient and UpdateUserPoolClient"
NO_LIFETIME_CHECK_REF = LIB + "targets/createUserPoolClient.js:32-56, targets/updateUserPoolClient.js:37-58"
NO_PASSWORD_POLICY = "cognito-local does not check passwords against the pool's password policy"
NO_PASSWORD_POLICY_REF = LIB + "targets/signUp.js, targets/changePassword.js:50-56 (no policy check)"
NO_SECRET_HASH = "cognito-local never checks SECRET_HASH, on any flow or on SignUp"
NO_SECRET_HASH_REF = LIB + "targets/initiateAuth.js, targets/adminInitiateAuth.js, targets/signUp.js (no SECRET_HASH)"
WRONG_PASSWORD = "cognito-local answers a wrong password with InvalidPasswordException, not NotAuthorizedException"
WRONG_PASSWORD_REF = LIB + "targets/initiateAuth.js:170-171, targets/adminInitiateAuth.js:56-57"
NOT_COGNITO_POOL_ID = ("cognito-local's pool ids are 'local_<id>' and its iss is http://<host>:<port>/<pool id>, "
                       "so Cognito's issuer cannot be derived and no token of its pools verifies as Cognito's")
NOT_COGNITO_POOL_ID_REF = LIB + "targets/createUserPool.js:37, services/tokenGenerator.js:139"


def _cl(scenario: str, reason: str, reference: str, example: str | None = None) -> Divergence:
    return Divergence(scenario, COGNITO_LOCAL, reason, reference, UPSTREAM, example)


REGISTRY_COGNITO_LOCAL: tuple[Divergence, ...] = (
    # Sign-up
    _cl("A password that breaks the pool's policy is refused", NO_PASSWORD_POLICY, NO_PASSWORD_POLICY_REF),
    _cl("Signing up without the secret hash is refused", NO_SECRET_HASH, NO_SECRET_HASH_REF),
    _cl("Signing in without the secret hash is refused", NO_SRP, NO_SRP_REF, example="with USER_SRP_AUTH"),
    _cl("Signing in without the secret hash is refused", NO_SECRET_HASH, NO_SECRET_HASH_REF,
        example="with USER_PASSWORD_AUTH"),
    _cl("Signing in without the secret hash is refused", NO_SECRET_HASH, NO_SECRET_HASH_REF,
        example="with ADMIN_USER_PASSWORD_AUTH"),
    _cl("An unconfirmed user cannot sign in", NO_SRP, NO_SRP_REF, example="with USER_SRP_AUTH"),
    _cl("The first sign-in asks for a new password", NO_SRP, NO_SRP_REF, example="with USER_SRP_AUTH"),
    _cl("The first sign-in asks for a new password", ADMIN_NO_CHALLENGE, ADMIN_NO_CHALLENGE_REF,
        example="with ADMIN_USER_PASSWORD_AUTH"),
    _cl("Choosing a new password signs the user in and confirms the account", ADMIN_NO_CHALLENGE,
        ADMIN_NO_CHALLENGE_REF, example="with ADMIN_USER_PASSWORD_AUTH"),
    # Sign-in
    _cl("Cognito challenges the client to prove the password", NO_SRP, NO_SRP_REF),
    # The Then checks the challenge exists before reading it, so no challenge is an assertion.
    _cl("The challenge names the user by the username", NO_SRP, NO_SRP_REF),
    _cl("A proof of the right password returns the tokens", NO_SRP, NO_SRP_REF),
    _cl("A proof made with a wrong password is refused", NO_SRP, NO_SRP_REF),
    _cl("The right password returns the three tokens", NO_BEARER, NO_BEARER_REF),
    _cl("A wrong password is refused", WRONG_PASSWORD, WRONG_PASSWORD_REF),
    _cl("A flow the app client allows signs Alice in", NO_SRP, NO_SRP_REF, example="with USER_SRP_AUTH"),
    _cl("A flow the app client does not allow is refused", NO_SRP, NO_SRP_REF,
        example="signs in with USER_SRP_AUTH"),
    _cl("A flow the app client does not allow is refused", NO_FLOW_CHECK, NO_FLOW_CHECK_REF,
        example="signs in with USER_PASSWORD_AUTH"),
    _cl("A flow the app client does not allow is refused", NO_FLOW_CHECK, NO_FLOW_CHECK_REF,
        example="signs in with ADMIN_USER_PASSWORD_AUTH"),
    # User existence
    _cl("An app client that does not hide users says the user does not exist", NO_SRP, NO_SRP_REF,
        example="with USER_SRP_AUTH"),
    _cl("An app client that does not hide users says the user does not exist",
        "cognito-local ignores PreventUserExistenceErrors and always answers NotAuthorizedException "
        "for an unknown user at sign-in",
        LIB + "targets/initiateAuth.js:161-162, targets/adminInitiateAuth.js:53-54",
        example="with USER_PASSWORD_AUTH"),
    _cl("An app client that does not hide users says the user does not exist",
        "cognito-local ignores PreventUserExistenceErrors and always answers NotAuthorizedException "
        "for an unknown user at sign-in",
        LIB + "targets/initiateAuth.js:161-162, targets/adminInitiateAuth.js:53-54",
        example="with ADMIN_USER_PASSWORD_AUTH"),
    _cl("An app client that hides users answers as for a wrong password", NO_SRP, NO_SRP_REF,
        example="with USER_SRP_AUTH"),
    _cl("An app client that hides users does not say that a password reset is for no user",
        "cognito-local ignores PreventUserExistenceErrors: ForgotPassword for an unknown user answers "
        "UserNotFoundException", LIB + "targets/forgotPassword.js:33-35"),
    # Attributes
    _cl("An app client without write permission on an attribute cannot change it",
        "cognito-local stores WriteAttributes but does not enforce them",
        LIB + "targets/updateUserAttributes.js:61-100 (no WriteAttributes check)"),
    # cognito-local refuses email_verified without email in the same call: the Given cannot set up.
    _cl("Cognito sends a code to verify the email address",
        "cognito-local's AdminUpdateUserAttributes refuses email_verified without email in the same call "
        "(InvalidParameterException), so an email address cannot be made unverified",
        LIB + "services/userPoolService.js:315-318"),
    _cl("A wrong code does not verify the email address",
        "cognito-local's AdminUpdateUserAttributes refuses email_verified without email in the same call "
        "(InvalidParameterException), so an email address cannot be made unverified",
        LIB + "services/userPoolService.js:315-318"),
    _cl("Cognito sends a new sign-up code when asked",
        "cognito-local does not implement ResendConfirmationCode", "README.md Supported Features"),
    # Passwords
    _cl("A wrong previous password is refused",
        "cognito-local's ChangePassword answers a wrong previous password with InvalidPasswordException, "
        "not NotAuthorizedException", LIB + "targets/changePassword.js:50-51"),
    _cl("A new password that breaks the pool's policy is refused", NO_PASSWORD_POLICY, NO_PASSWORD_POLICY_REF),
    _cl("After a change only the new password works", WRONG_PASSWORD, WRONG_PASSWORD_REF),
    _cl("Cognito says where it sent the code",
        "cognito-local's ForgotPassword names the full email address as Destination, unmasked",
        LIB + "targets/forgotPassword.js:41-45 (Destination: userEmail)"),
    # Refresh
    _cl("A refresh returns new ID and access tokens and no refresh token", NO_BEARER, NO_BEARER_REF),
    # Sign-out
    _cl("After GlobalSignOut the user's tokens are refused",
        "cognito-local does not implement GlobalSignOut", "README.md Supported Features"),
    _cl("After AdminUserGlobalSignOut the user's tokens are refused",
        "cognito-local does not implement AdminUserGlobalSignOut", "README.md Supported Features"),
    _cl("Signing in again after a global sign-out works",
        "cognito-local does not implement GlobalSignOut (the scenario cannot be set up)",
        "README.md Supported Features"),
    # Tokens
    _cl("The ID token names the user, the app client and the user pool", NOT_COGNITO_POOL_ID,
        NOT_COGNITO_POOL_ID_REF),
    _cl("The access token names the user and the app client", NOT_COGNITO_POOL_ID, NOT_COGNITO_POOL_ID_REF),
    _cl("The ID token and the access token are signed with different keys",
        "cognito-local signs every token of every pool with one key, kid \"CognitoLocal\"",
        LIB + "services/tokenGenerator.js:141-160"),
    _cl("By default ID and access tokens live one hour",
        "cognito-local's ID and access tokens live 24 hours unless the app client says otherwise",
        LIB + "services/tokenGenerator.js:144-158"),
    _cl("An app client's own token lifetimes are honoured", NO_BEARER, NO_BEARER_REF),
    _cl("A lifetime outside the allowed range is refused when the app client is created", NO_LIFETIME_CHECK,
        NO_LIFETIME_CHECK_REF),
    _cl("A lifetime outside the allowed range is refused when the app client is changed", NO_LIFETIME_CHECK,
        NO_LIFETIME_CHECK_REF),
    _cl("A refresh token still may not live longer than 3650 days", NO_LIFETIME_CHECK, NO_LIFETIME_CHECK_REF),
    _cl("An app client that states no refresh token lifetime gets 30 days",
        "cognito-local's app client states no RefreshTokenValidity unless given one, and its refresh tokens "
        "then live 7 days", LIB + "targets/createUserPoolClient.js:50, services/tokenGenerator.js:175-179"),
    _cl("The authentication time stays the original sign-in's across refreshes",
        "cognito-local sets auth_time to the time of the refresh", LIB + "services/tokenGenerator.js:90"),
    # JWT verification: a pool id that is not "<region>_<id>" has no derivable Cognito issuer.
    *(_cl(scenario, NOT_COGNITO_POOL_ID, NOT_COGNITO_POOL_ID_REF) for scenario in (
        "A genuine ID token",
        "A genuine access token",
        "A token cut to two segments",
        "A key id the user pool does not have",
        "A changed payload",
        "A signature made with another key",
        "No signature at all (alg none)",
        "An HMAC signature keyed with the user pool's public key (alg HS256)",
        "One second after the token expired",
        "An ID token checked by another app client",
        "An access token checked by another app client",
        "An access token where an ID token is expected",
        "An ID token where an access token is expected",
        "After GlobalSignOut the ID token still verifies offline, but Cognito refuses the access token",
    )),
    # MFA
    _cl("A user without MFA is asked to set it up", NO_SRP, NO_SRP_REF, example="with USER_SRP_AUTH"),
    _cl("A user without MFA is asked to set it up",
        "cognito-local answers NotAuthorizedException instead of MFA_SETUP when the pool requires MFA and the "
        "user has none", LIB + "targets/initiateAuth.js:89-93", example="with USER_PASSWORD_AUTH"),
    _cl("A user without MFA is asked to set it up", ADMIN_NO_CHALLENGE, ADMIN_NO_CHALLENGE_REF,
        example="with ADMIN_USER_PASSWORD_AUTH"),
    _cl("Setting up a software token through the challenge completes the sign-in", NO_SRP, NO_SRP_REF),
    _cl("With a software token preferred, signing in asks for a code", NO_SRP, NO_SRP_REF,
        example="with USER_SRP_AUTH"),
    _cl("With a software token preferred, signing in asks for a code", ADMIN_NO_CHALLENGE,
        ADMIN_NO_CHALLENGE_REF, example="with ADMIN_USER_PASSWORD_AUTH"),
    _cl("A code from the authenticator app completes the sign-in", NO_SRP, NO_SRP_REF,
        example="with USER_SRP_AUTH"),
    _cl("A code from the authenticator app completes the sign-in", ADMIN_NO_CHALLENGE, ADMIN_NO_CHALLENGE_REF,
        example="with ADMIN_USER_PASSWORD_AUTH"),
    _cl("A pool without software token MFA hands out no secret",
        "cognito-local hands out a TOTP secret whatever the pool's MFA configuration",
        LIB + "targets/associateSoftwareToken.js:37-71 (no pool MFA check)"),
    # Administrators
    _cl("After an administrator resets the password, signing in is refused",
        "cognito-local does not implement AdminResetUserPassword (the scenario cannot be set up)",
        "README.md Supported Features"),
    _cl("A disabled user cannot sign in",
        "cognito-local stores AdminDisableUser's flag but still signs the user in",
        "README.md Known Limitations (\"Users can't be disabled\"); "
        + LIB + "targets/initiateAuth.js:139-200 (no Enabled check)"),
    _cl("Disabling a user revokes the user's tokens",
        "cognito-local still refreshes the tokens of a disabled user",
        "README.md Known Limitations; " + LIB + "services/userPoolService.js:143-153"),
)


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

REGISTRY_COGNITO_LOCAL_SETTINGS: tuple[Divergence, ...] = (
    # Sign-in identifiers
    _cl("A user signs up with the phone number as the username", SIGNUP_NEEDS_AUTO_VERIFIED,
        SIGNUP_NEEDS_AUTO_VERIFIED_REF),
    _cl("A preferred username signs the user in once it is set", NO_ALIASES, NO_ALIASES_REF),
    _cl("An email alias signs the user in only once it is verified", NO_ALIASES, NO_ALIASES_REF),
    _cl("An email address already verified as another user's alias is refused",
        "cognito-local does not check that a verified alias is unique in the pool",
        LIB + "targets/adminUpdateUserAttributes.js:49-92, services/userPoolService.js:301-324"),
    _cl("ForceAliasCreation moves an email alias to the new user", NO_ALIASES,
        NO_ALIASES_REF + "; targets/adminCreateUser.js:86-138 (ForceAliasCreation not read)"),
    # Case sensitivity
    _cl("Where usernames are case insensitive, any capitalization signs the user in", NO_CASE_FOLDING,
        NO_CASE_FOLDING_REF + ", targets/initiateAuth.js:145"),
    _cl("Where usernames are case insensitive, another capitalization is the same username",
        NO_CASE_FOLDING + ", so the capitalized username is not found to exist; the SignUp is then refused with "
        "InvalidParameterException because the user carries none of the pool's AutoVerifiedAttributes",
        NO_CASE_FOLDING_REF + ", targets/signUp.js:71-74, 38-48"),
    _cl("Where usernames are case insensitive, the admin API finds the user by any capitalization", NO_CASE_FOLDING,
        NO_CASE_FOLDING_REF + ", targets/adminGetUser.js:27"),
    _cl("Where usernames are case sensitive, another capitalization is another user", SIGNUP_NEEDS_AUTO_VERIFIED,
        SIGNUP_NEEDS_AUTO_VERIFIED_REF),
    # Who signs up
    _cl("Where only administrators create users, SignUp is refused",
        "cognito-local's SignUp ignores AdminCreateUserConfig.AllowAdminCreateUserOnly",
        LIB + "targets/signUp.js:62-74"),
    # The schema
    _cl("Signing up without a required attribute is refused", NO_SCHEMA_CHECK, NO_SCHEMA_CHECK_REF),
    _cl("A custom string longer than its maximum length is refused", NO_SCHEMA_CHECK, NO_SCHEMA_CHECK_REF),
    _cl("A custom number outside its range is refused", NO_SCHEMA_CHECK, NO_SCHEMA_CHECK_REF),
    _cl("A developer-only attribute is written by an administrator, never by the user",
        "cognito-local names a developer-only attribute custom:<name>, never dev:custom:<name>, so the admin "
        "API's dev:custom: write is refused as not in the schema (the scenario cannot be set up)",
        LIB + "targets/createUserPool.js:59-62, services/userPoolService.js:303-307"),
    _cl("A required attribute cannot be deleted",
        "cognito-local's AdminDeleteUserAttributes removes any attribute, required or not",
        LIB + "targets/adminDeleteUserAttributes.js:26-42"),
    # Groups
    _cl("The ID token carries the groups' roles, and prefers the role of the lowest precedence",
        "cognito-local puts cognito:groups in the tokens but never cognito:roles or cognito:preferred_role",
        LIB + "services/tokenGenerator.js:118-121"),
    # Finding users
    _cl("Filters on the account's status find users by their state",
        "cognito-local's status filter compares the text with the user's Enabled flag (a boolean), so "
        "status = \"Disabled\" finds no one", LIB + "services/userPoolService.js:177"),
    _cl("ListUsers returns only the attributes asked for", LIST_USERS_ALL, LIST_USERS_ALL_REF),
    _cl("Pages of one user each add up to every match", LIST_USERS_ALL, LIST_USERS_ALL_REF),
    # Recovery and the error contract
    _cl("Where only an administrator recovers accounts, a user cannot start a reset",
        "cognito-local's ForgotPassword ignores AccountRecoverySetting and always emails a code",
        LIB + "targets/forgotPassword.js:26-45"),
    _cl("Naming something that does not exist", UNSUPPORTED_TARGET.format("DescribeResourceServer"),
        UNSUPPORTED_TARGET_REF, example="reads a resource server "),
    _cl("Naming something that does not exist", UNSUPPORTED_TARGET.format("DescribeIdentityProvider"),
        UNSUPPORTED_TARGET_REF, example="reads an identity provider "),
    _cl("A malformed access token is not authorized", MALFORMED_TOKEN, LIB + "targets/getUser.js:37-40",
        example="calls GetUser "),
    _cl("A malformed access token is not authorized", MALFORMED_TOKEN, LIB + "targets/updateUserAttributes.js:67-70",
        example="calls UpdateUserAttributes "),
    _cl("A malformed access token is not authorized", MALFORMED_TOKEN, LIB + "targets/changePassword.js:37-40",
        example="calls ChangePassword "),
    _cl("A malformed access token is not authorized", UNSUPPORTED_TARGET.format("GlobalSignOut"),
        UNSUPPORTED_TARGET_REF + "; README.md Supported Features", example="calls GlobalSignOut "),
    # The pool's life
    _cl("A stricter password policy refuses the next weak password", NO_PASSWORD_POLICY,
        LIB + "targets/adminSetUserPassword.js:25-41 (no policy check)"),
    _cl("A pool protected against deletion says so", NO_DELETION_PROTECTION, NO_DELETION_PROTECTION_REF),
    _cl("A pool protected against deletion cannot be deleted", NO_DELETION_PROTECTION, NO_DELETION_PROTECTION_REF),
    _cl("A revoked access token is not authorized",
        UNSUPPORTED_TARGET.format("GlobalSignOut") + " (the token cannot be revoked: the scenario cannot be set up)",
        UNSUPPORTED_TARGET_REF + "; README.md Supported Features"),
    _cl("A domain that does not exist is described as no domain", UNSUPPORTED_TARGET.format("DescribeUserPoolDomain"),
        UNSUPPORTED_TARGET_REF),
    _cl("An administrator's reset for a user with no verified email address or phone number",
        "cognito-local's AdminUpdateUserAttributes refuses email_verified without email in the same call "
        "(InvalidParameterException), so an email address cannot be made unverified (the scenario cannot be "
        "set up); nor does it implement AdminResetUserPassword",
        LIB + "services/userPoolService.js:315-318; README.md Supported Features"),
)
