@attributes
Feature: Verifying an email address
  A user proves an email address with GetUserAttributeVerificationCode and VerifyUserAttribute.
  Changing the address makes it unverified until proven, or, when the pool keeps the original
  value until verification (AttributesRequireVerificationBeforeUpdate), keeps the old address in use.
  Checks: Developer Guide "Verifying updates to email addresses and phone numbers";
  docs/cognito-spec.md section 6.

  Background:
    Given Alice is a confirmed user

  @undocumented
  Scenario: Cognito sends a code to verify the email address
    Source: API Reference, GetUserAttributeVerificationCode, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserAttributeVerificationCode.html
      "Given an attribute name, sends a user attribute verification code for the specified attribute name to the currently signed-in user."
    Source: API Reference, CodeDeliveryDetailsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CodeDeliveryDetailsType.html
      "Destination: The email address or phone number destination where Amazon Cognito sent the code."
    Choice: AWS documents the delivery details (where and how the code went) but says nothing of masking for this operation; the suite expects the masked destination that AWS shows for SignUp ("j****@e****" in "Managing user existence error responses") and that moto's aws_verified tests assert for SignUp and ForgotPassword ("t***@t***"), so that a test never prints the user's address.
    Given Alice's email address is not verified
    And Alice is signed in
    When Alice asks for a code to verify the email address
    Then it succeeds
    And Cognito says the code went by EMAIL to a masked address

  @delivered_code
  Scenario: The code Cognito sent verifies the email address
    Source: API Reference, VerifyUserAttribute, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifyUserAttribute.html
      "When successful, the user's attribute becomes verified and the attribute email_verified or phone_number_verified becomes true."
    Given Alice's email address is not verified
    And Alice is signed in
    And Alice has asked for a code to verify the email address
    When Alice verifies the email address with the code Cognito sent
    Then it succeeds
    And Alice's email_verified is "true"

  Scenario: A wrong code does not verify the email address
    Source: API Reference, VerifyUserAttribute, error CodeMismatchException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifyUserAttribute.html
      "This exception is thrown if the provided code doesn't match what the server was expecting."
    Source: API Reference, VerifyUserAttribute, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifyUserAttribute.html
      "When successful, the user's attribute becomes verified and the attribute email_verified or phone_number_verified becomes true."
    Given Alice's email address is not verified
    And Alice is signed in
    And Alice has asked for a code to verify the email address
    When Alice verifies the email address with a wrong code
    Then it fails with CodeMismatchException
    And Alice's email_verified is "false"

  Scenario: A changed email address is unverified until the user proves it
    Source: Developer Guide, "Configuring email or phone verification", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html
      "An email address or phone number attribute can become active and unverified immediately after your user changes its value."
    Source: API Reference, UserAttributeUpdateSettingsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserAttributeUpdateSettingsType.html
      "In a user pool where AttributesRequireVerificationBeforeUpdate is false, API operations that change attribute values can immediately update a user’s email or phone_number attribute."
    Given Alice is signed in
    When Alice changes the email address
    Then it succeeds
    And Alice's email address is the new one
    And Alice's email_verified is "false"

  Scenario: A pool that verifies before updating keeps the old address until then
    Source: API Reference, UserAttributeUpdateSettingsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserAttributeUpdateSettingsType.html
      "Amazon Cognito doesn’t change the value of the attribute until your user responds to the verification message and confirms the new value."
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "Original attribute remains verified, eligible for sign-in, and at original value."
    Given a user pool that keeps the old email address until the new one is verified
    And Bob is a confirmed user
    And Bob is signed in
    When Bob changes the email address
    Then it succeeds
    And Bob's email address is the old one
    And Bob's email_verified is "true"

  @undocumented
  Scenario: Cognito sends a new sign-up code when asked
    Source: API Reference, ResendConfirmationCode, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ResendConfirmationCode.html
      "Resends the code that confirms a new account for a user who has signed up in your user pool."
    Source: API Reference, CodeDeliveryDetailsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CodeDeliveryDetailsType.html
      "Destination: The email address or phone number destination where Amazon Cognito sent the code."
    Choice: AWS documents the delivery details (where and how the code went) but says nothing of masking for this operation; the suite expects the masked destination that AWS shows for SignUp ("j****@e****" in "Managing user existence error responses") and that moto's aws_verified tests assert for SignUp and ForgotPassword ("t***@t***"), so that a test never prints the user's address.
    Given Carol has signed up
    When Carol asks for the sign-up code again
    Then it succeeds
    And Cognito says the code went by EMAIL to a masked address
