"""p1167-7: department site (Sở Công Thương Nam Định), no dateline: khuyến công for áo dài tailoring, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Thủ tục hành chính | Liên hệ

Khuyến công tiếp sức nghề may đo áo dài

Nghề may đo áo dài ở Nam Định phát triển mạnh trong những năm gần đây, tập trung ở thành phố và các huyện Nghĩa Hưng, Hải Hậu, Ý Yên. Năm 2024, chương trình khuyến công hỗ trợ 9 cơ sở đầu tư máy may, máy thêu vi tính với tổng kinh phí 1,35 tỷ đồng, trong đó ngân sách tỉnh 860 triệu đồng; mở 6 lớp truyền nghề may áo dài cho 180 học viên.

Số cơ sở may đo áo dài trên địa bàn tỉnh
Đơn vị tính: cơ sở
Địa phương
Năm 2022
Năm 2023
Năm 2024
TP Nam Định
118
124
131
Nghĩa Hưng
46
52
60
Hải Hậu
39
41
47
Ý Yên
27
30
34
Tổng số
230
247
272

Các cơ sở giải quyết việc làm thường xuyên cho khoảng 1.600 lao động, thu nhập bình quân 6,8 triệu đồng/người/tháng. Sản phẩm "Áo dài thêu tay Nghĩa Hưng" của Cơ sở may Thu Trang được công nhận đạt 4 sao OCOP năm 2023. Năm 2025, Sở dự kiến hỗ trợ thêm 12 cơ sở, mục tiêu nâng tổng số cơ sở may đo áo dài toàn tỉnh lên trên 300 cơ sở.

Tin liên quan:
- Hội chợ hàng thủ công mỹ nghệ lần thứ 5
- Tập huấn cán bộ khuyến công năm 2024

SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Địa chỉ: số 4 Trần Phú, phường Trần Tế Xương, TP Nam Định
Điện thoại: 0228.3849.575
Lượt truy cập: 862.140 | Đang online: 31
"""

Y = {c: per(f"Năm {c}", f"{c}-01-01", f"{c}-12-31") for c in ("2022", "2023", "2024", "2025")}
IND = "cơ sở may đo áo dài"


def cell(anchor, number, value, row, year):
    if row == "Tổng số":
        return fig(anchor, number, value, "count", "cơ sở", subject=f"tổng số {IND} năm {year}", period=Y[year])
    return fig(anchor, number, value, "count", "cơ sở", subject=f"{IND} năm {year}", period=Y[year], location=row)


FIGS = [
    fig("hỗ trợ 9 cơ sở", "9", 9, "count", "cơ sở",
        subject="cơ sở được khuyến công hỗ trợ đầu tư máy may, máy thêu vi tính", period=Y["2024"]),
    fig("kinh phí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", subject="tổng kinh phí khuyến công hỗ trợ",
        period=Y["2024"]),
    fig("tỉnh 860 triệu", "860", 860e6, "money", "đồng", total=1.35e9, subject="kinh phí từ ngân sách tỉnh",
        period=Y["2024"]),
    fig("mở 6 lớp", "6", 6, "count", "lớp", subject="lớp truyền nghề may áo dài", period=Y["2024"]),
    fig("cho 180 học viên", "180", 180, "count", "học viên", subject="học viên lớp truyền nghề may áo dài",
        period=Y["2024"]),
    cell("TP Nam Định\n118", "118", 118, "Nam Định", "2022"),
    cell("118\n124", "124", 124, "Nam Định", "2023"),
    cell("124\n131", "131", 131, "Nam Định", "2024"),
    cell("Nghĩa Hưng\n46", "46", 46, "Nghĩa Hưng", "2022"),
    cell("46\n52", "52", 52, "Nghĩa Hưng", "2023"),
    cell("52\n60", "60", 60, "Nghĩa Hưng", "2024"),
    cell("Hải Hậu\n39", "39", 39, "Hải Hậu", "2022"),
    cell("39\n41", "41", 41, "Hải Hậu", "2023"),
    cell("41\n47", "47", 47, "Hải Hậu", "2024"),
    cell("Ý Yên\n27", "27", 27, "Ý Yên", "2022"),
    cell("27\n30", "30", 30, "Ý Yên", "2023"),
    cell("30\n34", "34", 34, "Ý Yên", "2024"),
    cell("Tổng số\n230", "230", 230, "Tổng số", "2022"),
    cell("230\n247", "247", 247, "Tổng số", "2023"),
    cell("247\n272", "272", 272, "Tổng số", "2024"),
    fig("khoảng 1.600 lao động", "1.600", 1600, "count", "lao động", approx="about",
        subject="lao động thường xuyên tại các cơ sở may đo áo dài"),
    fig("bình quân 6,8 triệu", "6,8", 6.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động các cơ sở may đo áo dài"),
    fig("đạt 4 sao", "4", 4, "measure", "sao", optional=True, location="Nghĩa Hưng"),
    fig("thêm 12 cơ sở", "12", 12, "count", "cơ sở", status="forecast",
        subject="cơ sở may đo áo dài được hỗ trợ thêm", period=Y["2025"]),
    fig("trên 300 cơ sở", "300", 300, "count", "cơ sở", approx="over", status="target",
        subject="tổng số cơ sở may đo áo dài toàn tỉnh", period=Y["2025"]),
]

NOTES = [
    "Department site (Sở Công Thương Nam Định) with no dateline: no published. Menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: cơ sở'; rows are places (TP Nam Định = location Nam Định; districts), columns are years:",
    "period from the column header (scored), subject = caption indicator + column label; the 'Tổng số' row is its own figures, no totals.",
    "Distractors: 'lần thứ 5', 'năm 2024' in a link title, 'số 4 Trần Phú', phone 0228.3849.575, 'Lượt truy cập: 862.140',",
    "'Đang online: 31'. '4 sao OCOP' is a rating (optional). 'Sở dự kiến hỗ trợ thêm 12 cơ sở' forecast; 'mục tiêu … trên 300' target.",
    "'trong đó ngân sách tỉnh 860 triệu' is part of the 1,35 tỷ (total).",
]

if __name__ == "__main__":
    emit("p1167-7", TEXT, NOTES, FIGS, published=None, location="Nam Định")
