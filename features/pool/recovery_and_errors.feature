@pool
Feature: Account recovery, and what Cognito answers about things that do not exist
  AccountRecoverySetting admin_only leaves users no self-service recovery. An operation naming a pool,
  app client, user, group, resource server or identity provider that does not exist gets the error
  the API Reference lists; a malformed access token is not authorized.
  Checks: API AccountRecoverySettingType, ForgotPassword, the Errors of each operation.

  Scenario: Where only an administrator recovers accounts, a user cannot start a reset
    Source: API Reference, AccountRecoverySettingType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AccountRecoverySettingType.html
      "Sets or displays user pool preferences for email or SMS message priority, whether users should fall back to a second delivery method, and whether passwords should only be reset by administrators."
    Given a user pool where only an administrator recovers accounts
    And Alice is a confirmed user
    When Alice asks to reset the password
    Then Cognito refuses it

  Scenario Outline: Naming something that does not exist
    Source: API Reference, DescribeUserPool, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPool.html
      "ResourceNotFoundException: This exception is thrown when the Amazon Cognito service can't find the requested resource."
    Source: API Reference, AdminGetUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html
      "UserNotFoundException: This exception is thrown when a user isn't found."
    When an administrator reads <what> that does not exist
    Then it fails with <code>

    Examples:
      | what                   | code                      |
      | a user pool            | ResourceNotFoundException |
      | an app client          | ResourceNotFoundException |
      | a user                 | UserNotFoundException     |
      | a group                | ResourceNotFoundException |
      | a resource server      | ResourceNotFoundException |
      | an identity provider   | ResourceNotFoundException |

  Scenario Outline: A malformed access token is not authorized
    Source: API Reference, GetUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html
      "NotAuthorizedException: This exception is thrown when a user isn't authorized."
    When someone calls <operation> with a malformed access token
    Then it fails with NotAuthorizedException

    Examples:
      | operation            |
      | GetUser              |
      | UpdateUserAttributes |
      | ChangePassword       |
      | GlobalSignOut        |

  Scenario: SignUp names where the confirmation code went
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "CodeDeliveryDetails: In user pools that automatically verify and confirm new users, Amazon Cognito sends users a message with a code or link that confirms ownership of the phone number or email address that they entered. The CodeDeliveryDetails object is information about the delivery destination for that link or code."
    Given a user pool that verifies email addresses automatically
    When Alice signs up
    Then the code went by EMAIL to Alice's email attribute
