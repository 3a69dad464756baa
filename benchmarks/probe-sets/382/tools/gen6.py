from lib import F, P, C, T, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG
Tin tức - Sự kiện
Thứ Sáu, 22/11/2024 - 10:35

Ngành chế biến chè Lâm Đồng chuyển dịch sang sản phẩm giá trị cao

Tính đến ngày 31/10/2024, toàn tỉnh có 142 cơ sở chế biến chè, trong đó 68 doanh nghiệp và 74 hộ kinh doanh, tổng công suất thiết kế khoảng 1.250 tấn nguyên liệu/ngày. Sản lượng chè thành phẩm 10 tháng năm 2024 ước đạt 39.800 tấn, tăng 6,2% so với cùng kỳ; trong đó chè xanh 18.500 tấn, chè đen 12.400 tấn, chè ô long 6.900 tấn, còn lại là trà thảo mộc, trà túi lọc.

Riêng thành phố Bảo Lộc có 53 cơ sở, chiếm 37,3% tổng số cơ sở chế biến chè của tỉnh. Kim ngạch xuất khẩu chè 10 tháng ước đạt 28,5 triệu USD, chiếm khoảng 13% kim ngạch xuất khẩu chè cả nước.

Số cơ sở chế biến chè theo địa phương
(tính đến 31/10/2024)
Địa phương
Doanh nghiệp
Hộ kinh doanh
Công suất (tấn/ngày)
Thành phố Bảo Lộc
31
22
520
Huyện Bảo Lâm
24
35
470
Huyện Di Linh
9
12
180
Các huyện khác
4
5
80

Theo Sở Công Thương, năm 2025 ngành phấn đấu nâng tỷ trọng chè chế biến sâu (ô long, matcha, trà túi lọc) lên 45% tổng sản lượng chè thành phẩm, thu hút thêm 3-5 dự án chế biến chè công nghệ cao tại Khu công nghiệp Lộc Sơn.

Mọi chi tiết xin liên hệ: Phòng Quản lý công nghiệp, số 36 Trần Phú, TP Đà Lạt; ĐT: 0263.3822.154.
"""

AS = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
ASi = P("Tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
ASt = P("tính đến 31/10/2024", None, "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10b = P("10 tháng", "2024-01-01", "2024-10-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 142 cơ sở", "142", 142, "count", "cơ sở", "cơ sở chế biến chè", AS),
    F("đó 68 doanh nghiệp", "68", 68, "count", "doanh nghiệp", "doanh nghiệp chế biến chè", AS, total=142),
    F("74 hộ kinh doanh", "74", 74, "count", "hộ kinh doanh", "hộ kinh doanh chế biến chè", AS, total=142),
    F("khoảng 1.250 tấn", "1.250", 1250, "measure", "tấn/ngày", "tổng công suất thiết kế", AS,
      approx="about"),
    F("ước đạt 39.800 tấn", "39.800", 39800, "measure", "tấn", "sản lượng chè thành phẩm", M10,
      change=C("increase", 6.2, "%", "cùng kỳ"), status="estimate"),
    F("chè xanh 18.500 tấn", "18.500", 18500, "measure", "tấn", "sản lượng chè xanh", M10, total=39800,
      status="estimate"),
    F("chè đen 12.400 tấn", "12.400", 12400, "measure", "tấn", "sản lượng chè đen", M10, total=39800,
      status="estimate"),
    F("ô long 6.900 tấn", "6.900", 6900, "measure", "tấn", "sản lượng chè ô long", M10, total=39800,
      status="estimate"),
    F("có 53 cơ sở", "53", 53, "count", "cơ sở", "cơ sở chế biến chè", ASi, percent=37.3,
      location="Bảo Lộc"),
    F("ước đạt 28,5 triệu USD", "28,5", 28.5e6, "money", "USD", "kim ngạch xuất khẩu chè", M10b, percent=13,
      status="estimate"),
]
rows = [("Thành phố Bảo Lộc", "Bảo Lộc", ["31", "22", "520"]),
        ("Huyện Bảo Lâm", "Bảo Lâm", ["24", "35", "470"]),
        ("Huyện Di Linh", "Di Linh", ["9", "12", "180"]),
        ("Các huyện khác", "Lâm Đồng", ["4", "5", "80"])]
cols = [("doanh nghiệp", "count", "doanh nghiệp chế biến chè"),
        ("hộ kinh doanh", "count", "hộ kinh doanh chế biến chè"),
        ("tấn/ngày", "measure", "công suất chế biến chè")]
for label, loc, cells in rows:
    for i, (cell, (unit, kind, subj)) in enumerate(zip(cells, cols)):
        anchor = f"{label}\n{cell}\n" if i == 0 else f"{cells[i-1]}\n{cell}\n"
        if label == "Các huyện khác":
            subj = subj + " các huyện khác"
        FIGS.append(F(anchor, cell, float(cell), kind, unit, subj, ASt, location=loc))
FIGS += [
    F("lên 45%", "45", 45, "percent", "%", "tỷ trọng chè chế biến sâu trong tổng sản lượng chè thành phẩm", Y25,
      status="target"),
    F("thêm 3-5 dự án", "3", 3, "count", "dự án", "dự án chế biến chè công nghệ cao thu hút thêm", Y25,
      value_max=5, status="target"),
]

emit("p382-6", TEXT, [
    "Department site (Sở Công Thương Lâm Đồng), 'Thứ Sáu, dd/mm/yyyy - hh:mm' dateline: tea processing establishments as of 31/10/2024,",
    "10-month output by tea type, exports; one-cell-per-line table by district (Doanh nghiệp | Hộ kinh doanh | Công suất (tấn/ngày)).",
    "Table period from its caption '(tính đến 31/10/2024)'. Row 'Các huyện khác' has no single place: location Lâm Đồng (the province).",
    "'53 cơ sở, chiếm 37,3% tổng số cơ sở ... của tỉnh' -> percent 37.3; no total (the whole is named but not given as a number there).",
    "'số 36 Trần Phú', phone, 'Khu công nghiệp Lộc Sơn' are distractors.",
    "revised after first run: unit of '1.250 tấn nguyên liệu/ngày' is 'tấn/ngày' (material goes to the subject, as in h19).",
], FIGS, published="2024-11-22", location="Lâm Đồng")
