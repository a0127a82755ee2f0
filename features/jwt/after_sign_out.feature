@jwt
Feature: Tokens after a global sign-out
  A global sign-out revokes the tokens in Cognito, not in the tokens themselves: a revoked JWT
  still verifies offline by signature and expiry, so an application that only verifies tokens
  keeps accepting it until it expires. Cognito itself refuses the revoked access token.
  Checks: Developer Guide "Revoking tokens" ("revoked tokens will still be valid if they are
  verified using any JWT library that verifies the signature and expiration"); docs/cognito-spec.md section 5.1.

  Scenario: After GlobalSignOut the ID token still verifies offline, but Cognito refuses the access token
    Source: Developer Guide, "Revoking tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html
      "revoked tokens will still be valid if they are verified using any JWT library that verifies the signature and expiration"
    Source: API Reference, GlobalSignOut, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GlobalSignOut.html
      "Amazon Cognito returns an Access Token has been revoked error when your app attempts to authorize a user pools API request with a revoked access token that contains the scope aws.cognito.signin.user.admin."
    Source: API Reference, GetUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html
      "NotAuthorizedException: This exception is thrown when a user isn't authorized."
    Given Alice is a confirmed user
    And Alice is signed in
    When Alice signs out everywhere
    Then Alice's ID token still passes all seven steps
    And Alice's access token is refused with NotAuthorizedException
