"""Backends: where the suite's boto3 ``cognito-idp`` client points.

Both hand out the same kind of client, so steps never branch on the backend's name.
"""

from .aws import AwsBackend
from .base import Backend
from .moto import MotoBackend

__all__ = ["Backend", "AwsBackend", "MotoBackend", "make_backend"]


def make_backend(name: str, **kwargs) -> Backend:
    """The backend called ``name`` ("moto" or "aws"), not started yet."""
    return {"moto": MotoBackend, "aws": AwsBackend}[name](**kwargs)
