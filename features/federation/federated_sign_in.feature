@federation @changes_pool
Feature: Signing in through an OIDC identity provider
  A person who signs in through an identity provider becomes a user of the pool named after the
  provider and their subject, with status EXTERNAL_PROVIDER, the mapped attributes copied, and an
  identities claim in the ID token.
  Checks: Developer Guide "Specifying identity provider attribute mappings"; API UserType.UserStatus;
  docs/cognito-spec.md sections 3.3 and 10.

  Background:
    Given a user pool with a hosted UI
    And the app client offers the suite's own OIDC identity provider

  Scenario: Signing in through an OIDC identity provider makes a federated user
    Given Fiona has an account at that identity provider
    When Fiona signs in through that identity provider
    Then the browser is sent back to the app with a code and the same state
    And the user pool has a user named after the provider and Fiona's subject, with status EXTERNAL_PROVIDER
    And the federated user has Fiona's email address from the identity provider
    And the ID token for that code names the identity provider in its identities claim
