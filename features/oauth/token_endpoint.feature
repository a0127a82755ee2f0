@oauth
Feature: Exchanging a code and refreshing at the token endpoint
  The app exchanges the code for tokens once, within five minutes, with the callback URL it was
  issued for and, when it sent a PKCE challenge, the matching verifier. An app client with a
  secret proves it; a refresh brings new tokens but no new refresh token.
  Checks: Developer Guide "Token endpoint"; docs/cognito-spec.md sections 9.1 and 9.4.

  Background:
    Given a user pool with a hosted UI
    And Alice is a confirmed user

  Scenario: The code is exchanged for an ID token, an access token and a refresh token
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "Users who have completed a request for an authorization code grant. Successful redemption of a code returns ID, access, and refresh tokens."
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "{ "access_token": "eyJra1example", "id_token": "eyJra2example", "refresh_token": "eyJj3example", "token_type": "Bearer", "expires_in": 3600 }"
    Given Alice has signed in on the hosted UI
    When the app exchanges the code at the token endpoint
    Then the token endpoint returns an ID token, an access token and a refresh token
    And the token endpoint says they are Bearer tokens that expire in 3600 seconds

  Scenario: Without the openid scope there is no ID token
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "An ID token is only returned if openid scope is requested."
    Given Alice has signed in on the hosted UI asking only for "aws.cognito.signin.user.admin"
    When the app exchanges the code at the token endpoint
    Then the token endpoint returns an access token and a refresh token but no ID token

  Scenario: A code works only once
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "invalid_grant ... Authorization code has been consumed already or does not exist."
    Given Alice has signed in on the hosted UI
    And the app has already exchanged the code
    When the app exchanges the code at the token endpoint
    Then the token endpoint refuses it with invalid_grant

  @slow
  Scenario: A code expires after five minutes
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "The Amazon Cognito authentication server redirects back to your app with the authorization code and state. The authorization code is valid for five minutes."
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "invalid_grant ... Authorization code has been consumed already or does not exist."
    Given Alice has signed in on the hosted UI
    And five minutes have passed
    When the app exchanges the code at the token endpoint
    Then the token endpoint refuses it with invalid_grant

  Scenario: A code is exchanged only with the callback URL it was issued for
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "Must be the same redirect_uri that was used to get authorization_code in /oauth2/authorize."
    Given Alice has signed in on the hosted UI
    When the app exchanges the code with another registered callback URL
    Then the token endpoint issues no tokens

  Scenario: A code protected by PKCE is exchanged with its verifier
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "The response returns ID, access, and refresh tokens from the successful PKCE verification by the application."
    Given Alice has signed in on the hosted UI with a PKCE challenge
    When the app exchanges the code with the PKCE verifier
    Then the token endpoint returns an ID token, an access token and a refresh token

  Scenario: A code protected by PKCE is not exchanged with a wrong verifier
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "PKCE verifies that the user passing an authorization code is that same user who authenticated."
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "The generated code verifier that your application calculated the code_challenge from in an authorization code grant request with PKCE."
    Given Alice has signed in on the hosted UI with a PKCE challenge
    When the app exchanges the code with a wrong PKCE verifier
    Then the token endpoint issues no tokens

  Scenario Outline: An app client with a secret proves it at the token endpoint
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "The token endpoint supports client_secret_basic and client_secret_post authentication."
    Given the app client has a client secret
    And Alice has signed in on the hosted UI
    When the app exchanges the code with <proof>
    Then the token endpoint returns an ID token, an access token and a refresh token

    Examples:
      | proof                                   |
      | its secret in HTTP Basic authentication |
      | its secret in the request body          |

  Scenario: A wrong client secret is refused at the token endpoint
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "invalid_client ... Client authentication failed."
    Given the app client has a client secret
    And Alice has signed in on the hosted UI
    When the app exchanges the code with a wrong client secret
    Then the token endpoint refuses it with invalid_client

  Scenario: Refreshing at the token endpoint brings no new refresh token
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "Returns a new refresh token with new ID and access token when refresh token rotation is active, otherwise returns only ID and access tokens."
    Given Alice has tokens from the hosted UI
    When the app refreshes Alice's tokens at the token endpoint
    Then the token endpoint returns an ID token and an access token but no refresh token

  Scenario: A machine-to-machine client gets only an access token with custom scopes
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "The response returns an access token. Client credentials grants are for machine-to-machine (M2M) authorization and only return access tokens."
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "You can request an access token for a custom scope from the token endpoint under the following conditions:"
    Given a machine-to-machine app client with the resource server's scopes
    When the app asks the token endpoint for a token with its client credentials
    Then the token endpoint returns only an access token
    And the access token grants only the resource server's scopes

  Scenario: An unknown grant type is refused
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "unsupported_grant_type ... Returned if grant_type is anything other than authorization_code or refresh_token or client_credentials."
    When the app asks the token endpoint for the password grant
    Then the token endpoint refuses it with unsupported_grant_type
