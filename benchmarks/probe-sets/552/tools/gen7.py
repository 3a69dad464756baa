from lib import write, fig, per, inh, chg

TEXT = """SỞ CÔNG THƯƠNG TỈNH GIA LAI
Trang chủ › Năng lượng › Số liệu thống kê

Công suất các nguồn điện trên địa bàn tỉnh Gia Lai

Gia Lai là một trong những địa phương có tiềm năng lớn về thủy điện, điện gió và điện mặt trời. Đến cuối năm 2023, toàn tỉnh có 112 nhà máy điện đang vận hành với tổng công suất 4.219,6 MW, tăng 310,5 MW so với cuối năm 2022; sản lượng điện năm 2023 đạt khoảng 11,6 tỷ kWh, trong đó điện gió chiếm 27,4%.

Bảng 2. Công suất lắp đặt các nguồn điện
Đơn vị tính: MW
Loại nguồn
Năm 2022
Năm 2023
Kế hoạch 2025
Thủy điện
2.460,1
2.535,6
2.600
Điện gió
1.031,5
1.266,5
1.750
Điện mặt trời
355,5
355,5
560
Điện sinh khối
62
62
112
Tổng cộng
3.909,1
4.219,6
5.022

Hiện nay, lưới điện trên địa bàn có 4 trạm biến áp 220 kV với tổng dung lượng 1.500 MVA, 19 trạm biến áp 110 kV và khoảng 1.245 km đường dây từ 110 đến 500 kV. Tỷ lệ hộ dân sử dụng điện toàn tỉnh đạt 99,6%; hai huyện Kông Chro và Krông Pa lần lượt đạt 97,8% và 98,4%.

Ngoài ra, toàn tỉnh hiện có 1.862 hệ thống điện mặt trời mái nhà với tổng công suất khoảng 98,7 MWp, tập trung chủ yếu tại TP. Pleiku và thị xã An Khê; các hệ thống này đã được tính trong số liệu điện mặt trời tại Bảng 2.

Thông tin chi tiết về các dự án điện xem tại mục Quy hoạch - Kế hoạch.

Địa chỉ: 02 Trần Phú, TP. Pleiku, tỉnh Gia Lai | Điện thoại: 0269.3824.145
Tổng số lượt truy cập: 1.284.605
"""

END23 = per("Đến cuối năm 2023", end="2023-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
P25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")


def cell(anchor, number, value, row, col, p, **kw):
    return fig(anchor, number, value, "measure", "MW", f"{row} {col.lower()}", p, **kw)


FIGS = [
    fig("có 112 nhà máy", "112", 112, "count", "nhà máy", "nhà máy điện đang vận hành", END23),
    fig("công suất 4.219,6 MW", "4.219,6", 4219.6, "measure", "MW", "tổng công suất nhà máy điện đang vận hành", END23,
        change=chg("increase", 310.5, "MW", "cuối năm 2022")),
    fig("khoảng 11,6 tỷ kWh", "11,6", 11.6e9, "measure", "kWh", "sản lượng điện", per("năm 2023", "2023-01-01", "2023-12-31"),
        approx="about"),
    fig("gió chiếm 27,4%", "27,4", 27.4, "percent", "%", "tỷ trọng điện gió trong sản lượng điện",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    cell("Thủy điện\n2.460,1", "2.460,1", 2460.1, "Thủy điện", "Năm 2022", Y22),
    cell("2.535,6", "2.535,6", 2535.6, "Thủy điện", "Năm 2023", Y23),
    cell("2.600", "2.600", 2600, "Thủy điện", "Kế hoạch 2025", P25, status="target"),
    cell("1.031,5", "1.031,5", 1031.5, "Điện gió", "Năm 2022", Y22),
    cell("1.266,5", "1.266,5", 1266.5, "Điện gió", "Năm 2023", Y23),
    cell("1.750", "1.750", 1750, "Điện gió", "Kế hoạch 2025", P25, status="target"),
    cell("Điện mặt trời\n355,5", "355,5", 355.5, "Điện mặt trời", "Năm 2022", Y22),
    cell("355,5\n560", "355,5", 355.5, "Điện mặt trời", "Năm 2023", Y23),
    cell("\n560\n", "560", 560, "Điện mặt trời", "Kế hoạch 2025", P25, status="target"),
    cell("sinh khối\n62", "62", 62, "Điện sinh khối", "Năm 2022", Y22),
    cell("62\n112", "62", 62, "Điện sinh khối", "Năm 2023", Y23),
    cell("\n112\nTổng", "112", 112, "Điện sinh khối", "Kế hoạch 2025", P25, status="target"),
    cell("3.909,1", "3.909,1", 3909.1, "Tổng cộng", "Năm 2022", Y22),
    cell("3.909,1\n4.219,6", "4.219,6", 4219.6, "Tổng cộng", "Năm 2023", Y23),
    cell("5.022", "5.022", 5022, "Tổng cộng", "Kế hoạch 2025", P25, status="target"),
    fig("có 4 trạm", "4", 4, "count", "trạm biến áp", "trạm biến áp 220 kV"),
    fig("dung lượng 1.500 MVA", "1.500", 1500, "measure", "MVA", "tổng dung lượng trạm biến áp 220 kV"),
    fig("19 trạm", "19", 19, "count", "trạm biến áp", "trạm biến áp 110 kV"),
    fig("khoảng 1.245 km", "1.245", 1245, "measure", "km", "đường dây từ 110 đến 500 kV", approx="about"),
    fig("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ hộ dân sử dụng điện"),
    fig("có 1.862 hệ thống", "1.862", 1862, "count", "hệ thống", "hệ thống điện mặt trời mái nhà"),
    fig("khoảng 98,7 MWp", "98,7", 98.7, "measure", "MWp", "tổng công suất hệ thống điện mặt trời mái nhà", approx="about"),
    fig("hai huyện", "hai", 2, "count", "huyện", "huyện Kông Chro và Krông Pa", optional=True),
    fig("đạt 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ hộ dân sử dụng điện", location="Kông Chro"),
    fig("và 98,4%", "98,4", 98.4, "percent", "%", "tỷ lệ hộ dân sử dụng điện", location="Krông Pa"),
]

HEADER = [
    "Sở Công Thương Gia Lai (department site, no dateline): nhà máy điện và công suất đến cuối năm 2023; one-cell-per-line table",
    "(Bảng 2, 'Đơn vị tính: MW', columns Năm 2022 | Năm 2023 | Kế hoạch 2025) by source; grid and household electrification.",
    "Table cells: subject = row label + column label, period from the column header, 'Kế hoạch 2025' -> target for 2025;",
    "the Tổng cộng row is a figure per cell with no total relation (no cue). '27,4%' is the wind share of the 11,6 tỷ kWh's",
    "part, not of the whole figure: a percent figure of its own. 'Hiện nay' gives no period. 'hai huyện' naming the two listed",
    "districts is structure (optional). 'lần lượt' items: district as location, the list's indicator as subject.",
    "Not figures: voltage classes '220 kV', '110 kV', 'từ 110 đến 500 kV'; 'Bảng 2'; address '02 Trần Phú', phone; the",
    "visit counter 'Tổng số lượt truy cập: 1.284.605'. No published date.",
]

if __name__ == "__main__":
    write("p552-7", TEXT, HEADER, FIGS, location="Gia Lai")
