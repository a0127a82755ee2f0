@federation @changes_pool
Feature: Identity providers on the hosted UI
  A user pool trusts social, OIDC and SAML identity providers, each set up with the details its
  type requires; an app client that offers one lets the hosted UI send the browser straight there,
  with Cognito's own response address to come back to.
  Checks: API CreateIdentityProvider (ProviderDetails), CreateUserPoolClient SupportedIdentityProviders;
  Developer Guide "Authorize endpoint" (identity_provider); docs/cognito-spec.md sections 9.6 and 10.

  Background:
    Given a user pool with a hosted UI

  Scenario Outline: An identity provider is created with the details its type requires
    Source: API Reference, CreateIdentityProvider, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html
      "The scopes, URLs, and identifiers for your external identity provider. The following examples describe the provider detail keys for each IdP type."
    Source: API Reference, CreateIdentityProvider, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html
      "Describe response: "ProviderDetails": { "attributes_url": "https://people.googleapis.com/v1/people/me?personFields=", ... "client_id": "1example23456789.apps.googleusercontent.com", "client_secret": "provider-app-client-secret", ... }"
    Source: API Reference, CreateIdentityProvider, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html
      "AttributeMapping ... A mapping of IdP attributes to standard and custom user pool attributes."
    Verified on AWS for SAML: hashicorp/terraform-provider-aws internal/service/cognitoidp/identity_provider_test.go::TestAccCognitoIDPIdentityProvider_saml
      "resource.TestCheckResourceAttrSet(resourceName, "provider_details.MetadataFile")"
    When an administrator adds a <provider> identity provider with its required details and an attribute mapping
    Then it succeeds
    And the user pool describes the <provider> identity provider with those details and that mapping

    Examples:
      | provider        |
      | LoginWithAmazon |
      | Facebook        |
      | Google          |
      | SignInWithApple |
      | OIDC            |
      | SAML            |

  Scenario Outline: The hosted UI sends the browser to the identity provider the app asks for
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "If you include an identity_provider or idp_identifier parameter in the URL, it silently redirects your user to the sign-in page for that identity provider (IdP)."
    Source: API Reference, CreateIdentityProvider, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html
      ""authorize_url": "https://www.amazon.com/ap/oa" ... "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth" ... "authorize_url": "https://appleid.apple.com/auth/authorize" ... "authorize_url": "https://www.facebook.com/v17.0/dialog/oauth""
    Source: Developer Guide, "Identity provider and relying party endpoints", https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoints.html
      "Social identity providers must redirect your users to this endpoint with an authorization code."
    Source: Developer Guide, "Identity provider and relying party endpoints", https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoints.html
      "The Assertion Consumer Response (ACS) URL for integration with SAML 2.0 identity providers."
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "A list of provider names for the identity providers (IdPs) that are supported on this client."
    Given an administrator has added a <provider> identity provider
    And the app client offers the <provider> identity provider
    When the app sends the browser to sign in through <provider>
    Then the browser is sent to <provider>'s sign-in page at <sign-in page> with Cognito's <return path> as the return address
    And the app client lists <provider> among its identity providers

    Examples:
      | provider        | sign-in page                                 | return path         |
      | LoginWithAmazon | https://www.amazon.com/ap/oa                 | /oauth2/idpresponse |
      | Facebook        | https://www.facebook.com/v17.0/dialog/oauth  | /oauth2/idpresponse |
      | Google          | https://accounts.google.com/o/oauth2/v2/auth | /oauth2/idpresponse |
      | SignInWithApple | https://appleid.apple.com/auth/authorize     | /oauth2/idpresponse |
      | OIDC            | https://idp.example.com/authorize            | /oauth2/idpresponse |
      | SAML            | https://idp.example.com/saml/sso             | /saml2/idpresponse  |
