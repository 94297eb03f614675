"""The template contract: item ids and layout variables the atlas fills.

A gemeente restyles the ``.qpt`` templates in QGIS's layout designer (house colours,
logo, fonts, positions) and points the plugin to its copy. The plugin finds items by
these ids; an item a template leaves out is skipped, only the map is required. Texts
reach the labels as layout variables (``[% @rksd_area_name %]``), so a label's wording,
font and place stay the template's own. Documented for users in ``docs/atlas.md``.
"""

# templates shipped in resources/layouts/
AREA_TEMPLATE = "rksd_atlas.qpt"
QUESTION_TEMPLATE = "rksd_atlas_question.qpt"
METHOD_TEMPLATE = "rksd_atlas_method.qpt"
PRESENTATION_TEMPLATE = "rksd_presentation.qpt"

# items shared by every template
TITLE = "rksd_title"
SUBTITLE = "rksd_subtitle"
MAP = "rksd_map"
SCALEBAR = "rksd_scalebar"
NORTH_ARROW = "rksd_north_arrow"
FOOTER = "rksd_footer"
PAGE = "rksd_page"

# area page (rksd_atlas.qpt)
OVERVIEW_MAP = "rksd_overview_map"
TABLE = "rksd_table"  # a frame of a manual table (Add Fixed Table)
TABLE_NOTE = "rksd_table_note"
CHART = "rksd_chart"  # a picture item; gets an SVG per area
CHART_LABELS = "rksd_chart_labels"  # a frame of a two-column manual table lying exactly on rksd_chart
CHART_TITLE = "rksd_chart_title"
KEY_FIGURES = "rksd_key_figures"
OWN_TEXT = "rksd_text"
OWN_TEXT_HEADING = "rksd_text_heading"

# question page (rksd_atlas_question.qpt, rksd_presentation.qpt)
LEGEND = "rksd_legend"
NOTES = "rksd_notes"

# method page (rksd_atlas_method.qpt)
METHOD_TABLE = "rksd_method_table"  # a frame of a one-column manual table
CONTENTS = "rksd_contents"  # a frame of a two-column manual table: title, page

AREA_ITEMS = (TITLE, SUBTITLE, MAP, OVERVIEW_MAP, TABLE, TABLE_NOTE, CHART, CHART_LABELS, CHART_TITLE, KEY_FIGURES,
              OWN_TEXT, OWN_TEXT_HEADING, SCALEBAR, NORTH_ARROW, FOOTER, PAGE)
QUESTION_ITEMS = (TITLE, SUBTITLE, MAP, LEGEND, NOTES, SCALEBAR, NORTH_ARROW, FOOTER, PAGE)
METHOD_ITEMS = (TITLE, METHOD_TABLE, CONTENTS, FOOTER, PAGE)
REQUIRED = {"area": (MAP,), "question": (MAP,), "method": ()}

# layout variables: whole document
VAR_GEMEENTE = "rksd_gemeente"  # Maastricht
VAR_GEMEENTE_CODE = "rksd_gemeente_code"  # GM0935
VAR_YEAR = "rksd_year"  # 2024
VAR_DATE = "rksd_date"  # date the atlas was made, written out
VAR_ATTRIBUTION = "rksd_attribution"  # Bron: CBS (CC BY 4.0); geometrie: CBS/Kadaster via PDOK (+ RIVM, Politie)
VAR_FOOTER = "rksd_footer"  # attribution, sources and date in one line
VAR_DOCUMENT_TITLE = "rksd_document_title"  # Atlas Sociaal Domein Maastricht 2024
VAR_PAGE_NUMBER = "rksd_page_number"
VAR_PAGE_COUNT = "rksd_page_count"
VAR_PAGE_LABEL = "rksd_page_label"  # "pagina 9 van 51"
VAR_ACCENT = "rksd_accent_color"  # set in the template (Layout > Variables): colour of the area outline

# area page
VAR_AREA_NAME = "rksd_area_name"
VAR_AREA_CODE = "rksd_area_code"
VAR_AREA_LEVEL = "rksd_area_level"  # Buurt / Wijk
VAR_AREA_PARENT = "rksd_area_parent"  # the wijk of a buurt
VAR_AREA_POPULATION = "rksd_area_population"  # 6.505
VAR_AREA_SUBTITLE = "rksd_area_subtitle"
VAR_AREA_KEY_FIGURES = "rksd_area_key_figures"
VAR_AREA_TEXT = "rksd_area_text"  # the gemeente's own words for this area ('' when none)
VAR_OWN_TEXT_HEADING = "rksd_own_text_heading"
VAR_CHART_TITLE = "rksd_chart_title"
VAR_TABLE_NOTE = "rksd_table_note"

# question page
VAR_QUESTION_NUMBER = "rksd_question_number"
VAR_QUESTION_TITLE = "rksd_question_title"  # "1. Kans op kwetsbaarheid"
VAR_QUESTION_TEXT = "rksd_question"  # the question itself
VAR_QUESTION_SUBTITLE = "rksd_question_subtitle"
VAR_QUESTION_NOTES = "rksd_question_notes"

# method page
VAR_METHOD_TITLE = "rksd_method_title"

DEFAULT_ACCENT = "#1f5f8b"
