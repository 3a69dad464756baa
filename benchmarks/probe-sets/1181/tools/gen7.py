"""p1181-7: department site (Sở Công Thương Lâm Đồng), no dateline; downstream households of the Đồng Nai reservoirs, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức - Sự kiện | Quản lý điện năng | Văn bản | Hỏi đáp

Tăng cường cảnh báo vùng hạ du các hồ thủy điện trên sông Đồng Nai

Trên địa bàn tỉnh hiện có 78 nhà máy thủy điện đang vận hành với tổng công suất 1.648 MW; trong đó 9 nhà máy có hồ chứa thuộc quy trình vận hành liên hồ chứa lưu vực sông Đồng Nai. Hồ Đại Ninh có dung tích hữu ích 251,2 triệu m3, lưu lượng xả lũ thiết kế 2.780 m3/s.

Theo rà soát của Sở, vùng hạ du các hồ Đồng Nai 3, Đồng Nai 4 thuộc 3 huyện phía Nam tỉnh, nhiều hộ dân sinh sống sát bờ sông:

Số hộ dân vùng hạ du các hồ thủy điện trên sông Đồng Nai
Đơn vị tính: hộ
Huyện
Số hộ vùng hạ du
Số hộ phải di dời khi xả lũ lớn
Đạ Huoai
1.245
210
Đạ Tẻh
2.030
365
Cát Tiên
1.780
290
Tổng số
5.055
865

Tính đến tháng 4/2025, các chủ hồ đã lắp đặt 64 cụm loa, còi cảnh báo, tăng 12 cụm so với năm 2024; kinh phí gần 2,3 tỷ đồng. Thời gian lũ truyền từ đập Đồng Nai 4 đến cầu Đạ Huoai khoảng 3-4 giờ, vì vậy các chủ hồ phải thông báo trước khi xả ít nhất 6 giờ.

Bài viết khác:
- Kiểm tra an toàn đập thủy điện Đa Nhim năm 2024
- Triển khai Nghị định 114/2018/NĐ-CP về an toàn đập, hồ chứa nước

Địa chỉ: Số 36 Trần Phú, phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.364
Tổng lượt truy cập: 2.418.905 | Đang online: 31
"""

ASOF = P("Tính đến tháng 4/2025", None, "2025-04-30")
C1 = "số hộ vùng hạ du"
C2 = "số hộ phải di dời khi xả lũ lớn"


def cell(anchor, number, value, col, place=None):
    if place:
        return F(anchor, number, value, "count", "hộ", subject=col, location=place)
    return F(anchor, number, value, "count", "hộ", subject=f"tổng {col}")


FIGS = [
    F("có 78 nhà máy", "78", 78, "count", "nhà máy thủy điện", subject="nhà máy thủy điện đang vận hành"),
    F("công suất 1.648 MW", "1.648", 1648, "measure", "MW", subject="tổng công suất nhà máy thủy điện đang vận hành"),
    F("đó 9 nhà máy", "9", 9, "count", "nhà máy", total=78,
      subject="nhà máy có hồ chứa thuộc quy trình vận hành liên hồ chứa lưu vực sông Đồng Nai"),
    F("251,2 triệu m3", "251,2", 251200000, "measure", "m3", subject="dung tích hữu ích hồ Đại Ninh"),
    F("2.780 m3/s", "2.780", 2780, "measure", "m3/s", subject="lưu lượng xả lũ thiết kế hồ Đại Ninh"),
    F("thuộc 3 huyện", "3", 3, "count", "huyện", subject="huyện phía Nam tỉnh thuộc vùng hạ du các hồ Đồng Nai 3, Đồng Nai 4"),
    cell("Đạ Huoai\n1.245", "1.245", 1245, C1, "Đạ Huoai"),
    cell("1.245\n210", "210", 210, C2, "Đạ Huoai"),
    cell("Đạ Tẻh\n2.030", "2.030", 2030, C1, "Đạ Tẻh"),
    cell("2.030\n365", "365", 365, C2, "Đạ Tẻh"),
    cell("Cát Tiên\n1.780", "1.780", 1780, C1, "Cát Tiên"),
    cell("1.780\n290", "290", 290, C2, "Cát Tiên"),
    cell("Tổng số\n5.055", "5.055", 5055, C1),
    cell("5.055\n865", "865", 865, C2),
    F("lắp đặt 64 cụm", "64", 64, "count", "cụm loa, còi cảnh báo",
      change=C("increase", 12, "cụm", "năm 2024"),
      subject="cụm loa, còi cảnh báo các chủ hồ đã lắp đặt", period=ASOF),
    F("gần 2,3 tỷ", "2,3", 2300000000, "money", "đồng", approx="nearly",
      subject="kinh phí lắp đặt loa, còi cảnh báo", period=ASOF),
    F("khoảng 3-4 giờ", "3", 3, "measure", "giờ", value_max=4, approx="about",
      subject="thời gian lũ truyền từ đập Đồng Nai 4 đến cầu Đạ Huoai"),
    F("ít nhất 6 giờ", "6", 6, "measure", "giờ", approx="at_least",
      subject="thời gian chủ hồ phải thông báo trước khi xả"),
]

NOTES = [
    "Department site (Sở Công Thương Lâm Đồng) with NO dateline: menu, related links, address, phone, visitor counters. published = null.",
    "One-cell-per-line table, 'Đơn vị tính: hộ'; rows are districts → location of each cell (Đạ Huoai, Đạ Tẻh, Cát Tiên);",
    "subject = column label; the 'Tổng số' row is the province (Lâm Đồng) with subject 'tổng' + column. No period in the table.",
    "Distractors: 'Đồng Nai 3', 'Đồng Nai 4' (plant names), 'Đa Nhim năm 2024', 'Nghị định 114/2018/NĐ-CP', 'Số 36 Trần Phú',",
    "'phường 4', phone 0263.3822.364, 'Tổng lượt truy cập: 2.418.905', 'Đang online: 31'.",
    "'m3' / 'm3/s' written without superscript: unit as written; 251,2 triệu m3 = 251 200 000.",
    "Revised after the first run: subject of '3 huyện' keeps the qualifier the sentence attaches to the noun ('phía Nam tỉnh').",
    "'Tính đến tháng 4/2025' = as-of end of April 2025. '3-4 giờ' (flood travel time) and 'ít nhất 6 giờ' (notice rule) are measures.",
]

if __name__ == "__main__":
    write("p1181-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
