"""p924-3: formal report under a letterhead (UBND tỉnh Quảng Nam), flattened | table."""
from lib import F, period, carried, change, target, write_set

TEXT = """
UBND TỈNH QUẢNG NAM
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 18 tháng 7 năm 2024

BÁO CÁO
Kết quả trợ giúp phương tiện, dụng cụ cho người khuyết tật 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến ngày 30/6/2024, toàn tỉnh có 41.236 người khuyết tật, trong đó 9.874 người khuyết tật đặc biệt nặng. Số người khuyết tật đang hưởng trợ cấp xã hội hằng tháng là 30.512 người, chiếm 74% tổng số người khuyết tật.

2. Kết quả hỗ trợ phương tiện, dụng cụ
6 tháng đầu năm, các địa phương đã hỗ trợ 1.148 phương tiện, dụng cụ trợ giúp, đạt 57,4% kế hoạch năm, tăng 12,6% so với cùng kỳ năm 2023; số người khuyết tật được hỗ trợ là 1.097 người. Tổng kinh phí thực hiện 5,84 tỷ đồng, trong đó ngân sách tỉnh 2,1 tỷ đồng, nguồn xã hội hóa 3,74 tỷ đồng. Kết quả tại 4 địa phương có số lượng lớn nhất như sau:

Đơn vị tính: chiếc
Địa phương | Xe lăn | Xe lắc | Máy trợ thính | Chân tay giả | Tổng số
Núi Thành | 96 | 28 | 54 | 12 | 190
Thăng Bình | 88 | 21 | 47 | 9 | 165
Đại Lộc | 74 | 19 | 38 | 7 | 138
Nam Trà My | 41 | 12 | 15 | 5 | 73
Tổng cộng | 299 | 80 | 154 | 33 | 566

II. KHÓ KHĂN, HẠN CHẾ
Qua rà soát, còn khoảng 2.300 người khuyết tật có nhu cầu xe lăn, xe lắc và gần 600 người cần lắp chân tay giả chưa được đáp ứng. Đơn giá xe lắc tăng từ 3,2 triệu đồng lên 3,9 triệu đồng/chiếc.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 hỗ trợ 2.000 phương tiện, dụng cụ; dự kiến kinh phí 9,5 tỷ đồng. Đề nghị Bộ Lao động - Thương binh và Xã hội hỗ trợ thêm 500 xe lăn theo Quyết định số 1190/QĐ-TTg.

Nơi nhận:
- Bộ LĐTB&XH;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = period("Tính đến ngày 30/6/2024", end="2024-06-30")
H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")

COLS = ["Xe lăn", "Xe lắc", "Máy trợ thính", "Chân tay giả", "Tổng số phương tiện"]
ROWS = [("Núi Thành", [96, 28, 54, 12, 190]), ("Thăng Bình", [88, 21, 47, 9, 165]),
        ("Đại Lộc", [74, 19, 38, 7, 138]), ("Nam Trà My", [41, 12, 15, 5, 73]),
        ("Tổng cộng", [299, 80, 154, 33, 566])]
ANCHORS = {  # unique left-context anchors for each cell
    ("Núi Thành", 0): "Núi Thành | 96", ("Núi Thành", 1): "96 | 28", ("Núi Thành", 2): "28 | 54",
    ("Núi Thành", 3): "54 | 12", ("Núi Thành", 4): "12 | 190",
    ("Thăng Bình", 0): "Thăng Bình | 88", ("Thăng Bình", 1): "88 | 21", ("Thăng Bình", 2): "21 | 47",
    ("Thăng Bình", 3): "47 | 9", ("Thăng Bình", 4): "9 | 165",
    ("Đại Lộc", 0): "Đại Lộc | 74", ("Đại Lộc", 1): "74 | 19", ("Đại Lộc", 2): "19 | 38",
    ("Đại Lộc", 3): "38 | 7", ("Đại Lộc", 4): "7 | 138",
    ("Nam Trà My", 0): "Nam Trà My | 41", ("Nam Trà My", 1): "41 | 12", ("Nam Trà My", 2): "12 | 15",
    ("Nam Trà My", 3): "15 | 5", ("Nam Trà My", 4): "5 | 73",
    ("Tổng cộng", 0): "Tổng cộng | 299", ("Tổng cộng", 1): "299 | 80", ("Tổng cộng", 2): "80 | 154",
    ("Tổng cộng", 3): "154 | 33", ("Tổng cộng", 4): "33 | 566",
}

FIGS = [
    F("có 41.236 người", "41.236", 41236, "count", "người", "người khuyết tật", ASOF),
    F("trong đó 9.874 người", "9.874", 9874, "count", "người", "người khuyết tật đặc biệt nặng", ASOF, total=41236),
    F("là 30.512 người", "30.512", 30512, "count", "người", "người khuyết tật đang hưởng trợ cấp xã hội hằng tháng",
      carried(ASOF), percent=74),
    F("hỗ trợ 1.148 phương tiện", "1.148", 1148, "count", "phương tiện, dụng cụ trợ giúp",
      "phương tiện, dụng cụ trợ giúp hỗ trợ người khuyết tật", H1, percent=57.4,
      change=change("increase", 12.6, "%", "cùng kỳ năm 2023")),
    F("là 1.097 người", "1.097", 1097, "count", "người", "người khuyết tật được hỗ trợ phương tiện, dụng cụ", H1),
    F("thực hiện 5,84 tỷ đồng", "5,84", 5.84e9, "money", "đồng", "tổng kinh phí thực hiện", carried(H1)),
    F("tỉnh 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "ngân sách tỉnh", carried(H1), total=5.84e9),
    F("hóa 3,74 tỷ đồng", "3,74", 3.74e9, "money", "đồng", "nguồn xã hội hóa", carried(H1), total=5.84e9),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương có số lượng lớn nhất", optional=True),
]
for place, cells in ROWS:
    for i, v in enumerate(cells):
        label = COLS[i] + (" tổng cộng" if place == "Tổng cộng" else "")
        loc = "Quảng Nam" if place == "Tổng cộng" else place
        FIGS.append(F(ANCHORS[(place, i)], str(v), v, "count", "chiếc", label, carried(H1), location=loc))
FIGS += [
    F("khoảng 2.300 người", "2.300", 2300, "count", "người",
      "người khuyết tật có nhu cầu xe lăn, xe lắc chưa được đáp ứng", approx="about"),
    F("gần 600 người", "600", 600, "count", "người", "người cần lắp chân tay giả chưa được đáp ứng", approx="nearly"),
    F("từ 3,2 triệu đồng", "3,2", 3.2e6, "money", "đồng/chiếc", "đơn giá xe lắc trước đây"),
    F("lên 3,9 triệu đồng/chiếc", "3,9", 3.9e6, "money", "đồng/chiếc", "đơn giá xe lắc"),
    F("hỗ trợ 2.000 phương tiện", "2.000", 2000, "count", "phương tiện, dụng cụ",
      "phương tiện, dụng cụ hỗ trợ người khuyết tật", Y24, status="target"),
    F("kinh phí 9,5 tỷ đồng", "9,5", 9.5e9, "money", "đồng", "kinh phí hỗ trợ phương tiện, dụng cụ", Y24,
      status="forecast"),
    F("thêm 500 xe lăn", "500", 500, "count", "xe lăn", "xe lăn đề nghị Bộ hỗ trợ thêm", optional=True),
]

NOTES = [
    "Báo cáo UBND tỉnh Quảng Nam số 287/BC-UBND (letterhead, sections I-III): trợ giúp phương tiện, dụng cụ cho NKT 6 tháng đầu năm 2024.",
    "Flattened '|' table (Đơn vị tính: chiếc), rows = districts + 'Tổng cộng'; every cell is a figure, district = location, the totals row",
    "is located in Quảng Nam; cells get no totals; period '6 tháng đầu năm' stands above the table (inherited).",
    "Not figures: 'Số: 287/BC-UBND', 'ngày 18 tháng 7 năm 2024' (published), section numbers I./1./2., 'Quyết định số 1190/QĐ-TTg'.",
    "'đạt 57,4% kế hoạch năm' is the percent of 1.148 (2.000 is a later target figure, not its attribute). 'tăng từ 3,2 triệu lên 3,9 triệu':",
    "no change value is stated, so both prices are figures without change. '4 địa phương' (a top list) and the requested '500 xe lăn' are optional.",
]

write_set("p924-3", TEXT, FIGS, NOTES, published="2024-07-18", location="Quảng Nam")
