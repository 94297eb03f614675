"""The Atlas Sociaal Domein, generated headless from the Maastricht sample.

Expected figures are computed here from the raw sample file (the woonikveilig export of
KWB 2024 per buurt) and written in Dutch number style by this test's own formatter; the
PDF is read back with poppler's ``pdftotext`` and rendered with ``pdftoppm``.
"""
import json
import os
import re
import subprocess

import pytest
from qgis.PyQt.QtGui import QImage

from rksd_plugin.core.catalog import Catalog
from rksd_plugin.core.errors import Cancelled
from rksd_plugin.core.http.transport import Transport
from rksd_plugin.core.package import OfflinePackage
from rksd_plugin.core.paths import resource
from rksd_plugin.core.pipeline import Pipeline
from rksd_plugin.qgis_io.layers import write_result
from rksd_plugin.report.atlas import AtlasOptions, build_atlas
from rksd_plugin.report.template import TemplateError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RAW = os.path.join(ROOT, "tests", "fixtures", "samples", "kwb2024_politie_rivm_per_buurt_woonikveilig", "GM0935.json")
OPENING_PAGES = 1 + 6  # method and sources, a map per question


def nl(value, decimals):
    """Dutch number style, written independently of the plugin: 6.505 and 26,8."""
    text = "{:,.{}f}".format(value, decimals)
    return text.replace(",", "#").replace(".", ",").replace("#", ".")


def pages_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True)
    pages = out.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def plain_text(pdf, page):
    """One page in reading order, whitespace collapsed (for wrapped sentences)."""
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True,
                         check=True)
    return " ".join(out.stdout.split())


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def area_page(pages, code, level="Buurt"):
    found = [p for p in pages if "{} {} ".format(level, code) in p]
    assert len(found) == 1, "{} pages for {}".format(len(found), code)
    return found[0]


def row(label, *values):
    """A table row as pdftotext -layout prints it: the label, then the values in columns."""
    return re.compile(re.escape(label) + "".join(r"\s+" + re.escape(v) for v in values) + r"(\s|$)")


@pytest.fixture(scope="module")
def raw():
    with open(RAW, encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory):
    catalog = Catalog.load()
    package = OfflinePackage.open(resource("sample", "maastricht_2024"))
    result = Pipeline(Transport(cache=package.cache, offline=True), catalog).run(package.request())
    path = str(tmp_path_factory.mktemp("atlas") / "maastricht.gpkg")
    write_result(result, path, catalog, "nl")
    return path


@pytest.fixture(scope="module")
def atlas(gpkg, tmp_path_factory):
    pdf = str(tmp_path_factory.mktemp("atlas_pdf") / "atlas_maastricht.pdf")
    calls = []
    result = build_atlas(gpkg, pdf, AtlasOptions(level="buurt"), progress=lambda p, m: calls.append(p))
    return result, pdf, pages_text(pdf), calls


def test_page_count_is_areas_plus_opening_pages(atlas, raw):
    result, pdf, pages, calls = atlas
    buurten = len(raw["buurten"])
    assert buurten == 44
    assert page_count(pdf) == buurten + OPENING_PAGES == result.pages == len(pages)
    assert (result.area_pages, result.opening_pages) == (buurten, OPENING_PAGES)
    assert calls == sorted(calls) and calls[-1] == 100.0
    assert result.warnings == []


def test_every_buurt_has_its_own_page_with_its_name(atlas, raw):
    _, _, pages, _ = atlas
    for buurt in raw["buurten"]:
        page = area_page(pages, buurt["code"])
        first_line = next(line for line in page.splitlines() if line.strip())
        assert first_line.strip() == buurt["name"]


