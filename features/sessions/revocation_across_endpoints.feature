@sessions @oauth
Feature: The revoke endpoint and RevokeToken revoke the same tokens
  A refresh token from the hosted UI is the user pool's refresh token: revoked at /oauth2/revoke, the
  API refuses it and the access token issued with it; revoked through RevokeToken, the token endpoint
  refuses it.
  Checks: Developer Guide "The token revocation endpoint", "Ending user sessions with token revocation"; API RevokeToken.

  Background:
    Given a user pool with a hosted UI
    And Alice is a confirmed user
    And Alice has tokens from the hosted UI
    And Cognito's API accepts Alice's access token and refresh token

  Scenario: A refresh token revoked at the revoke endpoint is refused by the API
    Source: Developer Guide, "The token revocation endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/revocation-endpoint.html
      "This endpoint also revokes the refresh token itself and all subsequent access and identity tokens from the same refresh token. After the endpoint revokes the tokens, you can't use the revoked access tokens to access APIs that Amazon Cognito tokens authenticate."
    Source: AWS re:Post Knowledge Center, "revoke cognito jwt token", https://repost.aws/knowledge-center/revoke-cognito-jwt-token
      "An error occurred (NotAuthorizedException) when calling the AdminInitiateAuth operation: Refresh Token has been revoked"
    When the app revokes Alice's refresh token
    Then the revocation endpoint accepts it
    And Alice's refresh token is refused with NotAuthorizedException
    And Alice's access token is refused with NotAuthorizedException

  Scenario: A refresh token revoked through RevokeToken no longer works at the token endpoint
    Source: Developer Guide, "Ending user sessions with token revocation", https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html
      "RevokeToken revokes all access tokens for a given refresh token, including the initial access token from interactive sign-in."
    When Alice revokes the refresh token
    Then it succeeds
    And Alice's refresh token no longer works at the token endpoint
