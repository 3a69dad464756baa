from lib import F, per, chg, tgt, emit

TEXT = """Nam Định huy động trên 312 tỷ đồng tu bổ, tôn tạo di tích
Cập nhật: 14/10/2024 09:12
Lượt xem: 2.317

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, tính đến 30/9/2024, toàn tỉnh có 1.762 di tích đã được xếp hạng, trong đó 4 di tích quốc gia đặc biệt, 84 di tích cấp quốc gia và 1.674 di tích cấp tỉnh. Vụ Bản và Ý Yên là hai huyện có nhiều di tích xếp hạng nhất, lần lượt 212 và 198 di tích; tiếp đến là Nam Trực (176 di tích) và Hải Hậu (154 di tích).

Thực hiện Đề án bảo tồn, phát huy giá trị di tích ban hành kèm Quyết định số 2274/QĐ-UBND ngày 12/10/2021, từ năm 2021 đến nay tỉnh đã huy động 312,4 tỷ đồng cho công tác tu bổ, tôn tạo di tích, trong đó ngân sách Trung ương hỗ trợ 46,5 tỷ đồng, ngân sách tỉnh 118 tỷ đồng, ngân sách cấp huyện, cấp xã 61,2 tỷ đồng và nguồn xã hội hóa 86,7 tỷ đồng (chiếm 27,8%). Nhờ đó, 143 di tích được tu bổ, tôn tạo, tăng 38 di tích so với giai đoạn 2016-2020; 27 di tích xuống cấp nghiêm trọng được hỗ trợ chống xuống cấp khẩn cấp.

Trong 9 tháng năm 2024, các di tích trọng điểm của tỉnh đón khoảng 1,85 triệu lượt khách, tăng 12,3% so với cùng kỳ năm 2023, trong đó Khu di tích lịch sử văn hóa Đền Trần đón 640 nghìn lượt, Phủ Dầy 415 nghìn lượt. Thu phí tham quan, tiền công đức đạt 21,6 tỷ đồng. Đoạn Quốc lộ 21 qua khu vực Phủ Dầy đã được bố trí thêm điểm trông giữ xe phục vụ du khách.

Năm 2025, tỉnh phấn đấu tu bổ thêm 35 di tích, nâng tỷ lệ di tích xếp hạng được tu bổ lên trên 80%; vốn cho lĩnh vực này dự kiến bố trí khoảng 95 tỷ đồng. Hiện còn khoảng 210 di tích đang xuống cấp, nhu cầu kinh phí ước tính gần 1,1 nghìn tỷ đồng.

Mọi ý kiến xin gửi về Sở Văn hóa, Thể thao và Du lịch Nam Định, số 9 đường Trần Hưng Đạo, điện thoại 0228.3849.525.
"""

