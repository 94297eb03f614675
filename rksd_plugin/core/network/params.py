"""Parse the text parameters users type: radius lists, value lists, category names."""
import re

from .errors import BadNumberList

_SPLIT = re.compile(r"[;,\s]+")


def parse_radii(text, parameter="RADII", allow_empty=True):
    """'500;1000, 3000' -> [500.0, 1000.0, 3000.0] (sorted, unique, > 0)."""
    if text is None:
        text = ""
    if isinstance(text, (list, tuple)):
        items = [str(v) for v in text]
    else:
        items = [item for item in _SPLIT.split(str(text).strip()) if item]
    if not items:
        if allow_empty:
            return []
        raise BadNumberList(parameter=parameter, text=text, detail="empty")
    values = []
    for item in items:
        try:
            value = float(item)
        except ValueError:
            raise BadNumberList(parameter=parameter, text=text, detail="'{}'".format(item))
        if not value > 0 or value != value or value == float("inf"):
            raise BadNumberList(parameter=parameter, text=text, detail="'{}' <= 0".format(item))
        values.append(value)
    return sorted(set(values))


def parse_values(text):
    """'supermarkt; supermarket' -> ['supermarkt', 'supermarket'] (case kept, stripped)."""
    if text is None:
        return []
    return [item.strip() for item in str(text).split(";") if item.strip()]


def radius_label(radius):
    """500.0 -> '500', 1500.5 -> '1500_5' (for field names)."""
    if float(radius).is_integer():
        return str(int(radius))
    return ("%g" % radius).replace(".", "_")


def field_token(value, max_length=20):
    """A category value as a safe field-name part: 'Community centre' -> 'community_centre'."""
    text = re.sub(r"[^0-9a-zA-Z]+", "_", str(value).strip().lower()).strip("_")
    return (text or "leeg")[:max_length]


ID_FIELDS = ("id", "identificatie", "nummeraanduiding_id", "adres_id", "nr", "nummer", "code", "bu_code", "buurtcode",
             "wk_code", "wijkcode", "gm_code", "osm_id", "stop_id")
NAME_FIELDS = ("naam", "name", "bu_naam", "buurtnaam", "wk_naam", "wijknaam", "gm_naam", "adres", "omschrijving",
               "label", "stop_name")


def id_and_name_fields(names):
    """The fields carried over when the user chose none: an id-like and a name-like field.

    By name (case-insensitive), first the well-known ones in the order above, then any
    ``*_id``/``*code`` or ``*naam``/``*name`` field. GeoPackage's own row number ``fid`` is
    never picked: every GeoPackage output numbers its rows itself.
    """
    lower = {name.lower(): name for name in reversed(list(names))}

    def pick(known, endings):
        for candidate in known:
            if candidate in lower:
                return lower[candidate]
        for name in names:
            if name.lower() != "fid" and name.lower().endswith(endings):
                return name
        return None

    chosen = [pick(ID_FIELDS, ("_id", "code")), pick(NAME_FIELDS, ("naam", "_name"))]
    return [name for index, name in enumerate(chosen) if name and name not in chosen[:index]]
