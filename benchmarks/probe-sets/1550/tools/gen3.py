"""p1550-3: formal report (UBND tỉnh Hải Dương, Số: 27/BC-UBND): kettles 2024, flattened '|' table by enterprise."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 17 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, kinh doanh ấm đun nước điện năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, sản lượng ấm đun nước điện của các doanh nghiệp trên địa bàn tỉnh đạt 2,84 triệu chiếc, tăng 9,2% so với năm 2023, đạt 101,4% kế hoạch; giá trị sản xuất ước đạt 612 tỷ đồng.

Sản lượng theo doanh nghiệp
Đơn vị tính: nghìn chiếc
Doanh nghiệp | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Công ty TNHH Điện máy Hưng Phát | 1.420 | 1.566 | 110,3 | 1.650
Công ty CP Kim khí Hải Hưng | 874 | 932 | 106,6 | 980
Các cơ sở khác | 306 | 342 | 111,8 | 370
Tổng cộng | 2.600 | 2.840 | 109,2 | 3.000

2. Thị trường, chất lượng
Tiêu thụ nội địa chiếm khoảng 62% sản lượng, còn lại xuất khẩu sang Nhật Bản, Hàn Quốc và Đông Nam Á với kim ngạch 9,6 triệu USD. Trong năm, Sở Khoa học và Công nghệ chủ trì kiểm tra 35 cơ sở kinh doanh thiết bị điện gia dụng tại TP Hải Dương và thị xã Kinh Môn, phát hiện 6 cơ sở vi phạm ghi nhãn, xử phạt 48,5 triệu đồng, buộc tiêu hủy 410 chiếc ấm không đạt QCVN 4:2009/BKHCN.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng ấm đun nước điện năm 2025 đạt 3 triệu chiếc, tăng 5,6% so với năm 2024; kim ngạch xuất khẩu trên 11 triệu USD; tiếp tục thực hiện Nghị định số 119/2017/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường và chất lượng sản phẩm hàng hóa.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
IN_YEAR = period("Trong năm", "2024-01-01", "2024-12-31")
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]

ROWS = [("Công ty TNHH Điện máy Hưng Phát", "Hưng Phát", ["1.420", "1.566", "110,3", "1.650"]),
        ("Công ty CP Kim khí Hải Hưng", "Hải Hưng", ["874", "932", "106,6", "980"]),
        ("các cơ sở khác", "khác", ["306", "342", "111,8", "370"]),
        ("tổng cộng", "Tổng cộng", ["2.600", "2.840", "109,2", "3.000"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for row, key, nums in ROWS:
    prev = key
    for col, n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        if col == "Năm 2023":
            CELLS.append(F(anchor, n, num(n) * 1e3, "count", "chiếc",
                           subject=f"sản lượng ấm đun nước điện {row} năm 2023", per=Y23))
        elif col == "Năm 2024":
            CELLS.append(F(anchor, n, num(n) * 1e3, "count", "chiếc",
                           subject=f"sản lượng ấm đun nước điện {row} năm 2024", per=Y24))
        elif col.startswith("So với"):
            CELLS.append(F(anchor, n, num(n), "percent", "%",
                           subject=f"sản lượng ấm đun nước điện {row} so với cùng kỳ", per=inherit(Y24)))
        else:
            CELLS.append(F(anchor, n, num(n) * 1e3, "count", "chiếc", status="target",
                           subject=f"sản lượng ấm đun nước điện {row} kế hoạch 2025", per=K25))
        prev = n

FIGS = [
    F("đạt 2,84 triệu", "2,84", 2.84e6, "count", "chiếc", percent=101.4,
      change=change("increase", 9.2, "%", "năm 2023"),
      subject="sản lượng ấm đun nước điện của các doanh nghiệp trên địa bàn tỉnh", per=Y24),
    F("ước đạt 612 tỷ", "612", 612e9, "money", "đồng", status="estimate",
      subject="giá trị sản xuất", per=Y24),
] + CELLS + [
    F("khoảng 62%", "62", 62, "percent", "%", approx="about",
      subject="tỷ trọng tiêu thụ nội địa trong sản lượng", per=inherit(Y24)),
    F("kim ngạch 9,6 triệu", "9,6", 9.6e6, "money", "USD",
      subject="kim ngạch xuất khẩu ấm đun nước điện", per=inherit(Y24)),
    F("kiểm tra 35 cơ sở", "35", 35, "count", "cơ sở",
      subject="cơ sở kinh doanh thiết bị điện gia dụng được kiểm tra", per=IN_YEAR),
    F("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở vi phạm ghi nhãn", per=IN_YEAR),
    F("xử phạt 48,5 triệu", "48,5", 48.5e6, "money", "đồng", subject="tiền xử phạt", per=IN_YEAR),
    F("tiêu hủy 410 chiếc", "410", 410, "count", "chiếc",
      subject="ấm không đạt QCVN buộc tiêu hủy", per=IN_YEAR),
    F("đạt 3 triệu chiếc", "3", 3e6, "count", "chiếc", status="target",
      change=change("increase", 5.6, "%", "năm 2024"),
      subject="sản lượng ấm đun nước điện", per=Y25),
    F("trên 11 triệu", "11", 11e6, "money", "USD", approx="over", status="target",
      subject="kim ngạch xuất khẩu", per=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Hải Dương, Số: 27/BC-UBND, 'Hải Dương, ngày 17 tháng 01 năm 2025'), sections I/II and 1/2, 'Nơi nhận'.",
    "Distractors: Số 27/BC-UBND, the letterhead date, section numbers, QCVN 4:2009/BKHCN, Nghị định số 119/2017/NĐ-CP, 'Lưu: VT, KT'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' (1.420 = 1 420 000 chiếc); subject = indicator + row + column; company rows are",
    "subjects, not places; 'So với cùng kỳ (%)' cells are percent figures (index, value as written), period not stated in the header",
    "(inherited from the 2024 column, not scored); 'Kế hoạch 2025' → target. Table cells get no total.",
    "'đạt 101,4% kế hoạch' is the percent attribute of 2,84 triệu. 'giá trị sản xuất ước đạt' → estimate (its own clause only).",
    "Section 2 has no period in its first sentence (inherited Năm 2024). 'Trong năm' in an annual report = 2024 (as 'trong tháng' in a monthly one).",
    "35 cơ sở checked in two places (TP Hải Dương, thị xã Kinh Môn): location stays the province. 6 cơ sở after 'kiểm tra 35' has no cue: no total.",
    "Section II 'Phấn đấu' governs the whole sentence: 3 triệu and trên 11 triệu are targets for năm 2025.",
]

if __name__ == "__main__":
    write("p1550-3", TEXT, NOTES, FIGS, published="2025-01-17", location="Hải Dương")
