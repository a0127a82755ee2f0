@attributes
Feature: Reading and changing one's own attributes
  With the access token from signing in, a user reads (GetUser) and changes
  (UpdateUserAttributes) their own attributes, within what the app client may read and write.
  Custom attributes carry the "custom:" prefix.
  Checks: Developer Guide "User pool attributes"; API GetUser, UpdateUserAttributes.

  Background:
    Given Alice is a confirmed user

  Scenario: GetUser returns the user's attributes
    Given Alice is signed in
    When Alice reads the account's attributes
    Then it succeeds
    And the answer names Alice's username
    And the attributes include sub, email and email_verified

  Scenario: A standard attribute can be changed
    Given the app client may write name
    And Alice is signed in
    When Alice sets name to "Alice Liddell"
    Then it succeeds
    And Alice's name is "Alice Liddell"

  Scenario: A custom attribute can be changed
    Given the app client may write custom:oshi
    And Alice is signed in
    When Alice sets custom:oshi to "Yoshino Aoyama"
    Then it succeeds
    And Alice's custom:oshi is "Yoshino Aoyama"

  Scenario: An app client without write permission on an attribute cannot change it
    Given the app client may not write custom:oshi
    And Alice is signed in
    When Alice sets custom:oshi to "Yoshino Aoyama"
    Then it fails with NotAuthorizedException
    And Alice's custom:oshi is not set
