@refresh
Feature: Refreshing tokens
  REFRESH_TOKEN_AUTH trades the refresh token for a new ID token and a new access token.
  No new refresh token comes back: the one from signing in stays in use until it expires.
  Checks: Developer Guide "Using the refresh token"; API InitiateAuth, AdminInitiateAuth.

  Background:
    Given Alice is a confirmed user
    And Alice is signed in

  Scenario Outline: A refresh returns new ID and access tokens and no refresh token
    When Alice refreshes the tokens through <operation>
    Then Alice receives an ID token and an access token
    And no refresh token comes back
    And the tokens are Bearer tokens that expire in 3600 seconds

    Examples:
      | operation         |
      | InitiateAuth      |
      | AdminInitiateAuth |

  Scenario: The refreshed access token works
    Given Alice has refreshed the tokens
    When Alice reads the account's attributes
    Then it succeeds
