"""The stand-in's HTML: the sign-in page and the error page.

Elements carry the class names the classic hosted UI documents for its pages (Developer Guide,
"Customizing hosted UI (classic) branding": ``errorMessage-customizable``, ``inputField-customizable``,
``label-customizable``, ``submitButton-customizable``, ``background-customizable``), so a sign-in page
shown again with an error reads the same on the stand-in and on a real domain.
"""

from __future__ import annotations

import html

from flask import Response

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:sans-serif;max-width:24rem;margin:3rem auto;padding:0 1rem}}
label,input,button{{display:block;width:100%;margin:.4rem 0}}input{{padding:.4rem}}
.errorMessage-customizable{{color:#b00020}}</style></head>
<body class="background-customizable"><h1>{title}</h1>{body}</body></html>"""

SIGN_IN_TITLE = "Sign in with your username and password"


def page(title: str, body: str, status: int = 200) -> Response:
    return Response(_PAGE.format(title=html.escape(title), body=body), status=status,
                    content_type="text/html; charset=utf-8")


def error_page(message: str, status: int = 400) -> Response:
    return page("An error was encountered with the requested page.",
                f'<p class="errorMessage-customizable" id="errorMessage">{html.escape(message)}</p>', status)


def login_form(action: str, csrf: str, username: str = "", error: str | None = None,
               status: int = 200) -> Response:
    err = (f'<p class="errorMessage-customizable" id="loginErrorMessage">{html.escape(error)}</p>'
           if error else "")
    body = f"""{err}
<form name="cognitoSignInForm" method="post" action="{html.escape(action)}">
<input type="hidden" name="_csrf" value="{html.escape(csrf)}">
<label class="label-customizable" for="signInFormUsername">Username</label>
<input id="signInFormUsername" class="inputField-customizable" name="username" type="text"
 value="{html.escape(username)}" autocapitalize="none" autocomplete="username" required autofocus>
<label class="label-customizable" for="signInFormPassword">Password</label>
<input id="signInFormPassword" class="inputField-customizable" name="password" type="password"
 autocomplete="current-password" required>
<button type="submit" class="submitButton-customizable" name="signInSubmitButton">Sign in</button>
</form>"""
    return page(SIGN_IN_TITLE, body, status)
