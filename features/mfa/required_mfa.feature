@mfa
Feature: A user pool that requires MFA
  When the pool's MfaConfiguration is ON, a user without a second factor must set one up while
  signing in: Cognito answers with MFA_SETUP, listing the factors (MFAS_CAN_SETUP, a JSON list),
  and the user adds a software token through the challenge's session. Users created by an
  administrator meet this at their first sign-in.
  Checks: Developer Guide "Adding MFA to a user pool"; docs/cognito-spec.md section 8.

  Background:
    Given a user pool that requires MFA
    And Alice is a confirmed user

  @undocumented
  Scenario Outline: A user without MFA is asked to set it up
    Choice: MFAS_CAN_SETUP is read as a JSON list of factor names. The API Reference says only that the MFA types "will be listed in the challenge parameters MFAS_CAN_SETUP value"; AWS's own SDK (amplify-js) parses the value as JSON.
    Source: Developer Guide, "TOTP software token MFA", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-totp.html
      "After your user succeeds in the challenge to set their initial password, or if you set a permanent password for the user, Amazon Cognito immediately challenges the user to set up MFA."
    Source: API Reference, InitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "MFA_SETUP: For users who are required to setup an MFA factor before they can sign in. The MFA types activated for the user pool will be listed in the challenge parameters MFAS_CAN_SETUP value."
    Verified on AWS for USER_SRP_AUTH: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_user_authentication_flow_mfa_on
      "in a pool with MFA ON and software tokens enabled, a confirmed user's USER_SRP_AUTH sign-in gives ChallengeName MFA_SETUP"
    When Alice signs in with <flow>
    Then Cognito challenges Alice with MFA_SETUP
    And the challenge offers SOFTWARE_TOKEN_MFA in a JSON list

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: Setting up a software token through the challenge completes the sign-in
    Source: API Reference, InitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "To set up time-based one-time password (TOTP) MFA, use the session returned in this challenge from InitiateAuth or AdminInitiateAuth as an input to AssociateSoftwareToken. Then, use the session returned by VerifySoftwareToken as an input to RespondToAuthChallenge or AdminRespondToAuthChallenge with challenge name MFA_SETUP to complete sign-in."
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_initiate_mfa_auth_USER_PASSWORD_AUTH_with_FORCE_CHANGE_PASSWORD_status
      "AssociateSoftwareToken with the MFA_SETUP session, VerifySoftwareToken (SUCCESS), then RespondToAuthChallenge MFA_SETUP with its session returns an AccessToken and a RefreshToken"
    Given Alice has signed in with USER_SRP_AUTH and been challenged with MFA_SETUP
    When Alice sets up a software token through the challenge
    Then Alice receives an ID token, an access token and a refresh token
