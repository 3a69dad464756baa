from lib import F, P, inh, CH, emit

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH
Trang chủ / Công nghiệp nông thôn / Làng nghề

Làng nghề se nhang Lê Minh Xuân: giữ nghề giữa lòng đô thị

Làng nghề se nhang Lê Minh Xuân (huyện Bình Chánh) được UBND Thành phố công nhận theo Quyết định số 5473/QĐ-UBND. Nghề se nhang ở đây hình thành từ những năm 1980, do người dân từ miền Tây lên lập nghiệp mang theo.

Sản phẩm nhang của làng nghề được tiêu thụ tại hơn 20 tỉnh, thành phía Nam và xuất khẩu sang Campuchia, Lào; khoảng 30% sản lượng dành cho xuất khẩu. Các hộ đã đầu tư 96 máy se nhang tự động, mỗi máy đạt năng suất 40-50 kg/giờ.

Một số chỉ tiêu của làng nghề se nhang Lê Minh Xuân

Chỉ tiêu

Đơn vị

Năm 2022

Năm 2023

Kế hoạch 2024

Số hộ sản xuất

hộ

48

52

55

Lao động thường xuyên

người

310

345

370

Sản lượng nhang

tấn

620

690

750

Doanh thu

tỷ đồng

38,5

44,2

48

Năm 2023, doanh thu bình quân đạt 850 triệu đồng/hộ. Giai đoạn 2021-2023, Thành phố hỗ trợ 1,8 tỷ đồng từ chương trình khuyến công để các hộ mua máy se nhang, lò sấy và xây dựng nhãn hiệu tập thể "Nhang Lê Minh Xuân". Do tốc độ đô thị hóa, số hộ làm nghề đã giảm mạnh so với năm 2010, khi làng nghề có trên 120 hộ.

Địa chỉ: 163 Hai Bà Trưng, Phường 6, Quận 3, TP.HCM | Điện thoại: (028) 3829.6658 | Tổng lượt truy cập: 5.214.730
"""

C = [("Năm 2022", "2022", None), ("Năm 2023", "2023", None), ("Kế hoạch 2024", "2024", "target")]
ROWS = [
    ("Số hộ sản xuất", "count", "hộ", 1, "hộ\n\n", ["48", "52", "55"]),
    ("Lao động thường xuyên", "count", "người", 1, "người\n\n", ["310", "345", "370"]),
    ("Sản lượng nhang", "measure", "tấn", 1, "tấn\n\n", ["620", "690", "750"]),
    ("Doanh thu", "money", "đồng", 1e9, "tỷ đồng\n\n", ["38,5", "44,2", "48"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("hơn 20 tỉnh", "20", 20, "count", "tỉnh, thành", "tỉnh, thành phía Nam tiêu thụ nhang của làng nghề",
      approx="over", location="Việt Nam"),
    F("khoảng 30%", "30", 30, "percent", "%", "tỷ lệ sản lượng dành cho xuất khẩu", approx="about"),
    F("đầu tư 96 máy", "96", 96, "count", "máy", "máy se nhang tự động"),
    F("năng suất 40-50", "40", 40, "measure", "kg/giờ", "năng suất mỗi máy se nhang", value_max=50),
]
for label, kind, unit, mult, head, cells in ROWS:
    for i, (cell, (col, year, status)) in enumerate(zip(cells, C)):
        anchor = head + cell if i == 0 else "\n\n".join(cells[i - 1:i + 1])
        if label == "Doanh thu" and i == 2:
            anchor = "44,2\n\n48"
        kw = {"status": status} if status else {}
        FIGS.append(F(anchor, cell, num(cell) * mult, kind, unit, f"{label} {col.lower()}",
                      P(col, f"{year}-01-01", f"{year}-12-31"), **kw))
FIGS += [
    F("đạt 850 triệu", "850", 850e6, "money", "đồng/hộ", "doanh thu bình quân",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("hỗ trợ 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", "kinh phí khuyến công Thành phố hỗ trợ",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("trên 120 hộ", "120", 120, "count", "hộ", "hộ làm nghề se nhang", P("năm 2010", "2010-01-01", "2010-12-31"),
      approx="over"),
]

emit("p780-7", TEXT, [
    "Department site (Sở Công Thương TP.HCM), no dateline: Lê Minh Xuân incense village (huyện Bình Chánh).",
    "One-cell-per-line table: Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | Kế hoạch 2024; the unit column gives unit and multiplier",
    "('tỷ đồng'); periods from the column headers (scored, as in shared h23); 'Kế hoạch 2024' cells are targets.",
    "revised after first scoring: 'hơn 20 tỉnh, thành' is a count of provinces, which FIGURES.md lists as national: location Việt Nam (was Bình Chánh).",
    "Distractors: QĐ số 5473/QĐ-UBND, 'những năm 1980', 163 Hai Bà Trưng, Phường 6, Quận 3, phone, visit counter 5.214.730.",
], FIGS, location="Bình Chánh")
