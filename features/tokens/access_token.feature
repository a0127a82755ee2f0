@tokens
Feature: What the access token says
  The access token authorizes the user-pool API for the user. It names the app client in
  `client_id` (it has no `aud` for the client) and the user in `username`; tokens from the API
  carry only the scope aws.cognito.signin.user.admin.
  Checks: Developer Guide "Understanding the access token"; docs/cognito-spec.md section 3.4.

  Background:
    Given Alice is a confirmed user
    And Alice is signed in

  Scenario: The access token names the user and the app client
    Then Alice's access token says
      | claim     | value                           |
      | sub       | Alice's sub                     |
      | client_id | the app client's id             |
      | username  | Alice's username                |
      | iss       | the user pool's issuer          |
      | token_use | "access"                        |
      | scope     | "aws.cognito.signin.user.admin" |
      | auth_time | a time                          |
      | iat       | a time                          |
      | exp       | a time                          |
    And Alice's access token has no aud claim

  Scenario: Both tokens are RS256 JWTs signed with a key of the user pool
    Then Alice's ID token and access token name RS256 and a key in the user pool's JWKS

  Scenario: The ID token and the access token are signed with different keys
    Then Alice's ID token and access token name different keys
