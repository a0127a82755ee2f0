@usernames
Feature: Whether "alice" and "ALICE" are one user
  UsernameConfiguration.CaseSensitive false makes the username (and the email and preferred_username
  aliases) case insensitive; true, the API's default, keeps every capitalization a user of its own.
  Checks: API Reference UsernameConfigurationType; Developer Guide "User pool case sensitivity".

  Scenario: Where usernames are case insensitive, any capitalization signs the user in
    Source: API Reference, UsernameConfigurationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UsernameConfigurationType.html
      "Enables case insensitivity for all username input. For example, when this option is set to false, users can sign in using username, USERNAME, or UserName."
    Given a user pool whose usernames are case insensitive
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH using her username in capitals
    Then Alice receives an ID token, an access token and a refresh token

  Scenario: Where usernames are case insensitive, another capitalization is the same username
    Source: CloudFormation, AWS::Cognito::UserPool UsernameConfiguration, https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-usernameconfiguration.html
      "When usernames and email addresses are case insensitive, Amazon Cognito treats any variation in case as the same user, and prevents a case variation from being assigned to the same attribute for a different user."
    Given a user pool whose usernames are case insensitive
    And Alice is a confirmed user
    When someone signs up with Alice's username in capitals
    Then it fails with UsernameExistsException

  Scenario: Where usernames are case insensitive, the admin API finds the user by any capitalization
    Source: API Reference, UsernameConfigurationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UsernameConfigurationType.html
      "Specifies whether user name case sensitivity will be applied for all users in the user pool through Amazon Cognito APIs."
    Given a user pool whose usernames are case insensitive
    And Alice is a confirmed user
    When an administrator looks Alice up by her username in capitals
    Then Cognito answers with Alice's account

  Scenario: Where usernames are case sensitive, another capitalization is another user
    Source: API Reference, UsernameConfigurationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UsernameConfigurationType.html
      "When this option is set to true, users must sign in using the exact capitalization of their given username, such as “UserName”. This is the default value."
    Given a user pool whose usernames are case sensitive
    And Alice is a confirmed user
    When someone signs up with Alice's username in capitals
    Then it succeeds
    And Alice's username in capitals does not sign Alice in
