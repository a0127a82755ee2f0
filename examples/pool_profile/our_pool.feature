@profile
Feature: Our user pool's configuration
  What our production pool must be, checked against the pool itself (DescribeUserPool,
  DescribeUserPoolClient, GetUserPoolMfaConfig): nothing is written to it. App clients are named
  by their env.py setting, id or name.

  Scenario: Passwords are long and mixed
    Then the password policy requires at least 12 characters with upper case, lower case, numbers and symbols

  Scenario: MFA is optional, by authenticator app
    Then MFA is OPTIONAL
    And software token MFA is enabled

  Scenario: Every user has an email address
    Then the required attributes are email

  Scenario: The browser app signs in with SRP only, and has no secret
    Then app client "client_side_id" allows exactly USER_SRP_AUTH and REFRESH_TOKEN_AUTH
    And app client "client_side_id" has no client secret
    And app client "client_side_id" hides whether users exist

  Scenario: The back end signs in with the admin API and proves its secret
    Then app client "client_id" allows exactly ADMIN_USER_PASSWORD_AUTH and REFRESH_TOKEN_AUTH
    And app client "client_id" has a client secret

  Scenario: Tokens live as our security policy says
    Then app client "client_side_id" issues ID tokens for 15 minutes, access tokens for 15 minutes and refresh tokens for 7 days

  Scenario: The hosted UI returns only to our app, and users sign in with Google too
    Then app client "client_side_id" sends users back only to https://app.example.com/callback
    And app client "client_side_id" signs users out only to https://app.example.com/signed-out
    And app client "client_side_id" offers sign-in with COGNITO and Google
    And the pool federates with Google
