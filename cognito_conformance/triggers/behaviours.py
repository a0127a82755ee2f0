"""What a scenario asks of a trigger for one person, as the behaviour words of that person's username.

The handlers read the words at the front of the username (``handlers/common.py``); a Given such as
"the PreSignUp trigger answers autoConfirmUser for Alice" puts ``autoconfirm`` there before Alice's
first call. The tables below are the steps' vocabulary; each word is documented in its handler's table.
"""

from __future__ import annotations

from . import CUSTOM_MESSAGE, DEFINE_AUTH_CHALLENGE, PRE_SIGN_UP, PRE_TOKEN_GENERATION, USER_MIGRATION

#: (trigger, what the step says it answers) -> the word.
ANSWERS = {
    (PRE_SIGN_UP, "autoConfirmUser"): "autoconfirm",
    (PRE_SIGN_UP, "autoVerifyEmail"): "autoverifyemail",
    (PRE_SIGN_UP, "autoVerifyPhone"): "autoverifyphone",
    (USER_MIGRATION, "the user's attributes"): "migrate",
    (USER_MIGRATION, "finalUserStatus CONFIRMED"): "confirmed",
    (USER_MIGRATION, "finalUserStatus RESET_REQUIRED"): "resetrequired",
    (USER_MIGRATION, "messageAction SUPPRESS"): "nowelcome",
    (USER_MIGRATION, "desiredDeliveryMediums EMAIL"): "byemail",
    (CUSTOM_MESSAGE, "its own message"): "custommessage",
    (CUSTOM_MESSAGE, "a message without the code"): "nocode",
    (PRE_TOKEN_GENERATION, "an added claim"): "claims",
    (PRE_TOKEN_GENERATION, "an overridden email address"): "override",
    (PRE_TOKEN_GENERATION, "a suppressed email address"): "suppress",
    (PRE_TOKEN_GENERATION, "a claim both added and suppressed"): "suppressoverride",
    (PRE_TOKEN_GENERATION, "values for the claims Cognito reserves"): "reserved",
    (PRE_TOKEN_GENERATION, "groups of its own"): "groups",
    (PRE_TOKEN_GENERATION, "the request's group configuration"): "keepgroups",
    (PRE_TOKEN_GENERATION, "empty group override details"): "nogroups",
    (PRE_TOKEN_GENERATION, "an added access token claim"): "accessclaims",
    (PRE_TOKEN_GENERATION, "an added and a suppressed scope"): "scopes",
    (PRE_TOKEN_GENERATION, "claims of every JSON type"): "complex",
    (DEFINE_AUTH_CHALLENGE, "failAuthentication at once"): "refuse",
    (DEFINE_AUTH_CHALLENGE, "two custom challenges"): "tworounds",
}
#: What every trigger can be asked to do (common words, suffixed with the trigger's name).
COMMON = {"fails": "fail", "answers something that is not the event": "notevent",
          "takes longer than 5 seconds": "slow"}


def word_for(trigger: str, answer: str) -> str:
    try:
        return ANSWERS[(trigger, answer)]
    except KeyError:
        known = sorted(a for t, a in ANSWERS if t == trigger)
        raise ValueError(f"the suite's {trigger} function cannot answer {answer!r}; it can answer: {known}") from None


def common_word(trigger: str, behaviour: str) -> str:
    return COMMON[behaviour] + trigger.lower()


def with_word(username: str, word: str) -> str:
    """The username with one more behaviour word: ``cc-...`` -> ``word-cc-...``, ``a-cc-...`` -> ``a.word-cc-...``."""
    if username.lower().startswith("cc-"):
        return f"{word}-{username}"
    words, rest = username.split("-", 1)
    return f"{words}.{word}-{rest}"


def give(person, word: str) -> None:
    """Give a person (people.Person, before their first call) one more behaviour word."""
    if person.pool_id is not None:
        raise ValueError(f"{person.name} already has an account as {person.username!r}: a step that says what a "
                         "trigger answers for them must come before the step that makes the account")
    domain = person.email.split("@", 1)[1]
    person.username = with_word(person.username, word)
    person.email = f"{person.username}@{domain}"
