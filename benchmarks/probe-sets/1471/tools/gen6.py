"""p1471-6: national newspaper: water-heater sales surge in Hà Nội as the cold arrives (Dec 2024)."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 12/12/2024, 15:40 (GMT+7)

Bình nóng lạnh "cháy hàng" khi miền Bắc vào rét

Nhiệt độ xuống thấp khiến sức mua bình nóng lạnh tại Hà Nội tăng mạnh, nhiều cửa hàng phải nhập thêm hàng.

Tại chuỗi Điện máy Sao Việt, tuần đầu tháng 12 bán ra hơn 4.200 bình nóng lạnh tại 38 siêu thị ở Hà Nội, gấp 3 lần tuần trước đó. Chị Lê Thu Hà, quản lý siêu thị số 12 Cầu Giấy, cho biết có ngày cửa hàng bán 70-80 chiếc, chủ yếu là các mẫu bình chứa tầm trung giá từ 2,5 đến 4,2 triệu đồng/chiếc.

Theo khảo sát, giá bình nóng lạnh năm nay tăng khoảng 5-7% so với năm ngoái do chi phí thép và linh kiện tăng. Một số hãng tung khuyến mãi giảm tới 30%, tặng kèm aptomat chống giật trị giá 350.000 đồng.

Đại diện Công ty CP Thiết bị nhiệt Hồng Hà (Hà Nội), một trong những nhà sản xuất bình nóng lạnh lớn nhất miền Bắc, cho biết 11 tháng năm 2024 công ty tiêu thụ 356.000 sản phẩm, tăng 15%; dự kiến cả năm đạt khoảng 410.000 sản phẩm. Nhà máy đang chạy 3 ca, công suất tối đa 1.800 bình mỗi ngày.

Bộ Công Thương khuyến cáo người dân chỉ mua bình có nhãn năng lượng, lắp thiết bị chống giật và không dùng bình đã quá 10 năm. Năm 2023, cả nước ghi nhận 27 vụ tai nạn điện giật liên quan đến bình nóng lạnh, làm 9 người tử vong.

Minh Khang

Xem thêm:
- Giá điện sinh hoạt tăng 4,8% từ ngày 11/10
- Mẹo dùng bình nóng lạnh tiết kiệm điện mùa đông
"""

W1 = per("tuần đầu tháng 12", "2024-12-01", "2024-12-07")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("hơn 4.200 bình", "4.200", 4200, "count", "bình", approx="over",
        change=chg("increase", 3, "lần", "tuần trước đó"),
        subject="bình nóng lạnh chuỗi Điện máy Sao Việt bán ra", period=W1),
    fig("tại 38 siêu thị", "38", 38, "count", "siêu thị", subject="siêu thị của chuỗi Điện máy Sao Việt"),
    fig("bán 70-80 chiếc", "70", 70, "count", "chiếc", value_max=80,
        subject="bình nóng lạnh cửa hàng bán có ngày"),
    fig("từ 2,5 đến 4,2 triệu", "2,5", 2.5e6, "money", "đồng/chiếc", value_max=4.2e6,
        subject="giá các mẫu bình chứa tầm trung"),
    fig("khoảng 5-7%", "5", 5, "percent", "%", value_max=7, approx="about",
        subject="giá bình nóng lạnh", period=Y24),
    fig("giảm tới 30%", "30", 30, "percent", "%", approx="at_most", subject="khuyến mãi giảm giá"),
    fig("trị giá 350.000 đồng", "350.000", 350000, "money", "đồng",
        subject="aptomat chống giật tặng kèm"),
    fig("tiêu thụ 356.000 sản phẩm", "356.000", 356000, "count", "sản phẩm",
        change=chg("increase", 15, "%"), subject="sản phẩm Công ty CP Thiết bị nhiệt Hồng Hà tiêu thụ",
        period=M11),
    fig("khoảng 410.000 sản phẩm", "410.000", 410000, "count", "sản phẩm", approx="about",
        status="forecast", subject="sản phẩm công ty tiêu thụ cả năm", period=YEAR),
    fig("chạy 3 ca", "3", 3, "count", "ca", subject="ca nhà máy đang chạy"),
    fig("tối đa 1.800 bình", "1.800", 1800, "measure", "bình/ngày", subject="công suất tối đa của nhà máy"),
    fig("quá 10 năm", "10", 10, "measure", "năm", approx="over", subject="thời gian dùng bình",
        optional=True),
    fig("ghi nhận 27 vụ", "27", 27, "count", "vụ",
        subject="vụ tai nạn điện giật liên quan đến bình nóng lạnh", period=Y23, location="Việt Nam"),
    fig("làm 9 người", "9", 9, "count", "người", subject="người tử vong do tai nạn điện giật",
        period=Y23, location="Việt Nam"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 12/12/2024, 15:40 (GMT+7)', sapo, quote, byline 'Minh Khang', 'Xem thêm' links.",
    "Distractors: 15:40, (GMT+7), 'siêu thị số 12 Cầu Giấy', 'một trong những nhà sản xuất' (idiom 'one of the'), 'tháng 12' inside a",
    "period, 'nhãn năng lượng', and the link 'Giá điện sinh hoạt tăng 4,8% từ ngày 11/10' (page furniture: another article's title).",
    "Default location Hà Nội (the sapo places the market in Hà Nội; Hồng Hà is placed in Hà Nội; the survey is of the same market).",
    "The accident figures 'cả nước' → Việt Nam.",
    "'tuần đầu tháng 12' = 2024-12-01..2024-12-07 (the year from the dateline); 'gấp 3 lần tuần trước đó' is the change of 4.200.",
    "'có ngày cửa hàng bán 70-80 chiếc' is a range (count); '5-7%' a range with 'khoảng' (about); a price growth rate as the claim (no change).",
    "'giảm tới 30%' ('up to') → at_most. 'công suất tối đa 1.800 bình mỗi ngày': 'tối đa' names the indicator (maximum capacity),",
    "so approx is exact; a daily rate → measure, bình/ngày.",
    "'tăng 15%' without a baseline → change without baseline; 'dự kiến cả năm' → forecast.",
    "'không dùng bình đã quá 10 năm' is advice about a bình's age, not a fact: optional.",
]

if __name__ == "__main__":
    write("p1471-6", TEXT, NOTES, FIGS, published="2024-12-12", location="Hà Nội")
