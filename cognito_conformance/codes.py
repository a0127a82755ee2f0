"""Where the codes Cognito sends (by email or SMS) come from, so scenarios can use them.

* ``MotoCodes``: moto puts the ForgotPassword code in a response header. It sends no sign-up
  code and accepts any (moto-5.2.5.md 1d), so for sign-up it hands out a placeholder.
* ``CommandCodes``: a shell command, given the username and purpose, prints the code
  (for example a script that reads a test mailbox).
* ``PromptCodes``: asks on the terminal, as the tutorial does.
* ``MinistackMailbox``: the emails ministack would have sent, listed at its
  ``/_ministack/ses/messages``: the code it really sent (and then checks).
* ``NoCodes``: scenarios that need a delivered code are skipped, with a reason saying how
  to configure a source.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from abc import ABC, abstractmethod

from . import guide

HOW_TO_CONFIGURE = (
    "configure a code source: --code-command 'CMD {username} {purpose}' (a command that prints "
    "the code Cognito sent) or --code-prompt (type it in); see " + guide.reference("delivered-codes")
)
MOTO_HEADER = "x-moto-forgot-password-confirmation-code"


class CodeUnavailable(Exception):
    """No code could be had; the message says why and how to fix it."""


class CodeCommandFailed(Exception):
    """The code command failed or printed something that is not a code: the scenario fails, loudly."""


#: What a delivered code looks like: one word of letters, digits and dashes (Cognito's are 6 digits).
CODE_SHAPE = re.compile(r"[A-Za-z0-9-]{4,64}")


class CodeSource(ABC):
    description: str

    def can_deliver(self, purpose: str) -> bool:
        return True

    def placeholder_reason(self, purpose: str) -> str | None:
        """Why a code for ``purpose`` is a placeholder the implementation never sent, or None."""
        return None

    @abstractmethod
    def code_for(self, username: str, purpose: str, response: dict | None = None) -> str:
        """The code sent to ``username`` for ``purpose``; ``response`` is the call that sent it."""


class NoCodes(CodeSource):
    description = "none"

    def can_deliver(self, purpose: str) -> bool:
        return False

    def code_for(self, username, purpose, response=None):
        raise CodeUnavailable(f"No code source is configured: {HOW_TO_CONFIGURE}.")


class MotoCodes(CodeSource):
    description = "moto (ForgotPassword response header; a placeholder where moto checks no code)"
    #: moto sends no code for these and accepts any (docs/moto-5.2.5.md 1d, 9c, 11c);
    #: a placeholder stands in for the delivered one.
    UNCHECKED = ("sign_up", "password_reset", "mfa_sms", "verify_email")
    ANY_CODE = "123456"

    def placeholder_reason(self, purpose):
        if purpose not in self.UNCHECKED:
            return None
        return (f"moto sends no {purpose.replace('_', ' ')} code and accepts any: the scenario used a "
                f"placeholder, not a code moto delivered")

    def code_for(self, username, purpose, response=None):
        if purpose in self.UNCHECKED:
            return self.ANY_CODE
        headers = (response or {}).get("ResponseMetadata", {}).get("HTTPHeaders", {})
        if MOTO_HEADER not in headers:
            raise CodeUnavailable(f"moto's response carries no {MOTO_HEADER} header for {purpose}.")
        return headers[MOTO_HEADER]


class CommandCodes(CodeSource):
    def __init__(self, template: str, timeout: float = 300.0) -> None:
        self.template = template
        self.timeout = timeout
        argv = shlex.split(template)
        # Only the program: its arguments may carry a mailbox key or a token.
        hidden = f" with {len(argv) - 1} argument{'s' * (len(argv) != 2)} (not shown)" if len(argv) > 1 else ""
        self.description = f"command {argv[0] if argv else ''!r}{hidden}"

    def code_for(self, username, purpose, response=None):
        from .masking import mask  # masking imports people; kept out of import time

        argv = [part.format(username=username, purpose=purpose) for part in shlex.split(self.template)]
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=self.timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise CodeCommandFailed(f"The code command {argv[0]!r} could not run: {mask(str(exc))}") from None
        code = done.stdout.strip()
        stderr = mask(done.stderr.strip())[-2000:] or "(nothing)"
        if done.returncode != 0:
            raise CodeCommandFailed(f"The code command {argv[0]!r} exited {done.returncode} for {purpose}; "
                                    f"its standard error: {stderr}")
        if not CODE_SHAPE.fullmatch(code):
            printed = f"printed {mask(code)[:200]!r}" if code else "printed nothing"
            raise CodeCommandFailed(f"The code command {argv[0]!r} {printed} for {purpose}, which is not a "
                                    f"code: it must print the code alone on standard output. Its standard "
                                    f"error: {stderr}")
        return code


class PromptCodes(CodeSource):
    description = "interactive prompt"

    def code_for(self, username, purpose, response=None):
        try:
            with open("/dev/tty", "r+") as tty:
                tty.write(f"\nEnter the {purpose.replace('_', ' ')} code sent to {username}: ")
                tty.flush()
                code = tty.readline().strip()
        except OSError:
            raise CodeUnavailable("--code-prompt needs a terminal; use --code-command in CI.") from None
        if not code:
            raise CodeUnavailable(f"No code was typed for {purpose}.")
        return code


#: A code as Cognito's emails carry it: six digits.
EMAILED_CODE = re.compile(r"\b(\d{6})\b")


def body_of(message: dict) -> str:
    """The text of one of ministack's listed emails: its text body, else its HTML body."""
    return message.get("BodyText") or message.get("BodyHtml") or ""


