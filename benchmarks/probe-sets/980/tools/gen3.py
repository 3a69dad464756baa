"""p980-3: formal report under a letterhead (UBND tỉnh Đắk Lắk), 9 months 2023, flattened | table."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH ĐẮK LẮK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 286/BC-UBND
Đắk Lắk, ngày 10 tháng 10 năm 2023

BÁO CÁO
Tình hình hoạt động kiểm định xe cơ giới 9 tháng năm 2023

Thực hiện Công văn số 5120/BGTVT-KHCN ngày 18/9/2023 của Bộ Giao thông vận tải, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới: Toàn tỉnh có 6 trung tâm đăng kiểm với 10 dây chuyền kiểm định và 38 đăng kiểm viên. Trong quý I/2023, 2/6 trung tâm phải tạm dừng hoạt động, thời gian chờ kiểm định có lúc kéo dài 2-3 ngày.
2. Kết quả kiểm định: 9 tháng năm 2023, toàn tỉnh kiểm định 83.851 lượt phương tiện, đạt 76,2% kế hoạch năm, tăng 5,4% so với cùng kỳ; có 10.891 lượt không đạt lần đầu, chiếm 13%. Qua kiểm định, phát hiện 1.372 phương tiện có thông báo vi phạm qua hình ảnh và 214 phương tiện hết niên hạn sử dụng. Kết quả theo địa bàn:

Đơn vị tính: lượt phương tiện
Địa bàn | Số dây chuyền | Kiểm định | Không đạt lần đầu
TP. Buôn Ma Thuột | 5 | 58.214 | 7.903
Thị xã Buôn Hồ | 2 | 9.870 | 1.126
Huyện Ea Kar | 2 | 8.455 | 1.017
Huyện Krông Pắc | 1 | 7.312 | 845
Tổng cộng | 10 | 83.851 | 10.891

3. Thu phí: Tổng phí kiểm định thu được 26,8 tỷ đồng; lệ phí cấp giấy chứng nhận nộp ngân sách 2,35 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu kiểm định khoảng 27.000 lượt phương tiện trong quý IV, cả năm đạt trên 110.000 lượt; bổ sung 6 đăng kiểm viên cho các trung tâm tại huyện.

Nơi nhận:
- Bộ GTVT;
- Lưu: VT, SGTVT.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q1 = P("quý I/2023", "2023-01-01", "2023-03-31")
Q4 = P("quý IV", "2023-10-01", "2023-12-31")
YR = P("cả năm", "2023-01-01", "2023-12-31")

ROWS = [  # (row label as written, location, lines, inspected, failed, anchors)
    ("TP. Buôn Ma Thuột", "Buôn Ma Thuột", "5", "58.214", "7.903"),
    ("Thị xã Buôn Hồ", "Buôn Hồ", "2", "9.870", "1.126"),
    ("Huyện Ea Kar", "Ea Kar", "2", "8.455", "1.017"),
    ("Huyện Krông Pắc", "Krông Pắc", "1", "7.312", "845"),
]


def num(s):
    return int(s.replace(".", ""))


FIGS = [
    F("có 6 trung tâm", "6", 6, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm"),
    F("với 10 dây chuyền", "10", 10, "count", "dây chuyền kiểm định", "dây chuyền kiểm định"),
    F("và 38 đăng kiểm viên", "38", 38, "count", "đăng kiểm viên", "đăng kiểm viên"),
    F("2/6 trung tâm", "2", 2, "count", "trung tâm", "trung tâm phải tạm dừng hoạt động",
      total=6, period=Q1),
    F("kéo dài 2-3 ngày", "2", 2, "measure", "ngày", "thời gian chờ kiểm định", value_max=3,
      period=Q1),
    F("kiểm định 83.851 lượt", "83.851", 83851, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm định", percent=76.2,
      change=C("increase", 5.4, "%", "cùng kỳ"), period=M9),
    F("có 10.891 lượt", "10.891", 10891, "count", "lượt", "lượt phương tiện không đạt lần đầu",
      percent=13, period=M9),
    F("phát hiện 1.372 phương tiện", "1.372", 1372, "count", "phương tiện",
      "phương tiện có thông báo vi phạm qua hình ảnh", period=I(M9)),
    F("và 214 phương tiện", "214", 214, "count", "phương tiện",
      "phương tiện hết niên hạn sử dụng", period=I(M9)),
]
for label, loc, lines, insp, fail in ROWS:
    FIGS += [
        F(f"{label} | {lines} |", lines, int(lines), "count", "dây chuyền", "số dây chuyền",
          location=loc),
        F(f"| {insp} |", insp, num(insp), "count", "lượt phương tiện",
          "lượt phương tiện kiểm định", location=loc, period=I(M9)),
        F(f"| {fail}\n", fail, num(fail), "count", "lượt phương tiện",
          "lượt phương tiện không đạt lần đầu", location=loc, period=I(M9)),
    ]
FIGS += [
    F("Tổng cộng | 10 |", "10", 10, "count", "dây chuyền", "tổng cộng số dây chuyền"),
    F("| 83.851 |", "83.851", 83851, "count", "lượt phương tiện",
      "tổng cộng lượt phương tiện kiểm định", period=I(M9)),
    F("| 10.891\n", "10.891", 10891, "count", "lượt phương tiện",
      "tổng cộng lượt phương tiện không đạt lần đầu", period=I(M9)),
    F("thu được 26,8 tỷ đồng", "26,8", 26.8e9, "money", "đồng", "tổng phí kiểm định thu được",
      period=I(M9)),
    F("ngân sách 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng",
      "lệ phí cấp giấy chứng nhận nộp ngân sách", period=I(M9)),
    F("khoảng 27.000 lượt", "27.000", 27000, "count", "lượt phương tiện",
      "lượt phương tiện kiểm định", approx="about", status="target", period=Q4),
    F("trên 110.000 lượt", "110.000", 110000, "count", "lượt", "lượt phương tiện kiểm định cả năm",
      approx="over", status="target", period=YR),
    F("bổ sung 6 đăng kiểm viên", "6", 6, "count", "đăng kiểm viên", "đăng kiểm viên bổ sung",
      status="target"),
]

NOTES = [
    "Báo cáo số 286/BC-UBND của UBND tỉnh Đắk Lắk, ngày 10/10/2023: hoạt động kiểm định xe cơ giới 9 tháng năm 2023.",
    "Not figures: Số 286/BC-UBND, Công văn số 5120/BGTVT-KHCN ngày 18/9/2023, section numbers I./II./1./2./3., the date line.",
    "Flattened table (Đơn vị tính: lượt phương tiện; the 'Số dây chuyền' column counts dây chuyền): every cell a figure,",
    "the place of the row label is its location (Tổng cộng row: the province); no totals on cells; period inherited from",
    "'9 tháng năm 2023' in the sentence before (the lines column is a stock, no period).",
    "10.891 'chiếm 13%' has no part-of cue, so no total. Section II: 'Phấn đấu' governs the whole sentence (target);",
    "'quý IV' and 'cả năm' take 2023 from the heading 'QUÝ IV/2023'.",
]

build("p980-3", TEXT, FIGS, NOTES, published="2023-10-10", location="Đắk Lắk")
