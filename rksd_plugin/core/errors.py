"""Errors a user can act on.

Every error carries an English message template (translated by the GUI through Qt's
translation files, context ``RksdErrors``), the values to fill in, and a hint that says
what the user can do. ``core`` cannot import Qt, so the templates are only *marked* here
with ``QT_TRANSLATE_NOOP``; pylupdate5 collects them by that name.
"""


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    """Mark ``text`` for translation without translating it (Qt's convention)."""
    return text


CONTEXT = "RksdErrors"


class RksdError(Exception):
    """Base class: a message template, its parameters and a hint for the user."""

    template = QT_TRANSLATE_NOOP("RksdErrors", "Something went wrong.")
    hint = ""

    def __init__(self, template=None, hint=None, **params):
        if template is not None:
            self.template = template
        if hint is not None:
            self.hint = hint
        self.params = params
        super().__init__(self.message())

    def __str__(self):
        return self.message()

    def message(self, translate=None):
        """The message (and hint) in the user's language when ``translate`` is given."""
        tr = translate or (lambda text: text)
        text = tr(self.template).format(**self.params)
        if self.hint:
            text = "{} {}".format(text, tr(self.hint).format(**self.params))
        return text


class NetworkError(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "Could not download {url}: {reason}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "Check the internet connection and the proxy settings in QGIS "
        "(Settings > Options > Network), or work offline from a prepared package.",
    )


class RequestTimeout(NetworkError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "The server did not answer within {timeout:g} s: {url}."
    )


class HttpStatusError(NetworkError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The server answered HTTP {status} for {url}.")
    HINT_NOT_FOUND = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "The table or service is not (or no longer) at this address; a newer catalog may know "
        "where it moved.",
    )
    HINT_BUSY = QT_TRANSLATE_NOOP(
        "RksdErrors", "The service is busy or disturbed; try again later or work offline."
    )

    def __init__(self, template=None, hint=None, **params):
        status = int(params.get("status", 0) or 0)
        if hint is None and status in (404, 410):
            hint = self.HINT_NOT_FOUND
        elif hint is None and (status == 429 or status >= 500):
            hint = self.HINT_BUSY
        super().__init__(template, hint, **params)


class OfflineMiss(NetworkError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "Offline mode: the cache holds no answer for {url}."
    )
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "Switch offline mode off to download it, or load an offline package that contains "
        "this gemeente and year.",
    )


class UnmanagedRequest(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "A download was attempted outside the plugin's network transport: {url}."
    )


class BadResponse(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "The answer from {url} is not what was expected: {detail}."
    )
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "The service may have changed or be disturbed; try again later."
    )


class UnknownGemeente(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "Gemeente {code} does not exist in {table} ({year})."
    )
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Check the code (GM followed by four digits, e.g. GM0935) and the year."
    )


class InvalidRegionCode(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "'{code}' is not a valid {level} code.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Use GM plus 4 digits, WK plus 6 or BU plus 8 characters."
    )


class NoTableForYear(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "There is no {source} table for {year}; available years: {years}."
    )


class NoGeometryService(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "The catalog names no PDOK service with the wijk- en buurtkaart {year}; "
        "years with boundaries: {years}.",
    )
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Choose one of these years, or load a newer catalog that knows this year's service."
    )


class MeasureNotFound(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "Measure '{measure}' (key {stem}, title '{title}', used by indicator {indicators}) is not in "
        "table {table}. Nearest candidates: {candidates}.",
    )

    def __init__(self, template=None, hint=None, **params):
        params.setdefault("indicators", "-")
        super().__init__(template, hint, **params)
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "CBS may have renamed or dropped it; update the catalog or choose another year.",
    )


class EmptyResult(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "{what} returned no features for {code}: {url}.")


class CatalogInvalid(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The catalog {source} is refused: {detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "The current catalog stays in use. Fix the file or choose another one."
    )


class FormulaError(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "Formula '{formula}' is not allowed: {detail}.")


class Cancelled(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "Cancelled; nothing was written.")


# -- bounds on what comes from outside (downloads, caches, packages) ----------------------
class LimitExceeded(RksdError):
    """A download broke one of its bounds (size or deadline): never retried, never cached."""

    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "If the answer is genuine, raise the limit under RKSD > Offline > Settings > Limits; "
        "otherwise try again later.",
    )


class ResponseTooLarge(LimitExceeded):
    TEMPLATES = {
        "catalog": QT_TRANSLATE_NOOP("RksdErrors", "The catalog at {url} is larger than the limit of {limit}."),
        "metadata": QT_TRANSLATE_NOOP(
            "RksdErrors", "The metadata answer from {url} is larger than the limit of {limit}."),
        "data": QT_TRANSLATE_NOOP("RksdErrors", "A data page from {url} is larger than the limit of {limit}."),
        "geometry": QT_TRANSLATE_NOOP(
            "RksdErrors", "A geometry page from {url} is larger than the limit of {limit}."),
    }

    def __init__(self, template=None, hint=None, **params):
        if template is None:
            template = self.TEMPLATES.get(params.get("kind"), self.TEMPLATES["metadata"])
        super().__init__(template, hint, **params)


class DeadlineExceeded(LimitExceeded):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "The download of {url} did not finish within the limit of {deadline:g} s per request."
    )


class RedirectRefused(RksdError):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "{url} redirects to {target}, which is not a host of the same service: not followed."
    )
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "If that address is genuine (a mirror or gateway of your organisation), add its host under "
        "RKSD > Offline > Settings > Limits > Allowed redirect hosts.",
    )


class DamagedCacheEntry(OfflineMiss):
    template = QT_TRANSLATE_NOOP(
        "RksdErrors", "The stored answer for {url} is damaged ({detail}) and was set aside."
    )
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "Work online once so it is downloaded again, or load the offline package again from its zip file.",
    )


OUTAGE_HINT = QT_TRANSLATE_NOOP(
    "RksdErrors",
    "{service} seems to be disturbed: {attempts} attempts failed. See {status_page} for announcements and "
    "try again later; what was downloaded is kept, so the next run continues from there.",
)


class PackageInvalid(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The offline package {path} cannot be used: {detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors", "Ask for a new copy of the package (the file may be damaged or incomplete)."
    )


class OwnTextsInvalid(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The own texts file {path} cannot be read: {detail}.")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "Save it from Excel as CSV (semicolon, comma or tab separated) with two columns: code and text.",
    )


class WriteFailed(RksdError):
    template = QT_TRANSLATE_NOOP("RksdErrors", "The GeoPackage {path} could not be written ({step}: {reason}).")
    hint = QT_TRANSLATE_NOOP(
        "RksdErrors",
        "An earlier file at that place is unchanged. Check the free disk space and that the output folder "
        "can be written.",
    )
