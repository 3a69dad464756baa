"""p1529-5: national newspaper: domestic mops and plastic brooms win back market share."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Thị trường

Thị trường cây lau nhà: hàng Việt giành lại thị phần

Thứ năm, 5/9/2024, 06:00 (GMT+7)

Sau nhiều năm bị hàng nhập khẩu lấn át, các nhà sản xuất cây lau nhà, chổi nhựa trong nước đang chiếm lại kệ hàng siêu thị nhờ giá mềm và mẫu mã phù hợp.

Theo Hiệp hội Nhựa Việt Nam, cả nước hiện có khoảng 120 doanh nghiệp sản xuất dụng cụ vệ sinh nhà cửa bằng nhựa với khoảng 9.500 lao động, tập trung tại TP Hồ Chí Minh, Bình Dương, Long An và Hưng Yên. Quy mô thị trường năm 2023 ước khoảng 4.500 tỷ đồng, trong đó hàng sản xuất trong nước chiếm khoảng 62%, tăng 7 điểm phần trăm so với năm 2020. Hiệp hội dự báo năm 2024 thị trường tăng trưởng 8-10%.

Nhập khẩu dụng cụ vệ sinh gia dụng 7 tháng đầu năm 2024 đạt 38,6 triệu USD, giảm 11,2% so với cùng kỳ; Trung Quốc vẫn là nguồn cung lớn nhất với 81% kim ngạch. Ở chiều ngược lại, xuất khẩu cây lau nhà, chổi nhựa năm 2023 đạt 27 triệu USD.

Tại hệ thống siêu thị Sài Gòn Xanh ở TP Hồ Chí Minh, bộ cây lau nhà xoay 360 độ của doanh nghiệp Việt có giá 189.000-259.000 đồng, rẻ hơn khoảng 20% so với hàng ngoại cùng loại. Đại diện hệ thống cho biết từ đầu năm đến nay, hàng Việt chiếm 7/10 sản phẩm bán chạy nhất ngành hàng.

"Công ty vừa đầu tư thêm 2 máy ép phun, nâng công suất lên 1,5 triệu sản phẩm mỗi năm", ông Phạm Quốc Huy, Tổng giám đốc Công ty cổ phần Nhựa Hòa An (Bình Dương), nói. Doanh nghiệp đặt mục tiêu năm 2025 xuất khẩu chiếm ít nhất 30% doanh thu, hiện mới đạt 18%.

Minh Châu
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SEVEN = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-05")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
HCM = "TP Hồ Chí Minh"
BD = "Bình Dương"

FIGS = [
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất dụng cụ vệ sinh nhà cửa bằng nhựa"),
    fig("khoảng 9.500 lao động", "9.500", 9500, "count", "lao động", approx="about",
        subject="lao động của các doanh nghiệp sản xuất dụng cụ vệ sinh nhà cửa"),
    fig("ước khoảng 4.500 tỷ", "4.500", 4500e9, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường", period=Y23),
    fig("chiếm khoảng 62%", "62", 62, "percent", "%", approx="about", status="estimate",
        change=chg("increase", 7, "điểm phần trăm", "năm 2020"),
        subject="hàng sản xuất trong nước trong quy mô thị trường", period=Y23),
    fig("tăng trưởng 8-10%", "8", 8, "percent", "%", value_max=10, status="forecast",
        subject="tăng trưởng thị trường", period=Y24),
    fig("đạt 38,6 triệu USD", "38,6", 38.6e6, "money", "USD",
        change=chg("decrease", 11.2, "%", "cùng kỳ"),
        subject="nhập khẩu dụng cụ vệ sinh gia dụng", period=SEVEN),
    fig("với 81% kim ngạch", "81", 81, "percent", "%",
        subject="kim ngạch nhập khẩu từ Trung Quốc", period=SEVEN),
    fig("đạt 27 triệu USD", "27", 27e6, "money", "USD",
        subject="xuất khẩu cây lau nhà, chổi nhựa", period=Y23),
    fig("giá 189.000-259.000", "189.000", 189000, "money", "đồng", value_max=259000,
        change=chg("decrease", 20, "%", "hàng ngoại cùng loại", approx="about"),
        subject="giá bộ cây lau nhà xoay 360 độ của doanh nghiệp Việt", location=HCM),
    fig("chiếm 7/10", "7", 7, "count", "sản phẩm", total=10,
        subject="sản phẩm bán chạy nhất ngành hàng là hàng Việt", period=YTD, location=HCM),
    fig("thêm 2 máy", "2", 2, "count", "máy ép phun", subject="máy ép phun công ty đầu tư thêm", location=BD),
    fig("lên 1,5 triệu", "1,5", 1.5e6, "measure", "sản phẩm/năm", subject="công suất", location=BD),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="xuất khẩu trong doanh thu", period=Y25, location=BD),
    fig("đạt 18%", "18", 18, "percent", "%", subject="xuất khẩu trong doanh thu", location=BD),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 5/9/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), 'xoay 360 độ' (product name), 'năm 2020' as a baseline.",
    "National figures (Hiệp hội Nhựa Việt Nam, imports, exports) → Việt Nam; the provinces listed after 'tập trung tại' do not make them provincial. Trung Quốc is a trade partner.",
    "The supermarket chain's figures → TP Hồ Chí Minh; Công ty cổ phần Nhựa Hòa An (Bình Dương) → Bình Dương.",
    "'trong đó hàng sản xuất trong nước chiếm khoảng 62%' is its own percent figure (share of a part), continues the 'ước khoảng' clause → estimate; 'tăng 7 điểm phần trăm so với năm 2020' is its change.",
    "'với 81% kim ngạch' after 'nguồn cung lớn nhất' is its own percent figure; the 7-month period stands in the same sentence after ';'.",
    "'rẻ hơn khoảng 20% so với hàng ngoại' → change decrease 20 (about). '7/10' → count 7, total 10.",
    "'1,5 triệu sản phẩm mỗi năm' is a capacity rate: measure, sản phẩm/năm. 'hiện mới đạt 18%' is actual, no period.",
]

if __name__ == "__main__":
    write("p1529-5", TEXT, NOTES, FIGS, published="2024-09-05", location="Việt Nam")