@pytest.mark.parametrize("name", ["Amby", "Heer", "Wyck", "Scharn"])
def test_exact_sample_values_on_the_buurt_page(atlas, raw, name):
    _, _, pages, _ = atlas
    buurt = next(b for b in raw["buurten"] if b["name"] == name)
    own, gemeente = buurt["demografie"], raw["demografie"]
    page = area_page(pages, buurt["code"])
    assert "Inwoners: {}".format(nl(own["inwoners"], 0)) in page
    assert "65 jaar of ouder: {} ({} %; gemeente {} %)".format(
        nl(own["inwoners65plus"], 0), nl(own["inwoners65plus"] / own["inwoners"] * 100, 1),
        nl(gemeente["inwoners65plus"] / gemeente["inwoners"] * 100, 1)) in page
    share = nl(own["inwoners65plus"] / own["inwoners"] * 100, 1)
    gm_share = nl(gemeente["inwoners65plus"] / gemeente["inwoners"] * 100, 1)
    expected = [
        row("Aandeel 65-plussers (%)", share, gm_share),
        row("Gemiddelde WOZ-waarde (x 1 000 euro)", nl(own["wozWaarde"], 0), nl(gemeente["wozWaarde"], 0)),
        row("Gemiddeld inkomen per inwoner (x 1 000 euro)", nl(own["inkomenPerInwoner"], 1),
            nl(gemeente["inkomenPerInwoner"], 1)),
        row("Afstand tot huisartsenpraktijk (km)", nl(own["afstandHuisarts"], 1), nl(gemeente["afstandHuisarts"], 1)),
        row("Afstand tot grote supermarkt (km)", nl(own["afstandSupermarkt"], 1),
            nl(gemeente["afstandSupermarkt"], 1)),
        row("Eengezinswoningen (%)", nl(own["eengezinswoning"], 0), nl(gemeente["eengezinswoning"], 0)),
    ]
    for pattern in expected:
        assert pattern.search(page), pattern.pattern


def test_missing_values_read_geheim_not_zero(atlas, raw):
    _, _, pages, _ = atlas
    gemeente = raw["demografie"]
    secret = [b for b in raw["buurten"] if b["demografie"].get("inkomenPerInwoner") is None]
    assert len(secret) > 10
    for buurt in secret:
        page = area_page(pages, buurt["code"])
        assert row("Gemiddeld inkomen per inwoner (x 1 000 euro)", "geheim",
                   nl(gemeente["inkomenPerInwoner"], 1)).search(page), buurt["name"]
    small = area_page(pages, next(b["code"] for b in raw["buurten"] if b["name"] == "Beatrixhaven"))
    assert "te weinig inwoners" in small
    assert row("Gemiddelde WOZ-waarde (x 1 000 euro)", "geheim", nl(gemeente["wozWaarde"], 0)).search(small)
    assert "geheim / onbekend" not in small and "…inig" not in small


def test_gaps_and_model_estimates_are_said(atlas, raw):
    _, _, pages, _ = atlas
    page = area_page(pages, next(b["code"] for b in raw["buurten"] if b["name"] == "Amby"))
    assert "niet beschikbaar in dit pakket" in page and "Eenpersoonshuishoudens" in page
    assert "Eenzaam, 18+ (%) \u2248" in page and "\u2248: modelschatting" in page
    assert "Bron: CBS (CC BY 4.0); geometrie: CBS/Kadaster via PDOK" in page
    assert "rang " in page and " km" in page  # rank among the buurten; the scale bar


def test_opening_pages_maps_method_and_sources(atlas):
    _, _, pages, _ = atlas
    method = pages[0]
    for text in ("Over deze atlas", "Inleiding", "Zo leest u deze atlas", "Methode", "Bronnen", "Inhoud",
                 "85984NED", "50090NED", "47018NED", "Bron: Politie/CBS", "Bron: RIVM/GGD'en/CBS",
                 "Bron: CBS (CC BY 4.0); geometrie: CBS/Kadaster via PDOK", "modelschattingen"):
        assert text in method, text
    titles = ["1. Kans op kwetsbaarheid", "2. Financiële kwetsbaarheid", "3. Eenzaamheid", "4. Langer thuis wonen",
              "5. Zorgvraag en aanbod", "6. Veiligheid"]
    for number, title in enumerate(titles, start=2):
        page = pages[number - 1]
        assert page.lstrip().startswith(title)
        assert "80\u2013100 (hoogste 20 %)" in page and "te weinig inwoners" in page  # the legend
        assert "pagina {} van 51".format(number) in page
        assert re.search(r"{}\s+{}(\s|$)".format(re.escape(title), number), method, re.M)  # the register
    register = re.search(r"Amby\s+(\d+)", method)
    assert register and "Amby" in pages[int(register.group(1)) - 1].splitlines()[0]


