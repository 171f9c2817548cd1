"""Field checks shared by the forms, the command line and the importer.
Messages are English source strings in the "Errors" context; the caller shows
them translated."""

from __future__ import annotations

import datetime as _dt
import re

from shelter_app.codes import CITIZENSHIP_SPECIAL, CodeList, is_country_code

_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")

YES = {"yes", "y", "true", "1", "да", "д", "ооба", "x"}
NO = {"no", "n", "false", "0", "нет", "н", "жок", ""}


class Problems:
    """Collects one message per field."""

    def __init__(self) -> None:
        self.items: dict[str, tuple[str, dict]] = {}

    def add(self, field: str, message: str, **params) -> None:
        self.items.setdefault(field, (message, params))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            from shelter_app.errors import ValidationError

            raise ValidationError(self.items)


def today() -> _dt.date:
    return _dt.date.today()


def parse_date(value) -> _dt.date | None:
    """A date from a date, 'YYYY-MM-DD' or 'DD.MM.YYYY'; None for empty.
    Raises ValueError for anything else, including impossible dates."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if _ISO.fullmatch(text):
        return _dt.date.fromisoformat(text)
    m = _DMY.fullmatch(text)
    if m:
        return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    raise ValueError(text)


def check_date(problems: Problems, data: dict, field: str, *, required: bool = False,
               not_future: bool = True, earliest: _dt.date = _dt.date(1900, 1, 1)) -> str | None:
    raw = data.get(field)
    try:
        value = parse_date(raw)
    except ValueError:
        problems.add(field, "Not a valid date: {value}. Use YYYY-MM-DD or DD.MM.YYYY.", value=str(raw))
        return None
    if value is None:
        if required:
            problems.add(field, "Required.")
        return None
    typed = raw.strip() if isinstance(raw, str) else value.isoformat()  # echoed as the person wrote it
    if not_future and value > today():
        problems.add(field, "The date {value} is in the future.", value=typed)
        return None
    if value < earliest:
        problems.add(field, "The date {value} is too early.", value=typed)
        return None
    return value.isoformat()


def check_code(problems: Problems, data: dict, field: str, codes: CodeList, *,
               required: bool = False, default: str | None = None) -> str | None:
    value = data.get(field)
    value = value.strip() if isinstance(value, str) else value
    if value in (None, ""):
        if default is not None:
            return default
        if required:
            problems.add(field, "Required.")
        return None
    if value not in codes:
        problems.add(field, "Unknown code “{value}”. Allowed: {allowed}.", value=str(value),
                     allowed=", ".join(codes.codes))
        return None
    return value


def split_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).split(";") if part.strip()]


def check_code_list(problems: Problems, data: dict, field: str, codes: CodeList) -> list[str]:
    values = split_list(data.get(field))
    bad = [v for v in values if v not in codes]
    if bad:
        problems.add(field, "Unknown code “{value}”. Allowed: {allowed}.", value=bad[0],
                     allowed=", ".join(codes.codes))
        return []
    return list(dict.fromkeys(values))


def check_country(problems: Problems, data: dict, field: str, *, required: bool,
                  allow: tuple[str, ...] = ("unknown",)) -> str | None:
    value = (data.get(field) or "").strip()
    if not value:
        if required:
            problems.add(field, "Required.")
        return None
    if value.lower() in allow:
        return value.lower()
    if not is_country_code(value.upper()):
        problems.add(field, "Not a country code: {value}. Use two letters such as KG, KZ or RU.", value=value)
        return None
    return value.upper()


def check_citizenship(problems: Problems, data: dict) -> str | None:
    return check_country(problems, data, "citizenship", required=True, allow=CITIZENSHIP_SPECIAL)


def parse_bool(value) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    text = str(value).strip().lower()
    if text in YES:
        return True
    if text in NO:
        return False if text else None
    raise ValueError(text)


def check_bool(problems: Problems, data: dict, field: str, *, default: bool | None = None) -> bool | None:
    try:
        value = parse_bool(data.get(field))
    except ValueError:
        problems.add(field, "Answer yes or no (да/нет, ооба/жок), not “{value}”.", value=str(data.get(field)))
        return None
    return default if value is None else value


def check_text(problems: Problems, data: dict, field: str, *, required: bool = False,
               max_length: int = 10000) -> str:
    value = data.get(field)
    value = "" if value is None else str(value).strip()
    if required and not value:
        problems.add(field, "Required.")
    if len(value) > max_length:
        problems.add(field, "Too long: at most {n} characters.", n=max_length)
    # Control characters from pasted text would break printing and exports.
    return "".join(ch for ch in value if ch in "\n\t" or ord(ch) >= 32)


def check_int(problems: Problems, data: dict, field: str, *, minimum: int | None = None,
              maximum: int | None = None, required: bool = False) -> int | None:
    raw = data.get(field)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            problems.add(field, "Required.")
        return None
    try:
        value = int(str(raw).strip()) if not isinstance(raw, int) else raw
    except ValueError:
        problems.add(field, "Not a whole number: {value}.", value=str(raw))
        return None
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        problems.add(field, "Must be between {lo} and {hi}.", lo=minimum, hi=maximum)
        return None
    return value
