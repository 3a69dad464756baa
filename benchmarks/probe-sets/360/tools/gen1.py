from lib import F, P, I, emit

TEXT = """Cổng Thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Thái Bình: 92,6% trường học công lập đạt chuẩn quốc gia
Cập nhật: 14/08/2024 09:20 | Lượt xem: 1.347

(Cổng TTĐT) - Theo báo cáo của Sở Giáo dục và Đào tạo, tính đến ngày 31/7/2024, toàn tỉnh có 793/856 trường mầm non và phổ thông công lập đạt chuẩn quốc gia, đạt 92,6%, tăng 37 trường so với cùng kỳ năm 2023. Trong đó, mầm non có 275 trường, tiểu học 284 trường, trung học cơ sở 205 trường và trung học phổ thông 29 trường. Số trường đạt chuẩn mức độ 2 là 318 trường, chiếm 40,1% số trường đạt chuẩn.

Năm 2023, tổng kinh phí đầu tư cơ sở vật chất trường học của tỉnh đạt trên 1.120 tỷ đồng, trong đó ngân sách tỉnh 645 tỷ đồng, ngân sách huyện, xã khoảng 390 tỷ đồng, còn lại là nguồn xã hội hóa. Toàn tỉnh xây mới 412 phòng học, cải tạo 268 phòng học và 156 công trình nhà vệ sinh; tỷ lệ phòng học kiên cố đạt 97,8%.

Một số địa phương có tỷ lệ trường đạt chuẩn cao gồm: thành phố Thái Bình (100%), huyện Đông Hưng (97,5%), huyện Vũ Thư (96,2%); thấp nhất là huyện Thái Thụy với 84,3%.

Theo Kế hoạch số 86/KH-UBND của UBND tỉnh, năm 2025 tỉnh phấn đấu có 95% trường công lập đạt chuẩn quốc gia, trong đó ít nhất 45% đạt chuẩn mức độ 2; giai đoạn 2024-2025 dự kiến bố trí khoảng 1.500 tỷ đồng cho xây dựng trường chuẩn.

Mọi ý kiến đóng góp xin gửi về Phòng Kế hoạch - Tài chính, Sở GD&ĐT, số 14 phố Lý Bôn, TP Thái Bình; điện thoại 0227.3831.575.
"""

ASOF = P("tính đến ngày 31/7/2024", None, "2024-07-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Thái Bình: 92,6%", "92,6", 92.6, "percent", "%", "trường học công lập đạt chuẩn quốc gia", I(ASOF)),
    F("có 793/856", "793", 793, "count", "trường", "trường mầm non và phổ thông công lập đạt chuẩn quốc gia", ASOF,
      total=856, percent=92.6, change={"direction": "increase", "value": 37, "unit": "trường", "baseline": "cùng kỳ năm 2023"}),
    F("mầm non có 275 trường", "275", 275, "count", "trường", "trường mầm non đạt chuẩn quốc gia", I(ASOF), total=793),
    F("tiểu học 284 trường", "284", 284, "count", "trường", "trường tiểu học đạt chuẩn quốc gia", I(ASOF), total=793),
    F("trung học cơ sở 205 trường", "205", 205, "count", "trường", "trường trung học cơ sở đạt chuẩn quốc gia", I(ASOF), total=793),
    F("trung học phổ thông 29 trường", "29", 29, "count", "trường", "trường trung học phổ thông đạt chuẩn quốc gia", I(ASOF), total=793),
    F("là 318 trường", "318", 318, "count", "trường", "Số trường đạt chuẩn mức độ 2", I(ASOF), percent=40.1),
    F("trên 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "tổng kinh phí đầu tư cơ sở vật chất trường học", Y23, approx="over"),
    F("ngân sách tỉnh 645 tỷ đồng", "645", 645e9, "money", "đồng", "ngân sách tỉnh đầu tư cơ sở vật chất trường học", Y23, total=1120e9),
    F("khoảng 390 tỷ đồng", "390", 390e9, "money", "đồng", "ngân sách huyện, xã đầu tư cơ sở vật chất trường học", Y23,
      approx="about", total=1120e9),
    F("xây mới 412 phòng học", "412", 412, "count", "phòng học", "phòng học xây mới", I(Y23)),
    F("cải tạo 268 phòng học", "268", 268, "count", "phòng học", "phòng học cải tạo", I(Y23)),
    F("156 công trình nhà vệ sinh", "156", 156, "count", "công trình nhà vệ sinh", "công trình nhà vệ sinh cải tạo", I(Y23)),
    F("đạt 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ phòng học kiên cố", I(Y23)),
    F("Thái Bình (100%)", "100", 100, "percent", "%", "tỷ lệ trường đạt chuẩn", I(ASOF), location="Thái Bình"),
    F("Đông Hưng (97,5%)", "97,5", 97.5, "percent", "%", "tỷ lệ trường đạt chuẩn", I(ASOF), location="Đông Hưng"),
    F("Vũ Thư (96,2%)", "96,2", 96.2, "percent", "%", "tỷ lệ trường đạt chuẩn", I(ASOF), location="Vũ Thư"),
    F("với 84,3%", "84,3", 84.3, "percent", "%", "tỷ lệ trường đạt chuẩn", I(ASOF), location="Thái Thụy"),
    F("có 95% trường", "95", 95, "percent", "%", "trường công lập đạt chuẩn quốc gia", Y25, status="target"),
    F("ít nhất 45%", "45", 45, "percent", "%", "trường công lập đạt chuẩn mức độ 2", Y25, approx="at_least", status="target"),
    F("khoảng 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "kinh phí bố trí cho xây dựng trường chuẩn",
      P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình (province portal): trường đạt chuẩn quốc gia to 31/7/2024 by level, capital spent on school facilities in 2023,",
    "districts' rates, 2025 targets. Dateline 'Cập nhật: 14/08/2024 09:20 | Lượt xem: 1.347' (view counter is furniture).",
    "Distractors: 'ngày 31/7/2024', 'cùng kỳ năm 2023', 'chuẩn mức độ 2' (a level label, twice), 'Kế hoạch số 86/KH-UBND', 'số 14 phố Lý Bôn',",
    "phone 0227.3831.575, 'giai đoạn 2024-2025'.",
    "793/856 carries total 856, share 92,6 and the change 37 trường; the four levels after 'Trong đó' (sentence break) add up to 793.",
    "318 'chiếm 40,1% số trường đạt chuẩn': share only; the cue names no number, so no total. 645 and 390 tỷ are parts of 1.120 tỷ.",
    "District list: each district is the location; 'thành phố Thái Bình' is the city (place() strips the prefix either way).",
    "'năm 2025 tỉnh phấn đấu …, trong đó ít nhất 45%': both targets; 1.500 tỷ after 'dự kiến' is a forecast.",
]

emit("p360-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Thái Bình")
