@triggers
Feature: Custom authentication with the define, create and verify auth challenge triggers
  CUSTOM_AUTH hands the sign-in to three functions: Define decides, from the session of earlier rounds,
  whether to ask another challenge, issue tokens or fail; Create makes the challenge; Verify judges the
  answer. The suite's functions ask one question per round and accept "cc-answer"; Define issues tokens
  after one right answer and fails the sign-in after three wrong ones. Every scenario first proves that
  the suite's own function received the event.
  Checks: Developer Guide "Custom authentication challenge Lambda triggers" and its three pages;
  shared/TRIGGERS.md 1.6, 2.8.

  Scenario Outline: CUSTOM_AUTH asks Define, then Create, and answers with the custom challenge
    Source: Developer Guide, "Define Auth challenge Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
      "The define auth challenge trigger is a Lambda function that maintains the challenge sequence in a custom authentication flow. It declares success or failure of the challenge sequence, and sets the next challenge if the sequence isn't yet complete."
    Source: Developer Guide, "Create Auth challenge Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
      "Amazon Cognito invokes this trigger after Define Auth Challenge if a custom challenge has been specified as part of the Define Auth Challenge trigger."
    Source: Developer Guide, "Create Auth challenge Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
      "publicChallengeParameters: One or more key-value pairs for the client app to use in the challenge to be presented to the user."
    Given a user pool with custom authentication triggers
    And Alice is a confirmed user
    When Alice signs in with <how>
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And the CreateAuthChallenge trigger received a CreateAuthChallenge_Authentication event for Alice
    And Cognito challenges Alice with CUSTOM_CHALLENGE
    And the challenge carries the question the CreateAuthChallenge function set for round 1

    Examples:
      | how                                      |
      | CUSTOM_AUTH                              |
      | CUSTOM_AUTH through AdminInitiateAuth    |

  Scenario Outline: The right answer to the custom challenge signs the user in
    Source: Developer Guide, "Verify Auth challenge response Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
      "This function tells your user pool whether the user answered the challenge correctly. When the verify auth challenge trigger responds with an answerCorrect of true, the authentication sequence can continue."
    Source: Developer Guide, "Verify Auth challenge response Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
      "privateChallengeParameters: This parameter comes from the Create Auth Challenge trigger. To determine whether the user passed a challenge, Amazon Cognito compares the parameters against a user’s challengeAnswer."
    Given a user pool with custom authentication triggers
    And Alice is a confirmed user
    When Alice signs in with <how>
    And Alice answers the custom challenge with the right answer
    Then the VerifyAuthChallengeResponse trigger received a VerifyAuthChallengeResponse_Authentication event for Alice
    And the VerifyAuthChallengeResponse trigger received Alice's answer and the private challenge parameters
    And Alice receives an ID token, an access token and a refresh token

    Examples:
      | how                                      |
      | CUSTOM_AUTH                              |
      | CUSTOM_AUTH through AdminInitiateAuth    |

  Scenario: A wrong answer is a failed round in the session Define sees, and Cognito asks again
    Source: Developer Guide, "Define Auth challenge Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
      "The session parameter is an array that contains all of the challenges that are presented to the user in the current authentication process. The request also includes the corresponding result."
    Given a user pool with custom authentication triggers
    And Alice is a confirmed user
    When Alice signs in with CUSTOM_AUTH
    And Alice answers the custom challenge with a wrong answer
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And the DefineAuthChallenge trigger saw the session for Alice
      | challengeName    | challengeResult |
      | CUSTOM_CHALLENGE | false           |
    And Cognito challenges Alice with CUSTOM_CHALLENGE
    And the challenge carries the question the CreateAuthChallenge function set for round 2

  Scenario: After a wrong answer the right one still signs the user in
    Source: Developer Guide, "Custom authentication challenge Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html
      "In this flow, a user authenticates by answering successive challenges until authentication either fails or the user is issued tokens. A challenge response might be a new challenge. In this case, your application responds as many times as necessary to new challenges."
    Given a user pool with custom authentication triggers
    And Alice is a confirmed user
    When Alice signs in with CUSTOM_AUTH
    And Alice answers the custom challenge with a wrong answer
    And Alice answers the custom challenge with the right answer
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And the DefineAuthChallenge trigger saw the session for Alice
      | challengeName    | challengeResult |
      | CUSTOM_CHALLENGE | false           |
      | CUSTOM_CHALLENGE | true            |
    And Alice receives an ID token, an access token and a refresh token

  Scenario: Define failing the authentication after three wrong answers refuses the sign-in
    Source: Developer Guide, "Define Auth challenge Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
      "It declares success or failure of the challenge sequence, and sets the next challenge if the sequence isn't yet complete. ... failAuthentication: If you want to end the current authentication process, set to true."
    Given a user pool with custom authentication triggers
    And Alice is a confirmed user
    When Alice signs in with CUSTOM_AUTH
    And Alice answers the custom challenge with a wrong answer three times
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And the DefineAuthChallenge trigger saw the session for Alice
      | challengeName    | challengeResult |
      | CUSTOM_CHALLENGE | false           |
      | CUSTOM_CHALLENGE | false           |
      | CUSTOM_CHALLENGE | false           |
    And the sign-in fails without tokens

  Scenario: Define failing the authentication at once refuses the sign-in before any challenge
    Source: Developer Guide, "Define Auth challenge Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
      "failAuthentication: If you want to end the current authentication process, set to true."
    Source: Developer Guide, "Custom authentication challenge Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html
      "In this flow, a user authenticates by answering successive challenges until authentication either fails or the user is issued tokens."
    Given a user pool with custom authentication triggers
    And the DefineAuthChallenge trigger answers failAuthentication at once for Alice
    And Alice is a confirmed user
    When Alice signs in with CUSTOM_AUTH
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And the sign-in fails without tokens

  Scenario: Two custom rounds: Define sees each round's challenge metadata, and every answer comes with a new session
    Source: Developer Guide, "Custom authentication challenge Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html
      "Each challenge response generates a new session ID to prevent session reuse errors."
    Source: Developer Guide, "Create Auth challenge Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
      "challengeMetadata: Your name for the custom challenge, if this is a custom challenge."
    Given a user pool with custom authentication triggers
    And the DefineAuthChallenge trigger answers two custom challenges for Alice
    And Alice is a confirmed user
    When Alice signs in with CUSTOM_AUTH
    And Alice answers the custom challenge with the right answer
    And Alice answers the custom challenge with the right answer again
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And the DefineAuthChallenge trigger saw the session for Alice
      | challengeName    | challengeResult | challengeMetadata |
      | CUSTOM_CHALLENGE | true            | CC-ROUND-1        |
      | CUSTOM_CHALLENGE | true            | CC-ROUND-2        |
    And Alice receives an ID token, an access token and a refresh token
    And each answer came back with a new session

  Scenario: Starting with SRP_A, Define sees SRP_A, then the password verifier, before the custom challenge
    Source: Developer Guide, "Custom authentication challenge Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html
      "Amazon Cognito invokes your define auth challenge Lambda trigger with an initial session that contains challengeName: SRP_A and challengeResult: true. ... After receiving those inputs, your Lambda function responds with challengeName: PASSWORD_VERIFIER, issueTokens: false, failAuthentication: false. ... If the password verification succeeds, Amazon Cognito invokes your Lambda function again with a new session containing challengeName: PASSWORD_VERIFIER and challengeResult: true. ... To initiate your custom challenges, your Lambda function responds with challengeName: CUSTOM_CHALLENGE, issueTokens: false, and failAuthentication: false."
    Given a user pool with custom authentication triggers
    And Alice is a confirmed user
    When Alice signs in with CUSTOM_AUTH, starting with SRP_A
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And the DefineAuthChallenge trigger saw the session for Alice
      | challengeName | challengeResult |
      | SRP_A         | true            |
    And Cognito challenges Alice with PASSWORD_VERIFIER
    When Alice answers the password verifier
    Then the DefineAuthChallenge trigger saw the session for Alice
      | challengeName     | challengeResult |
      | SRP_A             | true            |
      | PASSWORD_VERIFIER | true            |
    And Cognito challenges Alice with CUSTOM_CHALLENGE
    When Alice answers the custom challenge with the right answer
    Then Alice receives an ID token, an access token and a refresh token

  Scenario: A function that fails stops the custom sign-in
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "If your Lambda function doesn't return the request and response parameters ... or returns an error, the authentication event doesn't succeed."
    Source: API Reference, InitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "UserLambdaValidationException: This exception is thrown when the Amazon Cognito service encounters a user validation exception with the Lambda service."
    Given a user pool with custom authentication triggers
    And the DefineAuthChallenge trigger fails for Alice
    And Alice is a confirmed user
    When Alice signs in with CUSTOM_AUTH
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And Cognito refuses it with one of its Lambda exceptions

  @undocumented
  Scenario: An app client that does not allow CUSTOM_AUTH refuses it before any function runs
    Source: API Reference, AdminInitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html
      "The authentication flow that you specify must be supported in your app client configuration."
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "ALLOW_CUSTOM_AUTH: Enable Lambda trigger based authentication."
    Choice: AWS documents that the flow must be allowed by the app client but names no error code for one that is not; the suite pins InvalidParameterException, as features/signin/allowed_flows.feature does for the other flows. Bob's sign-in through the client that allows CUSTOM_AUTH first proves that the pool's functions run.
    Given a user pool with custom authentication triggers
    And Alice is a confirmed user
    And Bob is a confirmed user
    When Bob signs in with CUSTOM_AUTH
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Bob
    Given the app client does not allow CUSTOM_AUTH
    When Alice signs in with CUSTOM_AUTH
    Then it fails with InvalidParameterException
    And the DefineAuthChallenge trigger received 0 events for Alice

  Scenario: InitiateAuth's client metadata does not reach the define and create auth challenge functions
    Source: API Reference, InitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "ClientMetadata: ... The ClientMetadata value is passed as input to the functions for only the following triggers: Pre signup, Pre authentication, User migration ... This request also invokes the functions for the following triggers, but doesn't pass ClientMetadata: Post authentication, Custom message, Pre token generation, Create auth challenge, Define auth challenge, Custom email sender, Custom SMS sender"
    Given a user pool with custom authentication triggers
    And Alice is a confirmed user
    When Alice signs in with CUSTOM_AUTH and client metadata
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And the event carries no client metadata
    And the CreateAuthChallenge trigger received a CreateAuthChallenge_Authentication event for Alice
    And the event carries no client metadata

  Scenario: RespondToAuthChallenge's client metadata reaches the verify auth challenge function
    Source: Developer Guide, "Verify Auth challenge response Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
      "clientMetadata: This parameter contains one or more key-value pairs that you can provide as custom input to the Lambda function for the verify auth challenge trigger. To pass this data to your Lambda function, use the ClientMetadata parameter in the AdminRespondToAuthChallenge and RespondToAuthChallenge API operations."
    Given a user pool with custom authentication triggers
    And Alice is a confirmed user
    When Alice signs in with CUSTOM_AUTH
    And Alice answers the custom challenge with the right answer and client metadata
    Then the VerifyAuthChallengeResponse trigger received a VerifyAuthChallengeResponse_Authentication event for Alice
    And the event carries the client metadata Alice sent
    And Alice receives an ID token, an access token and a refresh token

  Scenario: Where the app client hides whether users exist, Define is told that the user was not found
    Source: Developer Guide, "Define Auth challenge Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
      "userNotFound: A Boolean that Amazon Cognito populates when PreventUserExistenceErrors is set to ENABLED for your user pool client. A value of true means that the user id (username, email address, and other details) did not match any existing users."
    Given a user pool with custom authentication triggers
    And the app client hides whether users exist
    When Alice, who has no account, signs in with CUSTOM_AUTH
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And the event says the user was not found

  @undocumented
  Scenario: A user whose password is temporary is asked for a new one inside the custom flow, before any token
    Source: API Reference, InitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "NEW_PASSWORD_REQUIRED: For users who are required to change their passwords after successful first login."
    Source: Developer Guide, "Custom authentication challenge Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html
      "In custom authentication with SRP, Amazon Cognito returns a NEW_PASSWORD_REQUIRED challenge after users complete the SRP PASSWORD_VERIFIER challenge. ... For users in RESET_REQUIRED or FORCE_CHANGE_PASSWORD status: ... Your Lambda function should respond with challengeName: NEW_PASSWORD_REQUIRED, issueTokens: false, and failAuthentication: false."
    Choice: the page says both that Amazon Cognito returns NEW_PASSWORD_REQUIRED after the password verifier and that the define auth challenge function should answer NEW_PASSWORD_REQUIRED for such a user; the suite's function does not, so which of the two asks is not settled by the page. The suite pins only that such a user, going through the custom flow from SRP_A, is asked NEW_PASSWORD_REQUIRED and receives no token on the temporary password.
    Given a user pool with custom authentication triggers
    And an administrator has created an account for Alice with a temporary password
    When Alice signs in with CUSTOM_AUTH from SRP_A, answering the password verifier and the custom challenge until Cognito issues tokens or asks for something else
    Then the DefineAuthChallenge trigger received a DefineAuthChallenge_Authentication event for Alice
    And Cognito challenges Alice with NEW_PASSWORD_REQUIRED
