@pool @changes_pool
Feature: The pool's own life: changing its settings and deleting it
  UpdateUserPool changes behaviour from then on, and sets every setting the request leaves out back
  to its default. A pool protected against deletion cannot be deleted until the protection is off.
  Checks: Developer Guide "Updating user pool and app client configuration", "User pool deletion
  protection"; API UpdateUserPool, DeleteUserPool.

  Scenario: A stricter password policy refuses the next weak password
    Source: API Reference, UpdateUserPool, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html
      "Updates the configuration of a user pool."
    Source: API Reference, AdminSetUserPassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserPassword.html
      "InvalidPasswordException: This exception is thrown when Amazon Cognito encounters an invalid password."
    Given a new user pool with a lax password policy
    And Alice is a confirmed user
    When an administrator changes the pool to require passwords of at least 12 characters with every class
    Then it succeeds
    And an administrator's new password "abcdefgh" for Alice fails with InvalidPasswordException

  Scenario: Settings an update leaves out return to their defaults
    Source: Developer Guide, "Updating user pool and app client configuration", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-updating.html
      "When you submit an update request with just one parameter, Amazon Cognito sets that parameter to the value of your choosing and sets all others to a default value."
    Given a new user pool with a lax password policy
    When an administrator changes the pool to require passwords of at least 12 characters with every class
    Then it succeeds
    And the pool no longer allows only administrators to create users

  Scenario: A pool protected against deletion cannot be deleted
    Source: Developer Guide, "User pool deletion protection", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html
      "When you want to delete a user pool with an Amazon Cognito API request, you must first change DeletionProtection to Inactive in an UpdateUserPool request. If you don't deactivate deletion protection, Amazon Cognito returns an InvalidParameterException error."
    Given a new user pool with deletion protection
    When an administrator deletes the pool
    Then it fails with InvalidParameterException
    And the pool still exists

  Scenario: A pool whose protection is turned off can be deleted
    Source: Developer Guide, "User pool deletion protection", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html
      "After you deactivate deletion protection, you can delete the user pool in a DeleteUserPool request."
    Given a new user pool with deletion protection
    And an administrator has turned the pool's deletion protection off
    When an administrator deletes the pool
    Then it succeeds
    And the pool no longer exists
