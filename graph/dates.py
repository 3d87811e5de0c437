"""Dates in news text, resolved against the publication date into ISO 8601 strings.

:func:`resolve_date` keeps the granularity the text gives: a year (``"2018"``), a month
(``"2014-06"``) or a day (``"2024-12-05"``). News is written about the past, so an
expression without a year is read as the most recent such date *not after* the
publication date: "on Thursday" in an article published on Friday 2024-12-06 is
2024-12-05; "on Aug. 15" published 2024-08-10 is 2023-08-15; "in March" is the most
recent March. Explicit future words ("tomorrow", "next year") are honoured, and a
caller that knows the sentence is about the future passes ``future=True``.

Choices where news usage is loose:

- "this week", "last week", "earlier this week": a week is not an ISO calendar date;
  the coarsest date that contains the whole week is returned -- its month if the week
  lies within one month, else its year (so "earlier this week" published on a Friday
  late in a month gives that month).
- "N weeks ago" gives a month, "N months ago" a month, "N years ago"/"a decade ago" a year.
- "early", "late", "mid-", "the end of"... are dropped: "early last year" is last year.
- A range ("from 2014 to 2016", "2014-16", "since 2017") gives its start.
- Durations ("six weeks", "the past decade", "in recent months"), "before"/"after"
  phrases, decades ("the 1990s") and ambiguous numeric forms ("5/12/2024") give None.
- "the end of the year", "later in the month": the current year or month.
- "N hours ago" gives None (the publication day or the one before?).
- A relative expression with no publication date gives None; so does an expression
  that needs the day of publication when only its year or month is known.
- Tense is not visible in an expression: "on Monday" in "talks will resume on Monday"
  is the next Monday only if the caller says so with ``future=True``.

Forms outside this grammar that name a month, weekday or number ("3rd of Dec",
"Tuesday, December 3") go to ``dateparser`` with ``RELATIVE_BASE`` set to the
publication date and ``PREFER_DATES_FROM="past"``. Results are cached, so resolving
the same expression for the same date twice costs a dictionary lookup.

>>> resolve_date("on Thursday", "2024-12-06")
'2024-12-05'
>>> resolve_date("in June 2014", None)
'2014-06'
>>> resolve_date("early last year", "2024-12-06")
'2023'
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from conflictkg.errors import InputError

__all__ = ["resolve_date", "parse_published"]

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30,
}
# Seasons as (first month, last month) in the northern-hemisphere convention of wire copy.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_NUMBER = r"(?P<n>\d+|" + "|".join(NUMBERS) + r")"


def _full(pattern: str) -> re.Pattern[str]:
    return re.compile(r"^" + pattern + r"$")


_ISO = _full(r"(?P<year>\d{4})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>\d{2}))?")
_YEAR_ONLY = _full(_YEAR)
_MONTH_YEAR = _full(_MONTH + r",? (?:of )?" + _YEAR)
_MONTH_DAY = _full(r"(?:" + _WEEKDAY + r",? )?" + _MONTH + r" " + _DAY + r"(?:,? " + _YEAR + r")?")
_DAY_MONTH = _full(r"(?:" + _WEEKDAY + r",? )?(?:the )?" + _DAY + r" (?:of )?" + _MONTH + r"(?:,? " + _YEAR + r")?")
_REL_YEAR = r",? (?:of )?(?P<rel>last|this|next) year"
_MONTH_REL_YEAR = _full(_MONTH + _REL_YEAR)
# "Oct. 8 last year" and "8 October last year" (regex groups need distinct names).
_DAY_REL_YEAR = _full(r"(?:" + _MONTH + r" " + _DAY + r"|(?:the )?(?P<day2>\d{1,2})(?:st|nd|rd|th)? (?:of )?"
                      r"(?P<month2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?)" + _REL_YEAR)
_MONTH_ONLY = _full(r"(?:(?P<rel>this|last) )?" + _MONTH)
_WEEKDAY_ONLY = _full(r"(?:(?P<rel>this|last|past|next) )?" + _WEEKDAY)
_DAY_ONLY = _full(r"(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)")
_AGO = _full(_NUMBER + r" (?P<unit>day|week|month|year|decade)s? ago")
_SEASON = _full(r"(?:(?P<rel>this|last|the) )?(?P<season>spring|summer|autumn|fall|winter)(?: (?:of )?" + _YEAR + r")?")
_UNIT_REL = _full(r"(?P<rel>this|last|next|the previous|the past|the current|the) (?P<unit>week|month|year)")
_WEEKEND = _full(r"(?:over )?(?P<rel>the|this|last|past) weekend")
_RANGE = re.compile(
    r"^(?:from |between )?(?P<start>.+?)(?: (?:to|until|till|through|and) | ?[-\u2013] ?)(?P<end>(?:\d{2}|\d{4}|.+))$"
)

_WORDS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
          "yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1}

# Words around a date that do not change which date it is.
_PREPOSITION = re.compile(r"^(?:on|in|at|by|during|since|from|as of|as early as|as late as|until|till|"
                          r"around|about|circa|sometime in|some time in|beginning|starting|starting in) ")
_MODIFIER = re.compile(r"^(?:early|late|mid|earlier|later|the (?:end|start|beginning|middle|first half|"
                       r"second half|first days|last days) of|the turn of)(?: |-)(?:on |in )?")
_TIME_OF_DAY = re.compile(r"(?:'s)?(?: (?:morning|afternoon|evening|night|dawn|noon|midday|"
                          r"(?:at|before|after) (?:dawn|dusk|noon|midnight|midday)))+$")
# Expressions that name a span of time rather than a point, or only bound one.
_NOT_A_POINT = re.compile(
    r"^(?:before|after|prior to|over(?! the weekend)|within|for|throughout|the past|the last \d|"
    r"the last (?:few|several|two|three|four|five|six|ten)|the next|recent|in recent|the coming)\b"
    r"|\b\d{4}s\b"  # decades
    r"|\b(?:hours?|minutes?) ago$"
    r"|\b(?:decades|centuries|years|months|weeks|days|hours)$"
)


def parse_published(published: str | None) -> tuple[int, int | None, int | None] | None:
    """The publication date as (year, month, day); month and day may be unknown.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` and a date-time starting with one.

    >>> parse_published("2024-12-06T08:30:00Z")
    (2024, 12, 6)
    """
    if published is None or str(published).strip() == "":
        return None
    text = str(published).strip()
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])", text)
    if m:
        year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
        try:
            dt.date(year, month or 1, day or 1)
            return year, month, day
        except ValueError:
            pass
    raise InputError(f"publication date {published!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")


def resolve_date(expression: str, published: str | None, *, future: bool = False) -> str | None:
    """An ISO 8601 date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) for a date expression, or None.

    ``published`` is the article's publication date (ISO); relative expressions
    ("on Thursday", "last year", "in March") need it and give None without it.
    ``future=True`` says the sentence speaks of what is to come ("will meet on
    Monday", "is due to leave in June"): a weekday, month or day without a year is
    then the next one on or after publication instead of the last one.

    >>> resolve_date("on Aug. 15", "2024-12-06")
    '2024-08-15'
    >>> resolve_date("in March", "2024-02-10")
    '2023-03'
    >>> resolve_date("on Monday", "2024-12-06", future=True)
    '2024-12-09'
    """
    if not expression or not isinstance(expression, str):
        return None
    return _resolve_cached(expression, published, bool(future))


@lru_cache(maxsize=16384)
def _resolve_cached(expression: str, published: str | None, future: bool = False) -> str | None:
    return _resolve(_clean(expression), parse_published(published), future)


def _clean(expression: str) -> str:
    text = expression.lower().replace("\u00a0", " ").replace("\u2019", "'")
    text = re.sub(r"[\u2010-\u2014]", "-", text)
    text = " ".join(text.split()).strip(" .,;:()[]\"'")
    # Prepositions and modifiers may stack: "since early 2017", "in mid-March", "late on Thursday".
    for _ in range(4):
        before = text
        text = _PREPOSITION.sub("", text)
        text = _MODIFIER.sub("", text)
        text = re.sub(r"^the (?=(?:\d|early|late|mid|end|start|beginning|middle))", "", text)
        if text == before:
            break
    if text in _WORDS:  # before the time of day goes: "last night" is not "last"
        return text
    text = _TIME_OF_DAY.sub("", text)
    return re.sub(r"'s$", "", text).strip(" .,")


@lru_cache(maxsize=8192)
def _resolve(text: str, pub: tuple[int, int | None, int | None] | None, future: bool = False) -> str | None:
    if not text or _NOT_A_POINT.search(text):
        return None
    day = _pub_day(pub)

    if m := _ISO.match(text):
        return _iso(int(m["year"]), int(m["m"]), m["d"] and int(m["d"]))
    if m := _YEAR_ONLY.match(text):
        return m["year"]
    if m := _MONTH_YEAR.match(text):
        return _iso(int(m["year"]), MONTHS[m["month"]])
    if m := (_MONTH_DAY.match(text) or _DAY_MONTH.match(text)):
        month, d = MONTHS[m["month"]], int(m["day"])
        if m["year"]:
            return _iso(int(m["year"]), month, d)
        return _recent_day(month, d, pub, future)
    if m := _DAY_REL_YEAR.match(text):
        step = {"last": -1, "this": 0, "next": 1}[m["rel"]]
        month, d = MONTHS[m["month"] or m["month2"]], int(m["day"] or m["day2"])
        return _iso(pub[0] + step, month, d) if pub else None
    if m := _MONTH_REL_YEAR.match(text):
        step = {"last": -1, "this": 0, "next": 1}[m["rel"]]
        return _iso(pub[0] + step, MONTHS[m["month"]]) if pub else None
    if m := _MONTH_ONLY.match(text):
        if future and m["rel"] is None:
            return _next_month(MONTHS[m["month"]], pub)
        return _recent_month(MONTHS[m["month"]], pub, strictly_before=m["rel"] == "last")
    if m := _WEEKDAY_ONLY.match(text):
        if day is None:
            return None
        rel = m["rel"]
        if rel == "next" or (future and rel in (None, "this")):
            ahead = (WEEKDAYS[m["weekday"]] - day.weekday()) % 7
            if rel == "next" and ahead == 0:
                ahead = 7
            return (day + dt.timedelta(days=ahead)).isoformat()
        back = (day.weekday() - WEEKDAYS[m["weekday"]]) % 7
        if rel in ("last", "past") and back == 0:
            back = 7
        return (day - dt.timedelta(days=back)).isoformat()
    if text in _WORDS:
        return (day + dt.timedelta(days=_WORDS[text])).isoformat() if day else None
    if m := _WEEKEND.match(text):
        if day is None:
            return None
        # The most recent Saturday-Sunday that has begun by publication ("last": the one before).
        saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
        if m["rel"] == "last" and day.weekday() >= 5:
            saturday -= dt.timedelta(weeks=1)
        return _span(saturday, saturday + dt.timedelta(days=1))
    if m := _DAY_ONLY.match(text):
        return _recent_day(None, int(m["day"]), pub)
    if m := _AGO.match(text):
        return _ago(_number(m["n"]), m["unit"], pub)
    if m := _UNIT_REL.match(text):
        return _unit_relative(m["rel"], m["unit"], pub)
    if m := _SEASON.match(text):
        return _season(m, pub)
    if m := _RANGE.match(text):
        start = m["start"]
        if re.fullmatch(r"\d{4}", start) and re.fullmatch(r"\d{2}|\d{4}", m["end"]):
            end = m["end"] if len(m["end"]) == 4 else start[:2] + m["end"]
            return start if end > start else None
        if start != text and not re.fullmatch(r"\d{1,2}", start):
            return _resolve(_clean(start), pub, future)
    if re.search(r"\d+\s*[/.]\s*\d+\s*[/.]\s*\d+", text):
        return None  # 5/12/2024: day-month or month-day? Not guessable.
    return _dateparser(text, pub)


def _pub_day(pub) -> dt.date | None:
    if pub is None or pub[1] is None or pub[2] is None:
        return None
    return dt.date(*pub)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day:
            return dt.date(year, month or 1, day).isoformat()
        if month:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
    except ValueError:
        return None
    return f"{year:04d}"


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word]


def _recent_day(month: int | None, day: int, pub, future: bool = False) -> str | None:
    """The most recent date with this month (or any month) and day, not after publication."""
    base = _pub_day(pub)
    if base is None:
        return None
    if future and month is not None:  # the next one, on or after publication
        year = base.year if (month, day) >= (base.month, base.day) else base.year + 1
        return _iso(year, month, day)
    if month is None:
        year, month = base.year, base.month
        if day > base.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return _iso(year, month, day)
    year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    return _iso(year, month, day)


def _recent_month(month: int, pub, strictly_before: bool = False) -> str | None:
    if pub is None or pub[1] is None:
        return None
    year, pub_month = pub[0], pub[1]
    if month > pub_month or (strictly_before and month == pub_month):
        year -= 1
    return _iso(year, month)


def _next_month(month: int, pub) -> str | None:
    if pub is None or pub[1] is None:
        return None
    return _iso(pub[0] + (1 if month < pub[1] else 0), month)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _ago(n: int, unit: str, pub) -> str | None:
    if pub is None:
        return None
    if unit == "year":
        return _iso(pub[0] - n)
    if unit == "decade":
        return _iso(pub[0] - 10 * n)
    if unit == "month":
        return _iso(*_shift_month(pub[0], pub[1], -n)) if pub[1] else None
    day = _pub_day(pub)
    if day is None:
        return None
    if unit == "day":
        return (day - dt.timedelta(days=n)).isoformat()
    then = day - dt.timedelta(weeks=n)  # "three weeks ago" is approximate: keep the month
    return _iso(then.year, then.month)


def _span(first: dt.date, last: dt.date) -> str:
    """The finest ISO date that contains the whole span: a month, else a year, else None."""
    if (first.year, first.month) == (last.year, last.month):
        return _iso(first.year, first.month)
    return _iso(first.year) if first.year == last.year else None


def _unit_relative(rel: str, unit: str, pub) -> str | None:
    if pub is None or rel == "the past":
        return None  # "the past year" is a duration
    # "by the end of the year", "later in the month": the current one.
    step = {"this": 0, "the current": 0, "the": 0, "last": -1, "the previous": -1, "next": 1}[rel]
    if unit == "year":
        return _iso(pub[0] + step)
    if unit == "month":
        return _iso(*_shift_month(pub[0], pub[1], step)) if pub[1] else None
    day = _pub_day(pub)
    if day is None:
        return None
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step)
    last = min(day, monday + dt.timedelta(days=6)) if step == 0 else monday + dt.timedelta(days=6)
    return _span(monday, last)


def _season(m: re.Match, pub) -> str | None:
    if m["year"]:
        return m["year"]
    if pub is None or pub[1] is None or m["season"] not in SEASONS:  # a bare winter spans two years
        return None
    first, last = SEASONS[m["season"]]
    if m["rel"] == "this":
        return _iso(pub[0])
    # "last summer", "in the summer": the most recent one that has begun (or ended, for "last").
    bound = last if m["rel"] == "last" else first
    return _iso(pub[0] if pub[1] > bound or (m["rel"] != "last" and pub[1] >= bound) else pub[0] - 1)


_DATEPARSER_HINT = re.compile(
    r"\d|\b(?:" + "|".join(list(MONTHS) + list(WEEKDAYS)) + r")\b|\bago\b"
)


@lru_cache(maxsize=64)
def _parser(pub: tuple[int, int | None, int | None] | None):
    from dateparser.date import DateDataParser  # imported on first need: it is slow to load

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False}
    if pub is not None:
        settings["RELATIVE_BASE"] = dt.datetime(pub[0], pub[1] or 1, pub[2] or 1)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(text: str, pub) -> str | None:
    """Fallback for forms the grammar above does not cover; None unless clearly a date."""
    if not _DATEPARSER_HINT.search(text):
        return None
    has_year = re.search(r"\b\d{4}\b", text) is not None
    if pub is None and not has_year:
        return None  # dateparser would silently resolve against today's date
    try:
        data = _parser(pub).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; it is a fallback
        return None
    when = data.date_obj
    if when is None:
        return None
    day = _pub_day(pub)
    if day is not None and when.date() > day and not has_year and "next" not in text and "tomorrow" not in text:
        return None  # an unanchored date read as future: not the reading news needs
    if data.period == "year":
        return _iso(when.year)
    if data.period == "month":
        return _iso(when.year, when.month)
    if data.period == "day":
        return when.date().isoformat()
    return None
