"""A pytest plugin for the signal tests (``-p tests.integration.slow_cleanup``): each deletion of a pool or
user says so and takes 3 s, so that a test can interrupt the clean-up."""

from __future__ import annotations

import sys
import time

from botocore.client import BaseClient

_original = BaseClient._make_api_call


def _slow(self, operation_name, api_params):
    if operation_name in ("DeleteUserPool", "AdminDeleteUser"):
        sys.stdout.write(f"\ncleaning up: {operation_name}\n")
        sys.stdout.flush()
        time.sleep(3)
    return _original(self, operation_name, api_params)


BaseClient._make_api_call = _slow
