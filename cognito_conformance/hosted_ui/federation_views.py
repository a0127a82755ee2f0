"""The identity providers' return addresses of one pool: ``/oauth2/idpresponse`` and ``/saml2/idpresponse``."""

from __future__ import annotations

from flask import Blueprint, request

from . import cookies
from .federation import finish_federation, refuse_saml_response
from .views import core

bp = Blueprint("federation", __name__, url_prefix="/<pool_id>")


@bp.route("/oauth2/idpresponse", methods=["GET", "POST"])
def idpresponse(pool_id):
    resp, sid = finish_federation(core(), pool_id, request.values, request.host_url)
    return resp if sid is None else cookies.set_session(resp, pool_id, sid)


@bp.route("/saml2/idpresponse", methods=["POST"])
def saml_idpresponse(pool_id):
    return refuse_saml_response(core(), request.form.get("RelayState"))
