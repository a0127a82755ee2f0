@sessions @profile
Feature: The session settings of a pool, read back
  The read-only steps a team's pool profile can use for revocation, rotation, auth sessions,
  temporary passwords, remembered devices and the sign-in policy, checked here against the pools the
  suite creates (the app clients are named by the suite's keys for them).
  Checks: API DescribeUserPool, DescribeUserPoolClient.

  Scenario: The app clients revoke, rotate and time out sessions as created
    Source: API Reference, CreateUserPoolClient, EnableTokenRevocation, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "Activates or deactivates token revocation in the target app client."
    Source: API Reference, RefreshTokenRotationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RefreshTokenRotationType.html
      "This data type is a request parameter of CreateUserPoolClient and UpdateUserPoolClient, and a response parameter of DescribeUserPoolClient."
    Given a user pool whose app clients differ in revocation, rotation and auth sessions
    Then app client "app" revokes tokens
    And app client "not revoking" does not revoke tokens
    And app client "app" does not rotate refresh tokens
    And app client "rotating with grace" rotates refresh tokens with a grace period of 10 seconds
    And app client "three-minute sessions" gives 3 minutes to answer a challenge
    And temporary passwords last 1 day

  Scenario: A new app client revokes tokens unless told otherwise
    Source: API Reference, CreateUserPoolClient, EnableTokenRevocation, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "If you don't include this parameter, token revocation is automatically activated for the new user pool client."
    Given a user pool that remembers devices when the user agrees
    Then app client "app" revokes tokens

  Scenario: The devices pool remembers devices when the user agrees, in place of MFA
    Source: API Reference, DeviceConfigurationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeviceConfigurationType.html
      "When you provide a value for any property of DeviceConfiguration, you activate the device remembering for the user pool."
    Given a user pool that remembers devices when the user agrees
    Then the pool remembers devices when the user agrees
    And a remembered device replaces MFA

  Scenario: The choice-based pool is on the Essentials plan and allows passwords first
    Source: API Reference, SignInPolicyType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignInPolicyType.html
      "The policy for allowed types of authentication in a user pool. To activate this setting, your user pool must be in the Essentials tier or higher."
    Given a user pool where users choose how to sign in, by password only
    Then the pool is on the ESSENTIALS feature plan
    And users may sign in first with PASSWORD
