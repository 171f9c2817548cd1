"""How strong a new password must be (security.md, "Keys"): at least 10
characters and not guessable, checked with zxcvbn (a well-kept estimator).
Its feedback is shown in the person's language: the estimator's English
sentences are listed here so the catalogues carry them (context "Errors")."""

from __future__ import annotations

from zxcvbn import zxcvbn

from shelter_app.errors import ValidationError
from shelter_app.i18n import N_

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0–4: 3 is "safely unguessable" (about 10^8 guesses and more)
_MAX_ESTIMATED = 72  # the estimator refuses longer input; a longer passphrase is judged on its start

# Every sentence zxcvbn 4.x can give as feedback.
FEEDBACK = {text: text for text in (
    N_("Errors", "Use a few words, avoid common phrases."),
    N_("Errors", "No need for symbols, digits, or uppercase letters."),
    N_("Errors", "Add another word or two. Uncommon words are better."),
    N_("Errors", "Straight rows of keys are easy to guess."),
    N_("Errors", "Short keyboard patterns are easy to guess."),
    N_("Errors", "Use a longer keyboard pattern with more turns."),
    N_("Errors", 'Repeats like "aaa" are easy to guess.'),
    N_("Errors", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    N_("Errors", "Avoid repeated words and characters."),
    N_("Errors", 'Sequences like "abc" or "6543" are easy to guess.'),
    N_("Errors", "Avoid sequences."),
    N_("Errors", "Recent years are easy to guess."),
    N_("Errors", "Avoid recent years."),
    N_("Errors", "Avoid years that are associated with you."),
    N_("Errors", "Dates are often easy to guess."),
    N_("Errors", "Avoid dates and years that are associated with you."),
    N_("Errors", "This is a top-10 common password."),
    N_("Errors", "This is a top-100 common password."),
    N_("Errors", "This is a very common password."),
    N_("Errors", "This is similar to a commonly used password."),
    N_("Errors", "A word by itself is easy to guess."),
    N_("Errors", "Names and surnames by themselves are easy to guess."),
    N_("Errors", "Common names and surnames are easy to guess."),
    N_("Errors", "Capitalization doesn't help very much."),
    N_("Errors", "All-uppercase is almost as easy to guess as all-lowercase."),
    N_("Errors", "Reversed words aren't much harder to guess."),
    N_("Errors", "Predictable substitutions like '@' instead of 'a' don't help very much."),
)}


def problem(password: str, user_inputs: list[str] | tuple[str, ...] = ()) -> tuple[str, dict] | None:
    """None when the password is strong enough, else (untranslated message, params)."""
    password = password or ""
    if len(password) < MIN_LENGTH:
        return (N_("Errors", "The password must have at least {n} characters. A few words that belong together "
                           "only for you make a good one."), {"n": MIN_LENGTH})
    result = zxcvbn(password[:_MAX_ESTIMATED], user_inputs=[u for u in user_inputs if u])
    if result["score"] >= MIN_SCORE:
        return None
    feedback = result.get("feedback") or {}
    hints = [feedback.get("warning") or ""] + list(feedback.get("suggestions") or [])
    hint = next((h for h in hints if h in FEEDBACK), "")
    if hint:
        return (N_("Errors", "This password is too easy to guess. {hint}"), {"hint": hint})
    return (N_("Errors", "This password is too easy to guess. A few words that belong together only for you "
                         "make a good one."), {})


class WeakPassword(ValidationError):
    """A ValidationError whose estimator hint is shown in the person's language too."""

    def localized_problems(self) -> dict[str, str]:
        from shelter_app.i18n import translate

        out = {}
        for name, (message, params) in self.problems.items():
            params = {k: translate(self.context, v) if k == "hint" else v for k, v in params.items()}
            out[name] = translate(self.context, message).format(**params)
        return out


def check(password: str, user_inputs: list[str] | tuple[str, ...] = (), field: str = "password") -> None:
    found = problem(password, user_inputs)
    if found is not None:
        raise WeakPassword({field: found})
