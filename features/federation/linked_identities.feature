@federation @changes_pool
Feature: Linking an identity at a provider to an existing user
  AdminLinkProviderForUser links a user's identity at an identity provider to the user's existing
  account, so that signing in through the provider signs the existing user in;
  AdminDisableProviderForUser removes the link again.
  Checks: API AdminLinkProviderForUser, AdminDisableProviderForUser; docs/cognito-spec.md section 10.

  Background:
    Given a user pool with a hosted UI
    And the app client offers the suite's own OIDC identity provider
    And Alice is a confirmed user
    And Alice has an account at that identity provider

  Scenario: A federated sign-in through a linked provider lands on the existing user
    Source: API Reference, AdminLinkProviderForUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminLinkProviderForUser.html
      "Links an existing user account in a user pool, or DestinationUser, to an identity from an external IdP, or SourceUser, based on a specified attribute name and value from the external IdP. ... Because this API allows a user with an external federated identity to sign in as a local user, it is critical that it only be used with external IdPs and linked attributes that you trust."
    Source: API Reference, AdminLinkProviderForUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminLinkProviderForUser.html
      "This operation connects a local user profile with a user identity who hasn't yet signed in from their third-party IdP. When the user signs in with their IdP, they get access-control configuration from the local user profile."
    Given an administrator has linked Alice's identity at that provider to her account
    When Alice signs in through that identity provider
    Then the browser is sent back to the app with a code and the same state
    And the ID token for that code is Alice's own

  Scenario: After AdminDisableProviderForUser the federated sign-in no longer lands on the existing user
    Source: API Reference, AdminDisableProviderForUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableProviderForUser.html
      "If the user to deactivate is a linked external IdP user, any link between that user and an existing user is removed. When the external user signs in again, and the user is no longer attached to the previously linked DestinationUser, the user must create a new user account."
    Given an administrator has linked Alice's identity at that provider to her account
    And an administrator has unlinked Alice's identity at that provider
    When Alice signs in through that identity provider
    Then the browser is sent back to the app with a code and the same state
    And the ID token for that code is not Alice's own
