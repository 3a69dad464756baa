"""p1238-1: Nghệ An province portal, 9 months 2024 yogurt and milk output of the dairy plants."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Nghệ An: 9 tháng sản xuất gần 48.000 tấn sữa chua

Cập nhật: 21/10/2024 08:15 | Lượt xem: 2.417

(nghean.gov.vn) - 9 tháng đầu năm 2024, các nhà máy chế biến sữa trên địa bàn tỉnh Nghệ An sản xuất được 47.850 tấn sữa chua các loại, đạt 74,2% kế hoạch năm, tăng 9,6% so với cùng kỳ năm 2023. Trong đó, sữa chua ăn 31.200 tấn, sữa chua uống 16.650 tấn. Sữa tươi thanh trùng, tiệt trùng đạt khoảng 265 triệu lít, tăng 6,1%.

Toàn tỉnh hiện có 5 nhà máy chế biến sữa với tổng công suất thiết kế trên 1.200 tấn sản phẩm/ngày, trong đó huyện Nghĩa Đàn có 3 nhà máy nằm dọc Quốc lộ 48. Các doanh nghiệp sử dụng gần 3.400 lao động (khoảng 60% là lao động nữ), thu nhập bình quân 9,2 triệu đồng/người/tháng.

Tính đến ngày 30/9/2024, tổng đàn bò sữa của tỉnh đạt 68.700 con, chiếm khoảng 20% tổng đàn bò sữa cả nước, đứng thứ nhất toàn quốc. Sản lượng sữa tươi nguyên liệu hiện đạt bình quân 1.150 tấn/ngày; giá thu mua sữa tươi của các hộ chăn nuôi liên kết dao động từ 13.500 đến 15.000 đồng/kg.

Năm 2024, ngành sữa Nghệ An phấn đấu sản xuất 64.500 tấn sữa chua và 360 triệu lít sữa tươi chế biến. Giá trị sản xuất công nghiệp chế biến sữa cả năm dự kiến đạt khoảng 14.500 tỷ đồng, chiếm 9,3% giá trị sản xuất công nghiệp toàn tỉnh. Các mục tiêu này được cụ thể hóa tại Quyết định số 2536/QĐ-UBND của UBND tỉnh về phát triển chăn nuôi bò sữa gắn với chế biến.

Cổng Thông tin điện tử tỉnh Nghệ An - Số 03 đường Trường Thi, TP Vinh
"""

NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("sản xuất gần 48.000 tấn", "48.000", 48000, "measure", "tấn", approx="nearly",
      subject="sữa chua sản xuất", period=NINE_H),
    F("được 47.850 tấn", "47.850", 47850, "measure", "tấn", percent=74.2,
      change=C("increase", 9.6, "%", "cùng kỳ năm 2023"),
      subject="sữa chua các loại các nhà máy chế biến sữa sản xuất", period=NINE),
    F("sữa chua ăn 31.200 tấn", "31.200", 31200, "measure", "tấn", total=47850,
      subject="sữa chua ăn", period=I(NINE)),
    F("sữa chua uống 16.650 tấn", "16.650", 16650, "measure", "tấn", total=47850,
      subject="sữa chua uống", period=I(NINE)),
    F("khoảng 265 triệu lít", "265", 265e6, "measure", "lít", approx="about",
      change=C("increase", 6.1, "%"),
      subject="sữa tươi thanh trùng, tiệt trùng", period=I(NINE)),
    F("có 5 nhà máy", "5", 5, "count", "nhà máy", subject="nhà máy chế biến sữa"),
    F("trên 1.200 tấn", "1.200", 1200, "measure", "tấn/ngày", approx="over",
      subject="tổng công suất thiết kế"),
    F("có 3 nhà máy", "3", 3, "count", "nhà máy", total=5, location="Nghĩa Đàn",
      subject="nhà máy chế biến sữa"),
    F("gần 3.400 lao động", "3.400", 3400, "count", "lao động", approx="nearly",
      subject="lao động các doanh nghiệp sử dụng"),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about", subject="lao động nữ"),
    F("9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("đạt 68.700 con", "68.700", 68700, "count", "con", percent=20,
      subject="tổng đàn bò sữa", period=ASOF),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="tổng đàn bò sữa toàn quốc", period=ASOF),
    F("1.150 tấn/ngày", "1.150", 1150, "measure", "tấn/ngày",
      subject="sản lượng sữa tươi nguyên liệu bình quân"),
    F("từ 13.500 đến", "13.500", 13500, "money", "đồng/kg", value_max=15000,
      subject="giá thu mua sữa tươi của các hộ chăn nuôi liên kết"),
    F("sản xuất 64.500 tấn", "64.500", 64500, "measure", "tấn", status="target",
      subject="sữa chua sản xuất", period=Y24),
    F("360 triệu lít", "360", 360e6, "measure", "lít", status="target",
      subject="sữa tươi chế biến", period=Y24),
    F("khoảng 14.500 tỷ", "14.500", 14.5e12, "money", "đồng", approx="about", percent=9.3,
      status="forecast", subject="giá trị sản xuất công nghiệp chế biến sữa", period=YEAR),
]

NOTES = [
    "Province portal (Nghệ An): yogurt and milk output of the dairy plants, 9 months 2024. 'Cập nhật: 21/10/2024 08:15 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:15, 'Quốc lộ 48', 'Quyết định số 2536/QĐ-UBND', address 'Số 03 đường Trường Thi'.",
    "Headline '9 tháng' (no year) takes the published year 2024. 'trong đó huyện Nghĩa Đàn có 3 nhà máy' follows the capacity figure, but the whole",
    "that counts the same thing is '5 nhà máy' (total 5). '(khoảng 60% là lao động nữ)' has no attribute cue: a percent figure of its own.",
    "'đứng thứ nhất toàn quốc' is a rank written with a number word (nhất = 1). 'hiện' figures and the price band get no period.",
]

if __name__ == "__main__":
    write("p1238-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Nghệ An")
