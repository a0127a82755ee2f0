@passwordless
Feature: Choice-based sign-in
  With USER_AUTH (a pool on the Essentials plan or above, an app client with ALLOW_USER_AUTH) the user
  signs in with a factor the pool's sign-in policy allows: named up front as PREFERRED_CHALLENGE, or
  chosen from the AvailableChallenges of a SELECT_CHALLENGE. This pool allows the password only; email
  and SMS one-time passwords need a pool that sends through Amazon SES or SNS, and passkeys a relying party.
  Checks: API InitiateAuth (AuthFlow, AuthParameters, AvailableChallenges), GetUserAuthFactors,
  SignInPolicyType, StartWebAuthnRegistration.

  Background:
    Given a user pool where users choose how to sign in, by password only
    And the app client lets users choose how to sign in
    And Alice is a confirmed user

  Scenario: The password, named as the preferred challenge, signs the user in
    Source: API Reference, InitiateAuth, AuthFlow, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "USER_AUTH: The entry point for choice-based authentication with passwords, one-time passwords, and WebAuthn authenticators. Request a preferred authentication type or review available authentication types."
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "PASSWORD: Respond with the user's password as PASSWORD."
    When Alice signs in with USER_AUTH preferring PASSWORD
    Then Alice receives an ID token, an access token and a refresh token

  Scenario: The SRP password proof, named as the preferred challenge, signs the user in
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "PASSWORD_SRP: Respond with the initial SRP secret as SRP_A."
    Source: Developer Guide, "Authentication flows", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html
      "On a successful PASSWORD_VERIFIER challenge response, Amazon Cognito issues tokens or another required challenge like multi-factor authentication (MFA)."
    When Alice signs in with USER_AUTH preferring PASSWORD_SRP and proves the password
    Then Alice receives an ID token, an access token and a refresh token

  Scenario: Without a preference Cognito offers the password to choose
    Source: API Reference, InitiateAuth, AuthParameters, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "If you don't provide a value for PREFERRED_CHALLENGE, Amazon Cognito responds with the AvailableChallenges parameter that specifies the available sign-in methods."
    When Alice starts signing in with USER_AUTH without a preference
    Then Cognito offers PASSWORD to choose from

  Scenario: Choosing the password in SELECT_CHALLENGE signs the user in
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "SELECT_CHALLENGE: Respond with a challenge selection as ANSWER. It must be one of the challenge types in the AvailableChallenges response parameter."
    When Alice starts signing in with USER_AUTH without a preference
    And Alice chooses PASSWORD and gives the password
    Then Alice receives an ID token, an access token and a refresh token

  @undocumented
  Scenario: A first factor the pool does not allow is refused
    Choice: the documentation lists the factors a sign-in policy allows but names no error for asking for another; the suite pins only that no tokens and no challenge of that factor come back.
    Source: API Reference, SignInPolicyType, AllowedFirstAuthFactors, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignInPolicyType.html
      "The sign-in methods that a user pool supports as the first factor."
    Given Alice has signed in with USER_AUTH preferring PASSWORD
    When Alice signs in with USER_AUTH preferring EMAIL_OTP
    Then the sign-in gives neither tokens nor an EMAIL_OTP challenge

  Scenario: The user's sign-in factors include the password
    Source: API Reference, GetUserAuthFactors, ConfiguredUserAuthFactors, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserAuthFactors.html
      "The authentication types that are available to the user with USER_AUTH sign-in, for example ["PASSWORD", "WEB_AUTHN"]."
    Given Alice is signed in
    When Alice asks which sign-in factors she has
    Then the factors include PASSWORD

  Scenario: A pool without passkeys refuses a passkey registration
    Source: API Reference, StartWebAuthnRegistration, WebAuthnNotEnabledException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StartWebAuthnRegistration.html
      "This exception is thrown when the passkey feature isn't enabled for the user pool."
    Given Alice is signed in
    When Alice starts registering a passkey
    Then it fails with WebAuthnNotEnabledException
