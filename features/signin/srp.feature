@signin
Feature: Signing in with Secure Remote Password (USER_SRP_AUTH)
  The password never leaves the client: Cognito answers InitiateAuth with a PASSWORD_VERIFIER
  challenge, and the client proves with RespondToAuthChallenge that it knows the password.
  Checks: Developer Guide "Authentication flows", SRP; API InitiateAuth, RespondToAuthChallenge.

  Background:
    Given Alice is a confirmed user

  Scenario: Cognito challenges the client to prove the password
    When Alice starts signing in with USER_SRP_AUTH
    Then Cognito challenges Alice with PASSWORD_VERIFIER
    And the challenge carries SALT, SRP_B, SECRET_BLOCK and USER_ID_FOR_SRP

  Scenario: The challenge names the user by the username
    When Alice starts signing in with USER_SRP_AUTH
    Then the challenge's USER_ID_FOR_SRP is Alice's username

  Scenario: A proof of the right password returns the tokens
    When Alice signs in with USER_SRP_AUTH
    Then Alice receives an ID token, an access token and a refresh token
    And the tokens are Bearer tokens that expire in 3600 seconds

  Scenario: A proof made with a wrong password is refused
    When Alice signs in with USER_SRP_AUTH using a wrong password
    Then it fails with NotAuthorizedException
