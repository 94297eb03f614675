"""The gemeente's own facilities: a list of places with a category, made into points.

Each row is placed by the first way that works for it: its own point geometry (a
GeoPackage or layer), coordinate columns (RD or longitude/latitude), postcode + house
number, or street + house number + place (both geocoded with the PDOK Locatieserver).
Every row that cannot be placed is listed with the reason, so nothing disappears
silently. Categories are mapped to the catalog's facility kinds (``kinds``): the result
has a ``categorie`` column with kind keys that the reachability, langer-thuis and
zorgvraag/aanbod analyses take directly.
"""
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

from ..errors import QT_TRANSLATE_NOOP, Cancelled, RksdError
from . import codes
from .kinds import OTHER, KindMapper

# what the RD New grid covers (EPSG:28992 area of use, rounded outwards)
RD_BOUNDS = (-8000.0, 289000.0, 301000.0, 630000.0)
BY_GEOMETRY, BY_COORDINATES, BY_POSTCODE, BY_ADDRESS = "geometrie", "coordinaten", "postcode_huisnummer", "adres"
OWN_SOURCE = "eigen lijst van de gemeente"

REASONS = {
    "no_location": QT_TRANSLATE_NOOP("RksdOwnData", "no coordinates and no address"),
    "bad_coordinates": QT_TRANSLATE_NOOP("RksdOwnData", "the coordinates cannot be read: {detail}"),
    "outside_nl": QT_TRANSLATE_NOOP("RksdOwnData", "the coordinates lie outside the Netherlands: {detail}"),
    "bad_postcode": QT_TRANSLATE_NOOP("RksdOwnData", "'{detail}' is not a Dutch postcode (4 digits and 2 letters)"),
    "no_number": QT_TRANSLATE_NOOP("RksdOwnData", "the house number is missing"),
    "bad_number": QT_TRANSLATE_NOOP("RksdOwnData", "house number '{detail}' cannot be read"),
    "date_number": QT_TRANSLATE_NOOP(
        "RksdOwnData", "house number '{detail}' looks like a date a spreadsheet made of it (e.g. 4-2)"),
    "not_found": QT_TRANSLATE_NOOP("RksdOwnData", "no such address in the BAG (PDOK Locatieserver): {detail}"),
    "ambiguous": QT_TRANSLATE_NOOP("RksdOwnData", "{detail} addresses match; add the house letter or addition"),
    "no_match": QT_TRANSLATE_NOOP(
        "RksdOwnData", "no address matches street, number and place exactly (closest: {detail})"),
    "service": QT_TRANSLATE_NOOP("RksdOwnData", "the PDOK Locatieserver could not be asked: {detail}"),
    "offline": QT_TRANSLATE_NOOP("RksdOwnData", "offline, and the answer is not in the cache: {detail}"),
}


