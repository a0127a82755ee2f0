@pool @changes_pool
Feature: What a new user pool and a new app client are, and what creating them refuses
  A user pool created with only its name, and an app client created with only its name, take Cognito's
  defaults; DescribeUserPool and DescribeUserPoolClient say what they are. CreateUserPool refuses a custom
  attribute that users must provide, and CreateUserPoolClient a scope that no resource server defines.
  Checks: API CreateUserPool, DescribeUserPool, CreateUserPoolClient, DescribeUserPoolClient.

  Scenario: A new user pool is on the Essentials plan
    Source: API Reference, CreateUserPool, UserPoolTier, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html
      "The user pool feature plan, or tier. This parameter determines the eligibility of the user pool for features like managed login, access-token customization, and threat protection. Defaults to ESSENTIALS."
    Given a user pool created with only its name
    Then the pool is on the ESSENTIALS feature plan

  Scenario: A new user pool lets users sign in first with their password only
    Source: Developer Guide, "Manage authentication methods in AWS SDKs", https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html
      "The Password option is always available. This includes the PASSWORD and PASSWORD_SRP flows. Select the Additional choices that you want to add to your users' options."
    Given a user pool created with only its name
    Then users may sign in first with PASSWORD

  Scenario: A new user pool asks for passwords of 8 characters of every kind, and temporary passwords last 7 days
    Source: API Reference, PasswordPolicyType, TemporaryPasswordValidityDays, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html
      "The number of days a temporary password is valid in the password policy. If the user doesn't sign in during this time, an administrator must reset their password. Defaults to 7."
    Verified on AWS: hashicorp/terraform-provider-aws internal/service/cognitoidp/user_pool_test.go::TestAccCognitoIDPUserPool_basic
      "on a pool configured with only its name (the provider sends no password policy for it), the password policy read back has minimum_length 8, require_lowercase, require_numbers, require_symbols and require_uppercase true, and temporary_password_validity_days 7"
    Given a user pool created with only its name
    Then the password policy requires at least 8 characters with upper case, lower case, numbers and symbols
    And temporary passwords last 7 days

  Scenario: A new user pool sends its email with Cognito's own account, and its verification emails carry a code
    Verified on AWS: hashicorp/terraform-provider-aws internal/service/cognitoidp/user_pool_test.go::TestAccCognitoIDPUserPool_basic
      "on a pool configured with only its name (the provider sends no email configuration and no verification message template for it), email_configuration.0.email_sending_account reads back COGNITO_DEFAULT and verification_message_template.0.default_email_option CONFIRM_WITH_CODE"
    Given a user pool created with only its name
    Then the pool sends email with COGNITO_DEFAULT
    And the pool's verification emails use CONFIRM_WITH_CODE

  @undocumented
  Scenario: A new user pool has MFA off
    Choice: no page states what MfaConfiguration a pool created without one has, and no public test run against AWS shows it (the Terraform provider sends OFF itself: its mfa_configuration defaults to OFF in its schema). The suite's pools where MFA is off are created without MFA settings, so it pins OFF: the Developer Guide's "Adding MFA to a user pool" names OFF, OPTIONAL and ON and says a user pool prompts for MFA codes only when "You set MFA to optional or required in your user pool".
    Source: API Reference, CreateUserPool, MfaConfiguration, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html
      "Sets multi-factor authentication (MFA) to be on, off, or optional."
    Given a user pool created with only its name
    Then MFA is OFF

  Scenario: A new app client names no flows, attribute permissions or user existence setting of its own
    Source: API Reference, CreateUserPoolClient, ReadAttributes, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "Amazon Cognito only populates ReadAttributes in the API response if you have specified your own custom set of read attributes."
    Source: API Reference, CreateUserPoolClient, WriteAttributes, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "Amazon Cognito only populates WriteAttributes in the API response if you have specified your own custom set of write attributes."
    Verified on AWS: hashicorp/terraform-provider-aws internal/service/cognitoidp/user_pool_client_test.go::TestAccCognitoIDPUserPoolClient_nulls
      "on a pool and an app client each configured with only its name, explicit_auth_flows, read_attributes and write_attributes read back as empty sets"
    Verified on AWS: hashicorp/terraform-provider-aws internal/service/cognitoidp/user_pool_client_test.go::TestAccCognitoIDPUserPoolClient_basic
      "on an app client configured with only its name and explicit_auth_flows, prevent_user_existence_errors reads back empty, auth_session_validity 3 and enable_propagate_additional_user_context_data false, and read_attributes and write_attributes as empty sets"
    Given a user pool created with only its name
    When an administrator creates an app client
    Then the new app client names no auth flows, no read or write attributes and no user existence setting
    And the new app client gives 3 minutes to answer a challenge
    And the new app client does not pass on additional user context data

  Scenario: An app client cannot allow a scope that no resource server defines
    Source: API Reference, CreateUserPoolClient, error ScopeDoesNotExistException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "This exception is thrown when the specified scope doesn't exist."
    Verified on AWS: localstack/localstack-docs src/data/coverage/cognito-idp.json::test_custom_scopes
      "LocalStack's AWS-validated test_custom_scopes, on a pool created with only a PoolName, saw CreateUserPoolClient with AllowedOAuthScopes, ClientName and GenerateSecret (no OAuth flows) return 400 ScopeDoesNotExistException"
    Given a user pool created with only its name
    When an administrator creates an app client allowing a scope that no resource server defines
    Then it fails with ScopeDoesNotExistException

  Scenario: A custom attribute cannot be required
    Source: Developer Guide, "Working with user attributes", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
      "Each custom attribute has the following characteristics: ... You can't require that users provide a value for the attribute."
    Verified on AWS: localstack/localstack-docs src/data/coverage/cognito-idp.json::test_custom_attributes_cannot_be_required
      "LocalStack's AWS-validated test_custom_attributes_cannot_be_required saw CreateUserPool with a PoolName and a Schema return 400 InvalidParameterException"
    When an administrator creates a user pool whose schema requires a custom attribute
    Then it fails with InvalidParameterException
