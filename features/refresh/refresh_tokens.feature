@refresh
Feature: Refreshing tokens
  REFRESH_TOKEN_AUTH trades the refresh token for a new ID token and a new access token.
  No new refresh token comes back: the one from signing in stays in use until it expires.
  Checks: Developer Guide "Using the refresh token"; API InitiateAuth, AdminInitiateAuth.

  Background:
    Given Alice is a confirmed user
    And Alice is signed in

  Scenario Outline: A refresh returns new ID and access tokens and no refresh token
    Source: Developer Guide, "Refresh tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
      "When this setting is disabled, token-refresh requests return new access and ID tokens only and the original refresh token remains valid."
    Source: Developer Guide, "Refresh tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
      "Amazon Cognito returns new ID and access tokens after your API request passes all challenges."
    Source: API Reference, AuthenticationResultType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AuthenticationResultType.html
      "TokenType: The intended use of the token, for example Bearer."
    Source: API Reference, CreateUserPoolClient, AccessTokenValidity, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "If you don't specify otherwise in the configuration of your app client, your access tokens are valid for one hour."
    Verified on AWS for InitiateAuth: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_initiate_auth_REFRESH_TOKEN
      "refreshes with the refresh token and reads username and client_id from the new access token and sub, cognito:username and aud from the new ID token"
    When Alice refreshes the tokens through <operation>
    Then Alice receives an ID token and an access token
    And no refresh token comes back
    And the tokens are Bearer tokens that expire in 3600 seconds

    Examples:
      | operation         |
      | InitiateAuth      |
      | AdminInitiateAuth |

  Scenario: The refreshed access token works
    Source: Developer Guide, "Refresh tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
      "You can use the refresh token to retrieve new ID and access tokens."
    Source: API Reference, GetUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html
      "Authorize this action with a signed-in user's access token. It must include the scope aws.cognito.signin.user.admin."
    Given Alice has refreshed the tokens
    When Alice reads the account's attributes
    Then it succeeds
