@jwt
Feature: Tokens after a global sign-out
  A global sign-out revokes the tokens in Cognito, not in the tokens themselves: a revoked JWT
  still verifies offline by signature and expiry, so an application that only verifies tokens
  keeps accepting it until it expires. Cognito itself refuses the revoked access token.
  Checks: Developer Guide "Revoking tokens" ("revoked tokens will still be valid if they are
  verified using any JWT library that verifies the signature and expiration"); docs/cognito-spec.md section 5.1.

  Scenario: After GlobalSignOut the ID token still verifies offline, but Cognito refuses the access token
    Given Alice is a confirmed user
    And Alice is signed in
    When Alice signs out everywhere
    Then Alice's ID token still passes all seven steps
    And Alice's access token is refused with NotAuthorizedException