class FacilitySpecInvalid(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The facility list cannot be read this way: {detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Choose coordinate columns, a postcode and house number column, or street, house number "
        "and place columns (or a point layer).")


@dataclass
class FacilitySpec:
    category_field: Optional[str] = None
    name_field: Optional[str] = None
    x_field: Optional[str] = None
    y_field: Optional[str] = None
    coordinate_crs: str = "EPSG:28992"  # or EPSG:4326 (x = longitude, y = latitude)
    postcode_field: Optional[str] = None
    number_field: Optional[str] = None
    addition_field: Optional[str] = None  # house letter or addition in a column of its own
    street_field: Optional[str] = None
    place_field: Optional[str] = None
    overrides: Dict[str, str] = field(default_factory=dict)  # own category -> kind
    default_kind: Optional[str] = None  # without a category field: the kind of every row

    def check(self, fields=None, has_geometry=False):
        ways = [has_geometry, bool(self.x_field and self.y_field), bool(self.postcode_field and self.number_field),
                bool(self.street_field and self.number_field)]
        if not any(ways):
            raise FacilitySpecInvalid(detail="no way to place a row")
        if fields is not None:
            wanted = [self.category_field, self.name_field, self.x_field, self.y_field, self.postcode_field,
                      self.number_field, self.addition_field, self.street_field, self.place_field]
            unknown = [f for f in wanted if f and f not in fields]
            if unknown:
                raise FacilitySpecInvalid(detail="no column {}".format(", ".join(unknown)))
        return self


@dataclass
class Placed:
    row: int
    x: float
    y: float
    kind: str
    own_category: str
    name: str
    address: str
    method: str


@dataclass
class Unplaced:
    row: int
    name: str
    address: str
    reason: str
    detail: str = ""

    def text(self, translate=None):
        template = REASONS[self.reason]
        return (translate or (lambda t: t))(template).format(detail=self.detail)


@dataclass
class FacilityResult:
    placed: List[Placed]
    unplaced: List[Unplaced]
    unmapped: Dict[str, int]  # own categories that got no kind, with their count
    requests: int = 0

    def by_method(self):
        counts = {}
        for item in self.placed:
            counts[item.method] = counts.get(item.method, 0) + 1
        return counts


def import_facilities(rows, spec: FacilitySpec, catalog, geocoder=None,
                      to_rd: Optional[Callable[[float, float], tuple]] = None,
                      progress=None, is_cancelled=None, total=None):
    """Place every row. ``rows``: ``(row_number, {field: value}, (x, y) in RD or None)``.

    ``geocoder``: a ``Locatieserver`` (None: rows that need one are listed as not placed);
    ``to_rd(x, y)``: converts coordinates of ``spec.coordinate_crs`` to RD (None: RD only)."""
    mapper = KindMapper(catalog, spec.overrides)
    progress = progress or (lambda fraction: None)
    is_cancelled = is_cancelled or (lambda: False)
    placed, unplaced, unmapped = [], [], {}
    for index, (number, row, point) in enumerate(rows):
        if is_cancelled():
            raise Cancelled()
        own = codes.text(row.get(spec.category_field)) if spec.category_field else (spec.default_kind or "")
        kind = mapper.kind(own) if own else (spec.default_kind or OTHER)
        if kind == OTHER:
            unmapped[own] = unmapped.get(own, 0) + 1
        name = codes.text(row.get(spec.name_field)) if spec.name_field else ""
        address = _address_text(row, spec)
        where = _place(row, point, spec, geocoder, to_rd)
        if isinstance(where, Unplaced):
            where.row, where.name, where.address = number, name, address
            unplaced.append(where)
        else:
            x, y, method, found = where
            placed.append(Placed(number, x, y, kind, own, name, found or address, method))
        if total:
            progress((index + 1) / total)
    return FacilityResult(placed, unplaced, unmapped, geocoder.requests if geocoder is not None else 0)


def _place(row, point, spec, geocoder, to_rd):
    if point is not None:
        return _checked(point[0], point[1], BY_GEOMETRY)
    coordinates = _coordinates(row, spec, to_rd)
    if coordinates is not None:
        return coordinates
    has_postcode = spec.postcode_field and codes.text(row.get(spec.postcode_field))
    has_street = spec.street_field and codes.text(row.get(spec.street_field))
    if not has_postcode and not has_street:
        return Unplaced(0, "", "", "no_location")
    raw_number = row.get(spec.number_field) if spec.number_field else None
    if not codes.text(raw_number):
        return Unplaced(0, "", "", "no_number")
    if codes.looks_like_date(raw_number):
        return Unplaced(0, "", "", "date_number", codes.text(raw_number))
    house = codes.house_number(raw_number, addition=row.get(spec.addition_field) if spec.addition_field else None)
    if house is None:
        return Unplaced(0, "", "", "bad_number", codes.text(raw_number))
    if geocoder is None:
        return Unplaced(0, "", "", "offline", "-")
    if has_postcode:
        postcode = codes.pc6(row.get(spec.postcode_field))
        if postcode is None:
            return Unplaced(0, "", "", "bad_postcode", codes.text(row.get(spec.postcode_field)))
        found = geocoder.by_postcode(postcode, house)
        method = BY_POSTCODE
    else:
        found = geocoder.by_address(codes.text(row.get(spec.street_field)), house,
                                    codes.text(row.get(spec.place_field)) if spec.place_field else "")
        method = BY_ADDRESS
    if hasattr(found, "reason"):
        return Unplaced(0, "", "", found.reason, found.detail)
    checked = _checked(found.x, found.y, method)
    if isinstance(checked, Unplaced):
        return checked
    return found.x, found.y, method, found.address


def _coordinates(row, spec, to_rd):
    if not (spec.x_field and spec.y_field):
        return None
    raw_x, raw_y = codes.text(row.get(spec.x_field)), codes.text(row.get(spec.y_field))
    if not raw_x and not raw_y:
        return None
    try:
        x, y = _number(raw_x), _number(raw_y)
    except ValueError:
        return Unplaced(0, "", "", "bad_coordinates", "{}, {}".format(raw_x, raw_y))
    if spec.coordinate_crs != "EPSG:28992":
        if to_rd is None:
            return Unplaced(0, "", "", "bad_coordinates", "{} cannot be converted".format(spec.coordinate_crs))
        try:
            x, y = to_rd(x, y)
        except (ValueError, ArithmeticError) as exc:
            return Unplaced(0, "", "", "bad_coordinates", str(exc))
    return _checked(x, y, BY_COORDINATES)


def _checked(x, y, method):
    left, bottom, right, top = RD_BOUNDS
    if not (left <= x <= right and bottom <= y <= top) or x != x or y != y:
        return Unplaced(0, "", "", "outside_nl", "{:.0f}, {:.0f} (RD)".format(x, y) if x == x and y == y else "NaN")
    return x, y, method, ""


def _number(text):
    text = text.strip()
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # Dutch decimal comma
    return float(text)


def _address_text(row, spec):
    parts = []
    if spec.street_field:
        parts.append(codes.text(row.get(spec.street_field)))
    if spec.number_field:
        number = codes.text(row.get(spec.number_field))
        if spec.addition_field and codes.text(row.get(spec.addition_field)):
            number = "{} {}".format(number, codes.text(row.get(spec.addition_field)))
        parts.append(number)
    if spec.postcode_field:
        parts.append(codes.text(row.get(spec.postcode_field)))
    if spec.place_field:
        parts.append(codes.text(row.get(spec.place_field)))
    return " ".join(p for p in parts if p)
