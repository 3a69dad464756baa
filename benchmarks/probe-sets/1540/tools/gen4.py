"""p1540-4: ministry site (Bộ Công Thương): national paper packaging market 2023-2024, provinces list, exports, 2030 targets."""
from lib import fig, period, inherit, change, target, write

TEXT = """BỘ CÔNG THƯƠNG
CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của ngành Công Thương

Ngành bao bì giấy trước cơ hội từ xu hướng tiêu dùng xanh

05/06/2024 | 09:30 | Vụ Công nghiệp

Theo Vụ Công nghiệp, năm 2023 cả nước tiêu thụ khoảng 5,1 triệu tấn bao bì giấy các loại, giảm 3,2% so với năm 2022 do sức mua và đơn hàng xuất khẩu sụt giảm. Tổng công suất thiết kế của các nhà máy giấy bao bì đạt gần 9 triệu tấn/năm, trong khi sản lượng năm 2023 mới đạt 6,3 triệu tấn, tương đương khoảng 70% công suất.

Hiện cả nước có khoảng 2.300 doanh nghiệp sản xuất bao bì, trong đó doanh nghiệp bao bì giấy chiếm khoảng 55%. Khối doanh nghiệp có vốn đầu tư nước ngoài nắm hơn 60% thị phần giấy bao bì công nghiệp. Năm 2023, năm địa phương có sản lượng bao bì giấy lớn nhất lần lượt là Bình Dương (1,45 triệu tấn), Bắc Ninh (0,51 triệu tấn), Đồng Nai (0,36 triệu tấn), Long An (0,29 triệu tấn) và Hải Dương (0,22 triệu tấn).

Xuất khẩu giấy và sản phẩm từ giấy 5 tháng đầu năm 2024 đạt 742 triệu USD, tăng 18,5% so với cùng kỳ năm 2023; trong đó thị trường Hoa Kỳ chiếm 27%, Nhật Bản chiếm 15%.

Theo Chiến lược phát triển ngành giấy, mục tiêu đến năm 2030 tỷ lệ giấy thu hồi để tái chế đạt 65%, sản lượng bao bì giấy đạt 9 triệu tấn. Bộ Công Thương dự báo nhu cầu bao bì giấy trong nước năm 2025 tăng khoảng 8-10%.

Bản quyền thuộc Bộ Công Thương
Giấy phép số 48/GP-TTĐT do Bộ Thông tin và Truyền thông cấp
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("Năm 2023", "2023-01-01", "2023-12-31")
M5 = period("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
BY30 = period("đến năm 2030", None, "2030-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
LIST_SUBJ = "sản lượng bao bì giấy"


def item(anchor, number, place):
    v = float(number.replace(",", ".")) * 1e6
    return fig(anchor, number, v, "measure", "tấn", subject=LIST_SUBJ, period=Y23b, location=place)


FIGS = [
    fig("khoảng 5,1 triệu", "5,1", 5.1e6, "measure", "tấn", approx="about",
        change=change("decrease", 3.2, "%", "năm 2022"), subject="bao bì giấy các loại cả nước tiêu thụ", period=Y23),
    fig("gần 9 triệu tấn/năm", "9", 9e6, "measure", "tấn/năm", approx="nearly",
        subject="tổng công suất thiết kế của các nhà máy giấy bao bì", period=inherit(Y23)),
    fig("đạt 6,3 triệu", "6,3", 6.3e6, "measure", "tấn", percent=70,
        subject="sản lượng giấy bao bì", period=Y23),
    fig("khoảng 2.300 doanh nghiệp", "2.300", 2300, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bao bì"),
    fig("chiếm khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="tỷ trọng doanh nghiệp bao bì giấy trong số doanh nghiệp sản xuất bao bì"),
    fig("hơn 60% thị phần", "60", 60, "percent", "%", approx="over",
        subject="thị phần giấy bao bì công nghiệp của khối doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("năm địa phương", "năm", 5, "count", "địa phương", subject="địa phương có sản lượng bao bì giấy lớn nhất",
        period=Y23b, optional=True),
    item("Bình Dương (1,45 triệu", "1,45", "Bình Dương"),
    item("Bắc Ninh (0,51 triệu", "0,51", "Bắc Ninh"),
    item("Đồng Nai (0,36 triệu", "0,36", "Đồng Nai"),
    item("Long An (0,29 triệu", "0,29", "Long An"),
    item("Hải Dương (0,22 triệu", "0,22", "Hải Dương"),
    fig("đạt 742 triệu", "742", 742e6, "money", "USD", change=change("increase", 18.5, "%", "cùng kỳ năm 2023"),
        subject="xuất khẩu giấy và sản phẩm từ giấy", period=M5),
    fig("chiếm 27%", "27", 27, "percent", "%",
        subject="tỷ trọng thị trường Hoa Kỳ trong xuất khẩu giấy và sản phẩm từ giấy", period=M5),
    fig("chiếm 15%", "15", 15, "percent", "%",
        subject="tỷ trọng thị trường Nhật Bản trong xuất khẩu giấy và sản phẩm từ giấy", period=M5),
    fig("đạt 65%", "65", 65, "percent", "%", status="target", subject="tỷ lệ giấy thu hồi để tái chế", period=BY30),
    fig("đạt 9 triệu tấn.", "9", 9e6, "measure", "tấn", status="target", subject="sản lượng bao bì giấy", period=BY30),
    fig("khoảng 8-10%", "8", 8, "percent", "%", value_max=10, approx="about", status="forecast",
        subject="nhu cầu bao bì giấy trong nước", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '05/06/2024 | 09:30 | Vụ Công nghiệp', copyright footer with 'Giấy phép số 48/GP-TTĐT'.",
    "Location Việt Nam (national figures of a ministry); the five list items are located in their provinces; Hoa Kỳ, Nhật Bản are",
    "trade partners, so their shares stay in Việt Nam with the market in the subject.",
    "'Năm 2023, năm địa phương ...': the second 'năm' is the number word 5 (optional: it names the group whose items follow).",
    "'tương đương khoảng 70% công suất' → percent attribute of 6,3 triệu tấn. 'trong đó doanh nghiệp bao bì giấy chiếm khoảng 55%'",
    "and 'trong đó thị trường Hoa Kỳ chiếm 27%, Nhật Bản chiếm 15%' are percent figures of their own (shares of a part).",
    "Capacity 'gần 9 triệu tấn/năm': the year stands earlier in the paragraph, not in its own clause (inherited, not scored).",
    "'mục tiêu đến năm 2030 ... đạt 65%, ... đạt 9 triệu tấn' → target, period start null, end 2030-12-31.",
    "'dự báo ... năm 2025 tăng khoảng 8-10%' → growth rate as the claim, forecast, range with approx about.",
]

if __name__ == "__main__":
    write("p1540-4", TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
