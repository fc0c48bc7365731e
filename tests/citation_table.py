"""Test data for casebook.citations.

Each row is (text, expected citations); each expected citation is
(kind, number, symbol, year, span), where span is text[start:end].
"""

from __future__ import annotations

Expected = tuple[str, str | None, str | None, int | None, str]
Row = tuple[str, list[Expected]]

# Table checked row by row: every field and the exact span must match.
ROWS: list[Row] = [
    # sentences taken from /work/shared/seeds
    (
        "Hưởng ứng Kế hoạch số 58-KH/ĐUCA ngày 20-9-2021 của Ban Thường vụ Đảng ủy Công an tỉnh "
        "về phát động phong trào thi đua ngành Kiểm tra (KT) Đảng giai đoạn 2020 - 2025, chi bộ "
        "đã đăng ký thi đua từ đầu năm với các chỉ tiêu cụ thể.",
        [
            ("ke-hoach", "58", "KH/ĐUCA", 2021, "Kế hoạch số 58-KH/ĐUCA ngày 20-9-2021"),
        ],
    ),
    (
        "Kết quả trong năm 2022, chi bộ đã KT chấp hành và GS chuyên đề đối với 8/8 ĐV, trong đó "
        "có 1 đồng chí là chi ủy viên.",
        [],
    ),
    (
        "Duy trì liên hệ kiểm điểm, “tư soi”, “tự sửa” đối với cán bộ, ĐV theo 27 biểu hiện suy "
        "thoái tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.",
        [],
    ),
    (
        "Với những kết quả đạt được, năm 2022, Chi bộ Phòng An ninh chính trị nội bộ được Ban "
        "Thường vụ Đảng ủy Công an tỉnh tặng giấy khen tập thể điển hình trong thực hiện phong "
        "trào thi đua ngành Kiểm tra Đảng, giai đoạn 2020 - 2025.",
        [],
    ),
    (
        "Để góp phần thực hiện nhiệm vụ trên Chi bộ Phòng Nội vụ đã thực hiện nhiều giải pháp, "
        "đây cũng là một nhiệm vụ quan trọng nhằm thực hiện Chỉ thị số 12-CT/TU ngày 13/9/2021 "
        "của BTV Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ (sau đây viết tắt là Chỉ thị "
        "12-CT/TU).",
        [
            ("chi-thi", "12", "CT/TU", 2021, "Chỉ thị số 12-CT/TU ngày 13/9/2021"),
            ("chi-thi", "12", "CT/TU", 2021, "Chỉ thị 12-CT/TU"),
        ],
    ),
    (
        "Bên cạnh đó, Chi bộ đã duy trì chế độ sinh hoạt định kỳ theo đúng quy định (một tháng "
        "một lần vào ngày 22 hàng tháng) và thực hiện các bước sinh hoạt theo đúng quy trình quy "
        "định.",
        [],
    ),
    (
        "Chi bộ kịp thời phát hiện, đấu tranh đẩy lùi các biểu hiện suy thoái về tư tưởng chính "
        'trị, đạo đức, lối sống "tự diễn biến", "tự chuyển hóa" theo đúng tinh thần Nghị quyết '
        "Trung ương 4, khóa XII và Kết luận số 21 của Bộ Chính trị.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết Trung ương 4, khóa XII"),
            ("ket-luan", "21", None, None, "Kết luận số 21"),
        ],
    ),
    (
        "Chi bộ Phòng Nội vụ là chi bộ cơ sở trực thuộc Đảng bộ huyện Đồng Văn, chi bộ gồm có 07 "
        "đảng viên (01 Bí thư chi bộ, 01 Phó bí thư chi bộ, 05 đảng viên).",
        [],
    ),
    (
        "UBKT Đảng ủy đã ban hành công văn số 117-CV/UBKT, ngày 03/01/2020 về việc triển khai "
        "thực hiện Hướng dẫn 07 của UBKT Trung ương bảo đảm đúng chức năng, thẩm quyền, trách "
        "nhiệm của cấp ủy.",
        [
            ("cong-van", "117", "CV/UBKT", 2020, "công văn số 117-CV/UBKT, ngày 03/01/2020"),
            ("huong-dan", "07", None, None, "Hướng dẫn 07"),
        ],
    ),
    (
        "Ban Thường vụ ban hành Hướng dẫn số 5068-HD/ĐUCA ngày 09/3/2020 về công tác nhân sự UBKT "
        "tại Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025 nhằm thực hiện thống nhất Hướng dẫn 08, "
        "Hướng dẫn 10 của UBKT Trung ương về cơ cấu nhân sự UBKT các cấp trong Công an nhân dân.",
        [
            ("huong-dan", "5068", "HD/ĐUCA", 2020, "Hướng dẫn số 5068-HD/ĐUCA ngày 09/3/2020"),
            ("huong-dan", "08", None, None, "Hướng dẫn 08"),
            ("huong-dan", "10", None, None, "Hướng dẫn 10"),
        ],
    ),
    (
        "Công tác nắm tình hình được tiến hành bằng nhiều nội dung, biện pháp như: Việc tổ chức "
        "quán triệt, triển khai, thực hiện, Chỉ thị 35, các văn bản hướng dẫn, kế hoạch đại hội "
        "đảng bộ các cấp trong lực lượng Công an Hải Phòng.",
        [
            ("chi-thi", "35", None, None, "Chỉ thị 35"),
        ],
    ),
    (
        "Các cấp ủy đảng đã tổ chức quán triệt và thực hiện nghiêm túc, đúng tinh thần Chỉ thị 35 "
        "của Bộ Chính trị, Quy định số 195 - QĐ/TW, ngày 18/6/2019 của Ban Bí thư Quy định về chỉ "
        "đạo của UBKT cấp trên đối với UBKT cấp dưới.",
        [
            ("chi-thi", "35", None, None, "Chỉ thị 35"),
            ("quy-dinh", "195", "QĐ/TW", 2019, "Quy định số 195 - QĐ/TW, ngày 18/6/2019"),
        ],
    ),
    (
        "Đảng bộ Công an thành phố Hải Phòng là đảng bộ cấp trên cơ sở, hiện có 30 chi bộ, đảng "
        "bộ cơ sở trực thuộc (gồm 27 đảng bộ, 3 chi bộ cơ sở).",
        [],
    ),
    (
        "Các cấp ủy quán triệt thực hiện đúng các quy định của Đảng về đại hội đảng bộ các cấp "
        "tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
        [],
    ),
    (
        "Đảng bộ tăng cường công tác quản lý đảng viên trong công tác và quản lý đảng viên sinh "
        "hoạt theo Quy định số 76 của Bộ Chính trị.",
        [
            ("quy-dinh", "76", None, None, "Quy định số 76"),
        ],
    ),
    (
        "Trong sinh hoạt chi bộ luôn phát huy nguyên tắc tập trung dân chủ, gắn với việc thực "
        "hiện Nghị quyết Trung ương 4 khóa XII và Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm "
        "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết Trung ương 4 khóa XII"),
            ("chi-thi", "05", "CT/TW", None, "Chỉ thị số 05-CT/TW"),
        ],
    ),
    (
        "Đối với Đảng ủy thực hiện nghiêm Quy định số 08-QĐi/TW, ngày 25/2/2018 về “Trách nhiệm "
        "nêu gương của cán bộ, đảng viên trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, "
        "Ủy viên Ban Chấp hành Trung ương”.",
        [
            ("quy-dinh", "08", "QĐi/TW", 2018, "Quy định số 08-QĐi/TW, ngày 25/2/2018"),
        ],
    ),
    (
        "Đảng ủy Công an Tân Uyên đồng thời xây dựng Kế hoạch số 14/KH-CAH ngày 17-2-2016 “Tăng "
        "cường đảng viên là CBCS Công an xuống sinh hoạt tại các chi bộ thuộc địa bàn các xã, thị "
        "trấn trọng điểm về ANTT”.",
        [
            ("ke-hoach", "14", "KH-CAH", 2016, "Kế hoạch số 14/KH-CAH ngày 17-2-2016"),
        ],
    ),
    (
        "Đảng bộ Công an huyện Tân Uyên đạt danh hiệu “Đảng bộ trong sạch, vững mạnh tiêu biểu” "
        "trong 5 năm liền (2014 - 2018) và được Ban Thường vụ Tỉnh ủy Lai Châu tặng Bằng khen.",
        [],
    ),
    (
        "Tính đến thời điểm hiện tại, Đảng bộ Công an huyện đã tăng cường 12 đồng chí đảng viên, "
        "trong đó có 02 đồng chí thuộc Chi bộ Công an thị trấn xuống sinh hoạt tại 10 chi bộ "
        "thuộc 04 xã và 01 thị trấn.",
        [],
    ),
    (
        "Chi uỷ quán triệt các văn bản của Đảng về công tác kiểm tra, giám sát như: Các quy định "
        "tại Chương VII (Từ điều 30 đến điều 33), Điều lệ Đảng Cộng sản Việt Nam; Quy định số 30 "
        "ngày 26/7/2016 và Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương; Quy "
        "định số 109-QĐ/TW ngày 03/01/2018 của Ban Chấp hành Trung ương Đảng về công tác kiểm "
        "tra.",
        [
            ("dieu-le", None, None, None, "Điều lệ Đảng Cộng sản Việt Nam"),
            ("quy-dinh", "30", None, 2016, "Quy định số 30 ngày 26/7/2016"),
            ("quy-dinh", "22", "QĐ/TW", 2021, "Quy định số 22-QĐ/TW ngày 28/7/2021"),
            ("quy-dinh", "109", "QĐ/TW", 2018, "Quy định số 109-QĐ/TW ngày 03/01/2018"),
        ],
    ),
    (
        "Trong năm 2019, Chi bộ ban hành Quyết định số 23-QĐ/CB ngày 03/9/2019; năm 2020, ban "
        "hành Quyết định số 35-QĐ/CB ngày 09/10/2020 kiểm tra việc chấp hành nhiệm vụ của đảng "
        "viên đối với tổng cộng 08 lượt đảng viên của Chi bộ.",
        [
            ("quyet-dinh", "23", "QĐ/CB", 2019, "Quyết định số 23-QĐ/CB ngày 03/9/2019"),
            ("quyet-dinh", "35", "QĐ/CB", 2020, "Quyết định số 35-QĐ/CB ngày 09/10/2020"),
        ],
    ),
    (
        "Nội dung kiểm tra tập trung vào việc thực hiện Nghị quyết Trung ương 4 (Khoá XII) gắn "
        "với thực hiện Chỉ thị số 05 của Bộ Chính trị và các quy định nêu gương của đảng viên.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết Trung ương 4 (Khoá XII)"),
            ("chi-thi", "05", None, None, "Chỉ thị số 05"),
        ],
    ),
    (
        "Trong 5 năm (2015-2020), Chi bộ có 3 năm được xếp loại Chi bộ “Trong sạch vững mạnh”, "
        "trong đó có 01 năm đạt “Trong sạch vững mạnh tiêu biểu”.",
        [],
    ),
    (
        "Thứ hai, các chi bộ cơ sở phải xây dựng kế hoạch kiểm tra, giám sát cho giai đoạn "
        "2021-2025 và từng năm.",
        [],
    ),
    ("15/09/2023 12:59 69 lượt xem", []),
    ("08/02/2023 - 05:53", []),
    (
        "Hội nghị tổng kết công tác kiểm tra, giám sát năm 2019, triển khai phương hướng nhiệm vụ "
        "năm 2020 của Đảng uỷ Công an thành phố Hải Phòng.",
        [],
    ),
    (
        "Đảng bộ đã có 8 chi bộ trực thuộc với 113 đảng viên, số lượng có trình độ đại học chiếm "
        "89%, chất lượng đảng viên được nâng lên rõ rệt.",
        [],
    ),
    (
        "12 tập thể, 14 cá nhân được Bộ Công an tặng Bằng khen; 01 tập thể, 19 cá nhân được Ủy "
        "ban nhân dân tỉnh tặng Bằng khen.",
        [],
    ),
    # Party symbols after a type word
    (
        "Thực hiện Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác "
        "kiểm tra, giám sát và kỷ luật của Đảng, Chi ủy đã xây dựng chương trình kiểm tra năm "
        "2023.",
        [
            ("quy-dinh", "22", "QĐ/TW", 2021, "Quy định số 22-QĐ/TW, ngày 28/7/2021"),
        ],
    ),
    (
        "Chi bộ tổ chức sinh hoạt chuyên đề theo Hướng dẫn số 12-HD/BTCTW ngày 18/10/2018 của Ban "
        "Tổ chức Trung ương.",
        [
            ("huong-dan", "12", "HD/BTCTW", 2018, "Hướng dẫn số 12-HD/BTCTW ngày 18/10/2018"),
        ],
    ),
    (
        "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 05-CT/TU ngày 10/02/2021 về tăng cường công tác "
        "phát triển đảng viên.",
        [
            ("chi-thi", "05", "CT/TU", 2021, "Chỉ thị 05-CT/TU ngày 10/02/2021"),
        ],
    ),
    (
        "Quán triệt Kết luận 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung "
        "ương Đảng khóa XIII.",
        [
            ("ket-luan", "21", "KL/TW", 2021, "Kết luận 21-KL/TW ngày 25/10/2021"),
        ],
    ),
    (
        "Văn phòng Trung ương Đảng đã ban hành Thông báo 15-TB/TW về ý kiến kết luận của Ban Bí "
        "thư.",
        [
            ("thong-bao", "15", "TB/TW", None, "Thông báo 15-TB/TW"),
        ],
    ),
    (
        "Nghị quyết 04-NQ/TW ngày 30/10/2016 đã chỉ ra 27 biểu hiện suy thoái về tư tưởng chính "
        "trị, đạo đức, lối sống.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết 04-NQ/TW ngày 30/10/2016"),
        ],
    ),
    (
        "Đảng ủy xã ban hành Quy chế 01-QC/ĐU về làm việc của Ban Chấp hành Đảng bộ nhiệm kỳ 2020 "
        "- 2025.",
        [
            ("quy-che", "01", "QC/ĐU", None, "Quy chế 01-QC/ĐU"),
        ],
    ),
    (
        "Tỉnh ủy đã ban hành Quy chế số 01-QC/TU ngày 15/12/2020 về làm việc của Ban Chấp hành "
        "Đảng bộ tỉnh khóa XVII.",
        [
            ("quy-che", "01", "QC/TU", 2020, "Quy chế số 01-QC/TU ngày 15/12/2020"),
        ],
    ),
    (
        "Ủy ban Kiểm tra Huyện ủy ban hành Quyết định số 125-QĐ/UBKT ngày 05/6/2023 về việc kiểm "
        "tra khi có dấu hiệu vi phạm.",
        [
            ("quyet-dinh", "125", "QĐ/UBKT", 2023, "Quyết định số 125-QĐ/UBKT ngày 05/6/2023"),
        ],
    ),
    (
        "Chi bộ nghiêm túc thực hiện Quy định số 08-QĐi/TW ngày 25/10/2016 của Ban Chấp hành "
        "Trung ương về trách nhiệm nêu gương.",
        [
            ("quy-dinh", "08", "QĐi/TW", 2016, "Quy định số 08-QĐi/TW ngày 25/10/2016"),
        ],
    ),
    (
        "Ngày 02/01/2020, Bộ Chính trị ban hành Quy định 213-QĐ/TW về trách nhiệm của đảng viên "
        "đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú.",
        [
            ("quy-dinh", "213", "QĐ/TW", None, "Quy định 213-QĐ/TW"),
        ],
    ),
    (
        "Thực hiện Kế hoạch số 35-KH/HU ngày 20 tháng 3 năm 2022 của Ban Thường vụ Huyện ủy, Chi "
        "bộ đã tổ chức học tập chuyên đề năm 2022.",
        [
            ("ke-hoach", "35", "KH/HU", 2022, "Kế hoạch số 35-KH/HU ngày 20 tháng 3 năm 2022"),
        ],
    ),
    (
        "Căn cứ Hướng dẫn số 02-HD/UBKTTW ngày 09/12/2021 của Ủy ban Kiểm tra Trung ương, Ủy ban "
        "Kiểm tra Đảng ủy đã xây dựng kế hoạch giám sát.",
        [
            ("huong-dan", "02", "HD/UBKTTW", 2021, "Hướng dẫn số 02-HD/UBKTTW ngày 09/12/2021"),
        ],
    ),
    (
        "Thông báo số 125-TB/VPTW ngày 12/5/2022 truyền đạt ý kiến của Thường trực Ban Bí thư.",
        [
            ("thong-bao", "125", "TB/VPTW", 2022, "Thông báo số 125-TB/VPTW ngày 12/5/2022"),
        ],
    ),
    (
        "Ban Chỉ đạo đã ban hành Kế hoạch số 12-KH/BCĐ ngày 10/3/2023 về kiểm tra, đôn đốc việc "
        "thực hiện nhiệm vụ.",
        [
            ("ke-hoach", "12", "KH/BCĐ", 2023, "Kế hoạch số 12-KH/BCĐ ngày 10/3/2023"),
        ],
    ),
    (
        "Huyện ủy ban hành Nghị quyết số 15-NQ/HU ngày 08/8/2021 về phát triển kinh tế - xã hội "
        "giai đoạn 2021 - 2025.",
        [
            ("nghi-quyet", "15", "NQ/HU", 2021, "Nghị quyết số 15-NQ/HU ngày 08/8/2021"),
        ],
    ),
    (
        "Đảng ủy Khối ban hành Chỉ thị số 03-CT/ĐUK ngày 15/01/2022 về tăng cường kỷ luật, kỷ "
        "cương hành chính.",
        [
            ("chi-thi", "03", "CT/ĐUK", 2022, "Chỉ thị số 03-CT/ĐUK ngày 15/01/2022"),
        ],
    ),
    (
        "Đảng ủy Quân sự tỉnh triển khai Hướng dẫn số 89-HD/ĐUQSTW về công tác phát triển đảng "
        "viên trong lực lượng vũ trang.",
        [
            ("huong-dan", "89", "HD/ĐUQSTW", None, "Hướng dẫn số 89-HD/ĐUQSTW"),
        ],
    ),
    (
        "Đại hội Chi bộ đã thông qua Nghị quyết số 01-NQ/ĐH ngày 15/5/2022 với tỷ lệ tán thành "
        "100%.",
        [
            ("nghi-quyet", "01", "NQ/ĐH", 2022, "Nghị quyết số 01-NQ/ĐH ngày 15/5/2022"),
        ],
    ),
    (
        "Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên "
        "vi phạm được quán triệt sâu rộng.",
        [
            ("quy-dinh", "69", "QĐ/TW", 2022, "Quy định số 69-QĐ/TW ngày 06/7/2022"),
        ],
    ),
    (
        "Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 125-HD/BTGTW ngày 23/02/2023 về học tập "
        "chuyên đề năm 2023.",
        [
            ("huong-dan", "125", "HD/BTGTW", 2023, "Hướng dẫn số 125-HD/BTGTW ngày 23/02/2023"),
        ],
    ),
    (
        "Thực hiện Công văn số 245-CV/HU ngày 15/4/2023 của Ban Thường vụ Huyện ủy về việc rà "
        "soát quy hoạch cán bộ.",
        [
            ("cong-van", "245", "CV/HU", 2023, "Công văn số 245-CV/HU ngày 15/4/2023"),
        ],
    ),
    (
        "Chi bộ đã ban hành Nghị quyết số 05-NQ/CB ngày 05/01/2023 lãnh đạo thực hiện nhiệm vụ "
        "chính trị năm 2023.",
        [
            ("nghi-quyet", "05", "NQ/CB", 2023, "Nghị quyết số 05-NQ/CB ngày 05/01/2023"),
        ],
    ),
    (
        "Kế hoạch số 58-KH/ĐUCA, ngày 20/9/2021 được triển khai đến 100% chi bộ trực thuộc.",
        [
            ("ke-hoach", "58", "KH/ĐUCA", 2021, "Kế hoạch số 58-KH/ĐUCA, ngày 20/9/2021"),
        ],
    ),
    (
        "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và "
        "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        [
            ("chi-thi", "05", "CT/TW", 2016, "Chỉ thị số 05-CT/TW, ngày 15/5/2016"),
        ],
    ),
    (
        "Theo Quy định số 102-QĐ/TW, ngày 15-11-2017, đảng viên vi phạm phải bị xem xét, xử lý kỷ "
        "luật.",
        [
            ("quy-dinh", "102", "QĐ/TW", 2017, "Quy định số 102-QĐ/TW, ngày 15-11-2017"),
        ],
    ),
    (
        "Nghị quyết số 35-NQ/TW, ngày 22 tháng 10 năm 2018 của Bộ Chính trị về tăng cường bảo vệ "
        "nền tảng tư tưởng của Đảng.",
        [
            (
                "nghi-quyet",
                "35",
                "NQ/TW",
                2018,
                "Nghị quyết số 35-NQ/TW, ngày 22 tháng 10 năm 2018",
            ),
        ],
    ),
    (
        "Chương trình hành động số 15-CTr/TU ngày 01/3/2021 của Tỉnh ủy thực hiện Nghị quyết Đại "
        "hội XIII của Đảng.",
        [
            (
                "chuong-trinh",
                "15",
                "CTr/TU",
                2021,
                "Chương trình hành động số 15-CTr/TU ngày 01/3/2021",
            ),
            ("nghi-quyet", None, None, None, "Nghị quyết Đại hội XIII"),
        ],
    ),
    (
        "Báo cáo số 112-BC/ĐU ngày 10/12/2022 tổng kết công tác xây dựng Đảng năm 2022.",
        [
            ("bao-cao", "112", "BC/ĐU", 2022, "Báo cáo số 112-BC/ĐU ngày 10/12/2022"),
        ],
    ),
    (
        "Tờ trình số 05-TTr/CB về việc đề nghị kết nạp đảng viên được chi bộ thông qua.",
        [
            ("to-trinh", "05", "TTr/CB", None, "Tờ trình số 05-TTr/CB"),
        ],
    ),
    (
        "Đề án số 01-ĐA/TU về nâng cao chất lượng tổ chức cơ sở đảng giai đoạn 2021 - 2025 được "
        "triển khai.",
        [
            ("de-an", "01", "ĐA/TU", None, "Đề án số 01-ĐA/TU"),
        ],
    ),
    (
        "Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng quy định thể thức "
        "văn bản.",
        [
            ("huong-dan", "36", "HD/VPTW", 2018, "Hướng dẫn số 36-HD/VPTW ngày 03/4/2018"),
        ],
    ),
    (
        "Quy định 105-QĐ/TW ngày 19/12/2017 về phân cấp quản lý cán bộ được thực hiện nghiêm.",
        [
            ("quy-dinh", "105", "QĐ/TW", 2017, "Quy định 105-QĐ/TW ngày 19/12/2017"),
        ],
    ),
    (
        "Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người "
        "đứng đầu cấp ủy trong việc tiếp dân.",
        [
            ("quy-dinh", "11", "QĐi/TW", 2019, "Quy định số 11-QĐi/TW ngày 18/2/2019"),
        ],
    ),
    (
        "Quyết định 1530-QĐ/TU ngày 12/12/2022 của Ban Thường vụ Tỉnh ủy về kiện toàn nhân sự.",
        [
            ("quyet-dinh", "1530", "QĐ/TU", 2022, "Quyết định 1530-QĐ/TU ngày 12/12/2022"),
        ],
    ),
    (
        "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
        "05-CT/TW.",
        [
            ("ket-luan", "01", "KL/TW", 2021, "Kết luận số 01-KL/TW ngày 18/5/2021"),
            ("chi-thi", "05", "CT/TW", None, "Chỉ thị số 05-CT/TW"),
        ],
    ),
    (
        "Ngày 09/5/2024, Bộ Chính trị ban hành Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách "
        "mạng.",
        [
            ("quy-dinh", "144", "QĐ/TW", None, "Quy định số 144-QĐ/TW"),
        ],
    ),
    (
        "Chi bộ Trường THCS số 2 đã quán triệt Chỉ thị số 28-CT/TW đến toàn thể đảng viên.",
        [
            ("chi-thi", "28", "CT/TW", None, "Chỉ thị số 28-CT/TW"),
        ],
    ),
    (
        "Quy định số 22-QĐ/TW ngày 28/7/2021 (thay thế Quy định số 30-QĐ/TW ngày 26/7/2016) mở "
        "rộng đối tượng kiểm tra.",
        [
            ("quy-dinh", "22", "QĐ/TW", 2021, "Quy định số 22-QĐ/TW ngày 28/7/2021"),
            ("quy-dinh", "30", "QĐ/TW", 2016, "Quy định số 30-QĐ/TW ngày 26/7/2016"),
        ],
    ),
    (
        "Theo Kế hoạch số 05-KH/CB, 100% đảng viên được kiểm tra, giám sát trong năm.",
        [
            ("ke-hoach", "05", "KH/CB", None, "Kế hoạch số 05-KH/CB"),
        ],
    ),
    (
        "Thực hiện Quy định số 124-QĐ/TW ngày 04/10/2023 về kiểm điểm và đánh giá, xếp loại chất "
        "lượng hằng năm.",
        [
            ("quy-dinh", "124", "QĐ/TW", 2023, "Quy định số 124-QĐ/TW ngày 04/10/2023"),
        ],
    ),
    (
        "Thực hiện Hướng dẫn số 27-HD/BTCTW ngày 25/9/2019 về kiểm điểm tập thể, cá nhân cuối năm.",
        [
            ("huong-dan", "27", "HD/BTCTW", 2019, "Hướng dẫn số 27-HD/BTCTW ngày 25/9/2019"),
        ],
    ),
    (
        "Đảng ủy phường ban hành Nghị quyết chuyên đề số 03-NQ/ĐU về công tác cán bộ.",
        [
            ("nghi-quyet", "03", "NQ/ĐU", None, "Nghị quyết chuyên đề số 03-NQ/ĐU"),
        ],
    ),
    (
        "Thông báo kết luận số 125-TB/TU ngày 5/8/2022 của Ban Thường vụ Tỉnh ủy chỉ rõ các hạn "
        "chế.",
        [
            ("thong-bao", "125", "TB/TU", 2022, "Thông báo kết luận số 125-TB/TU ngày 5/8/2022"),
        ],
    ),
    (
        "Thông tri số 07-TT/TW hướng dẫn việc thực hiện chế độ đảng phí được phổ biến tới chi bộ.",
        [
            ("thong-tri", "07", "TT/TW", None, "Thông tri số 07-TT/TW"),
        ],
    ),
    (
        "Chỉ thị số 05-CT/TW và 35-CT/TW của Bộ Chính trị được quán triệt đầy đủ.",
        [
            ("chi-thi", "05", "CT/TW", None, "Chỉ thị số 05-CT/TW"),
            ("chi-thi", "35", "CT/TW", None, "35-CT/TW"),
        ],
    ),
    (
        "Các quy định 30-QĐ/TW, 22-QĐ/TW của Trung ương đều nhấn mạnh vai trò tự kiểm tra.",
        [
            ("quy-dinh", "30", "QĐ/TW", None, "quy định 30-QĐ/TW"),
            ("quy-dinh", "22", "QĐ/TW", None, "22-QĐ/TW"),
        ],
    ),
    (
        "Nghị quyết số 21-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng "
        "khóa XIII về tăng cường củng cố tổ chức cơ sở đảng.",
        [
            ("nghi-quyet", "21", "NQ/TW", 2022, "Nghị quyết số 21-NQ/TW ngày 16/6/2022"),
        ],
    ),
    (
        "Nghị quyết Trung ương 4, khóa XII, Kết luận 21-KL/TW và Quy định 37-QĐi/TW được quán "
        "triệt sâu rộng.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết Trung ương 4, khóa XII"),
            ("ket-luan", "21", "KL/TW", None, "Kết luận 21-KL/TW"),
            ("quy-dinh", "37", "QĐi/TW", None, "Quy định 37-QĐi/TW"),
        ],
    ),
    (
        "Căn cứ Quy chế làm việc số 03-QC/ĐU ngày 10/01/2021 của Đảng ủy, Chi bộ phân công nhiệm "
        "vụ.",
        [
            ("quy-che", "03", "QC/ĐU", 2021, "Quy chế làm việc số 03-QC/ĐU ngày 10/01/2021"),
        ],
    ),
    (
        "Chi ủy xây dựng Kế hoạch kiểm tra số 02-KH/CB đối với đảng viên trong năm.",
        [
            ("ke-hoach", "02", "KH/CB", None, "Kế hoạch kiểm tra số 02-KH/CB"),
        ],
    ),
    (
        "Huyện ủy ban hành Kế hoạch thực hiện chỉ thị số 05-CT/TW trong toàn Đảng bộ.",
        [
            ("chi-thi", "05", "CT/TW", None, "chỉ thị số 05-CT/TW"),
        ],
    ),
    # bare symbols (no type word)
    (
        "Chi bộ thực hiện 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên.",
        [
            ("quy-dinh", "08", "QĐi/TW", None, "08-QĐi/TW"),
        ],
    ),
    (
        "Các văn bản 22-QĐ/TW và 69-QĐ/TW được phổ biến đến từng đảng viên.",
        [
            ("quy-dinh", "22", "QĐ/TW", None, "22-QĐ/TW"),
            ("quy-dinh", "69", "QĐ/TW", None, "69-QĐ/TW"),
        ],
    ),
    (
        "Thực hiện 05-CT/TW, ngày 15/5/2016, chi bộ đăng ký mô hình làm theo gương Bác.",
        [
            ("chi-thi", "05", "CT/TW", 2016, "05-CT/TW, ngày 15/5/2016"),
        ],
    ),
    (
        "Căn cứ 14/KH-CAH ngày 17-2-2016, Đảng ủy đã tăng cường đảng viên xuống cơ sở.",
        [
            ("ke-hoach", "14", "KH-CAH", 2016, "14/KH-CAH ngày 17-2-2016"),
        ],
    ),
    (
        "Thực hiện văn bản số 117-CV/UBKT của Ủy ban Kiểm tra, các chi bộ đã báo cáo kết quả.",
        [
            ("cong-van", "117", "CV/UBKT", None, "117-CV/UBKT"),
        ],
    ),
    (
        "Ủy ban Kiểm tra ban hành Quyết định kỷ luật số 05-QĐ/UBKT đối với đảng viên vi phạm.",
        [
            ("quyet-dinh", "05", "QĐ/UBKT", None, "Quyết định kỷ luật số 05-QĐ/UBKT"),
        ],
    ),
    (
        "Ban Thường vụ Thành ủy ban hành 125-KL/TU kết luận về công tác cán bộ.",
        [
            ("ket-luan", "125", "KL/TU", None, "125-KL/TU"),
        ],
    ),
    (
        "Các chi bộ thực hiện nghiêm 36-HD/VPTW về thể thức văn bản của Đảng.",
        [
            ("huong-dan", "36", "HD/VPTW", None, "36-HD/VPTW"),
        ],
    ),
    (
        "Đảng ủy Quân sự Trung ương ban hành 847-NQ/QUTW về phát huy phẩm chất Bộ đội Cụ Hồ.",
        [
            ("nghi-quyet", "847", "NQ/QUTW", None, "847-NQ/QUTW"),
        ],
    ),
    (
        "Thực hiện 30/2020/NĐ-CP, văn thư cơ quan đã số hóa hồ sơ lưu trữ.",
        [
            ("nghi-dinh", "30", "NĐ-CP", 2020, "30/2020/NĐ-CP"),
        ],
    ),
    (
        "Ủy ban nhân dân xã thực hiện 125/KH-UBND về chuyển đổi số.",
        [
            ("ke-hoach", "125", "KH-UBND", None, "125/KH-UBND"),
        ],
    ),
    (
        "Thực hiện 01-QC/TU, 15-TB/TW và 04-NQ/TW, chi bộ xây dựng chương trình hành động.",
        [
            ("quy-che", "01", "QC/TU", None, "01-QC/TU"),
            ("thong-bao", "15", "TB/TW", None, "15-TB/TW"),
            ("nghi-quyet", "04", "NQ/TW", None, "04-NQ/TW"),
        ],
    ),
    (
        "Theo 12-KH/BCĐ và 3-HD/ĐH, công tác chuẩn bị đại hội được thực hiện chặt chẽ.",
        [
            ("ke-hoach", "12", "KH/BCĐ", None, "12-KH/BCĐ"),
            ("huong-dan", "3", "HD/ĐH", None, "3-HD/ĐH"),
        ],
    ),
    # number-only references after a type word
    (
        "Chi bộ tiếp tục thực hiện Chỉ thị 05 gắn với các phong trào thi đua yêu nước.",
        [
            ("chi-thi", "05", None, None, "Chỉ thị 05"),
        ],
    ),
    (
        "Đảng viên nghỉ hưu sinh hoạt theo Quy định 213 về trách nhiệm của đảng viên đang công "
        "tác thường xuyên giữ mối liên hệ với nơi cư trú.",
        [
            ("quy-dinh", "213", None, None, "Quy định 213"),
        ],
    ),
    (
        "Các đồng chí đã quán triệt Kết luận số 21 và Quy định số 37 của Ban Chấp hành Trung ương.",
        [
            ("ket-luan", "21", None, None, "Kết luận số 21"),
            ("quy-dinh", "37", None, None, "Quy định số 37"),
        ],
    ),
    (
        "Thực hiện Hướng dẫn 07 của UBKT Trung ương, Ủy ban Kiểm tra các cấp đã chuẩn bị nhân sự.",
        [
            ("huong-dan", "07", None, None, "Hướng dẫn 07"),
        ],
    ),
    (
        "Việc kết nạp đảng viên thực hiện theo Hướng dẫn số 01 của Ban Bí thư.",
        [
            ("huong-dan", "01", None, None, "Hướng dẫn số 01"),
        ],
    ),
    (
        "Chi bộ quán triệt Nghị quyết 26 của Ban Chấp hành Trung ương về công tác cán bộ.",
        [
            ("nghi-quyet", "26", None, None, "Nghị quyết 26"),
        ],
    ),
    (
        "Kế hoạch số 98 của Huyện ủy đã được triển khai kịp thời.",
        [
            ("ke-hoach", "98", None, None, "Kế hoạch số 98"),
        ],
    ),
    (
        "Quy định 30 ngày 26/7/2016 của Ban Chấp hành Trung ương đã được thay thế.",
        [
            ("quy-dinh", "30", None, 2016, "Quy định 30 ngày 26/7/2016"),
        ],
    ),
    (
        "Thông báo số 12, ngày 5/6/2023 của Đảng ủy yêu cầu các chi bộ nộp báo cáo.",
        [
            ("thong-bao", "12", None, 2023, "Thông báo số 12, ngày 5/6/2023"),
        ],
    ),
    (
        "Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp được quán triệt đầy đủ.",
        [
            ("chi-thi", "35", None, None, "Chỉ thị 35"),
        ],
    ),
    (
        "Công văn 1356 của Ban Tổ chức Huyện ủy hướng dẫn rà soát đảng viên.",
        [
            ("cong-van", "1356", None, None, "Công văn 1356"),
        ],
    ),
    (
        "Các cấp ủy thực hiện Quyết định số 99 của Ban Bí thư về khung hướng dẫn.",
        [
            ("quyet-dinh", "99", None, None, "Quyết định số 99"),
        ],
    ),
    (
        "Chi bộ sơ kết 5 năm thực hiện Chỉ thị 05.",
        [
            ("chi-thi", "05", None, None, "Chỉ thị 05"),
        ],
    ),
    (
        "Hướng dẫn 08, Hướng dẫn 10 của UBKT Trung ương quy định rõ cơ cấu nhân sự.",
        [
            ("huong-dan", "08", None, None, "Hướng dẫn 08"),
            ("huong-dan", "10", None, None, "Hướng dẫn 10"),
        ],
    ),
    (
        "Nghị định 112 về kỷ luật cán bộ, công chức được phổ biến rộng rãi.",
        [
            ("nghi-dinh", "112", None, None, "Nghị định 112"),
        ],
    ),
    (
        "Thông tư 06 của Bộ Nội vụ hướng dẫn đánh giá công chức.",
        [
            ("thong-tu", "06", None, None, "Thông tư 06"),
        ],
    ),
    (
        "THỰC HIỆN CHỈ THỊ SỐ 05 CỦA BỘ CHÍNH TRỊ",
        [
            ("chi-thi", "05", None, None, "CHỈ THỊ SỐ 05"),
        ],
    ),
    (
        "Theo quy định số 76 của Bộ Chính trị, đảng viên phải giới thiệu sinh hoạt nơi cư trú.",
        [
            ("quy-dinh", "76", None, None, "quy định số 76"),
        ],
    ),
    (
        "Quy định 30 ngày 26 tháng 7 năm 2016 về công tác kiểm tra đã hết hiệu lực.",
        [
            ("quy-dinh", "30", None, 2016, "Quy định 30 ngày 26 tháng 7 năm 2016"),
        ],
    ),
    (
        "Thi hành Điều lệ Đảng theo Quy định 24 của Ban Chấp hành Trung ương.",
        [
            ("dieu-le", None, None, None, "Điều lệ Đảng"),
            ("quy-dinh", "24", None, None, "Quy định 24"),
        ],
    ),
    (
        "Chi bộ học tập theo tinh thần (Quy định 22) của Trung ương.",
        [
            ("quy-dinh", "22", None, None, "Quy định 22"),
        ],
    ),
    # plenum nicknames and congress resolutions
    (
        "Đẩy mạnh thực hiện Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn "
        "Đảng.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết Trung ương 4 khóa XII"),
        ],
    ),
    (
        "Nghị quyết Trung ương 4 khoá XII được cụ thể hóa thành các tiêu chí đánh giá đảng viên.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết Trung ương 4 khoá XII"),
        ],
    ),
    (
        "Chi bộ gắn thực hiện Nghị quyết TW4 khóa XII với Chỉ thị 05-CT/TW.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết TW4 khóa XII"),
            ("chi-thi", "05", "CT/TW", None, "Chỉ thị 05-CT/TW"),
        ],
    ),
    (
        "Thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII, chi bộ đã chỉ ra 27 biểu hiện suy "
        "thoái.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết Hội nghị Trung ương 4 khóa XII"),
        ],
    ),
    (
        "Nghị quyết Trung ương 4 khóa XI về một số vấn đề cấp bách về xây dựng Đảng hiện nay đã "
        "tạo chuyển biến tích cực.",
        [
            ("nghi-quyet", "12", "NQ/TW", 2012, "Nghị quyết Trung ương 4 khóa XI"),
        ],
    ),
    (
        "Chi bộ thực hiện nghiêm Nghị quyết Trung ương 4 khóa XI, XII gắn với Chỉ thị 05.",
        [
            ("nghi-quyet", "12", "NQ/TW", 2012, "Nghị quyết Trung ương 4 khóa XI"),
            ("nghi-quyet", "04", "NQ/TW", 2016, "XII"),
            ("chi-thi", "05", None, None, "Chỉ thị 05"),
        ],
    ),
    (
        "Thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII, đảng "
        "viên tự soi, tự sửa.",
        [
            (
                "nghi-quyet",
                "04",
                "NQ/TW",
                2016,
                "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
            ),
        ],
    ),
    (
        "Nghị quyết Trung ương 7 khóa XII về công tác cán bộ là cơ sở để quy hoạch nguồn.",
        [
            ("nghi-quyet", None, None, None, "Nghị quyết Trung ương 7 khóa XII"),
        ],
    ),
    (
        "Sơ kết 5 năm thực hiện Nghị quyết Trung ương 4 (khóa XII) tại Đảng bộ xã.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết Trung ương 4 (khóa XII)"),
        ],
    ),
    (
        "NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII VÀ NHỮNG VẤN ĐỀ ĐẶT RA",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII"),
        ],
    ),
    (
        "Nghị quyết Trung ương 3 khóa X về tăng cường sự lãnh đạo của Đảng đối với công tác "
        "phòng, chống tham nhũng, lãng phí tiếp tục được thực hiện.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2006, "Nghị quyết Trung ương 3 khóa X"),
        ],
    ),
    (
        "Quán triệt Kết luận Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng.",
        [
            ("ket-luan", "21", "KL/TW", 2021, "Kết luận Hội nghị Trung ương 4 khóa XIII"),
        ],
    ),
    (
        "Các chi bộ tiếp tục thực hiện Nghị quyết Trung ương 4 gắn với học tập và làm theo Bác.",
        [
            ("nghi-quyet", None, None, None, "Nghị quyết Trung ương 4"),
        ],
    ),
    (
        "Nghị quyết Trung ương 9 khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam "
        "được triển khai.",
        [
            ("nghi-quyet", "33", "NQ/TW", 2014, "Nghị quyết Trung ương 9 khóa XI"),
        ],
    ),
    (
        "Đảng viên thực hiện tốt nghị quyết Trung ương 4 khóa XII.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "nghị quyết Trung ương 4 khóa XII"),
        ],
    ),
    (
        "Chi bộ học tập Nghị quyết TƯ 4 khóa XII.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết TƯ 4 khóa XII"),
        ],
    ),
    (
        "Chi bộ thực hiện Nghị quyết TW4 khoá XI và Chỉ thị 03-CT/TW.",
        [
            ("nghi-quyet", "12", "NQ/TW", 2012, "Nghị quyết TW4 khoá XI"),
            ("chi-thi", "03", "CT/TW", None, "Chỉ thị 03-CT/TW"),
        ],
    ),
    (
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã xác định rõ nhiệm vụ then "
        "chốt.",
        [
            ("nghi-quyet", None, None, None, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII"),
        ],
    ),
    (
        "Nghị quyết Hội nghị Trung ương lần thứ tư khóa XII tiếp tục được quán triệt.",
        [
            (
                "nghi-quyet",
                "04",
                "NQ/TW",
                2016,
                "Nghị quyết Hội nghị Trung ương lần thứ tư khóa XII",
            ),
        ],
    ),
    (
        "Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX đến toàn thể cán bộ, đảng viên.",
        [
            ("nghi-quyet", None, None, None, "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"),
        ],
    ),
    (
        "Nghị quyết Đại hội đại biểu Đảng bộ huyện Đồng Văn lần thứ XXI, nhiệm kỳ 2020 - 2025 đề "
        "ra 3 khâu đột phá.",
        [
            (
                "nghi-quyet",
                None,
                None,
                None,
                "Nghị quyết Đại hội đại biểu Đảng bộ huyện Đồng Văn lần thứ XXI",
            ),
        ],
    ),
    # the Party Statute
    (
        "Theo Điều lệ Đảng, đảng viên dự bị có quyền như đảng viên chính thức, trừ quyền biểu "
        "quyết.",
        [
            ("dieu-le", None, None, None, "Điều lệ Đảng"),
        ],
    ),
    (
        "Điều 30 Điều lệ Đảng quy định nhiệm vụ của Ủy ban Kiểm tra các cấp.",
        [
            ("dieu-le", None, None, None, "Điều lệ Đảng"),
        ],
    ),
    (
        "Chi bộ đã thực hiện đúng Điều lệ của Đảng về thủ tục kết nạp.",
        [
            ("dieu-le", None, None, None, "Điều lệ của Đảng"),
        ],
    ),
    (
        "Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư về một số vấn đề cụ thể thi hành "
        "Điều lệ Đảng.",
        [
            ("huong-dan", "01", "HD/TW", 2021, "Hướng dẫn số 01-HD/TW ngày 28/9/2021"),
            ("dieu-le", None, None, None, "Điều lệ Đảng"),
        ],
    ),
    (
        "ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM",
        [
            ("dieu-le", None, None, None, "ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM"),
        ],
    ),
    (
        "Quy định số 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng.",
        [
            ("quy-dinh", "24", "QĐ/TW", 2021, "Quy định số 24-QĐ/TW ngày 30/7/2021"),
            ("dieu-le", None, None, None, "Điều lệ Đảng"),
        ],
    ),
    # State documents
    (
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
        [
            ("nghi-dinh", "30", "NĐ-CP", 2020, "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020"),
        ],
    ),
    (
        "Thông tư 01/2024/TT-BNV quy định chi tiết một số điều của Luật Viên chức.",
        [
            ("thong-tu", "01", "TT-BNV", 2024, "Thông tư 01/2024/TT-BNV"),
            ("luat", None, None, None, "Luật Viên chức"),
        ],
    ),
    (
        "Thực hiện Quyết định 458/QĐ-TTg của Thủ tướng Chính phủ về phát triển thanh niên.",
        [
            ("quyet-dinh", "458", "QĐ-TTg", None, "Quyết định 458/QĐ-TTg"),
        ],
    ),
    (
        "Luật số 52/2019/QH14 sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật "
        "Viên chức.",
        [
            ("luat", "52", "QH14", 2019, "Luật số 52/2019/QH14"),
            ("luat", None, None, None, "Luật Cán bộ, công chức"),
            ("luat", None, None, None, "Luật Viên chức"),
        ],
    ),
    (
        "Ủy ban nhân dân huyện ban hành Kế hoạch số 120/KH-UBND ngày 12/5/2023 về cải cách hành "
        "chính.",
        [
            ("ke-hoach", "120", "KH-UBND", 2023, "Kế hoạch số 120/KH-UBND ngày 12/5/2023"),
        ],
    ),
    (
        "Quyết định số 1234/QĐ-UBND ngày 20/10/2022 của Ủy ban nhân dân tỉnh đã phê duyệt đề án.",
        [
            ("quyet-dinh", "1234", "QĐ-UBND", 2022, "Quyết định số 1234/QĐ-UBND ngày 20/10/2022"),
        ],
    ),
    (
        "Nghị quyết số 18/NQ-CP của Chính phủ về triển khai nhiệm vụ trọng tâm được ban hành kịp "
        "thời.",
        [
            ("nghi-quyet", "18", "NQ-CP", None, "Nghị quyết số 18/NQ-CP"),
        ],
    ),
    (
        "Thông tư liên tịch số 01/2016/TTLT-BNV-BTC hướng dẫn chế độ phụ cấp.",
        [
            ("thong-tu", "01", "TTLT-BNV-BTC", 2016, "Thông tư liên tịch số 01/2016/TTLT-BNV-BTC"),
        ],
    ),
    (
        "Căn cứ Nghị định 112/2020/NĐ-CP ngày 18/9/2020, Hội đồng kỷ luật đã họp xem xét.",
        [
            ("nghi-dinh", "112", "NĐ-CP", 2020, "Nghị định 112/2020/NĐ-CP ngày 18/9/2020"),
        ],
    ),
    (
        "Công văn số 4567/BNV-TCBC ngày 15/8/2023 hướng dẫn tinh giản biên chế.",
        [
            ("cong-van", "4567", "BNV-TCBC", 2023, "Công văn số 4567/BNV-TCBC ngày 15/8/2023"),
        ],
    ),
    (
        "Quyết định số 1847/QĐ-TTg ngày 27/12/2018 phê duyệt Đề án Văn hóa công vụ.",
        [
            ("quyet-dinh", "1847", "QĐ-TTg", 2018, "Quyết định số 1847/QĐ-TTg ngày 27/12/2018"),
        ],
    ),
    (
        "Nghị quyết số 05/2021/NQ-HĐND của Hội đồng nhân dân tỉnh quy định mức chi hỗ trợ.",
        [
            ("nghi-quyet", "05", "NQ-HĐND", 2021, "Nghị quyết số 05/2021/NQ-HĐND"),
        ],
    ),
    (
        "Thực hiện Quyết định 458/QD-TTg, Đoàn Thanh niên tổ chức nhiều hoạt động.",
        [
            ("quyet-dinh", "458", "QĐ-TTg", None, "Quyết định 458/QD-TTg"),
        ],
    ),
    (
        "Căn cứ Nghị định 30/2020/ND-CP về công tác văn thư.",
        [
            ("nghi-dinh", "30", "NĐ-CP", 2020, "Nghị định 30/2020/ND-CP"),
        ],
    ),
    # named laws
    (
        "Luật Cán bộ, công chức 2008 quy định cán bộ là công dân Việt Nam được bầu cử, phê chuẩn, "
        "bổ nhiệm.",
        [
            ("luat", None, None, 2008, "Luật Cán bộ, công chức 2008"),
        ],
    ),
    (
        "Căn cứ Luật Cán bộ, công chức năm 2008 và Luật Viên chức năm 2010.",
        [
            ("luat", None, None, 2008, "Luật Cán bộ, công chức năm 2008"),
            ("luat", None, None, 2010, "Luật Viên chức năm 2010"),
        ],
    ),
    (
        "Luật Phòng, chống tham nhũng 2018 có hiệu lực từ ngày 01/7/2019.",
        [
            ("luat", None, None, 2018, "Luật Phòng, chống tham nhũng 2018"),
        ],
    ),
    (
        "Cán bộ, đảng viên nghiêm túc chấp hành Luật Đất đai và các văn bản hướng dẫn.",
        [
            ("luat", None, None, None, "Luật Đất đai"),
        ],
    ),
    (
        "Tuyên truyền Luật An ninh mạng năm 2018 đến đoàn viên, thanh niên.",
        [
            ("luat", None, None, 2018, "Luật An ninh mạng năm 2018"),
        ],
    ),
    (
        "Bộ luật Hình sự 2015 quy định rõ các tội phạm về tham nhũng.",
        [
            ("luat", None, None, 2015, "Bộ luật Hình sự 2015"),
        ],
    ),
    (
        "Luật Thi đua, khen thưởng năm 2022 có hiệu lực từ ngày 01/01/2024.",
        [
            ("luat", None, None, 2022, "Luật Thi đua, khen thưởng năm 2022"),
        ],
    ),
    (
        "Thực hiện Luật Thực hành tiết kiệm, chống lãng phí, cơ quan đã cắt giảm chi hội nghị.",
        [
            ("luat", None, None, None, "Luật Thực hành tiết kiệm, chống lãng phí"),
        ],
    ),
    (
        "Thực hiện Luật Công an nhân dân năm 2018, Đảng ủy đã lãnh đạo xây dựng lực lượng.",
        [
            ("luat", None, None, 2018, "Luật Công an nhân dân năm 2018"),
        ],
    ),
    (
        "Luật Tổ chức chính quyền địa phương năm 2015 quy định rõ thẩm quyền của cấp xã.",
        [
            ("luat", None, None, 2015, "Luật Tổ chức chính quyền địa phương năm 2015"),
        ],
    ),
    (
        "Theo Luật Đất đai, chi bộ đã lãnh đạo rà soát việc cấp giấy chứng nhận.",
        [
            ("luat", None, None, None, "Luật Đất đai"),
        ],
    ),
    # spelling variants
    (
        "Quy định số 195 - QĐ/TW ngày 18/6/2019 của Ban Bí thư được thực hiện nghiêm túc.",
        [
            ("quy-dinh", "195", "QĐ/TW", 2019, "Quy định số 195 - QĐ/TW ngày 18/6/2019"),
        ],
    ),
    (
        "Thực hiện Quy định số 22 - QĐ / TW, chi bộ xây dựng kế hoạch kiểm tra.",
        [
            ("quy-dinh", "22", "QĐ/TW", None, "Quy định số 22 - QĐ / TW"),
        ],
    ),
    (
        "Chi bộ thực hiện Quy định số 22-QÐ/TW về công tác kiểm tra.",
        [
            ("quy-dinh", "22", "QĐ/TW", None, "Quy định số 22-QÐ/TW"),
        ],
    ),
    (
        "QUY ĐỊNH SỐ 22-QĐ/TW NGÀY 28/7/2021 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG",
        [
            ("quy-dinh", "22", "QĐ/TW", 2021, "QUY ĐỊNH SỐ 22-QĐ/TW NGÀY 28/7/2021"),
        ],
    ),
    (
        "Chi bộ thực hiện Quy định 22-QD/TW về công tác kiểm tra.",
        [
            ("quy-dinh", "22", "QĐ/TW", None, "Quy định 22-QD/TW"),
        ],
    ),
    (
        "Thực hiện Hướng dẫn 12-HD/BTCTƯ về sinh hoạt chi bộ.",
        [
            ("huong-dan", "12", "HD/BTCTW", None, "Hướng dẫn 12-HD/BTCTƯ"),
        ],
    ),
    (
        "Đảng ủy thực hiện Quy định số 08-QĐi/TƯ ngày 25/10/2016.",
        [
            ("quy-dinh", "08", "QĐi/TW", 2016, "Quy định số 08-QĐi/TƯ ngày 25/10/2016"),
        ],
    ),
    (
        "Quy định số 37-QĐi/TW ngày 25/10/2021 về những điều đảng viên không được làm.",
        [
            ("quy-dinh", "37", "QĐi/TW", 2021, "Quy định số 37-QĐi/TW ngày 25/10/2021"),
        ],
    ),
    (
        "Chi bộ thực hiện Quy định số 22-QĐ/TW ngày 28/07/2021.",
        [
            ("quy-dinh", "22", "QĐ/TW", 2021, "Quy định số 22-QĐ/TW ngày 28/07/2021"),
        ],
    ),
    (
        "Nghị quyết số 04-NQ/TW ngày 30-10-2016 của Ban Chấp hành Trung ương được quán triệt.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết số 04-NQ/TW ngày 30-10-2016"),
        ],
    ),
    (
        "Chỉ thị số 05-CT/TW 15/5/2016 của Bộ Chính trị.",
        [
            ("chi-thi", "05", "CT/TW", 2016, "Chỉ thị số 05-CT/TW 15/5/2016"),
        ],
    ),
    (
        "Quyết định số: 23-QĐ/CB ngày 03/9/2019 thành lập Tổ kiểm tra.",
        [
            ("quyet-dinh", "23", "QĐ/CB", 2019, "Quyết định số: 23-QĐ/CB ngày 03/9/2019"),
        ],
    ),
    (
        "Kế hoạch số 58‑KH/ĐUCA được triển khai (gạch nối không ngắt).",
        [
            ("ke-hoach", "58", "KH/ĐUCA", None, "Kế hoạch số 58‑KH/ĐUCA"),
        ],
    ),
    (
        "Quy định số 22–QĐ/TW ngày 28–7–2021 được ban hành.",
        [
            ("quy-dinh", "22", "QĐ/TW", 2021, "Quy định số 22–QĐ/TW ngày 28–7–2021"),
        ],
    ),
    (
        "Chi bộ thực hiện Quy định 08-QDi/TW về nêu gương.",
        [
            ("quy-dinh", "08", "QĐi/TW", None, "Quy định 08-QDi/TW"),
        ],
    ),
    (
        "QUY ĐỊNH SỐ 37-QĐI/TW VỀ NHỮNG ĐIỀU ĐẢNG VIÊN KHÔNG ĐƯỢC LÀM",
        [
            ("quy-dinh", "37", "QĐi/TW", None, "QUY ĐỊNH SỐ 37-QĐI/TW"),
        ],
    ),
    (
        "Quy định số 22-QĐ/TW ngày 31/02/2021 (ngày viết sai) vẫn là một trích dẫn.",
        [
            ("quy-dinh", "22", "QĐ/TW", 2021, "Quy định số 22-QĐ/TW ngày 31/02/2021"),
        ],
    ),
    (
        "Kết luận số 21-KL/TW, ngày 25 tháng 10 năm 2021 của Hội nghị Trung ương 4 khóa XIII.",
        [
            ("ket-luan", "21", "KL/TW", 2021, "Kết luận số 21-KL/TW, ngày 25 tháng 10 năm 2021"),
        ],
    ),
    (
        "Quy định số 22-QĐ/TW, ngày 28/7/2021 và Quy định số 69-QĐ/TW, ngày 06/7/2022 là cơ sở để "
        "kiểm tra.",
        [
            ("quy-dinh", "22", "QĐ/TW", 2021, "Quy định số 22-QĐ/TW, ngày 28/7/2021"),
            ("quy-dinh", "69", "QĐ/TW", 2022, "Quy định số 69-QĐ/TW, ngày 06/7/2022"),
        ],
    ),
    # issue 16: unnumbered documents named by title
    (
        "Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư "
        "khóa XIII, chi ủy xây dựng chương trình công tác toàn khóa.",
        [("quy-che", None, None, None, "Quy chế làm việc")],
    ),
    ("Chi bộ xây dựng quy chế làm việc của chi ủy nhiệm kỳ 2020 - 2025.", []),
    (
        "Xã rà soát hồ sơ theo Pháp lệnh Ưu đãi người có công với cách mạng năm 2020.",
        [
            (
                "phap-lenh",
                None,
                None,
                2020,
                "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020",
            ),
        ],
    ),
    (
        "Hội viên nghiên cứu Điều lệ Hội Cựu chiến binh Việt Nam và Điều lệ Công đoàn Việt Nam.",
        [
            ("dieu-le", None, None, None, "Điều lệ Hội Cựu chiến binh Việt Nam"),
            ("dieu-le", None, None, None, "Điều lệ Công đoàn Việt Nam"),
        ],
    ),
    ("Đảng viên phải chấp hành Cương lĩnh, Điều lệ, nghị quyết, chỉ thị của Đảng.", []),
    ("Cán bộ Hội nghị tỉnh ủy bàn về điều lệ hội nghị khách hàng năm 2023.", []),
    (
        "Chi bộ quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XI "
        "về xây dựng Đảng.",
        [
            (
                "nghi-quyet",
                "12",
                "NQ/TW",
                2012,
                "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XI",
            ),
        ],
    ),
    (
        "Đảng ủy triển khai Chỉ thị của Ban Bí thư về tăng cường công tác dân vận trong tình "
        "hình mới.",
        [("chi-thi", None, None, None, "Chỉ thị của Ban Bí thư")],
    ),
    ("Đảng ủy làm theo quy định của Ban Bí thư về công tác dân vận.", []),
    (
        "Công an xã đẩy mạnh thực hiện Đề án 06 của Chính phủ về phát triển dữ liệu dân cư.",
        [("de-an", "06", None, None, "Đề án 06")],
    ),
    (
        "Tổ chức lấy ý kiến vào dự thảo sửa đổi Hiến pháp năm 1992; Hiến pháp và pháp luật "
        "được tôn trọng.",
        [("hien-phap", None, None, 1992, "Hiến pháp năm 1992")],
    ),
    (
        "Hội Phụ nữ triển khai Nghị quyết Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII.",
        [
            (
                "nghi-quyet",
                None,
                None,
                None,
                "Nghị quyết Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII",
            ),
        ],
    ),
    # a decision named by its issuer and subject; a mass organisation's congress by its term
    (
        "Sở Y tế xây dựng kế hoạch thực hiện Quyết định của Thủ tướng Chính phủ về phê duyệt "
        "chương trình chăm sóc sức khỏe người cao tuổi.",
        [("quyet-dinh", None, None, None, "Quyết định của Thủ tướng Chính phủ")],
    ),
    ("Việc điều động cán bộ theo quyết định của Thủ tướng Chính phủ về nhân sự.", []),
    (
        "Chi hội quán triệt Nghị quyết Đại hội Hội Cựu chiến binh huyện Mường Tè khóa VII.",
        [
            (
                "nghi-quyet",
                None,
                None,
                None,
                "Nghị quyết Đại hội Hội Cựu chiến binh huyện Mường Tè khóa VII",
            ),
        ],
    ),
    (
        "Đoàn viên học tập Nghị quyết Đại hội Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028 tại cơ sở.",
        [
            (
                "nghi-quyet",
                None,
                None,
                None,
                "Nghị quyết Đại hội Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028",
            ),
        ],
    ),
    ("Các chi bộ tiếp tục thực hiện Nghị quyết Đại hội Đảng các cấp, nhiệm kỳ 2020 - 2025.", []),
    (
        "Thực hiện Nghị quyết Đại hội Hội các cấp, nhiệm kỳ 2022 - 2027, hội viên tham gia tích "
        "cực.",
        [],
    ),
    # issue 16: the kind told by the symbol, not by a word
    (
        "Theo Công văn 05-QC/TW, chi bộ rà soát quy chế làm việc.",
        [("quy-che", "05", "QC/TW", None, "Công văn 05-QC/TW")],
    ),
    (
        "Ủy ban có văn bản số 1234/UBND-VX gửi các phòng, ban.",
        [("cong-van", "1234", "UBND-VX", None, "1234/UBND-VX")],
    ),
    (
        "Chủ tịch nước ký 12/LCT công bố luật; Sở Nội vụ trình 12/TTr-SNV ngày 3/4/2020.",
        [
            ("lenh", "12", "LCT", None, "12/LCT"),
            ("to-trinh", "12", "TTr-SNV", 2020, "12/TTr-SNV ngày 3/4/2020"),
        ],
    ),
    (
        "Thủ tướng ban hành Công điện số 05/CĐ-TTg ngày 10/10/2021 về phòng, chống dịch.",
        [("cong-dien", "05", "CĐ-TTg", 2021, "Công điện số 05/CĐ-TTg ngày 10/10/2021")],
    ),
    (
        "Căn cứ Mệnh lệnh số 05 của Giám đốc Công an thành phố, lực lượng ra quân.",
        [("lenh", "05", None, None, "Mệnh lệnh số 05")],
    ),
    (
        "Sở ban hành Văn bản hợp nhất 05/VBHN-BGDĐT 2023 và Phương án số 02-PA/ĐU.",
        [
            ("other", "05", "VBHN-BGDĐT", 2023, "05/VBHN-BGDĐT 2023"),
            ("other", "02", "PA/ĐU", None, "02-PA/ĐU"),
        ],
    ),
    # issue 16: long or unusual symbols
    (
        "Thực hiện Quyết định 512/QĐ/QUTW của Quân ủy Trung ương, đơn vị rà soát.",
        [("quyet-dinh", "512", "QĐ/QUTW", None, "Quyết định 512/QĐ/QUTW")],
    ),
    (
        "Trung ương Đoàn ban hành 289-QĐ/TWĐTN-VP; Sở ban hành 1234/SGD&ĐT-VP và "
        "1875/SNV-TCBC&TĐKT.",
        [
            ("quyet-dinh", "289", "QĐ/TWĐTN-VP", None, "289-QĐ/TWĐTN-VP"),
            ("cong-van", "1234", "SGD&ĐT-VP", None, "1234/SGD&ĐT-VP"),
            ("cong-van", "1875", "SNV-TCBC&TĐKT", None, "1875/SNV-TCBC&TĐKT"),
        ],
    ),
    (
        "Công đoàn ngành thực hiện Nghị quyết 15a/NQ-TLĐ và Quy định 289 - QĐ/TW.",
        [
            ("nghi-quyet", "15a", "NQ-TLĐ", None, "Nghị quyết 15a/NQ-TLĐ"),
            ("quy-dinh", "289", "QĐ/TW", None, "Quy định 289 - QĐ/TW"),
        ],
    ),
    (
        "Căn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 và hướng dẫn số 22HD/TWĐTN.",
        [
            ("ke-hoach", "298", "KH/TWĐTN", 2011, "Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011"),
            ("huong-dan", "22", "HD/TWĐTN", None, "hướng dẫn số 22HD/TWĐTN"),
        ],
    ),
    ("Nhà số 12/AB/CD và 12/KV3 không phải văn bản.", []),
    # issue 16: compact and damaged spellings
    (
        "Giáo viên thực hiện TT28/2019 và Thông tư 22-2021-TT-BGDĐT; 18-2019-TT-BGDĐT cũng vậy.",
        [
            ("thong-tu", "28", None, 2019, "TT28/2019"),
            ("thong-tu", "22", "TT-BGDĐT", 2021, "Thông tư 22-2021-TT-BGDĐT"),
            ("thong-tu", "18", "TT-BGDĐT", 2019, "18-2019-TT-BGDĐT"),
        ],
    ),
    (
        "Xử phạt theo Nghị định 15/2020/NĐCP và nghị định số 100/2019/nđ-cp.",
        [
            ("nghi-dinh", "15", "NĐ-CP", 2020, "Nghị định 15/2020/NĐCP"),
            ("nghi-dinh", "100", "NĐ-CP", 2019, "nghị định số 100/2019/nđ-cp"),
        ],
    ),
    (
        "Thông tư 01/2018 quy định bộ đồ dùng; Thông tư 10_2016_BGD quy định quy chế.",
        [
            ("thong-tu", "01", None, 2018, "Thông tư 01/2018"),
            ("thong-tu", "10", None, 2016, "Thông tư 10_2016_BGD"),
        ],
    ),
    ("Kế hoạch 2/2021 của chi bộ được thông qua.", []),
    (
        "Thực hiện Chỉ thị 05-CT/TW ngay 15/5/2016 và Quy định 08-QÐi/TW (Ð la U+00D0).",
        [
            ("chi-thi", "05", "CT/TW", 2016, "Chỉ thị 05-CT/TW ngay 15/5/2016"),
            ("quy-dinh", "08", "QĐi/TW", None, "Quy định 08-QÐi/TW"),
        ],
    ),
    (
        "<title>Quy định số 20-QĐ&#x002F;TW về thi hành điều lệ Đảng</title> https&#x3A;&#x002F;",
        [
            ("quy-dinh", "20", "QĐ/TW", None, "Quy định số 20-QĐ&#x002F;TW"),
            ("dieu-le", None, None, None, "điều lệ Đảng"),
        ],
    ),
    # issue 16: short back-references
    (
        "Thực hiện Quy định số 29-QĐ/TW ngày 25/7/2016 (gọi tắt là Quy định 29), chi bộ "
        "rà soát; Quy định 29 gồm nhiều điểm mới.",
        [
            ("quy-dinh", "29", "QĐ/TW", 2016, "Quy định số 29-QĐ/TW ngày 25/7/2016"),
            ("quy-dinh", "29", "QĐ/TW", 2016, "Quy định 29"),
            ("quy-dinh", "29", "QĐ/TW", 2016, "Quy định 29"),
        ],
    ),
    (
        "Đánh giá 10 năm thực hiện Chỉ thị 05 một cách khách quan; theo hướng dẫn 3127 của Sở.",
        [
            ("chi-thi", "05", None, None, "Chỉ thị 05"),
            ("huong-dan", "3127", None, None, "hướng dẫn 3127"),
        ],
    ),
    # issue 16: years attached
    (
        "Mục 19 Quy định 29-QĐ/TW năm 2016 dẫn Điều 21 Điều lệ Đảng Cộng sản Việt Nam 2011.",
        [
            ("quy-dinh", "29", "QĐ/TW", 2016, "Quy định 29-QĐ/TW năm 2016"),
            ("dieu-le", None, None, 2011, "Điều lệ Đảng Cộng sản Việt Nam 2011"),
        ],
    ),
    (
        "Số: 29-QĐ/TW | Hà Nội, ngày 25 tháng 07 năm 2016 | Quyết định 439/QĐ-TTg 2023",
        [
            ("quy-dinh", "29", "QĐ/TW", 2016, "29-QĐ/TW | Hà Nội, ngày 25 tháng 07 năm 2016"),
            ("quyet-dinh", "439", "QĐ-TTg", 2023, "Quyết định 439/QĐ-TTg 2023"),
        ],
    ),
    (
        "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật Sửa đổi, bổ sung một "
        "số điều của Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương năm 2019;",
        [
            ("luat", None, None, 2008, "Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008"),
            (
                "luat",
                None,
                None,
                2019,
                "Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức chính phủ và Luật Tổ chức "
                "chính quyền địa phương năm 2019",
            ),
        ],
    ),
    # issue 16: false hits
    ("Chi bộ kết luận 3 vấn đề; luật chơi được phổ biến; Quy định này có hiệu lực.", []),
    ("Theo quyết định trên, chi bộ kết luận rằng luật pháp phải được tôn trọng.", []),
    (
        "Căn cứ Luật số 15/2012/QH13 Luật Xử lý vi phạm hành chính, công an xã xử phạt.",
        [
            (
                "luat",
                "15",
                "QH13",
                2012,
                "Luật số 15/2012/QH13 Luật Xử lý vi phạm hành chính",
            ),
        ],
    ),
    ("Liên hệ 0913.123.456 hoặc số 15/2020 đường Lê Lợi, giá 1.250.000 đồng.", []),
    # negatives
    ("Chi bộ có 8/8 đảng viên hoàn thành tốt nhiệm vụ.", []),
    ("Thí sinh đạt 100/100 điểm trong hội thi tìm hiểu lịch sử Đảng.", []),
    ("Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 thành công tốt đẹp.", []),
    ("Kế hoạch kiểm tra, giám sát giai đoạn 2021-2025 đã được phê duyệt.", []),
    ("Mọi thông tin xin liên hệ số điện thoại 0912 345 678.", []),
    ("Điện thoại: 0274.3822.123 - Fax: 0274.3822.124.", []),
    ("Điều 30 quy định rõ nhiệm vụ của Ủy ban Kiểm tra các cấp.", []),
    ("Tổ đảng số 3 có 7 đảng viên sinh hoạt thường xuyên.", []),
    ("Chi bộ 3 được công nhận hoàn thành xuất sắc nhiệm vụ.", []),
    ("Khoản 2 của điều này áp dụng đối với đảng viên dự bị.", []),
    ("Ngày 28/7/2021, Ban Chấp hành Trung ương đã ban hành văn bản mới.", []),
    ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 95,5%.", []),
    ("Đại hội XIII của Đảng đã xác định rõ các nhiệm vụ trọng tâm.", []),
    ("Ban Chấp hành Trung ương khóa XII đã ban hành nhiều văn bản quan trọng.", []),
    ("Trụ sở Đảng ủy đặt tại số 12/3 đường Lê Lợi, phường 4.", []),
    ("Chi bộ thực hiện theo quy định của Đảng về sinh hoạt định kỳ.", []),
    ("Quyết định khen thưởng được trao cho các tập thể tiêu biểu.", []),
    ("Đồng chí Bí thư công bố Quy định về chế độ làm việc.", []),
    ("Chi bộ đã nhận số 22 trong danh sách đăng ký thi đua.", []),
    ("Kế hoạch 5 năm phát triển kinh tế - xã hội được thông qua.", []),
    ("Chi ủy quyết định 2 đảng viên được miễn sinh hoạt.", []),
    ("Đồng chí chủ trì kết luận 3 nội dung trọng tâm.", []),
    ("Đảng ủy thông báo 2 lần về việc nộp đảng phí.", []),
    ("Đồng chí Phó Bí thư hướng dẫn 10 chi bộ hoàn thiện hồ sơ đảng viên.", []),
    ("Năm 2023, Đảng bộ kết nạp 25 đảng viên mới, đạt 125% chỉ tiêu.", []),
    ("Hội nghị diễn ra lúc 08:20 ngày 27/03/2020 tại hội trường.", []),
    ("Khóa XII, Ban Chấp hành Trung ương đã họp 15 hội nghị.", []),
    ("Các Nghị quyết, kết luận của cấp trên được triển khai kịp thời.", []),
    (
        "Chi bộ thực hiện Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh trong công tác đoàn.",
        [("dieu-le", None, None, None, "Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh")],
    ),
    ("Luật sư Nguyễn Văn A tham gia tư vấn pháp lý miễn phí cho người dân.", []),
    ("Theo kế hoạch 2023, chi bộ phải kiểm tra 4 đảng viên.", []),
    ("Chi bộ thôn 5 có 20/25 hộ đạt danh hiệu gia đình văn hóa.", []),
    ("Ban Thường vụ đã kết luận số 5 trường hợp vi phạm.", []),
    ("Mã số thuế 0301234567-001 của doanh nghiệp đã được cập nhật.", []),
    ("Đợt 1/2023 có 12 quần chúng được kết nạp vào Đảng.", []),
    ("Quy định hiện hành không cho phép đảng viên kinh doanh.", []),
    ("Hơn 6.000 đảng viên thuộc Đảng bộ Công an thành phố.", []),
    ("Nghị quyết đã đi vào cuộc sống, Chỉ thị được thực hiện nghiêm túc.", []),
    ("Hội nghị Trung ương 4 khóa XII đã thảo luận nhiều vấn đề quan trọng.", []),
    ("Ban Chỉ đạo 35 của Đảng ủy hoạt động hiệu quả.", []),
    ("Quyết định 2/3 số thành viên tán thành thì nghị quyết được thông qua.", []),
    ("COVID-19 ảnh hưởng đến sinh hoạt chi bộ trong năm 2021.", []),
    ("Kỷ niệm 93 năm ngày thành lập Đảng (3/2/1930 - 3/2/2023).", []),
    ("Theo quy định 3 tháng một lần, chi bộ họp mở rộng.", []),
    ("Chi bộ khu phố 12/3A có 15 đảng viên.", []),
    ("Chi ủy ban hành kế hoạch kiểm tra 5 đảng viên trong quý III.", []),
    ("Đại hội Đảng bộ tỉnh lần thứ XX thành công tốt đẹp.", []),
]

