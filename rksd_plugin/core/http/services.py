"""Which service a host belongs to: for redirects we may follow and for outage messages.

A redirect is followed only to the same host or to another host of the same service
(``opendata.cbs.nl`` -> ``dataderden.cbs.nl``), never from https to http, and otherwise only
to hosts the user lists in the settings. An answer fetched elsewhere would otherwise be
cached and used under the CBS or PDOK address.
"""
import ipaddress
from urllib.parse import urlsplit

# (domain, the service's name for messages, where it announces disturbances)
SERVICES = (
    ("cbs.nl", "CBS open data (StatLine)", "https://www.cbs.nl/nl-nl/onze-diensten/open-data/statline-als-open-data"),
    ("pdok.nl", "PDOK", "https://www.pdok.nl"),
)


def _host(url_or_host):
    text = url_or_host or ""
    if "://" in text:
        return (urlsplit(text).hostname or "").lower()
    return text.lower().strip().rstrip(".")


def service_domain(host):
    """The domain that names a host's service: the last two labels (``cbs.nl``); an IP address itself."""
    host = _host(host)
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    labels = [label for label in host.split(".") if label]
    return ".".join(labels[-2:])


def service_of(url):
    """``(name, status_page)`` of a known service, or None."""
    domain = service_domain(url)
    for known, name, status_page in SERVICES:
        if domain == known:
            return name, status_page
    return None


def host_listed(host, patterns):
    """``host`` is one of ``patterns`` (``mirror.example.nl`` or ``*.example.nl``)."""
    host = _host(host)
    for pattern in patterns or ():
        pattern = _host(pattern)
        if not pattern:
            continue
        if pattern.startswith("*."):
            if host == pattern[2:] or host.endswith(pattern[1:]):
                return True
        elif host == pattern:
            return True
    return False


def redirect_allowed(from_url, to_url, extra_hosts=()):
    """May a request for ``from_url`` follow a redirect to ``to_url``?"""
    source, target = urlsplit(from_url), urlsplit(to_url)
    if target.scheme not in ("http", "https") or not target.hostname:
        return False
    if source.scheme == "https" and target.scheme != "https":
        return False  # never less safe
    if target.hostname.lower() == (source.hostname or "").lower():
        return True
    if host_listed(target.hostname, extra_hosts):
        return True
    return service_domain(target.hostname) == service_domain(source.hostname or "")


def parse_host_list(text):
    """The settings' 'allowed redirect hosts' text (comma, space or line separated) as a tuple."""
    if not text:
        return ()
    parts = str(text).replace(",", " ").replace(";", " ").split()
    return tuple(p.strip().lower() for p in parts if p.strip())
