"""p1184-7: department site (Sở NN&PTNT Phú Yên), no dateline: disease surveillance on shrimp seed 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ YÊN
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả giám sát dịch bệnh trên tôm giống năm 2024

Năm 2024, Chi cục Chăn nuôi và Thú y tỉnh Phú Yên đã lấy 640 mẫu tôm bố mẹ và tôm giống tại 58 cơ sở sản xuất, ương dưỡng trên địa bàn các huyện Đông Hòa, Tuy An và thị xã Sông Cầu để xét nghiệm 3 loại bệnh nguy hiểm. Kết quả có 19 mẫu dương tính, chiếm 2,97%, giảm so với mức 4,1% của năm 2023.

Kết quả xét nghiệm theo loại bệnh:
Đơn vị tính: mẫu
Loại bệnh
Số mẫu xét nghiệm
Số mẫu dương tính
Đốm trắng (WSSV)
240
7
Hoại tử gan tụy cấp (AHPND)
220
5
Vi bào tử trùng (EHP)
180
7
Tổng cộng
640
19

Đối với các mẫu dương tính, Chi cục đã hướng dẫn cơ sở tiêu hủy 11 lô tôm giống với tổng số khoảng 27 triệu con post và khử trùng toàn bộ bể ương. Riêng thị xã Sông Cầu có 4 cơ sở có mẫu dương tính liên tiếp hai lần, được yêu cầu tạm dừng sản xuất 30 ngày.

Năm 2025, Chi cục dự kiến tăng số mẫu giám sát lên 800 mẫu, trong đó ít nhất 300 mẫu tôm bố mẹ.

Bài viết liên quan:
- Tập huấn an toàn sinh học cho cơ sở sản xuất giống lần thứ 2
- Phú Yên thả tôm giống tái tạo nguồn lợi thủy sản ven bờ

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ YÊN
Địa chỉ: Số 20 Lê Duẩn, phường 7, TP Tuy Hòa, tỉnh Phú Yên
Điện thoại: 0257.3842.516
Tổng lượt truy cập: 2.106.448 | Đang trực tuyến: 37
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")


def cell(anchor, number, value, row, col):
    return fig(anchor, number, value, "count", "mẫu", subject=f"{col} {row}", period=inh(Y24))


FIGS = [
    fig("lấy 640 mẫu", "640", 640, "count", "mẫu",
        subject="mẫu tôm bố mẹ và tôm giống lấy xét nghiệm", period=Y24),
    fig("tại 58 cơ sở", "58", 58, "count", "cơ sở",
        subject="cơ sở sản xuất, ương dưỡng được lấy mẫu", period=Y24),
    fig("xét nghiệm 3 loại", "3", 3, "count", "loại bệnh", optional=True,
        subject="loại bệnh nguy hiểm xét nghiệm"),
    fig("có 19 mẫu", "19", 19, "count", "mẫu", percent=2.97,
        subject="mẫu dương tính", period=inh(Y24)),
    fig("mức 4,1%", "4,1", 4.1, "percent", "%",
        subject="tỷ lệ mẫu dương tính", period=Y23),
    cell("(WSSV)\n240", "240", 240, "đốm trắng (WSSV)", "số mẫu xét nghiệm"),
    cell("240\n7", "7", 7, "đốm trắng (WSSV)", "số mẫu dương tính"),
    cell("(AHPND)\n220", "220", 220, "hoại tử gan tụy cấp (AHPND)", "số mẫu xét nghiệm"),
    cell("220\n5", "5", 5, "hoại tử gan tụy cấp (AHPND)", "số mẫu dương tính"),
    cell("(EHP)\n180", "180", 180, "vi bào tử trùng (EHP)", "số mẫu xét nghiệm"),
    cell("180\n7", "7", 7, "vi bào tử trùng (EHP)", "số mẫu dương tính"),
    cell("Tổng cộng\n640", "640", 640, "tổng cộng", "số mẫu xét nghiệm"),
    cell("640\n19", "19", 19, "tổng cộng", "số mẫu dương tính"),
    fig("tiêu hủy 11 lô", "11", 11, "count", "lô", subject="lô tôm giống bị tiêu hủy", period=inh(Y24)),
    fig("khoảng 27 triệu con", "27", 27e6, "count", "con", approx="about",
        subject="con post bị tiêu hủy", period=inh(Y24)),
    fig("có 4 cơ sở", "4", 4, "count", "cơ sở",
        subject="cơ sở có mẫu dương tính liên tiếp", location="Sông Cầu", period=inh(Y24)),
    fig("liên tiếp hai lần", "hai", 2, "count", "lần", optional=True, location="Sông Cầu"),
    fig("sản xuất 30 ngày", "30", 30, "measure", "ngày", optional=True,
        subject="thời gian tạm dừng sản xuất", location="Sông Cầu"),
    fig("lên 800 mẫu", "800", 800, "count", "mẫu", status="forecast",
        subject="mẫu giám sát", period=Y25),
    fig("ít nhất 300 mẫu", "300", 300, "count", "mẫu", approx="at_least", status="forecast", total=800,
        subject="mẫu tôm bố mẹ giám sát", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Phú Yên), no dateline: menu, related links, footer address, phone, visitor counters. No published.",
    "One-cell-per-line table, 'Đơn vị tính: mẫu', rows = diseases (items), columns = Số mẫu xét nghiệm / Số mẫu dương tính;",
    "subject = column label + row label; period năm 2024 from the title and lead (inherited, no column period). Cells get no totals.",
    "19 mẫu 'chiếm 2,97%' -> percent; 'giảm so với mức 4,1% của năm 2023': 4,1% is a figure of its own (the 2023 rate), not a change.",
    "'3 loại bệnh', 'liên tiếp hai lần' (a criterion) and the suspension length 'tạm dừng sản xuất 30 ngày' are optional.",
    "'dự kiến … lên 800 mẫu, trong đó ít nhất 300 mẫu' -> forecast, 300 is part of 800.",
    "Distractors: 'lần thứ 2', 'Số 20 Lê Duẩn', 'phường 7', phone 0257.3842.516, 'Tổng lượt truy cập: 2.106.448', 'Đang trực tuyến: 37'.",
]

if __name__ == "__main__":
    build("p1184-7", TEXT, NOTES, FIGS, published=None, location="Phú Yên")
