@passwordless
Feature: Registering a passkey
  A pool on the Essentials plan or above that allows WEB_AUTHN as a first factor, with a relying party
  (SetUserPoolMfaConfig WebAuthnConfiguration RelyingPartyId; here the pool's own prefix domain), hands a
  signed-in user the options to register a passkey with their passkey provider.
  Checks: API StartWebAuthnRegistration (CredentialCreationOptions), WebAuthnConfigurationType.

  @undocumented
  Scenario: The passkey registration options name the relying party, the user and a challenge
    Choice: the API Reference describes CredentialCreationOptions only as information about the user pool, the user profile and authentication requirements, as a JSON value; the suite reads it as WebAuthn's PublicKeyCredentialCreationOptions and pins its members rp (whose id is the pool's relying party), user, challenge and pubKeyCredParams.
    Source: API Reference, StartWebAuthnRegistration, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StartWebAuthnRegistration.html
      "Requests credential creation options from your user pool for the currently signed-in user. Returns information about the user pool, the user profile, and authentication requirements."
    Source: API Reference, WebAuthnConfigurationType, RelyingPartyId, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnConfigurationType.html
      "Sets or displays the authentication domain, typically your user pool domain, that passkey providers must use as a relying party (RP) in their configuration."
    Source: API Reference, WebAuthnConfigurationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnConfigurationType.html
      "To activate this setting, your user pool must be in the Essentials tier or higher."
    Given a user pool where users may sign in with a passkey
    And the app client lets users choose how to sign in
    And Alice is a confirmed user
    And Alice is signed in
    When Alice starts registering a passkey
    Then the registration options name the pool's relying party, the user, a challenge and the key types
