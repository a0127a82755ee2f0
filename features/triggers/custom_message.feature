@triggers
Feature: The custom message trigger
  Cognito hands the custom message function every email and SMS message before it sends it, with a
  placeholder for the code (and, for an account an administrator creates, for the username); the function
  answers the subject and message Cognito then sends with the placeholders filled in.
  Checks: Developer Guide "Custom message Lambda trigger"; shared/TRIGGERS.md 1.4, 2.7.

  Scenario: An administrator's invitation invokes the custom message function with code and username placeholders
    Source: Developer Guide, "Custom message Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
      "The input event for a custom message Lambda function with the CustomMessage_AdminCreateUser trigger source includes a username and verification code. Because an admin-created user must receive both their user name and code, the response from your function must include placeholder variables for the username and code."
    Given a user pool with a CustomMessage trigger
    And the CustomMessage trigger answers its own message for Alice
    When an administrator creates an account for Alice and Cognito sends the invitation
    Then the CustomMessage trigger received a CustomMessage_AdminCreateUser event for Alice
    And it succeeds
    And the event offers a code placeholder and a username placeholder
    And the email Cognito sent Alice is the function's message with the code filled in

  Scenario: A sign-up invokes the custom message function, and Cognito sends its message with the code
    Source: Developer Guide, "Custom message Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
      "Insert the codeParameter string into the message body where you want the verification code to appear. When Amazon Cognito receives this response, Amazon Cognito replaces the codeParameter string with the actual verification code."
    Given a user pool with a CustomMessage trigger
    And the CustomMessage trigger answers its own message for Alice
    When Alice signs up
    Then the CustomMessage trigger received a CustomMessage_SignUp event for Alice
    And it succeeds
    And the event offers a code placeholder and no username placeholder
    And the email Cognito sent Alice is the function's message with the code filled in

  Scenario: A password reset invokes the custom message function with the client metadata
    Source: Developer Guide, "Custom message Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
      "CustomMessage_ForgotPassword: Custom message – To send the confirmation code for Forgot Password request."
    Source: API Reference, ForgotPassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html
      "ClientMetadata: ... This payload contains a clientMetadata attribute that provides the data that you assigned to the ClientMetadata parameter in your request."
    Given a user pool with a CustomMessage trigger
    And Alice is a confirmed user
    When Alice asks to reset the password with client metadata
    Then the CustomMessage trigger received a CustomMessage_ForgotPassword event for Alice
    And the event carries the client metadata Alice sent

  Scenario: Asking for the sign-up code again invokes the custom message function
    Source: Developer Guide, "Custom message Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
      "CustomMessage_ResendCode: Custom message – To resend the confirmation code to an existing user."
    Given a user pool with a CustomMessage trigger
    And Alice has signed up
    When Alice asks for the sign-up code again
    Then the CustomMessage trigger received a CustomMessage_ResendCode event for Alice
    And it succeeds

  Scenario: Changing the email address invokes the custom message function for the new address's code
    Source: Developer Guide, "Custom message Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
      "CustomMessage_UpdateUserAttribute: Custom message – When a user's email or phone number is changed, this trigger sends a verification code automatically to the user. Cannot be used for other attributes."
    Given a user pool with a CustomMessage trigger
    And Alice is a confirmed user
    And Alice is signed in
    When Alice changes the email address
    Then the CustomMessage trigger received a CustomMessage_UpdateUserAttribute event for Alice
    And it succeeds

  Scenario: Asking for a code to verify the email address invokes the custom message function
    Source: Developer Guide, "Custom message Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
      "CustomMessage_VerifyUserAttribute: Custom message – This trigger sends a verification code to the user when they manually request it for a new email or phone number."
    Given a user pool with a CustomMessage trigger
    And Alice is a confirmed user
    And Alice is signed in
    When Alice asks for a code to verify the email address
    Then the CustomMessage trigger received a CustomMessage_VerifyUserAttribute event for Alice
    And it succeeds

  Scenario: A sign-in that texts an MFA code invokes the custom message function
    Source: Developer Guide, "Custom message Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
      "CustomMessage_Authentication: Custom message – To send MFA code during authentication."
    Given a user pool that requires MFA by SMS, with a CustomMessage trigger
    And Alice is a confirmed user
    And Alice has a verified phone number
    When Alice signs in with USER_PASSWORD_AUTH
    Then the CustomMessage trigger received a CustomMessage_Authentication event for Alice
    And Cognito challenges Alice with SMS_MFA

  Scenario: A custom message function that fails makes the sign-up fail
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "If your Lambda function doesn't return the request and response parameters ... or returns an error, the authentication event doesn't succeed."
    Given a user pool with a CustomMessage trigger
    And the CustomMessage trigger fails for Alice
    When Alice signs up
    Then the CustomMessage trigger received a CustomMessage_SignUp event for Alice
    And Cognito refuses it with one of its Lambda exceptions
