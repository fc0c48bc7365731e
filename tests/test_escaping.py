"""Hostile content: a payload corpus pushed through every front-matter string field, then
the built HTML scanned (with an HTML parser) for anything a browser would run.

Raw-HTML policy, as the code and templates implement it today
---------------------------------------------------------------
* **Front-matter values are data, never markup.** Every value a template interpolates goes
  through `casebook.render.escape` (Jinja `finalize`): Markdown and HTML specials become
  numeric entities, newlines become spaces. So `<script>`, `[x](javascript:…)`,
  `{: onclick=… }`, `<!-- casebook:… -->` markers and `{{ 7*7 }}` all reach the reader as
  the literal text the editor typed. Only link targets built from validated slugs and ids
  (`link`, anchors, `| safe` on enum/slug values) are inserted unescaped.
* **Page titles.** MkDocs reads `title` itself and Material prints `page.meta.title`
  unescaped in `<title>`, the header and the navigation (and `page.title | striptags`,
  which un-escapes, where there is none). The plugin therefore sets, on every page it
  renders or generates, `page.meta["title"]` to the H1 text HTML-escaped once; the
  corpus goes into case and regulation titles too, and
  `test_page_titles_from_front_matter_are_escaped*` check the breakouts one by one.
* **Control characters** written as YAML escapes (`"\\x01"`) are dropped from
  `feed.xml`, which stays well-formed XML.
* **Markdown bodies** (below the front-matter of cases, practices and regulations) are
  authored content reviewed in pull requests. The loader reports, with file, line and a
  Vietnamese message, raw HTML tags outside a small allow-list (`abbr`, `br`, `sub`, `sup`,
  `mark`, `kbd`, without event or style attributes), link schemes other than http(s) and
  mailto (after decoding entities and dropping control characters), and `on*`, `style`,
  `href`, `src` attributes in `{: … }`; a strict build then fails.
  `test_body_raw_html_is_reported` checks each vector and
  `test_harmless_inline_html_in_bodies_still_builds` pins the allow-list.
* Fields checked by a pattern or an enum (`period`, `lessons[].id`, `source.url`,
  `redirect_from`, regulation `number`, `province`, …) reject payloads: the strict build
  fails naming the key, and a non-strict build still completes with nothing executable.
"""

from __future__ import annotations

import html
import re
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Dialog

from tests.conftest import CASE, MKDOCS_YML, PRACTICE, REGULATION, BuildResult, build_tree, serve

# ---------------------------------------------------------------- the payload corpus

B64_SCRIPT = "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="  # <script>alert(1)</script>

PAYLOADS: dict[str, str] = {
    "script": "<script>alert(1)</script>",
    "img-onerror": "<img src=x onerror=alert(1)>",
    "attr-breakout-svg": '"><svg onload=alert(1)>',
    "md-link-js": "[x](javascript:alert(1))",
    "a-href-js": '<a href="javascript:alert(1)">x</a>',
    "entity-named": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "entity-hex": "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;",
    "iframe-js": "<iframe src=javascript:alert(1)></iframe>",
    "mathml-mxss": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "md-autolink-js": "<javascript:alert(1)>",
    "attr-list-inline": 'x {: onclick="alert(1)" }',
    "attr-list-block": 'Đoạn văn\n{: onclick="alert(1)" }',
    "jinja": "{{ 7*7 }} {% raw %}x{% endraw %}",
    "textarea-breakout": "</textarea><script>alert(1)</script>",
    "title-breakout": "</title><script>alert(1)</script>",
    "single-quote-breakout": "' onmouseover='alert(1)",
    "double-quote-breakout": '" onmouseover="alert(1)" x="',
    "data-url-text": f"data:text/html;base64,{B64_SCRIPT}",
    "md-link-data": f"[x](data:text/html;base64,{B64_SCRIPT})",
    "svg-use": '<svg><use href="data:image/svg+xml;base64,PHN2Zz4=#x"/></svg>',
    "fullwidth": "＜script＞alert(1)＜/script＞",
    "rtl-override": "\u202egpj.exe<script>alert(1)</script>",
    "nested-tag": "<scr<script>ipt>alert(1)</script>",
    "comment-trick": '<!--<img src="--><img src=x onerror=alert(1)//">',
    "details-ontoggle": "<details open ontoggle=alert(1)>",
    "object-data": '<object data="javascript:alert(1)"></object>',
    "embed-data": '<embed src="data:text/html,<script>alert(1)</script>">',
    "md-image-breakout": '![x](x" onerror="alert(1))',
    "md-link-angle": "[x](<javascript:alert(1)>)",
    "md-reference-link": "[x][r] [r]: javascript:alert(1)",
    "entity-tab-scheme": '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "entity-scheme": '<a href="&#106;avascript:alert(1)">x</a>',
    "form-action": "<form action=javascript:alert(1)><button>x</button></form>",
    "base-href": '<base href="javascript:alert(1)//">',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "noscript-mxss": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "md-emphasis-wrap": "*<img src=x onerror=alert(1)>*",
    "code-span": "`<script>alert(1)</script>`",
    "table-pipe": "| <script>alert(1)</script> |",
    "double-bracket": "<<script>script>alert(1)<</script>/script>",
    "casebook-marker": "<!-- casebook:cases limit=1 -->",
    "bare-js-url": "javascript:alert(1)",
}
"""Each value goes verbatim into every string field (see `fit` for minimum lengths)."""

