@sessions
Feature: Auth sessions
  Each challenge comes with a Session that lives AuthSessionValidity minutes (3 to 15, by default 3):
  the answer must come before it expires.
  Checks: API CreateUserPoolClient AuthSessionValidity; RespondToAuthChallenge Session.

  Background:
    Given a user pool whose app clients differ in revocation, rotation and auth sessions
    And the app client gives 3 minutes to answer a challenge
    And an administrator has created an account for Alice with a temporary password
    And Alice has signed in with USER_PASSWORD_AUTH and been challenged with NEW_PASSWORD_REQUIRED

  @slow
  Scenario: A challenge answered after its session expired is refused
    Source: API Reference, CreateUserPoolClient, AuthSessionValidity, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "Amazon Cognito creates a session token for each API request in an authentication flow. AuthSessionValidity is the duration, in minutes, of that session token. Your user pool native user must respond to each authentication challenge before the session expires."
    Given 3 minutes and 30 seconds have passed since the challenge
    When Alice answers with a new password
    Then the answer is refused

  @slow
  Scenario: A challenge answered inside its session is accepted
    Source: API Reference, CreateUserPoolClient, AuthSessionValidity, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "Your user pool native user must respond to each authentication challenge before the session expires."
    Given 2 minutes and 0 seconds have passed since the challenge
    When Alice answers with a new password
    Then Alice receives an ID token, an access token and a refresh token
