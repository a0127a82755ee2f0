@triggers
Feature: The pre sign-up trigger
  Cognito invokes the pool's pre sign-up function just before it creates a user, with the user's
  attributes; the function's answer can confirm the user and verify their address, or refuse the
  sign-up. Every scenario first proves that the suite's own function received the event.
  Checks: Developer Guide "Pre sign-up Lambda trigger"; shared/TRIGGERS.md 1.4, 2.1.

  Scenario: A pre sign-up function that answers autoConfirmUser confirms the account at sign-up
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "Your user pool invokes this trigger on self-service sign-up with SignUp or first sign-in with a trusted identity provider, and on user creation with AdminCreateUser."
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "UserConfirmed: Indicates whether the user was automatically confirmed. You can auto-confirm users with a pre sign-up Lambda trigger."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger answers autoConfirmUser for Alice
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Cognito answers that Alice's account is confirmed
    And Alice's account is CONFIRMED

  Scenario: A pre sign-up function that fails refuses the sign-up and creates no user
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "As part of the sign-up process, you can use this function to analyze the sign-in event with custom logic, and modify or deny the new user."
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "If your Lambda function doesn't return the request and response parameters ... or returns an error, the authentication event doesn't succeed."
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "UserLambdaValidationException: This exception is thrown when the Amazon Cognito service encounters a user validation exception with the Lambda service."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger fails for Alice
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Cognito refuses it with one of its Lambda exceptions
    And Alice has no account

  Scenario: A pre sign-up function that answers the event unchanged leaves the sign-up unconfirmed
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "An event returned unmodified notifies your user pool to proceed with the default action for the event."
    Given a user pool with a PreSignUp trigger
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Cognito answers that Alice's account is not confirmed yet
    And Alice's account is UNCONFIRMED

  Scenario: The pre sign-up event carries the user's attributes and the app client
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "The userAttributes in the request object sent to this function contain attributes that have been provided by local user sign-up ..."
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "region: The AWS Region as an AWSRegion instance. ... clientId: The ID of the user pool app client."
    Given a user pool with a PreSignUp trigger
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And the event's user attributes include Alice's email address
    And the event names the pool's region and the app client

  Scenario: A pre sign-up function that answers autoVerifyEmail verifies the email address
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "autoVerifyEmail: Set to true to set as verified the email address of a user who is signing up, or false otherwise."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger answers autoConfirmUser for Alice
    And the PreSignUp trigger answers autoVerifyEmail for Alice
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Alice's email is verified

  Scenario: A pre sign-up function that answers autoVerifyPhone verifies the phone number
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "autoVerifyPhone: Set to true to set as verified the phone number of a user who is signing up, or false otherwise."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger answers autoConfirmUser for Alice
    And the PreSignUp trigger answers autoVerifyPhone for Alice
    When Alice signs up with a phone number
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Alice's phone_number is verified

  Scenario: A pre sign-up function that verifies a phone number the user does not have makes the sign-up fail
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "If autoVerifyPhone is set to true, the phone_number attribute must have a valid, non-null value. Otherwise an error will occur and the user will not be able to complete sign-up."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger answers autoVerifyPhone for Alice
    When Alice signs up
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And Cognito refuses it
    And Alice has no account

  Scenario: The client metadata of a sign-up reaches the pre sign-up function
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "ClientMetadata: ... When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the function receives as input. This payload contains a clientMetadata attribute that provides the data that you assigned to the ClientMetadata parameter in your request."
    Given a user pool with a PreSignUp trigger
    When Alice signs up with client metadata
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And the event carries the client metadata Alice sent

  Scenario: The validation data of a sign-up reaches the pre sign-up function and is not stored
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "ValidationData: Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda trigger. This set of key-value pairs are for custom validation of information that you collect from your users but don't need to retain."
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "Amazon Cognito doesn't set your ValidationData data as attributes of the user that you create."
    Given a user pool with a PreSignUp trigger
    When Alice signs up with validation data
    Then the PreSignUp trigger received a PreSignUp_SignUp event for Alice
    And the event carries the validation data Alice sent
    And the validation data is not among Alice's attributes

  Scenario: An administrator creating an account invokes the pre sign-up function
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "Your user pool invokes this trigger on self-service sign-up with SignUp or first sign-in with a trusted identity provider, and on user creation with AdminCreateUser."
    Given a user pool with a PreSignUp trigger
    When an administrator creates an account for Alice with a temporary password
    Then the PreSignUp trigger received a PreSignUp_AdminCreateUser event for Alice
    And it succeeds

  Scenario: The client metadata of an administrator's account creation reaches the pre sign-up function
    Source: API Reference, AdminCreateUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "ClientMetadata: ... This payload contains a clientMetadata attribute that provides the data that you assigned to the ClientMetadata parameter in your request."
    Given a user pool with a PreSignUp trigger
    When an administrator creates an account for Alice with client metadata
    Then the PreSignUp trigger received a PreSignUp_AdminCreateUser event for Alice
    And the event carries the client metadata Alice sent

  Scenario: An account an administrator creates keeps its temporary password whatever the pre sign-up function answers
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "For example, your pre sign-up trigger can automatically confirm users for the PreSignUp_SignUp trigger source, but return the event unchanged for external and administrator-created users."
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "Response parameters autoVerifyPhone, autoVerifyEmail and autoConfirmUser are ignored by Amazon Cognito when the pre sign-up Lambda function is triggered by the AdminCreateUser API."
    Source: API Reference, AdminCreateUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "In either case, if the user has a password, they will be in the FORCE_CHANGE_PASSWORD state until they sign in and set their password."
    Given a user pool with a PreSignUp trigger
    And the PreSignUp trigger answers autoConfirmUser for Alice
    When an administrator creates an account for Alice with a temporary password
    Then the PreSignUp trigger received a PreSignUp_AdminCreateUser event for Alice
    And Alice's account is FORCE_CHANGE_PASSWORD

  @federation @changes_pool
  Scenario: A federated user's first sign-in invokes the pre sign-up function for an external provider
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "Your user pool invokes this trigger on self-service sign-up with SignUp or first sign-in with a trusted identity provider, and on user creation with AdminCreateUser."
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "The userAttributes in the request object sent to this function contain attributes that have been provided by local user sign-up or that have successfully been mapped from provider attributes for a federated user."
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "Lambda triggers for federated users ... First sign-in | Pre sign-up | PreSignUp_ExternalProvider"
    Given a user pool with a hosted UI and a PreSignUp trigger
    And the app client offers the suite's own OIDC identity provider
    And Fiona has an account at that identity provider
    When Fiona signs in through that identity provider
    Then the PreSignUp trigger received a PreSignUp_ExternalProvider event for Fiona
    And the event's user attributes include Fiona's email address
    And the browser is sent back to the app with a code and the same state

  @federation @changes_pool
  Scenario: A federated user's later sign-in does not invoke the pre sign-up function again
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "Lambda triggers for federated users ... First sign-in | Pre sign-up | PreSignUp_ExternalProvider ... Subsequent sign-ins | Pre authentication | PreAuthentication_Authentication"
    Source: Developer Guide, "Pre sign-up Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
      "Immediately before Amazon Cognito completes creation of a new local or federated user, it activates the pre sign-up Lambda function."
    Given a user pool with a hosted UI and a PreSignUp trigger
    And the app client offers the suite's own OIDC identity provider
    And Fiona has an account at that identity provider
    When Fiona signs in through that identity provider
    Then the PreSignUp trigger received a PreSignUp_ExternalProvider event for Fiona
    When Fiona signs in through that identity provider
    Then the browser is sent back to the app with a code and the same state
    And the PreSignUp trigger received exactly one PreSignUp_ExternalProvider event for Fiona