CONTROL_CHARS = "x\u0001\u0008<script>alert(1)</script>\u2028y"  # YAML: "x\x01\b…"

# Breaks out of plain HTML text when inserted raw (used for the page-title finding).
RAW_BREAKOUTS = ("script", "img-onerror", "attr-breakout-svg", "title-breakout")

SLUG = "chi-bo-thu-nghiem"
CASE_PAGE = f"models/{SLUG}/index.html"
PRACTICE_PAGE = "practices/kiem-tra/index.html"
REGULATION_PAGE = "regulations/22-qd-tw-2021/index.html"
# The scan covers every HTML file of the site; these pages at least must be among them.
REQUIRED_PAGES = (
    CASE_PAGE,
    "models/index.html",
    "provinces/index.html",
    "provinces/lai-chau/index.html",
    "sectors/index.html",
    "sectors/hanh-chinh/index.html",
    "years/index.html",
    "years/2022/index.html",
    "awards/index.html",
    "awards/tinh/index.html",
    PRACTICE_PAGE,
    "practices/index.html",
    REGULATION_PAGE,
    "regulations/index.html",
    "statistics/index.html",
    "data/index.html",
    "index.html",
)
NO_SEARCH_YML = MKDOCS_YML.replace("  - casebook\n", "  - casebook:\n      search: false\n")
CASE_BODY = CASE.split("---\n", 2)[2]  # cites Quy định số 22-QĐ/TW ngày 28/7/2021
PRACTICE_BODY = PRACTICE.split("---\n", 2)[2]
REGULATION_BODY = REGULATION.split("---\n", 2)[2]
BENIGN_CASE_TITLE = "Chi bộ Thử nghiệm kiểm tra từng đảng viên"
BENIGN_REGULATION_TITLE = "Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng"


def fit(payload: str, min_length: int) -> str:
    """The payload, prefixed with neutral words when a schema `minLength` needs more."""
    while len(payload) < min_length:
        payload = "Mẫu thử " + payload
    return payload


def document(front: Mapping[str, Any], body: str) -> str:
    dumped = yaml.safe_dump(dict(front), allow_unicode=True, sort_keys=False, width=10**6)
    return f"---\n{dumped}---\n{body}"


def case_front(payload: str, title: str = BENIGN_CASE_TITLE) -> dict[str, Any]:
    """Every free-text field of a case set to `payload` (province is a closed list)."""
    return {
        "title": title,
        "unit": fit(payload, 3),
        "unit_level": "chi-bo-co-so",
        "parent": payload,
        "sector": "hanh-chinh",
        "province": "Lai Châu",
        "district": payload,
        "members": None,  # so that members_note is shown
        "members_note": payload,
        "party_groups": 2,
        "period": "2022",
        "awards": [{"title": fit(payload, 2), "issuer": payload, "year": 2022, "level": "tinh"}],
        "practices": ["kiem-tra"],
        "regulations": ["22-qd-tw-2021"],
        "lessons": [{"id": "moi-ky-mot-nguoi", "practice": "kiem-tra", "text": fit(payload, 10)}],
        "source": {
            "title": fit(payload, 3),
            "outlet": payload,
            "date": "2023-02-08",
            "author": payload,
            "url": None,
        },
        "published": "2026-11-23",
    }


