"""Generate a synthetic Casebook corpus: N valid case studies for tests and benchmarks.

    python scripts/synth_corpus.py --count N --out DIR [--seed S] [--force]

writes a complete MkDocs project into DIR:

* ``DIR/mkdocs.yml``: the real ``mkdocs.yml`` with ``docs_dir: docs``, the site name
  suffixed " (tổng hợp)" and nav entries for real case pages dropped (plugins, theme and
  extensions unchanged); a theme ``custom_dir`` is copied next to it;
* ``DIR/docs/``: the real docs tree (home, about, assets, the regulation registry, the
  practice pages and any other page) copied byte for byte, except the real case studies;
* ``DIR/docs/models/<slug>.md``: N synthetic case studies.

Every case is valid against ``case.schema.json`` and the loader's cross-checks, uses the
real practice keys and registry ids, and cites in its text exactly the documents listed in
its ``regulations`` front-matter, with the registry's own dates. Citation phrasings are
checked against the citation finder and resolver at start-up, so a registry change can
only remove a phrasing, never produce a warning.

Output depends only on (count, seed) and the real docs tree: one `random.Random(seed)` is
consumed case by case, so the first K cases of a larger run equal a run with ``--count K``.
Needs the project's virtualenv (the `casebook` package must be importable).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, NoReturn, TypeVar

try:
    import yaml

    from casebook.citations import find_citations
    from casebook.index import KINDS
    from casebook.loader import Practice, Regulation, discover, load_files
    from casebook.text import slugify
    from casebook.xref import resolve
except ModuleNotFoundError as exc:  # run with a Python that lacks the project's packages
    sys.exit(
        f"synth_corpus: lỗi: thiếu gói «{exc.name}»; hãy chạy bằng Python của môi trường ảo "
        "(.venv/bin/python scripts/synth_corpus.py ...) sau khi cài bằng make"
    )

ROOT = Path(__file__).resolve().parent.parent
"""The real project: its mkdocs.yml and docs/ are the templates of every synthetic site."""

MAX_COUNT = 99_999
"""Slugs end in a five-digit case number."""

PUBLISHED_BASE = dt.date(2026, 1, 5)
"""`published` is this date plus a number of days derived from the case number."""

T = TypeVar("T")


class SynthError(Exception):
    """A problem the user can fix (arguments, output directory); exit code 2."""


class SourceError(Exception):
    """The real docs tree cannot serve as a template; exit code 1."""


# --- Vocabulary that is not in the docs tree ------------------------------------------------

# The 63 provinces before 1 July 2025, spelt as in plugins/casebook/data/provinces.yml.
PROVINCES: tuple[str, ...] = (
    "Hà Nội", "Thừa Thiên Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Hà Giang", "Lào Cai",
    "Yên Bái", "Thái Nguyên", "Bắc Kạn", "Phú Thọ", "Vĩnh Phúc", "Hòa Bình", "Bắc Ninh",
    "Bắc Giang", "Hưng Yên", "Thái Bình", "Hải Phòng", "Hải Dương", "Ninh Bình", "Hà Nam",
    "Nam Định", "Quảng Trị", "Quảng Bình", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Kon Tum",
    "Gia Lai", "Bình Định", "Khánh Hòa", "Ninh Thuận", "Lâm Đồng", "Đắk Nông", "Bình Thuận",
    "Đắk Lắk", "Phú Yên", "Hồ Chí Minh", "Bình Dương", "Bà Rịa – Vũng Tàu", "Đồng Nai",
    "Bình Phước", "Tây Ninh", "Long An", "Cần Thơ", "Sóc Trăng", "Hậu Giang", "Vĩnh Long",
    "Bến Tre", "Trà Vinh", "Đồng Tháp", "Tiền Giang", "Cà Mau", "Bạc Liêu", "An Giang",
    "Kiên Giang",
)  # fmt: skip
CITIES = frozenset({"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"})
"""Centrally-run cities: "thành phố", "Thành ủy" and "quận" instead of province words."""
HIGHLANDS = frozenset(
    "Lai Châu, Điện Biên, Sơn La, Lạng Sơn, Cao Bằng, Tuyên Quang, Hà Giang, Lào Cai, "
    "Yên Bái, Bắc Kạn, Hòa Bình".split(", ")
)
"""Northern mountain provinces, where villages are "bản"."""
SOUTH = frozenset(PROVINCES[PROVINCES.index("Hồ Chí Minh") :])
"""Southern provinces (the tail of PROVINCES), where villages are "ấp"."""

# Synthetic place names (communes, villages, districts) are two of these syllables.
_PLACE_FIRST = (
    "Tân", "Phú", "An", "Bình", "Hòa", "Long", "Xuân", "Đông", "Tây", "Nam", "Bắc", "Hưng",
    "Thạnh", "Vĩnh", "Quảng", "Thanh", "Đức", "Hải", "Mỹ", "Yên", "Kim", "Ngọc", "Minh",
    "Trung", "Phước", "Lộc", "Thái", "Hồng", "Cẩm", "Sơn",
)  # fmt: skip
_PLACE_SECOND = (
    "Lập", "Hòa", "Bình", "Phú", "Thành", "Lợi", "Xuân", "Hưng", "Thịnh", "An", "Lộc", "Phong",
    "Tiến", "Sơn", "Hà", "Lâm", "Điền", "Khánh", "Mỹ", "Trạch", "Phước", "Long", "Quang",
    "Thuận", "Đông", "Tây", "Nghĩa", "Định", "Hải", "Châu",
)  # fmt: skip
_SURNAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
)  # fmt: skip
_MIDDLE_NAMES = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Thu", "Xuân")
_GIVEN_NAMES = (
    "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương",
    "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn",
    "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Yến",
)  # fmt: skip

# Unit level → (bag weight, kind of unit name, members range, Vietnamese description).
LEVELS: dict[str | None, tuple[int, str, tuple[int, int], str]] = {
    "chi-bo-co-so": (3, "chi", (5, 80), "chi bộ cơ sở"),
    "chi-bo-truc-thuoc": (3, "chi", (5, 45), "chi bộ trực thuộc đảng ủy cơ sở"),
    "dang-bo-co-so": (2, "dang", (30, 600), "đảng bộ cơ sở"),
    "dang-bo-cap-tren-co-so": (1, "dang", (300, 6000), "đảng bộ cấp trên cơ sở"),
    None: (1, "", (5, 200), "tổ chức đảng"),
}
AWARD_LEVELS: tuple[str | None, ...] = ("trung-uong", "bo-nganh", "tinh", "huyen", "co-so", None)

# Sector → {"chi" | "dang": [(unit name, parent)]}. Placeholders: {place} and {place2}
# (communes, villages), {village} ("thôn", "bản" or "ấp" by region), {district}, {huyen}
# ("huyện X"/"quận X"), {tinh} ("tỉnh Y"/"thành phố Y"), {n}, {m} (small numbers).
UNITS: dict[str, dict[str, tuple[tuple[str, str | None], ...]]] = {
    "cong-an": {
        "chi": (
            ("Chi bộ Công an xã {place}", "Đảng ủy Công an {huyen}"),
            ("Chi bộ Đội Cảnh sát hình sự Công an {huyen}", "Đảng ủy Công an {huyen}"),
            ("Chi bộ Đội Cảnh sát giao thông - trật tự", "Đảng ủy Công an {huyen}"),
            ("Chi bộ Phòng Cảnh sát phòng cháy, chữa cháy", "Đảng ủy Công an {tinh}"),
            ("Chi bộ Đội Quản lý hành chính về trật tự xã hội", "Đảng ủy Công an {huyen}"),
        ),
        "dang": (
            ("Đảng bộ Công an {huyen}", "Đảng ủy Công an {tinh}"),
            ("Đảng bộ Phòng Cảnh sát giao thông", "Đảng ủy Công an {tinh}"),
            ("Đảng bộ Phòng Cảnh sát cơ động", "Đảng ủy Công an {tinh}"),
        ),
    },
    "quan-doi": {
        "chi": (
            ("Chi bộ Đại đội {n}, Tiểu đoàn {m}", "Đảng ủy Tiểu đoàn {m}"),
            ("Chi bộ Đồn Biên phòng {place}", "Đảng ủy Bộ đội Biên phòng {tinh}"),
            ("Chi bộ Ban Chỉ huy Quân sự xã {place}", "Đảng ủy xã {place}"),
        ),
        "dang": (
            ("Đảng bộ Ban Chỉ huy Quân sự {huyen}", "Đảng ủy Bộ Chỉ huy Quân sự {tinh}"),
            ("Đảng bộ Tiểu đoàn {m}", "Đảng ủy Trung đoàn {n}{m}"),
            ("Đảng bộ Trung đoàn {n}{m}", None),
        ),
    },
    "hanh-chinh": {
        "chi": (
            ("Chi bộ Phòng Nội vụ {huyen}", "Đảng bộ {huyen}"),
            ("Chi bộ Phòng Tài chính - Kế hoạch {huyen}", "Đảng bộ Cơ quan Chính quyền {huyen}"),
            ("Chi bộ Văn phòng Huyện ủy {district}", "Đảng bộ Cơ quan Đảng {huyen}"),
            ("Chi bộ Phòng Tài nguyên và Môi trường {huyen}", "Đảng bộ {huyen}"),
            ("Chi bộ Chi cục Thuế {huyen}", "Đảng bộ Cục Thuế {tinh}"),
        ),
        "dang": (
            ("Đảng bộ Sở Kế hoạch và Đầu tư", "Đảng bộ Khối Cơ quan và Doanh nghiệp {tinh}"),
            ("Đảng bộ Văn phòng Ủy ban nhân dân {tinh}", "Đảng bộ Khối Cơ quan {tinh}"),
            ("Đảng bộ Cơ quan Chính quyền {huyen}", "Đảng bộ {huyen}"),
        ),
    },
    "tu-phap": {
        "chi": (
            ("Chi bộ Phòng Tư pháp {huyen}", "Đảng bộ Cơ quan Chính quyền {huyen}"),
            ("Chi bộ Chi cục Thi hành án dân sự {huyen}", "Đảng bộ {huyen}"),
            ("Chi bộ Tòa án nhân dân {huyen}", "Đảng bộ {huyen}"),
            ("Chi bộ Viện Kiểm sát nhân dân {huyen}", "Đảng bộ {huyen}"),
            ("Chi bộ Văn phòng Sở Tư pháp", "Đảng bộ Sở Tư pháp {tinh}"),
        ),
        "dang": (
            ("Đảng bộ Sở Tư pháp {tinh}", "Đảng bộ Khối Cơ quan và Doanh nghiệp {tinh}"),
            ("Đảng bộ Cục Thi hành án dân sự {tinh}", "Đảng bộ Khối Cơ quan {tinh}"),
            ("Đảng bộ Tòa án nhân dân {tinh}", "Đảng bộ Khối Cơ quan {tinh}"),
        ),
    },
    "giao-duc": {
        "chi": (
            ("Chi bộ Trường Tiểu học {place}", "Đảng ủy xã {place}"),
            ("Chi bộ Trường Trung học cơ sở {place}", "Đảng ủy xã {place}"),
            ("Chi bộ Trường Mầm non {place}", "Đảng ủy thị trấn {place}"),
            ("Chi bộ Khoa Lý luận chính trị", "Đảng bộ Trường Cao đẳng {place}"),
        ),
        "dang": (
            ("Đảng bộ Trường Trung học phổ thông {place}", "Đảng bộ {huyen}"),
            ("Đảng bộ Trường Cao đẳng Sư phạm {place}", "Đảng bộ Khối Cơ quan {tinh}"),
            ("Đảng bộ Trường Chính trị {tinh}", "Đảng bộ Khối Cơ quan {tinh}"),
        ),
    },
    "y-te": {
        "chi": (
            ("Chi bộ Trạm Y tế xã {place}", "Đảng ủy xã {place}"),
            ("Chi bộ Khoa Nội, Bệnh viện Đa khoa {huyen}", "Đảng bộ Bệnh viện Đa khoa {huyen}"),
            ("Chi bộ Trung tâm Y tế {huyen}", "Đảng bộ {huyen}"),
        ),
        "dang": (
            ("Đảng bộ Bệnh viện Đa khoa {huyen}", "Đảng bộ {huyen}"),
            ("Đảng bộ Sở Y tế {tinh}", "Đảng bộ Khối Cơ quan và Doanh nghiệp {tinh}"),
            ("Đảng bộ Bệnh viện Đa khoa {tinh}", "Đảng bộ Khối Cơ quan {tinh}"),
        ),
    },
    "doanh-nghiep": {
        "chi": (
            ("Chi bộ Công ty Cổ phần Cấp thoát nước {place}", "Đảng bộ Khối Doanh nghiệp {tinh}"),
            ("Chi bộ Hợp tác xã Nông nghiệp {place}", "Đảng ủy xã {place}"),
            ("Chi bộ Phân xưởng Cơ điện, Công ty Than {place}", "Đảng bộ Công ty Than {place}"),
            ("Chi bộ Công ty Trách nhiệm hữu hạn May {place}", "Đảng bộ Khối Doanh nghiệp {tinh}"),
        ),
        "dang": (
            ("Đảng bộ Công ty Than {place}", None),
            (
                "Đảng bộ Công ty Cổ phần Môi trường đô thị {place}",
                "Đảng bộ Khối Doanh nghiệp {tinh}",
            ),
            ("Đảng bộ Công ty Cổ phần Xây dựng {place}", "Đảng bộ Khối Doanh nghiệp {tinh}"),
        ),
    },
    "xa-phuong": {
        "chi": (
            ("Chi bộ {village} {place}", "Đảng bộ xã {place2}"),
            ("Chi bộ {village} {place2}", "Đảng ủy xã {place}"),
            ("Chi bộ khu phố {n}", "Đảng bộ phường {place2}"),
            ("Chi bộ tổ dân phố {n}", "Đảng bộ thị trấn {place2}"),
        ),
        "dang": (
            ("Đảng bộ xã {place}", "Đảng bộ {huyen}"),
            ("Đảng bộ phường {place}", "Đảng bộ {huyen}"),
            ("Đảng bộ thị trấn {place}", "Đảng bộ {huyen}"),
        ),
    },
    "khac": {
        "chi": (
            ("Chi bộ Hội Nông dân {huyen}", "Đảng bộ Cơ quan Mặt trận và đoàn thể {huyen}"),
            ("Chi bộ Bảo hiểm xã hội {huyen}", "Đảng bộ Bảo hiểm xã hội {tinh}"),
            ("Chi bộ Trung tâm Văn hóa - Thể thao {huyen}", "Đảng bộ {huyen}"),
            ("Chi bộ Liên đoàn Lao động {huyen}", "Đảng bộ Cơ quan Mặt trận và đoàn thể {huyen}"),
        ),
        "dang": (
            ("Đảng bộ Cơ quan Mặt trận và đoàn thể {tinh}", "Đảng bộ Khối Cơ quan {tinh}"),
            ("Đảng bộ Ngân hàng Chính sách xã hội {tinh}", "Đảng bộ Khối Doanh nghiệp {tinh}"),
            ("Đảng bộ Đài Phát thanh - Truyền hình {tinh}", "Đảng bộ Khối Cơ quan {tinh}"),
        ),
    },
}

SECTOR_CONTEXT = {
    "cong-an": "Lực lượng mỏng, địa bàn phức tạp về an ninh, trật tự, cán bộ, chiến sĩ thường "
    "xuyên phải trực chiến nên việc bố trí sinh hoạt không dễ.",
    "quan-doi": "Đơn vị thường xuyên huấn luyện, sẵn sàng chiến đấu, quân số biến động theo "
    "từng đợt nên nền nếp sinh hoạt phải giữ rất chặt.",
    "hanh-chinh": "Khối lượng công việc chuyên môn lớn, yêu cầu cải cách hành chính ngày càng "
    "cao, đảng viên dễ coi nhẹ công tác đảng.",
    "tu-phap": "Công việc chuyên môn đòi hỏi chính xác, khách quan, đảng viên chịu áp lực lớn "
    "về thời hạn giải quyết hồ sơ.",
    "giao-duc": "Phần lớn đảng viên là giáo viên đứng lớp, lịch dạy dày nên thời gian sinh "
    "hoạt phải sắp xếp khéo.",
    "y-te": "Đảng viên làm việc theo ca trực, có người phải trực đêm, nên khó bố trí đủ người "
    "dự họp.",
    "doanh-nghiep": "Sản xuất, kinh doanh chịu sức ép cạnh tranh, người lao động làm theo ca, "
    "đảng viên phân tán ở nhiều tổ sản xuất.",
    "xa-phuong": "Địa bàn dân cư đông, đảng viên phần lớn là người cao tuổi, cán bộ hưu trí và "
    "người lao động tự do.",
    "khac": "Đơn vị gồm nhiều bộ phận với chức năng khác nhau, đảng viên công tác ở nhiều vị "
    "trí và thường xuyên đi cơ sở.",
}
SECTOR_RESULT = {
    "cong-an": "Tình hình an ninh, trật tự trên địa bàn được giữ ổn định; tỷ lệ điều tra, "
    "khám phá án đạt trên {pct}%.",
    "quan-doi": "Đơn vị hoàn thành tốt nhiệm vụ huấn luyện, sẵn sàng chiến đấu; kết quả kiểm "
    "tra cuối năm đạt loại khá, giỏi.",
    "hanh-chinh": "Hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên {pct}%, sự hài "
    "lòng của người dân tăng lên rõ rệt.",
    "tu-phap": "Số việc giải quyết đúng thời hạn đạt trên {pct}%, không có vụ việc bị hủy "
    "hoặc sửa do lỗi chủ quan.",
    "giao-duc": "Tỷ lệ học sinh lên lớp đạt trên {pct}%, nhiều giáo viên là đảng viên đạt "
    "danh hiệu giáo viên dạy giỏi các cấp.",
    "y-te": "Chất lượng khám, chữa bệnh được cải thiện, mức độ hài lòng của người bệnh đạt "
    "trên {pct}%.",
    "doanh-nghiep": "Doanh thu năm sau cao hơn năm trước, thu nhập bình quân của người lao "
    "động tăng, việc làm ổn định.",
    "xa-phuong": "Các phong trào ở khu dân cư chuyển biến rõ, tỷ lệ hộ gia đình đạt danh hiệu "
    "gia đình văn hóa trên {pct}%.",
    "khac": "Các chỉ tiêu công tác chuyên môn đều hoàn thành, nhiều chỉ tiêu vượt mức đề ra.",
}
WORKPLACE = {
    "cong-an": "trụ sở đơn vị",
    "quan-doi": "nhà truyền thống của đơn vị",
    "giao-duc": "phòng hội đồng nhà trường",
    "y-te": "phòng giao ban",
    "xa-phuong": "nhà văn hóa",
    "doanh-nghiep": "bảng tin của công ty",
}
RECRUITS = {
    "cong-an": "cán bộ, chiến sĩ trẻ",
    "quan-doi": "quân nhân trẻ",
    "giao-duc": "giáo viên trẻ",
    "y-te": "bác sĩ, điều dưỡng trẻ",
    "doanh-nghiep": "công nhân lao động giỏi",
    "xa-phuong": "đoàn viên thanh niên ở khu dân cư",
}
MINISTRY = {
    "cong-an": "Bộ Công an",
    "quan-doi": "Bộ Quốc phòng",
    "tu-phap": "Bộ Tư pháp",
    "giao-duc": "Bộ Giáo dục và Đào tạo",
    "y-te": "Bộ Y tế",
    "doanh-nghiep": "Bộ Công Thương",
}
TERMS = ((2010, "2010-2015"), (2015, "2015-2020"), (2020, "2020-2025"))

# --- Practice-specific prose ----------------------------------------------------------------
# Placeholders available to every template: see `_fields`. No template may contain a
# document-like string: the build would take it for a citation.

METHODS: dict[str, tuple[str, ...]] = {
    "sinh-hoat-dinh-ky": (
        "Lịch sinh hoạt được cố định vào ngày {day} hằng tháng; nếu trùng việc đột xuất, chi "
        "ủy báo lùi lịch và không để quá một tuần.",
        "Trước mỗi buổi, chi ủy họp thống nhất nội dung và gửi dự thảo nghị quyết cho đảng "
        "viên trước {k_days} ngày để mọi người chuẩn bị ý kiến.",
        "Buổi sinh hoạt đi đủ các bước: thông tin thời sự, đánh giá nhiệm vụ trong tháng, "
        "thảo luận rồi biểu quyết nghị quyết cho tháng tới.",
        "Mỗi đảng viên được giao một việc cụ thể trong nghị quyết, có thời hạn và người theo "
        "dõi; đầu buổi sau, chi ủy báo cáo kết quả từng việc.",
        "Tỷ lệ đảng viên dự sinh hoạt được duy trì trên {pct_attend}%; người vắng mặt phải báo "
        "lý do và nhận lại nội dung qua tổ đảng.",
        "Thư ký ghi biên bản đủ ý kiến phát biểu, kể cả ý kiến khác với số đông, để chi ủy "
        "theo dõi và trả lời ở buổi sau.",
    ),
    "sinh-hoat-chuyen-de": (
        "Mỗi quý {short} tổ chức ít nhất một buổi sinh hoạt chuyên đề, chủ đề do chi ủy chọn "
        "từ những vướng mắc nảy sinh trong công tác.",
        "Đảng viên được phân công viết báo cáo đề dẫn luân phiên, nên ai cũng phải nghiên cứu "
        "tài liệu và liên hệ với việc mình đang làm.",
        "Các chủ đề gần đây gồm {topic_a} và {topic_b}, đều được đảng viên thảo luận sôi nổi.",
        "Cuối mỗi buổi chuyên đề, người chủ trì kết luận thành những việc làm cụ thể và đưa "
        "vào nghị quyết của kỳ sinh hoạt thường kỳ kế tiếp.",
        "{Short} mời đại diện cấp ủy cấp trên dự một số buổi chuyên đề để góp ý về cách chọn "
        "chủ đề và điều hành thảo luận.",
    ),
    "giao-duc-chinh-tri-tu-tuong": (
        "Phần thông tin thời sự đầu mỗi buổi sinh hoạt do một đảng viên trẻ chuẩn bị, gói gọn "
        "trong khoảng {minutes} phút và có liên hệ với tình hình địa phương.",
        "Chi ủy phân công mỗi chi ủy viên nắm tư tưởng một nhóm đảng viên, kịp thời trao đổi "
        "khi có người gặp khó khăn trong công tác hay trong gia đình.",
        "Khi có chủ trương mới của cấp trên, {short} quán triệt ngay trong kỳ sinh hoạt gần "
        "nhất, rồi yêu cầu mỗi đảng viên viết một bản thu hoạch ngắn.",
        "{Short} lập nhóm trao đổi trực tuyến để chia sẻ tài liệu, đồng thời nhắc đảng viên "
        "không chia sẻ thông tin sai lệch trên mạng xã hội.",
        "Hằng năm, {short} đánh giá tình hình tư tưởng đảng viên trong buổi sinh hoạt cuối năm "
        "và ghi vào nghị quyết những điểm cần uốn nắn.",
    ),
    "hoc-tap-lam-theo-bac": (
        "Mỗi đảng viên đăng ký một việc làm theo Bác gắn với nhiệm vụ chuyên môn, được chi bộ "
        "theo dõi và đánh giá vào cuối năm.",
        "Chuyên đề học tập hằng năm được {short} cụ thể hóa thành những tiêu chí dễ kiểm tra, "
        "như đúng giờ, tiết kiệm, tận tụy với người dân.",
        "{Short} tổ chức kể chuyện về Bác ở đầu buổi sinh hoạt, mỗi lần một đảng viên phụ "
        "trách và tự liên hệ với bản thân.",
        "Những tấm gương điển hình trong học tập và làm theo Bác được biểu dương trước chi bộ "
        "và giới thiệu lên cấp trên.",
        "Kết quả làm theo Bác là một tiêu chí khi chi bộ đánh giá, xếp loại đảng viên cuối năm.",
    ),
    "kiem-tra": (
        "Đầu năm, chi ủy xây dựng chương trình kiểm tra, nêu rõ đối tượng, nội dung, thời gian "
        "và người chủ trì từng cuộc.",
        "Mỗi năm {short} kiểm tra {k_checked} đảng viên, ưu tiên người giữ chức vụ chủ chốt và "
        "người mới được giao nhiệm vụ.",
        "Đảng viên được kiểm tra tự viết bản kiểm điểm, trình bày trước tổ đảng rồi trước chi "
        "bộ; chi ủy thông báo kết luận bằng văn bản.",
        "Sau mỗi cuộc kiểm tra, người được kiểm tra lập kế hoạch khắc phục khuyết điểm và báo "
        "cáo kết quả sau ba tháng.",
        "Bên cạnh kiểm tra theo chương trình, chi ủy chủ động kiểm tra khi thấy dấu hiệu vi "
        "phạm, không để khuyết điểm nhỏ kéo dài.",
        "Nội dung kiểm tra tập trung vào việc chấp hành nghị quyết của chi bộ, thực hiện nhiệm "
        "vụ được giao và giữ gìn phẩm chất đạo đức.",
    ),
    "giam-sat": (
        "Chi ủy phân công từng tổ trưởng tổ đảng giám sát thường xuyên các đảng viên trong tổ "
        "và báo cáo tại kỳ sinh hoạt cuối quý.",
        "Mỗi năm {short} tiến hành {k_watched} cuộc giám sát chuyên đề, tập trung vào những "
        "lĩnh vực dễ phát sinh sai sót.",
        "{Short} tiếp nhận ý kiến phản ánh của quần chúng về đảng viên qua hộp thư góp ý và qua "
        "khu dân cư nơi đảng viên cư trú.",
        "Kết quả giám sát được trao đổi thẳng thắn với đảng viên để họ tự điều chỉnh, trước khi "
        "khuyết điểm trở thành vi phạm.",
        "Giám sát được lồng ghép vào việc theo dõi tiến độ công việc chuyên môn, nên không làm "
        "phát sinh thêm nhiều thủ tục.",
    ),
    "tu-phe-binh-va-phe-binh": (
        "Mỗi tháng, mỗi tổ đảng chọn một đảng viên tự phê bình trước tổ, sau đó chi ủy chọn một "
        "trường hợp trình bày trước chi bộ.",
        "Đảng viên đối chiếu bản thân với các biểu hiện suy thoái về tư tưởng chính trị, đạo "
        "đức, lối sống để tự nhận khuyết điểm cụ thể.",
        "Bí thư và các chi ủy viên tự phê bình trước, tạo không khí cởi mở để đảng viên mạnh "
        "dạn góp ý.",
        "Ý kiến góp ý được ghi lại và đối chiếu ở lần kiểm điểm sau để xem khuyết điểm đã được "
        "sửa đến đâu.",
        "Cuối năm, kiểm điểm tập thể và cá nhân được gắn với nhận xét của quần chúng nơi đảng "
        "viên công tác và cư trú.",
    ),
    "neu-guong": (
        "Bí thư, đồng chí {leader}, nhận phụ trách những việc khó nhất và công khai cam kết rèn "
        "luyện trước toàn thể đảng viên.",
        "Cấp ủy viên ký cam kết nêu gương vào đầu năm; nội dung cam kết được niêm yết công khai "
        "tại {workplace}.",
        "Người đứng đầu đơn vị đi làm đúng giờ, không dùng xe công vào việc riêng và luôn nói "
        "đi đôi với làm.",
        "Việc thực hiện cam kết nêu gương được đưa vào nội dung kiểm điểm cuối năm của từng cấp "
        "ủy viên.",
        "Đảng viên trẻ được một đảng viên nhiều kinh nghiệm kèm cặp, lấy việc làm của người đi "
        "trước làm chuẩn.",
    ),
    "phat-trien-dang-vien": (
        "{Short} lập danh sách quần chúng ưu tú, giao việc cụ thể để thử thách và phân công "
        "đảng viên chính thức giúp đỡ từng người.",
        "{Period_cap}, {short} kết nạp {k_new} đảng viên mới, phần lớn là {recruits}.",
        "Quần chúng được cử đi học lớp nhận thức về Đảng từ sớm, để khi đủ điều kiện thì hồ sơ "
        "không phải chờ.",
        "Đảng viên dự bị được chi ủy theo dõi sát trong suốt thời gian dự bị và nhận xét định "
        "kỳ hằng quý.",
        "Việc tạo nguồn được gắn với phong trào thi đua, nên quần chúng ưu tú được phát hiện "
        "ngay trong công việc hằng ngày.",
    ),
    "quan-ly-dang-vien": (
        "Mỗi đảng viên có sổ theo dõi riêng; chi ủy cập nhật nhận xét của chi ủy nơi cư trú hai "
        "lần mỗi năm.",
        "Đảng viên đang công tác giữ mối liên hệ với chi ủy nơi cư trú, tham gia sinh hoạt khu "
        "dân cư ít nhất mỗi quý một lần.",
        "{Short} duy trì nền nếp báo cáo khi đi công tác dài ngày và khi trở về, để chi ủy nắm "
        "được nơi ở, việc làm của từng người.",
        "Thông tin đảng viên được số hóa, giúp chi ủy tra cứu nhanh và hạn chế sai sót khi "
        "chuyển sinh hoạt đảng.",
        "Chi ủy phối hợp với khu dân cư nơi đảng viên cư trú để nắm dư luận và kịp thời nhắc "
        "nhở khi cần.",
    ),
    "lien-he-voi-nhan-dan": (
        "Mỗi năm {short} tổ chức ít nhất hai buổi đối thoại với người dân để lắng nghe ý kiến "
        "về công việc của đơn vị.",
        "Mỗi đảng viên được phân công phụ trách {k_households} hộ gia đình, thường xuyên thăm "
        "hỏi và nắm tâm tư, nguyện vọng của bà con.",
        "{Short} duy trì hoạt động tình nguyện vào cuối tuần, như sửa đường, dọn vệ sinh, hỗ "
        "trợ hộ nghèo ở khu dân cư lân cận.",
        "Ý kiến phản ánh của người dân được chi ủy phân loại, trả lời trong thời hạn và công "
        "khai kết quả giải quyết.",
        "Đảng viên tham gia sinh hoạt với các đoàn thể ở khu dân cư, nhờ đó {short} nắm được "
        "tình hình từ cơ sở.",
    ),
    "dai-hoi-dang-bo": (
        "Chuẩn bị đại hội nhiệm kỳ {term}, {short} lập tiểu ban văn kiện và tiểu ban nhân sự "
        "từ sớm, phân công rõ người, rõ việc.",
        "Dự thảo báo cáo chính trị được đưa ra lấy ý kiến đảng viên và quần chúng tiêu biểu "
        "trước khi trình đại hội.",
        "Nhân sự dự kiến tham gia cấp ủy được kiểm tra, giám sát kỹ về tiêu chuẩn, không để "
        "người có dấu hiệu vi phạm lọt vào danh sách.",
        "{Short} được chọn tổ chức đại hội điểm, sau đó rút kinh nghiệm để các tổ chức đảng "
        "khác làm theo.",
        "Đại hội được tổ chức gọn, đúng quy trình; thời gian thảo luận được dành nhiều cho "
        "phương hướng nhiệm kỳ mới.",
    ),
}
GENERIC_METHODS = (
    "{Short} chú trọng {practice}, giao một chi ủy viên phụ trách và đánh giá kết quả hằng quý.",
    "Với {practice}, {short} đặt ra mục tiêu cụ thể và theo dõi thực hiện qua từng kỳ sinh hoạt.",
)
LESSONS: dict[str, tuple[tuple[str, str], ...]] = {
    "sinh-hoat-dinh-ky": (
        ("lich-sinh-hoat-co-dinh", "Cố định ngày sinh hoạt hằng tháng giúp đảng viên chủ động "
         "sắp xếp công việc và giữ nền nếp lâu dài."),
        ("gui-du-thao-truoc", "Gửi dự thảo nghị quyết trước buổi họp để đảng viên chuẩn bị ý "
         "kiến, nhờ đó buổi sinh hoạt đi thẳng vào việc cần bàn."),
        ("moi-viec-mot-nguoi-theo-doi", "Mỗi việc trong nghị quyết phải có người làm, thời hạn "
         "và người theo dõi thì lời bàn mới thành việc làm."),
    ),
    "sinh-hoat-chuyen-de": (
        ("chu-de-tu-vuong-mac", "Chọn chủ đề từ chính vướng mắc của đơn vị làm cho buổi sinh "
         "hoạt chuyên đề có người muốn nói và có việc để làm."),
        ("luan-phien-de-dan", "Giao đảng viên luân phiên viết đề dẫn buộc mỗi người phải nghiên "
         "cứu, không dồn việc cho bí thư."),
        ("ket-luan-thanh-viec-lam", "Kết thúc buổi chuyên đề bằng những việc cụ thể và đưa vào "
         "nghị quyết tháng sau để chuyên đề không dừng ở nhận thức."),
    ),
    "giao-duc-chinh-tri-tu-tuong": (
        ("nam-tu-tuong-tung-nhom", "Phân công chi ủy viên nắm tư tưởng từng nhóm đảng viên giúp "
         "phát hiện sớm khó khăn và tháo gỡ kịp thời."),
        ("thoi-su-ngan-gon", "Thông tin thời sự ngắn gọn, có liên hệ với địa phương, thu hút "
         "đảng viên hơn việc đọc lại những văn bản dài."),
        ("quan-triet-kem-thu-hoach", "Quán triệt chủ trương mới ngay trong kỳ sinh hoạt gần "
         "nhất và yêu cầu viết thu hoạch ngắn giúp đảng viên nắm chắc nội dung."),
    ),
    "hoc-tap-lam-theo-bac": (
        ("dang-ky-viec-lam-cu-the", "Mỗi đảng viên đăng ký một việc làm theo Bác gắn với chuyên "
         "môn thì việc làm theo mới kiểm chứng được."),
        ("tieu-chi-de-kiem-tra", "Cụ thể hóa chuyên đề hằng năm thành tiêu chí dễ kiểm tra giúp "
         "tránh học tập hình thức."),
        ("lam-theo-vao-xep-loai", "Đưa kết quả làm theo Bác vào đánh giá, xếp loại đảng viên "
         "làm cho phong trào có sức sống lâu dài."),
    ),
    "kiem-tra": (
        ("chuong-trinh-kiem-tra-ro-rang", "Chương trình kiểm tra nêu rõ đối tượng, nội dung và "
         "người chủ trì giúp chi bộ chủ động, không chờ cấp trên nhắc."),
        ("kiem-tra-kem-khac-phuc", "Kết luận kiểm tra phải đi kèm việc khắc phục có thời hạn "
         "thì kiểm tra mới có tác dụng."),
        ("uu-tien-nguoi-chu-chot", "Ưu tiên kiểm tra người giữ chức vụ chủ chốt tạo sức thuyết "
         "phục với toàn chi bộ."),
    ),
    "giam-sat": (
        ("to-truong-giam-sat", "Giao tổ trưởng tổ đảng giám sát thường xuyên các đảng viên "
         "trong tổ giúp phát hiện sớm biểu hiện lệch chuẩn."),
        ("giam-sat-de-phong-ngua", "Giám sát hiệu quả nhất khi được dùng để nhắc nhở sớm, trước "
         "khi khuyết điểm trở thành vi phạm."),
        ("lang-nghe-quan-chung", "Ý kiến của quần chúng nơi đảng viên cư trú là kênh giám sát "
         "đáng tin cậy mà chi bộ nên khai thác."),
    ),
    "tu-phe-binh-va-phe-binh": (
        ("chi-uy-tu-phe-binh-truoc", "Khi bí thư và chi ủy viên tự phê bình trước, đảng viên "
         "mạnh dạn góp ý hơn."),
        ("doi-chieu-bieu-hien", "Đối chiếu bản thân với các biểu hiện suy thoái cụ thể giúp "
         "việc tự phê bình có nội dung, không chung chung."),
        ("theo-doi-sua-chua", "Ghi lại ý kiến góp ý và đối chiếu ở lần kiểm điểm sau để biết "
         "khuyết điểm đã được sửa đến đâu."),
    ),
    "neu-guong": (
        ("nguoi-dung-dau-di-truoc", "Người đứng đầu nhận việc khó và làm trước thì lời kêu gọi "
         "mới có sức thuyết phục."),
        ("cam-ket-cong-khai", "Cam kết nêu gương được công khai và kiểm điểm cuối năm giúp tránh "
         "hình thức."),
        ("kem-cap-dang-vien-tre", "Phân công đảng viên nhiều kinh nghiệm kèm cặp đảng viên trẻ "
         "là cách nêu gương gần gũi, hiệu quả."),
    ),
    "phat-trien-dang-vien": (
        ("tao-nguon-tu-phong-trao", "Tạo nguồn từ phong trào thi đua giúp phát hiện quần chúng "
         "ưu tú ngay trong công việc hằng ngày."),
        ("giup-do-tung-nguoi", "Phân công đảng viên chính thức giúp đỡ từng quần chúng làm cho "
         "việc bồi dưỡng có địa chỉ, có trách nhiệm."),
        ("theo-doi-du-bi", "Theo dõi sát đảng viên dự bị đến khi chuyển chính thức là khâu "
         "không được xem nhẹ."),
    ),
    "quan-ly-dang-vien": (
        ("hai-noi-cung-nhan-xet", "Kết hợp nhận xét của nơi công tác và nơi cư trú cho chi bộ "
         "cái nhìn đầy đủ về từng đảng viên."),
        ("so-hoa-thong-tin", "Số hóa thông tin đảng viên giúp quản lý chặt chẽ và giảm sai sót "
         "thủ tục."),
        ("bao-cao-khi-di-xa", "Nền nếp báo cáo khi đi công tác dài ngày và khi trở về giúp chi "
         "ủy luôn nắm được đảng viên."),
    ),
    "lien-he-voi-nhan-dan": (
        ("doi-thoai-dinh-ky", "Đối thoại định kỳ với người dân giúp chi bộ nghe được những điều "
         "mà báo cáo chưa nói tới."),
        ("phan-cong-phu-trach-ho", "Phân công đảng viên phụ trách hộ gia đình tạo mối liên hệ "
         "thường xuyên, không chỉ theo đợt."),
        ("tra-loi-phan-anh", "Trả lời ý kiến phản ánh đúng hạn và công khai kết quả là cách giữ "
         "lòng tin của nhân dân."),
    ),
    "dai-hoi-dang-bo": (
        ("chuan-bi-som", "Lập tiểu ban văn kiện và nhân sự từ sớm giúp đại hội được chuẩn bị chu "
         "đáo, không dồn việc vào cuối nhiệm kỳ."),
        ("kiem-tra-nhan-su", "Kiểm tra, giám sát kỹ nhân sự dự kiến trước đại hội là điều kiện "
         "để có cấp ủy đủ tiêu chuẩn."),
        ("lay-y-kien-rong-rai", "Lấy ý kiến đảng viên và quần chúng vào dự thảo văn kiện giúp "
         "văn kiện sát thực tế hơn."),
    ),
}  # fmt: skip
HEADLINES: dict[str, tuple[str, ...]] = {
    "sinh-hoat-dinh-ky": (
        "giữ nền nếp sinh hoạt từ những việc nhỏ",
        "nâng chất lượng sinh hoạt chi bộ hằng tháng",
    ),
    "sinh-hoat-chuyen-de": (
        "sinh hoạt chuyên đề bắt đầu từ vướng mắc thực tế",
        "mỗi quý một chuyên đề, mỗi chuyên đề một việc làm",
    ),
    "giao-duc-chinh-tri-tu-tuong": (
        "nắm chắc tư tưởng từng đảng viên",
        "công tác tư tưởng đi trước một bước",
    ),
    "hoc-tap-lam-theo-bac": (
        "làm theo Bác bằng việc làm cụ thể",
        "học Bác từ những việc bình thường",
    ),
    "kiem-tra": (
        "kiểm tra để giúp đảng viên tiến bộ",
        "chương trình kiểm tra rõ người, rõ việc",
    ),
    "giam-sat": ("giám sát để phòng ngừa từ sớm", "giám sát thường xuyên, nhắc nhở kịp thời"),
    "tu-phe-binh-va-phe-binh": (
        "tự phê bình thẳng thắn, phê bình chân thành",
        "tự soi, tự sửa trong từng kỳ sinh hoạt",
    ),
    "neu-guong": ("người đứng đầu làm trước", "nêu gương bằng việc làm hằng ngày"),
    "phat-trien-dang-vien": (
        "tạo nguồn kết nạp đảng viên từ phong trào",
        "bồi dưỡng quần chúng ưu tú đến nơi đến chốn",
    ),
    "quan-ly-dang-vien": (
        "quản lý đảng viên cả nơi làm việc lẫn nơi ở",
        "nắm chắc đảng viên ở hai nơi",
    ),
    "lien-he-voi-nhan-dan": ("gần dân, nghe dân, làm dân tin", "lắng nghe để phục vụ tốt hơn"),
    "dai-hoi-dang-bo": ("chuẩn bị đại hội từ sớm, từ xa", "đại hội điểm, rút kinh nghiệm sớm"),
}
GENERIC_HEADLINES = (
    "đổi mới cách làm, giữ vững nền nếp",
    "điểm sáng trong công tác xây dựng Đảng",
    "nâng cao năng lực lãnh đạo và sức chiến đấu",
    "cách làm hay từ một tổ chức đảng nhỏ",
)

# --- Generic prose --------------------------------------------------------------------------

CONTEXT = (
    "Trước năm {start}, sinh hoạt của {short} có lúc còn hình thức, nội dung chưa sát với "
    "nhiệm vụ chính trị của đơn vị.",
    "Địa bàn rộng, đi lại khó khăn, trình độ của đảng viên không đồng đều là những trở ngại "
    "mà chi ủy phải tính đến.",
    "Phần lớn đảng viên còn trẻ, nhiệt tình nhưng kinh nghiệm công tác đảng chưa nhiều.",
    "Nhiều đảng viên vừa giữ chức vụ chuyên môn vừa kiêm nhiệm công tác đoàn thể, thời gian "
    "dành cho sinh hoạt đảng eo hẹp.",
    "Từ năm {start}, {short} xác định phải đổi mới cách làm để nâng cao năng lực lãnh đạo và "
    "sức chiến đấu.",
    "Cấp ủy cấp trên chọn {short} làm điểm để rút kinh nghiệm, nhân rộng ra các tổ chức đảng khác.",
    "Khi mới kiện toàn, chi ủy gặp không ít lúng túng trong việc chọn nội dung và điều hành "
    "buổi sinh hoạt.",
    "Đồng chí {leader}, bí thư {short}, cho rằng muốn tổ chức đảng mạnh thì trước hết phải "
    "làm tốt những việc thường ngày.",
)
INTRO_MEMBERS = (
    "Hiện {short} có {members} đảng viên{groups}, trong đó khoảng {pct_young}% dưới 35 tuổi.",
    "{Short} có {members} đảng viên{groups}; nhiều người đã gắn bó với đơn vị trên mười năm.",
)
INTRO_NO_MEMBERS = (
    "Bài viết gốc không nêu số đảng viên chính xác, chỉ cho biết {short} có {members_note} "
    "đảng viên.",
    "Theo bài viết gốc, {short} có {members_note} đảng viên; con số chính xác không được nêu.",
)
METHOD_INTRO = (
    "{Period_cap}, {short} tập trung vào {count_word} nhóm việc: {practice_list}.",
    "Để khắc phục những hạn chế đó, chi ủy thống nhất chọn {count_word} khâu đột phá: "
    "{practice_list}.",
    "Cách làm của {short} không có gì cầu kỳ, chủ yếu là làm đến nơi đến chốn {count_word} "
    "việc: {practice_list}.",
    "Chi ủy xây dựng chương trình công tác xoay quanh {count_word} nội dung là {practice_list}.",
)
PRACTICE_LEADS = (
    "Về {practice}, ",
    "Với {practice}, ",
    "Ở khâu {practice}, ",
    "Đối với {practice}, ",
)
# Sentences that cite a document: {cite} is a checked citation phrasing.
CITE_METHOD = (
    "Cách làm này bám sát {cite}.",
    "{Short} quán triệt {cite} đến từng đảng viên rồi cụ thể hóa thành việc làm trong chương "
    "trình công tác năm.",
    "Căn cứ {cite}, chi ủy xây dựng cách thực hiện sát với nhiệm vụ chính trị của đơn vị.",
    "Những nội dung trên được triển khai theo tinh thần {cite}.",
    "Chi ủy đối chiếu với {cite} để rà soát, điều chỉnh cách làm cho đúng quy trình.",
    "{cite} được {short} đưa vào nội dung sinh hoạt ngay từ đầu giai đoạn.",
    "Thực hiện {cite}, {short} phân công chi ủy viên phụ trách từng phần việc.",
    "Việc làm này cũng là cách {short} thực hiện {cite} một cách thực chất, không hình thức.",
)
CITE_CONTEXT = (
    "{Short} đặt ra yêu cầu đổi mới để thực hiện {cite}.",
    "Văn bản được {short} lấy làm căn cứ xuyên suốt là {cite}.",
    "Chi ủy xác định việc thực hiện {cite} là nhiệm vụ thường xuyên, không phải việc theo đợt.",
)
CITE_AGAIN = (
    "Kinh nghiệm của {short} cho thấy tinh thần {cite} chỉ đi vào cuộc sống khi được cụ thể "
    "hóa thành việc làm của từng người.",
    "Khi vận dụng {cite}, điều quan trọng là chọn đúng việc phù hợp với quy mô của đơn vị.",
)
RESULTS = (
    "Từ năm {start} đến nay, {short} liên tục được xếp loại hoàn thành tốt nhiệm vụ trở lên, "
    "trong đó có {k_excellent} năm hoàn thành xuất sắc nhiệm vụ.",
    "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên {pct}%; không có đảng "
    "viên vi phạm kỷ luật.",
    "Chất lượng sinh hoạt được nâng lên rõ rệt: nội dung sát thực tế hơn, số ý kiến phát biểu "
    "trong mỗi buổi tăng, không khí dân chủ, cởi mở.",
    "Nhiệm vụ chuyên môn của đơn vị hoàn thành đúng tiến độ; nhiều chỉ tiêu vượt mức cấp trên "
    "giao.",
    "Đoàn kết nội bộ được giữ vững, không có đơn thư khiếu nại, tố cáo liên quan đến đảng viên "
    "của {short}.",
    "Cách làm của {short} được cấp ủy cấp trên đánh giá cao và giới thiệu để các tổ chức đảng "
    "khác tham khảo.",
)
AWARDS_TEXT = (
    "Ghi nhận những kết quả đó, {short} được tặng {awards}.",
    "Tập thể {short} đã nhận {awards}.",
)
NO_AWARDS_TEXT = (
    "Bài viết gốc không nêu hình thức khen thưởng cụ thể dành cho {short}.",
    "Dù chưa nhận khen thưởng cấp cao, {short} được đảng viên và quần chúng tin tưởng.",
)
LIMITS = (
    "Bên cạnh kết quả đạt được, {short} tự nhận việc giám sát còn chưa thường xuyên, một số "
    "đảng viên chưa mạnh dạn phê bình.",
    "Chi ủy cũng thừa nhận có buổi sinh hoạt còn kéo dài, nội dung chuyên môn lấn át nội dung "
    "xây dựng Đảng.",
    "Việc ứng dụng công nghệ thông tin trong quản lý đảng viên mới ở bước đầu, cần tiếp tục "
    "hoàn thiện.",
)
LESSON_INTRO = (
    "Từ thực tiễn của {short}, có thể rút ra một số bài học.",
    "Cách làm của {short} để lại mấy bài học đáng chú ý.",
    "Nhìn lại {period_text}, chi ủy tự rút ra những kinh nghiệm sau.",
)
ORDINALS = ("Một là", "Hai là", "Ba là", "Bốn là", "Năm là")
REFLECTIONS = (
    "Vai trò của bí thư và chi ủy là yếu tố quyết định; khi người đứng đầu gương mẫu thì đảng "
    "viên làm theo.",
    "Mọi cách làm cần được duy trì bền bỉ, gắn với nhiệm vụ chính trị của đơn vị, tránh làm "
    "theo phong trào.",
    "Cần phát huy dân chủ, để mỗi đảng viên thấy ý kiến của mình được lắng nghe và được trả lời.",
    "Việc đôn đốc, kiểm tra sau mỗi nghị quyết quan trọng không kém việc ra nghị quyết.",
    "Cách làm phù hợp với quy mô {size} của {short}, có thể vận dụng ở các tổ chức đảng có điều "
    "kiện tương tự.",
)
EXTRA_METHODS = (
    "Chi ủy định kỳ đánh giá lại cách làm sau mỗi sáu tháng để điều chỉnh những điểm chưa phù hợp.",
    "Các tổ đảng được giao quyền chủ động hơn trong việc đề xuất nội dung sinh hoạt.",
    "Sổ ghi nghị quyết và biên bản được lưu giữ cẩn thận, thuận tiện cho cấp trên theo dõi.",
    "{Short} phối hợp chặt chẽ với chính quyền và các đoàn thể để mọi việc được triển khai "
    "đồng bộ.",
    "Mỗi đảng viên được khuyến khích đề xuất sáng kiến, và sáng kiến hay được biểu dương ngay "
    "trong kỳ sinh hoạt.",
    "Các buổi sinh hoạt được bố trí vào cuối giờ chiều để không ảnh hưởng đến công việc chuyên "
    "môn.",
    "Chi ủy lập sổ tay theo dõi việc thực hiện nhiệm vụ của từng đảng viên, cập nhật hằng tháng.",
    "Những kinh nghiệm hay được {short} trao đổi với các tổ chức đảng bạn để cùng học hỏi.",
    "Ngoài giờ làm việc, {short} duy trì hoạt động văn nghệ, thể thao để tăng sự gắn bó giữa "
    "đảng viên và quần chúng.",
    "Với đảng viên cao tuổi, sức khỏe yếu, chi ủy cử người đến thăm và phổ biến nội dung sinh "
    "hoạt tại nhà.",
)
EXTRA_RESULTS = (
    "Đảng viên chủ động hơn trong công việc, ít phải nhắc nhở.",
    "Quan hệ giữa đảng viên và quần chúng gần gũi hơn, nhiều ý kiến đóng góp được tiếp thu.",
    "Nhiều đảng viên trẻ trưởng thành, được giao đảm nhận những vị trí quan trọng hơn.",
    "Nền nếp làm việc của cơ quan, đơn vị chuyển biến tích cực sau mỗi năm.",
)
SOURCE_NOTES = (
    "Bài mô hình này là dữ liệu tổng hợp, được sinh tự động để kiểm thử và đo hiệu năng; tên "
    "đơn vị, con số và bài nguồn đều là giả định.",
    "Đây là bài mô hình tổng hợp dùng để kiểm thử: đơn vị, con số và bài nguồn không có thật.",
)
SOURCE_TEXT = (
    "Bài nguồn giả định: «{source_title}»{by}{outlet}, đăng ngày {source_date}.",
    "Nội dung được viết theo bài giả định «{source_title}»{by}{outlet}, đăng ngày {source_date}.",
)
SOURCE_TITLES = (
    "{unit} nâng cao hiệu quả {practice}",
    "{unit}: điểm sáng về {practice}",
    "Kinh nghiệm {practice} ở {unit_lc}",
    "Hiệu quả từ cách làm của {unit}",
    "{unit} đổi mới {practice}",
)
SPECIAL_TOPICS = (
    "đạo đức công vụ",
    "phong cách làm việc khoa học",
    "chuyển đổi số trong công tác đảng",
    "thực hành tiết kiệm, chống lãng phí",
    "văn hóa ứng xử nơi công sở",
    "trách nhiệm của đảng viên với gia đình và khu dân cư",
    "giữ gìn bí mật nội bộ",
    "phòng, chống tham nhũng, tiêu cực",
)
COUNT_WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm"}

# --- Registry: which documents can be cited, and how ----------------------------------------

# Type words as readers write them, from the index's vocabulary (the Statute, laws and
# "other" are cited by name, not by a type word and a number).
KIND_WORDS = {k: v for k, v in KINDS.items() if k not in ("dieu-le", "luat", "other")}


@dataclass(frozen=True)
class Vocabulary:
    """What the real docs tree offers: sectors, practices, citable documents."""

    sectors: tuple[str, ...]
    practices: tuple[Practice, ...]
    regulations: tuple[Regulation, ...]
    forms: Mapping[str, tuple[str, ...]]
    """Registry id → citation phrasings that resolve to exactly that document (documents
    with no such phrasing are absent and never cited)."""


def candidate_forms(reg: Regulation) -> list[str]:
    """Ways to cite `reg` in running text: aliases, number and symbol, with the registry's
    date and issuer. Not all survive `usable_form`."""
    forms = list(reg.aliases)
    word = KIND_WORDS.get(reg.kind)
    if not (word and reg.number and reg.symbol):
        return forms
    sep = "/" if "-" in reg.symbol and "/" not in reg.symbol else "-"
    base = f"{word} số {reg.number}{sep}{reg.symbol}"
    dated = [base]
    if reg.date:
        d = reg.date
        dated += [
            f"{base} ngày {d.day}/{d.month}/{d.year}",
            f"{base} ngày {d:%d/%m/%Y}",
            f"{base} ngày {d.day} tháng {d.month} năm {d.year}",
        ]
    forms += dated + [f"{word} {reg.number}{sep}{reg.symbol}"]
    issuer = re.sub(r"\s*\([^)]*\)\s*$", "", reg.issuer or "")
    if issuer:
        forms += [f"{form} của {issuer}" for form in dated[:2]]
    prefix = f"{word} về "
    if reg.title.startswith(prefix) and len(reg.title) < 160:
        topic = reg.title[len(prefix) :]
        forms += [f"{form} về {topic}" for form in dated[:2]]
    return forms


def usable_form(form: str, reg: Regulation, registry: Sequence[Regulation]) -> bool:
    """Whether `form` holds exactly one citation, at its start, that the build resolves to
    `reg` alone, with no date or the registry's date."""
    cites = list(find_citations(form))
    if len(cites) != 1 or cites[0].start != 0:
        return False
    cite = cites[0]
    if resolve(cite, form, registry) != (reg.id,):
        return False
    return cite.date is None or cite.date == reg.date


