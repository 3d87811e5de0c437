"""A participle after a comma: whom it describes when the parser hangs it on the wrong noun."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, expected", [
    # hung on a place, which cannot be backed: the place's clause subject is
    ("The M23 advanced towards Goma, backed by Rwandan troops.", ("Rwanda", "supports", "M23")),
    ("The Houthis marched on Marib, supported by Iran.", ("Iran", "supports", "Houthis")),
    # on the verb, with a place object: the subject is
    ("Sudanese army troops entered Omdurman, backed by fighters of the Sudan Shield Forces.",
     ("Sudan Shield Forces", "supports", "Sudan")),
])
def test_a_participle_describes_the_subject(text, expected):
    assert holds(text, *expected), got(text)


@pytest.mark.parametrize("text, wrong", [
    # the verb's object may be what is funded: no reading
    ("Kenya agreed to lead a police mission to Haiti, funded largely by the United States.",
     ("United States", "supports", "Kenya")),
    ("Chad sent a battalion to Mali, paid for by the European Union.", ("European Union", "supports", "Chad")),
    # a participle of holding a place keeps its place
    ("The rebels took Kidal, held by the army since 2013.", ("Government of Mali", "captures", "Malian rebels")),
])
def test_no_subject_read_where_the_object_may_be_meant(text, wrong):
    assert not holds(text, *wrong), got(text)
