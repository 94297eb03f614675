"""Shared fixtures: the catalog and a loopback server answering as CBS and PDOK."""
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
for _path in ("/usr/share/qgis/python/plugins",):
    if os.path.isdir(_path) and _path not in sys.path:
        sys.path.append(_path)

from rksd_plugin.core.catalog import Catalog  # noqa: E402
from rksd_plugin.core.http.cache import ResponseCache  # noqa: E402
from rksd_plugin.core.http.requests_fetcher import RequestsFetcher  # noqa: E402
from rksd_plugin.core.http.transport import Transport  # noqa: E402
from tests.support import maastricht  # noqa: E402
from tests.support.loopback import LoopbackServer  # noqa: E402


@pytest.fixture(scope="session")
def catalog():
    return Catalog.load()


@pytest.fixture(autouse=True)
def new_session_memory():
    """Every test starts as a new QGIS session: no service remembers how it was queried before.

    The clients keep, per session, which way of selecting each PDOK service accepted
    (``SHARED_MEMORY``); left over from an earlier test it changes which requests a test sees.
    """
    from rksd_plugin.core.pdok_client import SHARED_MEMORY

    SHARED_MEMORY.forget()
    yield
    SHARED_MEMORY.forget()


def make_server(cbs_page_size=10000, pdok_limit_cap=None, proxy_credentials=None, public_scheme="https"):
    hosts = maastricht.emulator_hosts(cbs_page_size)
    if pdok_limit_cap:
        hosts["api.pdok.nl"].max_limit = pdok_limit_cap  # GoKoala clamps a larger limit to its maximum
    return LoopbackServer(
        hosts,
        public_scheme=public_scheme,
        proxy_credentials=proxy_credentials,
    )


@pytest.fixture
def server():
    with make_server() as running:
        yield running


@pytest.fixture
def paging_server():
    """CBS pages of 20 rows and PDOK pages of 30 features: every download takes two pages."""
    with make_server(cbs_page_size=20, pdok_limit_cap=30) as running:
        yield running


@pytest.fixture
def transport_for(tmp_path):
    def build(running_server, **kwargs):
        options = dict(
            fetcher=RequestsFetcher(),
            cache=ResponseCache(str(tmp_path / "cache")),
            endpoint_overrides=running_server.overrides(),
            retries=2,
            backoff=0.01,
            timeout=5,
        )
        options.update(kwargs)
        return Transport(**options)

    return build


# A hang must fail the run quickly and say where, never eat the CI budget. faulthandler's watchdog
# is a C thread: it fires even when the main thread is blocked inside Qt, dumps every thread's
# stack to the real stderr (a copy taken before pytest captures it) and exits with status 1.
TEST_LIMIT_SECONDS = float(os.environ.get("RKSD_TEST_LIMIT", 600))
EXIT_LIMIT_SECONDS = float(os.environ.get("RKSD_TEST_EXIT_LIMIT", 120))
_WATCHDOG_OUT = []


def pytest_configure(config):
    import sys

    _WATCHDOG_OUT[:] = [open(os.dup(sys.__stderr__.fileno()), "w")]


def _watch(seconds):
    import faulthandler

    faulthandler.dump_traceback_later(seconds, exit=True, file=_WATCHDOG_OUT[0])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    import faulthandler

    _watch(TEST_LIMIT_SECONDS)
    yield
    if nextitem is not None:  # after the last test the exit limit armed at teardown keeps running
        faulthandler.cancel_dump_traceback_later()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    if nextitem is None:  # session teardown (QGIS: exitQgis, task manager) and interpreter exit
        _watch(EXIT_LIMIT_SECONDS)
    yield
