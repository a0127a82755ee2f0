@lifecycle
Feature: What an administrator does to an account
  Administrators set passwords (permanent or temporary), force a password reset, disable and
  enable accounts, and delete them; users can delete their own.
  Checks: API AdminSetUserPassword, AdminResetUserPassword, AdminDisableUser, AdminEnableUser,
  AdminDeleteUser, DeleteUser; docs/cognito-spec.md sections 1.2 and 5.2.

  Background:
    Given Alice is a confirmed user

  Scenario: A permanent password set by an administrator confirms the account
    When an administrator sets a permanent password for Alice
    Then it succeeds
    And Alice's account is CONFIRMED
    And Alice can sign in with USER_PASSWORD_AUTH

  Scenario: A temporary password set by an administrator must be changed at the next sign-in
    Given an administrator has set a temporary password for Alice
    When Alice signs in with USER_PASSWORD_AUTH
    Then Cognito challenges Alice with NEW_PASSWORD_REQUIRED
    And Alice's account is FORCE_CHANGE_PASSWORD

  Scenario: After an administrator resets the password, signing in is refused
    Given an administrator has reset Alice's password
    When Alice signs in with USER_PASSWORD_AUTH
    Then it fails with PasswordResetRequiredException
    And Alice's account is RESET_REQUIRED

  @delivered_code
  Scenario: The code sent by the reset lets the user choose a new password
    Given an administrator has reset Alice's password
    When Alice sets a new password with the code sent by the reset
    Then it succeeds
    And Alice's account is CONFIRMED
    And Alice can sign in with USER_PASSWORD_AUTH

  Scenario: A disabled user cannot sign in
    When an administrator disables Alice's account
    Then it succeeds
    And Alice's sign-in with USER_PASSWORD_AUTH fails with NotAuthorizedException

  Scenario: Disabling a user revokes the user's tokens
    Given Alice is signed in
    When an administrator disables Alice's account
    Then Alice's refresh token is refused with NotAuthorizedException
    And Alice's access token is refused with NotAuthorizedException

  Scenario: An enabled account can sign in again
    Given an administrator has disabled Alice's account
    When an administrator enables Alice's account
    Then it succeeds
    And Alice can sign in with USER_PASSWORD_AUTH

  Scenario: An administrator deletes an account
    When an administrator deletes Alice's account
    Then it succeeds
    And Alice has no account

  Scenario: A user deletes their own account
    Given Alice is signed in
    When Alice deletes the account
    Then it succeeds
    And Alice has no account
