"""Own texts for the atlas as Excel saves them on Dutch and English Windows and on a Mac.

Each file is written byte for byte the way that Excel save format writes it (encoding,
BOM, separator, line ends, quoting only where a field needs it), then read as the atlas
reads it. The texts are real-looking Dutch with the characters that broke it before.
"""
import codecs

import pytest

from rksd_plugin.core.errors import OwnTextsInvalid
from rksd_plugin.report import own_texts

TEXTS = [
    ("WK093504", "Oud, groen, rustig"),
    ("BU09350406", "Amby: één café, financiële zorgen \u2013 \u2018samen\u2019 \u20ac 5"),
    ("BU09350101", "Binnenstad; druk en levendig"),
    ("inleiding", "Deze atlas is gemaakt voor het gesprek met de woningcorporaties."),
]
EXPECTED = {"WK093504": "Oud, groen, rustig",
            "BU09350406": "Amby: één café, financiële zorgen \u2013 \u2018samen\u2019 \u20ac 5",
            "BU09350101": "Binnenstad; druk en levendig"}
INTRO = "Deze atlas is gemaakt voor het gesprek met de woningcorporaties."


def excel_lines(delimiter, header=True):
    """Rows as Excel writes them: a field is quoted only when it holds the separator, a quote
    or a line end."""
    rows = ([("code", "tekst")] if header else []) + TEXTS
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            if delimiter in cell or '"' in cell or "\n" in cell:
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        lines.append(delimiter.join(cells))
    return lines


def save(tmp_path, name, delimiter, encoding, newline="\r\n", bom=b"", header=True):
    path = tmp_path / name
    text = newline.join(excel_lines(delimiter, header)) + newline
    path.write_bytes(bom + text.encode(encoding))
    return str(path)


EXCEL_FORMATS = {
    # Windows, Dutch: "CSV (gescheiden door lijstscheidingsteken)"
    "Windows nl CSV (lijstscheidingsteken)": dict(delimiter=";", encoding="cp1252"),
    # Windows, English: "CSV (Comma delimited)"
    "Windows en CSV (Comma delimited)": dict(delimiter=",", encoding="cp1252"),
    # Windows: "CSV UTF-8" (Dutch list separator, and English)
    "Windows nl CSV UTF-8": dict(delimiter=";", encoding="utf-8", bom=codecs.BOM_UTF8),
    "Windows en CSV UTF-8": dict(delimiter=",", encoding="utf-8", bom=codecs.BOM_UTF8),
    # Windows and Mac: "Unicode text" (UTF-16 little endian with BOM, tab separated)
    "Unicode text (UTF-16)": dict(delimiter="\t", encoding="utf-16-le", bom=codecs.BOM_UTF16_LE),
    "UTF-16 big endian": dict(delimiter="\t", encoding="utf-16-be", bom=codecs.BOM_UTF16_BE),
    # Mac: "CSV UTF-8" (LF line ends) and "Comma Separated Values" (Mac Roman)
    "Mac CSV UTF-8": dict(delimiter=",", encoding="utf-8", bom=codecs.BOM_UTF8, newline="\n"),
    "Mac Comma Separated Values (Mac Roman)": dict(delimiter=",", encoding="mac_roman", newline="\n"),
    "old Mac (Mac Roman, CR line ends)": dict(delimiter=";", encoding="mac_roman", newline="\r"),
    # LibreOffice and text editors
    "UTF-8 without BOM": dict(delimiter=";", encoding="utf-8", newline="\n"),
    "UTF-8 without BOM, tabs": dict(delimiter="\t", encoding="utf-8", newline="\n"),
}


@pytest.mark.parametrize("name", sorted(EXCEL_FORMATS))
@pytest.mark.parametrize("header", [True, False])
def test_what_excel_writes_is_read_whole(name, header, tmp_path):
    path = save(tmp_path, "teksten.csv", header=header, **EXCEL_FORMATS[name])
    texts = own_texts.load(path)
    assert texts.by_code == EXPECTED
    assert texts.intro == INTRO
    assert texts.warnings == []
    assert texts.delimiter == EXCEL_FORMATS[name]["delimiter"]


def test_the_separator_is_decided_from_the_whole_file_not_the_first_line():
    texts = own_texts.parse_csv("WK093504;Oud, groen, rustig\nBU09350406;Veel, heel veel, groen\n"
                                "BU09350101;Druk\n")
    assert texts.by_code == {"WK093504": "Oud, groen, rustig", "BU09350406": "Veel, heel veel, groen",
                             "BU09350101": "Druk"}
    assert texts.warnings == [] and texts.delimiter == ";"


