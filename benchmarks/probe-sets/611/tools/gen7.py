from lib import F, P, I, CH, TG, emit

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Trang chủ / Di sản văn hóa / Tin chuyên ngành

Khách tham quan các khu di tích trọng điểm tăng mạnh

Năm 2023, các di tích, bảo tàng trên địa bàn tỉnh Quảng Ninh đón hơn 3,1 triệu lượt khách, tăng 21,7% so với năm 2022, trong đó khách quốc tế khoảng 286.000 lượt; tổng thu phí tham quan đạt 86,5 tỷ đồng, vượt 8,1% kế hoạch. Toàn tỉnh có 630 di tích đã được kiểm kê, tập trung nhiều ở Đông Triều (97 di tích), Quảng Yên (71) và Uông Bí (42).

Lượt khách tại một số khu di tích trọng điểm
Đơn vị tính: lượt khách

Khu di tích
Năm 2022
Năm 2023
Kế hoạch 2024
Yên Tử
1.154.200
1.482.600
1.600.000
Bạch Đằng
215.400
268.900
300.000
Đền Cửa Ông
386.000
417.250
450.000
Bảo tàng Quảng Ninh
95.300
121.800
140.000

Lễ hội Xuân Yên Tử năm 2024 khai hội ngày 10 tháng Giêng, kéo dài 3 tháng. Phí tham quan Yên Tử hiện là 40.000 đồng/lượt; giá vé cáp treo từ 350.000 đến 400.000 đồng/lượt khứ hồi. Bảo tàng Quảng Ninh hiện lưu giữ hơn 28.000 tài liệu, hiện vật, trong đó 3 bảo vật quốc gia. Hồ sơ Quần thể di tích Yên Tử - Vĩnh Nghiêm - Côn Sơn, Kiếp Bạc đang được trình UNESCO công nhận Di sản thế giới.

Địa chỉ: Tầng 9, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.118
Tổng số lượt truy cập: 2.804.516
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 3,1 triệu lượt khách", "3,1", 3100000, "count", "lượt khách", approx="over",
      change=CH("increase", 21.7, baseline="năm 2022"),
      subject="lượt khách các di tích, bảo tàng trên địa bàn tỉnh đón", period=Y23),
    F("khoảng 286.000 lượt", "286.000", 286000, "count", "lượt", approx="about", total=3100000,
      subject="khách quốc tế", period=Y23),
    F("đạt 86,5 tỷ đồng", "86,5", 86500000000, "money", "đồng",
      change=CH("increase", 8.1, baseline="kế hoạch"),
      subject="tổng thu phí tham quan", period=Y23),
    F("có 630 di tích", "630", 630, "count", "di tích", subject="di tích đã được kiểm kê"),
    F("Đông Triều (97 di tích)", "97", 97, "count", "di tích", subject="di tích đã được kiểm kê", location="Đông Triều"),
    F("Quảng Yên (71)", "71", 71, "count", "di tích", subject="di tích đã được kiểm kê", location="Quảng Yên"),
    F("Uông Bí (42)", "42", 42, "count", "di tích", subject="di tích đã được kiểm kê", location="Uông Bí"),
]

HDR = [("Năm 2022", "2022-01-01", "2022-12-31", "actual", "năm 2022"),
       ("Năm 2023", "2023-01-01", "2023-12-31", "actual", "năm 2023"),
       ("Kế hoạch 2024", "2024-01-01", "2024-12-31", "target", "kế hoạch 2024")]
ROWS = [("Yên Tử", ["1.154.200", "1.482.600", "1.600.000"]),
        ("Bạch Đằng", ["215.400", "268.900", "300.000"]),
        ("Đền Cửa Ông", ["386.000", "417.250", "450.000"]),
        ("Bảo tàng Quảng Ninh", ["95.300", "121.800", "140.000"])]
for label, cells in ROWS:
    for j, num in enumerate(cells):
        anchor = label + "\n" + "\n".join(cells[:j + 1])
        text, s, e, st, col = HDR[j]
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(F(anchor, num, int(num.replace(".", "")), "count", "lượt khách",
                      subject=f"lượt khách {label} {col}", period=P(text, s, e), **kw))

FIGS += [
    F("Phí tham quan Yên Tử hiện là 40.000 đồng/lượt", "40.000", 40000, "money", "đồng/lượt",
      subject="phí tham quan Yên Tử"),
    F("từ 350.000 đến 400.000", "350.000", 350000, "money", "đồng/lượt", value_max=400000,
      subject="giá vé cáp treo khứ hồi"),
    F("hơn 28.000 tài liệu", "28.000", 28000, "count", "tài liệu, hiện vật", approx="over",
      subject="tài liệu, hiện vật Bảo tàng Quảng Ninh lưu giữ"),
    F("trong đó 3 bảo vật", "3", 3, "count", "bảo vật quốc gia", total=28000, subject="bảo vật quốc gia"),
    F("kéo dài 3 tháng", "3", 3, "measure", "tháng", subject="thời gian Lễ hội Xuân Yên Tử", optional=True),
]

COMMENTS = [
    "Sở VH&TT Quảng Ninh department page, no dateline (published none): visitors to heritage sites 2023, fee revenue, relic inventory by town, one-cell-per-line table.",
    "Distractors: breadcrumb, 'ngày 10 tháng Giêng' (date), 'Tầng 9', 'Trụ sở Liên cơ quan số 3', phone 0203.3835.118, 'Tổng số lượt truy cập: 2.804.516', 'TP Hạ Long' in the address.",
    "Table: 'Đơn vị tính: lượt khách'; every cell is a figure; rows are sites (not places: subject, location Quảng Ninh); periods from column headers (scored);",
    "'Kế hoạch 2024' column -> status target. 'vượt 8,1% kế hoạch' after 86,5 tỷ is a gap to plan: its change (baseline kế hoạch), per FIGURES.md.",
    "'trong đó khách quốc tế khoảng 286.000 lượt' part of 'hơn 3,1 triệu'; '3 bảo vật quốc gia' part of 'hơn 28.000 tài liệu, hiện vật'.",
    "Bracketed towns after 'tập trung nhiều ở' get their town as location, no total (no part-of cue). 'kéo dài 3 tháng' (festival duration) optional.",
]

emit("p611-7", TEXT, COMMENTS, FIGS, location="Quảng Ninh")
