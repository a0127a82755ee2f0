@attributes
Feature: Reading and changing one's own attributes
  With the access token from signing in, a user reads (GetUser) and changes
  (UpdateUserAttributes) their own attributes, within what the app client may read and write.
  Custom attributes carry the "custom:" prefix.
  Checks: Developer Guide "User pool attributes"; API GetUser, UpdateUserAttributes.

  Background:
    Given Alice is a confirmed user

  Scenario: GetUser returns the user's attributes
    Source: API Reference, GetUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html
      "Gets user attributes and and MFA settings for the currently signed-in user."
    Source: API Reference, GetUser, response, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html
      "Username: The name of the user that you requested."
    Source: API Reference, CreateUserPoolClient, ReadAttributes, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "When you don't specify the ReadAttributes for your app client, your app can read the values of email_verified, phone_number_verified, and the standard attributes of your user pool."
    Given Alice is signed in
    When Alice reads the account's attributes
    Then it succeeds
    And the answer names Alice's username
    And the attributes include sub, email and email_verified

  Scenario: A standard attribute can be changed
    Source: API Reference, UpdateUserAttributes, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html
      "Updates the currently signed-in user's attributes."
    Source: API Reference, CreateUserPoolClient, WriteAttributes, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "After your user authenticates in your app, their access token authorizes them to set or modify their own attribute value for any attribute in this list."
    Given the app client may write name
    And Alice is signed in
    When Alice sets name to "Alice Liddell"
    Then it succeeds
    And Alice's name is "Alice Liddell"

  Scenario: A custom attribute can be changed
    Source: API Reference, UpdateUserAttributes, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html
      "For custom attributes, you must add a custom: prefix to the attribute name, for example custom:department."
    Source: API Reference, CreateUserPoolClient, WriteAttributes, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "After your user authenticates in your app, their access token authorizes them to set or modify their own attribute value for any attribute in this list."
    Given the app client may write custom:oshi
    And Alice is signed in
    When Alice sets custom:oshi to "Yoshino Aoyama"
    Then it succeeds
    And Alice's custom:oshi is "Yoshino Aoyama"

  Scenario: An app client without write permission on an attribute cannot change it
    Source: Developer Guide, "User pool attributes", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
      "If your app tries to set a value for an attribute that it isn't authorized to write, Amazon Cognito returns NotAuthorizedException."
    Given the app client may not write custom:oshi
    And Alice is signed in
    When Alice sets custom:oshi to "Yoshino Aoyama"
    Then it fails with NotAuthorizedException
    And Alice's custom:oshi is not set
