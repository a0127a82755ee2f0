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
    Given Alice has signed in on the hosted UI
    When the app exchanges the code at the token endpoint
    Then the token endpoint returns an ID token, an access token and a refresh token
    And the token endpoint says they are Bearer tokens that expire in 3600 seconds

  Scenario: Without the openid scope there is no ID token
    Given Alice has signed in on the hosted UI asking only for "aws.cognito.signin.user.admin"
    When the app exchanges the code at the token endpoint
    Then the token endpoint returns an access token and a refresh token but no ID token

  Scenario: A code works only once
    Given Alice has signed in on the hosted UI
    And the app has already exchanged the code
    When the app exchanges the code at the token endpoint
    Then the token endpoint refuses it with invalid_grant

  @slow
  Scenario: A code expires after five minutes
    Given Alice has signed in on the hosted UI
    And five minutes have passed
    When the app exchanges the code at the token endpoint
    Then the token endpoint refuses it with invalid_grant

  Scenario: A code is exchanged only with the callback URL it was issued for
    Given Alice has signed in on the hosted UI
    When the app exchanges the code with another registered callback URL
    Then the token endpoint issues no tokens

  Scenario: A code protected by PKCE is exchanged with its verifier
    Given Alice has signed in on the hosted UI with a PKCE challenge
    When the app exchanges the code with the PKCE verifier
    Then the token endpoint returns an ID token, an access token and a refresh token

  Scenario: A code protected by PKCE is not exchanged with a wrong verifier
    Given Alice has signed in on the hosted UI with a PKCE challenge
    When the app exchanges the code with a wrong PKCE verifier
    Then the token endpoint issues no tokens

  Scenario Outline: An app client with a secret proves it at the token endpoint
    Given the app client has a client secret
    And Alice has signed in on the hosted UI
    When the app exchanges the code with <proof>
    Then the token endpoint returns an ID token, an access token and a refresh token

    Examples:
      | proof                                   |
      | its secret in HTTP Basic authentication |
      | its secret in the request body          |

  Scenario: A wrong client secret is refused at the token endpoint
    Given the app client has a client secret
    And Alice has signed in on the hosted UI
    When the app exchanges the code with a wrong client secret
    Then the token endpoint refuses it with invalid_client

  Scenario: Refreshing at the token endpoint brings no new refresh token
    Given Alice has tokens from the hosted UI
    When the app refreshes Alice's tokens at the token endpoint
    Then the token endpoint returns an ID token and an access token but no refresh token

  Scenario: A machine-to-machine client gets only an access token with custom scopes
    Given a machine-to-machine app client with the resource server's scopes
    When the app asks the token endpoint for a token with its client credentials
    Then the token endpoint returns only an access token
    And the access token grants only the resource server's scopes

  Scenario: An unknown grant type is refused
    When the app asks the token endpoint for the password grant
    Then the token endpoint refuses it with unsupported_grant_type
