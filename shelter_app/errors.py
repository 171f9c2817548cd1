"""Errors a person may see. Each carries an untranslated English message and its
translation context, so the screen or the command line shows it in the
person's language (see i18n.translate)."""

from __future__ import annotations

import re

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_KEYS = {"value", "date", "start", "end", "first", "last", "found"}


def shown(params: dict) -> dict:
    """Parameters as the person reads them: a date in their own format
    (dd.mm.yyyy in Russian and Kyrgyz), not the stored ISO form."""
    from shelter_app.i18n import current_language, format_date

    out = dict(params)
    if current_language() == "en":
        return out  # English keeps the dates as typed or stored (ISO), as the English screens take them
    for key, value in params.items():
        if (key in _DATE_KEYS or key.endswith("_date")) and isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                out[key] = format_date(value)
            except ValueError:
                pass
    return out


class ShelterError(Exception):
    """A user-facing error: the message is shown as it is, never a traceback."""

    context = "Errors"

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def localized(self) -> str:
        from shelter_app.i18n import translate

        return translate(self.context, self.message).format(**shown(self.params))

    def __str__(self) -> str:  # English, for logs and tests that read the code's words
        return self.message.format(**self.params)


class ValidationError(ShelterError):
    """One or more fields are wrong. `fields` maps field name → message
    (untranslated, with params) so a form can show each beside its field."""

    def __init__(self, problems: dict[str, tuple[str, dict]]) -> None:
        self.problems = problems
        first_field, (msg, params) = next(iter(problems.items()))
        super().__init__(msg, **params)
        self.field = first_field

    def localized_problems(self) -> dict[str, str]:
        from shelter_app.i18n import translate

        return {f: translate(self.context, m).format(**shown(p)) for f, (m, p) in self.problems.items()}

    def localized(self) -> str:
        from shelter_app.i18n import field_label

        return "; ".join(
            f"{field_label(f)}: {msg}" for f, msg in self.localized_problems().items()
        )


class PermissionDenied(ShelterError):
    pass


class WrongPassword(ShelterError):
    pass


class UnlockDelayed(ShelterError):
    def __init__(self, seconds: int) -> None:
        super().__init__("Too many failed attempts. Try again in {seconds} s.", seconds=seconds)
        self.seconds = seconds


class DatabaseLocked(ShelterError):
    pass


class StorageError(ShelterError):
    pass


class NotFound(ShelterError):
    pass
