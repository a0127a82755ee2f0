"""The pool configurations the scenarios need, by name.

The standard pool has one app client per sign-in policy a scenario talks about, so that
every chapter-1 scenario shares a single pool (one CreateUserPool per run and worker).
"""

from .pools import ALL_USER_FLOWS, ClientSpec, PoolSpec

READABLE = ("email", "email_verified", "name", "custom:oshi")
WRITABLE = ("email", "name", "custom:oshi")

STANDARD_POOL = PoolSpec(
    key="standard",
    clients=(
        ClientSpec("app", ALL_USER_FLOWS, read_attributes=READABLE, write_attributes=WRITABLE),
        ClientSpec("confidential", ALL_USER_FLOWS, secret=True, read_attributes=READABLE,
                   write_attributes=WRITABLE),
        ClientSpec("srp only", ("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                   read_attributes=READABLE, write_attributes=WRITABLE),
        ClientSpec("user password only", ("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                   read_attributes=READABLE, write_attributes=WRITABLE),
        ClientSpec("admin password only", ("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                   read_attributes=READABLE, write_attributes=WRITABLE),
        ClientSpec("no custom write", ALL_USER_FLOWS, read_attributes=READABLE,
                   write_attributes=("email", "name")),
    ),
)

#: Which app client allows only a given flow (besides refreshing).
CLIENT_ALLOWING_ONLY = {
    "USER_SRP_AUTH": "srp only",
    "USER_PASSWORD_AUTH": "user password only",
    "ADMIN_USER_PASSWORD_AUTH": "admin password only",
}
