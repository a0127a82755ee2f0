"""The OAuth steps import the browser driver; that must not import Flask, Authlib or moto (issue 11: a run
without OAuth scenarios pays nothing for the stand-in)."""

import subprocess
import sys


def test_the_package_and_its_browser_import_no_web_framework():
    probe = ("import sys, cognito_conformance.hosted_ui, cognito_conformance.hosted_ui.browser; "
             "print(sorted(m for m in ('flask', 'authlib', 'moto') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_stand_in_is_there_when_asked_for():
    from cognito_conformance.hosted_ui import HostedUI, OidcProvider

    assert HostedUI.__name__ == "HostedUI" and OidcProvider.__name__ == "OidcProvider"
