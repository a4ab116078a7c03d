"""The government body that publishes a document, when its address or outlet names one
(issue 13): the voice of an unsigned statement's "we".

A ministry's or a government portal's press release speaks in the first person without
naming itself ("We will continue to strike ISIL", "our commitment to the Syrian opposition"):
the publisher is the voice. Only a small table of foreign and defence ministries and
government portals is known, by the host of the document's URL (``state.gov``,
``www.gov.uk``, ``dfat.gov.au``) or by the outlet the user gives (``outlet: "US State
Department"``); the URL is asked first. A news outlet is never a publisher here: a
newspaper's "we" is its writers, no actor. quotes/voice.py asks the publisher last, after a
speaker line, a title line and the statement's own first sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ..records import Actor, Document


@dataclass(frozen=True, slots=True)
class Publisher:
    """A government body that issues statements: the dictionary's entry for it and the
    hosts and outlet names that name it."""

    actor_id: str
    name: str
    text: str  # how a record names it
    country: str
    sector: str
    # a URL's host is one of these ("www." left out) or, with ``subdomains``, a subdomain of
    # one ("2009-2017.state.gov", "eng.mil.ru"); not for a portal whose subdomains are other
    # bodies ("birmingham.gov.uk" is a council)
    hosts: tuple[str, ...]
    outlets: tuple[str, ...] = ()  # outlet names, compared case- and space-folded
    subdomains: bool = True

    def actor(self, how: str) -> Actor:
        return Actor(
            text=self.text, name=self.name, actor_id=self.actor_id, country=self.country,
            sector=self.sector, reason=f"the publisher of the document ({how}): {self.name}",
        )  # fmt: skip


# the entries' ids, names, countries and sectors are the actor dictionary's (tests check)
# fmt: off
PUBLISHERS: tuple[Publisher, ...] = (
    Publisher(
        "org:USA-DOS", "United States Department of State", "the U.S. Department of State",
        "USA", "GOV", ("state.gov",),
        ("us state department", "u.s. state department", "us department of state",
         "u.s. department of state", "state department"),
    ),
    Publisher(
        "org:USA-DOD", "United States Department of Defense", "the U.S. Department of Defense",
        "USA", "MIL", ("defense.gov",),
        ("us department of defense", "u.s. department of defense", "pentagon"),
    ),
    Publisher(
        "country:USA", "United States", "U.S. Central Command", "USA", "MIL", ("centcom.mil",),
        ("centcom", "us central command", "u.s. central command"),
    ),
    Publisher(
        "country:USA", "United States", "the White House", "USA", "GOV", ("whitehouse.gov",),
        ("white house", "the white house"),
    ),
    Publisher(
        "country:GBR", "United Kingdom", "the UK Government", "GBR", "GOV", ("gov.uk",),
        ("uk government", "hm government", "foreign office",
         "foreign, commonwealth and development office", "foreign and commonwealth office"),
        subdomains=False,
    ),
    Publisher(
        "org:AUS-DFAT", "Department of Foreign Affairs and Trade (Australia)",
        "the Australian Department of Foreign Affairs and Trade", "AUS", "GOV",
        ("dfat.gov.au",),
        ("australian department of foreign affairs",
         "australian department of foreign affairs and trade", "dfat"),
    ),
    Publisher(
        "org:CAN-GAC", "Global Affairs Canada", "Global Affairs Canada", "CAN", "GOV",
        ("international.gc.ca",), ("global affairs canada",),
    ),
    Publisher(
        "org:RUS-MOFA", "Ministry of Foreign Affairs of Russia", "the Russian Foreign Ministry",
        "RUS", "GOV", ("mid.ru",), ("russian foreign ministry", "russian mfa"),
    ),
    Publisher(
        "org:RUS-MOD", "Ministry of Defence of Russia", "the Russian Defence Ministry", "RUS",
        "MIL", ("mil.ru",), ("russian defence ministry", "russian defense ministry"),
    ),
    Publisher(
        "org:FRA-MOFA", "Ministry for Europe and Foreign Affairs (France)",
        "the French Foreign Ministry", "FRA", "GOV", ("diplomatie.gouv.fr",),
        ("french foreign ministry", "quai d'orsay"),
    ),
    Publisher(
        "org:DEU-MOFA", "Federal Foreign Office (Germany)", "the German Federal Foreign Office",
        "DEU", "GOV", ("auswaertiges-amt.de",), ("german federal foreign office",),
    ),
    Publisher(
        "org:IND-MEA", "Ministry of External Affairs (India)",
        "India's Ministry of External Affairs", "IND", "GOV", ("mea.gov.in",),
        ("ministry of external affairs", "indian ministry of external affairs"),
    ),
    Publisher(
        "igo:EU", "European Union", "the European External Action Service", "IGO", "IGO",
        ("eeas.europa.eu",), ("european external action service", "eeas"),
    ),
)
# fmt: on


def publisher_of(document: Document) -> Actor | None:
    """The government body that publishes ``document`` (by its URL's host, else by its
    outlet), its reason saying which, or None."""
    host = _host(document.url)
    if host:
        for publisher in PUBLISHERS:
            for known in publisher.hosts:
                if host == known or (publisher.subdomains and host.endswith("." + known)):
                    return publisher.actor(f"its address, {host}")
    outlet = " ".join((document.outlet or "").casefold().split())
    if outlet:
        for publisher in PUBLISHERS:
            if outlet in publisher.outlets:
                return publisher.actor(f"its outlet, {document.outlet}")
    return None


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    host = host.casefold().rstrip(".")
    return host[4:] if host.startswith("www.") else host
