@signup
Feature: App clients with a client secret
  An app client with a secret (a confidential client) accepts a request only with a
  SECRET_HASH: Base64(HMAC-SHA256(client secret, username + client id)).
  Checks: Developer Guide "Computing secret hash values"; API SignUp, InitiateAuth.

  Background:
    Given the app client has a client secret

  Scenario: Signing up with the secret hash succeeds
    When Alice signs up
    Then it succeeds
    And Alice's account is UNCONFIRMED

  Scenario: Signing up without the secret hash is refused
    When Alice signs up without the secret hash
    Then it fails with NotAuthorizedException
    And Alice has no account

  Scenario: Signing in with the secret hash succeeds
    Given Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice receives an ID token, an access token and a refresh token

  Scenario Outline: Signing in without the secret hash is refused
    Given Alice is a confirmed user
    When Alice signs in with <flow> without the secret hash
    Then it fails with NotAuthorizedException

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |
