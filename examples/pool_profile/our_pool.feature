@profile
Feature: Our user pool's configuration
  What our production pool must be, checked against the pool itself (DescribeUserPool,
  DescribeUserPoolClient, GetUserPoolMfaConfig): nothing is written to it. App clients are named
  by their env.py setting, id or name.

  Scenario: Passwords are long and mixed
    Source: API Reference, PasswordPolicyType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html
      "MinimumLength: The minimum length of the password in the policy that you have set. This value can't be less than 6."
    Source: API Reference, PasswordPolicyType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html
      "RequireUppercase: The requirement in a password policy that users must include at least one uppercase letter in their password."
    Source: API Reference, PasswordPolicyType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html
      "RequireSymbols: The requirement in a password policy that users must include at least one symbol in their password."
    Then the password policy requires at least 12 characters with upper case, lower case, numbers and symbols

  Scenario: MFA is optional, by authenticator app
    Source: API Reference, GetUserPoolMfaConfig, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserPoolMfaConfig.html
      "MfaConfiguration: Displays the state of multi-factor authentication (MFA) as on, off, or optional."
    Source: API Reference, GetUserPoolMfaConfig, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserPoolMfaConfig.html
      "SoftwareTokenMfaConfiguration: Shows user pool configuration for time-based one-time password (TOTP) MFA. Includes TOTP enabled or disabled state."
    Then MFA is OPTIONAL
    And software token MFA is enabled

  Scenario: Usernames ignore capitalization, users sign themselves up and recover their accounts by email
    Source: API Reference, UsernameConfigurationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UsernameConfigurationType.html
      "Enables case insensitivity for all username input. For example, when this option is set to false, users can sign in using username, USERNAME, or UserName."
    Source: API Reference, AdminCreateUserConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUserConfigType.html
      "When false, users can register themselves and create a new user profile with the SignUp operation."
    Source: API Reference, RecoveryOptionType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RecoveryOptionType.html
      "Your priority preference for using the specified attribute in account recovery. The highest priority is 1."
    Then usernames are case insensitive
    And users may sign themselves up
    And accounts are recovered by verified_email

  Scenario: The pool cannot be deleted by accident
    Source: Developer Guide, "User pool deletion protection", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html
      "To make it so that your administrators don't accidentally delete your user pool, activate deletion protection."
    Then the pool is protected against deletion

  Scenario: Every user has an email address
    Source: API Reference, SchemaAttributeType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html
      "Required: Specifies whether a user pool attribute is required. If the attribute is required and the user doesn't provide a value, registration or sign-in will fail."
    Then the required attributes are email

  Scenario: The browser app signs in with SRP only, and has no secret
    Source: API Reference, UserPoolClientType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "ExplicitAuthFlows: The authentication flows that you want your user pool client to support."
    Source: API Reference, UserPoolClientType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "ClientSecret: The app client secret."
    Source: API Reference, UserPoolClientType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "PreventUserExistenceErrors: When ENABLED, suppresses messages that might indicate a valid user exists when someone attempts sign-in. ... Defaults to LEGACY."
    Then app client "client_side_id" allows exactly USER_SRP_AUTH and REFRESH_TOKEN_AUTH
    And app client "client_side_id" has no client secret
    And app client "client_side_id" hides whether users exist

  Scenario: The back end signs in with the admin API and proves its secret
    Source: API Reference, UserPoolClientType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "ExplicitAuthFlows: The authentication flows that you want your user pool client to support."
    Source: API Reference, UserPoolClientType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "ClientSecret: The app client secret."
    Then app client "client_id" allows exactly ADMIN_USER_PASSWORD_AUTH and REFRESH_TOKEN_AUTH
    And app client "client_id" has a client secret

  Scenario: Tokens live as our security policy says
    Source: API Reference, UserPoolClientType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "TokenValidityUnits: The time units that, with IdTokenValidity, AccessTokenValidity, and RefreshTokenValidity, set and display the duration of ID, access, and refresh tokens for an app client."
    Source: API Reference, UserPoolClientType, IdTokenValidity, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "If you don't specify otherwise in the configuration of your app client, your ID tokens are valid for one hour."
    Source: API Reference, UserPoolClientType, RefreshTokenValidity, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "The default time unit for RefreshTokenValidity in an API request is days. You can't set RefreshTokenValidity to 0. If you do, Amazon Cognito overrides the value with the default value of 30 days."
    Then app client "client_side_id" issues ID tokens for 15 minutes, access tokens for 15 minutes and refresh tokens for 7 days

  Scenario: The hosted UI returns only to our app, and users sign in with Google too
    Source: API Reference, UserPoolClientType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "CallbackURLs: A list of allowed redirect (callback) URLs for the IdPs."
    Source: API Reference, UserPoolClientType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "LogoutURLs: A list of allowed logout URLs for the IdPs."
    Source: API Reference, UserPoolClientType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
      "SupportedIdentityProviders: A list of provider names for the identity providers (IdPs) that are supported on this client."
    Source: API Reference, ListIdentityProviders, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListIdentityProviders.html
      "Given a user pool ID, returns information about configured identity providers (IdPs)."
    Then app client "client_side_id" sends users back only to https://app.example.com/callback
    And app client "client_side_id" signs users out only to https://app.example.com/signed-out
    And app client "client_side_id" offers sign-in with COGNITO and Google
    And the pool federates with Google
