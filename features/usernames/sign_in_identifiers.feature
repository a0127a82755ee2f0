@usernames
Feature: What users sign in with: the username, an email address or phone number, or an alias
  A pool decides once, when it is created, what identifies a user: a username; an email address or
  phone number in its place (UsernameAttributes); or a username with aliases (AliasAttributes).
  Checks: Developer Guide "Customizing sign-in attributes"; API CreateUserPool, SignUp, AdminCreateUser.

  Scenario: A user signs up and signs in with the email address as the username
    Source: API Reference, UserPoolType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html
      "UsernameAttributes: Specifies whether a user can use an email address or phone number as a username when they sign up."
    Source: API Reference, AdminCreateUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "If your user pool only supports phone numbers or email addresses as sign-in attributes, Amazon Cognito automatically generates a username value."
    Given a user pool where users sign in with their email address as the username
    And Alice has signed up with her email address as the username
    And an administrator has confirmed Alice's sign-up
    When Alice signs in with USER_PASSWORD_AUTH using her email address
    Then Alice receives an ID token, an access token and a refresh token
    And the username Cognito keeps for Alice is not her email address

  Scenario: Where email addresses are usernames, the tokens name the user by the sub
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_initiate_auth_USER_PASSWORD_AUTH_with_email
      "on a pool with UsernameAttributes email, after SignUp with the address and AdminConfirmSignUp, USER_PASSWORD_AUTH gives an access token whose username is its sub and that has no email claim, and an ID token whose cognito:username is the sub"
    Given a user pool where users sign in with their email address as the username
    And Alice has signed up with her email address as the username
    And an administrator has confirmed Alice's sign-up
    When Alice signs in with USER_PASSWORD_AUTH using her email address
    Then Alice's tokens name her by her sub, and her access token carries no email address

  Scenario: A username that is not an email address is refused where email addresses are usernames
    Source: API Reference, UserPoolType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html
      "UsernameAttributes: Specifies whether a user can use an email address or phone number as a username when they sign up."
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "InvalidParameterException: This exception is thrown when the Amazon Cognito service encounters an invalid parameter."
    Given a user pool where users sign in with their email address as the username
    When Alice signs up with a username that is not an email address
    Then it fails with InvalidParameterException

  Scenario: A user signs up with the phone number as the username
    Source: API Reference, UserPoolType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html
      "UsernameAttributes: Specifies whether a user can use an email address or phone number as a username when they sign up."
    Given a user pool where users sign in with their phone number as the username
    When Alice signs up with her phone number as the username
    Then it succeeds
    And the username Cognito keeps for Alice is not her phone number

  Scenario: A username that is not a phone number is refused where phone numbers are usernames
    Source: API Reference, UserPoolType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html
      "UsernameAttributes: Specifies whether a user can use an email address or phone number as a username when they sign up."
    Given a user pool where users sign in with their phone number as the username
    When Alice signs up with a username that is not a phone number
    Then it fails with InvalidParameterException

  Scenario: A preferred username signs the user in once it is set
    Source: Developer Guide, "User pool attributes", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
      "If you want to enable this user experience, submit the new username value as a preferred_username and choose preferred_username as an alias. Then users can sign in with the new value they entered."
    Source: Developer Guide, "User pool attributes", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
      "If preferred_username is selected as an alias, the value can be provided only when an account is confirmed."
    Given a user pool where users may also sign in with their email address and preferred username
    And Alice is a confirmed user
    And an administrator has given Alice a preferred username
    When Alice signs in with USER_PASSWORD_AUTH using her preferred username
    Then Alice receives an ID token, an access token and a refresh token

  Scenario: An email alias signs the user in only once it is verified
    Source: Developer Guide, "User pool attributes", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
      "Phone numbers and email addresses only become active aliases for a user after the phone numbers and email addresses are verified."
    Given a user pool where users may also sign in with their email address and preferred username
    And Alice has signed up
    And an administrator has confirmed Alice's sign-up
    When Alice signs in with USER_PASSWORD_AUTH using her email address
    Then Cognito refuses it
    And once Alice's email address is verified, Alice can sign in with USER_PASSWORD_AUTH using her email address

  Scenario: An email address already verified as another user's alias is refused
    Source: Developer Guide, "User pool attributes", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
      "Alias values must be unique in a user pool. If an alias is configured for an email address or phone number, the value provided can be in a verified state in only one account."
    Source: API Reference, AdminUpdateUserAttributes, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateUserAttributes.html
      "AliasExistsException: This exception is thrown when a user tries to confirm the account with an email address or phone number that has already been supplied as an alias for a different user profile."
    Given a user pool where users may also sign in with their email address and preferred username
    And Alice is a confirmed user
    And Bob is a confirmed user
    When an administrator gives Bob Alice's email address as verified
    Then it fails with AliasExistsException

  Scenario: ForceAliasCreation moves an email alias to the new user
    Source: API Reference, AdminCreateUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "If this parameter is set to True and the phone number or email address specified in the UserAttributes parameter already exists as an alias with a different user, this request migrates the alias from the previous user to the newly-created user. The previous user will no longer be able to log in using that alias."
    Given a user pool where users may also sign in with their email address and preferred username
    And Alice is a confirmed user
    When an administrator creates Bob with Alice's verified email address, forcing the alias
    Then it succeeds
    And Alice's email address now signs Bob in
    And Alice can no longer sign in with USER_PASSWORD_AUTH using her email address