def codes_in(message: dict) -> list[str]:
    """The codes in one of ministack's listed emails, in order."""
    return EMAILED_CODE.findall(body_of(message))


class MinistackMailbox(CodeSource):
    """The codes ministack sent by email, read from its mailbox (``GET /_ministack/ses/messages``).

    ministack 1.5.33 lists each email it would send under the account, with its recipients and body
    (ministack/app.py ``_handle_ses_messages_request``); a code is the newest message to the person's
    address. It sends no SMS there, so SMS codes are unavailable (the scenario skips)."""

    description = "ministack's mailbox (/_ministack/ses/messages)"
    EMAILED = ("sign_up", "forgot_password", "password_reset", "verify_email")

    def __init__(self, endpoint_url: str | None, timeout: float = 10.0) -> None:
        self.endpoint_url = endpoint_url
        self.timeout = timeout

    def can_deliver(self, purpose: str) -> bool:
        return self.endpoint_url is not None and (purpose == "any" or purpose in self.EMAILED)

    def messages(self) -> list[dict]:
        import requests

        from .emulators.ministack import mailbox_url

        try:
            response = requests.get(mailbox_url(self.endpoint_url), timeout=self.timeout)
            listed = response.json().get("messages") or {}
        except (requests.RequestException, ValueError) as exc:
            raise CodeUnavailable(f"ministack's mailbox {mailbox_url(self.endpoint_url)} did not answer: {exc}") \
                from None
        found = [m for group in (listed.values() if isinstance(listed, dict) else [listed]) for m in group]
        return sorted(found, key=lambda message: message.get("Timestamp") or 0)

    def messages_to(self, address: str) -> list[dict]:
        """The listed emails with ``address`` among their recipients (case aside), oldest first."""
        return [m for m in self.messages() if address.lower() in (a.lower() for a in m.get("To") or [])]

    def code_for(self, username, purpose, response=None):
        if not self.can_deliver(purpose):
            raise CodeUnavailable(f"ministack's mailbox holds emails only; no {purpose.replace('_', ' ')} code "
                                  "is listed there")
        destination = ((response or {}).get("CodeDeliveryDetails") or {}).get("Destination") or ""
        addresses = {destination.lower()} if "*" not in destination and "@" in destination else set()

        def to_person(message: dict) -> bool:
            recipients = [address.lower() for address in message.get("To") or []]
            return any(a in addresses or a.split("@", 1)[0] == username.lower() for a in recipients)

        for message in reversed(self.messages()):
            if to_person(message):
                found = codes_in(message)
                if found:
                    return found[-1]
        raise CodeUnavailable(f"ministack's mailbox lists no email with a code to {username} ({purpose})")
