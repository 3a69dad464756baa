"""p876-3: formal report (UBND tỉnh Quảng Trị) on family affairs 2023, flattened '|' table of divorce cases."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 37/BC-UBND
Quảng Trị, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác gia đình và phòng, chống bạo lực gia đình năm 2023

I. TÌNH HÌNH HÔN NHÂN VÀ GIA ĐÌNH
1. Năm 2023, toàn tỉnh có 6.214 cặp đăng ký kết hôn, tăng 2,4% so với năm 2022. Theo số liệu của Tòa án nhân dân tỉnh, Tòa án hai cấp đã thụ lý 1.937 vụ việc ly hôn, giải quyết 1.802 vụ việc, đạt 93,0%.
2. Số vụ việc ly hôn phân theo địa phương năm 2023:
Đơn vị tính: vụ việc
STT | Địa phương | Thụ lý | Đã giải quyết | Hòa giải thành
1 | TP Đông Hà | 512 | 481 | 203
2 | Huyện Vĩnh Linh | 336 | 312 | 141
3 | Huyện Triệu Phong | 298 | 279 | 118
4 | Huyện Hướng Hóa | 247 | 226 | 87
5 | Các địa phương khác | 544 | 504 | 212
 | Tổng cộng | 1.937 | 1.802 | 761
3. Năm 2023, toàn tỉnh phát hiện 86 vụ bạo lực gia đình, giảm 17 vụ so với năm 2022; trong đó 71 vụ có nạn nhân là phụ nữ, chiếm 82,6%. Có 24 vụ ly hôn có nguyên nhân từ bạo lực gia đình.

II. KẾT QUẢ THỰC HIỆN
Toàn tỉnh duy trì 1.046 tổ hòa giải ở cơ sở với 7.352 hòa giải viên. Năm 2023, các tổ hòa giải đã hòa giải thành 642/731 vụ việc mâu thuẫn về hôn nhân và gia đình, đạt 87,8%. Kinh phí hỗ trợ công tác hòa giải ở cơ sở năm 2023 ước đạt 1,85 tỷ đồng, thực hiện theo Nghị quyết số 09/2022/NQ-HĐND.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu giảm 10% số vụ bạo lực gia đình so với năm 2023; 100% vụ việc mâu thuẫn, tranh chấp về hôn nhân và gia đình ở cơ sở được hòa giải kịp thời. Dự kiến kinh phí hỗ trợ hòa giải ở cơ sở năm 2024 khoảng 2 tỷ đồng.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TAB = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("TP Đông Hà | 512", "512", "Đông Hà", None),
    ("Vĩnh Linh | 336", "336", "Vĩnh Linh", None),
    ("Triệu Phong | 298", "298", "Triệu Phong", None),
    ("Hướng Hóa | 247", "247", "Hướng Hóa", None),
    ("khác | 544", "544", None, "các địa phương khác"),
    ("| 1.937 |", "1.937", None, "tổng cộng"),
]
CELLS = {
    "512": ["481", "203"], "336": ["312", "141"], "298": ["279", "118"], "247": ["226", "87"],
    "544": ["504", "212"], "1.937": ["1.802", "761"],
}
COLS = ["vụ việc ly hôn thụ lý", "vụ việc ly hôn đã giải quyết", "vụ việc ly hôn hòa giải thành"]


def num(s):
    return float(s.replace(".", ""))


def table():
    out = []
    for anchor, first, place, label in ROWS:
        nums = [first] + CELLS[first]
        anchors = [anchor, f"| {first} | {nums[1]} |", f"| {nums[1]} | {nums[2]}"]
        if first == "1.937":
            anchors[0] = "Tổng cộng | 1.937"
        for col, (a, n) in enumerate(zip(anchors, nums)):
            subj = COLS[col] + (f" {label}" if label and label != "tổng cộng" else "")
            if label == "tổng cộng":
                subj = "tổng số " + COLS[col]
            kw = {"location": place} if place else {}
            out.append(F(a, n, num(n), "count", "vụ việc", subj, TAB, **kw))
    return out


FIGS = [
    F("có 6.214 cặp", "6.214", 6214, "count", "cặp", "cặp đăng ký kết hôn", Y23,
      change=C("increase", 2.4, baseline="năm 2022")),
    F("thụ lý 1.937 vụ việc", "1.937", 1937, "count", "vụ việc", "vụ việc ly hôn thụ lý", I(Y23)),
    F("giải quyết 1.802 vụ việc", "1.802", 1802, "count", "vụ việc", "vụ việc ly hôn đã giải quyết", I(Y23),
      percent=93.0),
] + table() + [
    F("phát hiện 86 vụ", "86", 86, "count", "vụ", "vụ bạo lực gia đình", Y23,
      change=C("decrease", 17, "vụ", baseline="năm 2022")),
    F("trong đó 71 vụ", "71", 71, "count", "vụ", "vụ bạo lực gia đình có nạn nhân là phụ nữ", Y23,
      total=86, percent=82.6),
    F("Có 24 vụ ly hôn", "24", 24, "count", "vụ", "vụ ly hôn có nguyên nhân từ bạo lực gia đình", I(Y23)),
    F("duy trì 1.046 tổ", "1.046", 1046, "count", "tổ hòa giải", "tổ hòa giải ở cơ sở"),
    F("với 7.352 hòa giải viên", "7.352", 7352, "count", "hòa giải viên", "hòa giải viên ở cơ sở"),
    F("thành 642/731 vụ việc", "642", 642, "count", "vụ việc",
      "vụ việc mâu thuẫn về hôn nhân và gia đình hòa giải thành ở cơ sở", Y23, total=731, percent=87.8),
    F("ước đạt 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "kinh phí hỗ trợ công tác hòa giải ở cơ sở",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("giảm 10% số vụ", "10", 10, "percent", "%", "mức giảm số vụ bạo lực gia đình",
      I(P("NĂM 2024", "2024-01-01", "2024-12-31")), status="target"),
    F("; 100% vụ việc", "100", 100, "percent", "%",
      "vụ việc mâu thuẫn, tranh chấp về hôn nhân và gia đình ở cơ sở được hòa giải kịp thời",
      I(P("NĂM 2024", "2024-01-01", "2024-12-31")), status="target"),
    F("khoảng 2 tỷ đồng", "2", 2e9, "money", "đồng", "kinh phí hỗ trợ hòa giải ở cơ sở", Y24,
      approx="about", status="forecast"),
]

NOTES = [
    "Formal report, letterhead UBND TỈNH QUẢNG TRỊ, Số: 37/BC-UBND, dated 22/01/2024; sections I-III and items 1.-3.",
    "Flattened '|' table (Đơn vị tính: vụ việc): every numeric cell is a figure; district rows -> location, 'Các địa phương khác'",
    "and 'Tổng cộng' rows stay Quảng Trị with the row label in the subject; STT numbers are not figures; the period (năm 2023)",
    "stands in the heading line above the table (inherited). Cells get no totals. 642/731 -> total 731.",
    "Targets under 'III. PHƯƠNG HƯỚNG NĂM 2024' inherit the year from the heading.",
]

if __name__ == "__main__":
    write("p876-3", TEXT, FIGS, NOTES, published="2024-01-22", location="Quảng Trị")
