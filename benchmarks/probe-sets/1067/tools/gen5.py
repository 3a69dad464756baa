from lib import F, P, I, C, T, write

TEXT = """
Báo Khánh Hòa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Khánh Hòa
Kinh tế
Nước mắm truyền thống Khánh Hòa vươn xa

Năm 2023, toàn tỉnh sản xuất khoảng 20,5 triệu lít nước mắm, tăng 4,1% so với năm 2022; trong đó nước mắm truyền thống chiếm gần 70%. Toàn tỉnh có 186 cơ sở chế biến nước mắm, tập trung ở thị xã Ninh Hòa, huyện Vạn Ninh và TP Nha Trang. Đến nay, tỉnh có 21 sản phẩm nước mắm đạt chuẩn OCOP, gồm 17 sản phẩm 3 sao và 4 sản phẩm 4 sao. Lượng nước mắm xuất khẩu năm 2023 đạt 1,2 triệu lít, bằng 5,9% tổng sản lượng, chủ yếu sang Nhật Bản, Mỹ và Hàn Quốc.

Tại xã Vạn Hưng (huyện Vạn Ninh), cơ sở nước mắm Hải Đăng 79 của ông Trần Văn Bảy hiện có 64 thùng gỗ, mỗi năm cho ra khoảng 90.000 lít nước mắm. Ông Bảy cho biết, mỗi thùng ủ 10 tấn cá cơm với 3,5 tấn muối; sau 12 tháng mới rút được nước cốt có độ đạm 40-45 độ. Với giá bán từ 120.000 đến 180.000 đồng/lít, mỗi năm cơ sở thu về trên 12 tỷ đồng, tạo việc làm cho 15 lao động.

Quý I/2024, các cơ sở trong tỉnh tiêu thụ hơn 5,2 triệu lít, tăng 7% so với cùng kỳ. Theo Sở Công Thương, năm 2024 tỉnh dự kiến dành 1,5 tỷ đồng hỗ trợ các cơ sở đổi mới bao bì, xây dựng nhãn hiệu tập thể. Mục tiêu đến năm 2025, tỉnh có 30 sản phẩm nước mắm đạt chuẩn OCOP.

THÙY DUNG
08/4/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", None, "2024-04-08")
VN = "Vạn Ninh"

FIGS = [
    F("khoảng 20,5 triệu lít", "20,5", 20.5e6, "measure", "lít", "nước mắm sản xuất", Y23,
      approx="about", change=C("increase", 4.1, baseline="năm 2022")),
    F("chiếm gần 70%", "70", 70, "percent", "%", "nước mắm truyền thống trong sản lượng", Y23, approx="nearly"),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở chế biến nước mắm"),
    F("có 21 sản phẩm", "21", 21, "count", "sản phẩm", "sản phẩm nước mắm đạt chuẩn OCOP", NOW),
    F("gồm 17 sản phẩm", "17", 17, "count", "sản phẩm", "sản phẩm nước mắm OCOP 3 sao", NOW, total=21),
    F("và 4 sản phẩm 4 sao", "4", 4, "count", "sản phẩm", "sản phẩm nước mắm OCOP 4 sao", NOW, total=21),
    F("đạt 1,2 triệu lít", "1,2", 1.2e6, "measure", "lít", "nước mắm xuất khẩu",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=5.9),
    F("có 64 thùng gỗ", "64", 64, "count", "thùng gỗ", "thùng gỗ của cơ sở nước mắm Hải Đăng 79", location=VN),
    F("khoảng 90.000 lít", "90.000", 90000, "measure", "lít/năm", "nước mắm cơ sở cho ra mỗi năm",
      approx="about", location=VN),
    F("ủ 10 tấn cá cơm", "10", 10, "measure", "tấn", "cá cơm ủ mỗi thùng", location=VN),
    F("với 3,5 tấn muối", "3,5", 3.5, "measure", "tấn", "muối ủ mỗi thùng", location=VN),
    F("sau 12 tháng", "12", 12, "measure", "tháng", "thời gian ủ chượp", location=VN, optional=True),
    F("độ đạm 40-45 độ", "40", 40, "measure", "độ", "độ đạm nước cốt", value_max=45, location=VN),
    F("từ 120.000 đến 180.000 đồng/lít", "120.000", 120000, "money", "đồng/lít", "giá bán nước mắm",
      value_max=180000, location=VN),
    F("trên 12 tỷ đồng", "12", 12e9, "money", "đồng", "doanh thu mỗi năm của cơ sở", approx="over", location=VN),
    F("cho 15 lao động", "15", 15, "count", "lao động", "lao động của cơ sở", location=VN),
    F("hơn 5,2 triệu lít", "5,2", 5.2e6, "measure", "lít", "nước mắm các cơ sở tiêu thụ",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="over", change=C("increase", 7, baseline="cùng kỳ")),
    F("dành 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí hỗ trợ đổi mới bao bì, xây dựng nhãn hiệu tập thể",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("có 30 sản phẩm", "30", 30, "count", "sản phẩm", "sản phẩm nước mắm đạt chuẩn OCOP",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Báo Khánh Hòa (Party paper), byline THÙY DUNG and bare date 08/4/2024 at the end. 'Đến nay' -> as-of the published date.",
    "'trong đó nước mắm truyền thống chiếm gần 70%' is the share of a part with no amount: a percent figure of its own.",
    "The Vạn Ninh producer's figures take the district (the commune Vạn Hưng lies in it). 'Hải Đăng 79', 'Trần Văn Bảy', 'Ông Bảy', OCOP stars: not figures; 'sau 12 tháng' optional.",
]

if __name__ == "__main__":
    write("p1067-5", TEXT, FIGS, NOTES, published="2024-04-08", location="Khánh Hòa")
