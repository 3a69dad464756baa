"""p1446-3: formal report (Sở Công Thương Bắc Giang): raincoat and umbrella production 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BẮC GIANG
SỞ CÔNG THƯƠNG
Số: 27/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất áo mưa, ô dù năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 9 doanh nghiệp và 41 cơ sở sản xuất áo mưa, ô dù, tăng 5 cơ sở so với năm 2023. Sản lượng áo mưa cả năm đạt 12,84 triệu chiếc, tăng 10,1% so với năm 2023; sản lượng ô dù đạt 1,52 triệu chiếc, bằng 95% kế hoạch.

Sản lượng áo mưa theo địa bàn
Đơn vị tính: nghìn chiếc
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Việt Yên | 6.120 | 6.850 | 111,9
Hiệp Hòa | 2.480 | 2.705 | 109,1
Lạng Giang | 1.950 | 2.060 | 105,6
TP Bắc Giang | 1.110 | 1.225 | 110,4
Tổng cộng | 11.660 | 12.840 | 110,1

2. Lao động, thị trường
Các cơ sở sử dụng khoảng 4.600 lao động, trong đó lao động nữ chiếm 82%. Kim ngạch xuất khẩu áo mưa, ô dù ước đạt 36,5 triệu USD, chiếm 1,3% kim ngạch xuất khẩu toàn tỉnh.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng áo mưa đạt 14 triệu chiếc, ô dù 1,7 triệu chiếc; kim ngạch xuất khẩu tăng 8-10%. Hỗ trợ ít nhất 10 cơ sở đổi mới thiết bị theo Nghị quyết số 07/2023/NQ-HĐND.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.

GIÁM ĐỐC
Trần Minh Khải
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [("Việt Yên", "Việt Yên", ["6.120", "6.850", "111,9"]),
        ("Hiệp Hòa", "Hiệp Hòa", ["2.480", "2.705", "109,1"]),
        ("Lạng Giang", "Lạng Giang", ["1.950", "2.060", "105,6"]),
        ("TP Bắc Giang", "Bắc Giang", ["1.110", "1.225", "110,4"]),
        ("Tổng cộng", "Bắc Giang", ["11.660", "12.840", "110,1"])]
CELLS = []
for label, place, (a, b, r) in ROWS:
    tot = " tổng cộng" if label == "Tổng cộng" else ""
    CELLS.append(F(f"{label} | {a}", a, float(a.replace(".", "")) * 1e3, "count", "chiếc",
                   subject=f"sản lượng áo mưa{tot} năm 2023", period=C23, location=place))
    CELLS.append(F(f"{a} | {b}", b, float(b.replace(".", "")) * 1e3, "count", "chiếc",
                   subject=f"sản lượng áo mưa{tot} năm 2024", period=C24, location=place))
    CELLS.append(F(f"{b} | {r}", r, float(r.replace(",", ".")), "percent", "%",
                   subject=f"sản lượng áo mưa{tot} so với cùng kỳ", period=I(C24), location=place))

FIGS = [
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất áo mưa, ô dù", period=Y24),
    F("41 cơ sở", "41", 41, "count", "cơ sở", change=C("increase", 5, "cơ sở", "năm 2023"),
      subject="cơ sở sản xuất áo mưa, ô dù", period=Y24),
    F("đạt 12,84 triệu", "12,84", 12.84e6, "count", "chiếc", change=C("increase", 10.1, "%", "năm 2023"),
      subject="sản lượng áo mưa", period=YEAR),
    F("đạt 1,52 triệu", "1,52", 1.52e6, "count", "chiếc", percent=95,
      subject="sản lượng ô dù", period=YEAR),
] + CELLS + [
    F("khoảng 4.600 lao động", "4.600", 4600, "count", "lao động", approx="about",
      subject="lao động các cơ sở sử dụng", period=I(Y24)),
    F("chiếm 82%", "82", 82, "percent", "%", subject="tỷ lệ lao động nữ", period=I(Y24)),
    F("ước đạt 36,5 triệu", "36,5", 36.5e6, "money", "USD", status="estimate", percent=1.3,
      subject="kim ngạch xuất khẩu áo mưa, ô dù", period=I(Y24)),
    F("đạt 14 triệu", "14", 14e6, "count", "chiếc", status="target", subject="sản lượng áo mưa", period=I(Y25)),
    F("ô dù 1,7 triệu", "1,7", 1.7e6, "count", "chiếc", status="target", subject="sản lượng ô dù", period=I(Y25)),
    F("tăng 8-10%", "8", 8, "percent", "%", value_max=10, status="target",
      subject="kim ngạch xuất khẩu", period=I(Y25)),
    F("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở được hỗ trợ đổi mới thiết bị", period=I(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC GIANG / SỞ CÔNG THƯƠNG', 'Số: 27/BC-SCT', 'Bắc Giang, ngày 15 tháng 01 năm 2025', sections I/II and 1-2,",
    "'Nơi nhận', signature. published = the letterhead date.",
    "Distractors: Số: 27/BC-SCT, the letterhead date, section numbers 'I.', 'II.', '1.', '2.', Nghị quyết số 07/2023/NQ-HĐND, 'Lưu: VT, QLCN'.",
    "'tăng 5 cơ sở so với năm 2023' → change (5 cơ sở) of 41 cơ sở. 'bằng 95% kế hoạch' → percent attribute of 1,52 triệu chiếc.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' (×1000); rows are districts/city → location; 'Tổng cộng' row → the province.",
    "Subject = caption indicator + column label; period from the year columns (scored). 'So với cùng kỳ (%)' cells are percent figures",
    "(growth index as the claim), subject caption + column; their period (2024) is implied, not stated in the header → inherited.",
    "Cells get no total. Section 2 figures inherit 'NĂM 2024' from the section heading (not scored).",
    "'trong đó lao động nữ chiếm 82%' is a percent figure of its own. 'chiếm 1,3% kim ngạch xuất khẩu toàn tỉnh' → percent attribute.",
    "Section II 'KẾ HOẠCH NĂM 2025': 'Phấn đấu' governs the sentence (14 triệu, 1,7 triệu, 8-10%); 'Hỗ trợ ít nhất 10 cơ sở' is a plan",
    "item under the plan heading → target. 'kim ngạch xuất khẩu tăng 8-10%' is a growth target stated alone: percent, range, no change.",
]

if __name__ == "__main__":
    write("p1446-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bắc Giang")
