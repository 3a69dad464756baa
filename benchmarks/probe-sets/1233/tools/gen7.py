"""p1233-7: department site (Sở Công Thương Thừa Thiên Huế), no dateline; Hiền Lương forge village, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH THỪA THIÊN HUẾ
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Hỏi đáp

Khuyến công tiếp sức làng rèn Hiền Lương

Làng rèn Hiền Lương, xã Phong Hiền, huyện Phong Điền có lịch sử hơn 400 năm, hiện có 86 hộ với khoảng 260 lao động làm nghề. Từ năm 2020 đến năm 2023, chương trình khuyến công đã hỗ trợ 27 cơ sở đầu tư búa máy, máy cắt thép với tổng kinh phí 1,85 tỷ đồng, trong đó kinh phí khuyến công 620 triệu đồng, phần còn lại do các cơ sở đối ứng. Nhờ vậy, năng suất lao động tăng từ 2 đến 3 lần.

Sản lượng một số sản phẩm chủ yếu của làng nghề Hiền Lương:
Đơn vị tính: nghìn sản phẩm
Sản phẩm
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Dao các loại
52,4
58,1
31,2
Cuốc, xẻng
18,6
17,9
8,5
Liềm, rựa
24,0
22,3
10,9
Tổng số
95,0
98,3
50,6

Giá trị sản xuất của làng nghề năm 2023 đạt 27,5 tỷ đồng, tăng 9,6% so với năm 2022; thu nhập bình quân 5,8 triệu đồng/người/tháng. Năm 2024, Sở dự kiến bố trí khoảng 300 triệu đồng kinh phí khuyến công để hỗ trợ 5 cơ sở đổi mới thiết bị và mở 2 lớp truyền nghề cho 40 học viên.

Tin liên quan:
- Hội thi sản phẩm thủ công mỹ nghệ tiêu biểu lần thứ 5
- Làng rèn Hiền Lương đón đoàn nghệ nhân Nhật Bản

SỞ CÔNG THƯƠNG TỈNH THỪA THIÊN HUẾ
Địa chỉ: 07 Nguyễn Văn Cừ, phường Vĩnh Ninh, TP Huế
Điện thoại: 0234.3822.549 | Fax: 0234.3823.674
Số lượt truy cập: 865.214 | Đang trực tuyến: 31
"""

SPAN = P("Từ năm 2020 đến năm 2023", "2020-01-01", "2023-12-31")
COLS = {
    "Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
    "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
    "6 tháng đầu năm 2024": P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"),
}
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, thousands, row, col):
    """Đơn vị tính: nghìn sản phẩm -> value x 1 000, unit sản phẩm; subject = caption indicator + row + column."""
    return F(anchor, number, thousands * 1000, "count", "sản phẩm",
             subject=f"sản lượng {row.lower()} {col.lower()}", period=COLS[col])


FIGS = [
    F("hơn 400 năm", "400", 400, "measure", "năm", approx="over", optional=True,
      subject="lịch sử làng rèn Hiền Lương"),
    F("có 86 hộ", "86", 86, "count", "hộ", subject="hộ làm nghề ở làng rèn Hiền Lương"),
    F("khoảng 260 lao động", "260", 260, "count", "lao động", approx="about",
      subject="lao động làm nghề ở làng rèn Hiền Lương"),
    F("hỗ trợ 27 cơ sở", "27", 27, "count", "cơ sở", period=SPAN,
      subject="cơ sở được chương trình khuyến công hỗ trợ đầu tư búa máy, máy cắt thép"),
    F("phí 1,85 tỷ", "1,85", 1.85e9, "money", "đồng", period=SPAN,
      subject="tổng kinh phí hỗ trợ đầu tư búa máy, máy cắt thép"),
    F("khuyến công 620 triệu", "620", 620e6, "money", "đồng", total=1.85e9, period=SPAN,
      subject="kinh phí khuyến công"),
    F("từ 2 đến 3 lần", "2", 2, "multiple", "lần", value_max=3, subject="năng suất lao động tăng"),
    cell("Dao các loại\n52,4", "52,4", 52.4, "Dao các loại", "Năm 2022"),
    cell("52,4\n58,1", "58,1", 58.1, "Dao các loại", "Năm 2023"),
    cell("58,1\n31,2", "31,2", 31.2, "Dao các loại", "6 tháng đầu năm 2024"),
    cell("xẻng\n18,6", "18,6", 18.6, "Cuốc, xẻng", "Năm 2022"),
    cell("18,6\n17,9", "17,9", 17.9, "Cuốc, xẻng", "Năm 2023"),
    cell("17,9\n8,5", "8,5", 8.5, "Cuốc, xẻng", "6 tháng đầu năm 2024"),
    cell("rựa\n24,0", "24,0", 24.0, "Liềm, rựa", "Năm 2022"),
    cell("24,0\n22,3", "22,3", 22.3, "Liềm, rựa", "Năm 2023"),
    cell("22,3\n10,9", "10,9", 10.9, "Liềm, rựa", "6 tháng đầu năm 2024"),
    cell("Tổng số\n95,0", "95,0", 95.0, "Tổng số", "Năm 2022"),
    cell("95,0\n98,3", "98,3", 98.3, "Tổng số", "Năm 2023"),
    cell("98,3\n50,6", "50,6", 50.6, "Tổng số", "6 tháng đầu năm 2024"),
    F("đạt 27,5 tỷ", "27,5", 27.5e9, "money", "đồng", change=C("increase", 9.6, "%", "năm 2022"),
      subject="giá trị sản xuất của làng nghề", period=Y23),
    F("bình quân 5,8 triệu", "5,8", 5.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động làng nghề", period=Y23),
    F("khoảng 300 triệu", "300", 300e6, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí khuyến công Sở bố trí", period=Y24),
    F("hỗ trợ 5 cơ sở", "5", 5, "count", "cơ sở", status="forecast",
      subject="cơ sở được hỗ trợ đổi mới thiết bị", period=Y24),
    F("mở 2 lớp", "2", 2, "count", "lớp", status="forecast", subject="lớp truyền nghề", period=Y24),
    F("cho 40 học viên", "40", 40, "count", "học viên", status="forecast",
      subject="học viên lớp truyền nghề", period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương Thừa Thiên Huế) with NO dateline: no published. Menu bar, related links, footer address, phone/fax, counters.",
    "Place: làng rèn Hiền Lương, xã Phong Hiền, huyện Phong Điền -> default location Phong Điền (all figures are the village's).",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm' (52,4 = 52 400 sản phẩm); periods from the column headers (scored); cells get no totals.",
    "Distractors: 'lần thứ 5', '07 Nguyễn Văn Cừ', phones 0234.3822.549 / 0234.3823.674, 'Số lượt truy cập: 865.214', 'Đang trực tuyến: 31'.",
    "'lịch sử hơn 400 năm' optional (age of the village). 620 triệu after 'trong đó' is part of 1,85 tỷ (total).",
    "'năng suất lao động tăng từ 2 đến 3 lần' stands as the claim: multiple range 2..3 (no base figure to attach to).",
    "'Năm 2024, Sở dự kiến bố trí ... để hỗ trợ ... và mở ... cho ...' -> all four forecast. Income after ';' shares 'năm 2023' of its sentence.",
]

if __name__ == "__main__":
    write("p1233-7", TEXT, NOTES, FIGS, location="Phong Điền")
