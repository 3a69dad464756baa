from lib import F, P, C, T, inh, emit, cell_anchor

TEXT = """BAN DÂN TỘC TỈNH KON TUM
Giới thiệu | Tin tức - Sự kiện | Chương trình MTQG 1719 | Văn bản

KẾT QUẢ HỖ TRỢ NHÀ Ở CHO HỘ ĐỒNG BÀO DÂN TỘC THIỂU SỐ NGHÈO 9 THÁNG NĂM 2024

Thực hiện Dự án 1 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, 9 tháng năm 2024, tỉnh Kon Tum đã hỗ trợ 1.472 hộ đồng bào dân tộc thiểu số nghèo xây dựng, sửa chữa nhà ở, tăng 27,3% so với cùng kỳ năm 2023. Riêng trong quý III/2024 hoàn thành 538 căn.

Mức hỗ trợ từ ngân sách trung ương là 40 triệu đồng/hộ xây mới, 20 triệu đồng/hộ sửa chữa; ngân sách tỉnh hỗ trợ thêm 4 triệu đồng/hộ. Vốn đã giải ngân ước đạt 52,6 tỷ đồng, bằng 71,4% kế hoạch vốn năm 2024 (73,7 tỷ đồng).

Bảng: Số hộ được hỗ trợ nhà ở tại một số huyện (hộ)
Huyện	Năm 2023	9 tháng năm 2024	Kế hoạch năm 2025
Đăk Glei	186	214	160
Tu Mơ Rông	203	251	175
Kon Plông	142	198	130
Sa Thầy	117	163	110
Ia H'Drai	64	88	70

Tính đến ngày 30/9/2024, toàn tỉnh còn khoảng 2.860 hộ đồng bào dân tộc thiểu số đang ở nhà tạm, nhà dột nát, trong đó trên 1.900 hộ chưa có đất ở ổn định. Tỉnh phấn đấu trong năm 2025 hoàn thành hỗ trợ nhà ở cho 100% số hộ này, trong đó ưu tiên 15 xã đặc biệt khó khăn thuộc khu vực III.

Ban Dân tộc tỉnh - Địa chỉ: 160 Bà Triệu, thành phố Kon Tum. Điện thoại: 0260.3862.513.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("trong quý III/2024", "2024-07-01", "2024-09-30")
N9i = inh(N9)
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hỗ trợ 1.472 hộ", "1.472", 1472, "count", "hộ",
      "hộ đồng bào dân tộc thiểu số nghèo được hỗ trợ xây dựng, sửa chữa nhà ở", N9,
      change=C("increase", 27.3, "%", "cùng kỳ năm 2023")),
    F("hoàn thành 538 căn", "538", 538, "count", "căn", "căn hoàn thành", Q3),
    F("là 40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", "mức hỗ trợ từ ngân sách trung ương xây mới"),
    F("20 triệu đồng/hộ", "20", 20e6, "money", "đồng/hộ", "mức hỗ trợ từ ngân sách trung ương sửa chữa"),
    F("thêm 4 triệu đồng/hộ", "4", 4e6, "money", "đồng/hộ", "ngân sách tỉnh hỗ trợ thêm"),
    F("ước đạt 52,6 tỷ đồng", "52,6", 52.6e9, "money", "đồng", "vốn đã giải ngân", N9i, percent=71.4,
      target=T(73.7e9, "đồng"), status="estimate"),
]
COLS = [("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("9 tháng năm 2024", P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), None),
        ("Kế hoạch năm 2025", P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target")]
for row in ["Đăk Glei", "Tu Mơ Rông", "Kon Plông", "Sa Thầy", "Ia H'Drai"]:
    for k, (col, per, status) in enumerate(COLS, start=1):
        a, num = cell_anchor(TEXT, row + "\t", k, "\t")
        FIGS.append(F(a, num, float(num), "count", "hộ", f"Số hộ được hỗ trợ nhà ở {col.lower()}", per,
                      status=status, location=row))
FIGS += [
    F("khoảng 2.860 hộ", "2.860", 2860, "count", "hộ",
      "hộ đồng bào dân tộc thiểu số đang ở nhà tạm, nhà dột nát", AS, approx="about"),
    F("trên 1.900 hộ", "1.900", 1900, "count", "hộ", "hộ chưa có đất ở ổn định", AS, approx="over", total=2860),
    F("cho 100% số hộ", "100", 100, "percent", "%", "số hộ được hoàn thành hỗ trợ nhà ở", Y25, status="target"),
    F("ưu tiên 15 xã", "15", 15, "count", "xã", "xã đặc biệt khó khăn thuộc khu vực III", optional=True),
]

COMMENTS = [
    "Department site (Ban Dân tộc tỉnh Kon Tum), no dateline at all (published absent): housing support for poor ethnic-minority",
    "households, 9 months of 2024, with a TAB-separated table by district (unit '(hộ)' in the caption).",
    "Distractors: menu line, 'Chương trình MTQG 1719', 'Dự án 1', 'khu vực III', address '160 Bà Triệu', phone.",
    "'tăng 27,3% so với cùng kỳ năm 2023' is the change of 1.472. '52,6 tỷ ... bằng 71,4% kế hoạch vốn năm 2024 (73,7 tỷ đồng)':",
    "percent 71,4 and the plan in the bracket as its target (not a figure); 'ước đạt' = estimate; period inherited.",
    "Table: district = location, subject = caption indicator + column; period from the column header (scored, as in h23);",
    "'Kế hoạch năm 2025' column = target. 'trong đó trên 1.900 hộ' takes 2.860 as total.",
    "'15 xã' (a priority group inside a target clause) optional.",
]

if __name__ == "__main__":
    emit("p332-7", TEXT, COMMENTS, FIGS, location="Kon Tum")