P30 = per("tính đến 30/9/2024", None, "2024-09-30")
P30i = per("tính đến 30/9/2024", None, "2024-09-30", inh=True)
PNAY = per("từ năm 2021 đến nay", "2021-01-01", "2024-10-14")
PNAYi = per("từ năm 2021 đến nay", "2021-01-01", "2024-10-14", inh=True)
P9 = per("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = per("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
P25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("huy động trên 312 tỷ", "312", 312e9, "money", "đồng", "kinh phí tu bổ, tôn tạo di tích", PNAYi, approx="over"),
    F("có 1.762 di tích", "1.762", 1762, "count", "di tích", "di tích đã được xếp hạng", P30),
    F("trong đó 4 di tích", "4", 4, "count", "di tích", "di tích quốc gia đặc biệt", P30, total=1762),
    F("84 di tích cấp quốc gia", "84", 84, "count", "di tích", "di tích cấp quốc gia", P30, total=1762),
    F("1.674 di tích cấp tỉnh", "1.674", 1674, "count", "di tích", "di tích cấp tỉnh", P30, total=1762),
    F("là hai huyện", "hai", 2, "count", "huyện", "huyện có nhiều di tích xếp hạng nhất", P30i, optional=True),
    F("lần lượt 212", "212", 212, "count", "di tích", "di tích xếp hạng", P30i, location="Vụ Bản"),
    F("212 và 198 di tích", "198", 198, "count", "di tích", "di tích xếp hạng", P30i, location="Ý Yên"),
    F("Nam Trực (176 di tích)", "176", 176, "count", "di tích", "di tích xếp hạng", P30i, location="Nam Trực"),
    F("Hải Hậu (154 di tích)", "154", 154, "count", "di tích", "di tích xếp hạng", P30i, location="Hải Hậu"),
    F("huy động 312,4 tỷ đồng", "312,4", 312.4e9, "money", "đồng", "kinh phí huy động cho công tác tu bổ, tôn tạo di tích", PNAY),
    F("hỗ trợ 46,5 tỷ đồng", "46,5", 46.5e9, "money", "đồng", "ngân sách Trung ương hỗ trợ", PNAY, total=312.4e9),
    F("ngân sách tỉnh 118 tỷ đồng", "118", 118e9, "money", "đồng", "ngân sách tỉnh", PNAY, total=312.4e9),
    F("cấp xã 61,2 tỷ đồng", "61,2", 61.2e9, "money", "đồng", "ngân sách cấp huyện, cấp xã", PNAY, total=312.4e9),
    F("xã hội hóa 86,7 tỷ đồng", "86,7", 86.7e9, "money", "đồng", "nguồn xã hội hóa", PNAY, total=312.4e9, percent=27.8),
    F("143 di tích được tu bổ", "143", 143, "count", "di tích", "di tích được tu bổ, tôn tạo", PNAYi,
      change=chg("increase", 38, "di tích", "giai đoạn 2016-2020")),
    F("27 di tích xuống cấp", "27", 27, "count", "di tích", "di tích xuống cấp nghiêm trọng được hỗ trợ chống xuống cấp khẩn cấp", PNAYi),
    F("khoảng 1,85 triệu lượt khách", "1,85", 1.85e6, "count", "lượt khách", "khách đến các di tích trọng điểm", P9,
      approx="about", change=chg("increase", 12.3, "%", "cùng kỳ năm 2023")),
    F("đón 640 nghìn lượt", "640", 640e3, "count", "lượt khách", "khách đến Khu di tích lịch sử văn hóa Đền Trần", P9, total=1.85e6),
    F("Phủ Dầy 415 nghìn", "415", 415e3, "count", "lượt khách", "khách đến Phủ Dầy", P9, total=1.85e6),
    F("đạt 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", "thu phí tham quan, tiền công đức", P9i),
    F("thêm 35 di tích", "35", 35, "count", "di tích", "di tích tu bổ thêm", P25, status="target"),
    F("lên trên 80%", "80", 80, "percent", "%", "tỷ lệ di tích xếp hạng được tu bổ", P25, approx="over", status="target"),
    F("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "vốn cho lĩnh vực tu bổ di tích", P25, approx="about", status="forecast"),
    F("khoảng 210 di tích", "210", 210, "count", "di tích", "di tích đang xuống cấp", approx="about"),
    F("gần 1,1 nghìn tỷ", "1,1", 1.1e12, "money", "đồng", "nhu cầu kinh phí tu bổ di tích xuống cấp", approx="nearly", status="estimate"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nam Định (province portal): ranked relics, restoration funding 2021-now, visitors 9 months 2024, 2025 targets.",
    "Dateline 'Cập nhật: 14/10/2024 09:12'; 'Lượt xem: 2.317' is a counter. Distractors: Quyết định số 2274/QĐ-UBND ngày 12/10/2021, Quốc lộ 21,",
    "address 'số 9 đường Trần Hưng Đạo', phone 0228.3849.525, baseline 'giai đoạn 2016-2020'.",
    "Headline 'trên 312 tỷ đồng' is a figure (over); its period stands only in the body (inherited).",
    "'trong đó' parts of 1.762 and of 312,4 tỷ take those wholes as total; '(chiếm 27,8%)' is the percent of the last part.",
    "'lần lượt 212 và 198' maps to Vụ Bản and Ý Yên; district list items take the district as location, the indicator as subject.",
    "'trong đó Đền Trần … 640 nghìn lượt, Phủ Dầy 415 nghìn lượt' are parts of the 1,85 triệu visitors (total).",
    "'phấn đấu' governs both 2025 figures before ';'; 'dự kiến' makes 95 tỷ a forecast; 'ước tính gần 1,1 nghìn tỷ' estimate + nearly.",
    "'Hiện còn' gives no period. 'hai huyện' (list head) optional.",
]

emit("p282-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Nam Định")
