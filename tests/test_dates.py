"""Date expressions resolved against the publication date (conflictkg.graph.dates)."""

import pytest

from conflictkg.errors import InputError
from conflictkg.graph.dates import parse_published, resolve_date

FRIDAY = "2024-12-06"  # a Friday


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("in 2018", "2018"),
        ("2018", "2018"),
        ("since 2017", "2017"),
        ("by the end of 2016", "2016"),
        ("since early 2017", "2017"),
        ("in June 2014", "2014-06"),
        ("June of 2014", "2014-06"),
        ("March, 2019", "2019-03"),
        ("Nov. 2019", "2019-11"),
        ("December 5, 2024", "2024-12-05"),
        ("December 5 2024", "2024-12-05"),
        ("5 December 2024", "2024-12-05"),
        ("on 12 October 2023", "2023-10-12"),
        ("the 3rd of December, 2023", "2023-12-03"),
        ("2014-08-15", "2014-08-15"),
        ("2014-08", "2014-08"),
        ("Sept. 11, 2001", "2001-09-11"),
        ("the summer of 2019", "2019"),
        ("from 2014 to 2016", "2014"),
        ("between 2014 and 2016", "2014"),
        ("2014-16", "2014"),
        ("2019\u20132021", "2019"),
    ],
)
def test_explicit_dates_need_no_publication_date(expression, expected):
    assert resolve_date(expression, None) == expected
    assert resolve_date(expression, FRIDAY) == expected


@pytest.mark.parametrize(
    "expression, published, expected",
    [
        # Weekdays: the most recent one on or before publication.
        ("on Thursday", FRIDAY, "2024-12-05"),
        ("Thursday", FRIDAY, "2024-12-05"),
        ("on Friday", FRIDAY, "2024-12-06"),
        ("on Saturday", FRIDAY, "2024-11-30"),
        ("on Thursday", "2024-12-05", "2024-12-05"),
        ("last Friday", FRIDAY, "2024-11-29"),
        ("last Thursday", FRIDAY, "2024-12-05"),
        ("late on Thursday", FRIDAY, "2024-12-05"),
        ("Thursday night", FRIDAY, "2024-12-05"),
        ("early on Monday morning", FRIDAY, "2024-12-02"),
        ("Thursday's", FRIDAY, "2024-12-05"),
        ("next Monday", FRIDAY, "2024-12-09"),
        ("on Sunday", "2025-01-02", "2024-12-29"),  # across a year boundary
        # Days and months without a year: the most recent, never after publication.
        ("on Aug. 15", FRIDAY, "2024-08-15"),
        ("on Aug. 15", "2024-08-10", "2023-08-15"),
        ("Aug. 15", "2024-08-15", "2024-08-15"),
        ("Sept. 27", FRIDAY, "2024-09-27"),
        ("Dec. 25", FRIDAY, "2023-12-25"),
        ("2 December", FRIDAY, "2024-12-02"),
        ("Tuesday, December 3", FRIDAY, "2024-12-03"),
        ("Sunday 1 December", FRIDAY, "2024-12-01"),
        ("3rd of Dec", FRIDAY, "2024-12-03"),
        ("the 5th", FRIDAY, "2024-12-05"),
        ("on the 10th", FRIDAY, "2024-11-10"),
        ("in March", FRIDAY, "2024-03"),
        ("in March", "2024-02-10", "2023-03"),
        ("in March", "2024-03-02", "2024-03"),
        ("last March", "2024-03-20", "2023-03"),
        ("mid-March", FRIDAY, "2024-03"),
        ("in late December", FRIDAY, "2024-12"),
        ("May", FRIDAY, "2024-05"),
        # Relative words.
        ("today", FRIDAY, "2024-12-06"),
        ("this morning", FRIDAY, "2024-12-06"),
        ("yesterday", FRIDAY, "2024-12-05"),
        ("last night", FRIDAY, "2024-12-05"),
        ("the day before yesterday", FRIDAY, "2024-12-04"),
        ("tomorrow", FRIDAY, "2024-12-07"),
        ("two days ago", FRIDAY, "2024-12-04"),
        ("10 days ago", FRIDAY, "2024-11-26"),
        ("two weeks ago", FRIDAY, "2024-11"),
        ("four months ago", FRIDAY, "2024-08"),
        ("13 months ago", FRIDAY, "2023-11"),
        ("three years ago", FRIDAY, "2021"),
        ("a year ago", FRIDAY, "2023"),
        ("a decade ago", FRIDAY, "2014"),
        ("last year", FRIDAY, "2023"),
        ("early last year", FRIDAY, "2023"),
        ("the end of last year", FRIDAY, "2023"),
        ("this year", FRIDAY, "2024"),
        ("earlier this year", FRIDAY, "2024"),
        ("next year", FRIDAY, "2025"),
        ("last month", FRIDAY, "2024-11"),
        ("last month", "2025-01-15", "2024-12"),
        ("this month", FRIDAY, "2024-12"),
        ("later this month", FRIDAY, "2024-12"),
        ("December of last year", FRIDAY, "2023-12"),
        ("since Oct. 8 last year", FRIDAY, "2023-10-08"),
        ("on 8 October last year", FRIDAY, "2023-10-08"),
        ("March this year", FRIDAY, "2024-03"),
        ("last summer", FRIDAY, "2024"),
        ("last summer", "2024-07-01", "2023"),
        ("in the summer", "2024-02-01", "2023"),
        # Weeks: the month that holds the whole week, else its year.
        ("this week", FRIDAY, "2024-12"),
        ("earlier this week", FRIDAY, "2024-12"),
        ("this week", "2024-10-01", "2024"),  # Monday 30 September .. Tuesday 1 October
        ("last week", "2024-12-12", "2024-12"),
        ("last week", FRIDAY, "2024"),
        ("last week", "2025-01-03", "2024-12"),  # 23-29 December 2024
        ("over the weekend", "2024-12-09", "2024-12"),
    ],
)
def test_relative_dates_resolve_against_publication(expression, published, expected):
    assert resolve_date(expression, published) == expected