def practice_front(payload: str) -> dict[str, Any]:
    return {
        "key": "kiem-tra",
        "name": fit(payload, 3),
        "definition": fit(payload, 10),
        "regulations": ["22-qd-tw-2021"],
    }


def regulation_front(payload: str, title: str = BENIGN_REGULATION_TITLE) -> dict[str, Any]:
    return {
        "id": "22-qd-tw-2021",
        "kind": "quy-dinh",
        "number": "22",
        "symbol": "QĐ/TW",
        "issuer": payload,
        "date": "2021-07-28",
        "title": title,
        "status": "in-force",
        "replaced_by": None,
        "amended_by": [],
        "verified": True,
        "aliases": [payload],
    }


def payload_tree(
    payload: str, case_title: str = BENIGN_CASE_TITLE, reg_title: str = BENIGN_REGULATION_TITLE
) -> dict[str, str]:
    return {
        "index.md": "# Trang chủ\n\n<!-- casebook:cases sort=newest limit=5 -->\n",
        "practices/kiem-tra.md": document(practice_front(payload), PRACTICE_BODY),
        "regulations/22-qd-tw-2021.md": document(
            regulation_front(payload, reg_title), REGULATION_BODY
        ),
        f"models/{SLUG}.md": document(case_front(payload, case_title), CASE_BODY),
    }


# ---------------------------------------------------------------- the scanner

URL_ATTRIBUTES = frozenset(
    "href src action formaction xlink:href data poster background srcset ping cite codebase "
    "lowsrc dynsrc longdesc manifest".split()
)
# Never legitimate anywhere in our pages.
FORBIDDEN_ANYWHERE = frozenset(
    "iframe frame frameset object embed applet base use foreignobject animate set math "
    "portal".split()
)
# Legitimate in <head> only.
HEAD_ONLY = frozenset({"link", "meta", "style"})
# Not produced by our templates inside the article (the search page's form is authored).
FORBIDDEN_IN_ARTICLE = frozenset(
    "form input button textarea select noscript template script".split()
)
SAFE_DATA_URL = re.compile(r"data:image/(png|gif|jpe?g|webp)[;,]")


def squash(url: str) -> str:
    """A URL the way a browser sees its scheme: entities decoded, whitespace, control and
    format characters removed anywhere, lower-cased."""
    url = html.unescape(url)
    kept = (c for c in url if unicodedata.category(c) not in ("Cc", "Cf", "Zs", "Zl", "Zp"))
    return "".join(kept).lower()


def dangerous_url(value: str) -> bool:
    url = squash(value)
    if url.startswith(("javascript:", "vbscript:", "livescript:")):
        return True
    return url.startswith("data:") and not SAFE_DATA_URL.match(url)


@dataclass(frozen=True)
class Finding:
    page: str
    in_article: bool
    what: str

    def __str__(self) -> str:
        return f"{self.page}: {'article' if self.in_article else 'chrome'}: {self.what}"


class _Scanner(HTMLParser):
    """Executable markup in one page: script elements, on* attributes, dangerous URLs,
    elements that load or frame other documents."""

    def __init__(self, page: str, authored_forms: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.authored_forms = authored_forms
        self.findings: list[Finding] = []
        self.in_body = False
        self.article_depth = 0
        self.script: list[str] | None = None
        self.script_in_article = False

    def flag(self, what: str) -> None:
        self.findings.append(Finding(self.page, self.article_depth > 0, what))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)
        if tag == "body":
            self.in_body = True
        elif tag == "article":
            self.article_depth += 1
        elif tag == "script":
            self.script = []
            self.script_in_article = self.article_depth > 0
        elif tag in ("title", "textarea"):
            self.set_cdata_mode(tag)  # RCDATA, as in a browser: no tags until </title>

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)  # no script/article bookkeeping for <x/>

    def _element(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.flag(f"<{tag} {name}={value!r}>")
            if value is None:
                continue
            if name in URL_ATTRIBUTES and dangerous_url(value):
                self.flag(f"<{tag} {name}={value!r}>")
            if name == "style" and re.search(r"javascript:|expression\(", squash(value)):
                self.flag(f"<{tag} style={value!r}>")
            if name == "http-equiv" and value.strip().lower() == "refresh":
                self.flag(f"<{tag} http-equiv=refresh>")
        if tag in FORBIDDEN_ANYWHERE:
            self.flag(f"<{tag}>")
        if tag in HEAD_ONLY and self.in_body:
            self.flag(f"<{tag}> in <body>")
        if self.article_depth and tag in FORBIDDEN_IN_ARTICLE:
            if not (self.authored_forms and tag in ("form", "input", "button", "noscript")):
                self.flag(f"<{tag}> in the article")
        src = dict(attrs).get("src")
        if tag == "script" and src is not None:
            where = squash(src)
            if re.match(r"[a-z][a-z0-9+.-]*:|//", where) or not where.endswith(".js"):
                self.flag(f"<script src={src!r}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
        elif tag == "script" and self.script is not None:
            text = "".join(self.script)
            if "alert" in text or "prompt(" in text or "confirm(" in text:
                self.findings.append(
                    Finding(self.page, self.script_in_article, f"<script>{text[:60]!r}")
                )
            self.script = None

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script.append(data)


def scan_page(page: str, text: str) -> list[Finding]:
    scanner = _Scanner(page, authored_forms=page == "search/index.html")
    scanner.feed(text)
    scanner.close()
    if scanner.script is not None:  # an unterminated <script> swallowed the rest
        scanner.flag("unterminated <script>")
    return scanner.findings


def html_pages(site: Path) -> Iterator[tuple[str, str]]:
    for file in sorted(site.rglob("*.html")):
        yield file.relative_to(site).as_posix(), file.read_text(encoding="utf-8")


def scan_site(site: Path) -> tuple[int, list[Finding]]:
    """(pages scanned, findings) over every HTML file of a built site."""
    count, findings = 0, []
    for page, text in html_pages(site):
        count += 1
        findings += scan_page(page, text)
    return count, findings


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


class _ArticleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.depth = 0
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        elif tag in ("script", "style"):
            self.skip += 1
        elif tag in ("title", "textarea"):
            self.set_cdata_mode(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.depth:
            self.depth -= 1
        elif tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.chunks.append(data)


def article_text(page: str) -> str:
    """What the reader sees in the page's <article>, whitespace collapsed."""
    parser = _ArticleText()
    parser.feed(page)
    parser.close()
    return norm("".join(parser.chunks))


# ---------------------------------------------------------------- the scanner itself


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        "<p><img src=x onerror=alert(1)></p>",
        '<a href=" JaVa&#x09;Script:alert(1)">x</a>',
        '<a href="&#106;avascript:alert(1)">x</a>',
        f'<iframe src="data:text/html;base64,{B64_SCRIPT}"></iframe>',
        "<svg onload=alert(1)>",
        '<form action="javascript:alert(1)"></form>',
        "<details open ontoggle=alert(1)>",
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        '<svg><use href="data:image/svg+xml;base64,PHN2Zz4=#x"/></svg>',
        "<script src=//evil.invalid/x.js></script>",
    ],
)
def test_scanner_catches_known_bad_markup(markup: str) -> None:
    page = f"<html><head></head><body><article>{markup}</article></body></html>"
    assert scan_page("x.html", page), markup


def test_scanner_accepts_escaped_payloads_and_material_chrome() -> None:
    page = (
        '<html><head><meta charset="utf-8"><link rel="stylesheet" href="a.css">'
        "<script>var __md_scope=new URL('.',location)</script></head><body>"
        "<article><p>&lt;script&gt;alert(1)&lt;/script&gt; &#91;x&#93;&#40;javascript&#58;"
        'alert(1)&#41;</p><a href="../models/a/">a</a>'
        '<img src="data:image/png;base64,AA=="></article>'
        '<script src="../assets/javascripts/bundle.js"></script></body></html>'
    )
    assert scan_page("x.html", page) == []


def test_corpus_is_large_and_fits_the_schema_bounds() -> None:
    assert len(PAYLOADS) >= 25
    assert all(len(p) <= 80 for p in PAYLOADS.values())  # district: maxLength 80


# ---------------------------------------------------------------- front-matter payloads


def build_payload_site(root: Path, files: Mapping[str, str]) -> tuple[BuildResult, bool]:
    """Strict build; when validation rejects the payload, a non-strict build must still
    complete. Returns the result and whether the strict build passed."""
    strict = build_tree(root / "strict", files, config=NO_SEARCH_YML)
    if not strict.aborted:
        return strict, True
    loose = build_tree(root / "loose", files, config=NO_SEARCH_YML, strict=False)
    assert not loose.aborted, loose.warnings
    assert (loose.site / "index.html").exists()
    return loose, False


@pytest.mark.parametrize("name", PAYLOADS)
def test_front_matter_payload_is_inert(tmp_path: Path, name: str) -> None:
    payload = PAYLOADS[name]
    files = payload_tree(payload, case_title=fit(payload, 5), reg_title=fit(payload, 3))
    result, strict = build_payload_site(tmp_path, files)
    # Every field here is free text: the schema accepts all payloads, so no warning at all.
    assert strict and result.warnings == [], result.warnings
    for page in REQUIRED_PAGES:
        assert (result.site / page).exists(), page
    count, findings = scan_site(result.site)
    print(f"{name}: {count} pages scanned, {len(findings)} findings")
    assert [str(f) for f in findings] == []
    # Shown to the reader as the text the editor typed, not run and not rendered.
    shown = norm(payload)
    for page in (CASE_PAGE, PRACTICE_PAGE, REGULATION_PAGE):
        assert shown in article_text(result.page(page)), (page, shown)
    if name == "jinja":
        assert "49" not in article_text(result.page(CASE_PAGE))
    assert shown in feed_summaries(result.site), name  # and the feed is well-formed


def feed_summaries(site: Path) -> str:
    """The <summary> texts of the Atom feed (parsing it proves it is well-formed XML)."""
    feed = ET.fromstring((site / "feed.xml").read_bytes())
    return " | ".join(norm(e.text or "") for e in feed.iter("{http://www.w3.org/2005/Atom}summary"))


def test_control_characters_keep_the_feed_well_formed(tmp_path: Path) -> None:
    result, _ = build_payload_site(tmp_path, payload_tree(CONTROL_CHARS))
    summaries = feed_summaries(result.site)  # raises unless the feed is well-formed XML
    assert "<script>alert(1)</script>" in summaries  # the text around them, as text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", summaries)


def put(front: dict[str, Any], key: str, value: str) -> None:
    """Set a dotted key path such as `lessons[0].id` or `redirect_from[0]`."""
    *parents, last = re.findall(r"[a-z_]+|\[\d+\]", key)
    target: Any = front
    for part in parents:
        target = target[int(part[1:-1])] if part.startswith("[") else target[part]
    if last.startswith("["):
        target.append(value)
    else:
        target[last] = value


@pytest.mark.parametrize(
    ("kind", "key", "value"),
    [
        ("case", "period", "<script>alert(1)</script>"),
        ("case", "lessons[0].id", '"><img src=x onerror=alert(1)>'),
        ("case", "source.url", "javascript:alert(1)"),
        ("case", "redirect_from[0]", "<svg onload=alert(1)>"),
        ("case", "province", "<script>alert(1)</script>"),
        ("case", "sector", "<img src=x onerror=alert(1)>"),
        ("regulation", "number", "22<script>alert(1)</script>"),
    ],
)
def test_pattern_checked_fields_refuse_payloads_and_site_still_builds(
    tmp_path: Path, kind: str, key: str, value: str
) -> None:
    files = payload_tree("Giá trị bình thường")
    case = case_front("Giá trị bình thường") | {"redirect_from": []}
    reg = regulation_front("Giá trị bình thường")
    put(case if kind == "case" else reg, key, value)
    files[f"models/{SLUG}.md"] = document(case, CASE_BODY)
    files["regulations/22-qd-tw-2021.md"] = document(reg, REGULATION_BODY)
    result, strict = build_payload_site(tmp_path, files)
    assert not strict, "the schema or the vocabulary should have refused the value"
    assert any(f" {key}:" in w for w in result.warnings), result.warnings
    count, findings = scan_site(result.site)
    assert count > 5
    assert [str(f) for f in findings] == []


def test_title_of_a_record_that_fails_validation_is_escaped(tmp_path: Path) -> None:
    files = payload_tree("Giá trị bình thường")
    case = case_front("Giá trị bình thường", title=PAYLOADS["img-onerror"]) | {"period": "sai"}
    files[f"models/{SLUG}.md"] = document(case, CASE_BODY)
    result, strict = build_payload_site(tmp_path, files)
    assert not strict
    assert [str(f) for f in scan_site(result.site)[1]] == []


def test_titles_are_inert_inside_the_article(tmp_path: Path) -> None:
    """Our templates escape `title` like every other field (the chrome is the finding)."""
    for name in RAW_BREAKOUTS:
        payload = PAYLOADS[name]
        files = payload_tree("Giá trị bình thường", case_title=fit(payload, 5), reg_title=payload)
        result, strict = build_payload_site(tmp_path / name, files)
        assert strict, result.warnings
        _, findings = scan_site(result.site)
        assert [str(f) for f in findings if f.in_article] == [], name
        text = article_text(result.page(CASE_PAGE))
        assert norm(fit(payload, 5)) in text and norm(payload) in text


def test_page_titles_from_front_matter_are_escaped(tmp_path: Path) -> None:
    findings: list[str] = []
    for name in RAW_BREAKOUTS:
        payload = PAYLOADS[name]
        files = payload_tree("Giá trị bình thường", case_title=fit(payload, 5), reg_title=payload)
        result, _ = build_payload_site(tmp_path / name, files)
        findings += [str(f) for f in scan_site(result.site)[1]]
        titles = [html.unescape(t) for t in re.findall(r"<title>(.*?)</title>",
                  result.page(CASE_PAGE) + result.page(REGULATION_PAGE), re.S)]  # fmt: skip
        assert any(norm(fit(payload, 5)) in norm(t) for t in titles), titles
    assert findings == []


# ---------------------------------------------------------------- Markdown bodies

BODY_VECTORS = {
    "script": "<script>alert(1)</script>",
    "img-onerror": "<img src=x onerror=alert(1)>",
    "a-href-js": '<a href="javascript:alert(1)">x</a>',
    "md-link-js": "[x](javascript:alert(1))",
    "md-link-entity": "[x](jav&#x09;ascript:alert(1))",
    "iframe": '<iframe src="javascript:alert(1)"></iframe>',
    "svg-onload": "<svg onload=alert(1)></svg>",
    "attr-list-onclick": 'Đoạn văn có thuộc tính.\n{: onclick="alert(1)" }',
    "md-data-url": f"[x](data:text/html;base64,{B64_SCRIPT})",
}
BODY_FINDING = (
    "finding: raw HTML, unsafe link schemes and on* attributes in Markdown bodies pass "
    "through to the page; the loader should report them (file:line, Vietnamese message)"
)


def body_tree(kind: str, vector: str) -> tuple[dict[str, str], str, int]:
    """A tiny tree with `vector` appended to the body of one file; (files, path, line of
    the vector's `alert`)."""
    files = payload_tree("Giá trị bình thường")
    path = {"case": f"models/{SLUG}.md", "practice": "practices/kiem-tra.md",
            "regulation": "regulations/22-qd-tw-2021.md"}[kind]  # fmt: skip
    text = files[path].rstrip("\n") + "\n\n" + vector + "\n"
    files[path] = text
    line = text[: text.find("alert")].count("\n") + 1  # the offending line, when there is one
    return files, path, line


@pytest.mark.parametrize("vector", BODY_VECTORS)
def test_body_raw_html_is_reported(tmp_path: Path, vector: str) -> None:
    files, path, line = body_tree("case", BODY_VECTORS[vector])
    result = build_tree(tmp_path, files, config=NO_SEARCH_YML)
    assert result.aborted
    assert any(f"{path}:{line}:" in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("kind", ["practice", "regulation"])
def test_raw_html_in_practice_and_regulation_bodies_is_reported(tmp_path: Path, kind: str) -> None:
    files, path, line = body_tree(kind, BODY_VECTORS["script"])
    result = build_tree(tmp_path, files, config=NO_SEARCH_YML)
    assert result.aborted
    assert any(f"{path}:{line}:" in w for w in result.warnings), result.warnings


def test_harmless_inline_html_in_bodies_still_builds(tmp_path: Path) -> None:
    """The allow-list the body policy must keep: plain Markdown plus a few inline tags."""
    body = (
        'Chi bộ có <abbr title="Ủy ban Kiểm tra">UBKT</abbr> theo dõi; chỉ tiêu đạt 100%'
        "<sup>1</sup>, H<sub>2</sub>O, <mark>nổi bật</mark>,<br>xuống dòng.\n\n"
        "Xem [văn bản](../regulations/22-qd-tw-2021.md) và <https://example.invalid/bai>.\n"
    )
    files, _, _ = body_tree("case", body)
    result = build_tree(tmp_path, files, config=NO_SEARCH_YML)
    assert not result.aborted and result.warnings == [], result.warnings
    assert scan_page(CASE_PAGE, result.page(CASE_PAGE)) == []


# ---------------------------------------------------------------- the real site


def test_real_site_has_no_executable_markup(real_site: BuildResult) -> None:
    count, findings = scan_site(real_site.site)
    print(f"real site: {count} pages scanned")
    assert count > 50
    assert [str(f) for f in findings if "http-equiv=refresh" not in f.what] == []


# ---------------------------------------------------------------- Chromium


def combined_tree() -> dict[str, str]:
    """One site holding every payload: case, practice and regulation number i carry
    payload i in all their free-text fields, titles included."""
    files = payload_tree("Giá trị bình thường")
    for i, payload in enumerate(PAYLOADS.values()):
        key, rid = f"cach-lam-{i:02d}", f"{100 + i}-qd-tw-2021"
        practice = practice_front(payload) | {"key": key, "regulations": [rid]}
        files[f"practices/{key}.md"] = document(practice, PRACTICE_BODY)
        reg = regulation_front(payload, fit(payload, 3)) | {"id": rid, "number": str(100 + i)}
        files[f"regulations/{rid}.md"] = document(reg, REGULATION_BODY)
        case = case_front(payload, fit(payload, 5)) | {"practices": ["kiem-tra", key]}
        case["lessons"][0] |= {"practice": key}
        files[f"models/mo-hinh-{i:02d}.md"] = document(case, CASE_BODY)
    return files


TABS = 6
HOVER_EVERYTHING = """() => {
  for (const el of document.querySelectorAll("article *, .md-header *")) {
    for (const type of ["mouseover", "mouseenter", "focus", "pointerover"]) {
      el.dispatchEvent(new Event(type, {bubbles: true}));
    }
  }
}"""


@pytest.mark.browser
def test_no_dialog_fires_in_chromium(tmp_path: Path, browser: Browser) -> None:
    # A short navigation keeps 140 pages light (the static scans cover the full one).
    nav = "nav:\n  - index.md\n  - models/index.md\n  - practices/index.md\n"
    result = build_tree(tmp_path, combined_tree(), config=NO_SEARCH_YML + nav)
    assert not result.aborted and result.warnings == [], result.warnings
    pages = [p for p, _ in html_pages(result.site)]
    assert len(pages) > 3 * len(PAYLOADS)
    started = time.perf_counter()
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(f"{dialog.page.url if dialog.page else '?'}: {dialog.message}")
        dialog.dismiss()

    with serve(result.site) as base:
        tabs = [browser.new_page() for _ in range(TABS)]
        for tab in tabs:
            tab.on("dialog", on_dialog)
            tab.on("pageerror", lambda error: errors.append(str(error)))
        for first in range(0, len(pages), TABS):  # TABS pages load side by side
            batch = list(zip(tabs, pages[first : first + TABS], strict=False))
            for tab, path in batch:
                tab.goto(base + path.removesuffix("index.html"), wait_until="commit")
            for tab, _ in batch:
                tab.wait_for_load_state("load")
                tab.evaluate(HOVER_EVERYTHING)
        tabs[0].wait_for_timeout(200)
        for tab in tabs:
            tab.close()
    took = time.perf_counter() - started
    print(f"chromium: {len(pages)} pages opened in {took:.0f} s, {len(dialogs)} dialogs")
    assert dialogs == []
    assert errors == []


@pytest.mark.browser
def test_page_titles_from_front_matter_are_escaped_in_chromium(
    tmp_path: Path, browser: Browser
) -> None:
    """A case title and a practice name that ran in Chromium before the plugin escaped
    page titles for the theme."""
    files = payload_tree(PAYLOADS["title-breakout"], case_title=PAYLOADS["img-onerror"])
    result = build_tree(tmp_path, files, config=NO_SEARCH_YML)
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(f"{dialog.page.url if dialog.page else '?'}: {dialog.message}")
        dialog.dismiss()

    with serve(result.site) as base:
        page = browser.new_page()
        page.on("dialog", on_dialog)
        for path in (f"models/{SLUG}/", "practices/kiem-tra/"):
            page.goto(base + path, wait_until="load")
        page.wait_for_timeout(200)
        page.close()
    assert dialogs == []
