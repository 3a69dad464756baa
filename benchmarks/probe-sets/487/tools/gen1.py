"""p487-1: Bình Phước province portal, rubber area/output/price H1 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Cổng Thông tin điện tử tỉnh Bình Phước

Bình Phước: Sản lượng mủ cao su 6 tháng đầu năm ước đạt 205.600 tấn

Cập nhật: 15/07/2024 10:20
Lượt xem: 3.482

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng diện tích cao su toàn tỉnh là 240.350 ha, trong đó diện tích cho thu hoạch 203.700 ha, chiếm 84,8%. Các huyện có diện tích cao su lớn là Bù Gia Mập (38.920 ha), Đồng Phú (36.150 ha), Phú Riềng (33.400 ha) và Lộc Ninh (31.870 ha). Khu vực tiểu điền có hơn 52.000 hộ trồng với diện tích 138.600 ha.

Sáu tháng đầu năm 2024, sản lượng mủ cao su ước đạt 205.600 tấn, tăng 3,2% so với cùng kỳ năm 2023 và đạt 48,5% kế hoạch năm; năng suất bình quân ước đạt 1,72 tấn/ha. Kim ngạch xuất khẩu cao su ước đạt 312 triệu USD, chiếm 19,6% tổng kim ngạch xuất khẩu của tỉnh.

Giá mủ nước tại các đại lý thu mua dao động từ 330 đến 345 đồng/độ TSC, tăng khoảng 40 đồng/độ so với cuối năm 2023; mủ đông tạp khoảng 14.500 đồng/kg. Với giá hiện nay, mỗi hécta cao su kinh doanh cho lãi từ 25 đến 30 triệu đồng/ha/năm.

Năm 2024, tỉnh dự kiến tái canh 6.200 ha, chủ yếu bằng các giống RRIV 209, RRIV 114 và PB 260; đến nay đã tái canh được 4.150 ha, đạt 66,9%. Phấn đấu đến năm 2025, diện tích cao su được cấp chứng chỉ quản lý rừng bền vững (FSC) đạt 25.000 ha; hiện toàn tỉnh đã có 15.320 ha được cấp.

Cơ quan chủ quản: UBND tỉnh Bình Phước. Địa chỉ: Số 626 Quốc lộ 14, phường Tân Bình, TP Đồng Xoài. Điện thoại: 0271.3879.445.
"""

ASOF = per("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    fig("năm ước đạt 205.600 tấn\n", "205.600", 205600, "measure", "tấn", status="estimate",
        subject="sản lượng mủ cao su", period=per("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("toàn tỉnh là 240.350 ha", "240.350", 240350, "measure", "ha",
        subject="tổng diện tích cao su", period=ASOF),
    fig("thu hoạch 203.700 ha", "203.700", 203700, "measure", "ha", total=240350, percent=84.8,
        subject="diện tích cao su cho thu hoạch", period=ASOF),
    fig("Bù Gia Mập (38.920 ha)", "38.920", 38920, "measure", "ha",
        subject="diện tích cao su", period=inh(ASOF), location="Bù Gia Mập"),
    fig("Đồng Phú (36.150 ha)", "36.150", 36150, "measure", "ha",
        subject="diện tích cao su", period=inh(ASOF), location="Đồng Phú"),
    fig("Phú Riềng (33.400 ha)", "33.400", 33400, "measure", "ha",
        subject="diện tích cao su", period=inh(ASOF), location="Phú Riềng"),
    fig("Lộc Ninh (31.870 ha)", "31.870", 31870, "measure", "ha",
        subject="diện tích cao su", period=inh(ASOF), location="Lộc Ninh"),
    fig("hơn 52.000 hộ", "52.000", 52000, "count", "hộ", approx="over",
        subject="hộ trồng cao su tiểu điền", period=inh(ASOF)),
    fig("diện tích 138.600 ha", "138.600", 138600, "measure", "ha",
        subject="diện tích cao su tiểu điền", period=inh(ASOF)),
    fig("ước đạt 205.600 tấn, tăng", "205.600", 205600, "measure", "tấn", percent=48.5,
        change=chg("increase", 3.2, baseline="cùng kỳ năm 2023"), status="estimate",
        subject="sản lượng mủ cao su", period=H1),
    fig("ước đạt 1,72 tấn/ha", "1,72", 1.72, "measure", "tấn/ha", status="estimate",
        subject="năng suất bình quân", period=H1),
    fig("ước đạt 312 triệu USD", "312", 312e6, "money", "USD", percent=19.6, status="estimate",
        subject="kim ngạch xuất khẩu cao su", period=inh(H1)),
    fig("từ 330 đến 345 đồng/độ", "330", 330, "money", "đồng/độ TSC", value_max=345,
        change=chg("increase", 40, unit="đồng/độ", baseline="cuối năm 2023", approx="about"),
        subject="giá mủ nước tại các đại lý thu mua"),
    fig("khoảng 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", approx="about",
        subject="giá mủ đông tạp"),
    fig("từ 25 đến 30 triệu đồng", "25", 25e6, "money", "đồng/ha/năm", value_max=30e6,
        subject="lãi mỗi hécta cao su kinh doanh"),
    fig("tái canh 6.200 ha", "6.200", 6200, "measure", "ha", status="forecast",
        subject="diện tích cao su tái canh", period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("được 4.150 ha", "4.150", 4150, "measure", "ha", percent=66.9,
        subject="diện tích cao su đã tái canh", period=per("đến nay", None, "2024-07-15")),
    fig("(FSC) đạt 25.000 ha", "25.000", 25000, "measure", "ha", status="target",
        subject="diện tích cao su được cấp chứng chỉ quản lý rừng bền vững (FSC)",
        period=per("đến năm 2025", None, "2025-12-31")),
    fig("có 15.320 ha", "15.320", 15320, "measure", "ha",
        subject="diện tích cao su được cấp chứng chỉ FSC"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Phước: rubber area, latex output, prices, replanting, FSC (6 tháng đầu năm 2024). Published 15/07/2024.",
    "Distractors: Lượt xem 3.482, clone names RRIV 209 / RRIV 114 / PB 260, Số 626 Quốc lộ 14, phone, dates 30/6/2024.",
    "District list after 'Các huyện ... là' has no part cue (no trong đó/gồm after a whole): no total.",
    "'đạt 48,5% kế hoạch năm' is the percent of 205.600 t; 'đạt 66,9%' the percent of 4.150 ha (no plan value is named for it).",
    "'dự kiến tái canh 6.200 ha' is forecast (spec: dự kiến); 'đến nay' ends at the dateline; 'hiện' gives no period.",
]

if __name__ == "__main__":
    emit("p487-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Bình Phước")
