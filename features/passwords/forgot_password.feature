@passwords
Feature: Resetting a forgotten password
  ForgotPassword sends a code to the user's verified email address or phone;
  ConfirmForgotPassword with that code sets a new password.
  Checks: Developer Guide "Managing passwords"; API ForgotPassword, ConfirmForgotPassword.

  Background:
    Given Alice is a confirmed user

  Scenario: Cognito says where it sent the code
    Source: API Reference, ForgotPassword, CodeDeliveryDetails, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html
      "Information about the phone number or email address that Amazon Cognito sent the password-recovery code to."
    Source: Developer Guide, "Passwords, account recovery, and password policies", https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html
      "When you specify an AccountRecoverySetting for your user pool, Amazon Cognito chooses the code delivery destination based on the priority that you set."
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_forgot_password_with_email_delivery_details
      "with verified_email as the first recovery mechanism, asserts Destination t***@t***, DeliveryMedium EMAIL and AttributeName email"
    Given the pool sends account recovery codes to the verified email address first
    When Alice asks to reset the password
    Then it succeeds
    And Cognito says the code went by EMAIL to a masked address

  @delivered_code
  Scenario: The code Cognito sent sets a new password
    Source: API Reference, ConfirmForgotPassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html
      "This public API operation accepts a confirmation code that Amazon Cognito sent to a user and accepts a new password for that user."
    Given Alice has asked to reset the password
    When Alice sets a new password with the code Cognito sent
    Then it succeeds
    And Alice can sign in with USER_PASSWORD_AUTH
    And Alice's old password no longer works

  Scenario: A wrong code is refused
    Source: API Reference, ConfirmForgotPassword, error CodeMismatchException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html
      "This exception is thrown if the provided code doesn't match what the server was expecting."
    Given Alice has asked to reset the password
    When Alice sets a new password with a wrong code
    Then it fails with CodeMismatchException
