@triggers
Feature: The pre sign-up trigger
  Cognito invokes the pool's pre sign-up function just before it creates a user, with the user's
  attributes; the function's answer can confirm the user and verify their address, or refuse the
  sign-up. Every scenario first proves that the suite's own function received the event.
  Checks: Developer Guide "Pre sign-up Lambda trigger"; shared/TRIGGERS.md 1.4, 2.1.

  Scenario: A pre sign-up function that answers autoConfirmUser confirms the account at sign-up
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "Your user pool invokes this trigger on self-service sign-up with SignUp or first sign-in with a trusted identity provider, and on user creation with AdminCreateUser."
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "UserConfirmed: Indicates whether the user was automatically confirmed. You can auto-confirm users with a pre sign-up Lambda trigger."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger answers autoConfirmUser for Alice
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Cognito answers that Alice's account is confirmed
    And Alice's account is CONFIRMED

  Scenario: A pre sign-up function that fails refuses the sign-up and creates no user
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "As part of the sign-up process, you can use this function to analyze the sign-in event with custom logic and modify or deny the new user."
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "If your Lambda function doesn't return the request and response parameters ... or returns an error, the authentication event doesn't succeed."
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "UserLambdaValidationException: This exception is thrown when the Amazon Cognito service encounters a user validation exception with the Lambda service."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger fails for Alice
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Cognito refuses it with one of its Lambda exceptions
    And Alice has no account
