@oauth
Feature: The userInfo endpoint and revoking tokens
  userInfo tells an app about the user an access token from the token endpoint names, within
  that token's scopes; revoking a refresh token also ends the access tokens it produced.
  Checks: Developer Guide "userInfo endpoint" and "Revoke endpoint"; docs/cognito-spec.md sections 5.2 and 9.5.

  Background:
    Given a user pool with a hosted UI
    And Alice is a confirmed user

  Scenario: userInfo names the user and the attributes the scopes allow
    Given Alice has tokens from the hosted UI
    When the app asks the userInfo endpoint with Alice's access token
    Then the userInfo endpoint says
      | claim          | value                 |
      | sub            | Alice's sub           |
      | username       | Alice's username      |
      | email          | Alice's email address |
      | email_verified | "true"                |

  Scenario: userInfo refuses an access token from InitiateAuth
    Given Alice is signed in
    When the app asks the userInfo endpoint with Alice's access token
    Then the userInfo endpoint does not accept the token

  Scenario: Revoking a refresh token ends it and the access tokens it produced
    Given Alice has tokens from the hosted UI
    When the app revokes Alice's refresh token
    Then the revocation endpoint accepts it
    And Alice's refresh token no longer works at the token endpoint
    And the userInfo endpoint refuses Alice's access token with invalid_token

  Scenario: Revoking a token Cognito never issued still succeeds
    When the app revokes a token Cognito never issued
    Then the revocation endpoint accepts it
