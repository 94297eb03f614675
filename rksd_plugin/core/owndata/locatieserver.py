"""Geocoding facility addresses with the PDOK Locatieserver, through the plugin's transport.

Only for the gemeente's *facilities* (public addresses of buildings). Client addresses
never come here: ``records`` looks them up in a local table.

The ``free`` endpoint of Locatieserver v3.1 is a Solr search over BAG addresses; v3.1
refuses query parameters outside its OpenAPI description, so only ``q``, ``fq``, ``fl``
and ``rows`` are sent. A postcode + house number is asked as filters
(``fq=type:adres``, ``fq=postcode:6211AB``, ``fq=huisnummer:12``) and the house letter and
addition are matched here; a street + number + place is a free-text query whose hits
must match street, number and place exactly. Coordinates come from ``centroide_rd``
(``POINT(x y)`` in EPSG:28992). Answers are cached by the transport, so a second import
of the same list asks nothing.
"""
import re
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlencode

from ..errors import BadResponse, Cancelled, OfflineMiss, RksdError
from . import codes

FREE_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free"
FIELDS = ("id,type,weergavenaam,straatnaam,huisnummer,huisletter,huisnummertoevoeging,huis_nlt,postcode,"
          "woonplaatsnaam,gemeentecode,gemeentenaam,buurtcode,wijkcode,centroide_rd,score")
ROWS = 20
_POINT = re.compile(r"^\s*POINT\s*\(\s*(-?[0-9.]+)\s+(-?[0-9.]+)\s*\)\s*$", re.IGNORECASE)


@dataclass
class Match:
    x: float
    y: float
    address: str
    buurtcode: str = ""
    gemeentecode: str = ""


@dataclass
class Failure:
    reason: str  # a key of facilities.REASONS
    detail: str = ""


class Locatieserver:
    """``by_postcode`` and ``by_address`` return a ``Match`` or a ``Failure``, never raise for an address."""

    def __init__(self, transport, url=FREE_URL):
        self.transport = transport
        self.url = url
        self.requests = 0

    def postcode_url(self, postcode, house):
        query = [("q", "{} {}".format(postcode, house.number)), ("fq", "type:adres"),
                 ("fq", "postcode:{}".format(postcode)), ("fq", "huisnummer:{}".format(house.number)),
                 ("fl", FIELDS), ("rows", str(ROWS))]
        return "{}?{}".format(self.url, urlencode(query))

    def address_url(self, street, house, place):
        text = " ".join(p for p in (street, house.text(), place) if p)
        query = [("q", text), ("fq", "type:adres"), ("fl", FIELDS), ("rows", str(ROWS))]
        return "{}?{}".format(self.url, urlencode(query))

    def by_postcode(self, postcode, house):
        docs = self._docs(self.postcode_url(postcode, house))
        if isinstance(docs, Failure):
            return docs
        docs = [d for d in docs if codes.pc6(d.get("postcode")) == postcode and _int(d.get("huisnummer")) == house.number]
        if not docs:
            return Failure("not_found", "{} {}".format(postcode, house.text()))
        exact = [d for d in docs if _letter(d) == house.letter and _addition(d) == house.addition]
        if len(exact) == 1:
            return _match(exact[0])
        if len(exact) > 1:  # pragma: no cover - BAG addresses are unique
            return Failure("ambiguous", str(len(exact)))
        if not house.letter and not house.addition and len(docs) > 1:
            return Failure("ambiguous", str(len(docs)))
        known = ", ".join(sorted(codes.text(d.get("huis_nlt")) or codes.text(d.get("huisnummer")) for d in docs))
        return Failure("not_found", "{} {} (BAG: {})".format(postcode, house.text(), known))

    def by_address(self, street, house, place):
        docs = self._docs(self.address_url(street, house, place))
        if isinstance(docs, Failure):
            return docs
        want_street, want_place = codes.normal_words(street), codes.normal_words(place)
        exact = [d for d in docs
                 if codes.normal_words(d.get("straatnaam")) == want_street
                 and _int(d.get("huisnummer")) == house.number
                 and _letter(d) == house.letter and _addition(d) == house.addition
                 and (not want_place or codes.normal_words(d.get("woonplaatsnaam")) == want_place)]
        if len(exact) == 1:
            return _match(exact[0])
        if len(exact) > 1:
            return Failure("ambiguous", str(len(exact)))
        closest = docs[0].get("weergavenaam") if docs else "-"
        return Failure("no_match", closest or "-")

    def _docs(self, url):
        self.requests += 1
        try:
            answer = self.transport.get_json(url)
        except Cancelled:
            raise
        except OfflineMiss:
            return Failure("offline", url)
        except RksdError as exc:
            return Failure("service", exc.message())
        response = answer.get("response") if isinstance(answer, dict) else None
        docs = response.get("docs") if isinstance(response, dict) else None
        if not isinstance(docs, list):
            self.transport.forget(url)
            return Failure("service", BadResponse(url=url, detail="no response.docs").message())
        return [d for d in docs if isinstance(d, dict) and d.get("type", "adres") == "adres"]


def _match(doc):
    point = parse_point(doc.get("centroide_rd"))
    if point is None:
        return Failure("service", "no centroide_rd in the answer for {}".format(doc.get("weergavenaam")))
    return Match(point[0], point[1], doc.get("weergavenaam") or "", doc.get("buurtcode") or "",
                 doc.get("gemeentecode") or "")


def parse_point(text) -> Optional[tuple]:
    """``(x, y)`` from ``'POINT(190494.656 443844.161)'``."""
    match = _POINT.match(text or "")
    return (float(match.group(1)), float(match.group(2))) if match else None


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _letter(doc):
    return codes.text(doc.get("huisletter")).upper()


def _addition(doc):
    return codes.text(doc.get("huisnummertoevoeging")).upper()
