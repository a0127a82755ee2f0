@mfa
Feature: Software token MFA (TOTP)
  A signed-in user adds an authenticator app: AssociateSoftwareToken hands out a secret, the app
  computes codes from it (TOTP: HMAC-SHA1, 6 digits, 30-second steps), VerifySoftwareToken checks
  one, and SetUserMFAPreference makes it the factor Cognito asks for at sign-in.
  Checks: Developer Guide "TOTP software token MFA"; docs/cognito-spec.md section 8.

  Background:
    Given a user pool where MFA is optional
    And Alice is a confirmed user
    And Alice is signed in

  Scenario: Cognito hands out a secret for an authenticator app
    When Alice adds a software token
    Then it succeeds
    And Cognito gives Alice a secret for an authenticator app

  Scenario: Each user gets a secret of their own
    Given Bob is a confirmed user
    And Bob is signed in
    When Alice adds a software token
    And Bob adds a software token
    Then Alice's and Bob's secrets differ

  Scenario: A code from the authenticator app confirms the software token
    Given Alice has added a software token
    When Alice confirms the software token with a code from the authenticator app
    Then the software token is confirmed

  Scenario: A wrong code does not confirm the software token
    Given Alice has added a software token
    When Alice confirms the software token with a wrong code
    Then it fails with EnableSoftwareTokenMFAException or CodeMismatchException

  Scenario: The confirmed software token becomes the preferred MFA
    Given Alice has added and confirmed a software token
    When Alice makes the software token the preferred MFA
    Then it succeeds
    And Alice's preferred MFA is SOFTWARE_TOKEN_MFA

  Scenario Outline: With a software token preferred, signing in asks for a code
    Given Alice has set up a software token
    When Alice signs in with <flow>
    Then Cognito challenges Alice with SOFTWARE_TOKEN_MFA

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario Outline: A code from the authenticator app completes the sign-in
    Given Alice has set up a software token
    And Alice has signed in with <flow> and been challenged with SOFTWARE_TOKEN_MFA
    When Alice answers with a code from the authenticator app
    Then Alice receives an ID token, an access token and a refresh token

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: A wrong software token code is refused at sign-in
    Given Alice has set up a software token
    And Alice has signed in with USER_PASSWORD_AUTH and been challenged with SOFTWARE_TOKEN_MFA
    When Alice answers with a wrong code
    Then it fails with CodeMismatchException

  Scenario: Without MFA set up, a user of a pool where MFA is optional signs in directly
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice receives an ID token, an access token and a refresh token
