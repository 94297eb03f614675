"""Hostile and unlucky answers through the transport and the requests fetcher (no QGIS).

Every case runs against a real loopback HTTP server and asserts what the user sees: the
error's text (URL and limit named), nothing cached, memory that stays flat, a cancel
that ends a wait at once.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from rksd_plugin.core.errors import (
    BadResponse,
    Cancelled,
    DeadlineExceeded,
    HttpStatusError,
    NetworkError,
    RedirectRefused,
    ResponseTooLarge,
)
from rksd_plugin.core.http.cache import ResponseCache
from rksd_plugin.core.http.limits import Limits, kind_of, retry_after_seconds
from rksd_plugin.core.http.services import redirect_allowed
from tests.support.loopback import Fault
from tests.support.memory import PeakRss

TABLE_INFOS = "https://opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos?$format=json"
TYPED = "https://opendata.cbs.nl/ODataFeed/odata/85984NED/TypedDataSet?$format=json&$top=1"
PDOK_ITEMS = ("https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1/collections/buurten/items"
              "?gemeentecode=GM0935&f=json")
RIVM_INFOS = "https://dataderden.cbs.nl/ODataFeed/odata/50090NED/TableInfos?$format=json"
CBS_STATUS = "https://www.cbs.nl/nl-nl/onze-diensten/open-data/statline-als-open-data"
MB = 1024 * 1024


def cached(tmp_path, url):
    return ResponseCache(str(tmp_path / "cache")).get(url)


def hits(server, part):
    return [r for r in server.requests if part in r["url"]]


# -- size -------------------------------------------------------------------------------
def test_an_endless_chunked_answer_stops_at_the_limit_with_flat_memory(server, transport_for, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="endless"))
    transport = transport_for(server, retries=0)
    started = time.perf_counter()
    with PeakRss() as peak:
        with pytest.raises(ResponseTooLarge) as info:
            transport.get(TABLE_INFOS)
    text = str(info.value)
    assert TABLE_INFOS in text and "16 MB" in text and "metadata" in text, text
    print("endless answer: peak memory growth {:.1f} MB".format(peak.growth / MB))
    assert peak.growth < 80 * MB, "memory grew by {:.0f} MB".format(peak.growth / MB)
    assert time.perf_counter() - started < 20
    assert cached(tmp_path, TABLE_INFOS) is None


def test_a_10_gb_content_length_is_refused_before_reading(server, transport_for, tmp_path):
    server.add_fault(Fault(match="TypedDataSet", mode="huge_length"))
    transport = transport_for(server, retries=2)
    started = time.perf_counter()
    with PeakRss() as peak:
        with pytest.raises(ResponseTooLarge) as info:
            transport.get(TYPED)
    text = str(info.value)
    assert "data page" in text and "64 MB" in text and TYPED in text, text
    assert time.perf_counter() - started < 5
    assert peak.growth < 80 * MB
    assert len(hits(server, "TypedDataSet")) == 1  # a size limit is not retried
    assert cached(tmp_path, TYPED) is None


def test_each_kind_has_its_own_limit(server, transport_for):
    tight = Limits(max_mb={"metadata": 0.004, "data": 64, "geometry": 256, "catalog": 4})
    transport = transport_for(server, limits=tight)
    with pytest.raises(ResponseTooLarge) as info:
        transport.get(TABLE_INFOS)  # 10.8 kB of metadata > 4 kB
    assert "4.1 kB" in str(info.value) or "4 kB" in str(info.value), str(info.value)
    assert transport.get(PDOK_ITEMS).status == 200  # the geometry page is within its own limit


def test_a_geometry_page_over_its_limit_names_the_kind(server, transport_for):
    tight = Limits(max_mb={"geometry": 0.02})
    with pytest.raises(ResponseTooLarge) as info:
        transport_for(server, limits=tight).get(PDOK_ITEMS)
    assert "geometry page" in str(info.value) and "20.5 kB" in str(info.value)


@pytest.mark.parametrize("url, kind", [
    (TABLE_INFOS, "metadata"),
    ("https://opendata.cbs.nl/ODataFeed/odata/85984NED/DataProperties?$format=json", "metadata"),
    ("https://opendata.cbs.nl/ODataFeed/odata/85984NED/WijkenEnBuurten?$filter=x", "metadata"),
    (TYPED, "data"),
    ("https://dataderden.cbs.nl/ODataFeed/odata/50090NED/TypedDataSet?$skip=10000", "data"),
    ("https://datasets.cbs.nl/odata/v1/CBS/85984NED/Observations?$top=5", "data"),
    (PDOK_ITEMS, "geometry"),
    ("https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1/collections/buurten/items/42?f=json", "geometry"),
    ("https://service.pdok.nl/cbs/wijkenbuurten/2019/wfs/v1_0?service=WFS&request=GetFeature", "geometry"),
    ("https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1/collections/buurten/queryables", "metadata"),
])
def test_the_kind_of_a_request_follows_from_its_url(url, kind):
    assert kind_of(url) == kind


# -- time -------------------------------------------------------------------------------
def test_one_byte_a_second_ends_at_the_deadline(server, transport_for, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="trickle", interval=0.5))
    transport = transport_for(server, retries=2, timeout=5, limits=Limits(deadline=2))
    started = time.perf_counter()
    with pytest.raises(DeadlineExceeded) as info:
        transport.get(TABLE_INFOS)
    elapsed = time.perf_counter() - started
    assert 1.8 < elapsed < 3.5, elapsed
    text = str(info.value)
    assert TABLE_INFOS in text and "2 s" in text, text
    assert len(hits(server, "TableInfos")) == 1  # the deadline is not retried
    assert cached(tmp_path, TABLE_INFOS) is None


def test_headers_sent_one_byte_at_a_time_end_at_the_deadline(server, transport_for):
    server.add_fault(Fault(match="TableInfos", mode="slow_headers", interval=0.2))
    transport = transport_for(server, retries=0, timeout=5, limits=Limits(deadline=1.5))
    started = time.perf_counter()
    with pytest.raises(DeadlineExceeded):
        transport.get(TABLE_INFOS)
    assert time.perf_counter() - started < 3


def test_a_cancel_ends_a_trickling_download_at_once(server, transport_for):
    server.add_fault(Fault(match="TableInfos", mode="trickle", interval=0.5))
    cancel = threading.Event()
    transport = transport_for(server, retries=0, timeout=30, is_cancelled=cancel.is_set)
    threading.Timer(0.5, cancel.set).start()
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        transport.get(TABLE_INFOS)
    assert time.perf_counter() - started < 1.5


def test_the_deadline_covers_the_whole_request_not_each_read(server, transport_for):
    server.add_fault(Fault(match="TableInfos", mode="trickle", interval=0.3))
    # each byte arrives well within the 5 s read timeout: only the deadline can end this
    transport = transport_for(server, retries=0, timeout=5, limits=Limits(deadline=1))
    with pytest.raises(DeadlineExceeded) as info:
        transport.get(TABLE_INFOS)
    assert "1 s" in str(info.value)


# -- Retry-After --------------------------------------------------------------------------
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("header, seconds", [
    ("120", 120.0),
    (" 7 ", 7.0),
    ("1.5", 1.5),
    ("0", 0.0),
    ("-5", None),
    ("nan", None),
    ("NaN", None),
    ("inf", None),
    ("-inf", None),
    ("1e3", None),
    ("abc", None),
    ("", None),
    (None, None),
    ("99999999999999999999", None),
    (format_datetime(NOW + timedelta(seconds=90), usegmt=True), 90.0),
    (format_datetime(NOW - timedelta(days=3), usegmt=True), 0.0),
    ("Sun, 06 Nov 1994 08:49:37 GMT", 0.0),
    ("Mon, 99 Foo 2026 99:99:99 GMT", None),
])
def test_retry_after_is_validated(header, seconds):
    assert retry_after_seconds(header, now=NOW) == seconds


@pytest.mark.parametrize("header", ["-5", "nan", "inf", "soon", "Mon, 99 Foo 2026"])
def test_an_invalid_retry_after_falls_back_to_the_backoff(server, transport_for, header):
    server.add_fault(Fault(match="TableInfos", status=503, times=1, headers={"Retry-After": header}))
    sleeps = []
    transport = transport_for(server, sleep=sleeps.append, backoff=0.25)
    assert transport.get(TABLE_INFOS).status == 200
    assert sleeps == [0.25]


def test_a_retry_after_date_is_waited_for(server, transport_for):
    when = datetime.now(timezone.utc) + timedelta(seconds=20)
    server.add_fault(Fault(match="TableInfos", status=429, times=1,
                           headers={"Retry-After": format_datetime(when, usegmt=True)}))
    sleeps = []
    assert transport_for(server, sleep=sleeps.append).get(TABLE_INFOS).status == 200
    assert len(sleeps) == 1 and 17 < sleeps[0] <= 20


def test_a_long_retry_after_is_capped(server, transport_for):
    server.add_fault(Fault(match="TableInfos", status=503, times=1, headers={"Retry-After": "86400"}))
    sleeps = []
    assert transport_for(server, sleep=sleeps.append, max_backoff=30).get(TABLE_INFOS).status == 200
    assert sleeps == [30]


def test_a_cancel_during_a_retry_after_wait_ends_it_at_once(server, transport_for):
    server.add_fault(Fault(match="TableInfos", status=503, times=5, headers={"Retry-After": "30"}))
    cancel = threading.Event()
    transport = transport_for(server, sleep=None, is_cancelled=cancel.is_set, max_backoff=30)
    threading.Timer(0.3, cancel.set).start()
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        transport.get(TABLE_INFOS)
    assert time.perf_counter() - started < 0.8


# -- redirects ----------------------------------------------------------------------------
def _redirect(server, match, location, status=302, times=1):
    server.add_fault(Fault(match=match, status=status, times=times, headers={"Location": location}, body=b""))


def test_a_redirect_on_the_same_host_is_followed_and_cached_under_the_asked_url(server, transport_for, tmp_path):
    moved = "/opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos?$format=json&moved=1"
    _redirect(server, "TableInfos?$format=json", moved, status=301)
    response = transport_for(server).get(TABLE_INFOS)
    assert response.status == 200 and response.json()["value"][0]["Identifier"] == "85984NED"
    assert cached(tmp_path, TABLE_INFOS) is not None


def test_a_redirect_to_another_host_is_refused_and_nothing_is_cached(server, transport_for, tmp_path):
    _redirect(server, "TableInfos", "https://evil.example.org/TableInfos.json")
    with pytest.raises(RedirectRefused) as info:
        transport_for(server).get(TABLE_INFOS)
    text = str(info.value)
    assert TABLE_INFOS in text and "https://evil.example.org/TableInfos.json" in text and "Settings" in text
    assert cached(tmp_path, TABLE_INFOS) is None
    assert len(server.requests) == 1


def test_a_redirect_to_a_loopback_port_outside_the_service_is_refused(server, transport_for, tmp_path):
    _redirect(server, "TableInfos", "http://127.0.0.1:9/opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos")
    with pytest.raises(RedirectRefused):
        transport_for(server).get(TABLE_INFOS)
    assert cached(tmp_path, TABLE_INFOS) is None


def test_a_redirect_within_the_service_is_followed(server, transport_for):
    _redirect(server, "85984NED/TableInfos", "/dataderden.cbs.nl/ODataFeed/odata/50090NED/TableInfos?$format=json")
    response = transport_for(server).get(TABLE_INFOS)
    assert response.status == 200
    assert hits(server, "dataderden.cbs.nl/ODataFeed/odata/50090NED/TableInfos")


def test_a_redirect_to_a_host_listed_in_the_settings_is_followed(server, transport_for):
    _redirect(server, "TableInfos", "https://mirror.gemeente.example/ODataFeed/odata/85984NED/TableInfos?$format=json")
    overrides = dict(server.overrides(), **{"https://mirror.gemeente.example": server.url + "/opendata.cbs.nl"})
    transport = transport_for(server, endpoint_overrides=overrides,
                              limits=Limits(redirect_hosts=("*.gemeente.example",)))
    assert transport.get(TABLE_INFOS).status == 200


def test_a_redirect_loop_ends_with_a_clear_error(server, transport_for):
    _redirect(server, "TableInfos", "/opendata.cbs.nl/ODataFeed/odata/85984NED/TableInfos?$format=json", times=50)
    with pytest.raises(BadResponse) as info:
        transport_for(server, retries=0).get(TABLE_INFOS)
    assert "more than 5 redirects" in str(info.value)


@pytest.mark.parametrize("source, target, allowed", [
    ("https://opendata.cbs.nl/a", "https://opendata.cbs.nl/b", True),
    ("https://opendata.cbs.nl/a", "https://dataderden.cbs.nl/b", True),
    ("https://opendata.cbs.nl/a", "http://opendata.cbs.nl/b", False),
    ("http://opendata.cbs.nl/a", "https://opendata.cbs.nl/b", True),
    ("https://api.pdok.nl/a", "https://service.pdok.nl/b", True),
    ("https://api.pdok.nl/a", "https://api.pdok.nl.evil.org/b", False),
    ("https://opendata.cbs.nl/a", "https://cbs.nl.example.com/b", False),
    ("https://opendata.cbs.nl/a", "ftp://opendata.cbs.nl/b", False),
    ("https://opendata.cbs.nl/a", "file:///etc/passwd", False),
    ("https://127.0.0.1:8000/a", "https://127.0.0.2:8000/a", False),
])
def test_which_redirects_may_be_followed(source, target, allowed):
    assert redirect_allowed(source, target) is allowed


# -- a cache that cannot be written --------------------------------------------------------
def test_a_cache_folder_that_cannot_be_created_does_not_fail_the_download(server, tmp_path):
    from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
    from rksd_plugin.core.http.transport import Transport

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    messages = []
    transport = Transport(fetcher=RequestsFetcher(), cache=ResponseCache(str(blocker / "cache")),
                          endpoint_overrides=server.overrides(), log=messages.append)
    assert transport.get_json(TABLE_INFOS)["value"][0]["Identifier"] == "85984NED"
    assert transport.get_json(RIVM_INFOS)["value"]
    assert isinstance(transport.cache_problem, OSError)
    assert len([m for m in messages if "cannot be written" in m]) == 1  # said once, not per request


READ_ONLY_SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from rksd_plugin.core.http.cache import ResponseCache
    from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
    from rksd_plugin.core.http.transport import Transport
    transport = Transport(fetcher=RequestsFetcher(), cache=ResponseCache({cache!r}),
                          endpoint_overrides={overrides!r})
    response = transport.get({url!r})
    print(response.status, type(transport.cache_problem).__name__)
""")


