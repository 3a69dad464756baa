"""p1218-4: ministry site (Bộ Công Thương), national household-appliance industry, localisation rate and exports, 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ » Tin tức » Hoạt động của ngành » Công nghiệp

Tỷ lệ nội địa hóa quạt điện đạt khoảng 65%

08/08/2023 | Lượt xem: 1.512

Theo Cục Công nghiệp (Bộ Công Thương), cả nước hiện có khoảng 420 doanh nghiệp sản xuất, lắp ráp thiết bị điện gia dụng, trong đó 158 doanh nghiệp có vốn đầu tư nước ngoài. Phần lớn nhà máy đặt trong các khu công nghiệp ở vùng kinh tế trọng điểm phía Bắc và phía Nam.

Năm 2022, sản lượng quạt điện cả nước đạt khoảng 28,5 triệu chiếc, gấp 1,6 lần năm 2015. Các địa phương dẫn đầu là Bình Dương, Hưng Yên và Đồng Nai với lần lượt 7,2 triệu, 6,4 triệu và 5,1 triệu chiếc. Hiện tỷ lệ nội địa hóa đối với quạt điện đạt khoảng 65%, nồi cơm điện 55-60%, trong khi máy giặt, tủ lạnh mới đạt từ 30 đến 40%.

6 tháng đầu năm 2023, kim ngạch xuất khẩu nhóm hàng thiết bị điện gia dụng và linh kiện đạt 2,86 tỷ USD, giảm 4,7% so với cùng kỳ năm 2022. Các thị trường chính lần lượt là Hoa Kỳ (845 triệu USD), Nhật Bản (412 triệu USD) và EU (376 triệu USD).

Từ đầu năm, Bộ Công Thương đã tổ chức 12 hội nghị kết nối doanh nghiệp gia dụng với nhà cung ứng linh kiện, thu hút hơn 1.300 lượt doanh nghiệp tham gia. Theo Quyết định số 319/QĐ-TTg, đến năm 2030 tỷ lệ nội địa hóa nhóm sản phẩm điện gia dụng phấn đấu đạt ít nhất 70%, kim ngạch xuất khẩu đạt 10 tỷ USD.

Trụ sở: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202222
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
YTD = P("Từ đầu năm", "2023-01-01", "2023-08-08")
T30 = P("đến năm 2030", None, "2030-12-31")
PROD = "sản lượng quạt điện"
EXP = "kim ngạch xuất khẩu nhóm hàng thiết bị điện gia dụng và linh kiện"
LOC = "tỷ lệ nội địa hóa"

FIGS = [
    F("hóa quạt điện đạt khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ lệ nội địa hóa quạt điện"),
    F("khoảng 420 doanh nghiệp", "420", 420, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất, lắp ráp thiết bị điện gia dụng"),
    F("trong đó 158 doanh nghiệp", "158", 158, "count", "doanh nghiệp", total=420,
      subject="doanh nghiệp sản xuất, lắp ráp thiết bị điện gia dụng có vốn đầu tư nước ngoài"),
    F("khoảng 28,5 triệu", "28,5", 28.5e6, "count", "chiếc", approx="about",
      change=C("increase", 1.6, "lần", "năm 2015"), subject=PROD, period=Y22),
    F("lần lượt 7,2 triệu", "7,2", 7.2e6, "count", "chiếc", subject=PROD, period=I(Y22), location="Bình Dương"),
    F("6,4 triệu", "6,4", 6.4e6, "count", "chiếc", subject=PROD, period=I(Y22), location="Hưng Yên"),
    F("5,1 triệu", "5,1", 5.1e6, "count", "chiếc", subject=PROD, period=I(Y22), location="Đồng Nai"),
    F("với quạt điện đạt khoảng 65%", "65", 65, "percent", "%", approx="about", subject=LOC + " đối với quạt điện"),
    F("nồi cơm điện 55-60%", "55", 55, "percent", "%", value_max=60, subject=LOC + " nồi cơm điện"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", value_max=40, subject=LOC + " máy giặt, tủ lạnh"),
    F("đạt 2,86 tỷ USD", "2,86", 2.86e9, "money", "USD", change=C("decrease", 4.7, "%", "cùng kỳ năm 2022"),
      subject=EXP, period=H1),
    F("(845 triệu USD)", "845", 845e6, "money", "USD", subject=EXP + " sang thị trường Hoa Kỳ", period=I(H1)),
    F("(412 triệu USD)", "412", 412e6, "money", "USD", subject=EXP + " sang thị trường Nhật Bản", period=I(H1)),
    F("(376 triệu USD)", "376", 376e6, "money", "USD", subject=EXP + " sang thị trường EU", period=I(H1)),
    F("tổ chức 12 hội nghị", "12", 12, "count", "hội nghị",
      subject="hội nghị kết nối doanh nghiệp gia dụng với nhà cung ứng linh kiện", period=YTD),
    F("hơn 1.300 lượt", "1.300", 1300, "count", "lượt doanh nghiệp", approx="over",
      subject="lượt doanh nghiệp tham gia hội nghị kết nối", period=YTD),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nội địa hóa nhóm sản phẩm điện gia dụng", period=T30),
    F("đạt 10 tỷ USD", "10", 10e9, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu nhóm sản phẩm điện gia dụng", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national household-appliance industry. '08/08/2023 | Lượt xem: 1.512' (published).",
    "Location Việt Nam (national totals); the 'lần lượt' list of provinces gives each item its province as location.",
    "Export markets (Hoa Kỳ, Nhật Bản, EU) are trade partners, not places of the figure: location stays Việt Nam, market kept in subject.",
    "'gấp 1,6 lần năm 2015' after a count is its change (1,6 lần). 'Hiện' sentence: no period. 'Từ đầu năm' ends at the published date.",
    "Distractors: 1.512 (view counter), 'Quyết định số 319/QĐ-TTg', '54 Hai Bà Trưng', phone 024.22202222, 'năm 2015' (a baseline).",
    "Targets 'đến năm 2030 ... phấn đấu đạt ít nhất 70%' and '10 tỷ USD' (continuing clause) are target figures.",
]

if __name__ == "__main__":
    write("p1218-4", TEXT, NOTES, FIGS, published="2023-08-08", location="Việt Nam")