@pytest.mark.parametrize(
    "expression",
    ["on Thursday", "last year", "in March", "yesterday", "two days ago", "this week", "Aug. 15", "the 5th"],
)
def test_relative_dates_need_a_publication_date(expression):
    assert resolve_date(expression, None) is None
    assert resolve_date(expression, "") is None


def test_coarse_publication_date_resolves_what_it_can():
    assert resolve_date("last year", "2024") == "2023"
    assert resolve_date("in March", "2024-05") == "2024-03"
    assert resolve_date("on Thursday", "2024-05") is None  # needs the day
    assert resolve_date("in March", "2024") is None


@pytest.mark.parametrize(
    "expression",
    [
        "", "the group", "six weeks", "the past decade", "the past 24 hours", "in recent weeks",
        "in the 1990s", "for two years", "over the past month", "before 2017", "after the war",
        "the previous day", "5/12/2024", "10 hours ago", "the third of December", "winter", "decades", "2024-13",
    ],
)
def test_durations_and_unanchored_expressions_give_none(expression):
    assert resolve_date(expression, FRIDAY) is None


def test_the_current_period():
    assert resolve_date("by the end of the year", FRIDAY) == "2024"
    assert resolve_date("later in the month", FRIDAY) == "2024-12"
    assert resolve_date("the end of the month", FRIDAY) == "2024-12"


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("on Monday", "2024-12-09"),
        ("on Friday", "2024-12-06"),  # the day of publication itself
        ("this Sunday", "2024-12-08"),
        ("next Friday", "2024-12-13"),
        ("last Friday", "2024-11-29"),  # explicit words win over the tense
        ("in March", "2025-03"),
        ("in December", "2024-12"),
        ("on Jan. 20", "2025-01-20"),
        ("on Dec. 6", "2024-12-06"),
        ("in June 2024", "2024-06"),  # an explicit year is kept
        ("yesterday", "2024-12-05"),
    ],
)
def test_future_sentences(expression, expected):
    assert resolve_date(expression, FRIDAY, future=True) == expected


def test_invalid_calendar_dates_give_none():
    assert resolve_date("February 30, 2024", None) is None
    assert resolve_date("2024-02-30", None) is None
    assert resolve_date("February 29, 2024", None) == "2024-02-29"


def test_feb_29_without_year_skips_to_a_leap_year_only_if_valid():
    # 29 February after publication in 2024 would be 2023-02-29, which does not exist.
    assert resolve_date("Feb. 29", "2024-01-10") is None
    assert resolve_date("Feb. 29", "2024-03-01") == "2024-02-29"


def test_publication_date_forms():
    assert parse_published("2024-12-06") == (2024, 12, 6)
    assert parse_published("2024-12-06T08:30:00Z") == (2024, 12, 6)
    assert parse_published("2024-12") == (2024, 12, None)
    assert parse_published(None) is None
    assert resolve_date("yesterday", "2024-12-06T23:59:00+01:00") == "2024-12-05"
    with pytest.raises(InputError, match="not-a-date"):
        resolve_date("yesterday", "not-a-date")
    with pytest.raises(InputError):
        parse_published("2024-13-01")


def test_case_and_spacing_do_not_matter():
    assert resolve_date("  ON  THURSDAY ", FRIDAY) == "2024-12-05"
    assert resolve_date("In\u00a0June 2014", None) == "2014-06"


def test_dateparser_fallback_respects_past_preference():
    # A form outside the grammar goes to dateparser, which must not return a future date.
    assert resolve_date("December the 3rd", FRIDAY) == "2024-12-03"
    assert resolve_date("2024 December 3", None) == "2024-12-03"
    assert resolve_date("in the year 2019", FRIDAY) == "2019"
    assert resolve_date("December the 20th", FRIDAY) in ("2023-12-20", None)
    assert resolve_date("December the 3rd", None) is None  # never against today's date


def test_repeated_calls_are_cached():
    from conflictkg.graph import dates

    resolve_date("on Wednesday", FRIDAY)
    before = dates._resolve_cached.cache_info().hits
    for _ in range(5):
        assert resolve_date("on Wednesday", FRIDAY) == "2024-12-04"
    assert dates._resolve_cached.cache_info().hits == before + 5
