"""p870-3: UBND tỉnh Quảng Ninh formal report, camera system 6 months 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 05 tháng 7 năm 2023

BÁO CÁO
Kết quả triển khai hệ thống camera giám sát, xử lý vi phạm trật tự an toàn giao thông 6 tháng đầu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Đầu tư, lắp đặt
Thực hiện Nghị định số 135/2021/NĐ-CP, đến ngày 30/6/2023 toàn tỉnh đã lắp đặt 418 camera giám sát tại 88 vị trí, đạt 83,6% kế hoạch giai đoạn 2021-2025; trong đó 152 camera có chức năng nhận dạng biển số. Tổng kinh phí đã giải ngân 96,4 tỷ đồng.

2. Phát hiện, xử lý vi phạm
6 tháng đầu năm 2023, hệ thống camera đã phát hiện 21.674 trường hợp vi phạm, tăng 2.318 trường hợp so với cùng kỳ năm 2022, cụ thể:
Đơn vị tính: trường hợp
Địa phương | Vượt đèn đỏ | Đi sai làn | Quá tốc độ | Tổng số
Hạ Long | 3.412 | 2.105 | 4.870 | 10.387
Cẩm Phả | 1.236 | 864 | 2.517 | 4.617
Uông Bí | 948 | 702 | 1.935 | 3.585
Móng Cái | 655 | 411 | 2.019 | 3.085
Tổng cộng | 6.251 | 4.082 | 11.341 | 21.674
Đã gửi 17.905 thông báo vi phạm đến chủ phương tiện; xử phạt 12.340 trường hợp, chiếm 56,9% số trường hợp phát hiện, thu nộp ngân sách 28,6 tỷ đồng.

3. Hệ thống đèn tín hiệu giao thông
Toàn tỉnh hiện có 173 nút giao được lắp đèn tín hiệu, trong đó 58 nút kết nối với Trung tâm điều hành thông minh (IOC); tỷ lệ đèn hoạt động ổn định đạt 97,2%.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2023
Phấn đấu lắp đặt thêm 82 camera, nâng tổng số camera lên 500 camera, dự kiến kinh phí 24,5 tỷ đồng; kết nối 100% camera về IOC trước ngày 31/12/2023.

Nơi nhận:
- Bộ Công an (b/c);
- TT Tỉnh ủy, HĐND tỉnh (b/c);
- Lưu: VT, GT1.
"""

ASOF = P("đến ngày 30/6/2023", None, "2023-06-30")
H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H2 = P("6 tháng cuối năm 2023", "2023-07-01", "2023-12-31", inherited=True)

# table: (location, anchor template pieces)
ROWS = [
    ("Hạ Long", ["Hạ Long | 3.412", "| 2.105 |", "| 4.870 |", "| 10.387"], ["3.412", "2.105", "4.870", "10.387"]),
    ("Cẩm Phả", ["Cẩm Phả | 1.236", "| 864 |", "| 2.517 |", "| 4.617"], ["1.236", "864", "2.517", "4.617"]),
    ("Uông Bí", ["Uông Bí | 948", "| 702 |", "| 1.935 |", "| 3.585"], ["948", "702", "1.935", "3.585"]),
    ("Móng Cái", ["Móng Cái | 655", "| 411 |", "| 2.019 |", "| 3.085"], ["655", "411", "2.019", "3.085"]),
    ("Quảng Ninh", ["Tổng cộng | 6.251", "| 4.082 |", "| 11.341 |", "11.341 | 21.674"], ["6.251", "4.082", "11.341", "21.674"]),
]
COLS = ["vượt đèn đỏ", "đi sai làn", "quá tốc độ", "tổng số trường hợp vi phạm"]


def num(s):
    return int(s.replace(".", ""))


TABLE = []
for loc, anchors, numbers in ROWS:
    for col, a, n in zip(COLS, anchors, numbers):
        subj = col + (" tổng cộng" if loc == "Quảng Ninh" and col != COLS[3] else "")
        TABLE.append(F(a, n, num(n), "count", "trường hợp", subj, I(H1), location=loc))

FIGS = [
    F("lắp đặt 418 camera", "418", 418, "count", "camera", "camera giám sát đã lắp đặt", ASOF, percent=83.6),
    F("tại 88 vị trí", "88", 88, "count", "vị trí", "vị trí lắp đặt camera giám sát", ASOF),
    F("trong đó 152 camera", "152", 152, "count", "camera",
      "camera có chức năng nhận dạng biển số", ASOF, total=418),
    F("giải ngân 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "tổng kinh phí đã giải ngân", I(ASOF)),
    F("phát hiện 21.674 trường hợp", "21.674", 21674, "count", "trường hợp",
      "trường hợp vi phạm hệ thống camera phát hiện", H1,
      change=C("increase", 2318, "trường hợp", "cùng kỳ năm 2022")),
] + TABLE + [
    F("gửi 17.905 thông báo", "17.905", 17905, "count", "thông báo",
      "thông báo vi phạm gửi đến chủ phương tiện", I(H1)),
    F("xử phạt 12.340 trường hợp", "12.340", 12340, "count", "trường hợp",
      "trường hợp bị xử phạt", I(H1), percent=56.9),
    F("ngân sách 28,6 tỷ đồng", "28,6", 28.6e9, "money", "đồng", "tiền phạt thu nộp ngân sách", I(H1)),
    F("có 173 nút giao", "173", 173, "count", "nút giao", "nút giao được lắp đèn tín hiệu"),
    F("trong đó 58 nút", "58", 58, "count", "nút",
      "nút giao kết nối với Trung tâm điều hành thông minh (IOC)", total=173),
    F("đạt 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ đèn hoạt động ổn định"),
    F("thêm 82 camera", "82", 82, "count", "camera", "camera lắp đặt thêm", H2, status="target"),
    F("lên 500 camera", "500", 500, "count", "camera", "tổng số camera", H2, status="target"),
    F("kinh phí 24,5 tỷ đồng", "24,5", 24.5e9, "money", "đồng", "kinh phí lắp đặt camera", H2,
      status="forecast"),
    F("kết nối 100% camera", "100", 100, "percent", "%", "camera kết nối về IOC",
      P("trước ngày 31/12/2023", None, "2023-12-31"), status="target"),
]

NOTES = [
    "UBND tỉnh Quảng Ninh, Số 287/BC-UBND, 05/7/2023: camera giám sát, xử lý vi phạm 6 tháng đầu năm 2023; flattened '|' table.",
    "Table: unit from 'Đơn vị tính: trường hợp'; subject = column label, the place column goes to location ('Tổng cộng' row = Quảng Ninh);",
    "table cells carry the period of the sentence above the table (inherited); no totals inside the table (the Tổng số column/row are figures).",
    "'đạt 83,6% kế hoạch giai đoạn 2021-2025' is the share of 418 camera. Section II targets take '6 tháng cuối năm 2023' from the heading (inherited);",
    "'trước ngày 31/12/2023' is a deadline: as-of end 2023-12-31. Distractors: Số 287/BC-UBND, Nghị định số 135/2021/NĐ-CP, section numbers, GT1.",
]

write(3, TEXT, FIGS, NOTES, published="2023-07-05", location="Quảng Ninh")
