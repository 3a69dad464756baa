from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 268/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách trợ giúp xã hội 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Trợ cấp xã hội hằng tháng
Tính đến ngày 30/9/2024, toàn tỉnh có 41.263 đối tượng hưởng trợ cấp xã hội hằng tháng, tăng 1.184 người so với cuối năm 2023, đạt 101,6% kế hoạch năm. Kinh phí thực hiện 9 tháng đạt 172,35 tỷ đồng.

Bảng 1. Đối tượng hưởng trợ cấp theo nhóm (đơn vị: người)
Nhóm đối tượng | Năm 2023 | 9 tháng 2024 | Kế hoạch 2024
Người cao tuổi | 22.415 | 23.106 | 22.800
Người khuyết tật | 15.972 | 16.358 | 16.100
Trẻ em mồ côi | 708 | 731 | 720
Đối tượng khác | 984 | 1.068 | 990
Tổng cộng | 40.079 | 41.263 | 40.610

2. Nuôi dưỡng tại cơ sở trợ giúp xã hội
Trung tâm Công tác xã hội tỉnh (số 2 Hàn Thuyên, Phường 1, TP Đông Hà) đang nuôi dưỡng 186 đối tượng, gồm 64 trẻ em có hoàn cảnh đặc biệt, 53 người cao tuổi cô đơn và 69 người tâm thần; kinh phí nuôi dưỡng 9 tháng là 6.712,5 triệu đồng.

3. Trợ giúp xã hội đột xuất
Trong quý III/2024, toàn tỉnh đã hỗ trợ 45,6 tấn gạo cho 1.024 hộ với 3.040 khẩu thiếu đói; hỗ trợ mai táng phí cho 412 trường hợp với mức 10 triệu đồng/trường hợp.

II. NHIỆM VỤ QUÝ IV/2024
Tiếp tục chi trả đúng, đủ, kịp thời; dự kiến quý IV chi khoảng 61 tỷ đồng trợ cấp hằng tháng.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

ROWS = [
    # (label, anchors for the three cells, numbers)
    ("Người cao tuổi", ["tuổi | 22.415", "22.415 | 23.106", "23.106 | 22.800"], ["22.415", "23.106", "22.800"]),
    ("Người khuyết tật", ["tật | 15.972", "15.972 | 16.358", "16.358 | 16.100"], ["15.972", "16.358", "16.100"]),
    ("Trẻ em mồ côi", ["côi | 708", "708 | 731", "731 | 720"], ["708", "731", "720"]),
    ("Đối tượng khác", ["khác | 984", "984 | 1.068", "1.068 | 990"], ["984", "1.068", "990"]),
    ("Tổng cộng", ["cộng | 40.079", "| 41.263 |", "41.263 | 40.610"], ["40.079", "41.263", "40.610"]),
]

def num(s):
    return float(s.replace(".", ""))

TABLE = []
for label, anchors, nums in ROWS:
    for (col, per, status), a, n in zip(
            [("năm 2023", Y23, None), ("9 tháng 2024", M9, None), ("kế hoạch 2024", K24, "target")], anchors, nums):
        kw = {"status": status} if status else {}
        TABLE.append(F(a, n, num(n), "count", "người", f"{label} {col}", per, **kw))

FIG = [
    F("có 41.263 đối tượng", "41.263", 41263, "count", "đối tượng",
      "đối tượng hưởng trợ cấp xã hội hằng tháng", P("Tính đến ngày 30/9/2024", None, "2024-09-30"),
      percent=101.6, change=CH("increase", 1184, unit="người", baseline="cuối năm 2023")),
    F("đạt 172,35 tỷ đồng", "172,35", 172.35e9, "money", "đồng", "kinh phí thực hiện",
      P("9 tháng", "2024-01-01", "2024-09-30")),
] + TABLE + [
    F("nuôi dưỡng 186 đối tượng", "186", 186, "count", "đối tượng",
      "đối tượng Trung tâm Công tác xã hội tỉnh đang nuôi dưỡng"),
    F("gồm 64 trẻ em", "64", 64, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", total=186),
    F("53 người cao tuổi", "53", 53, "count", "người cao tuổi", "người cao tuổi cô đơn", total=186),
    F("69 người tâm thần", "69", 69, "count", "người", "người tâm thần", total=186),
    F("là 6.712,5 triệu đồng", "6.712,5", 6712.5e6, "money", "đồng", "kinh phí nuôi dưỡng",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("45,6 tấn gạo", "45,6", 45.6, "measure", "tấn", "gạo hỗ trợ hộ thiếu đói", Q3),
    F("cho 1.024 hộ", "1.024", 1024, "count", "hộ", "hộ thiếu đói được hỗ trợ gạo", Q3),
    F("3.040 khẩu", "3.040", 3040, "count", "khẩu", "khẩu thiếu đói được hỗ trợ gạo", Q3),
    F("cho 412 trường hợp", "412", 412, "count", "trường hợp", "trường hợp được hỗ trợ mai táng phí", Q3),
    F("mức 10 triệu đồng", "10", 10e6, "money", "đồng/trường hợp", "mức hỗ trợ mai táng phí", Q3),
    F("khoảng 61 tỷ đồng", "61", 61e9, "money", "đồng", "chi trợ cấp hằng tháng",
      P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Quảng Trị, Số: 268/BC-UBND, 'Quảng Trị, ngày 08 tháng 10 năm 2024' (published).",
    "Flattened '|' table 'Bảng 1' (unit '(đơn vị: người)' in the title): every numeric cell is a figure, subject = row label + column,",
    "period from the column header ('9 tháng 2024' = Jan-Sep 2024), 'Kế hoạch 2024' column → status target. No totals inside the table (no cue).",
    "Lead: 41.263 'tăng 1.184 người so với cuối năm 2023' → change; 'đạt 101,6% kế hoạch năm' → percent (shared h10/h14 convention).",
    "'gồm 64 … 53 … 69' add up to 186. '6.712,5 triệu đồng' = 6 712 500 000 đồng. 'quý IV' takes 2024 from the report.",
    "Distractors: Số: 268/BC-UBND, place-and-date line, '9 tháng năm 2024' title, 'Bảng 1', sections I./II./1./2./3., 'số 2 Hàn Thuyên, Phường 1'.",
]

emit("p568-3", TEXT, COMMENTS, FIG, published="2024-10-08", location="Quảng Trị")
