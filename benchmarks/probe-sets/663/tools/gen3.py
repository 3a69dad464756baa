"""p663-3: UBND tỉnh Quảng Trị formal report — trợ giúp người khuyết tật 9 tháng 2024, flattened '|' table."""
from lib import F, P, I, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 218/BC-UBND
Quảng Trị, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện công tác trợ giúp người khuyết tật 9 tháng đầu năm 2024

I. TÌNH HÌNH NGƯỜI KHUYẾT TẬT
Tính đến ngày 30/9/2024, toàn tỉnh có 19.836 người khuyết tật, trong đó 14.127 người đang hưởng trợ cấp xã hội hằng tháng. Số liệu tại một số địa phương như sau:

Bảng 1. Người khuyết tật phân theo mức độ (Đơn vị tính: người)
Địa phương | Đặc biệt nặng | Nặng | Nhẹ | Tổng số
TP Đông Hà | 512 | 1.438 | 907 | 2.857
Hải Lăng | 608 | 1.922 | 1.075 | 3.605
Triệu Phong | 655 | 2.104 | 1.196 | 3.955
Vĩnh Linh | 574 | 1.815 | 1.003 | 3.392

II. KẾT QUẢ THỰC HIỆN CHÍNH SÁCH
1. 9 tháng đầu năm 2024, kinh phí chi trợ cấp xã hội hằng tháng cho người khuyết tật là 71,25 tỷ đồng; ước cả năm 2024 đạt 96,8 tỷ đồng.
2. Cấp 13.980 thẻ bảo hiểm y tế; khám sàng lọc cho 2.460 lượt trẻ em khuyết tật.
3. Có 1.134 học sinh khuyết tật học hòa nhập tại 286 trường phổ thông; kinh phí miễn, giảm học phí khoảng 1,2 tỷ đồng.
4. Có 148 người khuyết tật được đào tạo nghề, đạt 74% kế hoạch; 96 người được giới thiệu việc làm.
5. Trao tặng 320 xe lăn, 85 xe lắc và 140 dụng cụ chỉnh hình.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến chi trả trợ cấp cho khoảng 14.300 người khuyết tật; phấn đấu đến năm 2025 có 70% trụ sở cơ quan nhà nước bảo đảm tiếp cận đối với người khuyết tật.

Nơi nhận:
- Bộ Lao động - TB&XH;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

COLS = [("người khuyết tật đặc biệt nặng"), ("người khuyết tật nặng"), ("người khuyết tật nhẹ"),
        ("tổng số người khuyết tật")]
ROWS = [
    ("Đông Hà", ["TP Đông Hà | 512", "| 1.438", "| 907", "| 2.857"], ["512", "1.438", "907", "2.857"]),
    ("Hải Lăng", ["Hải Lăng | 608", "| 1.922", "| 1.075", "| 3.605"], ["608", "1.922", "1.075", "3.605"]),
    ("Triệu Phong", ["Triệu Phong | 655", "| 2.104", "| 1.196", "| 3.955"], ["655", "2.104", "1.196", "3.955"]),
    ("Vĩnh Linh", ["Vĩnh Linh | 574", "| 1.815", "| 1.003", "| 3.392"], ["574", "1.815", "1.003", "3.392"]),
]

TABLE = []
for place, anchors, nums in ROWS:
    for col, a, n in zip(COLS, anchors, nums):
        TABLE.append(F(a, n, int(n.replace(".", "")), "count", "người", col, I(ASOF), location=place))

FIGS = [
    F("có 19.836 người khuyết tật", "19.836", 19836, "count", "người khuyết tật",
      "người khuyết tật toàn tỉnh", ASOF),
    F("trong đó 14.127 người", "14.127", 14127, "count", "người",
      "người khuyết tật đang hưởng trợ cấp xã hội hằng tháng", ASOF, total=19836),
] + TABLE + [
    F("là 71,25 tỷ đồng", "71,25", 71.25e9, "money", "đồng",
      "kinh phí chi trợ cấp xã hội hằng tháng cho người khuyết tật", M9),
    F("đạt 96,8 tỷ đồng", "96,8", 96.8e9, "money", "đồng",
      "kinh phí chi trợ cấp xã hội hằng tháng cho người khuyết tật",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("Cấp 13.980 thẻ", "13.980", 13980, "count", "thẻ bảo hiểm y tế",
      "thẻ bảo hiểm y tế cấp cho người khuyết tật", I(M9)),
    F("cho 2.460 lượt", "2.460", 2460, "count", "lượt",
      "lượt trẻ em khuyết tật được khám sàng lọc", I(M9)),
    F("Có 1.134 học sinh", "1.134", 1134, "count", "học sinh",
      "học sinh khuyết tật học hòa nhập", I(M9)),
    F("tại 286 trường", "286", 286, "count", "trường",
      "trường phổ thông có học sinh khuyết tật học hòa nhập", I(M9)),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng",
      "kinh phí miễn, giảm học phí", I(M9), approx="about"),
    F("Có 148 người", "148", 148, "count", "người khuyết tật",
      "người khuyết tật được đào tạo nghề", I(M9), percent=74),
    F("96 người được giới thiệu", "96", 96, "count", "người",
      "người khuyết tật được giới thiệu việc làm", I(M9)),
    F("320 xe lăn", "320", 320, "count", "xe lăn", "xe lăn trao tặng", I(M9)),
    F("85 xe lắc", "85", 85, "count", "xe lắc", "xe lắc trao tặng", I(M9)),
    F("140 dụng cụ", "140", 140, "count", "dụng cụ chỉnh hình", "dụng cụ chỉnh hình trao tặng", I(M9)),
    F("khoảng 14.300 người", "14.300", 14300, "count", "người khuyết tật",
      "người khuyết tật được chi trả trợ cấp",
      P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True), approx="about", status="forecast"),
    F("có 70% trụ sở", "70", 70, "percent", "%",
      "trụ sở cơ quan nhà nước bảo đảm tiếp cận đối với người khuyết tật",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Quảng Trị, Số: 218/BC-UBND, 'Quảng Trị, ngày 14 tháng 10 năm 2024' = published).",
    "Flattened '|' table 'Bảng 1' (Đơn vị tính: người): 4 districts x (Đặc biệt nặng | Nặng | Nhẹ | Tổng số), every cell a count;",
    "subject = column label (the row label is a place -> location); no total attribute on table cells; period = the as-of date of",
    "the lead sentence (inherited). Not figures: 'Số: 218/BC-UBND', 'Bảng 1', section numbers I./II./III., item numbers '1.'-'5.'",
    "(note '1. 9 tháng' - the item number must not glue to the 9), dates. 'ước cả năm 2024 đạt 96,8 tỷ' is an estimate with its",
    "own period in the same sentence; the Q4 forecast takes 'QUÝ IV/2024' from the section heading (inherited).",
]

if __name__ == "__main__":
    emit("p663-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Quảng Trị")