def test_pages_render_to_png(atlas, tmp_path):
    _, pdf, _, _ = atlas
    out = subprocess.run(["pdftoppm", "-r", "20", "-png", pdf, str(tmp_path / "p")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == 51
    for path in (images[0], images[1], images[10]):
        image = QImage(str(path))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 8  # a drawn page, not a blank one


# -- a gemeente's own template and words -------------------------------------------------------
def test_user_template_and_own_texts_are_honoured(gpkg, tmp_path):
    template = tmp_path / "huisstijl" / "mijn_atlas.qpt"
    template.parent.mkdir()
    text = open(resource("layouts", "rksd_atlas.qpt"), encoding="utf-8").read()
    assert text.count('labelText="[% @rksd_area_name %]"') == 1
    template.write_text(text.replace('labelText="[% @rksd_area_name %]"',
                                     'labelText="Wijkatlas: [% @rksd_area_name %]"'), encoding="utf-8")
    before = template.read_bytes()
    texts = tmp_path / "teksten.csv"
    texts.write_text("code;tekst\nWK093504;\"In Buitenwijk Oost opent in 2025 een nieuw wijkcentrum.\"\n"
                     "inleiding;Deze atlas is gemaakt voor het gesprek met de woningcorporaties.\n", encoding="utf-8")
    pdf = str(tmp_path / "wijkatlas.pdf")
    result = build_atlas(gpkg, pdf, AtlasOptions(level="wijk", template=str(template), texts=str(texts)))
    pages = pages_text(pdf)
    assert page_count(pdf) == 7 + OPENING_PAGES == result.pages
    oost = area_page(pages, "WK093504", "Wijk")
    assert "Wijkatlas: Wijk 04 Buitenwijk Oost" in oost
    assert "Toelichting van de gemeente" in oost and "In Buitenwijk Oost opent in 2025 een nieuw wijkcentrum." in oost
    centrum = area_page(pages, "WK093500", "Wijk")
    assert "Wijkatlas: Wijk 00 Centrum" in centrum and "Toelichting van de gemeente" not in centrum
    assert "Deze atlas is gemaakt voor het gesprek met de woningcorporaties." in plain_text(pdf, 1)
    assert template.read_bytes() == before  # loaded and filled, never saved over
    assert sorted(p.name for p in template.parent.iterdir()) == ["mijn_atlas.qpt"]


def test_a_template_without_the_map_is_refused(gpkg, tmp_path):
    template = tmp_path / "kapot.qpt"
    text = open(resource("layouts", "rksd_atlas.qpt"), encoding="utf-8").read()
    template.write_text(text.replace('id="rksd_map"', 'id="kaart"'), encoding="utf-8")
    pdf = tmp_path / "atlas.pdf"
    with pytest.raises(TemplateError, match="rksd_map"):
        build_atlas(gpkg, str(pdf), AtlasOptions(level="wijk", template=str(template)))
    assert not pdf.exists() and not list(tmp_path.glob(".rksd-atlas-*"))


def test_cancel_leaves_no_partial_pdf_and_an_earlier_one_untouched(gpkg, tmp_path):
    pdf = tmp_path / "atlas.pdf"
    pdf.write_bytes(b"earlier atlas")
    progress = []
    with pytest.raises(Cancelled):
        build_atlas(gpkg, str(pdf), AtlasOptions(level="buurt"), progress=lambda p, m: progress.append(p),
                    is_cancelled=lambda: len(progress) >= 9)
    assert len(progress) == 9  # method page, six maps, two buurten - then it stopped
    assert pdf.read_bytes() == b"earlier atlas"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atlas.pdf"]


def test_english_atlas(gpkg, tmp_path):
    pdf = str(tmp_path / "atlas_en.pdf")
    build_atlas(gpkg, pdf, AtlasOptions(level="wijk", language="en"))
    pages = pages_text(pdf)
    assert "About this atlas" in pages[0] and "Sources" in pages[0]
    oost = area_page(pages, "WK093504", "District")
    assert "Netherlands" in oost and "not available in this package" in oost
    assert "31,865" in oost  # English number style
