"""A "team's pool" on moto's standalone server, made outside the suite, and a snapshot to compare it by."""

from __future__ import annotations

import boto3

CALLBACK = "https://app.example.com/callback"
SIGNED_OUT = "https://app.example.com/signed-out"
TEAM_PASSWORD = "Team-Password-2026!"
#: The team's own users, in several states; a run must leave exactly these.
TEAM_USERS = ["bob", "carol", "kana", "yoshino"]


def server_client(endpoint: str, region: str = "us-east-1"):
    return boto3.client("cognito-idp", region_name=region, endpoint_url=endpoint,
                        aws_access_key_id="testing", aws_secret_access_key="testing")


def create_team_pool(cognito) -> dict[str, str]:
    """The pool examples/pool_profile/our_pool.feature describes, with two users of its own."""
    pool = cognito.create_user_pool(
        PoolName="team-production",
        Policies={"PasswordPolicy": {"MinimumLength": 12, "RequireUppercase": True, "RequireLowercase": True,
                                     "RequireNumbers": True, "RequireSymbols": True}},
        Schema=[{"Name": "email", "AttributeDataType": "String", "Mutable": True, "Required": True}],
        AutoVerifiedAttributes=["email"],
        UsernameConfiguration={"CaseSensitive": False},
        AccountRecoverySetting={"RecoveryMechanisms": [{"Name": "verified_email", "Priority": 1}]},
        DeletionProtection="ACTIVE",
    )["UserPool"]["Id"]
    cognito.set_user_pool_mfa_config(UserPoolId=pool, MfaConfiguration="OPTIONAL",
                                     SoftwareTokenMfaConfiguration={"Enabled": True})
    cognito.create_identity_provider(UserPoolId=pool, ProviderName="Google", ProviderType="Google",
                                     ProviderDetails={"client_id": "g", "client_secret": "s",
                                                      "authorize_scopes": "openid email"},
                                     AttributeMapping={"email": "email"})
    browser = cognito.create_user_pool_client(
        UserPoolId=pool, ClientName="web", ExplicitAuthFlows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        PreventUserExistenceErrors="ENABLED", IdTokenValidity=15, AccessTokenValidity=15, RefreshTokenValidity=7,
        TokenValidityUnits={"IdToken": "minutes", "AccessToken": "minutes", "RefreshToken": "days"},
        CallbackURLs=[CALLBACK], LogoutURLs=[SIGNED_OUT], SupportedIdentityProviders=["COGNITO", "Google"],
        AllowedOAuthFlows=["code"], AllowedOAuthScopes=["openid", "email"], AllowedOAuthFlowsUserPoolClient=True,
    )["UserPoolClient"]["ClientId"]
    backend = cognito.create_user_pool_client(
        UserPoolId=pool, ClientName="backend", GenerateSecret=True,
        ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    )["UserPoolClient"]["ClientId"]
    for user in ("yoshino", "kana", "carol"):  # FORCE_CHANGE_PASSWORD; kana then CONFIRMED, carol disabled
        cognito.admin_create_user(UserPoolId=pool, Username=user, MessageAction="SUPPRESS",
                                  UserAttributes=[{"Name": "email", "Value": f"{user}@team.example"}])
    cognito.admin_set_user_password(UserPoolId=pool, Username="kana", Password=TEAM_PASSWORD, Permanent=True)
    cognito.admin_disable_user(UserPoolId=pool, Username="carol")
    cognito.sign_up(ClientId=browser, Username="bob", Password=TEAM_PASSWORD,  # UNCONFIRMED
                    UserAttributes=[{"Name": "email", "Value": "bob@team.example"}])
    for group in ("admins", "readers"):
        cognito.create_group(UserPoolId=pool, GroupName=group)
    cognito.admin_add_user_to_group(UserPoolId=pool, Username="kana", GroupName="admins")
    return {"user_pool_id": pool, "client_side_id": browser, "client_id": backend}


def env_file_for(path, team: dict[str, str], region: str = "us-east-1", extra: str = ""):
    path.write_text(f'region = "{region}"\n{extra}' + "".join(f'{k} = "{v}"\n' for k, v in team.items()))
    return path


def snapshot(cognito, pool_id: str) -> dict:
    """Everything a run could change about the pool: settings, clients, users, groups, providers."""
    pool = cognito.describe_user_pool(UserPoolId=pool_id)["UserPool"]
    for volatile in ("LastModifiedDate", "EstimatedNumberOfUsers"):
        pool.pop(volatile, None)
    clients = [cognito.describe_user_pool_client(UserPoolId=pool_id, ClientId=c["ClientId"])["UserPoolClient"]
               for c in cognito.list_user_pool_clients(UserPoolId=pool_id, MaxResults=60)["UserPoolClients"]]
    users = [{k: u[k] for k in ("Username", "Attributes", "UserStatus", "Enabled")}
             for u in cognito.list_users(UserPoolId=pool_id)["Users"]]
    return {
        "pool": pool,
        "mfa": {k: v for k, v in cognito.get_user_pool_mfa_config(UserPoolId=pool_id).items() if k != "ResponseMetadata"},
        "clients": sorted(clients, key=lambda c: c["ClientId"]),
        "users": sorted(users, key=lambda u: u["Username"]),
        "groups": [{k: v for k, v in g.items() if k != "LastModifiedDate"}
                   for g in cognito.list_groups(UserPoolId=pool_id)["Groups"]],
        "members": {g["GroupName"]: sorted(u["Username"] for u in cognito.list_users_in_group(
            UserPoolId=pool_id, GroupName=g["GroupName"])["Users"]) for g in cognito.list_groups(UserPoolId=pool_id)["Groups"]},
        "providers": cognito.list_identity_providers(UserPoolId=pool_id, MaxResults=60)["Providers"],
    }
