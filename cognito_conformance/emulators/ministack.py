"""ministack (PyPI ``ministack``, https://github.com/ministackorg/ministack), installed on demand and run as a child.

    with Ministack() as emulator:             # installs ministack[full] into .tools/ministack (a venv) if needed
        run the suite with --backend aws --endpoint-url emulator.endpoint_url --emulator ministack

Each instance listens on 127.0.0.1 (``BIND_HOST``) on a free port (``GATEWAY_PORT``) and keeps its
state in a temporary directory of its own (``STATE_DIR``; ministack's default is one path under the
temporary directory shared by every instance, and the pools' signing keys live there). Stopping it
terminates the whole process group (ministack's Lambda workers included), then kills it, and removes
the directory: nothing is left running or on disk.

The settings that decide results (measured on 1.5.33, issue 21):

- ``ministack[full]``: the extra brings ``cryptography``; without it ministack's tokens carry random
  bytes for a signature and its key set holds one invalid key. The health check below refuses such a
  server (the key set of a new pool must hold an RSA key that ``cryptography`` can load).
- ``AUTH=true``: without it ministack checks no SECRET_HASH, codes, allowed flows or revocations.
- The account: under ``AUTH=true`` an access key of 12 digits names the account
  (ministack/app.py ``_request_account_scope``, core/responses.py ``get_account_id``), and ministack
  checks the role ARNs a pool names against its own IAM in that account. The suite's placeholder
  roles are in account 123456789012 (``implementations.MOTO_SMS_ROLE``): the runner signs its calls
  with access key 123456789012 and creates those roles there before the first scenario
  (:func:`create_suite_roles`).
- ``IOT_MTLS_ENABLED=0``: ministack otherwise opens an MQTT listener on the fixed port 8883, which a
  second instance (or another program) would collide with; the suite needs no IoT.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from .local_server import EmulatorError, EmulatorUnavailable, LocalServer

#: Pinned: the divergence registry's ministack entries were measured on this version.
MINISTACK_VERSION = "1.5.33"
#: What the runner installs: the extra brings ``cryptography`` (real RS256 signatures and keys).
REQUIREMENT = f"ministack[full]=={MINISTACK_VERSION}"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TOOLS_DIR = PROJECT_ROOT / ".tools" / "ministack"
#: The account the suite's placeholder role ARNs belong to; an access key of 12 digits selects it.
SUITE_ACCOUNT = "123456789012"
#: The credentials the suite signs with against ministack (any secret: ministack knows no keys but its own IAM's).
CREDENTIALS = {"AWS_ACCESS_KEY_ID": SUITE_ACCOUNT, "AWS_SECRET_ACCESS_KEY": "testing"}


def suite_roles() -> tuple[str, ...]:
    """The roles the suite's configurations name, all in SUITE_ACCOUNT: the SMS role
    (implementations.MOTO_SMS_ROLE) and the groups' roles (settings_configurations.GROUPS_POOL)."""
    from ..implementations import MOTO_SMS_ROLE
    from ..settings_configurations import GROUPS_POOL

    arns = [MOTO_SMS_ROLE, *(group[2] for group in GROUPS_POOL.groups if isinstance(group, tuple) and group[2])]
    return tuple(dict.fromkeys(arn.rsplit("/", 1)[1] for arn in arns if f"::{SUITE_ACCOUNT}:role/" in arn))

#: The trust policy of those roles: Cognito may assume them, as Cognito's SMS role requires.
TRUST_POLICY = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "cognito-idp.amazonaws.com"}, "Action": "sts:AssumeRole"}]}


def mailbox_url(endpoint_url: str) -> str:
    """Where ministack lists the emails it would have sent (``GET /_ministack/ses/messages``)."""
    return f"{endpoint_url.rstrip('/')}/_ministack/ses/messages"


def health(endpoint_url: str, timeout: float = 2.0) -> dict:
    """ministack's ``/_ministack/health`` (its version, whether AUTH is on), or EmulatorError."""
    try:
        with urllib.request.urlopen(f"{endpoint_url.rstrip('/')}/_ministack/health", timeout=timeout) as response:
            return json.loads(response.read())
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise EmulatorError(f"ministack's health endpoint {endpoint_url}/_ministack/health does not answer: {exc}") \
            from None


def check_health(endpoint_url: str, version: str = MINISTACK_VERSION) -> dict:
    """Refuse a server the registry was not measured for: another version, or AUTH off."""
    found = health(endpoint_url)
    problems = []
    if found.get("version") != version:
        problems.append(f"it is version {found.get('version')!r}, the registry measured {version}")
    if found.get("auth") != "enabled":
        problems.append("AUTH is not enabled (start it with AUTH=true: without it ministack checks no SECRET_HASH, "
                        "codes, flows or revocations)")
    if problems:
        raise EmulatorError(f"ministack at {endpoint_url}: " + "; ".join(problems))
    return found


