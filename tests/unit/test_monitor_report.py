"""The atlas's trend texts and the opening page's peer comparison (pure Python)."""
from rksd_plugin.report import trends


def rows(values, method="direct", bounds=None):
    out = []
    for index, (year, value) in enumerate(values):
        low, high = bounds[index] if bounds else (None, None)
        out.append({"jaar": year, "waarde": value, "methode": method, "ondergrens": low, "bovengrens": high,
                    "gemeente": None, "nederland": None})
    return out


def test_trend_texts(catalog):
    assert trends.trend_text(catalog, "inwoners", rows([(2017, 1000), (2024, 1100)]), 0, "nl") == "2017\u201324: +10,0 %"
    reallocated = trends.trend_text(catalog, "inwoners", rows([(2017, 1000), (2024, 900)], "reallocated"), 0, "en")
    assert reallocated == "2017\u201324: -10.0 % \u25ca"  # the visual language's re-allocated mark
    # a model estimate: the difference and whether the intervals allow calling it a change
    within = trends.trend_text(catalog, "eenzaam_18", rows([(2020, 40.0), (2024, 42.0)],
                                                          bounds=[(37.0, 43.0), (39.0, 45.0)]), 1, "nl")
    assert within == "2020\u201324: +2,0 (binnen marge)"
    untested = trends.trend_text(catalog, "eenzaam_18", rows([(2020, 40.0), (2024, 42.0)]), 1, "en")
    assert untested == "2020\u201324: +2.0 (not tested)"
    assert trends.trend_text(catalog, "inwoners", rows([(2024, 1100)]), 0, "nl") == ""


def test_peer_blocks_of_the_demo_like_series(tmp_path, catalog):
    """On a series GeoPackage's tables (written by the core's table layers to SQLite)."""
    import sqlite3

    path = str(tmp_path / "reeks.gpkg")
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE reeks_buurten (fid INTEGER PRIMARY KEY, code TEXT, jaar INT, kenmerk TEXT, "
                   "waarde REAL, methode TEXT)")
        db.execute("INSERT INTO reeks_buurten (code, jaar, kenmerk, waarde, methode) VALUES "
                   "('BU1', 2017, 'inwoners', 10, 'direct'), ('BU1', 2024, 'inwoners', 12, 'direct')")
        db.execute("CREATE TABLE vergelijking_gemeenten (fid INTEGER PRIMARY KEY, jaar INT, kenmerk TEXT, titel TEXT, "
                   "gemeente REAL, mediaan REAL, kwartiel1 REAL, kwartiel3 REAL, laagste REAL, hoogste REAL, "
                   "aantal INT, rang INT, nederland REAL)")
        db.execute("INSERT INTO vergelijking_gemeenten VALUES (1, 2024, 'inwoners', 'Aantal inwoners', 125285, "
                   "115941, NULL, NULL, 103405, 133141, 13, 9, NULL), (2, 2024, 'woz_waarde', 'WOZ', 294, NULL, "
                   "NULL, NULL, NULL, NULL, 0, NULL, NULL)")
        db.execute("CREATE TABLE vergelijkingsgroep (fid INTEGER PRIMARY KEY, jaar INT, code TEXT, naam TEXT, "
                   "inwoners REAL, stedelijkheid REAL, regel TEXT, toelichting TEXT)")
        db.execute("INSERT INTO vergelijkingsgroep VALUES (1, 2024, 'GM0935', 'Maastricht', 125285, 1, 'zelf', ''), "
                   "(2, 2024, 'GM0080', 'Leeuwarden', 125000, NULL, 'zelfde grootteklasse', '')")

    class Data:
        gpkg_path = path
        gemeente = "GM0935"
        gemeente_name = "Maastricht"
        year = 2024

    Data.catalog = catalog
    blocks = trends.peer_blocks(Data(), "nl")
    texts = [b[1] for b in blocks]
    assert blocks[0] == ("heading", "Over de jaren") and "2017\u20132024" in texts[1]
    assert ("heading", "Vergeleken met vergelijkbare gemeenten (2024)") in blocks
    assert any("Leeuwarden" in t for t in texts)
    assert any(t.startswith("Aantal inwoners: 125.285 Maastricht; mediaan 115.941 (103.405 \u2013 133.141, 13")
               for t in texts), texts
    assert any("WOZ" in t and "Zonder cijfers" in t for t in texts)


def test_the_export_has_a_trend_column_with_the_marks(tmp_path, catalog):
    """A series GeoPackage's buurt table export: a trend per indicator, the re-allocated
    mark where a value crossed a boundary change, and its legend line once."""
    import sqlite3

    from rksd_plugin.core import marks
    from rksd_plugin.report import table_export

    path = str(tmp_path / "reeks.gpkg")
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE reeks_buurten (fid INTEGER PRIMARY KEY, code TEXT, jaar INT, kenmerk TEXT, "
                   "waarde REAL, methode TEXT, ondergrens REAL, bovengrens REAL, gemeente REAL, nederland REAL)")
        db.execute("INSERT INTO reeks_buurten (code, jaar, kenmerk, waarde, methode) VALUES "
                   "('BU1', 2017, 'aandeel_65plus', 20.0, 'reallocated'), ('BU1', 2024, 'aandeel_65plus', 25.0, "
                   "'direct'), ('BU2', 2024, 'aandeel_65plus', 30.0, 'direct')")

    class Data:
        gpkg_path = path

    series = table_export._series(Data())
    column = table_export.Column("trend", "trend", "aandeel_65plus", 1)
    Data.catalog = catalog
    moved = table_export._trend_cell(Data(), series, column, {"code": "BU1"}, "en")
    assert moved == "2017\u201324: +25.0 % " + marks.symbol("reallocated")
    assert table_export._trend_cell(Data(), series, column, {"code": "BU2"}, "nl") == "geen vergelijkbare waarde"