def load_vocabulary(docs: Path) -> Vocabulary:
    """Read the real practices and registry (not the real cases) and check every
    citation phrasing. Raises `SourceError` when the tree has problems."""
    files = [(kind, rel, path.read_bytes()) for kind, rel, path in discover(docs)]
    corpus = load_files(f for f in files if f[0] != "case")
    if corpus.problems:
        shown = "\n".join(p.format() for p in corpus.problems[:10])
        raise SourceError(f"thư mục nguồn {docs} có lỗi nội dung:\n{shown}")
    regs = tuple(sorted(corpus.regulations, key=lambda r: r.id))
    forms: dict[str, tuple[str, ...]] = {}
    for reg in regs:
        usable = [f for f in dict.fromkeys(candidate_forms(reg)) if usable_form(f, reg, regs)]
        if usable:
            forms[reg.id] = tuple(usable)
    practices = tuple(sorted(corpus.practices, key=lambda p: p.key))
    if not practices:
        raise SourceError(f"thư mục nguồn {docs} không có trang cách làm nào (practices/*.md)")
    return Vocabulary(tuple(sorted(corpus.sectors)), practices, regs, forms)


def is_central(reg: Regulation) -> bool:
    """Documents any unit may cite: the Statute and Central documents (symbol …TW)."""
    return reg.kind == "dieu-le" or bool(reg.symbol and reg.symbol.endswith("TW"))


