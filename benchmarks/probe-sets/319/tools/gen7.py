from lib import F, P, ch, emit

TEXT = """Thời sự

Thứ hai, 9/12/2024, 06:00 (GMT+7)

Gần 1.900 vụ vi phạm về khoáng sản bị phát hiện trong 10 tháng

Lực lượng Cảnh sát phòng, chống tội phạm về môi trường đã phát hiện 1.874 vụ vi phạm trong lĩnh vực khoáng sản từ đầu năm đến hết tháng 10, trong đó khai thác cát, sỏi lòng sông chiếm khoảng 43%.

Theo báo cáo của Bộ Công an, trong 10 tháng năm 2024, các đơn vị đã xử phạt hành chính 1.652 vụ, tổng số tiền phạt trên 82 tỷ đồng; khởi tố 97 vụ với 214 bị can, tăng 23 vụ so với cùng kỳ năm 2023. Số phương tiện bị tạm giữ là 1.035 chiếc, gồm 486 tàu, thuyền, sà lan và 549 ô tô, máy xúc.

Các địa phương phát hiện nhiều vụ việc nhất là Hà Nội (156 vụ), Vĩnh Phúc (121 vụ), An Giang (98 vụ) và Đồng Nai (87 vụ). Tại Vĩnh Phúc, riêng đoạn sông Hồng qua huyện Vĩnh Tường có 39 vụ, chiếm hơn 32% số vụ của tỉnh.

Theo Bộ Tài nguyên và Môi trường, tổng nhu cầu cát xây dựng cả nước mỗi năm khoảng 130 - 150 triệu m³, trong khi tổng trữ lượng cát lòng sông được cấp phép chỉ khoảng 2,05 tỷ m³. Giá cát tại nhiều công trình phía Nam đã lên 450.000 - 550.000 đồng/m³, gấp 1,5 lần so với đầu năm.

Thượng tá Nguyễn Văn Long, Phó Cục trưởng Cục C05, cho biết trong 2 tháng cuối năm, lực lượng công an sẽ mở đợt cao điểm tấn công tội phạm về khoáng sản; người dân có thể báo tin qua số 069.2342.567.

Hoàng Anh
"""

M10h = P("trong 10 tháng", "2024-01-01", "2024-10-31")
YTD = P("từ đầu năm đến hết tháng 10", "2024-01-01", "2024-10-31")
M10 = P("trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10i = P("trong 10 tháng năm 2024", "2024-01-01", "2024-10-31", inh=True)
SUBJ_L = "vụ việc phát hiện"

FIGS = [
    F("Gần 1.900 vụ", "1.900", 1900, "count", "vụ", "vụ vi phạm về khoáng sản bị phát hiện", M10h, approx="nearly"),
    F("phát hiện 1.874 vụ", "1.874", 1874, "count", "vụ", "vụ vi phạm trong lĩnh vực khoáng sản phát hiện", YTD),
    F("chiếm khoảng 43%", "43", 43, "percent", "%", "khai thác cát, sỏi lòng sông trong số vụ vi phạm", YTD,
      approx="about"),
    F("xử phạt hành chính 1.652 vụ", "1.652", 1652, "count", "vụ", "vụ xử phạt hành chính", M10),
    F("trên 82 tỷ đồng", "82", 82e9, "money", "đồng", "tổng số tiền phạt", M10, approx="over"),
    F("khởi tố 97 vụ", "97", 97, "count", "vụ", "vụ khởi tố", M10, change=ch("increase", 23, "vụ", "cùng kỳ năm 2023")),
    F("với 214 bị can", "214", 214, "count", "bị can", "bị can khởi tố", M10),
    F("là 1.035 chiếc", "1.035", 1035, "count", "chiếc", "phương tiện bị tạm giữ", M10i),
    F("gồm 486 tàu", "486", 486, "count", "tàu, thuyền, sà lan", "tàu, thuyền, sà lan bị tạm giữ", M10i, total=1035),
    F("và 549 ô tô", "549", 549, "count", "ô tô, máy xúc", "ô tô, máy xúc bị tạm giữ", M10i, total=1035),
    F("Hà Nội (156 vụ)", "156", 156, "count", "vụ", SUBJ_L, M10i, location="Hà Nội"),
    F("Vĩnh Phúc (121 vụ)", "121", 121, "count", "vụ", SUBJ_L, M10i, location="Vĩnh Phúc"),
    F("An Giang (98 vụ)", "98", 98, "count", "vụ", SUBJ_L, M10i, location="An Giang"),
    F("Đồng Nai (87 vụ)", "87", 87, "count", "vụ", SUBJ_L, M10i, location="Đồng Nai"),
    F("có 39 vụ", "39", 39, "count", "vụ", "vụ việc trên đoạn sông Hồng qua huyện Vĩnh Tường", M10i, percent=32,
      location="Vĩnh Tường"),
    F("khoảng 130 - 150 triệu m³", "130", 130e6, "measure", "m³", "tổng nhu cầu cát xây dựng cả nước mỗi năm",
      approx="about", value_max=150e6),
    F("khoảng 2,05 tỷ m³", "2,05", 2.05e9, "measure", "m³", "tổng trữ lượng cát lòng sông được cấp phép",
      approx="about"),
    F("lên 450.000 - 550.000 đồng/m³", "450.000", 450000, "money", "đồng/m³", "giá cát tại nhiều công trình phía Nam",
      value_max=550000, change=ch("increase", 1.5, "lần", "đầu năm")),
]

COMMENTS = [
    "National press: illegal mining and mineral violations nationwide, 10 months 2024 (Ministry of Public Security), provinces, sand demand and prices.",
    "Dateline 'Thứ hai, 9/12/2024, 06:00 (GMT+7)'. Default location Việt Nam. Headline '10 tháng' without a year → 2024 (dateline).",
    "'trong đó khai thác cát, sỏi lòng sông chiếm khoảng 43%' — a percent standing alone (no count): a figure of its own, no total.",
    "'khởi tố 97 vụ với 214 bị can, tăng 23 vụ so với cùng kỳ năm 2023' → change (vụ) belongs to 97 vụ across the 'với' phrase.",
    "'1.035 chiếc, gồm 486 … và 549 …' parts. Province list → location per item; 'huyện Vĩnh Tường có 39 vụ, chiếm hơn 32% số vụ của tỉnh' percent 32.",
    "Ranges with a shared multiplier ('130 - 150 triệu m³'); price range with 'gấp 1,5 lần so với đầu năm' as its change (lần). Demand/reserves have no period.",
    "Distractors: phone 069.2342.567, 'Cục C05', '(GMT+7)', 'Thượng tá', '2 tháng cuối năm', dateline.",
]

emit("p319-7", TEXT, COMMENTS, FIGS, published="2024-12-09", location="Việt Nam")
