"""Pool settings for running the suite against AWS, as in the tutorial's ``env`` module.

Copy this file to ``env.py`` (git ignores it) and fill in what you use. The default moto
backend needs none of it. With ``--backend aws`` the suite provisions its own throwaway pools
in ``region`` and deletes them at the end; ``user_pool_id`` and the client ids name a pool of
your own (see README.md#running-against-aws).
"""

# The AWS profile boto3 uses (~/.aws/config); None means boto3's default credential chain.
profile = None
# The region of your pool, e.g. "ap-northeast-1".
region = "ap-northeast-1"

# Your own user pool and its app clients (tutorial: user_pool_id, client_id, client_side_id).
user_pool_id = None       # e.g. "ap-northeast-1_AbC123xyz"
client_id = None          # an app client with a secret (server side)
client_side_id = None     # an app client without a secret (SPA / mobile)

# The hosted UI: the pool's domain and the app's registered URLs.
domain = None             # e.g. "my-app.auth.ap-northeast-1.amazoncognito.com"
redirect_url = None       # a registered callback URL, e.g. "https://app.example.com/callback"
logout_url = None         # a registered sign-out URL

# Send Cognito calls elsewhere (moto's server, cognito-local); same as --endpoint-url.
endpoint_url = None

# The IAM role Cognito uses to send SMS through SNS (only for the SMS MFA scenarios).
sms_role_arn = None       # e.g. "arn:aws:iam::123456789012:role/cognito-sms"

# A verified Amazon SES identity Cognito sends email through (EmailConfiguration DEVELOPER), and its FROM
# address (only for the email one-time-password scenarios; the suite cannot verify an identity itself).
ses_source_arn = None     # e.g. "arn:aws:ses:us-east-1:123456789012:identity/no-reply@example.com"
ses_from = None           # e.g. "no-reply@example.com"; unset: the identity's address

# The Lambda trigger scenarios (features/triggers) deploy the suite's own functions, which need an execution
# role Lambda can assume (trust lambda.amazonaws.com, with AWSLambdaBasicExecutionRole) and the run may pass
# (iam:PassRole); unset: those scenarios skip, naming this setting. The custom sender scenarios also need a
# symmetric KMS key Cognito may use (README.md#lambda-triggers).
lambda_role_arn = None    # e.g. "arn:aws:iam::123456789012:role/cognito-conformance-triggers"
kms_key_arn = None        # e.g. "arn:aws:kms:us-east-1:123456789012:key/1234abcd-..."

# Existing-pool mode: a group of your pool set aside for the suite. Scenarios that put a user in a
# group run only when their group is this one (the catalogue's is "admins"); the suite never changes
# the membership of any other group. Unset: those scenarios skip, naming this setting.
suite_group = None        # e.g. "admins" in a test pool, where that group grants nothing
