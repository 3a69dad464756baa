"""p705-1: Gia Lai province portal, passion fruit area to 30/6/2024."""
from lib import fig, per, inh, ch, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI
Trang chủ / Tin tức - Sự kiện / Kinh tế
Gia Lai: Diện tích chanh leo đạt gần 3.900 ha
Cập nhật: 18/07/2024 15:20 | Lượt xem: 3.462

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh có 3.875 ha chanh leo, tăng 412 ha so với cuối năm 2023; trong đó diện tích cho thu hoạch là 2.960 ha. Diện tích tập trung chủ yếu ở các huyện Chư Păh (780 ha), Ia Grai (645 ha), Đak Đoa (530 ha), Mang Yang (418 ha) và Chư Prông (365 ha).

Trong 6 tháng đầu năm 2024, sản lượng chanh leo ước đạt 41.200 tấn, tăng 18,5% so với cùng kỳ. Năng suất bình quân đạt khoảng 28 tấn/ha. Giá chanh leo loại 1 tại vườn dao động từ 18.000 đến 22.000 đồng/kg, cao hơn 4.000 đồng/kg so với cùng kỳ năm trước. Với mức giá này, mỗi héc-ta chanh leo cho lợi nhuận từ 250 đến 300 triệu đồng.

Đến nay, toàn tỉnh đã được cấp 46 mã số vùng trồng chanh leo với tổng diện tích hơn 1.150 ha, phục vụ xuất khẩu sang Trung Quốc, Hà Lan, Pháp. Tỉnh hiện có ba nhà máy chế biến với tổng công suất 160.000 tấn quả/năm, trong đó nhà máy của Công ty CP Nông sản 715 tại Khu công nghiệp Trà Đa có công suất 60.000 tấn quả/năm.

Mục tiêu đến năm 2025, diện tích chanh leo của tỉnh đạt 5.000 ha, trong đó 70% diện tích được sản xuất theo tiêu chuẩn VietGAP, GlobalGAP hoặc tương đương.

Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, số 02 Trần Phú, TP. Pleiku; điện thoại: 0269.3824.115.
"""

ASOF = per("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = per("Đến nay", end="2024-07-18")
T25 = per("đến năm 2025", end="2025-12-31")
AREA = "diện tích chanh leo"

F = [
    fig("đạt gần 3.900 ha", "3.900", 3900, "measure", "ha", "Diện tích chanh leo", inh(ASOF), approx="nearly"),
    fig("có 3.875 ha chanh leo", "3.875", 3875, "measure", "ha", AREA, ASOF,
        change=ch("increase", 412, "ha", "cuối năm 2023")),
    fig("là 2.960 ha", "2.960", 2960, "measure", "ha", "diện tích chanh leo cho thu hoạch", ASOF, total=3875),
    fig("Chư Păh (780 ha)", "780", 780, "measure", "ha", AREA, inh(ASOF), location="Chư Păh"),
    fig("Ia Grai (645 ha)", "645", 645, "measure", "ha", AREA, inh(ASOF), location="Ia Grai"),
    fig("Đak Đoa (530 ha)", "530", 530, "measure", "ha", AREA, inh(ASOF), location="Đak Đoa"),
    fig("Mang Yang (418 ha)", "418", 418, "measure", "ha", AREA, inh(ASOF), location="Mang Yang"),
    fig("Chư Prông (365 ha)", "365", 365, "measure", "ha", AREA, inh(ASOF), location="Chư Prông"),
    fig("ước đạt 41.200 tấn", "41.200", 41200, "measure", "tấn", "sản lượng chanh leo", H1,
        change=ch("increase", 18.5, "%", "cùng kỳ"), status="estimate"),
    fig("khoảng 28 tấn/ha", "28", 28, "measure", "tấn/ha", "năng suất bình quân", inh(H1), approx="about"),
    fig("từ 18.000 đến 22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá chanh leo loại 1 tại vườn",
        value_max=22000, change=ch("increase", 4000, "đồng/kg", "cùng kỳ năm trước")),
    fig("từ 250 đến 300 triệu đồng", "250", 250e6, "money", "đồng/ha", "lợi nhuận mỗi héc-ta chanh leo",
        value_max=300e6),
    fig("cấp 46 mã số", "46", 46, "count", "mã số vùng trồng", "mã số vùng trồng chanh leo được cấp", NOW),
    fig("hơn 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích vùng trồng chanh leo được cấp mã số", NOW,
        approx="over"),
    fig("có ba nhà máy", "ba", 3, "count", "nhà máy", "nhà máy chế biến"),
    fig("160.000 tấn quả/năm", "160.000", 160000, "measure", "tấn quả/năm", "tổng công suất nhà máy chế biến"),
    fig("suất 60.000 tấn quả/năm", "60.000", 60000, "measure", "tấn quả/năm",
        "công suất nhà máy của Công ty CP Nông sản 715", total=160000),
    fig("đạt 5.000 ha", "5.000", 5000, "measure", "ha", AREA, T25, status="target"),
    fig("70% diện tích", "70", 70, "percent", "%",
        "diện tích chanh leo được sản xuất theo tiêu chuẩn VietGAP, GlobalGAP hoặc tương đương", T25, status="target"),
]

NOTES = [
    "Gia Lai province portal: chanh leo area to 30/6/2024, output H1/2024, prices, growing-area codes, processing, 2025 target.",
    "Headline figure and the district list take the lead's as-of period (inherited). District list has no part cue: no total.",
    "Range price carries the change 'cao hơn 4.000 đồng/kg so với cùng kỳ năm trước'. 'mỗi héc-ta ... từ 250 đến 300 triệu đồng' -> đồng/ha.",
    "'Đến nay' = as-of the Cập nhật date. 'Công ty CP Nông sản 715', 'loại 1', 'số 02', phone, 'Lượt xem: 3.462' are not figures.",
    "'trong đó 70% diện tích' is a share (percent figure), no total.",
]

if __name__ == "__main__":
    write("p705-1", TEXT, NOTES, F, published="2024-07-18", location="Gia Lai")
