"""p1293-8: radio/TV site (Đài PT-TH Khánh Hòa, KTV): green chili salt (muối ớt xanh) in Nha Trang, 6 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KHÁNH HÒA
Thời sự | Kinh tế | Văn hóa - Xã hội | Xem truyền hình trực tuyến | Nghe radio

Muối ớt xanh Nha Trang: 6 tháng tiêu thụ hơn 400 nghìn chai

Cập nhật lúc 16:20 ngày 18/07/2024

(KTV) - Muối ớt xanh, loại nước chấm đặc trưng của Nha Trang, đang trở thành món quà được du khách ưa chuộng. 6 tháng đầu năm 2024, các cơ sở trên địa bàn TP Nha Trang cung ứng ra thị trường khoảng 425 nghìn chai muối ớt xanh, tăng 25% so với cùng kỳ.

Cơ sở Muối ớt xanh Bảy Hương (đường 2/4, phường Vĩnh Phước) có ba chục lao động, mỗi tháng bán từ 9.000 đến 10.000 chai loại 250 ml với giá 35.000 đồng/chai. Mỗi tháng, cơ sở dùng khoảng 1,5 tấn ớt xanh và khoảng 600 kg chanh. Doanh thu 6 tháng của cơ sở ước đạt 1,8 tỷ đồng, chiếm gần 10% doanh thu toàn ngành của thành phố.

Theo Sở Công Thương Khánh Hòa, toàn tỉnh hiện có 26 cơ sở sản xuất muối ớt xanh, trong đó TP Nha Trang 19 cơ sở, TP Cam Ranh 4 cơ sở. Sản phẩm được xuất khẩu tiểu ngạch sang Nga và Trung Quốc, dự kiến cả năm đạt khoảng 30 tấn. Mục tiêu đến năm 2025, tỉnh có 3 sản phẩm muối ớt xanh đạt chuẩn OCOP 4 sao.

Bản tin Thời sự 19 giờ ngày 18/7/2024 | Biên tập: Minh Thư

Tin cùng chuyên mục:
- Nha Trang: Phát triển sản phẩm quà tặng du lịch
- Nha Trang: Khai mạc Festival Biển 2024
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
S6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
NT = "Nha Trang"

FIGS = [
    fig("hơn 400 nghìn", "400", 400e3, "count", "chai", approx="over",
        subject="muối ớt xanh Nha Trang tiêu thụ", period=H6, location=NT),
    fig("khoảng 425 nghìn", "425", 425e3, "count", "chai", approx="about",
        change=chg("increase", 25, "%", "cùng kỳ"),
        subject="muối ớt xanh các cơ sở cung ứng ra thị trường", period=S6, location=NT),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động", subject="lao động của Cơ sở Muối ớt xanh Bảy Hương",
        location=NT),
    fig("từ 9.000 đến 10.000", "9.000", 9000, "count", "chai/tháng", value_max=10000,
        subject="chai muối ớt xanh cơ sở bán mỗi tháng", location=NT),
    fig("loại 250 ml", "250", 250, "measure", "ml", subject="dung tích chai", location=NT, optional=True),
    fig("giá 35.000", "35.000", 35000, "money", "đồng/chai", subject="giá chai muối ớt xanh", location=NT),
    fig("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn/tháng", approx="about",
        subject="ớt xanh cơ sở dùng mỗi tháng", location=NT),
    fig("khoảng 600 kg", "600", 600, "measure", "kg/tháng", approx="about",
        subject="chanh cơ sở dùng mỗi tháng", location=NT),
    fig("ước đạt 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", status="estimate", percent=10,
        subject="doanh thu của cơ sở", period=H6, location=NT),
    fig("có 26 cơ sở", "26", 26, "count", "cơ sở", subject="cơ sở sản xuất muối ớt xanh"),
    fig("Nha Trang 19 cơ sở", "19", 19, "count", "cơ sở", total=26, subject="cơ sở sản xuất muối ớt xanh",
        location=NT),
    fig("Cam Ranh 4 cơ sở", "4", 4, "count", "cơ sở", total=26, subject="cơ sở sản xuất muối ớt xanh",
        location="Cam Ranh"),
    fig("khoảng 30 tấn", "30", 30, "measure", "tấn", approx="about", status="forecast",
        subject="sản phẩm muối ớt xanh xuất khẩu tiểu ngạch", period=YEAR),
    fig("có 3 sản phẩm", "3", 3, "count", "sản phẩm", status="target",
        subject="sản phẩm muối ớt xanh đạt chuẩn OCOP 4 sao", period=T25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Khánh Hòa): menu with 'Xem truyền hình trực tuyến', 'Cập nhật lúc 16:20 ngày 18/07/2024', tag '(KTV) -', programme line.",
    "Distractors: 16:20, 'đường 2/4', the name 'Bảy Hương' (bảy = seven), 'OCOP 4 sao', 'Bản tin Thời sự 19 giờ', 'Festival Biển 2024'.",
    "'nghìn' multiplies: 425 nghìn chai = 425000. 'ba chục lao động' = 30 (number words). 'chai loại 250 ml' is a pack size (optional).",
    "Nha Trang figures (headline, 6-month supply, the Bảy Hương workshop) are located in Nha Trang; province counts in Khánh Hòa;",
    "'trong đó TP Nha Trang 19 cơ sở, TP Cam Ranh 4 cơ sở' are parts of 26 (total 26), located in their cities.",
    "'Doanh thu 6 tháng' takes 2024; 'chiếm gần 10%' is its percent. 'dự kiến cả năm ... khoảng 30 tấn': forecast 2024.",
]

if __name__ == "__main__":
    write("p1293-8", TEXT, NOTES, FIGS, published="2024-07-18", location="Khánh Hòa")
