"""p1140-2: district portal (huyện Cẩm Giàng, Hải Dương): depression screening of the elderly, patients managed."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Trang chủ / Tin tức / Văn hóa - Xã hội

Khám sàng lọc trầm cảm cho người cao tuổi hưởng ứng Ngày Sức khỏe tâm thần thế giới

Thứ Ba, 08/10/2024 - 16:15

Sáng 8/10, tại hội trường UBND xã Cẩm Vũ, Trung tâm Y tế huyện Cẩm Giàng tổ chức mít tinh hưởng ứng Ngày Sức khỏe tâm thần thế giới (10/10) năm 2024. Dịp này, Trung tâm phối hợp với Bệnh viện Tâm thần tỉnh Hải Dương khám sàng lọc rối loạn trầm cảm, lo âu cho 320 người cao tuổi của xã Cẩm Vũ và xã Lương Điền. Qua khám, có 41 người có dấu hiệu trầm cảm (chiếm 12,8%), trong đó 9 người ở mức độ nặng được chuyển lên tuyến tỉnh điều trị.

Hiện toàn huyện đang quản lý 612 người bệnh tâm thần tại 17/17 xã, thị trấn, gồm 338 người tâm thần phân liệt, 251 người động kinh và 23 người trầm cảm. 6 tháng đầu năm, tỷ lệ người bệnh được điều trị thường xuyên tại trạm y tế đạt 91% (cùng kỳ năm 2023 đạt 87%). Hiện nay, 100% người bệnh tâm thần phân liệt thuộc hộ nghèo, cận nghèo được hưởng trợ cấp xã hội hằng tháng với mức 750.000 đồng/người/tháng.

Gia đình bà Nguyễn Thị Hằng ở thôn Hoàng Xá, xã Cẩm Vũ có hai con trai mắc tâm thần phân liệt. Nhờ được cấp thuốc đều đặn tại trạm y tế xã, hơn 3 năm nay các anh không còn lên cơn. Người con lớn đã phụ mẹ nuôi đàn gà khoảng 200 con và chăm 4 sào ruộng.

Năm 2025, huyện phấn đấu 100% trạm y tế xã, thị trấn có cán bộ được tập huấn về chăm sóc sức khỏe tâm thần; dự kiến tổ chức 4 đợt khám sàng lọc trầm cảm cho khoảng 1.500 người cao tuổi.

Thu Hà (Trung tâm VH-TT&TT huyện)
"""

DAY = per("Sáng 8/10", "2024-10-08", "2024-10-08", inherited=True)
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_23 = per("cùng kỳ năm 2023", "2023-01-01", "2023-06-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("cho 320 người", "320", 320, "count", "người cao tuổi",
        subject="người cao tuổi được khám sàng lọc rối loạn trầm cảm, lo âu", period=DAY),
    fig("có 41 người", "41", 41, "count", "người", percent=12.8,
        subject="người có dấu hiệu trầm cảm", period=DAY),
    fig("trong đó 9 người", "9", 9, "count", "người", total=41,
        subject="người trầm cảm mức độ nặng được chuyển lên tuyến tỉnh điều trị", period=DAY),
    fig("quản lý 612 người", "612", 612, "count", "người bệnh",
        subject="người bệnh tâm thần được quản lý"),
    fig("tại 17/17 xã", "17", 17, "count", "xã, thị trấn", total=17,
        subject="xã, thị trấn quản lý người bệnh tâm thần"),
    fig("gồm 338 người", "338", 338, "count", "người", total=612,
        subject="người tâm thần phân liệt được quản lý"),
    fig("251 người động kinh", "251", 251, "count", "người", total=612,
        subject="người động kinh được quản lý"),
    fig("23 người trầm cảm", "23", 23, "count", "người", total=612,
        subject="người trầm cảm được quản lý"),
    fig("đạt 91%", "91", 91, "percent", "%",
        subject="tỷ lệ người bệnh được điều trị thường xuyên tại trạm y tế", period=H1),
    fig("đạt 87%", "87", 87, "percent", "%",
        subject="tỷ lệ người bệnh được điều trị thường xuyên tại trạm y tế", period=H1_23),
    fig("Hiện nay, 100%", "100", 100, "percent", "%",
        subject="người bệnh tâm thần phân liệt thuộc hộ nghèo, cận nghèo được hưởng trợ cấp xã hội hằng tháng"),
    fig("mức 750.000", "750.000", 750000, "money", "đồng/người/tháng",
        subject="mức trợ cấp xã hội hằng tháng cho người bệnh tâm thần phân liệt"),
    fig("có hai con", "hai", 2, "count", "con trai",
        subject="con trai gia đình bà Nguyễn Thị Hằng mắc tâm thần phân liệt"),
    fig("hơn 3 năm", "3", 3, "measure", "năm", approx="over", optional=True,
        subject="thời gian không còn lên cơn"),
    fig("khoảng 200 con", "200", 200, "count", "con", approx="about", subject="đàn gà"),
    fig("chăm 4 sào", "4", 4, "measure", "sào", subject="ruộng"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trạm y tế xã, thị trấn có cán bộ được tập huấn về chăm sóc sức khỏe tâm thần", period=Y25),
    fig("tổ chức 4 đợt", "4", 4, "count", "đợt", status="forecast",
        subject="đợt khám sàng lọc trầm cảm", period=Y25),
    fig("khoảng 1.500 người", "1.500", 1500, "count", "người cao tuổi", approx="about", status="forecast",
        subject="người cao tuổi được khám sàng lọc trầm cảm", period=Y25),
]

NOTES = [
    "District portal (huyện Cẩm Giàng, Hải Dương): 'Thứ Ba, 08/10/2024 - 16:15' (published), byline at the end. Location Cẩm Giàng throughout.",
    "Distractors: 16:15, 'Sáng 8/10', 'Ngày Sức khỏe tâm thần thế giới (10/10) năm 2024', 'thôn Hoàng Xá', 'VH-TT&TT'.",
    "320/41/9 belong to the screening day 'Sáng 8/10' stated in the sentence before (inherited). 41 has no total (no part-of cue after 'Qua khám').",
    "'… 612 người bệnh tâm thần tại 17/17 xã, thị trấn, gồm 338 người …': the parts count người, so the whole is 612 (they add up), not 17.",
    "'(cùng kỳ năm 2023 đạt 87%)' is a figure of its own with the period of the first half of 2023. Year-less '6 tháng đầu năm' takes 2024 (dateline).",
    "Family passage: 'hơn 3 năm nay' (how long without relapse) is optional. 'phấn đấu' → target; the clause after ';' has 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1140-2", TEXT, NOTES, FIGS, published="2024-10-08", location="Cẩm Giàng")
