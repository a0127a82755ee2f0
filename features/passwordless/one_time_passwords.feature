@passwordless
Feature: Signing in with a one-time password
  With USER_AUTH a user whose pool allows EMAIL_OTP or SMS_OTP as a first factor signs in with a code
  Cognito sends by email (through the pool's Amazon SES identity) or by SMS (through Amazon SNS), instead
  of a password. The code comes from the run's code source (README.md#delivered-codes).
  Checks: API InitiateAuth (PREFERRED_CHALLENGE, ChallengeName), RespondToAuthChallenge, SignInPolicyType.

  Scenario: An emailed one-time password, named as the preferred challenge, is asked for
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "EMAIL_OTP: Respond with the code that your user pool delivered in an email message, as EMAIL_OTP_CODE"
    Source: API Reference, SignInPolicyType, AllowedFirstAuthFactors, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignInPolicyType.html
      "The sign-in methods that a user pool supports as the first factor."
    Given a user pool where users may sign in with a code sent by email
    And the app client lets users choose how to sign in
    And Alice is a confirmed user
    When Alice signs in with USER_AUTH preferring EMAIL_OTP
    Then Cognito challenges Alice with EMAIL_OTP

  Scenario: The emailed one-time password signs the user in
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "EMAIL_OTP: Respond with the code that your user pool delivered in an email message, as EMAIL_OTP_CODE"
    Source: API Reference, InitiateAuth, AuthFlow, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "USER_AUTH: The entry point for choice-based authentication with passwords, one-time passwords, and WebAuthn authenticators. Request a preferred authentication type or review available authentication types."
    Given a user pool where users may sign in with a code sent by email
    And the app client lets users choose how to sign in
    And Alice is a confirmed user
    When Alice signs in with USER_AUTH preferring EMAIL_OTP
    And Alice answers with the one-time password Cognito sent
    Then Alice receives an ID token, an access token and a refresh token

  Scenario: A one-time password by SMS, named as the preferred challenge, is asked for
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "SMS_OTP: Respond with the code that your user pool delivered in an SMS message, as SMS_OTP_CODE."
    Source: API Reference, SignInPolicyType, AllowedFirstAuthFactors, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignInPolicyType.html
      "The sign-in methods that a user pool supports as the first factor."
    Given a user pool where users may sign in with a code sent by SMS
    And the app client lets users choose how to sign in
    And Alice is a confirmed user
    And Alice has a verified phone number
    When Alice signs in with USER_AUTH preferring SMS_OTP
    Then Cognito challenges Alice with SMS_OTP

  Scenario: The one-time password sent by SMS signs the user in
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "SMS_OTP: Respond with the code that your user pool delivered in an SMS message, as SMS_OTP_CODE."
    Source: API Reference, InitiateAuth, AuthFlow, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "USER_AUTH: The entry point for choice-based authentication with passwords, one-time passwords, and WebAuthn authenticators. Request a preferred authentication type or review available authentication types."
    Given a user pool where users may sign in with a code sent by SMS
    And the app client lets users choose how to sign in
    And Alice is a confirmed user
    And Alice has a verified phone number
    When Alice signs in with USER_AUTH preferring SMS_OTP
    And Alice answers with the one-time password Cognito sent
    Then Alice receives an ID token, an access token and a refresh token
