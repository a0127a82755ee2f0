@pool @profile
Feature: Profiles of a pool's Lambda triggers
  The read-only profile steps a team states its pool's triggers with ("the pool runs a pre sign-up
  trigger"), checked here against pools the suite made with its own functions wired in (DescribeUserPool only).
  On a team's pool these steps read its LambdaConfig and invoke nothing.
  Checks: API DescribeUserPool (UserPoolType LambdaConfig), LambdaConfigType, PreTokenGenerationVersionConfigType.

  Scenario: A pool's triggers read back as configured
    Source: API Reference, LambdaConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html
      "A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible stages of user pool operations. Triggers can modify the outcome of the operations that invoked them."
    Given a user pool with a PreSignUp trigger
    Then the pool runs a pre sign-up trigger
    And the pool runs no migrate user trigger
    And the pool runs no pre token generation trigger

  Scenario: A pool's legacy pre token generation trigger gets version 1 events
    Source: API Reference, LambdaConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html
      "PreTokenGeneration: The legacy configuration of a pre token generation Lambda trigger in a user pool. Set this parameter for legacy purposes."
    Given a user pool with PostConfirmation and PreTokenGeneration triggers
    Then the pool runs a post confirmation trigger
    And the pool runs a pre token generation trigger
    And the pool's pre token generation trigger gets events of version V1_0