def test_a_comma_file_whose_texts_hold_semicolons_stays_a_comma_file():
    texts = own_texts.parse_csv('code,tekst\nWK093504,"Oud; groen; rustig"\nBU09350406,Druk; vol\n')
    assert texts.delimiter == ","
    assert texts.by_code == {"WK093504": "Oud; groen; rustig", "BU09350406": "Druk; vol"}


def test_texts_over_several_lines_as_excel_quotes_them(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes('code;tekst\r\nBU09350406;"Eerste regel;\r\ntweede regel"\r\nWK093504;Kort\r\n'.encode("cp1252"))
    texts = own_texts.load(str(path))
    assert texts.by_code == {"BU09350406": "Eerste regel;\ntweede regel", "WK093504": "Kort"}
    assert texts.warnings == []


def test_trailing_empty_cells_that_excel_writes_are_dropped():
    texts = own_texts.parse_csv("code;tekst;;\nBU09350406;Tekst;;\nWK093504;Wijk;;;\n")
    assert texts.by_code == {"BU09350406": "Tekst", "WK093504": "Wijk"} and texts.warnings == []


def test_every_skipped_line_is_reported_with_its_number_and_why():
    text = ("code;tekst\n"
            "BU09350406;Amby\n"
            "Buurt Amby;Geen code\n"
            "WK093504;\n"
            "\n"
            "BU09350406;Amby, nog een keer\n"
            "BU09350101;" + "x" * 800 + "\n")
    texts = own_texts.parse_csv(text)
    assert texts.by_code["BU09350406"] == "Amby, nog een keer"
    assert texts.warnings == [
        "line 3: skipped, 'Buurt Amby' is not a buurt or wijk code",
        "line 4: skipped, there is no text after WK093504",
        "line 6: BU09350406 was given before (line 2); this text replaces it",
        "line 7: the text for BU09350101 has 800 characters; about {} fit on the page".format(own_texts.MAX_CHARACTERS),
    ]


def test_a_quote_that_is_not_closed_is_reported_at_its_line():
    texts = own_texts.parse_csv('code;tekst\nBU09350406;"Amby is\nWK093504;Oud\nBU09350101;Druk\n')
    assert any(w.startswith("line 2:") and "quotation mark" in w for w in texts.warnings), texts.warnings


def test_a_workbook_instead_of_a_csv_is_a_clear_error(tmp_path):
    path = tmp_path / "teksten.csv"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)  # an .xlsx renamed to .csv
    with pytest.raises(OwnTextsInvalid) as info:
        own_texts.load(str(path))
    assert "Excel workbook" in str(info.value) and "Save it from Excel as CSV" in str(info.value)
    assert str(path) in str(info.value)


def test_an_old_excel_workbook_is_a_clear_error(tmp_path):
    path = tmp_path / "teksten.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(OwnTextsInvalid):
        own_texts.load(str(path))


def test_a_file_too_large_to_be_texts_is_refused(tmp_path):
    path = tmp_path / "teksten.csv"
    path.write_bytes(b"BU09350406;" + b"x" * (6 * 1024 * 1024))
    with pytest.raises(OwnTextsInvalid) as info:
        own_texts.load(str(path))
    assert "larger than 5 MB" in str(info.value)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(OwnTextsInvalid) as info:
        own_texts.load(str(tmp_path / "weg.csv"))
    assert "weg.csv" in str(info.value) and "No such file" in str(info.value)


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"code;tekst\r\n", b"\r\n\r\n", codecs.BOM_UTF16_LE])
def test_an_empty_file_gives_no_texts_and_no_error(data, tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_bytes(data)
    texts = own_texts.load(str(path))
    assert texts.by_code == {} and texts.intro is None


def test_bytes_that_are_neither_utf8_nor_text_do_not_abort(tmp_path):
    path = tmp_path / "raar.csv"
    path.write_bytes(b"BU09350406;caf\xe9 \x81\x8d\n")  # bytes cp1252 leaves undefined
    texts = own_texts.load(str(path))
    assert list(texts.by_code) == ["BU09350406"] and texts.encoding == "mac_roman"


@pytest.mark.parametrize("encoding, sample, expected", [
    ("cp1252", "financiële zorgen in één café", "cp1252"),
    ("mac_roman", "financiële zorgen in één café", "mac_roman"),
    ("cp1252", "\u2018Samen\u2019 \u2013 \u20ac 12", "cp1252"),
])
def test_windows_1252_and_mac_roman_are_told_apart(encoding, sample, expected):
    text, found = own_texts.decode(("BU09350406;" + sample).encode(encoding))
    assert found == expected and text.endswith(sample)
