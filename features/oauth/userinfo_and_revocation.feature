@oauth
Feature: The userInfo endpoint and revoking tokens
  userInfo tells an app about the user an access token from the token endpoint names, within
  that token's scopes; revoking a refresh token also ends the access tokens it produced.
  Checks: Developer Guide "userInfo endpoint" and "Revoke endpoint"; docs/cognito-spec.md sections 5.2 and 9.5.

  Background:
    Given a user pool with a hosted UI
    And Alice is a confirmed user

  Scenario: userInfo names the user and the attributes the scopes allow
    Source: Developer Guide, "The user attributes endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/userinfo-endpoint.html
      "Returns basic profile information and the email and email_verified attributes."
    Source: Developer Guide, "The user attributes endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/userinfo-endpoint.html
      "Currently, Amazon Cognito returns the values for email_verified and phone_number_verified as strings."
    Source: Developer Guide, "The user attributes endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/userinfo-endpoint.html
      "{ "sub": "[UUID]", "email_verified": "true", ... "email": "bob@example.com", "username": "bob" }"
    Given Alice has tokens from the hosted UI
    When the app asks the userInfo endpoint with Alice's access token
    Then the userInfo endpoint says
      | claim          | value                 |
      | sub            | Alice's sub           |
      | username       | Alice's username      |
      | email          | Alice's email address |
      | email_verified | "true"                |

  Scenario: userInfo refuses an access token from InitiateAuth
    Source: Developer Guide, "The user attributes endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/userinfo-endpoint.html
      "Because they don't contain any scopes, the userInfo endpoint doesn't accept these access tokens. Instead, you must present access tokens from your token endpoint."
    Given Alice is signed in
    When the app asks the userInfo endpoint with Alice's access token
    Then the userInfo endpoint does not accept the token

  Scenario: Revoking a refresh token ends it and the access tokens it produced
    Source: Developer Guide, "The token revocation endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/revocation-endpoint.html
      "This endpoint also revokes the refresh token itself and all subsequent access and identity tokens from the same refresh token."
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "invalid_grant ... Refresh token has been revoked."
    Source: Developer Guide, "The user attributes endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/userinfo-endpoint.html
      "invalid_token ... The access token is expired, revoked, malformed, or it's invalid."
    Given Alice has tokens from the hosted UI
    When the app revokes Alice's refresh token
    Then the revocation endpoint accepts it
    And Alice's refresh token no longer works at the token endpoint
    And the userInfo endpoint refuses Alice's access token with invalid_token

  Scenario: Revoking a token Cognito never issued still succeeds
    Source: Developer Guide, "The token revocation endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/revocation-endpoint.html
      "If the token has been revoked or if the client submitted a token that isn't valid, you receive an HTTP 200 OK."
    When the app revokes a token Cognito never issued
    Then the revocation endpoint accepts it
