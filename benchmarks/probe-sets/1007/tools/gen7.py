"""p1007-7: department site (Sở Y tế Cao Bằng), no dateline, one-cell-per-line table of births 2022-2024."""
from lib import F, P, I, C, T, write

ROWS = [
    ("Tổng số ca sinh (ca)", "ca", "tổng số ca sinh", ["8.642", "8.417", "8.350"]),
    ("Số ca sinh tại nhà (ca)", "ca", "số ca sinh tại nhà", ["1.315", "1.106", "935"]),
    ("Sinh tại nhà có cô đỡ thôn bản hỗ trợ (ca)", "ca", "sinh tại nhà có cô đỡ thôn bản hỗ trợ", ["604", "571", "512"]),
    ("Tỷ lệ sinh tại nhà (%)", "%", "tỷ lệ sinh tại nhà", ["15,2", "13,1", "11,2"]),
]
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), {}),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), {}),
        ("Ước thực hiện năm 2024", P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), {"status": "estimate"})]

table = "\n".join(["Chỉ tiêu"] + [c[0] for c in COLS] + [x for r in ROWS for x in [r[0]] + r[3]])

TEXT = """SỞ Y TẾ TỈNH CAO BẰNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em vùng đồng bào dân tộc thiểu số
Tính đến hết tháng 9/2024, toàn tỉnh Cao Bằng có 2.480 xóm, tổ dân phố, trong đó 2.416 xóm, tổ dân phố có nhân viên y tế thôn bản hoạt động, đạt 97,4%. Đội ngũ cô đỡ thôn bản có 168 người, chủ yếu là phụ nữ Mông, Dao ở các huyện Bảo Lạc, Bảo Lâm, Hà Quảng.
Kết quả công tác chăm sóc sức khỏe sinh sản giai đoạn 2022-2024 như sau:
""" + table + """
Năm 2024, Sở Y tế phối hợp với tổ chức Plan International mở 2 lớp đào tạo cô đỡ thôn bản cho 56 học viên tại huyện Bảo Lạc và Bảo Lâm, tổng kinh phí khoảng 1,6 tỷ đồng. Mỗi cô đỡ thôn bản được hỗ trợ 100.000 đồng/ca đỡ đẻ thường tại nhà và 50.000 đồng/lần chuyển sản phụ đến trạm y tế.
Phấn đấu đến năm 2025, tỷ lệ sinh tại nhà của tỉnh giảm xuống dưới 10%; 100% phụ nữ có thai được khám thai ít nhất 3 lần trong thai kỳ.
SỞ Y TẾ TỈNH CAO BẰNG
Địa chỉ: Số 31, đường Hiến Giang, phường Hợp Giang, thành phố Cao Bằng
Điện thoại: 0206.3852.175 - Fax: 0206.3852.176
Tổng lượt truy cập: 1.284.907"""

ASOF = P("Tính đến hết tháng 9/2024", end="2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("có 2.480 xóm", "2.480", 2480, "count", "xóm, tổ dân phố", "xóm, tổ dân phố", ASOF),
    F("trong đó 2.416 xóm", "2.416", 2416, "count", "xóm, tổ dân phố", "xóm, tổ dân phố có nhân viên y tế thôn bản hoạt động",
      ASOF, total=2480, percent=97.4),
    F("có 168 người", "168", 168, "count", "người", "cô đỡ thôn bản", I(ASOF)),
]
lines = table.split("\n")
for r, (label, unit, subj, cells) in enumerate(ROWS):
    for c, cell in enumerate(cells):
        prev = lines[lines.index(cell) - 1]
        kind = "percent" if unit == "%" else "count"
        val = float(cell.replace(".", "").replace(",", "."))
        FIGS.append(F(prev + "\n" + cell, cell, val if kind == "percent" else int(val), kind, unit, subj, COLS[c][1],
                      **COLS[c][2]))
FIGS += [
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp đào tạo cô đỡ thôn bản", Y24),
    F("cho 56 học viên", "56", 56, "count", "học viên", "học viên lớp đào tạo cô đỡ thôn bản", Y24),
    F("khoảng 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "tổng kinh phí đào tạo cô đỡ thôn bản", Y24, approx="about"),
    F("hỗ trợ 100.000 đồng/ca", "100.000", 100000, "money", "đồng/ca", "hỗ trợ cô đỡ thôn bản mỗi ca đỡ đẻ thường tại nhà"),
    F("và 50.000 đồng/lần", "50.000", 50000, "money", "đồng/lần", "hỗ trợ mỗi lần chuyển sản phụ đến trạm y tế"),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ sinh tại nhà", T25, approx="under", status="target"),
    F("100% phụ nữ", "100", 100, "percent", "%", "tỷ lệ phụ nữ có thai được khám thai ít nhất 3 lần", T25, status="target"),
    F("ít nhất 3 lần", "3", 3, "count", "lần", "số lần khám thai trong thai kỳ", approx="at_least", optional=True),
]

NOTES = [
    "p1007-7: Sở Y tế Cao Bằng department page: no dateline (no published); footer address 'Số 31, đường Hiến Giang', phone, fax,",
    "'Tổng lượt truy cập: 1.284.907' are not figures; nor the menu, 'giai đoạn 2022-2024' (a period) or 'Chỉ tiêu' (a header).",
    "One-cell-per-line table: header cells, then each row label followed by its three cells. Row label → subject and unit ('(ca)', '(%)');",
    "column header → period (scored); the 'Ước thực hiện năm 2024' column → status estimate. Cells get no totals.",
    "'2.480 xóm, tổ dân phố, trong đó 2.416 ..., đạt 97,4%' → total 2480, percent 97.4. 168 cô đỡ inherits the as-of.",
    "Per-case support rates carry no period. 'khám thai ít nhất 3 lần' is the definition of the indicator: optional.",
]

write(7, TEXT, NOTES, FIGS, location="Cao Bằng")