def create_suite_roles(endpoint_url: str, region: str = "us-east-1") -> None:
    """Create the roles the suite's configurations name in the suite's account, if absent."""
    import boto3

    iam = boto3.client("iam", endpoint_url=endpoint_url, region_name=region,
                       aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
                       aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"])
    for name in suite_roles():
        try:
            iam.get_role(RoleName=name)
        except iam.exceptions.NoSuchEntityException:
            iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps(TRUST_POLICY))


def check_signing_keys(endpoint_url: str, region: str = "us-east-1") -> None:
    """A throwaway pool's key set must hold an RSA key ``cryptography`` can load (ministack[full])."""
    import boto3
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicNumbers

    idp = boto3.client("cognito-idp", endpoint_url=endpoint_url, region_name=region,
                       aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
                       aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"])
    pool_id = idp.create_user_pool(PoolName="ministack-runner-key-check")["UserPool"]["Id"]
    try:
        with urllib.request.urlopen(f"{endpoint_url}/{pool_id}/.well-known/jwks.json", timeout=5) as response:
            keys = json.loads(response.read()).get("keys") or []
        for key in keys:
            try:
                RSAPublicNumbers(_b64int(key["e"]), _b64int(key["n"])).public_key()
            except (KeyError, ValueError) as exc:
                raise EmulatorError(f"ministack's key set holds an invalid key ({exc}): is ministack[full] "
                                    "(cryptography) installed?") from None
        if not keys:
            raise EmulatorError("ministack's key set is empty: is ministack[full] (cryptography) installed?")
    finally:
        idp.delete_user_pool(UserPoolId=pool_id)


def _b64int(text: str) -> int:
    import base64

    return int.from_bytes(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)), "big")


class Ministack(LocalServer):
    """One ministack server: ``start()``/``stop()`` or a context manager."""

    NAME = "ministack"
    HEALTH_PATH = "/_ministack/health"
    POLL = 0.2

    def __init__(self, tools_dir: Path | str = DEFAULT_TOOLS_DIR, host: str = "127.0.0.1",
                 port: int | None = None, version: str = MINISTACK_VERSION,
                 startup_timeout: float = 60.0, extra_env: dict[str, str] | None = None) -> None:
        super().__init__(tools_dir, host, port, version, startup_timeout, extra_env)

    # -- installation --------------------------------------------------------------------------

    @property
    def python(self) -> Path:
        return self.tools_dir / "bin" / "python"

    @property
    def entry_point(self) -> Path:
        return self.tools_dir / "bin" / "ministack"

    def installed_version(self) -> str | None:
        """The version in the tools venv (its dist-info directory), without starting Python."""
        found = sorted(self.tools_dir.glob("lib/python*/site-packages/ministack-*.dist-info"))
        if not found:
            return None
        return found[-1].name[len("ministack-"):-len(".dist-info")]

    def _has_cryptography(self) -> bool:
        return any(self.tools_dir.glob("lib/python*/site-packages/cryptography"))

    def install(self) -> None:
        """``pip install`` the pinned ministack[full] into a venv in the tools directory, unless it is there."""
        if self.installed_version() == self.version and self.entry_point.is_file() and self._has_cryptography():
            return
        if not self.python.is_file():
            made = subprocess.run([sys.executable, "-m", "venv", str(self.tools_dir)], capture_output=True,
                                  text=True, check=False, timeout=300)
            if made.returncode != 0:
                raise EmulatorUnavailable(f"could not make a venv in {self.tools_dir} "
                                          f"({sys.executable} -m venv): {made.stderr.strip()[-500:]}")
        command = [str(self.python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                   f"ministack[full]=={self.version}"]
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=1200)
        if result.returncode != 0 or self.installed_version() != self.version:
            raise EmulatorUnavailable(f"{' '.join(command)} failed (exit {result.returncode}):\n"
                                      f"{result.stdout[-2000:]}{result.stderr[-2000:]}")

    # -- running -------------------------------------------------------------------------------

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "MINISTACK_", "COGNITO_"))}
        env.update({"GATEWAY_PORT": str(self.port), "BIND_HOST": self.host, "STATE_DIR": str(self.data_dir / "state"),
                    "AUTH": "true", "IOT_MTLS_ENABLED": "0", "MINISTACK_ACCOUNT_ID": SUITE_ACCOUNT,
                    "TMPDIR": str(self.data_dir / "tmp"), **CREDENTIALS, **self.extra_env})
        return env

    def _prepare(self) -> tuple[list[str], dict[str, str]]:
        (self.data_dir / "state").mkdir()
        (self.data_dir / "tmp").mkdir()
        return [str(self.entry_point)], self.environment()

    def _answers(self) -> bool:
        try:
            health(self.endpoint_url, timeout=1)
            return True
        except EmulatorError:
            return False

    def _ready(self) -> None:
        check_health(self.endpoint_url, self.version)
        check_signing_keys(self.endpoint_url)
        create_suite_roles(self.endpoint_url)
