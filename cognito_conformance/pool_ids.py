"""What a user pool id and an AWS region look like: ``<region>_<id>``, e.g. ``eu-west-1_AbC123xyz``.

One place for the pattern the settings check (env.py's user_pool_id), the preflight reads the region
from, and the JWT verifier derives Cognito's issuer from. No imports beyond ``re``.
"""

import re

REGION_PATTERN = r"[a-z]{2}(-gov)?-[a-z]+-\d"
REGION = re.compile(rf"^{REGION_PATTERN}$")
POOL_ID = re.compile(rf"^(?P<region>{REGION_PATTERN})_[A-Za-z0-9]+$")
