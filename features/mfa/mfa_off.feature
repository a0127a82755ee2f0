@mfa
Feature: A user pool without MFA
  When the pool's MfaConfiguration is OFF, software tokens cannot be set up and no sign-in asks for
  a second factor, whatever factor a user would prefer.
  Checks: Developer Guide "TOTP software token MFA" and "Adding MFA to a user pool"; docs/cognito-spec.md section 8.

  Background:
    Given a user pool where MFA is off
    And Alice is a confirmed user
    And Alice is signed in

  Scenario: A pool without software token MFA hands out no secret
    Source: Developer Guide, "TOTP software token MFA", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html
      "If you haven't activated TOTP software token MFA for the user pool, Amazon Cognito can't use the token to associate or verify users. In this case, users receive a SoftwareTokenMFANotFoundException exception with the description Software Token MFA has not been enabled by the userPool."
    Source: API Reference, AssociateSoftwareToken, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssociateSoftwareToken.html
      "SoftwareTokenMFANotFoundException: This exception is thrown when the software token time-based one-time password (TOTP) multi-factor authentication (MFA) isn't activated for the user pool."
    When Alice adds a software token
    Then it fails with SoftwareTokenMFANotFoundException

  Scenario: A pool without MFA asks for no second factor, whatever the user prefers
    Source: Developer Guide, "Adding MFA to a user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
      "A user pools prompts a user for MFA codes when user pool settings and their own user-level settings meet the following conditions: You set MFA to optional or required in your user pool."
    Source: Developer Guide, "Adding MFA to a user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
      "Off | Any | Yes | No | Yes"
    Given Alice has a verified phone number
    And Alice has asked for SMS as the preferred MFA
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice receives an ID token, an access token and a refresh token
