@mfa
Feature: SMS MFA
  With SMS MFA preferred, Cognito texts a code to the user's verified phone number at sign-in and
  answers with an SMS_MFA challenge naming the (masked) destination; the code completes the sign-in.
  Checks: Developer Guide "SMS and email message MFA"; docs/cognito-spec.md section 8.

  Background:
    Given a user pool where MFA is optional by SMS
    And Alice is a confirmed user
    And Alice has a verified phone number
    And Alice prefers SMS MFA

  Scenario: Signing in asks for the code sent by SMS, naming a masked destination
    When Alice signs in with USER_PASSWORD_AUTH
    Then Cognito challenges Alice with SMS_MFA
    And the challenge names where the code went, masked

  @delivered_code
  Scenario: The code sent by SMS completes the sign-in
    Given Alice has signed in with USER_PASSWORD_AUTH and been challenged with SMS_MFA
    When Alice answers with the code Cognito sent
    Then Alice receives an ID token, an access token and a refresh token

  Scenario: A wrong SMS code is refused
    Given Alice has signed in with USER_PASSWORD_AUTH and been challenged with SMS_MFA
    When Alice answers with a wrong code
    Then it fails with CodeMismatchException
