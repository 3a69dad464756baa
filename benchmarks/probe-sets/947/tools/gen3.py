"""p947-3: formal report under letterhead, Khánh Hòa, 9 months 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Khánh Hòa, ngày 11 tháng 10 năm 2024

BÁO CÁO
Kết quả tập trung, quản lý người xin ăn, người lang thang 9 tháng đầu năm 2024

Thực hiện Nghị định số 103/2017/NĐ-CP ngày 12/9/2017 của Chính phủ và Kế hoạch số 56/KH-UBND ngày 20/02/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác tập trung
Trong 9 tháng đầu năm 2024, lực lượng chức năng các địa phương đã tập trung 214 lượt người xin ăn, lang thang, giảm 8,5% so với cùng kỳ năm 2023; trong đó có 41 lượt trẻ em và 53 lượt người cao tuổi. Kết quả theo địa bàn như sau:

Đơn vị tính: lượt người
Địa phương | Số lượt tập trung | Trong đó trẻ em | Đưa vào Trung tâm
Nha Trang | 132 | 26 | 38
Cam Ranh | 37 | 7 | 9
Ninh Hòa | 28 | 5 | 6
Vạn Ninh | 17 | 3 | 4
Tổng cộng | 214 | 41 | 57

2. Công tác tiếp nhận, nuôi dưỡng
Trung tâm Bảo trợ xã hội tỉnh (đường Võ Thị Sáu, phường Vĩnh Trường, Nha Trang) đã tiếp nhận 57 lượt người từ các địa phương. Tính đến ngày 30/9/2024, Trung tâm đang nuôi dưỡng 186 đối tượng, bằng 93% công suất thiết kế (200 giường). Kinh phí nuôi dưỡng bình quân 2,7 triệu đồng/người/tháng; tổng kinh phí 9 tháng ước thực hiện 4,8 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Người xin ăn từ tỉnh khác đến chiếm khoảng 35% tổng số được tập trung; nhiều trường hợp tái diễn, có người bị tập trung đến lần thứ 4.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ
Phấn đấu cả năm 2024 giảm 10% số lượt người xin ăn, lang thang so với năm 2023; dự kiến tổ chức 12 đợt cao điểm ra quân trong quý IV/2024.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TAB = I(M9)
# subject = column label without the cue "Trong đó" (row labels are places -> location), as in the shared gold h23
COLS = [("Số lượt tập trung", "số lượt tập trung"),
        ("Trong đó trẻ em", "trẻ em"),
        ("Đưa vào Trung tâm", "đưa vào Trung tâm")]
ROWS = [("Nha Trang", [132, 26, 38]), ("Cam Ranh", [37, 7, 9]), ("Ninh Hòa", [28, 5, 6]),
        ("Vạn Ninh", [17, 3, 4]), ("Tổng cộng", [214, 41, 57])]
table = []
for place, cells in ROWS:
    for i, v in enumerate(cells):
        # anchor = the row up to this cell, so the cell's number is its first whole occurrence
        anchor = f"{place} | " + " | ".join(str(c) for c in cells[:i + 1])
        loc = "Khánh Hòa" if place == "Tổng cộng" else place
        subj = COLS[i][1] if place != "Tổng cộng" else "tổng cộng " + COLS[i][1]
        extra = {"total": cells[0]} if i == 1 else {}  # column "Trong đó trẻ em" is a part of the row's first cell
        table.append(F(anchor, str(v), v, "count", "lượt người", subj, TAB, location=loc, **extra))

FIGS = [
    F("tập trung 214 lượt", "214", 214, "count", "lượt người", "lượt người xin ăn, lang thang được tập trung", M9,
      change=C("decrease", 8.5, "%", "cùng kỳ năm 2023")),
    F("có 41 lượt trẻ em", "41", 41, "count", "lượt", "lượt trẻ em được tập trung", M9, total=214),
    F("53 lượt người cao tuổi", "53", 53, "count", "lượt", "lượt người cao tuổi được tập trung", M9, total=214),
] + table + [
    F("tiếp nhận 57 lượt người", "57", 57, "count", "lượt người", "lượt người Trung tâm Bảo trợ xã hội tỉnh tiếp nhận",
      I(M9)),
    F("nuôi dưỡng 186 đối tượng", "186", 186, "count", "đối tượng", "đối tượng Trung tâm đang nuôi dưỡng",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30"), percent=93),
    F("(200 giường)", "200", 200, "count", "giường", "công suất thiết kế của Trung tâm",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("bình quân 2,7 triệu đồng/người/tháng", "2,7", 2.7e6, "money", "đồng/người/tháng",
      "kinh phí nuôi dưỡng bình quân"),
    F("ước thực hiện 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "tổng kinh phí nuôi dưỡng",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "người xin ăn từ tỉnh khác trong tổng số được tập trung",
      I(M9), approx="about"),
    F("giảm 10%", "10", 10, "percent", "%", "giảm số lượt người xin ăn, lang thang",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("tổ chức 12 đợt", "12", 12, "count", "đợt", "đợt cao điểm ra quân",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Khánh Hòa (Số: 318/BC-UBND, ngày 11/10/2024): người xin ăn, lang thang 9 tháng đầu năm 2024.",
    "Flattened table (Đơn vị tính: lượt người): every cell a figure; place rows -> location, Tổng cộng row -> Khánh Hòa;",
    "period from the paragraph above the table (inherited); the 'Trong đó trẻ em' column is a part of the row's",
    "'Số lượt tập trung' cell (total = that cell); other cells carry no totals.",
    "revised after the first run: table subjects are the column labels without the cue (were paraphrases), as in the shared gold h23.",
    "'bằng 93% công suất thiết kế (200 giường)': 93 is the share of 186; 200 giường stands as its own figure.",
    "Distractors: Số: 318/BC-UBND, Nghị định số 103/2017/NĐ-CP ngày 12/9/2017, Kế hoạch số 56/KH-UBND, đường Võ Thị Sáu,",
    "section numbers I.-III., 1.-2., 'lần thứ 4'.",
]

write("p947-3", TEXT, FIGS, NOTES, published="2024-10-11", location="Khánh Hòa")
