"""Real public Vietnamese sentences for the issuer detector, kept apart from the
hand-written cases in test_xref.py that the detector was tuned on.

Found with the search tool (corpus `pages`) and annotated by hand BEFORE the detector
first ran on them: (source, text, [(citation as written, issuer key or None)]). The key is
the body that really issued the document when the text names it, however indirectly;
None when the text does not name it or names a local body (not compared by design).
Short excerpts, quoted for testing only.
"""

from __future__ import annotations

# None means the issuer is not stated next to the citation or is not a central body.
REAL_ISSUER_TEXT = [
    (
        "hethongphapluat.vn, Hướng dẫn 06-HD/UBKTTW",
        "Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương thi hành "
        "Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng;",
        [("Quy định số 30-QĐ/TW", "bch-tw"), ("Điều lệ Đảng", None)],
    ),
    (
        "hethongphapluat.vn, Hướng dẫn 06-HD/UBKTTW",
        "Căn cứ Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ "
        "chức đảng vi phạm;",
        [("Quy định số 07-QĐi/TW", "bo-chinh-tri")],
    ),
    (
        "danvan.vn",
        "Quy định số 109-QĐ/TW ngày 03/1/2018 của Ban Bí thư về công tác kiểm tra của tổ chức "
        "đảng đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên",
        [("Quy định số 109-QĐ/TW", "ban-bi-thu")],
    ),
    (
        "baohanam.com.vn",
        "Thay mặt Bộ Chính trị, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban "
        "Bí thư, vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về Chiến lược công tác "
        "kiểm tra, giám sát của Đảng đến năm 2030.",
        [("Kết luận số 34-KL/TW", "bo-chinh-tri")],
    ),
    (
        "hoanhap.vn",
        "Thay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành Chỉ thị số "
        "26-CT/TW ngày 23/11/2023 về việc tổ chức Tết Giáp Thìn năm 2024.",
        [("Chỉ thị số 26-CT/TW", "ban-bi-thu")],
    ),
    (
        "danguykhoicaccqvadn.namdinh.gov.vn",
        "Ngày 25-10-2021, Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khoá XIII đã ban "
        "hành Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị. "
        "Ngay sau đó, Ban Chấp hành Trung ương Đảng đã ban hành Quy định số 37-QĐ/TW về những "
        "điều đảng viên không được làm.",
        [("Kết luận số 21-KL/TW", "bch-tw"), ("Quy định số 37-QĐ/TW", "bch-tw")],
    ),
    (
        "quochoitv.vn",
        "về thực hiện Kết luận số 21, ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII về "
        "đẩy mạnh xây dựng, chỉnh đốn đảng và hệ thống chính trị; Quy định số 37, ngày 25/10/2021 "
        "của Ban Chấp hành Trung ương khóa XIII về những điều đảng viên không được làm.",
        [("Kết luận số 21", "bch-tw"), ("Quy định số 37", "bch-tw")],
    ),
    (
        "baobinhthuan.com.vn",
        "Hội nghị lần thứ 5, Ban Chấp hành Trung ương Đảng - khóa XIII, đã ban hành Nghị quyết "
        "số 21 – NQ/TW (NQ21) về tăng cường củng cố, xây dựng tổ chức cơ sở đảng.",
        [("Nghị quyết số 21", "bch-tw")],
    ),
    (
        "tailieumienphi.vn",
        "Căn cứ vào Điều lệ Đảng được thông qua từ Đại hội đại biểu toàn quốc lần thứ XI của "
        "Đảng, Quy định số 29-QĐ/TW ngày 25/7/2016 của Bộ Chính trị về thi hành Điều lệ Đảng và "
        "các văn bản hiện hành",
        [("Quy định số 29-QĐ/TW", "bo-chinh-tri")],
    ),
    (
        "yenbai.gov.vn",
        "Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường "
        "sự lãnh đạo của các cấp ủy. Trong những năm qua, quán triệt và thực hiện Kết luận số "
        "100 - KL/TW ngày 18/8/2014 của Ban Bí thư “về việc đổi mới và nâng cao chất lượng công "
        "tác điều tra, nắm bắt, nghiên cứu dư luận xã hội”, Kế hoạch số 25-KH/TU ngày 30/11/2016 "
        "của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW của Ban Bí thư và Kết luận số "
        "111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy về “Tiếp tục đổi mới”.",
        [
            ("Chỉ thị số 17", None),
            ("Kết luận số 100 - KL/TW", "ban-bi-thu"),
            ("Kế hoạch số 25-KH/TU", None),
            ("Kết luận số 100-KL/TW", "ban-bi-thu"),
            ("Kết luận số 111-KL/TU", None),
        ],
    ),
    (
        "baoninhbinh.org.vn",
        "Tiếp tục đẩy mạnh thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị. Các cấp ủy đảng cũng tổ "
        "chức hội nghị sơ kết 3 năm thực hiện Nghị quyết Trung ương 4 (khóa XII) và 3 năm thực "
        "hiện Chỉ thị số 05 của Bộ Chính trị.",
        [
            ("Chỉ thị 05-CT/TW", "bo-chinh-tri"),
            ("Nghị quyết Trung ương 4", None),
            ("Chỉ thị số 05", "bo-chinh-tri"),
        ],
    ),
    (
        "backancity.gov.vn",
        "Họp bộ phận giúp việc Chỉ thị 03 của Bộ Chính trị về học tập và làm theo tấm gương đạo "
        "đức Hồ Chí Minh. Đảng bộ thành phố đã triển khai thực hiện Chỉ thị 03 – CT/TW về “Học "
        "tập và làm theo tấm gương đạo đức Hồ Chí Minh” trong toàn Đảng bộ.",
        [("Chỉ thị 03", "bo-chinh-tri"), ("Chỉ thị 03 – CT/TW", None)],
    ),
]