def test_a_read_only_cache_folder_does_not_fail_the_download(server):
    """A cache folder the user may read but not write (a shared or locked-down profile).

    Root writes into read-only folders, so as root the download runs in a child process
    that has given up root for the unprivileged user ``nobody``."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    top = tempfile.mkdtemp(prefix="rksd-readonly-")
    try:
        cache = os.path.join(top, "cache")
        os.mkdir(cache)
        os.chmod(top, 0o755)
        os.chmod(cache, 0o555)
        script = READ_ONLY_SCRIPT.format(root=root, cache=cache, overrides=server.overrides(), url=TABLE_INFOS)

        def as_nobody():
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setgroups([])
                os.setuid(65534)

        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                              preexec_fn=as_nobody, cwd=top)
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ["200", "PermissionError"]
        assert os.listdir(cache) == []  # nothing written, nothing half written
    finally:
        os.chmod(os.path.join(top, "cache"), 0o755)
        shutil.rmtree(top, ignore_errors=True)


FULL_DISK_SCRIPT = textwrap.dedent("""
    import os, resource, signal, sys
    sys.path.insert(0, {root!r})
    from rksd_plugin.core.http.cache import ResponseCache
    from rksd_plugin.core.http.requests_fetcher import RequestsFetcher
    from rksd_plugin.core.http.transport import Transport
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
    messages = []
    transport = Transport(fetcher=RequestsFetcher(), cache=ResponseCache({cache!r}),
                          endpoint_overrides={overrides!r}, log=messages.append)
    value = transport.get_json({url!r})["value"][0]["Identifier"]
    print(value, type(transport.cache_problem).__name__, len(messages))
