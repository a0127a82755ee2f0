"""The Flask application: one server, every pool, path-prefixed by pool id (moto's ``urls.py``).

The endpoints are module-level views in ``views.py`` and ``federation_views.py``; the app carries the
``Core`` and the Authlib server they use.
"""

from __future__ import annotations

from flask import Flask

from . import federation_views, views
from .authorization_server import CognitoAuthorizationServer
from .core import Core


def create_app(core: Core) -> Flask:
    app = Flask("cognito_conformance.hosted_ui")
    app.extensions[views.EXTENSION] = {"core": core, "server": CognitoAuthorizationServer(core)}
    app.register_blueprint(views.bp)
    app.register_blueprint(federation_views.bp)
    return app
