"""A CBS outage mid-run: retried with backoff, a clear message, and the next run resumes.

CBS's OData v3 service had outages with connection resets (February 2026). A run that
dies half-way must keep every answer it already had, so the run after the outage asks
only for what is still missing - page by page.
"""
import pytest

from rksd_plugin.core.errors import HttpStatusError, NetworkError
from rksd_plugin.core.pipeline import Pipeline
from tests.support import maastricht
from tests.support.loopback import Fault

CBS_STATUS = "https://www.cbs.nl/nl-nl/onze-diensten/open-data/statline-als-open-data"


def served(server, since=0):
    return [r["url"] for r in server.requests[since:] if r.get("status") == 200]


def records(result):
    return {r["code"]: r for r in result.layers["buurten"].records}


@pytest.mark.parametrize("mode, status, error", [("reset", 500, NetworkError), ("", 503, HttpStatusError)])
def test_an_outage_mid_run_is_explained_and_the_next_run_resumes(paging_server, transport_for, catalog,
                                                                  mode, status, error):
    server = paging_server
    # the RIVM pages after the first (CBS's next links spell '$select', the first request '%24select')
    # fail for as long as the outage lasts
    server.add_fault(Fault(match="50090NED/TypedDataSet?$format=json&$select=WijkenEnBuurten,Leeftijd", mode=mode,
                           status=status, times=10 ** 6))
    sleeps = []
    with pytest.raises(error) as info:
        Pipeline(transport_for(server, sleep=sleeps.append, backoff=0.5, retries=3), catalog).run(
            maastricht.sample_request())
    text = str(info.value)
    assert "CBS open data" in text and CBS_STATUS in text and "4 attempts" in text, text
    assert "next run continues" in text
    assert sleeps == [0.5, 1.0, 2.0]
    first_run = served(server)
    assert any("85984NED/TypedDataSet" in url for url in first_run)  # KWB arrived before the outage
    assert not any("api.pdok.nl" in url for url in first_run)

    server.faults.clear()  # the outage is over
    before = len(server.requests)
    result = Pipeline(transport_for(server), catalog).run(maastricht.sample_request())
    second_run = served(server, before)
    assert not set(second_run) & set(first_run), "answers already downloaded were asked again"
    assert any("50090NED/TypedDataSet" in url for url in second_run)  # the missing pages ...
    assert any("api.pdok.nl" in url for url in second_run)  # ... and what came after them
    assert not any("85984NED" in url for url in second_run)

    with_clean_cache = Pipeline(transport_for(server, cache=None), catalog).run(maastricht.sample_request())
    assert records(result) == records(with_clean_cache)
    assert len(result.layers["buurten"].records) == 44


def test_a_page_that_failed_is_asked_again_but_not_the_pages_before_it(paging_server, transport_for, catalog):
    server = paging_server
    skip = "85984NED/TypedDataSet?$format=json&$select=WijkenEnBuurten"
    server.add_fault(Fault(match=skip, mode="reset", times=10 ** 6))
    with pytest.raises(NetworkError):
        Pipeline(transport_for(server, sleep=lambda s: None, retries=1), catalog).run(maastricht.sample_request())
    kwb_pages_before = [u for u in served(server) if "85984NED/TypedDataSet" in u]
    assert len(kwb_pages_before) == 1  # the first page (its URL is spelled %24select) arrived
    server.faults.clear()
    before = len(server.requests)
    Pipeline(transport_for(server), catalog).run(maastricht.sample_request())
    kwb_pages_after = [u for u in served(server, before) if "85984NED/TypedDataSet" in u]
    assert kwb_pages_after and kwb_pages_before[0] not in kwb_pages_after
    assert not any("85984NED/DataProperties" in u for u in served(server, before))
