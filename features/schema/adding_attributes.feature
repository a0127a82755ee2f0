@schema @changes_pool
Feature: Custom attributes added to a pool after it is created
  AddCustomAttributes extends the schema; an attribute, once added, cannot be removed or changed.
  Checks: API AddCustomAttributes; Developer Guide "User pool attributes".

  Scenario: An added custom attribute can be given to users
    Source: API Reference, AddCustomAttributes, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AddCustomAttributes.html
      "Adds additional user attributes to the user pool schema."
    Given a new user pool with the standard schema
    And an administrator has added the custom attribute team to the pool
    And Alice is a confirmed user
    When an administrator sets Alice's custom:team to "red"
    Then it succeeds
    And Alice's custom:team is "red"

  Scenario: A custom attribute cannot be defined again
    Source: Developer Guide, "User pool attributes", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
      "Can't be removed or changed once added to the user pool."
    Given a new user pool with the standard schema
    And an administrator has added the custom attribute team to the pool
    When an administrator adds the custom attribute team to the pool again as a number
    Then Cognito refuses it
