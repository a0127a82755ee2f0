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
    Source: Developer Guide, "Understanding the access token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
      "client_id: The user pool app client that authenticated your user."
    Source: Developer Guide, "Understanding the access token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
      "username: The user's username in the user pool."
    Source: Developer Guide, "Understanding the access token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
      "A token from Amazon Cognito API sign-in only contains the scope aws.cognito.signin.user.admin."
    Source: Developer Guide, "Understanding the access token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
      "aud: The URL of the API that the access token is intended to authorize for. Present only if your application requested a resource binding from your authorization server."
    Source: Developer Guide, "Understanding the access token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
      "token_use: The intended purpose of the token. In an access token, its value is access."
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "The issuer (iss) claim should match your user pool. For example, a user pool created in the us-east-1 Region will have the following iss value: https://cognito-idp.us-east-1.amazonaws.com/<userpoolID>."
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_scope_in_access_token
      "the access token of an API sign-in has scope == aws.cognito.signin.user.admin"
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_initiate_auth_USER_PASSWORD_AUTH
      "the access token's username is the user's username and its client_id the app client's id; it has no email claim"
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
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "Amazon Cognito signs tokens with an alg of RS256. The kid is a truncated reference to a 2048-bit RSA private signing key held by your user pool."
    Source: Developer Guide, "Understanding the access token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
      "kid: The key ID. Its value indicates the key that was used to secure the JSON Web Signature (JWS) of the token. You can view your user pool signing key IDs at the jwks_uri endpoint."
    Then Alice's ID token and access token name RS256 and a key in the user pool's JWKS

  Scenario: The ID token and the access token are signed with different keys
    Source: Developer Guide, "Understanding the access token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
      "Amazon Cognito signs access tokens with a different key from the key that signs ID tokens. The value of an access key ID (kid) claim won't match the value of the kid claim in an ID token from the same user session."
    Then Alice's ID token and access token name different keys
