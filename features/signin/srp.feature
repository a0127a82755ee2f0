@signin
Feature: Signing in with Secure Remote Password (USER_SRP_AUTH)
  The password never leaves the client: Cognito answers InitiateAuth with a PASSWORD_VERIFIER
  challenge, and the client proves with RespondToAuthChallenge that it knows the password.
  Checks: Developer Guide "Authentication flows", SRP; API InitiateAuth, RespondToAuthChallenge.

  Background:
    Given Alice is a confirmed user

  Scenario: Cognito challenges the client to prove the password
    Source: Developer Guide, "Authentication flows", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html
      "Amazon Cognito responds with a PASSWORD_VERIFIER challenge."
    Source: API Reference, AdminInitiateAuth, ChallengeParameters, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html
      "In SRP challenges, Amazon Cognito returns the username attribute in USER_ID_FOR_SRP instead of any email address, preferred username, or phone number alias that you might have specified in your AdminInitiateAuth request."
    When Alice starts signing in with USER_SRP_AUTH
    Then Cognito challenges Alice with PASSWORD_VERIFIER
    And the challenge carries SALT, SRP_B, SECRET_BLOCK and USER_ID_FOR_SRP

  Scenario: The challenge names the user by the username
    Source: API Reference, AdminInitiateAuth, ChallengeParameters, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html
      "In SRP challenges, Amazon Cognito returns the username attribute in USER_ID_FOR_SRP instead of any email address, preferred username, or phone number alias that you might have specified in your AdminInitiateAuth request."
    When Alice starts signing in with USER_SRP_AUTH
    Then the challenge's USER_ID_FOR_SRP is Alice's username

  Scenario: A proof of the right password returns the tokens
    Source: Developer Guide, "Authentication flows", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html
      "On a successful PASSWORD_VERIFIER challenge response, Amazon Cognito issues tokens or another required challenge like multi-factor authentication (MFA)."
    Source: API Reference, AuthenticationResultType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AuthenticationResultType.html
      "TokenType: The intended use of the token, for example Bearer."
    Source: API Reference, AuthenticationResultType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AuthenticationResultType.html
      "ExpiresIn: The expiration period of the authentication result in seconds."
    Source: API Reference, CreateUserPoolClient, AccessTokenValidity, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "If you don't specify otherwise in the configuration of your app client, your access tokens are valid for one hour."
    When Alice signs in with USER_SRP_AUTH
    Then Alice receives an ID token, an access token and a refresh token
    And the tokens are Bearer tokens that expire in 3600 seconds

  Scenario: A proof made with a wrong password is refused
    Source: Developer Guide, "Managing user existence error responses", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
      "When you send a RespondToAuthChallenge API request with proof of password, Amazon Cognito returns a generic NotAuthorizedException error when either username or password is incorrect."
    When Alice signs in with USER_SRP_AUTH using a wrong password
    Then it fails with NotAuthorizedException
