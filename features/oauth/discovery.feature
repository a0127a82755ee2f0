@oauth
Feature: Discovering the user pool and verifying its tokens
  An OpenID Connect client finds the issuer, the keys and the hosted UI's endpoints in the
  discovery document, and verifies the tokens the token endpoint issues as any other Cognito JWT.
  Checks: Developer Guide "Verifying a JSON Web Token" and the OIDC discovery endpoint; docs/cognito-spec.md sections 4.1 and 9.6.

  Background:
    Given a user pool with a hosted UI
    And Alice is a confirmed user

  Scenario: The discovery document names the issuer, the keys and the endpoints
    When the app reads the user pool's OpenID configuration
    Then it names the user pool's issuer and its JWKS
    And it names the hosted UI's authorization, token and userInfo endpoints

  Scenario Outline: Tokens from the token endpoint pass all seven verification steps
    Given Alice has tokens from the hosted UI
    When Alice's <kind> token is verified
    Then it passes all seven steps

    Examples:
      | kind   |
      | ID     |
      | access |
