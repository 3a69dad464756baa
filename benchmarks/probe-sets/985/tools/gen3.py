"""p985-3: formal report under a letterhead (UBND tỉnh Nam Định), flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển cây xanh đô thị năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Trồng mới cây xanh
Thực hiện Kế hoạch số 96/KH-UBND ngày 15/3/2024 của UBND tỉnh, tính đến ngày 30/11/2024, các đô thị trên địa bàn tỉnh đã trồng mới 18.640 cây xanh, đạt 103,6% kế hoạch năm (kế hoạch 18.000 cây). Kết quả cụ thể như sau:

Đơn vị tính: cây
STT | Địa phương | Cây bóng mát | Cây trang trí, cây bụi | Tổng số
1 | TP. Nam Định | 4.250 | 3.120 | 7.370
2 | Huyện Hải Hậu | 1.980 | 1.460 | 3.440
3 | Huyện Giao Thủy | 1.520 | 1.180 | 2.700
4 | Huyện Nghĩa Hưng | 1.340 | 960 | 2.300
5 | Các huyện còn lại | 1.730 | 1.100 | 2.830
Tổng cộng | | 10.820 | 7.820 | 18.640

2. Quản lý, chăm sóc cây xanh và công viên
Toàn tỉnh hiện có 32 công viên, vườn hoa với tổng diện tích 126,8 ha. Diện tích cây xanh công cộng bình quân khu vực nội thành thành phố Nam Định đạt 5,4 m2/người, thấp hơn 0,6 m2/người so với chỉ tiêu của Chương trình phát triển đô thị. Trong năm, đã cắt tỉa 6.215 cây, thay thế 212 cây chết, sâu bệnh; kinh phí duy trì ước đạt 27,5 tỷ đồng, bằng 108% năm 2023.

II. NHIỆM VỤ NĂM 2025
1. Phấn đấu trồng mới 20.000 cây xanh đô thị, trong đó thành phố Nam Định 8.000 cây.
2. Đầu tư xây dựng 02 công viên mới tại huyện Hải Hậu và huyện Giao Thủy, tổng kinh phí dự kiến 86 tỷ đồng.
3. Nâng tỷ lệ đất cây xanh công cộng trong đô thị lên 10-12%.

Nơi nhận:
- Bộ Xây dựng;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, XD3.
"""

AS = P("tính đến ngày 30/11/2024", None, "2024-11-30")
Y24 = P("Trong năm", "2024-01-01", "2024-12-31")
Y24H = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
ROWS = [  # anchor, number, value, subject-row, location
    ("Nam Định | 4.250 |", "4.250", 4250, "bóng", "Nam Định"),
    ("| 3.120 |", "3.120", 3120, "trang", "Nam Định"),
    ("| 7.370", "7.370", 7370, "tong", "Nam Định"),
    ("Hải Hậu | 1.980 |", "1.980", 1980, "bóng", "Hải Hậu"),
    ("| 1.460 |", "1.460", 1460, "trang", "Hải Hậu"),
    ("| 3.440", "3.440", 3440, "tong", "Hải Hậu"),
    ("Giao Thủy | 1.520 |", "1.520", 1520, "bóng", "Giao Thủy"),
    ("| 1.180 |", "1.180", 1180, "trang", "Giao Thủy"),
    ("| 2.700", "2.700", 2700, "tong", "Giao Thủy"),
    ("Nghĩa Hưng | 1.340 |", "1.340", 1340, "bóng", "Nghĩa Hưng"),
    ("| 960 |", "960", 960, "trang", "Nghĩa Hưng"),
    ("| 2.300", "2.300", 2300, "tong", "Nghĩa Hưng"),
    ("còn lại | 1.730 |", "1.730", 1730, "bóng", None),
    ("| 1.100 |", "1.100", 1100, "trang", None),
    ("| 2.830", "2.830", 2830, "tong", None),
    ("| 10.820 |", "10.820", 10820, "bóng", None),
    ("| 7.820 |", "7.820", 7820, "trang", None),
    ("| 18.640", "18.640", 18640, "tong", None),
]
COL = {"bóng": "cây bóng mát trồng mới", "trang": "cây trang trí, cây bụi trồng mới", "tong": "tổng số cây xanh trồng mới"}
TABLE = []
for anchor, num, val, col, loc in ROWS:
    subj = COL[col]
    if loc is None:
        subj += " tổng cộng" if val in (10820, 7820, 18640) else " các huyện còn lại"
    kw = {"location": loc} if loc else {}
    TABLE.append(F(anchor, num, val, "count", "cây", subj, I(AS), **kw))

