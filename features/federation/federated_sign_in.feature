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
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "If you include an identity_provider or idp_identifier parameter in the URL, it silently redirects your user to the sign-in page for that identity provider (IdP)."
    Source: Developer Guide, "Mapping IdP attributes to profiles and tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html
      "Amazon Cognito prepends this attribute value with the name of your IdP, for example MyOIDCIdP_[sub]."
    Source: API Reference, UserType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserType.html
      "EXTERNAL_PROVIDER ... User signed in with a third-party IdP."
    Source: Developer Guide, "Mapping IdP attributes to profiles and tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html
      "For example, you can configure your user pool to write the value of an emailaddress claim to the standard user pool attribute email."
    Source: Developer Guide, "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "The contents of the user's identities attribute. The attribute contains information about each third-party identity provider profile that you've linked to a user, either by federated sign-in or by linking a federated user to a local profile."
    Given Fiona has an account at that identity provider
    When Fiona signs in through that identity provider
    Then the browser is sent back to the app with a code and the same state
    And the user pool has a user named after the provider and Fiona's subject, with status EXTERNAL_PROVIDER
    And the federated user has Fiona's email address from the identity provider
    And the ID token for that code names the identity provider in its identities claim
