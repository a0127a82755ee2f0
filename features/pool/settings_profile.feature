@pool @profile
Feature: Profiles of the pool's own settings
  The read-only profile steps a team states its pool's settings with, checked here against pools
  that have those settings (DescribeUserPool and ListGroups only).
  Checks: API DescribeUserPool (UserPoolType), ListGroups.

  Scenario: A pool where the email address is the username says so
    Source: API Reference, UserPoolType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html
      "UsernameAttributes: Specifies whether a user can use an email address or phone number as a username when they sign up."
    Given a user pool where users sign in with their email address as the username
    Then users sign in with their email address as the username
    And usernames are case sensitive
    And users may sign themselves up
    And the pool is not protected against deletion

  Scenario: A pool with aliases and case-insensitive usernames says so
    Source: API Reference, UsernameConfigurationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UsernameConfigurationType.html
      "Specifies whether user name case sensitivity will be applied for all users in the user pool through Amazon Cognito APIs."
    Given a user pool where users may also sign in with their email address and preferred username
    Then users may also sign in with their email address and preferred username
    And usernames are case insensitive

  Scenario: A pool where only administrators create users and recover accounts says so
    Source: API Reference, AdminCreateUserConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUserConfigType.html
      "The setting for allowing self-service sign-up. When true, only administrators can create new user profiles."
    Given a user pool where only administrators create users
    Then only administrators create users
    And accounts are recovered by verified_email

  Scenario: A pool's schema and groups read back as created
    Source: API Reference, SchemaAttributeType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html
      "Mutable: Specifies whether the value of the attribute can be changed."
    Given a user pool whose schema has required and constrained attributes
    Then custom attribute custom:born is immutable
    And custom attribute custom:code is mutable
    And the required attributes are name

  Scenario: A pool's groups read back as created
    Source: API Reference, ListGroups, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListGroups.html
      "Given a user pool ID, returns user pool groups and their details."
    Given a user pool with groups that carry IAM roles
    Then the pool has the groups editors, plain and readers

  Scenario: A pool protected against deletion says so
    Source: Developer Guide, "User pool deletion protection", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html
      "To make it so that your administrators don't accidentally delete your user pool, activate deletion protection."
    Given a new user pool with deletion protection
    Then the pool is protected against deletion
