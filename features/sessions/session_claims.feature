@sessions
Feature: The claims that tie tokens to their session
  With token revocation on, the ID and access tokens carry jti, their own identifier, and origin_jti,
  the identifier of the refresh token they came from; tokens from a refresh keep the origin_jti and get
  a new jti. (device_key, the claim of a tracked device, is in features/devices.)
  Checks: AWS re:Post Knowledge Center "cognito revoke refresh tokens"; Developer Guide "Revoking tokens".

  Background:
    Given a user pool whose app clients differ in revocation, rotation and auth sessions
    And the app client revokes tokens
    And Alice is a confirmed user
    And Alice is signed in

  Scenario: Tokens of an app client that revokes tokens carry jti and origin_jti
    Source: AWS re:Post Knowledge Center, "cognito revoke refresh tokens", https://repost.aws/knowledge-center/cognito-revoke-refresh-tokens
      "When you turn on token revocation settings, the origin_jti and jti claims are added to the access and ID tokens."
    Then Alice's ID token says
      | claim      | value  |
      | jti        | a text |
      | origin_jti | a text |
    And Alice's access token says
      | claim      | value  |
      | jti        | a text |
      | origin_jti | a text |

  Scenario: The tokens of one sign-in share an origin_jti, and each has a jti of its own
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_jti_in_tokens
      "after a sign-in, origin_jti and jti parse as UUIDs, the access and ID tokens share the origin_jti, and the access token's jti differs from the ID token's"
    Then Alice's ID and access tokens share one origin_jti and each has a jti of its own, all UUIDs

  Scenario: A new sign-in starts a new origin_jti
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_jti_in_tokens
      "a second sign-in (USER_SRP_AUTH) gives an origin_jti other than the first session's, shared by its access and ID tokens, whose jti values differ"
    Given Alice's tokens at this point are noted
    When Alice signs in with USER_PASSWORD_AUTH
    Then the new tokens have a new origin_jti

  Scenario: A refresh keeps origin_jti and gives new jti values
    Source: AWS re:Post Knowledge Center, "cognito revoke refresh tokens", https://repost.aws/knowledge-center/cognito-revoke-refresh-tokens
      "When the REFRESH_TOKEN authentication flow is used to generate new access and ID tokens, the new access and ID tokens have the same origin_jti claim. The jti claims are different."
    Given Alice's tokens at this point are noted
    When Alice refreshes the tokens through InitiateAuth
    Then the new tokens keep the origin_jti and have new jti values
