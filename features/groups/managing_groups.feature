@groups @changes_pool
Feature: Managing a pool's groups
  An administrator reads, changes and deletes groups, and lists a group's members and a user's groups.
  Checks: API GetGroup, UpdateGroup, DeleteGroup, ListUsersInGroup, AdminListGroupsForUser.

  Background:
    Given Alice is a confirmed user
    And an administrator has created a group of the run's own
    And Alice is in the run's group

  Scenario: A group lists its members, and a user's groups list the group
    Source: API Reference, ListUsersInGroup, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsersInGroup.html
      "Given a user pool ID and a group name, returns a list of users in the group."
    Source: API Reference, AdminListGroupsForUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListGroupsForUser.html
      "Lists the groups that a user belongs to."
    Then the run's group lists Alice as a member
    And Alice's groups include the run's group

  Scenario: An updated group reads back with its new description and precedence
    Source: API Reference, UpdateGroup, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateGroup.html
      "Given the name of a user pool group, updates any of the properties for precedence, IAM role, or description."
    When an administrator gives the run's group the description "Proof readers" and precedence 3
    Then it succeeds
    And the run's group reads back with the description "Proof readers" and precedence 3

  Scenario: A deleted group is gone, and its members no longer belong to it
    Source: API Reference, DeleteGroup, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteGroup.html
      "Deletes a group from the specified user pool. When you delete a group, that group no longer contributes to users' cognito:preferred_group or cognito:groups claims, and no longer influence access-control decision that are based on group membership."
    Source: API Reference, GetGroup, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetGroup.html
      "ResourceNotFoundException: This exception is thrown when the Amazon Cognito service can't find the requested resource."
    When an administrator deletes the run's group
    Then it succeeds
    And reading the run's group fails with ResourceNotFoundException
    And Alice's groups do not include the run's group
