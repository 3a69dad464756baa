from lib import write, fig, per, inh, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Ninh Thuận: Sản lượng điện năng lượng tái tạo 6 tháng đạt hơn 4.100 triệu kWh

Cập nhật: 15/07/2024 08:30 | Lượt xem: 3.482

Theo báo cáo của Sở Công Thương, 6 tháng đầu năm 2024, các nhà máy điện gió, điện mặt trời trên địa bàn tỉnh phát lên lưới 4.126,5 triệu kWh, tăng 8,7% so với cùng kỳ năm 2023, đạt 52,3% kế hoạch năm. Trong đó, điện mặt trời đạt 2.874,1 triệu kWh, chiếm 69,7%; điện gió đạt 1.252,4 triệu kWh, chiếm 30,3%.

Tính đến ngày 30/6/2024, toàn tỉnh có 57 dự án điện gió, điện mặt trời đã vận hành thương mại với tổng công suất 3.979,2 MW; trong đó điện mặt trời 2.731,5 MW (bao gồm 371,2 MW điện mặt trời mái nhà), điện gió 1.247,7 MW. Công suất đã vận hành tập trung chủ yếu tại các huyện Thuận Nam (1.186,4 MW), Ninh Phước (1.032,8 MW), Thuận Bắc (894,5 MW) và Ninh Hải (512,3 MW).

Trong 6 tháng đầu năm, ngành điện đã đóng điện 2 trạm biến áp 110 kV với tổng dung lượng 126 MVA và 48,6 km đường dây 110 kV, tổng vốn đầu tư thực hiện khoảng 1.245 tỷ đồng. Nhờ đó, tỷ lệ cắt giảm công suất các nhà máy năng lượng tái tạo chỉ còn 3,2%, giảm 8,3 điểm phần trăm so với cùng kỳ năm 2023.

Theo Quy hoạch điện VIII (Quyết định số 500/QĐ-TTg), phấn đấu đến năm 2025 tổng công suất các nguồn năng lượng tái tạo trên địa bàn tỉnh đạt khoảng 5.500 MW, sản lượng đạt 11 tỷ kWh/năm.

Sở Công Thương Ninh Thuận - Số 450 đường 16 Tháng 4, TP. Phan Rang - Tháp Chàm. Điện thoại: 0259.3822.578
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", end="2024-06-30")
H1b = per("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("6 tháng đạt hơn 4.100 triệu kWh", "4.100", 4100e6, "measure", "kWh", "Sản lượng điện năng lượng tái tạo",
        per("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    fig("phát lên lưới 4.126,5 triệu kWh", "4.126,5", 4126.5e6, "measure", "kWh",
        "sản lượng điện các nhà máy điện gió, điện mặt trời phát lên lưới", H1,
        percent=52.3, change=chg("increase", 8.7, baseline="cùng kỳ năm 2023")),
    fig("mặt trời đạt 2.874,1 triệu kWh", "2.874,1", 2874.1e6, "measure", "kWh", "sản lượng điện mặt trời", inh(H1),
        total=4126.5e6, percent=69.7),
    fig("gió đạt 1.252,4 triệu kWh", "1.252,4", 1252.4e6, "measure", "kWh", "sản lượng điện gió", inh(H1),
        total=4126.5e6, percent=30.3),
    fig("có 57 dự án", "57", 57, "count", "dự án", "dự án điện gió, điện mặt trời đã vận hành thương mại", ASOF),
    fig("công suất 3.979,2 MW", "3.979,2", 3979.2, "measure", "MW",
        "tổng công suất dự án điện gió, điện mặt trời đã vận hành thương mại", ASOF),
    fig("mặt trời 2.731,5 MW", "2.731,5", 2731.5, "measure", "MW", "công suất điện mặt trời", ASOF, total=3979.2),
    fig("bao gồm 371,2 MW", "371,2", 371.2, "measure", "MW", "công suất điện mặt trời mái nhà", ASOF, total=2731.5),
    fig("điện gió 1.247,7 MW", "1.247,7", 1247.7, "measure", "MW", "công suất điện gió", ASOF, total=3979.2),
    fig("Thuận Nam (1.186,4 MW)", "1.186,4", 1186.4, "measure", "MW", "công suất đã vận hành", inh(ASOF), location="Thuận Nam"),
    fig("Ninh Phước (1.032,8 MW)", "1.032,8", 1032.8, "measure", "MW", "công suất đã vận hành", inh(ASOF), location="Ninh Phước"),
    fig("Thuận Bắc (894,5 MW)", "894,5", 894.5, "measure", "MW", "công suất đã vận hành", inh(ASOF), location="Thuận Bắc"),
    fig("Ninh Hải (512,3 MW)", "512,3", 512.3, "measure", "MW", "công suất đã vận hành", inh(ASOF), location="Ninh Hải"),
    fig("đóng điện 2 trạm", "2", 2, "count", "trạm biến áp", "trạm biến áp 110 kV đã đóng điện", H1b),
    fig("dung lượng 126 MVA", "126", 126, "measure", "MVA", "tổng dung lượng trạm biến áp 110 kV", H1b),
    fig("và 48,6 km", "48,6", 48.6, "measure", "km", "đường dây 110 kV đã đóng điện", H1b),
    fig("khoảng 1.245 tỷ đồng", "1.245", 1245e9, "money", "đồng", "tổng vốn đầu tư thực hiện", H1b, approx="about"),
    fig("chỉ còn 3,2%", "3,2", 3.2, "percent", "%", "tỷ lệ cắt giảm công suất các nhà máy năng lượng tái tạo", inh(H1b),
        change=chg("decrease", 8.3, "điểm phần trăm", "cùng kỳ năm 2023")),
    fig("khoảng 5.500 MW", "5.500", 5500, "measure", "MW", "tổng công suất các nguồn năng lượng tái tạo trên địa bàn tỉnh",
        T25, approx="about", status="target"),
    fig("đạt 11 tỷ kWh/năm", "11", 11e9, "measure", "kWh/năm", "sản lượng các nguồn năng lượng tái tạo", T25,
        status="target"),
]

HEADER = [
    "Cổng TTĐT tỉnh Ninh Thuận: sản lượng và công suất điện gió, điện mặt trời 6 tháng đầu năm 2024; lưới 110 kV; mục tiêu 2025.",
    "Province portal: breadcrumb, 'Cập nhật: 15/07/2024 08:30 | Lượt xem: 3.482' (counter is page furniture).",
    "Not figures: 'Quy hoạch điện VIII', 'Quyết định số 500/QĐ-TTg', voltage classes '110 kV' (labels of the equipment type,",
    "like service levels), address 'Số 450 đường 16 Tháng 4', phone. Headline '6 tháng' takes 2024 from `published`.",
    "Parts after 'Trong đó'/'trong đó'/'bao gồm' take the whole they follow (same quantity, same period); the district list",
    "has no part cue and does not add up: no total. '3,2%, giảm 8,3 điểm phần trăm' is a level with its change.",
]

if __name__ == "__main__":
    write("p552-1", TEXT, HEADER, FIGS, published="2024-07-15", location="Ninh Thuận")
