"""p828-3: formal report under a letterhead (UBND tỉnh Đắk Lắk), 9 tháng 2024, flattened '|' table by category."""
from lib import F, write, months, asof, up, year

TEXT = """
UBND TỈNH ĐẮK LẮK
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả phong trào văn nghệ quần chúng 9 tháng năm 2024

Thực hiện Kế hoạch số 2105/KH-UBND ngày 02/3/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Đội văn nghệ, đội cồng chiêng
Tính đến 30/9/2024, 2.412/2.412 thôn, buôn, tổ dân phố có đội văn nghệ hoặc đội cồng chiêng, đạt 100%. Số đội, số người tham gia tính đến 30/9/2024 và số buổi biểu diễn 9 tháng theo loại hình như sau:
Đơn vị tính: đội, người, buổi
Loại hình | Số đội | Số người tham gia | Số buổi biểu diễn
Đội văn nghệ thôn, buôn | 1.284 | 17.960 | 5.412
Đội cồng chiêng | 412 | 8.240 | 2.136
Câu lạc bộ dân ca, dân vũ | 156 | 2.730 | 948
Tổng cộng | 1.852 | 28.930 | 8.496

2. Hội thi, liên hoan
Trong 9 tháng, tỉnh tổ chức Liên hoan cồng chiêng tỉnh lần thứ IX với 15/15 huyện, thị xã, thành phố tham gia, 1.120 nghệ nhân; cấp huyện tổ chức 46 hội thi, hội diễn, tăng 8 cuộc so với cùng kỳ năm 2023.

3. Kinh phí
Tổng kinh phí 9 tháng ước đạt 4.620 triệu đồng, bằng 77% dự toán năm; trong đó ngân sách tỉnh 3.150 triệu đồng, xã hội hóa 1.470 triệu đồng.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV, các đội biểu diễn khoảng 2.800 buổi; phấn đấu cả năm 2024 đạt trên 11.000 buổi.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

AS = asof("Tính đến 30/9/2024", "2024-09-30")
ASi = asof("tính đến 30/9/2024", "2024-09-30", inh=True)
N9i = months("9 tháng", 2024, 1, 9, inh=True)
T9 = months("Trong 9 tháng", 2024, 1, 9)
K9 = months("9 tháng", 2024, 1, 9)
Q4 = months("quý IV", 2024, 10, 12)
Y24 = year("cả năm 2024", 2024)

ROWS = [("Đội văn nghệ thôn, buôn", "đội văn nghệ thôn, buôn", ["1.284", "17.960", "5.412"]),
        ("Đội cồng chiêng", "đội cồng chiêng", ["412", "8.240", "2.136"]),
        ("Câu lạc bộ dân ca, dân vũ", "câu lạc bộ dân ca, dân vũ", ["156", "2.730", "948"]),
        ("Tổng cộng", "tổng cộng", ["1.852", "28.930", "8.496"])]
COLS = [("số đội", "đội", ASi), ("số người tham gia", "người", ASi), ("số buổi biểu diễn", "buổi", N9i)]

FIGS = [
    F("2.412/2.412 thôn", "2.412", 2412, "count", "thôn, buôn, tổ dân phố",
      "thôn, buôn, tổ dân phố có đội văn nghệ hoặc đội cồng chiêng", AS, total=2412, percent=100),
]
for label, subj, cells in ROWS:
    anchor = label
    for (col, unit, per), cell in zip(COLS, cells):
        anchor = f"{anchor} | {cell}"
        v = int(cell.replace(".", ""))
        FIGS.append(F(anchor, cell, v, "count", unit, f"{col} {subj}", per))
        anchor = cell  # the next cell's anchor starts from this one
FIGS += [
    F("15/15 huyện", "15", 15, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tham gia Liên hoan cồng chiêng tỉnh",
      T9, total=15),
    F("1.120 nghệ nhân", "1.120", 1120, "count", "nghệ nhân", "nghệ nhân tham gia Liên hoan cồng chiêng tỉnh", T9),
    F("46 hội thi", "46", 46, "count", "hội thi, hội diễn", "hội thi, hội diễn cấp huyện tổ chức", T9,
      change=up(8, "cuộc", "cùng kỳ năm 2023")),
    F("ước đạt 4.620 triệu đồng", "4.620", 4620e6, "money", "đồng", "tổng kinh phí phong trào văn nghệ quần chúng", K9,
      percent=77, status="estimate"),
    F("ngân sách tỉnh 3.150 triệu đồng", "3.150", 3150e6, "money", "đồng", "kinh phí từ ngân sách tỉnh", K9,
      total=4620e6, status="estimate"),
    F("xã hội hóa 1.470 triệu đồng", "1.470", 1470e6, "money", "đồng", "kinh phí xã hội hóa", K9,
      total=4620e6, status="estimate"),
    F("khoảng 2.800 buổi", "2.800", 2800, "count", "buổi", "buổi biểu diễn của các đội", Q4, approx="about", status="forecast"),
    F("trên 11.000 buổi", "11.000", 11000, "count", "buổi", "buổi biểu diễn của các đội cả năm", Y24, approx="over",
      status="target"),
]

NOTES = [
    "Báo cáo UBND tỉnh Đắk Lắk: phong trào văn nghệ quần chúng 9 tháng năm 2024 (invented probe article), flattened table by category.",
    "Distractors: 'Số: 356/BC-UBND', 'Kế hoạch số 2105/KH-UBND ngày 02/3/2024', the dateline, section numbers I., II., 1.-3.,",
    "heading 'QUÝ IV/2024', 'lần thứ IX'. Table: every numeric cell is a figure (subject = column + row label); the",
    "'Tổng cộng' row is a figure of its own (no totals for the rows). Counts of teams/people are as of 30/9 and shows over 9 months",
    "(stated in the sentence before the table: inherited). The kinh phí parts after 'trong đó' continue the 'ước đạt' clause: estimate.",
]

if __name__ == "__main__":
    write(3, TEXT, NOTES, FIGS, published="2024-10-14", location="Đắk Lắk")
