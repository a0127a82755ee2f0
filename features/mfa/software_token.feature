@mfa
Feature: Software token MFA (TOTP)
  A signed-in user adds an authenticator app: AssociateSoftwareToken hands out a secret, the app
  computes codes from it (TOTP: HMAC-SHA1, 6 digits, 30-second steps), VerifySoftwareToken checks
  one, and SetUserMFAPreference makes it the factor Cognito asks for at sign-in.
  Checks: Developer Guide "TOTP software token MFA"; docs/cognito-spec.md section 8.

  Background:
    Given a user pool where MFA is optional
    And Alice is a confirmed user
    And Alice is signed in

  Scenario: A user without MFA has no MFA setting
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_initiate_auth_USER_PASSWORD_AUTH
      "after the user's software token MFA is turned off, AdminGetUser has no UserMFASettingList entry and no PreferredMfaSetting; the test's comment records that AWS returns no values (moto returns empty ones)"
    Then an administrator sees no MFA setting on Alice's account

  @undocumented
  Scenario: Cognito hands out a secret for an authenticator app
    Choice: the secret is base32 (what authenticator apps read) of at least 128 bits, the least RFC 4226 allows for an HOTP/TOTP shared secret. The API Reference says only that SecretCode matches [A-Za-z0-9]+ with at least 16 characters.
    Source: API Reference, AssociateSoftwareToken, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssociateSoftwareToken.html
      "Begins setup of time-based one-time password (TOTP) multi-factor authentication (MFA) for a user, with a unique private key that Amazon Cognito generates and returns in the API response."
    Source: Developer Guide, "TOTP software token MFA", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html
      "Your user must enter the key into a TOTP-generating app like Google Authenticator, either by scanning the QR code that your application generates from the private key or by manually entering the key."
    When Alice adds a software token
    Then it succeeds
    And Cognito gives Alice a secret for an authenticator app

  Scenario: Each user gets a secret of their own
    Source: Developer Guide, "TOTP software token MFA", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html
      "When your user chooses TOTP software token MFA, call AssociateSoftwareToken to return a unique generated shared secret key code for the user account."
    Given Bob is a confirmed user
    And Bob is signed in
    When Alice adds a software token
    And Bob adds a software token
    Then Alice's and Bob's secrets differ

  Scenario: A code from the authenticator app confirms the software token
    Source: Developer Guide, "TOTP software token MFA", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html
      "Amazon Cognito has retained the secret key associated with the user, and generates a TOTP and compares it with the one that your user provided. If they match, VerifySoftwareToken returns a SUCCESS response."
    Source: Developer Guide, "TOTP software token MFA", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html
      "Amazon Cognito only accepts TOTPs from authenticator apps that generate codes with the HMAC-SHA1 hash function."
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_user_authentication_flow_mfa_optional
      "VerifySoftwareToken with the current pyotp code of the secret returns Status SUCCESS"
    Given Alice has added a software token
    When Alice confirms the software token with a code from the authenticator app
    Then the software token is confirmed

  Scenario: A wrong code does not confirm the software token
    Source: API Reference, VerifySoftwareToken, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifySoftwareToken.html
      "EnableSoftwareTokenMFAException: This exception is thrown when there is a code mismatch and the service fails to configure the software token TOTP multi-factor authentication (MFA)."
    Verified on AWS: localstack/localstack-docs src/data/coverage/cognito-idp.json::test_software_token_mfa
      "LocalStack's AWS-validated test_software_token_mfa saw VerifySoftwareToken with the user's access token return 400 EnableSoftwareTokenMFAException, and 200 with the right code"
    Given Alice has added a software token
    When Alice confirms the software token with a wrong code
    Then it fails with EnableSoftwareTokenMFAException

  Scenario: The confirmed software token becomes the preferred MFA
    Source: API Reference, SetUserMFAPreference, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserMFAPreference.html
      "Set the user's multi-factor authentication (MFA) method preference, including which MFA factors are activated and if any are preferred."
    Source: API Reference, AdminGetUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html
      "PreferredMfaSetting: The user's preferred MFA. Users can prefer SMS message, email message, or TOTP MFA."
    Given Alice has added and confirmed a software token
    When Alice makes the software token the preferred MFA
    Then it succeeds
    And Alice's preferred MFA is SOFTWARE_TOKEN_MFA

  Scenario Outline: With a software token preferred, signing in asks for a code
    Source: API Reference, SetUserPoolMfaConfig, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html
      "MfaConfiguration: ... Amazon Cognito generates MFA prompts in API responses and in managed login for users who have chosen and configured a preferred MFA factor."
    Source: Developer Guide, "Adding MFA to a user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
      "If MFA is optional, determine if the user has previously set up a TOTP authenticator. If they have set up TOTP, prompt for TOTP MFA. ... After the user responds to the MFA_SETUP challenge with the session token from a VerifySoftwareToken request, prompt them with an SOFTWARE_TOKEN_MFA challenge."
    Source: Developer Guide, "Adding MFA to a user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
      "A user pools prompts a user for MFA codes when user pool settings and their own user-level settings meet the following conditions: You set MFA to optional or required in your user pool. ... At least one MFA factor is active. One MFA factor is set as preferred."
    Verified on AWS for USER_SRP_AUTH: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_user_authentication_flow_mfa_optional
      "in a pool with MFA OPTIONAL, after VerifySoftwareToken and SetUserMFAPreference (software token preferred), USER_SRP_AUTH gives ChallengeName SOFTWARE_TOKEN_MFA"
    Given Alice has set up a software token
    When Alice signs in with <flow>
    Then Cognito challenges Alice with SOFTWARE_TOKEN_MFA

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario Outline: A code from the authenticator app completes the sign-in
    Source: Developer Guide, "TOTP software token MFA", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html
      "If the token is verified by Amazon Cognito, the sign-in is successful and your user continues with the authentication flow."
    Verified on AWS for USER_SRP_AUTH: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_user_authentication_flow_mfa_optional
      "answering SOFTWARE_TOKEN_MFA with a fresh TOTP code returns an AccessToken, an IdToken and a RefreshToken"
    Given Alice has set up a software token
    And Alice has signed in with <flow> and been challenged with SOFTWARE_TOKEN_MFA
    When Alice answers with a code from the authenticator app
    Then Alice receives an ID token, an access token and a refresh token

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: A wrong software token code is refused at sign-in
    Source: API Reference, RespondToAuthChallenge, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html
      "CodeMismatchException: This exception is thrown if the provided code doesn't match what the server was expecting."
    Given Alice has set up a software token
    And Alice has signed in with USER_PASSWORD_AUTH and been challenged with SOFTWARE_TOKEN_MFA
    When Alice answers with a wrong code
    Then it fails with CodeMismatchException

  Scenario: A code that set up the software token cannot complete a sign-in
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_user_authentication_flow_mfa_optional
      "after VerifySoftwareToken with a code, the test waits for the next code before answering SOFTWARE_TOKEN_MFA at a USER_SRP_AUTH sign-in, because AWS refuses the same code: its comment reads 'AWS needs a new user code, otherwise they will throw an exception ExpiredCodeException: Your software token has already been used once.'"
    Given Alice has set up a software token with a code the app has just shown
    And Alice has signed in with USER_SRP_AUTH and been challenged with SOFTWARE_TOKEN_MFA
    When Alice answers with the code that set up the software token
    Then it fails with ExpiredCodeException

  Scenario: Without MFA set up, a user of a pool where MFA is optional signs in directly
    Source: Developer Guide, "Adding MFA to a user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
      "Optional | Not configured | Yes | No | Yes"
    Source: API Reference, SetUserPoolMfaConfig, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html
      "MfaConfiguration: ... When MfaConfiguration is OPTIONAL, managed login doesn't automatically prompt users to set up MFA. Amazon Cognito generates MFA prompts in API responses and in managed login for users who have chosen and configured a preferred MFA factor."
    Source: Developer Guide, "Adding MFA to a user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
      "If MFA is optional, determine if the user has previously set up a TOTP authenticator. ... Determine if the adaptive authentication feature of threat protection has required the user to set up MFA. If it hasn't assigned MFA, the user is signed in."
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice receives an ID token, an access token and a refresh token
