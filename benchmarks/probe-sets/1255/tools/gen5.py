"""p1255-5: provincial newspaper (Báo Cà Mau, tag (CMO)): ice prices rise in Trần Văn Thời, costs for fishers."""
from lib import fig, per, chg, write

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Kinh tế | Nông nghiệp | Thủy sản | Xã hội

Giá nước đá tăng, ngư dân thêm gánh nặng

Thứ Ba, 18/06/2024 | 10:32

Chi phí sản xuất tăng, nhiều nhà máy nước đá ở huyện Trần Văn Thời đồng loạt điều chỉnh giá bán tăng 10-15%, khiến chi phí mỗi chuyến biển của ngư dân tăng thêm từ 2 đến 3 triệu đồng.

(CMO) Theo khảo sát, giá nước đá cây (loại 50 kg/cây) tại các nhà máy ở thị trấn Sông Đốc (huyện Trần Văn Thời) hiện dao động 28.000-30.000 đồng/cây, tăng khoảng 3.000 đồng/cây so với đầu năm; đá xay giao tận tàu có giá 650.000 đồng/tấn.

Ông Lê Văn Tài, chủ cơ sở nước đá Tài Phát, cho biết cơ sở có 3 hầm đá với công suất 60 tấn/ngày, nhưng tiền điện chiếm khoảng 40% giá thành. "Từ tháng 5, tiền điện mỗi tháng của cơ sở tăng thêm hơn 15 triệu đồng, buộc phải điều chỉnh giá", ông Tài nói.

Toàn huyện Trần Văn Thời hiện có gần ba chục cơ sở sản xuất nước đá, phục vụ hơn 1.200 tàu cá. Theo Sở Công Thương, năm 2023 toàn tỉnh sản xuất khoảng 1,2 triệu tấn nước đá, trong đó hơn 70% phục vụ khai thác, bảo quản thủy sản.

Ngành chức năng khuyến cáo các cơ sở đầu tư điện mặt trời áp mái để giảm chi phí; dự kiến năm nay toàn tỉnh có khoảng 10 cơ sở lắp đặt với tổng công suất 1,5 MWp.

HOÀNG VŨ
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
TVT = "Trần Văn Thời"

FIGS = [
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá bán nước đá", location=TVT),
    fig("từ 2 đến 3 triệu", "2", 2e6, "money", "đồng", value_max=3e6,
        subject="chi phí mỗi chuyến biển của ngư dân tăng thêm", location=TVT),
    fig("loại 50 kg", "50", 50, "measure", "kg/cây", optional=True, location=TVT),
    fig("dao động 28.000-30.000", "28.000", 28000, "money", "đồng/cây", value_max=30000,
        change=chg("increase", 3000, "đồng/cây", "đầu năm", approx="about"),
        subject="giá nước đá cây", location=TVT),
    fig("giá 650.000", "650.000", 650000, "money", "đồng/tấn", subject="giá đá xay giao tận tàu",
        location=TVT),
    fig("có 3 hầm", "3", 3, "count", "hầm", subject="hầm đá của cơ sở nước đá Tài Phát", location=TVT),
    fig("công suất 60 tấn", "60", 60, "measure", "tấn/ngày", subject="công suất cơ sở nước đá Tài Phát",
        location=TVT),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="tiền điện trong giá thành",
        location=TVT),
    fig("hơn 15 triệu", "15", 15e6, "money", "đồng/tháng", approx="over",
        subject="tiền điện mỗi tháng của cơ sở tăng thêm", location=TVT),
    fig("gần ba chục", "ba chục", 30, "count", "cơ sở", approx="nearly",
        subject="cơ sở sản xuất nước đá", location=TVT),
    fig("hơn 1.200 tàu", "1.200", 1200, "count", "tàu cá", approx="over",
        subject="tàu cá được phục vụ", location=TVT),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "tấn", approx="about",
        subject="nước đá toàn tỉnh sản xuất", period=Y23),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="nước đá phục vụ khai thác, bảo quản thủy sản", period=Y23),
    fig("khoảng 10 cơ sở", "10", 10, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở lắp đặt điện mặt trời áp mái", period=NOW),
    fig("1,5 MWp", "1,5", 1.5, "measure", "MWp", status="forecast",
        subject="tổng công suất điện mặt trời áp mái lắp đặt", period=NOW),
]

NOTES = [
    "Provincial newspaper (Báo Cà Mau): section menu, headline, 'Thứ Ba, 18/06/2024 | 10:32', sapo, tag '(CMO)', quote, byline HOÀNG VŨ.",
    "The ice plants are in huyện Trần Văn Thời (thị trấn Sông Đốc is below district level): location Trần Văn Thời for the sapo,",
    "price and Tài Phát figures; the provincial output (Sở Công Thương, 'toàn tỉnh') and the solar forecast ('toàn tỉnh') are Cà Mau.",
    "'tăng 10-15%' with no base amount: a percent range figure. 'tăng thêm từ 2 đến 3 triệu đồng' is the increase as the claim: money range.",
    "'tăng khoảng 3.000 đồng/cây so với đầu năm' is the change of the price range. 'tiền điện chiếm khoảng 40% giá thành' has its own",
    "subject (not a share of the 60 tấn/ngày): a percent figure. 'trong đó hơn 70%' is a percent figure of its own.",
    "'loại 50 kg/cây' names the block size: optional. 'Từ tháng 5' only says since when: no period given. 'năm nay' = 2024.",
    "'gần ba chục' = nearly 30 (number words).",
]

if __name__ == "__main__":
    write("p1255-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Cà Mau")
