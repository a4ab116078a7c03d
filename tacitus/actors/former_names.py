"""Names and demonyms of states that carried them only until a day (countries.yaml maps them
to today's state): "the Zairean president" is Zaire's, Mobutu's or Kabila's, never the
Congo's president of today. A title on such a name is held by nobody the office data know
when the document's date (undated: the day it is analysed) is after the name's last day.
Days of the renaming or dissolution, from general knowledge."""

from __future__ import annotations

FORMER_NAMES: dict[str, str] = {  # word -> last day the state bore the name
    "Zaire": "1997-05-16", "Zairean": "1997-05-16", "Zairian": "1997-05-16",
    "Soviet": "1991-12-25", "USSR": "1991-12-25",
    "Yugoslav": "2003-02-03", "Yugoslavia": "2003-02-03", "Yugoslavian": "2003-02-03",
    "Czechoslovak": "1992-12-31", "Czechoslovakia": "1992-12-31",
    "Czechoslovakian": "1992-12-31",
    "Rhodesia": "1979-05-31", "Rhodesian": "1979-05-31",
    "Kampuchea": "1989-04-30", "Kampuchean": "1989-04-30",
    "Byelorussian": "1991-09-18", "Byelorussia": "1991-09-18",
    "Moldavian": "1991-05-22", "Moldavia": "1991-05-22",
    "Dahomey": "1975-11-29", "Ceylon": "1972-05-21", "Siam": "1939-06-23",
}  # fmt: skip


def former_name(words: list[str], day: str) -> str | None:
    """The first of ``words`` that names a state as it no longer was on ``day``."""
    for word in words:
        last = FORMER_NAMES.get(word)
        if last is not None and day[:10] > last:
            return word
    return None
