@signin
Feature: Signing in with a username and password
  USER_PASSWORD_AUTH (InitiateAuth) sends the password to Cognito over TLS, mostly to migrate
  users; ADMIN_USER_PASSWORD_AUTH (AdminInitiateAuth) does the same from a trusted back end.
  Checks: Developer Guide "Authentication flows"; API InitiateAuth, AdminInitiateAuth.

  Background:
    Given Alice is a confirmed user

  Scenario Outline: The right password returns the three tokens
    When Alice signs in with <flow>
    Then Alice receives an ID token, an access token and a refresh token
    And the tokens are Bearer tokens that expire in 3600 seconds

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario Outline: A wrong password is refused
    When Alice signs in with <flow> using a wrong password
    Then it fails with NotAuthorizedException

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |
