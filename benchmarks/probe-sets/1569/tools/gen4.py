"""p1569-4: ministry site (Bộ Công Thương): national plant-milk market 2023, soybean imports, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Thị trường trong nước

Sữa thực vật: thị trường hơn 14.000 tỷ đồng, nguyên liệu vẫn phụ thuộc nhập khẩu

12/03/2024 | 15:20 | Vụ Thị trường trong nước

Theo số liệu tổng hợp của Bộ Công Thương, năm 2023, sản lượng sữa đậu nành và sữa hạt của cả nước ước đạt 1,12 tỷ lít, tăng 9,8% so với năm 2022. Giá trị thị trường sữa thực vật ước khoảng 14.500 tỷ đồng, chiếm gần 21% giá trị thị trường sữa nước.

Cả nước hiện có 38 doanh nghiệp sản xuất sữa đậu nành và sữa hạt quy mô công nghiệp, gồm 9 doanh nghiệp FDI và 29 doanh nghiệp trong nước. Dẫn đầu về sản lượng là Bình Dương (312 triệu lít), tiếp đến là Đồng Nai (309 triệu lít), Quảng Ngãi (296 triệu lít) và Hưng Yên (115 triệu lít).

Nguyên liệu chủ yếu là đậu nành nhập khẩu. Năm 2023, Việt Nam nhập khẩu khoảng 1,95 triệu tấn đậu nành, trị giá 1,23 tỷ USD, giảm 7,4% về lượng so với năm 2022, là nước nhập khẩu đậu nành lớn thứ 6 thế giới. Diện tích đậu nành trong nước chỉ còn khoảng 28.600 ha, sản lượng chưa đến 45.000 tấn, tương đương chưa tới 3% nhu cầu. Hoa Kỳ và Brazil là hai thị trường cung cấp lớn nhất, chiếm lần lượt 51% và 38% lượng đậu nành nhập khẩu.

Về tiêu dùng, mức tiêu thụ sữa thực vật bình quân đạt khoảng 11,4 lít/người/năm. Khảo sát của Bộ tại 6 thành phố lớn cho thấy 64% người tiêu dùng được hỏi đã từng sử dụng sữa hạt.

Bộ Công Thương dự báo giai đoạn 2024-2028, thị trường sữa thực vật tăng trưởng bình quân 8-10%/năm; đến năm 2030, giá trị thị trường dự kiến đạt khoảng 25.000 tỷ đồng.

Bản quyền thuộc Bộ Công Thương | Điện thoại: 024.2220.2108
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
P2428 = per("giai đoạn 2024-2028", "2024-01-01", "2028-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 14.000 tỷ", "14.000", 14000e9, "money", "đồng", approx="over", subject="thị trường sữa thực vật"),
    fig("ước đạt 1,12 tỷ", "1,12", 1.12e9, "measure", "lít", status="estimate",
        change=chg("increase", 9.8, "%", "năm 2022"),
        subject="sản lượng sữa đậu nành và sữa hạt của cả nước", period=Y23),
    fig("ước khoảng 14.500 tỷ", "14.500", 14500e9, "money", "đồng", approx="about", status="estimate",
        percent=21, subject="giá trị thị trường sữa thực vật", period=inh(Y23)),
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sữa đậu nành và sữa hạt quy mô công nghiệp"),
    fig("gồm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=38, subject="doanh nghiệp FDI"),
    fig("29 doanh nghiệp", "29", 29, "count", "doanh nghiệp", total=38, subject="doanh nghiệp trong nước"),
    fig("(312 triệu lít)", "312", 312e6, "measure", "lít", subject="sản lượng", period=inh(Y23),
        location="Bình Dương"),
    fig("(309 triệu lít)", "309", 309e6, "measure", "lít", subject="sản lượng", period=inh(Y23),
        location="Đồng Nai"),
    fig("(296 triệu lít)", "296", 296e6, "measure", "lít", subject="sản lượng", period=inh(Y23),
        location="Quảng Ngãi"),
    fig("(115 triệu lít)", "115", 115e6, "measure", "lít", subject="sản lượng", period=inh(Y23),
        location="Hưng Yên"),
    fig("khoảng 1,95 triệu", "1,95", 1.95e6, "measure", "tấn", approx="about",
        change=chg("decrease", 7.4, "%", "năm 2022"), subject="đậu nành nhập khẩu", period=Y23b),
    fig("trị giá 1,23 tỷ", "1,23", 1.23e9, "money", "USD", subject="trị giá đậu nành nhập khẩu", period=Y23b),
    fig("lớn thứ 6", "6", 6, "rank", "hạng", subject="nước nhập khẩu đậu nành", period=Y23b),
    fig("khoảng 28.600 ha", "28.600", 28600, "measure", "ha", approx="about",
        subject="diện tích đậu nành trong nước"),
    fig("chưa đến 45.000 tấn", "45.000", 45000, "measure", "tấn", approx="under", percent=3,
        subject="sản lượng đậu nành trong nước"),
    fig("hai thị trường", "hai", 2, "count", "thị trường", subject="thị trường cung cấp đậu nành lớn nhất",
        optional=True),
    fig("lần lượt 51%", "51", 51, "percent", "%", subject="lượng đậu nành nhập khẩu từ Hoa Kỳ"),
    fig("và 38%", "38", 38, "percent", "%", subject="lượng đậu nành nhập khẩu từ Brazil"),
    fig("khoảng 11,4 lít", "11,4", 11.4, "measure", "lít/người/năm", approx="about",
        subject="mức tiêu thụ sữa thực vật bình quân"),
    fig("tại 6 thành phố", "6", 6, "count", "thành phố", subject="thành phố lớn được Bộ khảo sát"),
    fig("cho thấy 64%", "64", 64, "percent", "%",
        subject="người tiêu dùng được hỏi đã từng sử dụng sữa hạt"),
    fig("bình quân 8-10%", "8", 8, "percent", "%", value_max=10, status="forecast",
        subject="tăng trưởng bình quân thị trường sữa thực vật", period=P2428),
    fig("khoảng 25.000 tỷ", "25.000", 25000e9, "money", "đồng", approx="about", status="forecast",
        subject="giá trị thị trường sữa thực vật", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '12/03/2024 | 15:20 | Vụ Thị trường trong nước' (published), footer with phone.",
    "National figures: location Việt Nam; the 'Dẫn đầu ... tiếp đến là' list items take their province as location, subject 'sản lượng' (the list's indicator).",
    "Trade partners Hoa Kỳ, Brazil are not places of a figure (location stays Việt Nam); 'hai thị trường' only names them (optional, as '2 trung tâm kinh tế' in shared gold h27).",
    "Distractors: 15:20, 'giai đoạn 2024-2028' (period), baselines 'năm 2022', phone 024.2220.2108.",
    "'khoảng 1,95 triệu tấn đậu nành, trị giá 1,23 tỷ USD, giảm 7,4% về lượng': the change belongs to the volume ('về lượng'), across the value clause.",
    "'chưa đến 45.000 tấn, tương đương chưa tới 3% nhu cầu' → percent attribute 3 (after 'tương đương').",
    "'gần 21%' after 'chiếm' → percent attribute of 14.500 tỷ. 'lớn thứ 6 thế giới' → rank 6, location Việt Nam.",
    "'dự báo giai đoạn 2024-2028 ... 8-10%/năm' → forecast percent range; 'dự kiến đạt khoảng 25.000 tỷ' → forecast, period to 2030.",
    "Headline 'hơn 14.000 tỷ đồng' is a figure of its own (no status cue in the headline).",
]

if __name__ == "__main__":
    write("p1569-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Việt Nam")
