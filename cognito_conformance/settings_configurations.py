"""The pools the settings scenarios need: sign-in identifiers, sign-up, the schema, groups, recovery.

Each is one real Cognito accepts: UsernameAttributes and AliasAttributes are never combined, app
clients read and write only attributes the pool's schema defines, and custom attributes' constraints
are within the documented ranges.
"""

from .pools import ALL_USER_FLOWS, ClientSpec, PoolSpec, schema_entry

#: A role ARN in the documented format for a group. CreateGroup documents no check that the role exists,
#: and no public test against AWS shows one either way (Terraform's user_group_test.go creates its roles
#: first): see the Choice line of "The ID token carries the groups' roles..." in features/groups.
ROLE_ARN = "arn:aws:iam::123456789012:role/cc-conformance-{}"

_READ = ("email", "email_verified", "name")
_WRITE = ("email", "name")


def _app(read=_READ, write=_WRITE) -> tuple[ClientSpec, ...]:
    return (ClientSpec("app", ALL_USER_FLOWS, read_attributes=read, write_attributes=write),)


#: Users sign up and sign in with their email address (UsernameAttributes email).
EMAIL_USERNAME_POOL = PoolSpec(key="email as username", clients=_app(), username_attributes=("email",))
#: Users sign up and sign in with their phone number (UsernameAttributes phone_number); nothing is auto-verified.
PHONE_USERNAME_POOL = PoolSpec(
    key="phone as username", clients=_app(read=(*_READ, "phone_number"), write=(*_WRITE, "phone_number")),
    username_attributes=("phone_number",), auto_verified=())
#: A username, and the email address and preferred_username as aliases.
ALIAS_POOL = PoolSpec(
    key="aliases", clients=_app(read=(*_READ, "preferred_username"), write=(*_WRITE, "preferred_username")),
    alias_attributes=("email", "preferred_username"), case_sensitive=False)
#: Usernames by case: insensitive (the documented best practice) and sensitive.
CASE_POOLS = {
    "insensitive": PoolSpec(key="case insensitive", clients=_app(), case_sensitive=False),
    "sensitive": PoolSpec(key="case sensitive", clients=_app(), case_sensitive=True),
}
#: Only administrators create users (AllowAdminCreateUserOnly).
ADMIN_ONLY_POOL = PoolSpec(key="admin only", clients=_app(), admin_create_only=True)

#: A schema with a required standard attribute and custom attributes of each kind a scenario names.
SCHEMA_POOL = PoolSpec(
    key="schema",
    clients=_app(read=(*_READ, "custom:code", "custom:age", "custom:born"),
                 write=(*_WRITE, "custom:code", "custom:age")),
    required_attributes=("name",),
    custom_attributes=(),
    extra_schema=(
        schema_entry(Name="code", AttributeDataType="String", Mutable=True,
                     StringAttributeConstraints={"MinLength": "3", "MaxLength": "5"}),
        schema_entry(Name="age", AttributeDataType="Number", Mutable=True,
                     NumberAttributeConstraints={"MinValue": "18", "MaxValue": "120"}),
        schema_entry(Name="born", AttributeDataType="String", Mutable=False),
        schema_entry(Name="tier", AttributeDataType="String", Mutable=True, DeveloperOnlyAttribute=True),
    ),
)

#: Groups with IAM roles and precedences (the lowest precedence wins cognito:preferred_role).
GROUPS_POOL = PoolSpec(
    key="groups",
    clients=_app(),
    groups=(("readers", 5, ROLE_ARN.format("readers")), ("editors", 1, ROLE_ARN.format("editors")), "plain"),
)

#: Only an administrator recovers accounts (AccountRecoverySetting admin_only).
ADMIN_RECOVERY_POOL = PoolSpec(key="admin only recovery", clients=_app(), recovery=("admin_only",))

#: A pool that verifies email addresses automatically and leaves AccountRecoverySetting out.
EMAIL_VERIFYING_POOL = PoolSpec(key="verifies email", clients=_app(), recovery=())
#: A pool that verifies nothing automatically (no AutoVerifiedAttributes) and recovers accounts by a verified
#: email address: the configuration of moto's aws_verified test_sign_up_with_unverified_email.
NOTHING_VERIFIED_POOL = PoolSpec(key="verifies nothing", clients=_app(), auto_verified=())
#: A pool created with only its name, as the Terraform provider's TestAccCognitoIDPUserPool_basic and
#: LocalStack's AWS-validated tests create theirs: every setting is Cognito's default. No app client.
NAME_ONLY_POOL = PoolSpec(key="name only", clients=(), name_only=True)

#: The settings of a pool that a scenario creates for itself and changes (UpdateUserPool, deletion protection).
LAX_POLICY = (("MinimumLength", 6), ("RequireUppercase", False), ("RequireLowercase", False),
              ("RequireNumbers", False), ("RequireSymbols", False), ("TemporaryPasswordValidityDays", 7))
OWN_POOLS = {
    "the standard schema": PoolSpec(key="own schema", clients=_app()),
    "a lax password policy": PoolSpec(key="lax", clients=_app(), password_policy=LAX_POLICY,
                                      admin_create_only=True),
    "deletion protection": PoolSpec(key="protected", clients=(), deletion_protection=True),
}

#: AccountRecoverySetting with both mechanisms, in each order. verified_phone_number can send SMS,
#: so the pool has an SMS configuration (sms: the run's sms_role_arn; without one the scenario skips).
RECOVERY_ORDER_POOLS = {
    ("email address", "phone number"): PoolSpec(key="recovery email first", clients=_app(), sms=True,
                                                recovery=("verified_email", "verified_phone_number")),
    ("phone number", "email address"): PoolSpec(key="recovery phone first", clients=_app(), sms=True,
                                                recovery=("verified_phone_number", "verified_email")),
}

#: A pool's own verification messages (VerificationMessageTemplate, codes rather than links). Each
#: message carries the {####} placeholder, as CreateUserPool requires of a code message.
VERIFICATION_TEMPLATE = (("DefaultEmailOption", "CONFIRM_WITH_CODE"),
                         ("EmailMessage", "Your cognito-conformance code is {####}."),
                         ("EmailSubject", "Your cognito-conformance code"),
                         ("SmsMessage", "Your cognito-conformance code is {####}."))
VERIFICATION_MESSAGES_POOL = PoolSpec(key="verification messages", clients=_app(),
                                      verification_template=VERIFICATION_TEMPLATE)