# --- Random helpers -------------------------------------------------------------------------


class Bag(Generic[T]):
    """Draw without replacement, refilling when empty: every value appears once per round,
    so even a small corpus covers the whole vocabulary."""

    def __init__(self, items: Sequence[T], rng: random.Random) -> None:
        self._items = list(items)
        self._rng = rng
        self._pool: list[T] = []

    def draw(self) -> T:
        """The next value of the current round."""
        if not self._pool:
            self._pool = self._items[:]
            self._rng.shuffle(self._pool)
        return self._pool.pop()


def _weighted(rng: random.Random, choices: Sequence[tuple[T, int]]) -> T:
    values = [v for v, _ in choices]
    return rng.choices(values, weights=[w for _, w in choices])[0]


def _thousands(value: int) -> str:
    """1250 → '1.250', the Vietnamese way."""
    return f"{value:,}".replace(",", ".")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join_vi(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " và " + items[-1]


def _place(rng: random.Random) -> str:
    first = rng.choice(_PLACE_FIRST)
    second = rng.choice([s for s in _PLACE_SECOND if s != first])
    return f"{first} {second}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE_NAMES)} {rng.choice(_GIVEN_NAMES)}"


# --- One case -------------------------------------------------------------------------------


@dataclass
class _Bags:
    sectors: Bag[str]
    practices: Bag[Practice]
    provinces: Bag[str]
    levels: Bag[str | None]
    awards: Bag[str | None]


@dataclass(frozen=True)
class _Award:
    title: str
    issuer: str | None
    year: int | None
    level: str | None


@dataclass
class _Section:
    heading: str
    paragraphs: list[list[tuple[str, bool]]]  # (sentence, may be dropped to fit the budget)


def _words(sections: Iterable[_Section]) -> int:
    return sum(
        len(s.heading.split()) + 1 + sum(len(t.split()) for p in s.paragraphs for t, _ in p)
        for s in sections
    )


class _CaseWriter:
    """Draws one case from the shared random stream and renders its file."""

    MIN_WORDS, MAX_WORDS = 420, 690

    # Set by `draw`, in this order.
    sector: str
    province: str | None
    level: str | None
    start: int
    end: int
    period: str
    names: dict[str, str]
    unit: str
    parent: str | None
    district: str | None
    short: str
    members: int | None
    members_note: str | None
    party_groups: int | None
    practices: list[Practice]
    source_date: dt.date
    regulations: list[Regulation]
    awards: list[_Award]
    lessons: list[tuple[str, str, str]]
    fields: dict[str, str]
    title: str
    source: dict[str, str | None]

    def __init__(self, number: int, rng: random.Random, vocab: Vocabulary, bags: _Bags) -> None:
        self.number = number
        self.rng = rng
        self.vocab = vocab
        self.bags = bags

    # Front-matter ---------------------------------------------------------------------

    def draw(self) -> tuple[str, str]:
        """(slug, file text) of the case."""
        rng = self.rng
        self.sector = self.bags.sectors.draw()
        province = self.bags.provinces.draw()
        self.province = None if rng.random() < 0.03 else province
        self.level = self.bags.levels.draw()
        self.start = rng.randint(2010, 2025)
        self.end = min(2025, self.start + rng.choice((0, 0, 1, 2, 3, 4, 5)))
        self.period = str(self.start) if self.start == self.end else f"{self.start}-{self.end}"
        self._unit()
        self._members()
        self.practices = self._practices()
        self.source_date = self._source_date()
        self.regulations = self._regulations()
        award_count = _weighted(rng, ((0, 25), (1, 40), (2, 25), (3, 10)))
        self.awards = [self._award() for _ in range(award_count)]
        self.lessons = self._lessons()
        self.fields = self._fields()
        self.title = self._title()
        self.source = self._source()
        body = self._body()
        stem = slugify(self.unit)
        if len(stem) > 48:  # cut at a word boundary
            stem = stem[:49].rsplit("-", 1)[0]
        slug = f"{stem}-{self.number:05d}"
        return slug, self._front_matter() + body

    def _unit(self) -> None:
        rng = self.rng
        kind = LEVELS[self.level][1] or rng.choice(("chi", "dang"))
        table = UNITS.get(self.sector) or UNITS["khac"]
        unit, parent = rng.choice(table[kind])
        district = _place(rng)
        city = self.province in CITIES
        self.names = {
            "place": _place(rng),
            "place2": _place(rng),
            "district": district,
            "huyen": f"{'quận' if city else 'huyện'} {district}",
            "tinh": (
                f"{'thành phố' if city else 'tỉnh'} {self.province}" if self.province else "tỉnh"
            ),
            "village": (
                "ấp" if self.province in SOUTH else "bản" if self.province in HIGHLANDS else "thôn"
            ),
            "n": str(rng.randint(1, 9)),
            "m": str(rng.randint(1, 9)),
        }
        self.unit = unit.format_map(self.names)
        self.parent = parent.format_map(self.names) if parent and rng.random() > 0.05 else None
        named = district in self.unit or district in (self.parent or "")
        self.district = district if named or rng.random() > 0.3 else None
        self.short = "chi bộ" if self.unit.startswith("Chi bộ") else "đảng bộ"

    def _members(self) -> None:
        rng = self.rng
        low, high = LEVELS[self.level][2]
        # Skewed towards small units, as real ones are.
        members = int(low + (high - low) * rng.random() ** 2)
        self.members = members
        self.members_note = None
        if rng.random() < 0.08:
            self.members = None
            step = 100 if members >= 1000 else 10 if members >= 50 else 5
            rounded = max(step, members // step * step)
            self.members_note = f"{rng.choice(('hơn', 'gần', 'khoảng', 'trên'))} " + _thousands(
                rounded
            )
        self.party_groups = None
        if self.short == "chi bộ" and members >= 12 and rng.random() < 0.6:
            self.party_groups = min(12, max(2, members // 8))

    def _practices(self) -> list[Practice]:
        count = _weighted(self.rng, ((2, 3), (3, 4), (4, 3), (5, 2)))
        count = min(count, len(self.vocab.practices))
        chosen: list[Practice] = []
        while len(chosen) < count:
            practice = self.bags.practices.draw()
            if practice not in chosen:
                chosen.append(practice)
        return chosen

    def _source_date(self) -> dt.date:
        year = min(2025, self.end + self.rng.choice((0, 0, 1)))
        return dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _regulations(self) -> list[Regulation]:
        """Documents fit for this case: citable, issued before the source article, central
        or local to the case's province (and, for police documents, to police units)."""
        rng = self.rng
        by_id = {r.id: r for r in self.vocab.regulations}

        def fits(reg: Regulation) -> bool:
            if reg.id not in self.vocab.forms or (reg.date and reg.date > self.source_date):
                return False
            successor = by_id.get(reg.replaced_by or "")
            if successor and successor.date and successor.date <= self.source_date:
                return False  # an article does not apply a document already replaced
            if is_central(reg):
                return True
            issuer = reg.issuer or ""
            local = bool(self.province) and f"{self.province}" in issuer
            return local and ("Công an" not in issuer or self.sector == "cong-an")

        linked = [r for p in self.practices for r in p.regulations]
        pool = [by_id[i] for i in dict.fromkeys(linked) if i in by_id and fits(by_id[i])]
        others = [r for r in self.vocab.regulations if fits(r) and r not in pool]
        count = _weighted(rng, ((0, 8), (1, 35), (2, 35), (3, 17), (4, 5)))
        chosen = rng.sample(pool, min(count, len(pool)))
        if others and (rng.random() < 0.2 or len(chosen) < count):
            chosen.append(rng.choice(others))
        return chosen

    def _award(self) -> _Award:
        rng = self.rng
        level = self.bags.awards.draw()
        year = rng.randint(self.start, self.end) if rng.random() > 0.1 else None
        province = self.province
        city = province in CITIES
        committee = f"{'Thành ủy' if city else 'Tỉnh ủy'} {province}" if province else "Tỉnh ủy"
        district = self.district or self.names["district"]
        options: tuple[tuple[str, str | None], ...]
        if level == "trung-uong":
            options = (
                ("Huân chương Lao động hạng Ba", "Chủ tịch nước"),
                ("Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
                ("Cờ thi đua của Chính phủ", "Chính phủ"),
            )
        elif level == "bo-nganh":
            ministry = MINISTRY.get(self.sector, "Bộ Nội vụ")
            options = ((f"Bằng khen của {ministry}", ministry),)
        elif level == "tinh":
            people = f"Ủy ban nhân dân {self.names['tinh']}"
            options = (
                (f"Bằng khen của Ban Thường vụ {committee}", f"Ban Thường vụ {committee}"),
                (f"Cờ thi đua của {people}", people),
            )
        elif level == "huyen":
            body = f"{'Quận ủy' if city else 'Huyện ủy'} {district}"
            options = (
                (f"Giấy khen của Ban Thường vụ {body}", f"Ban Thường vụ {body}"),
                ("Giấy khen tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu", body),
            )
        elif level == "co-so":
            options = (("Giấy khen hoàn thành xuất sắc nhiệm vụ", self.parent),)
        else:
            options = (
                ("Giấy khen chi bộ trong sạch, vững mạnh", None),
                ("Danh hiệu tổ chức đảng hoàn thành xuất sắc nhiệm vụ", None),
            )
        title, issuer = rng.choice(options)
        return _Award(title, issuer, year, level)

    def _lessons(self) -> list[tuple[str, str, str]]:
        """(id, practice key, text) for one to four lessons, ids unique in the case."""
        rng = self.rng
        pool: list[tuple[str, str, str]] = []
        for p in self.practices:
            known = LESSONS.get(p.key)
            if known:
                pool += [(ident, p.key, text) for ident, text in known]
            else:
                text = f"Cách làm «{p.name}» cần được duy trì đều đặn, gắn với nhiệm vụ đơn vị."
                pool.append((f"{p.key}-duy-tri", p.key, text))
        chosen = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
        seen: set[str] = set()
        lessons = []
        for ident, key, text in chosen:
            while ident in seen:  # only if two practices share a fallback id
                ident += "-2"
            seen.add(ident)
            lessons.append((ident, key, text))
        return lessons

    def _fields(self) -> dict[str, str]:
        rng = self.rng
        members = self.members
        where = [
            self.names["huyen"] if self.district else "",
            self.names["tinh"] if self.province else "",
        ]
        period_text = (
            f"năm {self.start}"
            if self.start == self.end
            else f"từ năm {self.start} đến năm {self.end}"
        )
        term = next((t for y, t in reversed(TERMS) if y <= self.end), TERMS[0][1])
        topics = rng.sample(SPECIAL_TOPICS, 2)
        size = members if members is not None else 100
        fields = {
            "short": self.short,
            "Short": _upper_first(self.short),
            "unit": self.unit,
            "leader": _person(rng),
            "start": str(self.start),
            "period_text": period_text,
            "Period_cap": _upper_first(period_text),
            "term": term,
            "where": ", ".join(w for w in where if w) or "một địa phương bài viết gốc không nêu",
            "members": _thousands(members) if members is not None else "",
            "members_note": self.members_note or "",
            "groups": f", sinh hoạt ở {self.party_groups} tổ đảng" if self.party_groups else "",
            "pct_young": str(rng.randint(15, 60)),
            "pct": str(rng.randint(85, 98)),
            "pct_attend": str(rng.randint(90, 99)),
            "day": str(rng.randint(3, 25)),
            "k_days": str(rng.randint(2, 5)),
            "minutes": str(rng.choice((5, 10, 15))),
            "k_checked": str(rng.randint(2, 6)),
            "k_watched": str(rng.randint(1, 4)),
            "k_new": str(rng.randint(1, 12)),
            "k_households": str(rng.randint(5, 20)),
            "k_excellent": str(rng.randint(1, self.end - self.start + 1)),
            "topic_a": topics[0],
            "topic_b": topics[1],
            "workplace": WORKPLACE.get(self.sector, "trụ sở cơ quan"),
            "recruits": RECRUITS.get(self.sector, "quần chúng trẻ trong đơn vị"),
            "size": "nhỏ" if size < 30 else "vừa" if size < 300 else "lớn",
            "count_word": COUNT_WORDS.get(len(self.practices), str(len(self.practices))),
            "practice_list": _join_vi([_lower_first(p.name) for p in self.practices]),
        }
        return fields

    def _title(self) -> str:
        main = self.practices[0]
        pool = HEADLINES.get(main.key, ()) + GENERIC_HEADLINES[: 1 + self.rng.randint(0, 3)]
        return f"{self.unit}: {self.rng.choice(pool)}"

    def _source(self) -> dict[str, str | None]:
        rng = self.rng
        outlets = ["Bản tin Sinh hoạt chi bộ", "Trang thông tin Xây dựng Đảng"]
        if self.district:
            outlets.append(f"Trang thông tin điện tử Huyện ủy {self.district}")
        if self.parent:
            outlets.append(f"Bản tin {self.parent}")
        practice = _lower_first(self.practices[0].name)
        title = rng.choice(SOURCE_TITLES).format(
            unit=self.unit, unit_lc=_lower_first(self.unit), practice=practice
        )
        return {
            "title": title,
            "outlet": rng.choice(outlets) if rng.random() > 0.15 else None,
            "date": self.source_date.isoformat(),
            "author": _person(rng) if rng.random() > 0.2 else None,
        }

    # Body -----------------------------------------------------------------------------

    def _say(self, template: str, **extra: str) -> str:
        return template.format_map({**self.fields, **extra} if extra else self.fields)

    def _cite(self, reg: Regulation) -> str:
        forms = self.vocab.forms[reg.id]
        if len(self.regulations) > 2:  # keep long phrasings (with the title) for short lists
            forms = tuple(f for f in forms if len(f) <= 90) or forms
        return self.rng.choice(forms)

    def _body(self) -> str:
        rng = self.rng
        say = self._say
        # Each document is cited once, in the paragraph of the first practice it belongs to,
        # else in the background section.
        placed: set[str] = set()
        practice_regs: dict[str, list[Regulation]] = {}
        for p in self.practices:
            own = [r for r in self.regulations if r.id in p.regulations and r.id not in placed]
            practice_regs[p.key] = own
            placed.update(r.id for r in own)
        context_regs = [r for r in self.regulations if r.id not in placed]

        # Bối cảnh
        level_text = LEVELS[self.level][3]
        if self.parent and self.level == "chi-bo-truc-thuoc":
            level_text = f"chi bộ trực thuộc {self.parent}"
        elif self.parent:
            level_text += f" trực thuộc {self.parent}"
        opening = f"{self.unit} là {level_text}, ở {self.fields['where']}."
        members = rng.choice(INTRO_MEMBERS if self.members is not None else INTRO_NO_MEMBERS)
        first = [(opening, False), (say(members), False)]
        contexts = rng.sample(CONTEXT, 2)
        second = [
            (say(SECTOR_CONTEXT.get(self.sector, CONTEXT[1])), True),
            (say(contexts[0]), True),
            (say(contexts[1]), True),
        ]
        for reg in context_regs:
            second.append((say(rng.choice(CITE_CONTEXT), cite=self._cite(reg)), False))
        background = _Section("Bối cảnh", [first, second])

        # Cách làm
        method = _Section("Cách làm", [[(say(rng.choice(METHOD_INTRO)), False)]])
        per_practice = {2: 3, 3: 3}.get(len(self.practices), 2)
        for p in self.practices:
            pool = METHODS.get(p.key, GENERIC_METHODS)
            name = _lower_first(p.name)
            picked = rng.sample(pool, min(per_practice, len(pool)))
            sentences = [say(t, practice=name) for t in picked]
            lead = say(rng.choice(PRACTICE_LEADS), practice=name)
            paragraph = [(lead + _lower_first(sentences[0]), False)]
            paragraph += [(s, True) for s in sentences[1:]]
            for reg in practice_regs[p.key]:
                paragraph.append((say(rng.choice(CITE_METHOD), cite=self._cite(reg)), False))
            method.paragraphs.append(paragraph)
        extras_method: list[tuple[str, bool]] = []
        method.paragraphs.append(extras_method)

        # Kết quả
        results = rng.sample(RESULTS, 3)
        sector_result = SECTOR_RESULT.get(self.sector, results[2])
        outcome = [(say(results[0]), False), (say(sector_result), True), (say(results[1]), True)]
        if self.awards:
            listed = _join_vi([f"{a.title} ({a.year})" if a.year else a.title for a in self.awards])
            honours = [(say(rng.choice(AWARDS_TEXT), awards=_lower_first(listed)), False)]
        else:
            honours = [(say(rng.choice(NO_AWARDS_TEXT)), False)]
        honours.append((say(rng.choice(LIMITS)), True))
        result = _Section("Kết quả", [outcome, honours])

        # Bài học kinh nghiệm
        lessons: list[list[tuple[str, bool]]] = [[(say(rng.choice(LESSON_INTRO)), False)]]
        for i, (_, _, text) in enumerate(self.lessons):
            lessons.append([(f"{ORDINALS[i]}, {_lower_first(text)}", False)])
        closing = [(say(t), True) for t in rng.sample(REFLECTIONS, 2)]
        if self.regulations and rng.random() < 0.15:
            again = rng.choice(self.regulations)
            closing.append((say(rng.choice(CITE_AGAIN), cite=self._cite(again)), False))
        lessons.append(closing)
        lesson_section = _Section("Bài học kinh nghiệm", lessons)

        # Nguồn
        src = self.source
        by = f" của {src['author']}" if src["author"] else ""
        outlet = f", {src['outlet']}" if src["outlet"] else ""
        d = self.source_date
        source_line = say(
            rng.choice(SOURCE_TEXT),
            source_title=str(src["title"]),
            by=by,
            outlet=outlet,
            source_date=f"{d:%d/%m/%Y}",
        )
        notice = say(rng.choice(SOURCE_NOTES))
        source = _Section("Nguồn", [[(notice, False), (source_line, False)]])

        sections = [background, method, result, lesson_section, source]
        self._fit(sections, extras_method, outcome)
        out = []
        for section in sections:
            out.append(f"## {section.heading}")
            out += [" ".join(t for t, _ in p) for p in section.paragraphs if p]
        return "\n\n".join(out) + "\n"

    def _fit(
        self,
        sections: list[_Section],
        extras_method: list[tuple[str, bool]],
        outcome: list[tuple[str, bool]],
    ) -> None:
        """Trim random optional sentences, or add extra ones, to bring the body near a
        random target between MIN_WORDS and MAX_WORDS."""
        rng = self.rng
        target = rng.randint(self.MIN_WORDS + 20, self.MAX_WORDS - 50)
        words = _words(sections)
        optional = [(p, t) for s in sections for p in s.paragraphs for t in p if t[1]]
        rng.shuffle(optional)
        while words > target and optional:
            paragraph, sentence = optional.pop()
            paragraph.remove(sentence)
            words -= len(sentence[0].split())
        extras = [(extras_method, self._say(t)) for t in rng.sample(EXTRA_METHODS, 4)]
        extras += [(outcome, self._say(t)) for t in rng.sample(EXTRA_RESULTS, 2)]
        rng.shuffle(extras)
        while words < target and extras:
            paragraph, text = extras.pop()
            paragraph.append((text, True))
            words += len(text.split())

    # Serialisation --------------------------------------------------------------------

    def _front_matter(self) -> str:
        q = _yaml_str
        lines = [
            "---",
            f"title: {q(self.title)}",
            f"unit: {q(self.unit)}",
            f"unit_level: {self.level or 'null'}",
            f"parent: {q(self.parent)}",
            f"sector: {self.sector}",
            f"province: {q(self.province)}",
            f"district: {q(self.district)}",
            f"members: {self.members if self.members is not None else 'null'}",
            f"members_note: {q(self.members_note)}",
            f"party_groups: {self.party_groups if self.party_groups is not None else 'null'}",
            f"period: {q(self.period)}",
        ]
        if self.awards:
            lines.append("awards:")
            for a in self.awards:
                lines += [
                    f"  - title: {q(a.title)}",
                    f"    issuer: {q(a.issuer)}",
                    f"    year: {a.year if a.year is not None else 'null'}",
                    f"    level: {a.level or 'null'}",
                ]
        else:
            lines.append("awards: []")
        lines.append("practices:")
        lines += [f"  - {p.key}" for p in self.practices]
        if self.regulations:
            lines.append("regulations:")
            lines += [f"  - {r.id}" for r in self.regulations]
        else:
            lines.append("regulations: []")
        lines.append("lessons:")
        for ident, key, text in self.lessons:
            lines += [f"  - id: {ident}", f"    practice: {key}", f"    text: {q(text)}"]
        src = self.source
        lines += [
            "source:",
            f"  title: {q(src['title'])}",
            f"  outlet: {q(src['outlet'])}",
            f"  date: '{src['date']}'",
            f"  author: {q(src['author'])}",
            "  url: null",
        ]
        published = PUBLISHED_BASE + dt.timedelta(days=(self.number * 7) % 360)
        lines += [f"published: '{published.isoformat()}'", "---", "", ""]
        return "\n".join(lines)


def _yaml_str(value: str | None) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML), or null."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


# --- The site around the cases --------------------------------------------------------------

_NAV_ITEM = re.compile(r"^\s*-\s*(?:[^:#]+:\s*)?[\"']?([^\s\"':#]+\.md)[\"']?\s*$")


def mkdocs_config(text: str, docs: Path, source_docs: Path) -> str:
    """The real mkdocs.yml adapted to a synthetic site in `docs`: `docs_dir: docs`, site name
    suffixed " (tổng hợp)", and nav entries dropped when their page is a real file of
    `source_docs` missing from `docs` (a real case study). Entries for pages the plugin
    generates at build time are kept. Everything else (plugins, theme, extensions, YAML
    tags) is kept verbatim."""
    out: list[str] = []
    in_nav = False
    for line in text.splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            in_nav = line.split(":", 1)[0].strip() == "nav"
        if line.startswith("site_name:"):
            name = yaml.safe_load(line)["site_name"]
            out += [f"site_name: {_yaml_str(f'{name} (tổng hợp)')}", "docs_dir: docs"]
            continue
        if line.startswith("docs_dir:"):
            continue
        match = _NAV_ITEM.match(line) if in_nav else None
        if match and (source_docs / match[1]).is_file() and not (docs / match[1]).is_file():
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def _copy_tree(source_root: Path, out: Path) -> None:
    """Copy the real docs tree except the real case studies, and any theme custom_dir."""
    docs = source_root / "docs"
    shutil.copytree(docs, out / "docs", ignore=_ignore_models(docs))
    config = (source_root / "mkdocs.yml").read_text(encoding="utf-8")
    for match in re.finditer(r"^\s*custom_dir:\s*[\"']?([^\s\"'#]+)", config, re.M):
        extra = source_root / match[1]
        if extra.is_dir() and not (out / match[1]).exists():
            shutil.copytree(extra, out / match[1])


def _ignore_models(docs: Path) -> Callable[[str, list[str]], set[str]]:
    def ignore(directory: str, names: list[str]) -> set[str]:
        if Path(directory) == docs:
            # Course packs name real cases, which a synthetic corpus does not have.
            return {"models", "courses"} & set(names)
        return {n for n in names if n == "__pycache__"}

    return ignore


def _prepare(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise SynthError(f"«{out}» đã tồn tại và không phải là thư mục")
    taken = [p for p in (out / "mkdocs.yml", out / "docs") if p.exists()]
    if taken and not force:
        raise SynthError(
            f"«{out}» đã có {', '.join(p.name for p in taken)}; "
            "hãy chọn thư mục khác hoặc thêm --force để ghi đè"
        )
    for path in taken:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    out.mkdir(parents=True, exist_ok=True)


def generate(
    count: int, out: Path, seed: int = 0, *, force: bool = False, source_root: Path = ROOT
) -> list[Path]:
    """Write a synthetic MkDocs project with `count` cases into `out`; return the case
    files written, in order. Same (count, seed, source tree) → byte-identical files.

    Raises `SynthError` for a bad count or an occupied `out` (unless `force`, which
    replaces `out/mkdocs.yml` and `out/docs` only) and `SourceError` when the real docs
    tree under `source_root` has problems.
    """
    if not 0 <= count <= MAX_COUNT:
        raise SynthError(f"số bài phải từ 0 đến {MAX_COUNT}, nhận được {count}")
    vocab = load_vocabulary(source_root / "docs")
    out = Path(out)
    _prepare(out, force)
    _copy_tree(source_root, out)
    config = (source_root / "mkdocs.yml").read_text(encoding="utf-8")
    adapted = mkdocs_config(config, out / "docs", source_root / "docs")
    (out / "mkdocs.yml").write_text(adapted, encoding="utf-8")
    models = out / "docs" / "models"
    models.mkdir(parents=True, exist_ok=True)

    rng = random.Random(seed)
    level_items = [lv for lv, (weight, *_) in LEVELS.items() for _ in range(weight)]
    bags = _Bags(
        sectors=Bag(vocab.sectors, rng),
        practices=Bag(vocab.practices, rng),
        provinces=Bag(PROVINCES, rng),
        levels=Bag(level_items, rng),
        awards=Bag(AWARD_LEVELS, rng),
    )
    written = []
    for number in range(1, count + 1):
        slug, text = _CaseWriter(number, rng, vocab, bags).draw()
        path = models / f"{slug}.md"
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


# --- Command line ---------------------------------------------------------------------------

USAGE = "python scripts/synth_corpus.py --count N --out THƯ_MỤC [--seed S] [--force]"

_ARGPARSE_VI = (
    ("the following arguments are required:", "thiếu tham số bắt buộc:"),
    ("unrecognized arguments:", "tham số không hợp lệ:"),
    ("expected one argument", "cần một giá trị"),
    ("ignored explicit argument", "không nhận giá trị"),
    ("argument", "tham số"),
)


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing English and exiting."""

    def error(self, message: str) -> NoReturn:
        for english, vietnamese in _ARGPARSE_VI:
            message = message.replace(english, vietnamese)
        raise _UsageError(message)


def _int_arg(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"«{text}» không phải số nguyên") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"phải từ {low} đến {high}, nhận được {value}")
        return value

    return parse


def _parser() -> _Parser:
    parser = _Parser(
        prog="synth_corpus.py",
        usage=USAGE,
        add_help=False,
        description="Sinh một bộ mô hình chi bộ tổng hợp (hợp lệ, tất định) để kiểm thử và "
        "đo hiệu năng: một dự án MkDocs đầy đủ trong THƯ_MỤC.",
    )
    group = parser.add_argument_group("tham số")
    group.add_argument(
        "--count", type=_int_arg(0, MAX_COUNT), metavar="N", help="số bài mô hình cần sinh"
    )
    group.add_argument(
        "--out", type=Path, metavar="THƯ_MỤC", help="thư mục đích (tạo mới nếu chưa có)"
    )
    group.add_argument(
        "--seed",
        type=_int_arg(0, 2**63 - 1),
        default=0,
        metavar="S",
        help="hạt giống ngẫu nhiên (mặc định 0)",
    )
    group.add_argument(
        "--force", action="store_true", help="ghi đè mkdocs.yml và docs/ có sẵn trong THƯ_MỤC"
    )
    group.add_argument("-h", "--help", action="help", help="in hướng dẫn này rồi thoát")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code (2 for user errors, 1 for a broken
    source tree). Messages are in Vietnamese, never a traceback."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.count is None or args.out is None:
            missing = [n for n, v in (("--count", args.count), ("--out", args.out)) if v is None]
            raise _UsageError(f"thiếu tham số bắt buộc: {', '.join(missing)}")
        written = generate(args.count, args.out, args.seed, force=args.force)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    except _UsageError as exc:
        print(f"synth_corpus: lỗi: {exc}\nCách dùng: {USAGE}", file=sys.stderr)
        return 2
    except SynthError as exc:
        print(f"synth_corpus: lỗi: {exc}", file=sys.stderr)
        return 2
    except SourceError as exc:
        print(f"synth_corpus: lỗi: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" «{exc.filename}»" if exc.filename else ""
        print(f"synth_corpus: lỗi đọc, ghi tệp{where}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Đã sinh {len(written)} bài mô hình trong {args.out / 'docs' / 'models'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
