"""Amazon Cognito conformance suite. Imported from a checkout, its fixtures/, steps/ and features/
are found beside the package (cognito_conformance.checkout)."""

from cognito_conformance import checkout as _checkout

_checkout.install()
