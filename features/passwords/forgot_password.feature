@passwords
Feature: Resetting a forgotten password
  ForgotPassword sends a code to the user's verified email address or phone;
  ConfirmForgotPassword with that code sets a new password.
  Checks: Developer Guide "Managing passwords"; API ForgotPassword, ConfirmForgotPassword.

  Background:
    Given Alice is a confirmed user

  Scenario: Cognito says where it sent the code
    Given the pool sends account recovery codes to the verified email address first
    When Alice asks to reset the password
    Then it succeeds
    And Cognito says the code went by EMAIL to a masked address

  @delivered_code
  Scenario: The code Cognito sent sets a new password
    Given Alice has asked to reset the password
    When Alice sets a new password with the code Cognito sent
    Then it succeeds
    And Alice can sign in with USER_PASSWORD_AUTH
    And Alice's old password no longer works

  Scenario: A wrong code is refused
    Given Alice has asked to reset the password
    When Alice sets a new password with a wrong code
    Then it fails with CodeMismatchException
