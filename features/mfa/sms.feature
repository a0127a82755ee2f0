@mfa
Feature: SMS MFA
  With SMS MFA preferred, Cognito texts a code to the user's verified phone number at sign-in and
  answers with an SMS_MFA challenge naming the (masked) destination; the code completes the sign-in.
  Checks: Developer Guide "SMS and email message MFA"; docs/cognito-spec.md section 8.

  Background:
    Given a user pool where MFA is optional by SMS
    And Alice is a confirmed user
    And Alice has a verified phone number
    And Alice prefers SMS MFA

  @undocumented
  Scenario: Signing in asks for the code sent by SMS, naming a masked destination
    Choice: the destination is masked (it is not the whole phone number and contains '*'). The Developer Guide says the challenge names where the code went; its examples of a delivery destination are masked ("j****@e****"), but no sentence says the SMS destination is.
    Source: Developer Guide, "SMS and email message MFA", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-sms-email-message.html
      "The ChallengeParameters in the API response includes a CODE_DELIVERY_DESTINATION value that indicates where the authorization code was sent."
    Source: API Reference, InitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "SMS_MFA: Respond with the code that your user pool delivered in an SMS message, as SMS_MFA_CODE"
    When Alice signs in with USER_PASSWORD_AUTH
    Then Cognito challenges Alice with SMS_MFA
    And the challenge names where the code went, masked

  @delivered_code
  Scenario: The code sent by SMS completes the sign-in
    Source: Developer Guide, "SMS and email message MFA", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-sms-email-message.html
      "When they enter their code, submit it in a challenge-response API request to complete the sign-in process."
    Source: API Reference, RespondToAuthChallenge, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html
      "AuthenticationResult: The outcome of a successful authentication process. After your application has passed all challenges, Amazon Cognito returns an AuthenticationResult with the JSON web tokens (JWTs) that indicate successful sign-in."
    Given Alice has signed in with USER_PASSWORD_AUTH and been challenged with SMS_MFA
    When Alice answers with the code Cognito sent
    Then Alice receives an ID token, an access token and a refresh token

  Scenario: A wrong SMS code is refused
    Source: API Reference, RespondToAuthChallenge, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html
      "CodeMismatchException: This exception is thrown if the provided code doesn't match what the server was expecting."
    Given Alice has signed in with USER_PASSWORD_AUTH and been challenged with SMS_MFA
    When Alice answers with a wrong code
    Then it fails with CodeMismatchException
