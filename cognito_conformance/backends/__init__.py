"""Backends: where the suite's boto3 ``cognito-idp`` client points.

Both hand out the same kind of client, so steps never branch on the backend's name; what differs
between implementations is in their records (cognito_conformance.implementations).
"""

from .aws import AwsBackend
from .base import Backend
from .moto import MotoBackend

__all__ = ["Backend", "AwsBackend", "MotoBackend"]
