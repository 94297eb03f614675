"""A local table from postcode (and house number) to buurt: client addresses never leave the machine.

Client records carry an address, not a buurt. RKSD never sends them to a web service:
the user loads a table once - CBS publishes "Buurt, wijk en gemeente voor postcode
huisnummer" every year (``pc6hnr<jaar>0801_gwb.csv``: ``PC6;Huisnummer;Buurt<jaar>;
Wijk<jaar>;Gemeente<jaar>``, buurt codes as bare numbers) - and addresses are looked up
in it, in memory. Only the rows of the gemeente are kept, so the national file (about
9 million rows) is read once in a stream and stays small in memory.
"""
import csv
import io
from dataclasses import dataclass, field
from typing import Dict, Optional, Set, Tuple

from ..errors import QT_TRANSLATE_NOOP, RksdError
from . import codes


class LookupInvalid(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The postcode table {path} cannot be used: {detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "Use CBS's 'Buurt, wijk en gemeente voor postcode huisnummer' (CSV with columns PC6, Huisnummer and "
        "Buurt<year>) or a CSV with columns postcode, (huisnummer) and buurtcode.")


POSTCODE_NAMES = ("pc6", "postcode", "postcode6", "pc")
NUMBER_NAMES = ("huisnummer", "huisnr", "hnr", "nummer")
MAX_BAD_ROWS = 1000  # a file this broken is the wrong file
SAMPLE = 65536  # bytes read to decide the encoding


@dataclass
class PostcodeLookup:
    """Buurten per PC6 and per (PC6, house number) for one gemeente."""

    gemeente: str
    by_address: Dict[Tuple[str, int], str] = field(default_factory=dict)
    by_pc6: Dict[str, Set[str]] = field(default_factory=dict)
    wijk_of: Dict[str, str] = field(default_factory=dict)
    rows: int = 0
    source: str = ""

    def buurt_of_address(self, postcode, number):
        """The buurt of an address, or None (not in the table)."""
        return self.by_address.get((postcode, number))

    def buurten_of_pc6(self, postcode):
        return self.by_pc6.get(postcode, set())

    def wijken_of_pc4(self, postcode4):
        return {self.wijk_of.get(b) or "WK" + b[2:8]
                for pc, buurten in self.by_pc6.items() if pc.startswith(postcode4) for b in buurten}

    @property
    def has_numbers(self):
        return bool(self.by_address)


def read_lookup(path, gemeente, encoding="utf-8-sig"):
    """Read a postcode-buurt CSV, keeping the rows of ``gemeente`` (``'GM0935'``)."""
    digits = gemeente[2:]
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise LookupInvalid(path=path, detail=str(exc)) from exc
    with handle:
        head = handle.read(SAMPLE)
        handle.seek(0)
        text = io.TextIOWrapper(handle, encoding=_encoding(head, encoding), newline="")
        first = text.readline()
        delimiter = max(";,\t", key=first.count)
        header = [_clean(name) for name in next(csv.reader([first], delimiter=delimiter))]
        columns = _columns(header, path)
        lookup = PostcodeLookup(gemeente=gemeente, source=str(path))
        bad = 0
        for row in csv.reader(text, delimiter=delimiter):
            if not row or len(row) <= max(i for i in columns.values() if i is not None):
                bad += 1 if row else 0
                continue
            buurt = codes.area_code(row[columns["buurt"]], "buurt")
            postcode = codes.pc6(row[columns["postcode"]])
            if buurt is None or postcode is None:
                bad += 1
                if bad > MAX_BAD_ROWS and lookup.rows == 0:
                    raise LookupInvalid(path=path, detail="no row has a valid postcode and buurt code")
                continue
            if buurt[2:6] != digits:
                continue
            lookup.rows += 1
            lookup.by_pc6.setdefault(postcode, set()).add(buurt)
            if columns.get("wijk") is not None:
                wijk = codes.area_code(row[columns["wijk"]], "wijk")
                if wijk:
                    lookup.wijk_of[buurt] = wijk
            if columns.get("number") is not None:
                number = codes.optional_int(row[columns["number"]])
                if number:
                    lookup.by_address[(postcode, number)] = buurt
    if lookup.rows == 0:
        raise LookupInvalid(path=path, detail="it holds no address of {}".format(gemeente))
    return lookup


def _encoding(head, default):
    try:
        head.decode("utf-8")
        return default
    except UnicodeDecodeError as exc:
        if len(head) == SAMPLE and exc.start > len(head) - 4:  # a character cut at the end of the sample
            return default
        return "cp1252"  # Excel's CSV on Dutch Windows


def _clean(name):
    return codes.normal_words(name).replace(" ", "")


def _columns(header, path) -> Dict[str, Optional[int]]:
    def find(names=(), prefix=None):
        for index, name in enumerate(header):
            if name in names or (prefix and name.startswith(prefix)):
                return index
        return None

    columns = {
        "postcode": find(POSTCODE_NAMES),
        "number": find(NUMBER_NAMES),
        "buurt": find(("buurtcode", "bucode", "buurt"), prefix="buurt"),
        "wijk": find(("wijkcode", "wkcode", "wijk"), prefix="wijk"),
    }
    missing = [k for k in ("postcode", "buurt") if columns[k] is None]
    if missing:
        raise LookupInvalid(path=path, detail="no column for {} (columns: {})".format(
            " and ".join(missing), ", ".join(header)))
    return columns
