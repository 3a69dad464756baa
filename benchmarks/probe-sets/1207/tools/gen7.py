"""p1207-7: department site (Sở GD&ĐT Đồng Nai), no dateline; one-cell-per-line table of counselling rooms by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Đồng Nai mở rộng mô hình phòng tham vấn tâm lý trong trường học

Năm 2024, toàn tỉnh có 612 trường phổ thông triển khai tư vấn tâm lý cho học sinh, trong đó 241 trường bố trí phòng tham vấn riêng, tăng 37 trường so với năm 2023. Tổng số lượt học sinh được tham vấn trong năm đạt 41.860 lượt, bình quân mỗi trường khoảng 68 lượt.

Số trường có phòng tham vấn tâm lý riêng theo địa phương:
Đơn vị tính: trường
Địa phương
Năm 2023
Năm 2024
Biên Hòa
68
79
Long Khánh
14
18
Trảng Bom
21
27
Nhơn Trạch
16
19
Các địa phương khác
85
98
Tổng số
204
241

Tại TP Biên Hòa, Trường THPT Ngô Quyền thí điểm mô hình "Phòng tham vấn mở" từ năm 2021. Mỗi học kỳ, phòng tiếp nhận khoảng 150 lượt học sinh; 100% giáo viên chủ nhiệm của trường đã được tập huấn nhận diện dấu hiệu khủng hoảng tâm lý.

Năm 2025, Sở đặt mục tiêu có thêm 60 trường bố trí phòng tham vấn riêng, mở 12 lớp bồi dưỡng cho khoảng 900 giáo viên kiêm nhiệm.

Bài viết liên quan:
- Hội thảo sức khỏe tâm thần học đường lần thứ 2
- Ngày hội tư vấn hướng nghiệp năm 2024

SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3847.198
Lượt truy cập: 3.418.276 | Đang online: 41
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("trong năm", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
IND = "trường có phòng tham vấn tâm lý riêng"


def cell(anchor, number, value, row, col, place=None):
    period = {"Năm 2023": C23, "Năm 2024": C24}[col]
    subject = f"{IND} {col.lower()}" if place else f"{IND} {row.lower()} {col.lower()}"
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "count", "trường", subject=subject, period=period, **kw)


FIGS = [
    fig("có 612 trường", "612", 612, "count", "trường",
        subject="trường phổ thông triển khai tư vấn tâm lý cho học sinh", period=Y24),
    fig("241 trường bố trí", "241", 241, "count", "trường", total=612,
        change=chg("increase", 37, "trường", "năm 2023"),
        subject="trường bố trí phòng tham vấn riêng", period=Y24),
    fig("đạt 41.860 lượt", "41.860", 41860, "count", "lượt",
        subject="lượt học sinh được tham vấn", period=IN_YEAR),
    fig("khoảng 68 lượt", "68", 68, "measure", "lượt/trường", approx="about",
        subject="lượt học sinh được tham vấn bình quân mỗi trường", period=IN_YEAR),
    cell("Biên Hòa\n68", "68", 68, "Biên Hòa", "Năm 2023", "Biên Hòa"),
    cell("68\n79", "79", 79, "Biên Hòa", "Năm 2024", "Biên Hòa"),
    cell("Long Khánh\n14", "14", 14, "Long Khánh", "Năm 2023", "Long Khánh"),
    cell("14\n18", "18", 18, "Long Khánh", "Năm 2024", "Long Khánh"),
    cell("Trảng Bom\n21", "21", 21, "Trảng Bom", "Năm 2023", "Trảng Bom"),
    cell("21\n27", "27", 27, "Trảng Bom", "Năm 2024", "Trảng Bom"),
    cell("Nhơn Trạch\n16", "16", 16, "Nhơn Trạch", "Năm 2023", "Nhơn Trạch"),
    cell("16\n19", "19", 19, "Nhơn Trạch", "Năm 2024", "Nhơn Trạch"),
    cell("khác\n85", "85", 85, "Các địa phương khác", "Năm 2023"),
    cell("85\n98", "98", 98, "Các địa phương khác", "Năm 2024"),
    cell("Tổng số\n204", "204", 204, "Tổng số", "Năm 2023"),
    cell("204\n241", "241", 241, "Tổng số", "Năm 2024"),
    fig("khoảng 150 lượt", "150", 150, "measure", "lượt học sinh/học kỳ", approx="about",
        subject="lượt học sinh phòng tham vấn Trường THPT Ngô Quyền tiếp nhận mỗi học kỳ", location="Biên Hòa"),
    fig("100% giáo viên", "100", 100, "percent", "%",
        subject="tỷ lệ giáo viên chủ nhiệm được tập huấn nhận diện dấu hiệu khủng hoảng tâm lý", location="Biên Hòa"),
    fig("thêm 60 trường", "60", 60, "count", "trường", status="target",
        subject="trường bố trí phòng tham vấn riêng tăng thêm", period=Y25),
    fig("mở 12 lớp", "12", 12, "count", "lớp", status="target",
        subject="lớp bồi dưỡng giáo viên kiêm nhiệm", period=Y25),
    fig("khoảng 900 giáo viên", "900", 900, "count", "giáo viên", approx="about", status="target",
        subject="giáo viên kiêm nhiệm được bồi dưỡng", period=Y25),
]

NOTES = [
    "Department site (Sở GD&ĐT Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 3.418.276 | Đang online: 41'.",
    "One-cell-per-line table, 'Đơn vị tính: trường', header 'Địa phương / Năm 2023 / Năm 2024', 'Tổng số' row. Place rows go to",
    "location (subject = indicator + column label); 'Các địa phương khác' and 'Tổng số' are not places (Đồng Nai, label in subject).",
    "Column headers give the periods (scored). Table cells get no totals.",
    "'trong năm' in the sentence after 'Năm 2024' is the year itself: period 2024 (stated in the sentence, scored).",
    "'bình quân mỗi trường khoảng 68 lượt' and 'Mỗi học kỳ ... khoảng 150 lượt' are per-unit rates (measure).",
    "Distractors: 'từ năm 2021' (start of a pilot), 'lần thứ 2', 'năm 2024' in a link title, 'Số 2 Nguyễn Văn Trị', phone, counters.",
    "'241 trường ..., tăng 37 trường so với năm 2023' after 'trong đó': total 612 and change +37.",
]

if __name__ == "__main__":
    write("p1207-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
