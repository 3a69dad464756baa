"""p1467-3: formal report (Sở Công Thương Vĩnh Phúc): mirror production 2024, plan 2025; flattened '|' table."""
from lib import F, period, inherited, change, target, write

TEXT = """UBND TỈNH VĨNH PHÚC
SỞ CÔNG THƯƠNG
Số: 1725/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 16 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh sản phẩm gương năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 9 doanh nghiệp sản xuất gương, tập trung tại các khu công nghiệp Bình Xuyên II và Bá Thiện. Giá trị sản xuất ngành gương ước đạt 1.245 tỷ đồng, tăng 11,3% so với năm 2023, đạt 103,8% kế hoạch.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn m2
Sản phẩm | Năm 2023 | Ước thực hiện năm 2024 | So với cùng kỳ (%) | Kế hoạch năm 2025
Gương tráng bạc | 5.120 | 5.560 | 108,6 | 5.900
Gương phòng tắm | 1.480 | 1.735 | 117,2 | 1.950
Gương an toàn dán phim | 310 | 342 | 110,3 | 380
Tổng cộng | 6.910 | 7.637 | 110,5 | 8.230

2. Xuất khẩu
Kim ngạch xuất khẩu gương ước đạt 38,4 triệu USD, chiếm 76,8% giá trị sản xuất; thị trường chính là Hàn Quốc, Nhật Bản và Hoa Kỳ.

3. Lao động, môi trường
Các doanh nghiệp sử dụng 1.870 lao động, trong đó 1.120 lao động nữ; thu nhập bình quân 9,2 triệu đồng/người/tháng. Có 9/9 doanh nghiệp đã lắp đặt hệ thống xử lý nước thải tráng bạc đạt QCVN 40:2011/BTNMT.

II. KẾ HOẠCH NĂM 2025
Phấn đấu giá trị sản xuất ngành gương đạt 1.380 tỷ đồng, tăng 10,8% so với năm 2024; kim ngạch xuất khẩu trên 42 triệu USD.

Nơi nhận:
- Bộ Công Thương;
- UBND tỉnh;
- Lưu: VT, QLCN.
GIÁM ĐỐC
(Đã ký)
Trần Văn Khải
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
SEC1 = inherited(period("NĂM 2024", "2024-01-01", "2024-12-31"))
SEC2 = inherited(period("NĂM 2025", "2025-01-01", "2025-12-31"))
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
# column label, period, status, kind
COLS = [("năm 2023", C23, None, "measure"),
        ("ước thực hiện năm 2024", E24, "estimate", "measure"),
        ("so với cùng kỳ", E24, "estimate", "percent"),
        ("kế hoạch năm 2025", K25, "target", "measure")]
ROWS = [("Gương tráng bạc", "gương tráng bạc", ["5.120", "5.560", "108,6", "5.900"]),
        ("Gương phòng tắm", "gương phòng tắm", ["1.480", "1.735", "117,2", "1.950"]),
        ("Gương an toàn dán phim", "gương an toàn dán phim", ["310", "342", "110,3", "380"]),
        ("Tổng cộng", "tổng cộng các sản phẩm chủ yếu", ["6.910", "7.637", "110,5", "8.230"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, per, st, kind), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if kind == "percent":
            CELLS.append(F(f"{prev} | {n}", n, num(n), "percent", "%", f"sản lượng {row} {col}", per, **kw))
        else:
            CELLS.append(F(f"{prev} | {n}", n, num(n) * 1e3, "measure", "m2", f"sản lượng {row} {col}", per, **kw))
        prev = n

FIGS = [
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp sản xuất gương", Y24),
    F("ước đạt 1.245 tỷ", "1.245", 1245e9, "money", "đồng", "giá trị sản xuất ngành gương", SEC1,
      change=change("increase", 11.3, "%", "năm 2023"), percent=103.8, status="estimate"),
] + CELLS + [
    F("ước đạt 38,4 triệu", "38,4", 38.4e6, "money", "USD", "kim ngạch xuất khẩu gương", SEC1,
      percent=76.8, status="estimate"),
    F("sử dụng 1.870 lao động", "1.870", 1870, "count", "lao động", "lao động các doanh nghiệp sử dụng", SEC1),
    F("1.120 lao động nữ", "1.120", 1120, "count", "lao động", "lao động nữ", SEC1, total=1870),
    F("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", "thu nhập bình quân", SEC1),
    F("Có 9/9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      "doanh nghiệp đã lắp đặt hệ thống xử lý nước thải tráng bạc", SEC1, total=9),
    F("đạt 1.380 tỷ", "1.380", 1380e9, "money", "đồng", "giá trị sản xuất ngành gương", SEC2,
      change=change("increase", 10.8, "%", "năm 2024"), status="target"),
    F("trên 42 triệu", "42", 42e6, "money", "USD", "kim ngạch xuất khẩu", SEC2, approx="over", status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Vĩnh Phúc / Sở Công Thương), 'Số: 1725/BC-SCT', 'Vĩnh Phúc, ngày 16 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document number, the letterhead date, section numbers I., II., 1.-3., 'Bình Xuyên II', 'QCVN 40:2011/BTNMT', 'Lưu: VT, QLCN'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn m2' (×10³); subject = 'sản lượng' + row + column label; period from the column header;",
    "'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target. 'So với cùng kỳ (%)' cells are percent figures (index, previous year = 100):",
    "they compare the 2024 estimate with 2023, so they take the estimate column's year and status (an annotation choice). Table cells get no total.",
    "Section headings 'KẾT QUẢ THỰC HIỆN NĂM 2024' / 'KẾ HOẠCH NĂM 2025' give inherited periods to the figures that state none of their own.",
    "'đạt 103,8% kế hoạch' and 'chiếm 76,8% giá trị sản xuất' are percent attributes. '9/9 doanh nghiệp' → total 9.",
    "Section II opens with 'Phấn đấu': both clauses are targets ('tăng 10,8% so với năm 2024' is the change of the 1.380 tỷ target).",
]

if __name__ == "__main__":
    write("p1467-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Vĩnh Phúc")