# Held-out sentences, written before the regular expressions existed and never
# tuned against; tests assert only precision and recall on them, not equality.
HELD_OUT: list[Row] = [
    (
        "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 125-KH/HU ngày 15/3/2022 về thực hiện Kết "
        "luận số 01-KL/TW của Bộ Chính trị.",
        [
            ("ke-hoach", "125", "KH/HU", 2022, "Kế hoạch số 125-KH/HU ngày 15/3/2022"),
            ("ket-luan", "01", "KL/TW", None, "Kết luận số 01-KL/TW"),
        ],
    ),
    (
        "Năm 2023, chi bộ kết nạp được 2/3 quần chúng ưu tú trong danh sách đối tượng phát triển "
        "đảng.",
        [],
    ),
    (
        "Thực hiện Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức "
        "cách mạng của cán bộ, đảng viên trong giai đoạn mới.",
        [
            ("quy-dinh", "144", "QĐ/TW", 2024, "Quy định số 144-QĐ/TW, ngày 09/5/2024"),
        ],
    ),
    (
        "Đồng chí Bí thư quán triệt Chỉ thị 05-CT/TW và Kết luận 01-KL/TW ngày 18/5/2021 đến toàn "
        "thể đảng viên.",
        [
            ("chi-thi", "05", "CT/TW", None, "Chỉ thị 05-CT/TW"),
            ("ket-luan", "01", "KL/TW", 2021, "Kết luận 01-KL/TW ngày 18/5/2021"),
        ],
    ),
    (
        "Liên hệ đồng chí Nguyễn Văn Bình, số điện thoại 0983 456 789 hoặc 0236.3822.456 để được "
        "hướng dẫn.",
        [],
    ),
    (
        "Căn cứ Nghị định số 112/2020/NĐ-CP ngày 18 tháng 9 năm 2020 của Chính phủ về xử lý kỷ "
        "luật cán bộ, công chức, viên chức.",
        [
            (
                "nghi-dinh",
                "112",
                "NĐ-CP",
                2020,
                "Nghị định số 112/2020/NĐ-CP ngày 18 tháng 9 năm 2020",
            ),
        ],
    ),
    (
        "Chi bộ đã tổ chức học tập chuyên đề năm 2024 theo tinh thần Nghị quyết Trung ương 4 khoá "
        "XII về tăng cường xây dựng, chỉnh đốn Đảng.",
        [
            ("nghi-quyet", "04", "NQ/TW", 2016, "Nghị quyết Trung ương 4 khoá XII"),
        ],
    ),
    (
        "Tỷ lệ đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 95%, vượt 5% so với "
        "chỉ tiêu nghị quyết đề ra.",
        [],
    ),
    (
        "Theo Điều 9 Điều lệ Đảng, tổ chức cơ sở đảng được lập ở xã, phường, thị trấn.",
        [
            ("dieu-le", None, None, None, "Điều lệ Đảng"),
        ],
    ),
    (
        "Ủy ban Kiểm tra Đảng ủy đã tham mưu ban hành Quyết định số 45-QĐ/ĐU ngày 12-6-2023 thành "
        "lập đoàn kiểm tra.",
        [
            ("quyet-dinh", "45", "QĐ/ĐU", 2023, "Quyết định số 45-QĐ/ĐU ngày 12-6-2023"),
        ],
    ),
    ("Đảng bộ xã có 15 chi bộ trực thuộc, trong đó có 10 chi bộ thôn và 5 chi bộ trường học.", []),
    (
        "Thực hiện Hướng dẫn số 25-HD/BTGTW ngày 12/12/2023 của Ban Tuyên giáo Trung ương, Đảng "
        "ủy đã tổ chức hội nghị trực tuyến.",
        [
            ("huong-dan", "25", "HD/BTGTW", 2023, "Hướng dẫn số 25-HD/BTGTW ngày 12/12/2023"),
        ],
    ),
    (
        "Việc xử lý kỷ luật đảng viên vi phạm được thực hiện theo Quy định 69-QĐ/TW của Bộ Chính "
        "trị và Hướng dẫn 05-HD/UBKTTW.",
        [
            ("quy-dinh", "69", "QĐ/TW", None, "Quy định 69-QĐ/TW"),
            ("huong-dan", "05", "HD/UBKTTW", None, "Hướng dẫn 05-HD/UBKTTW"),
        ],
    ),
    ("Đại hội Chi bộ nhiệm kỳ 2022 - 2025 đã bầu 3 đồng chí vào Chi ủy.", []),
    (
        "Trong năm, Chi bộ đã kiểm tra 4/12 đảng viên và giám sát chuyên đề đối với 100% chi ủy "
        "viên.",
        [],
    ),
    (
        "Căn cứ Luật Thi đua, khen thưởng năm 2022 và Nghị định 98/2023/NĐ-CP, Chủ tịch UBND "
        "huyện tặng giấy khen cho 12 tập thể.",
        [
            ("luat", None, None, 2022, "Luật Thi đua, khen thưởng năm 2022"),
            ("nghi-dinh", "98", "NĐ-CP", 2023, "Nghị định 98/2023/NĐ-CP"),
        ],
    ),
    (
        "Chi bộ thực hiện nghiêm Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị về trách "
        "nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân "
        "dân nơi cư trú.",
        [
            ("quy-dinh", "213", "QĐ/TW", 2020, "Quy định số 213-QĐ/TW ngày 02/01/2020"),
        ],
    ),
    (
        "Công tác phát triển đảng viên được thực hiện theo Hướng dẫn 12 của Ban Tổ chức Trung "
        "ương.",
        [
            ("huong-dan", "12", None, None, "Hướng dẫn 12"),
        ],
    ),
    (
        "Thông báo kết luận số 125-TB/TU ngày 5/8/2022 của Ban Thường vụ Tỉnh ủy đã chỉ rõ các "
        "hạn chế.",
        [
            ("thong-bao", "125", "TB/TU", 2022, "Thông báo kết luận số 125-TB/TU ngày 5/8/2022"),
        ],
    ),
    (
        "Chi bộ triển khai Kế hoạch số 07/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân phường về "
        "cải cách hành chính.",
        [
            ("ke-hoach", "07", "KH-UBND", 2024, "Kế hoạch số 07/KH-UBND ngày 10/01/2024"),
        ],
    ),
    (
        "Sau đợt kiểm tra, Ủy ban Kiểm tra đã ra thông báo kết luận và đề nghị tổ chức đảng khắc "
        "phục trong 30 ngày.",
        [],
    ),
    (
        "Chi bộ đã tổ chức quán triệt Nghị quyết Đại hội XIII của Đảng đến 100% đảng viên.",
        [
            ("nghi-quyet", None, None, None, "Nghị quyết Đại hội XIII"),
        ],
    ),
    (
        "Chỉ thị số 28-CT/TW ngày 21/9/2018 của Ban Bí thư về nâng cao chất lượng giáo dục lý "
        "luận chính trị cho cán bộ, đảng viên.",
        [
            ("chi-thi", "28", "CT/TW", 2018, "Chỉ thị số 28-CT/TW ngày 21/9/2018"),
        ],
    ),
    ("Các đồng chí trong Chi ủy thực hiện nghiêm 19 điều đảng viên không được làm.", []),
    (
        "QUY ĐỊNH SỐ 37-QĐI/TW NGÀY 25/10/2021 VỀ NHỮNG ĐIỀU ĐẢNG VIÊN KHÔNG ĐƯỢC LÀM",
        [
            ("quy-dinh", "37", "QĐi/TW", 2021, "QUY ĐỊNH SỐ 37-QĐI/TW NGÀY 25/10/2021"),
        ],
    ),
    (
        "Đảng ủy đã ban hành Nghị quyết chuyên đề số 03-NQ/ĐU về công tác cán bộ giai đoạn 2021 - "
        "2025.",
        [
            ("nghi-quyet", "03", "NQ/ĐU", None, "Nghị quyết chuyên đề số 03-NQ/ĐU"),
        ],
    ),
    (
        "Ngày 28/7/2021, Ban Chấp hành Trung ương ban hành quy định mới về công tác kiểm tra, "
        "giám sát.",
        [],
    ),
    ("Tổ đảng số 2 có 9 đảng viên, sinh hoạt tại nhà văn hóa khu phố số 7.", []),
    (
        "Công văn số 2345/BNV-CCVC của Bộ Nội vụ hướng dẫn việc đánh giá, xếp loại chất lượng "
        "công chức năm 2023.",
        [
            ("cong-van", "2345", "BNV-CCVC", None, "Công văn số 2345/BNV-CCVC"),
        ],
    ),
    (
        "Quán triệt Kết luận số 21-KL/TW, ngày 25 tháng 10 năm 2021 của Hội nghị Trung ương 4 "
        "khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng.",
        [
            ("ket-luan", "21", "KL/TW", 2021, "Kết luận số 21-KL/TW, ngày 25 tháng 10 năm 2021"),
        ],
    ),
    (
        "Gương người tốt, việc tốt được biểu dương tại hội nghị sơ kết 3 năm thực hiện Chỉ thị 05.",
        [
            ("chi-thi", "05", None, None, "Chỉ thị 05"),
        ],
    ),
    (
        "Chi bộ được công nhận đạt chuẩn 'Chi bộ 4 tốt' và có 3 năm liền hoàn thành xuất sắc "
        "nhiệm vụ.",
        [],
    ),
    (
        "Thực hiện Quyết định 1847/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án Văn hóa công vụ.",
        [
            ("quyet-dinh", "1847", "QĐ-TTg", None, "Quyết định 1847/QĐ-TTg"),
        ],
    ),
    (
        "Thông tư số 06/2022/TT-BNV ngày 28/6/2022 của Bộ Nội vụ sửa đổi, bổ sung một số điều.",
        [
            ("thong-tu", "06", "TT-BNV", 2022, "Thông tư số 06/2022/TT-BNV ngày 28/6/2022"),
        ],
    ),
    ("Đảng ủy Khối đã ban hành Quy chế làm việc khóa XV, nhiệm kỳ 2020 - 2025.", []),
    (
        "Chi bộ đã thực hiện tốt Quy định 08-QĐi/TW về trách nhiệm nêu gương, gắn với Nghị quyết "
        "TW4 khóa XI.",
        [
            ("quy-dinh", "08", "QĐi/TW", None, "Quy định 08-QĐi/TW"),
            ("nghi-quyet", "12", "NQ/TW", 2012, "Nghị quyết TW4 khóa XI"),
        ],
    ),
    (
        "Văn phòng Huyện ủy tham mưu Thông báo số 312-TB/HU, ngày 04/4/2023 về ý kiến của Thường "
        "trực Huyện ủy.",
        [
            ("thong-bao", "312", "TB/HU", 2023, "Thông báo số 312-TB/HU, ngày 04/4/2023"),
        ],
    ),
    ("Kỷ niệm 93 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2023).", []),
    (
        "Căn cứ Luật Phòng, chống tham nhũng năm 2018, Luật Cán bộ, công chức, chi bộ đã chỉ đạo "
        "rà soát.",
        [
            ("luat", None, None, 2018, "Luật Phòng, chống tham nhũng năm 2018"),
            ("luat", None, None, None, "Luật Cán bộ, công chức"),
        ],
    ),
    (
        "Đồng chí Bí thư Chi bộ nhấn mạnh: thực hiện 15-CT/ĐUK về tăng cường kỷ luật, kỷ cương là "
        "nhiệm vụ trọng tâm.",
        [
            ("chi-thi", "15", "CT/ĐUK", None, "15-CT/ĐUK"),
        ],
    ),
    ("Kế hoạch 10 năm về phát triển nguồn nhân lực của tỉnh được triển khai từ năm 2021.", []),
    (
        "Thực hiện Quy định số 22 - QĐ/TW ngày 28 - 7 - 2021 về công tác kiểm tra, giám sát và kỷ "
        "luật của Đảng.",
        [
            ("quy-dinh", "22", "QĐ/TW", 2021, "Quy định số 22 - QĐ/TW ngày 28 - 7 - 2021"),
        ],
    ),
    (
        "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ "
        "nền tảng tư tưởng của Đảng.",
        [
            ("nghi-quyet", "35", "NQ/TW", 2018, "Nghị quyết số 35-NQ/TW ngày 22/10/2018"),
        ],
    ),
    (
        "Chi bộ xây dựng chương trình hành động, ban hành 02 nghị quyết chuyên đề và 01 kế hoạch "
        "kiểm tra.",
        [],
    ),
]
