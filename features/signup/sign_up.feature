@signup
Feature: Signing up and confirming the account
  A new user registers with SignUp and proves the address with the code Cognito sends.
  Until then the account is UNCONFIRMED and cannot sign in.
  Checks: Developer Guide "Signing up and confirming user accounts"; API SignUp, ConfirmSignUp, AdminConfirmSignUp.

  Scenario: Signing up leaves the account unconfirmed
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "UserConfirmed: Indicates whether the user was automatically confirmed. You can auto-confirm users with a pre sign-up Lambda trigger."
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "UserSub: The unique identifier of the new user, for example a1b2c3d4-5678-90ab-cdef-EXAMPLE11111."
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "The user has successfully signed up, but cannot sign in until the user account is confirmed. The user is enabled but not confirmed in this state."
    Source: API Reference, UserType, UserStatus, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserType.html
      "UNCONFIRMED: User has been created but not confirmed."
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_sign_up
      "signs up on a pool with no auto-verified attribute and asserts UserConfirmed is False and UserSub is not None"
    When Alice signs up
    Then it succeeds
    And Cognito answers that Alice's account is not confirmed yet
    And Cognito gives Alice a user sub
    And Alice's account is UNCONFIRMED

  @delivered_code
  Scenario: The code Cognito sent confirms the account
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "The app calls ConfirmSignUp to send the code to the Amazon Cognito service, which verifies the code and, if the code is correct, sets the user's account to the confirmed state."
    Source: API Reference, UserType, UserStatus, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserType.html
      "CONFIRMED: User has been confirmed."
    Given Alice has signed up
    When Alice confirms the sign-up with the code Cognito sent
    Then it succeeds
    And Alice's account is CONFIRMED

  Scenario: A wrong confirmation code is refused
    Source: API Reference, ConfirmSignUp, error CodeMismatchException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html
      "This exception is thrown if the provided code doesn't match what the server was expecting."
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "The app calls ConfirmSignUp to send the code to the Amazon Cognito service, which verifies the code and, if the code is correct, sets the user's account to the confirmed state."
    Given Alice has signed up
    When Alice confirms the sign-up with a wrong code
    Then it fails with CodeMismatchException
    And Alice's account is UNCONFIRMED

  Scenario: A username can be taken only once
    Source: Developer Guide, "Managing user existence error responses", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
      "The SignUp operation always returns UsernameExistsException when a username is already taken."
    Given Alice has signed up
    When Alice signs up again with the same username
    Then it fails with UsernameExistsException

  Scenario: Signing up without the attribute the pool verifies sends no code
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_sign_up_with_verified_but_not_supplied_email
      "on a pool with AutoVerifiedAttributes email, SignUp without an email attribute answers UserConfirmed false and no CodeDeliveryDetails"
    Given a user pool that verifies email addresses automatically
    When Alice signs up without an email address
    Then Cognito says it sent no confirmation code

  Scenario: Signing up in a pool that verifies nothing sends no code
    Source: API Reference, SignUp, CodeDeliveryDetails, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "In user pools that automatically verify and confirm new users, Amazon Cognito sends users a message with a code or link that confirms ownership of the phone number or email address that they entered. The CodeDeliveryDetails object is information about the delivery destination for that link or code."
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_sign_up_with_unverified_email
      "on a pool with AccountRecoverySetting verified_email and no AutoVerifiedAttributes, SignUp with an email attribute answers UserConfirmed false and no CodeDeliveryDetails"
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_sign_up
      "on a pool created with only a name (nothing auto-verified), SignUp answers UserConfirmed false, a UserSub and no CodeDeliveryDetails"
    Given a user pool that verifies nothing automatically
    When Alice signs up
    Then Cognito says it sent no confirmation code

  Scenario Outline: A password that breaks the pool's policy is refused
    Source: API Reference, SignUp, error InvalidPasswordException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "This exception is thrown when Amazon Cognito encounters an invalid password."
    Source: Developer Guide, "Passwords, account recovery, and password policies", https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html
      "All users must sign up or be created with a password whose length is greater than or equal to this value."
    Source: Developer Guide, "Passwords, account recovery, and password policies", https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html
      "Choose the character types–numbers, special characters, uppercase letters, and lowercase letters–that you want to require at least one of in each user's password."
    Given the pool requires passwords of at least 8 characters with upper case, lower case, numbers and symbols
    When Alice signs up with a password that <breaks the policy>
    Then it fails with InvalidPasswordException
    And Alice has no account

    Examples:
      | breaks the policy            |
      | is shorter than 8 characters |
      | has no upper-case letter     |
      | has no lower-case letter     |
      | has no number                |
      | has no symbol                |

  Scenario Outline: An unconfirmed user cannot sign in
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "Users who sign themselves up must be confirmed before they can sign in."
    Source: API Reference, InitiateAuth, error UserNotConfirmedException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "This exception is thrown when a user isn't confirmed successfully."
    Given Alice has signed up
    When Alice signs in with <flow>
    Then it fails with UserNotConfirmedException

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | ADMIN_USER_PASSWORD_AUTH |

  @contested
  Scenario: An unconfirmed user's password sign-in is not authorized
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "Users who sign themselves up must be confirmed before they can sign in."
    Source: API Reference, InitiateAuth, error UserNotConfirmedException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "This exception is thrown when a user isn't confirmed successfully."
    Verified on AWS: localstack/localstack-docs src/data/coverage/cognito-idp.json::test_user_login_before_confirmation
      "LocalStack's AWS-validated test_user_login_before_confirmation saw InitiateAuth return 400 NotAuthorizedException after SignUp, and 200 after AdminConfirmSignUp"
    Reasoning: InitiateAuth's reference names UserNotConfirmedException for an unconfirmed user; LocalStack's test run against AWS signed a user up and got NotAuthorizedException from InitiateAuth, then signed in once an administrator confirmed the account. Its InitiateAuth returned tokens without a challenge, so it used the password flow USER_PASSWORD_AUTH: the suite asserts what AWS was seen to do for that flow only, and keeps the documented UserNotConfirmedException for the other flows. Public reports of what AWS answers disagree (aws/aws-sdk-php#2685, aws-amplify/amplify-js#9877, jagregory/cognito-local#337). A first run against a real pool settles it: if USER_PASSWORD_AUTH fails there with UserNotConfirmedException, the documentation holds.
    Given Alice has signed up
    When Alice signs in with USER_PASSWORD_AUTH
    Then it fails with NotAuthorizedException

  Scenario: An administrator confirms a sign-up
    Source: API Reference, AdminConfirmSignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminConfirmSignUp.html
      "This request sets a user account active in a user pool that requires confirmation of new user accounts before they can sign in."
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "At this point the user's account is in a confirmed state, and the user can sign in."
    Given Alice has signed up
    When an administrator confirms Alice's sign-up
    Then it succeeds
    And Alice's account is CONFIRMED

  Scenario: An administrator cannot confirm an account that is already confirmed
    Verified on AWS: localstack/localstack-docs src/data/coverage/cognito-idp.json::test_user_pool_error_messages
      "LocalStack's AWS-validated test_user_pool_error_messages signed a user up, confirmed it with AdminConfirmSignUp (200), and saw AdminConfirmSignUp then return 400 NotAuthorizedException"
    Given Alice has signed up
    And an administrator has confirmed Alice's sign-up
    When an administrator confirms Alice's sign-up
    Then it fails with NotAuthorizedException
    And Alice can sign in with USER_PASSWORD_AUTH
