@signup
Feature: App clients with a client secret
  An app client with a secret (a confidential client) accepts a request only with a
  SECRET_HASH: Base64(HMAC-SHA256(client secret, username + client id)).
  Checks: Developer Guide "Computing secret hash values"; API SignUp, InitiateAuth.

  Background:
    Given the app client has a client secret

  Scenario: Signing up with the secret hash succeeds
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "When you assign a client secret to your app client, your Amazon Cognito user pools API requests must include a hash that includes the client secret in the request body."
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "The secret hash value is a Base 64-encoded keyed-hash message authentication code (HMAC) calculated using the secret key of a user pool client and username plus the client ID in the message."
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "The user has successfully signed up, but cannot sign in until the user account is confirmed. The user is enabled but not confirmed in this state."
    When Alice signs up
    Then it succeeds
    And Alice's account is UNCONFIRMED

  Scenario: Signing up without the secret hash is refused
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "When you assign a client secret to your app client, your Amazon Cognito user pools API requests must include a hash that includes the client secret in the request body."
    Source: AWS re:Post Knowledge Center, "How do I troubleshoot Unable to verify secret hash for client errors from my Amazon Cognito user pools API?", https://repost.aws/knowledge-center/cognito-unable-to-verify-secret-hash
      "If a secret hash isn't provided in the APIs query argument, then Amazon Cognito returns an Unable to verify secret hash for client <client-id> error."
    Source: API Reference, ForgotPassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html
      "If your app client has a client secret and you don't provide a SECRET_HASH parameter, this API returns NotAuthorizedException."
    When Alice signs up without the secret hash
    Then it fails with NotAuthorizedException
    And Alice has no account

  Scenario: Signing in with the secret hash succeeds
    Source: API Reference, InitiateAuth, AuthParameters, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "Add a SECRET_HASH parameter if your app client has a client secret."
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_initiate_auth_USER_PASSWORD_AUTH
      "signs in with USER_PASSWORD_AUTH and a SECRET_HASH on an app client with a secret and asserts a RefreshToken and TokenType Bearer"
    Given Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice receives an ID token, an access token and a refresh token

  Scenario Outline: Signing in without the secret hash is refused
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "When you assign a client secret to your app client, your Amazon Cognito user pools API requests must include a hash that includes the client secret in the request body."
    Source: AWS re:Post Knowledge Center, "How do I troubleshoot Unable to verify secret hash for client errors from my Amazon Cognito user pools API?", https://repost.aws/knowledge-center/cognito-unable-to-verify-secret-hash
      "If a secret hash isn't provided in the APIs query argument, then Amazon Cognito returns an Unable to verify secret hash for client <client-id> error."
    Source: API Reference, ForgotPassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html
      "If your app client has a client secret and you don't provide a SECRET_HASH parameter, this API returns NotAuthorizedException."
    Given Alice is a confirmed user
    When Alice signs in with <flow> without the secret hash
    Then it fails with NotAuthorizedException

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |
