"""`make preview` end to end: `mkdocs serve --dirty` with the plugin's live preview."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import CASE, MKDOCS_YML, PRACTICE, tiny_tree

CONFIG = MKDOCS_YML.replace(
    "  - casebook\n", "  - casebook:\n      preview: true\n      search: false\n"
)
# A second case in another province: its province page must not be rendered again.
OTHER = CASE.replace("Lai Châu", "Điện Biên").replace("Chi bộ Thử nghiệm", "Chi bộ Thứ hai")
# A case sharing nothing with the edited one: its pages must not be rendered again.
APART = (CASE.replace("kiem-tra", "hoc-tap").replace("hanh-chinh", "cong-an")
         .replace("Lai Châu", "Sơn La").replace("regulations: [22-qd-tw-2021]", "regulations: []")
         .replace("Quy định số 22-QĐ/TW ngày 28/7/2021", "nghị quyết của chi bộ")
         .replace("Chi bộ Thử nghiệm", "Chi bộ Xa"))  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError):
        return ""


def _wait(predicate: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_saving_a_case_updates_it_and_its_practice_page_only(tmp_path: Path) -> None:
    home = "# Trang chủ\n\n<!-- casebook:lessons practice=kiem-tra -->\n"
    tree = {"models/chi-bo-thu-hai.md": OTHER, "index.md": home, "models/chi-bo-xa.md": APART,
            "practices/hoc-tap.md": PRACTICE.replace("kiem-tra", "hoc-tap")}  # fmt: skip
    for rel, text in tiny_tree(tree).items():
        (tmp_path / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / rel).write_text(textwrap.dedent(text), encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    port = _free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
            cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        assert _wait(lambda: "Chi bộ Thử nghiệm" in _get(f"{base}/models/chi-bo-thu-nghiem/"), 60)
        first = [int(n) for n in re.findall(r"xem trước: dựng lại (\d+) trang", log.read_text())]
        assert first and first[0] > 5  # the first build renders everything
        case = tmp_path / "docs" / "models" / "chi-bo-thu-nghiem.md"
        time.sleep(1)  # the watcher's first snapshot
        case.write_text(
            case.read_text(encoding="utf-8").replace(
                "để đi vào chiều sâu", "để đi vào chiều sâu, ghi biên bản riêng"
            ),
            encoding="utf-8",
        )
        assert _wait(lambda: "ghi biên bản riêng" in _get(f"{base}/models/chi-bo-thu-nghiem/"), 30)
        assert _wait(lambda: "ghi biên bản riêng" in _get(f"{base}/practices/kiem-tra/"), 30)
        # An authored page whose marker lists lessons shows the new text too.
        assert _wait(lambda: "ghi biên bản riêng" in _get(f"{base}/"), 30)
        # Saving an existing case takes the quick path: no full rebuild. (Its log line
        # comes once every touched page is written.)
        assert _wait(lambda: "dựng lại" in log.read_text().split("Detected file changes")[-1], 30)
        quick = [
            int(n) for n in re.findall(r"xem trước nhanh: dựng lại (\d+) trang", log.read_text())
        ]
        assert quick and 0 < quick[-1] < first[0], quick  # only what the edit touched
        # A new case needs a full build (here every page shows it: all cases are related).
        (tmp_path / "docs" / "models" / "chi-bo-thu-ba.md").write_text(
            textwrap.dedent(OTHER.replace("Chi bộ Thứ hai", "Chi bộ Thứ ba")), encoding="utf-8"
        )
        assert _wait(lambda: "Chi bộ Thứ ba" in _get(f"{base}/models/chi-bo-thu-ba/"), 60)
        assert _wait(lambda: "Chi bộ Thứ ba" in _get(f"{base}/models/"), 30)
        assert _wait(lambda: "Chi bộ Thứ ba" in _get(f"{base}/"), 30)  # its lesson, by marker
        full = [int(n) for n in re.findall(r"xem trước: dựng lại (\d+) trang", log.read_text())]
        assert len(full) == 2 and full[-1] > 0, full
        assert "Traceback" not in log.read_text()
    finally:
        server.terminate()
        server.wait(timeout=30)
