"""p1472-8: news agency (TTXVN / Vietnam+): HEPA filter makers in Bình Dương ahead of the pollution season."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Vietnam+ > Kinh tế > Doanh nghiệp

Doanh nghiệp Việt tăng tốc sản xuất bộ lọc HEPA

24/10/2024 09:12 GMT+7

Bình Dương (TTXVN) - Đón đầu mùa ô nhiễm không khí cuối năm, nhiều doanh nghiệp sản xuất vật liệu và bộ lọc không khí tại Bình Dương đã chạy hết công suất từ đầu quý IV.

Công ty TNHH Màng lọc Phương Nam, có nhà máy tại Khu công nghiệp Đồng An 2, thành phố Thuận An, hiện sản xuất khoảng 120.000 bộ lọc HEPA mỗi tháng, tăng gần 40% so với đầu năm. Chín tháng đầu năm 2024, doanh thu của công ty đạt 186 tỷ đồng, bằng 82% kế hoạch năm; trong đó doanh thu xuất khẩu sang Hàn Quốc, Nhật Bản và Australia đạt 126 tỷ đồng.

Ông Đặng Quốc Bảo, Giám đốc công ty, cho biết đơn hàng cho thị trường trong nước quý IV dự kiến tăng 50-60% so với cùng kỳ, chủ yếu từ các hãng lắp ráp máy lọc không khí ở phía Bắc. Công ty đang đầu tư thêm 2 dây chuyền thổi sợi tĩnh điện với tổng vốn khoảng 3,2 triệu USD, dự kiến vận hành từ tháng 3/2025, nâng công suất lên 200.000 bộ/tháng và tạo việc làm cho thêm 150 lao động.

Theo Ban Quản lý các khu công nghiệp Bình Dương, toàn tỉnh hiện có 11 doanh nghiệp FDI và 6 doanh nghiệp trong nước sản xuất vật liệu lọc, bộ lọc không khí, thu hút khoảng 4.300 lao động. Năm 2023, xuất khẩu nhóm hàng này của tỉnh đạt 97 triệu USD, đứng thứ hai cả nước sau Bắc Ninh; 9 tháng năm 2024 đạt 88,5 triệu USD, tăng 26,7% so với cùng kỳ.

Dự báo đến năm 2030, thị trường bộ lọc không khí thay thế tại Việt Nam đạt quy mô khoảng 250 triệu USD/năm, tăng bình quân 12-15% mỗi năm.

Chí Thanh (TTXVN)

Từ khóa: bộ lọc HEPA, bụi mịn PM2.5, Bình Dương
"""

N9 = per("Chín tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
N9b = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")
TA = "Thuận An"

FIGS = [
    fig("khoảng 120.000 bộ", "120.000", 120000, "measure", "bộ lọc HEPA/tháng", approx="about",
        change=chg("increase", 40, "%", "đầu năm", approx="nearly"),
        subject="bộ lọc HEPA Công ty TNHH Màng lọc Phương Nam sản xuất mỗi tháng", location=TA),
    fig("đạt 186 tỷ", "186", 186e9, "money", "đồng", percent=82,
        subject="doanh thu của công ty", period=N9, location=TA),
    fig("đạt 126 tỷ", "126", 126e9, "money", "đồng", total=186e9,
        subject="doanh thu xuất khẩu sang Hàn Quốc, Nhật Bản và Australia", period=N9, location=TA),
    fig("tăng 50-60%", "50", 50, "percent", "%", value_max=60, status="forecast",
        subject="đơn hàng cho thị trường trong nước", period=Q4, location=TA),
    fig("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền",
        subject="dây chuyền thổi sợi tĩnh điện công ty đầu tư thêm", location=TA),
    fig("khoảng 3,2 triệu", "3,2", 3.2e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư dây chuyền", location=TA),
    fig("lên 200.000 bộ/tháng", "200.000", 200000, "measure", "bộ/tháng", status="forecast",
        subject="công suất", location=TA),
    fig("thêm 150 lao động", "150", 150, "count", "lao động", status="forecast",
        subject="lao động được tạo việc làm thêm", location=TA),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp FDI",
        subject="doanh nghiệp FDI sản xuất vật liệu lọc, bộ lọc không khí"),
    fig("và 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp trong nước sản xuất vật liệu lọc, bộ lọc không khí"),
    fig("khoảng 4.300 lao động", "4.300", 4300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp thu hút"),
    fig("đạt 97 triệu", "97", 97e6, "money", "USD", subject="xuất khẩu nhóm hàng vật liệu lọc, bộ lọc không khí",
        period=Y23),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="xuất khẩu nhóm hàng vật liệu lọc, bộ lọc không khí",
        period=Y23),
    fig("đạt 88,5 triệu", "88,5", 88.5e6, "money", "USD", change=chg("increase", 26.7, "%", "cùng kỳ"),
        subject="xuất khẩu nhóm hàng vật liệu lọc, bộ lọc không khí", period=N9b),
    fig("khoảng 250 triệu", "250", 250e6, "money", "USD/năm", approx="about", status="forecast",
        change=chg("increase", 12, "%", "mỗi năm"),
        subject="quy mô thị trường bộ lọc không khí thay thế", period=T30, location="Việt Nam"),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): breadcrumb, '24/10/2024 09:12 GMT+7', tag 'Bình Dương (TTXVN) -', byline, keywords.",
    "Distractors: 09:12, 'GMT+7', 'quý IV' in the sapo, 'Khu công nghiệp Đồng An 2', 'Chín tháng' (a period phrase),",
    "  'tháng 3/2025' (start of operation), 'đầu năm' (baseline), 'PM2.5' in the tags.",
    "The company sits in thành phố Thuận An: its 8 figures → Thuận An; the province's counts → Bình Dương; 2030 market → Việt Nam.",
    "'khoảng 120.000 bộ lọc HEPA mỗi tháng' → rate, unit bộ lọc HEPA/tháng; 'tăng gần 40%' → change with approx nearly.",
    "'bằng 82% kế hoạch năm' → percent attribute; 'trong đó doanh thu xuất khẩu ... 126 tỷ đồng' → total 186 tỷ.",
    "'dự kiến tăng 50-60%' (orders, no base amount) → percent range, forecast; 'quý IV' takes 2024.",
    "'dự kiến vận hành ..., nâng công suất lên 200.000 ... và tạo việc làm cho thêm 150 lao động' → forecast for both;",
    "  '2 dây chuyền' and the 3,2 triệu USD stand before 'dự kiến' in an actual clause ('đang đầu tư').",
    "'đứng thứ hai cả nước sau Bắc Ninh' → rank 2 of the province (Bình Dương), period Năm 2023; 'Bắc Ninh' is only a place.",
    "'khoảng 250 triệu USD/năm, tăng bình quân 12-15% mỗi năm' → change value 12 (the lower end; change has no max).",
]

if __name__ == "__main__":
    write("p1472-8", TEXT, NOTES, FIGS, published="2024-10-24", location="Bình Dương")
