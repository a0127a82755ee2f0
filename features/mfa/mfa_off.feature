@mfa
Feature: A user pool without MFA
  When the pool's MfaConfiguration is OFF and no factor is enabled, users cannot add one.
  Checks: API SetUserMFAPreference, AssociateSoftwareToken; docs/cognito-spec.md section 8.

  Background:
    Given a user pool where MFA is off
    And Alice is a confirmed user
    And Alice is signed in

  Scenario: A pool without software token MFA hands out no secret
    When Alice adds a software token
    Then it fails with SoftwareTokenMFANotFoundException

  Scenario: A pool without MFA refuses an MFA preference
    Given Alice has a verified phone number
    When Alice makes SMS the preferred MFA
    Then it fails
