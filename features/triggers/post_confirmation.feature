@triggers
Feature: The post confirmation trigger
  Cognito invokes the pool's post confirmation function after a user who signed up confirms the account,
  and after a password reset is confirmed; not for accounts an administrator creates.
  Checks: Developer Guide "Post confirmation Lambda trigger"; shared/TRIGGERS.md 1.4, 2.2.

  @delivered_code
  Scenario: Confirming a sign-up with the code invokes the post confirmation function with the user's attributes
    Source: Developer Guide, "Post confirmation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
      "The request contains the current attributes for the confirmed user. Your user pool invokes your post confirmation function on ConfirmSignUp, AdminConfirmSignUp, and ConfirmForgotPassword."
    Given a user pool with a PostConfirmation trigger
    And Alice has signed up
    When Alice confirms the sign-up with the code Cognito sent
    Then the PostConfirmation trigger received a PostConfirmation_ConfirmSignUp event for Alice
    And it succeeds
    And the event's user attributes include Alice's email address

  Scenario: An administrator confirming a sign-up invokes the post confirmation function with the client metadata
    Source: Developer Guide, "Post confirmation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
      "Your user pool invokes your post confirmation function on ConfirmSignUp, AdminConfirmSignUp, and ConfirmForgotPassword."
    Source: API Reference, AdminConfirmSignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminConfirmSignUp.html
      "ClientMetadata: ... This payload contains a clientMetadata attribute that provides the data that you assigned to the ClientMetadata parameter in your request."
    Given a user pool with a PostConfirmation trigger
    And Alice has signed up
    When an administrator confirms Alice's sign-up with client metadata
    Then the PostConfirmation trigger received a PostConfirmation_ConfirmSignUp event for Alice
    And the event carries the client metadata Alice sent

  @delivered_code
  Scenario: Confirming a password reset invokes the post confirmation function for the reset
    Source: Developer Guide, "Post confirmation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
      "Your user pool invokes your post confirmation function on ConfirmSignUp, AdminConfirmSignUp, and ConfirmForgotPassword."
    Given a user pool with a PostConfirmation trigger
    And Alice has signed up and been confirmed by an administrator
    And Alice has asked to reset the password
    When Alice sets a new password with the code Cognito sent
    Then the PostConfirmation trigger received a PostConfirmation_ConfirmForgotPassword event for Alice
    And it succeeds

  Scenario: An account an administrator created invokes no post confirmation function when its user sets a password
    Source: Developer Guide, "Post confirmation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
      "Amazon Cognito invokes this trigger only for user who sign up in your user pool, not for user accounts that you create with your administrator credentials."
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "TokenGeneration_NewPasswordChallenge | Called after the user is created by an admin. This flow is invoked when the user has to change a temporary password."
    Given a user pool with PostConfirmation and PreTokenGeneration triggers
    And an administrator has created an account for Alice with a temporary password
    And Alice has signed in with USER_PASSWORD_AUTH and been challenged with NEW_PASSWORD_REQUIRED
    When Alice answers with a new password
    Then the PreTokenGeneration trigger received a TokenGeneration_NewPasswordChallenge event for Alice
    And the PostConfirmation trigger received no PostConfirmation_ConfirmSignUp event for Alice

  Scenario: A post confirmation function that fails makes the confirmation fail
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "If your Lambda function doesn't return the request and response parameters ... or returns an error, the authentication event doesn't succeed."
    Given a user pool with a PostConfirmation trigger
    And the PostConfirmation trigger fails for Alice
    And Alice has signed up
    When an administrator confirms Alice's sign-up
    Then the PostConfirmation trigger received a PostConfirmation_ConfirmSignUp event for Alice
    And Cognito refuses it with one of its Lambda exceptions
