@triggers
Feature: What every trigger shares
  A trigger function must answer with the event it was given, in time; a pool's configuration names its
  triggers, and UpdateUserPool without them removes them.
  Checks: Developer Guide "Customizing user pool workflows with Lambda triggers", "Updating user pool and
  app client configuration"; API UpdateUserPool; shared/TRIGGERS.md 1.1, 1.8.

  Scenario: A function that answers something other than the event makes the operation fail
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "If your Lambda function doesn't return the request and response parameters ... or returns an error, the authentication event doesn't succeed."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger answers something that is not the event for Alice
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Cognito refuses it
    And Alice has no account

  @slow
  Scenario: A function that takes longer than five seconds makes the operation fail
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "... must respond within 5 seconds. If it doesn't and if the call can be retried, Amazon Cognito retries the call. After three unsuccessful attempts, the function times out. You can't change this five-second timeout value."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger takes longer than 5 seconds for Alice
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Cognito refuses it
    And Alice has no account

  @changes_pool
  Scenario: UpdateUserPool without the Lambda configuration removes every trigger
    Source: API Reference, UpdateUserPool, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html
      "To avoid setting parameters to Amazon Cognito defaults, construct this API request to pass the existing configuration of your user pool, modified to include the changes that you want to make. If you don't provide a value for an attribute, Amazon Cognito sets it to its default value."
    Given a user pool of the scenario's own with a PreSignUp trigger
    And Alice has signed up
    When an administrator changes the pool to require passwords of at least 12 characters with every class
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And it succeeds
    And the pool names no Lambda trigger
