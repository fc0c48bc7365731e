"""No broken internal link in the real site: every relative href/src/action of every built
HTML page points at a file that exists, and every `#fragment` at an element with that id.

External http(s) links are not followed; the hosts they point at are listed below and any
new one fails the test (the site makes no third-party request, and links out should be a
deliberate choice).
"""

from __future__ import annotations

import posixpath
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.conftest import BuildResult

URL_ATTRIBUTES = ("href", "src", "action", "data", "poster", "xlink:href")

EXTERNAL_HOSTS = {
    # Material's footer credit ("Made with Material for MkDocs"), on every page; remove it
    # with `extra: generator: false` in mkdocs.yml to make this set smaller.
    "squidfunk.github.io",
    # The editors' guide tells editors to open their local preview (`make serve`).
    "127.0.0.1:8000",
}


@dataclass
class PageLinks:
    ids: set[str] = field(default_factory=set)
    urls: list[str] = field(default_factory=list)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageLinks()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.page.ids.add(value)
            elif name in URL_ATTRIBUTES:
                self.page.urls.append(value)
            elif name == "srcset":
                self.page.urls += [c.split()[0] for c in value.split(",") if c.strip()]

    handle_startendtag = handle_starttag


def collect(text: str) -> PageLinks:
    parser = _Collector()
    parser.feed(text)
    parser.close()
    return parser.page


@dataclass
class Report:
    pages: int = 0
    links: int = 0
    anchors: int = 0
    targets: set[str] = field(default_factory=set)
    external: Counter[str] = field(default_factory=Counter)
    broken: list[str] = field(default_factory=list)


def target_file(site: Path, page: str, path: str) -> str | None:
    """The site-relative file a URL path from `page` is served from, None outside the site."""
    if not path:
        return page
    if path.startswith("/"):  # root-relative: the 404 page's links
        joined = path.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(page), path)
    target = posixpath.normpath(joined) if joined else ""
    target = "" if target == "." else target
    if target.startswith("../") or target == "..":
        return None
    if path.endswith("/") or target == "" or (site / target).is_dir():
        target = posixpath.join(target, "index.html")
    return target


def check_site(site: Path) -> Report:
    pages = {file.relative_to(site).as_posix(): file for file in sorted(site.rglob("*.html"))}

    @cache
    def parsed(rel: str) -> PageLinks:
        return collect(pages[rel].read_text(encoding="utf-8"))

    report = Report(pages=len(pages))
    for page in pages:
        for url in parsed(page).urls:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") or url.startswith("//"):
                report.external[parts.netloc] += 1
                continue
            if parts.scheme:  # mailto:, data:, javascript: …: not a link to a file
                if parts.scheme not in ("mailto", "tel"):
                    report.broken.append(f"{page}: unexpected URL scheme: {url}")
                continue
            report.links += 1
            target = target_file(site, page, unquote(parts.path))
            if target is None or not (site / target).is_file():
                report.broken.append(f"{page}: {url} → {target or 'outside the site'}")
                continue
            report.targets.add(target)
            if parts.fragment and target.endswith(".html"):
                report.anchors += 1
                if unquote(parts.fragment) not in parsed(target).ids:
                    report.broken.append(f"{page}: {url} → no id «{parts.fragment}» in {target}")
    return report


def test_no_broken_internal_links_or_anchors(real_site: BuildResult) -> None:
    assert not real_site.aborted, real_site.warnings
    report = check_site(real_site.site)
    print(
        f"\nlinks: {report.links} internal links checked ({len(report.targets)} distinct "
        f"files) in {report.pages} pages; anchors: {report.anchors} fragments checked; "
        f"external: {dict(report.external)}"
    )
    assert report.broken == []
    assert report.links > 1000 and report.anchors > 100
    assert set(report.external) == EXTERNAL_HOSTS


def test_the_checker_finds_broken_links_and_anchors(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="x">x</h2>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="a/#x">ok</a><a href="a/#y">no anchor</a><a href="b/">no page</a>'
        '<a href="#top">no id here</a><img src="../outside.png"><a href="a">dir</a>'
        '<a href="mailto:x@example.invalid">mail</a><a href="javascript:void(0)">js</a>',
        encoding="utf-8",
    )
    report = check_site(tmp_path)
    assert report.links == 6 and report.anchors == 3
    assert len(report.broken) == 5, report.broken
    assert any("«y»" in b for b in report.broken) and any("«top»" in b for b in report.broken)
    assert any("outside the site" in b for b in report.broken)
    assert any("javascript:" in b for b in report.broken)
