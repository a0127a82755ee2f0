@groups
Feature: A user's groups, and their roles, in the tokens
  A user's group membership is in both the ID and the access token; a group's IAM role is in
  cognito:roles, and the role of the group with the lowest precedence is cognito:preferred_role.
  Checks: Developer Guide "Adding groups to a user pool", "Understanding the ID token"; API CreateGroup.

  Background:
    Given a user pool with groups that carry IAM roles
    And Alice is a confirmed user
    And Alice is in the group "readers"
    And Alice is in the group "editors"

  Scenario: The ID and access tokens name the user's groups
    Source: Developer Guide, "Managing users in your user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users.html
      "Users' group membership is present in both ID and access tokens."
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice's ID token names the groups editors and readers
    And Alice's access token names the groups editors and readers

  Scenario: The ID token carries the groups' roles, and prefers the role of the lowest precedence
    Source: Developer Guide (late-2025 wording), "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "cognito:roles: An array of the names of the IAM roles associated with your user's groups. Every user pool group can have one IAM role associated with it. This array represents all IAM roles for your user's groups, regardless of precedence."
    Source: Developer Guide (late-2025 wording), "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "cognito:preferred_role: The ARN of the IAM role that you associated with your user's highest-priority user pool group."
    Source: API Reference, CreateGroup, Precedence, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html
      "Groups with lower Precedence values take precedence over groups with higher or null Precedence values."
    Choice: the groups' roles are ARNs in the documented form (arn:aws:iam::123456789012:role/cc-conformance-<group>) of roles that need not exist. The API Reference's CreateGroup lists no error for a role that does not exist and describes RoleArn only as the role "that you want to associate with the group"; the Terraform AWS provider's acceptance tests (internal/service/cognitoidp/user_group_test.go, TestAccCognitoIDPUserGroup_roleARN and _complex) always create the IAM role first, so no public test run against AWS shows whether CreateGroup checks that the role exists. A real pool that refuses such an ARN fails here at set-up, not at a Then.
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice's ID token carries the roles of editors and readers
    And Alice's ID token prefers the role of editors

  Scenario: A user removed from a group loses it at the next sign-in
    Source: Developer Guide, "Understanding user pool JSON web tokens (JWTs)", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html
      "The access and ID tokens both include a cognito:groups claim that contains your user's group membership in your user pool."
    Source: API Reference, CreateGroup, RoleArn, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html
      "Both ID and access tokens also contain a cognito:groups claim that list all the groups that a user is a member of."
    Given Alice is signed in
    When an administrator removes Alice from the group "editors"
    And Alice signs in with USER_PASSWORD_AUTH
    Then Alice's ID token names the groups readers
    And Alice's access token names the groups readers
