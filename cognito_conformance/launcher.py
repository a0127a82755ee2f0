"""The run ``cognito-conformance`` started (cli.py loads this plugin with ``-p``): it names the catalogue's
files as the command takes them.

pytest names files relative to the directory it was started in, which for the installed catalogue reads
``../venv/lib/python3.11/site-packages/cognito_conformance/features/...``. Here the progress lines, ``-v``
lines and the short summary name them as node ids (``features/signup/...``, relative to the rootdir,
the package), which ``cognito-conformance`` takes back as arguments. The user's own arguments travel in
``COGNITO_CONFORMANCE_ARGV`` (cli.given_argv), so that the record and the rerun commands show the
command they ran.
"""

from __future__ import annotations

import pytest


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    """After the terminal reporter is made: files and node ids as the rootdir names them."""
    config.cwd_relative_nodeid = lambda nodeid: nodeid  # type: ignore[method-assign]
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and hasattr(reporter, "startpath"):
        reporter.startpath = config.rootpath
