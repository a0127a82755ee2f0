@triggers
Feature: The custom email and SMS sender triggers
  A pool with a custom email sender hands the function, instead of sending it, every message Cognito
  would email, with the code encrypted by the pool's KMS key through the AWS Encryption SDK. The suite's
  function delivers nothing; the suite decrypts the code the event carried with the pool's key and uses
  it. Every scenario first proves that the suite's own function received the event. Against AWS these
  scenarios need a KMS key (env.py kms_key_arn); on an emulator the suite makes one.
  Checks: Developer Guide "Custom sender Lambda triggers", "Custom email sender Lambda trigger";
  shared/TRIGGERS.md 1.7, 2.9.

  Scenario: Signing up hands the confirmation code, encrypted, to the function, and that code confirms the sign-up
    Source: API Reference, LambdaConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html
      "CustomEmailSender: The configuration of a custom email sender Lambda trigger. This trigger routes all email notifications from a user pool to a Lambda function that delivers the message using custom logic."
    Source: API Reference, LambdaConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html
      "KMSKeyID: The ARN of an KMS key. Amazon Cognito uses the key to encrypt codes and temporary passwords sent to custom sender Lambda triggers."
    Source: Developer Guide, "Custom sender Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html
      "Amazon Cognito sends the code and temporary passwords (secrets) to your activated Lambda functions. Amazon Cognito encrypts these secrets with an AWS KMS customer managed key and the AWS Encryption SDK."
    Given a user pool with a CustomEmailSender trigger
    When Alice signs up
    Then the CustomEmailSender trigger received a CustomEmailSender_SignUp event for Alice
    And the CustomEmailSender event for Alice is a customEmailSenderRequestV1 request
    And the code of the CustomEmailSender_SignUp event for Alice is not in clear and decrypts with the user pool's KMS key
    When Alice confirms the sign-up with the code the CustomEmailSender_SignUp event carried
    Then it succeeds
    And Alice's account is CONFIRMED

  Scenario: A password reset hands its code to the function, and that code sets the new password
    Source: Developer Guide, "Custom email sender Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
      "CustomEmailSender_ForgotPassword | A user requests a code to reset their password."
    Source: API Reference, LambdaConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html
      "KMSKeyID: The ARN of an KMS key. Amazon Cognito uses the key to encrypt codes and temporary passwords sent to custom sender Lambda triggers."
    Source: Developer Guide, "Custom sender Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html
      "Amazon Cognito sends the code and temporary passwords (secrets) to your activated Lambda functions. Amazon Cognito encrypts these secrets with an AWS KMS customer managed key and the AWS Encryption SDK."
    Given a user pool with a CustomEmailSender trigger
    And Alice is a confirmed user
    When Alice asks to reset the password
    Then the CustomEmailSender trigger received a CustomEmailSender_ForgotPassword event for Alice
    And the code of the CustomEmailSender_ForgotPassword event for Alice is not in clear and decrypts with the user pool's KMS key
    When Alice sets a new password with the code the CustomEmailSender_ForgotPassword event carried
    Then it succeeds
    And Alice can sign in with USER_PASSWORD_AUTH

  Scenario Outline: An administrator's invitation hands the temporary password, encrypted, to the custom sender, and it signs the user in
    Source: API Reference, LambdaConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html
      "KMSKeyID: The ARN of an KMS key. Amazon Cognito uses the key to encrypt codes and temporary passwords sent to custom sender Lambda triggers."
    Source: Developer Guide, "Custom sender Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html
      "Amazon Cognito sends the code and temporary passwords (secrets) to your activated Lambda functions. Amazon Cognito encrypts these secrets with an AWS KMS customer managed key and the AWS Encryption SDK."
    Source: Developer Guide, "Custom SMS sender Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
      "When you assign a custom SMS sender trigger to your user pool, Amazon Cognito invokes a Lambda function instead of its default behavior when a user event requires that it send an SMS message."
    Source: API Reference, LambdaConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html
      "CustomEmailSender: The configuration of a custom email sender Lambda trigger. This trigger routes all email notifications from a user pool to a Lambda function that delivers the message using custom logic."
    Given a user pool with a <trigger> trigger
    When an administrator invites Alice by <medium> with a temporary password
    Then the <trigger> trigger received a <trigger>_AdminCreateUser event for Alice
    And the code of the <trigger>_AdminCreateUser event for Alice is not in clear and decrypts with the user pool's KMS key
    When Alice signs in with USER_PASSWORD_AUTH using the temporary password the <trigger>_AdminCreateUser event carried
    Then Cognito challenges Alice with NEW_PASSWORD_REQUIRED

    Examples:
      | trigger           | medium |
      | CustomEmailSender | EMAIL  |
      | CustomSMSSender   | SMS    |
