@mfa
Feature: A user pool that requires MFA
  When the pool's MfaConfiguration is ON, a user without a second factor must set one up while
  signing in: Cognito answers with MFA_SETUP, listing the factors (MFAS_CAN_SETUP, a JSON list),
  and the user adds a software token through the challenge's session. Users created by an
  administrator meet this at their first sign-in.
  Checks: Developer Guide "Adding MFA to a user pool"; docs/cognito-spec.md section 8.

  Background:
    Given a user pool that requires MFA
    And Alice is a confirmed user

  Scenario Outline: A user without MFA is asked to set it up
    When Alice signs in with <flow>
    Then Cognito challenges Alice with MFA_SETUP
    And the challenge offers SOFTWARE_TOKEN_MFA in a JSON list

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: Setting up a software token through the challenge completes the sign-in
    Given Alice has signed in with USER_SRP_AUTH and been challenged with MFA_SETUP
    When Alice sets up a software token through the challenge
    Then Alice receives an ID token, an access token and a refresh token