""")


def test_a_full_disk_does_not_fail_a_download_that_succeeded(server, tmp_path):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    cache = str(tmp_path / "cache")
    script = FULL_DISK_SCRIPT.format(root=root, cache=cache, overrides=server.overrides(), url=TABLE_INFOS)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["85984NED", "OSError", "1"]
    leftovers = [f for _, _, files in os.walk(cache) for f in files]
    assert not [f for f in leftovers if f.startswith(".tmp-")]  # no half entry left behind
    assert ResponseCache(cache).get(TABLE_INFOS) is None


# -- outages (CBS resets and 5xx) ---------------------------------------------------------
def test_connection_resets_are_retried_with_backoff(server, transport_for):
    server.add_fault(Fault(match="TableInfos", mode="reset", times=2))
    sleeps = []
    transport = transport_for(server, sleep=sleeps.append, backoff=0.5, retries=3)
    assert transport.get(TABLE_INFOS).status == 200
    assert sleeps == [0.5, 1.0]
    assert len(hits(server, "TableInfos")) == 3


def test_a_cbs_outage_names_the_service_and_its_status_page(server, transport_for, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="reset", times=99))
    sleeps = []
    with pytest.raises(NetworkError) as info:
        transport_for(server, sleep=sleeps.append, backoff=0.5, retries=3).get(TABLE_INFOS)
    text = str(info.value)
    assert "reset" in text and TABLE_INFOS in text, text
    assert "CBS open data" in text and CBS_STATUS in text and "4 attempts" in text, text
    assert "next run continues" in text
    assert sleeps == [0.5, 1.0, 2.0]  # exponential backoff
    assert cached(tmp_path, TABLE_INFOS) is None


def test_persistent_5xx_from_cbs_names_the_service_and_its_status_page(server, transport_for):
    server.add_fault(Fault(match="50090NED/TableInfos", status=502, times=99))
    with pytest.raises(HttpStatusError) as info:
        transport_for(server, sleep=lambda s: None, retries=2).get(RIVM_INFOS)
    text = str(info.value)
    assert "502" in text and RIVM_INFOS in text and CBS_STATUS in text and "3 attempts" in text, text


def test_a_pdok_outage_names_pdok(server, transport_for):
    server.add_fault(Fault(match="collections/buurten", status=503, times=99))
    with pytest.raises(HttpStatusError) as info:
        transport_for(server, sleep=lambda s: None, retries=1).get(PDOK_ITEMS)
    assert "PDOK" in str(info.value) and "https://www.pdok.nl" in str(info.value)


def test_a_connection_closed_without_answer_is_retried_and_said_plainly(server, transport_for):
    server.add_fault(Fault(match="TableInfos", mode="close", times=99))
    with pytest.raises(NetworkError) as info:
        transport_for(server, sleep=lambda s: None, retries=1).get(TABLE_INFOS)
    assert "closed the connection without answering" in str(info.value)
    assert len(hits(server, "TableInfos")) == 2


def test_a_truncated_answer_is_a_network_error_not_data(server, transport_for, tmp_path):
    server.add_fault(Fault(match="TableInfos", mode="truncated", times=1))
    transport = transport_for(server, sleep=lambda s: None, retries=1)
    assert transport.get_json(TABLE_INFOS)["value"][0]["Identifier"] == "85984NED"  # the retry got it whole
    assert len(hits(server, "TableInfos")) == 2


def test_a_busy_server_429_is_not_called_an_outage(server, transport_for):
    server.add_fault(Fault(match="TableInfos", status=429, times=99))
    with pytest.raises(HttpStatusError) as info:
        transport_for(server, sleep=lambda s: None, retries=1).get(TABLE_INFOS)
    assert "busy" in str(info.value) and CBS_STATUS not in str(info.value)
