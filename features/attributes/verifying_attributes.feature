@attributes
Feature: Verifying an email address
  A user proves an email address with GetUserAttributeVerificationCode and VerifyUserAttribute.
  Changing the address makes it unverified until proven, or, when the pool keeps the original
  value until verification (AttributesRequireVerificationBeforeUpdate), keeps the old address in use.
  Checks: Developer Guide "Verifying updates to email addresses and phone numbers";
  docs/cognito-spec.md section 6.

  Background:
    Given Alice is a confirmed user

  Scenario: Cognito sends a code to verify the email address
    Given Alice's email address is not verified
    And Alice is signed in
    When Alice asks for a code to verify the email address
    Then it succeeds
    And Cognito says the code went by EMAIL to a masked address

  @delivered_code
  Scenario: The code Cognito sent verifies the email address
    Given Alice's email address is not verified
    And Alice is signed in
    And Alice has asked for a code to verify the email address
    When Alice verifies the email address with the code Cognito sent
    Then it succeeds
    And Alice's email_verified is "true"

  Scenario: A wrong code does not verify the email address
    Given Alice's email address is not verified
    And Alice is signed in
    And Alice has asked for a code to verify the email address
    When Alice verifies the email address with a wrong code
    Then it fails with CodeMismatchException
    And Alice's email_verified is "false"

  Scenario: A changed email address is unverified until the user proves it
    Given Alice is signed in
    When Alice changes the email address
    Then it succeeds
    And Alice's email address is the new one
    And Alice's email_verified is "false"

  Scenario: A pool that verifies before updating keeps the old address until then
    Given a user pool that keeps the old email address until the new one is verified
    And Bob is a confirmed user
    And Bob is signed in
    When Bob changes the email address
    Then it succeeds
    And Bob's email address is the old one
    And Bob's email_verified is "true"

  Scenario: Cognito sends a new sign-up code when asked
    Given Carol has signed up
    When Carol asks for the sign-up code again
    Then it succeeds
    And Cognito says the code went by EMAIL to a masked address