FIGS = [
    F("trồng mới 18.640 cây xanh", "18.640", 18640, "count", "cây", "cây xanh đô thị trồng mới", AS,
      percent=103.6, target=T(18000, "cây")),
    *TABLE,
    F("có 32 công viên", "32", 32, "count", "công viên, vườn hoa", "công viên, vườn hoa", Y24H),
    F("diện tích 126,8 ha", "126,8", 126.8, "measure", "ha", "tổng diện tích công viên, vườn hoa", Y24H),
    F("đạt 5,4 m2/người", "5,4", 5.4, "measure", "m2/người",
      "diện tích cây xanh công cộng bình quân khu vực nội thành", Y24H, location="Nam Định",
      change=C("decrease", 0.6, "m2/người", baseline="chỉ tiêu của Chương trình phát triển đô thị")),
    F("cắt tỉa 6.215 cây", "6.215", 6215, "count", "cây", "cây được cắt tỉa", Y24),
    F("thay thế 212 cây", "212", 212, "count", "cây", "cây chết, sâu bệnh được thay thế", Y24),
    F("ước đạt 27,5 tỷ đồng", "27,5", 27.5e9, "money", "đồng", "kinh phí duy trì cây xanh", Y24,
      percent=108, status="estimate"),
    F("trồng mới 20.000 cây", "20.000", 20000, "count", "cây", "cây xanh đô thị trồng mới", Y25, status="target"),
    F("Nam Định 8.000 cây", "8.000", 8000, "count", "cây", "cây xanh đô thị trồng mới", Y25, total=20000,
      status="target"),
    F("xây dựng 02 công viên", "02", 2, "count", "công viên", "công viên mới đầu tư xây dựng", Y25, status="target"),
    F("dự kiến 86 tỷ đồng", "86", 86e9, "money", "đồng", "tổng kinh phí xây dựng công viên mới", Y25,
      status="forecast"),
    F("lên 10-12%", "10", 10, "percent", "%", "tỷ lệ đất cây xanh công cộng trong đô thị", Y25, value_max=12,
      status="target"),
]

NOTES = [
    "Formal report UBND tỉnh Nam Định (invented), Số: 287/BC-UBND, dated 10/12/2024 (published).",
    "Result against plan: 'đạt 103,6% kế hoạch năm (kế hoạch 18.000 cây)' -> percent 103.6 and target 18000.",
    "Flattened table: every numeric cell is a figure; row numbers (STT 1-5) are not; district rows give location,",
    "'Các huyện còn lại' and 'Tổng cộng' rows stay provincial. Cells take the as-of period of the sentence above the table (inherited); no totals on cells.",
    "'thấp hơn 0,6 m2/người so với chỉ tiêu' is a gap to plan = change (decrease). 'bằng 108% năm 2023' = percent of 27,5 tỷ.",
    "'Trong năm' in a 2024 annual report = 2024. Section II items take status target (task list; item 1 'Phấn đấu'), 'kinh phí dự kiến' forecast;",
    "their period comes from the heading 'NHIỆM VỤ NĂM 2025' (inherited). '02 công viên' = 2.",
    "Section I figures without a period phrase of their own take the heading 'KẾT QUẢ THỰC HIỆN NĂM 2024' (inherited, not scored).",
    "Distractors: Số 287/BC-UBND, Kế hoạch số 96/KH-UBND ngày 15/3/2024, section numbers I./II./1./2./3., STT, 'Lưu: VT, XD3'.",
]

write("p985-3", TEXT, FIGS, published="2024-12-10", location="Nam Định", notes=NOTES)
