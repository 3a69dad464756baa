"""p535-1: province portal (Bà Rịa - Vũng Tàu), seaport cargo throughput, 6 months 2024."""
from lib import fig, per, inh, ch, tg, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hàng hóa qua cảng biển 6 tháng ước đạt hơn 63 triệu tấn

Cập nhật: 12/07/2024 09:20
Lượt xem: 1.482

Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, sản lượng hàng hóa thông qua các cảng biển trên địa bàn tỉnh ước đạt 63,4 triệu tấn, tăng 14,2% so với cùng kỳ năm 2023, đạt 52,8% kế hoạch năm. Trong đó, hàng container ước đạt 3,71 triệu TEU, tăng 21,5% so với cùng kỳ; hàng tổng hợp, hàng rời đạt khoảng 22,6 triệu tấn.

Khu vực cảng Cái Mép - Thị Vải đón 2.746 lượt tàu, trong đó có 512 lượt tàu mẹ trọng tải trên 100.000 DWT. Lượng hàng container qua một số bến cảng lần lượt là: TCIT (1,05 triệu TEU), Gemalink (985.000 TEU), CMIT (612.000 TEU) và SSIT (214.000 TEU).

Doanh thu dịch vụ cảng biển 6 tháng ước đạt 5.870 tỷ đồng, tăng 9,6%; số thu phí sử dụng công trình kết cấu hạ tầng cảng biển ước khoảng 1.240 tỷ đồng.

Hiện toàn tỉnh có 57 bến cảng đang khai thác với tổng chiều dài cầu cảng khoảng 21.400 m, tập trung tại thị xã Phú Mỹ (44 bến) và TP. Vũng Tàu (11 bến). Tuyến đường liên cảng Cái Mép - Thị Vải và Quốc lộ 51 đang được đầu tư để kết nối cảng với các khu công nghiệp.

Thực hiện Quyết định số 1579/QĐ-TTg ngày 22/9/2021 của Thủ tướng Chính phủ, tỉnh phấn đấu đến năm 2025 sản lượng hàng hóa qua cảng biển đạt từ 140 đến 150 triệu tấn, trong đó hàng container chiếm khoảng 45%.

Sở Giao thông vận tải tỉnh Bà Rịa - Vũng Tàu, số 1 Phạm Văn Đồng, phường Phước Trung, TP. Bà Rịa. Điện thoại: 0254.3852.146
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
IH1 = inh(H1)
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("6 tháng ước đạt hơn 63 triệu tấn", "63", 63e6, "measure", "tấn",
        "hàng hóa qua cảng biển", per("6 tháng", "2024-01-01", "2024-06-30"),
        approx="over", status="estimate"),
    fig("ước đạt 63,4 triệu tấn", "63,4", 63.4e6, "measure", "tấn",
        "sản lượng hàng hóa thông qua các cảng biển trên địa bàn tỉnh", H1,
        percent=52.8, change=ch("increase", 14.2, baseline="cùng kỳ năm 2023"), status="estimate"),
    fig("ước đạt 3,71 triệu TEU", "3,71", 3.71e6, "measure", "TEU",
        "hàng container", IH1,
        change=ch("increase", 21.5, baseline="cùng kỳ"), status="estimate"),
    fig("khoảng 22,6 triệu tấn", "22,6", 22.6e6, "measure", "tấn",
        "hàng tổng hợp, hàng rời", IH1, approx="about", total=63.4e6, status="estimate"),
    fig("đón 2.746 lượt tàu", "2.746", 2746, "count", "lượt tàu",
        "lượt tàu đến khu vực cảng Cái Mép - Thị Vải", IH1),
    fig("có 512 lượt tàu mẹ", "512", 512, "count", "lượt tàu",
        "lượt tàu mẹ trọng tải trên 100.000 DWT", IH1, total=2746),
    fig("trên 100.000 DWT", "100.000", 100000, "measure", "DWT",
        "trọng tải tàu mẹ", approx="over", optional=True),
    fig("TCIT (1,05 triệu TEU)", "1,05", 1.05e6, "measure", "TEU",
        "lượng hàng container qua bến cảng TCIT", IH1),
    fig("Gemalink (985.000 TEU)", "985.000", 985000, "measure", "TEU",
        "lượng hàng container qua bến cảng Gemalink", IH1),
    fig("CMIT (612.000 TEU)", "612.000", 612000, "measure", "TEU",
        "lượng hàng container qua bến cảng CMIT", IH1),
    fig("SSIT (214.000 TEU)", "214.000", 214000, "measure", "TEU",
        "lượng hàng container qua bến cảng SSIT", IH1),
    fig("ước đạt 5.870 tỷ đồng", "5.870", 5870e9, "money", "đồng",
        "doanh thu dịch vụ cảng biển", per("6 tháng", "2024-01-01", "2024-06-30"),
        change=ch("increase", 9.6), status="estimate"),
    fig("ước khoảng 1.240 tỷ đồng", "1.240", 1240e9, "money", "đồng",
        "số thu phí sử dụng công trình kết cấu hạ tầng cảng biển", per("6 tháng", "2024-01-01", "2024-06-30"),
        approx="about", status="estimate"),
    fig("có 57 bến cảng", "57", 57, "count", "bến cảng", "bến cảng đang khai thác"),
    fig("khoảng 21.400 m", "21.400", 21400, "measure", "m", "tổng chiều dài cầu cảng", approx="about"),
    fig("(44 bến)", "44", 44, "count", "bến", "bến cảng đang khai thác", location="Phú Mỹ"),
    fig("(11 bến)", "11", 11, "count", "bến", "bến cảng đang khai thác", location="Vũng Tàu"),
    fig("từ 140 đến 150 triệu tấn", "140", 140e6, "measure", "tấn",
        "sản lượng hàng hóa qua cảng biển của tỉnh", T25, value_max=150e6, status="target"),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%",
        "tỷ trọng hàng container trong sản lượng hàng hóa qua cảng biển", T25,
        approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu: hàng hóa qua cảng biển 6 tháng đầu năm 2024 (sản lượng, TEU, lượt tàu, doanh thu, phí hạ tầng, bến cảng, mục tiêu 2025).",
    "Dateline 'Cập nhật: 12/07/2024 09:20'; 'Lượt xem: 1.482', QĐ 1579/QĐ-TTg ngày 22/9/2021, Quốc lộ 51, address and phone are not figures.",
    "TEU is a measure; the TEU part after 'Trong đó' has no total (the whole is in tấn); 22,6 triệu tấn is a part of 63,4 triệu tấn.",
    "Terminal names (TCIT, Gemalink...) are not places: they stay in the subject. 44/11 bến do not add up to 57 and have no cue: no total.",
    "'trong đó hàng container chiếm khoảng 45%' is the share of a part, not the share that 140-150 triệu tấn represents: a percent figure of its own.",
    "'trên 100.000 DWT' is a threshold in a label: optional.",
]

if __name__ == "__main__":
    emit("p535-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Bà Rịa - Vũng Tàu")
