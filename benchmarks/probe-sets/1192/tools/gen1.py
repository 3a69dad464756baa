"""p1192-1: Kiên Giang province portal, surimi exports 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Thủy sản

Kiên Giang: Xuất khẩu surimi 9 tháng ước đạt gần 95 triệu USD

Cập nhật: 14/10/2024 16:05 | Lượt xem: 2.318

(kiengiang.gov.vn) - Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp chế biến surimi trên địa bàn tỉnh Kiên Giang ước xuất khẩu 62.400 tấn sản phẩm, đạt 76,1% kế hoạch năm, tăng 8,3% so với cùng kỳ năm 2023; kim ngạch ước đạt 94,7 triệu USD, tăng 5,6%. Riêng quý III, sản lượng xuất khẩu đạt 23.150 tấn.

Toàn tỉnh hiện có 18 nhà máy chế biến surimi với tổng công suất khoảng 120.000 tấn/năm, tập trung chủ yếu tại TP Rạch Giá (7 nhà máy), huyện Châu Thành (5 nhà máy) và huyện Kiên Lương (3 nhà máy). Các nhà máy sử dụng hơn 9.200 lao động, thu nhập bình quân từ 7 đến 8,5 triệu đồng/người/tháng.

Về thị trường, Hàn Quốc vẫn là thị trường lớn nhất, chiếm 41,2% tổng kim ngạch; tiếp đến là Thái Lan, Nhật Bản và EU với tỷ trọng lần lượt 17,5%, 12,8% và 9,4%.

Để sản xuất 1 tấn surimi cần từ 2,8 đến 3,5 tấn cá nguyên liệu như cá đổng, cá mối, cá lượng. Giá cá nguyên liệu hiện dao động 14.000-18.000 đồng/kg, tăng khoảng 2.000 đồng/kg so với đầu năm, trong khi giá surimi xuất khẩu bình quân chỉ khoảng 1.520 USD/tấn.

Theo Kế hoạch số 215/KH-UBND, năm 2024 tỉnh phấn đấu kim ngạch xuất khẩu surimi đạt 130 triệu USD. Mục tiêu đến năm 2030, toàn tỉnh có ít nhất 3 nhà máy surimi đạt chứng nhận BRC, tỷ trọng sản phẩm giá trị gia tăng như chả cá, thanh cua đạt trên 25%.
"""

HEAD = P("9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SHARE = "tỷ trọng trong tổng kim ngạch xuất khẩu surimi của thị trường"
PLANTS = "nhà máy chế biến surimi"

FIGS = [
    F("ước đạt gần 95 triệu", "95", 95e6, "money", "USD", approx="nearly", status="estimate",
      subject="xuất khẩu surimi", period=HEAD),
    F("xuất khẩu 62.400 tấn", "62.400", 62400, "measure", "tấn", status="estimate", percent=76.1,
      change=C("increase", 8.3, "%", "cùng kỳ năm 2023"),
      subject="sản phẩm surimi xuất khẩu", period=NINE),
    F("ước đạt 94,7 triệu", "94,7", 94.7e6, "money", "USD", status="estimate",
      change=C("increase", 5.6, "%"), subject="kim ngạch xuất khẩu surimi", period=NINE),
    F("đạt 23.150 tấn", "23.150", 23150, "measure", "tấn", subject="sản lượng surimi xuất khẩu", period=Q3),
    F("hiện có 18 nhà máy", "18", 18, "count", "nhà máy", subject=PLANTS),
    F("khoảng 120.000 tấn/năm", "120.000", 120000, "measure", "tấn/năm", approx="about",
      subject="tổng công suất nhà máy chế biến surimi"),
    F("Rạch Giá (7 nhà máy)", "7", 7, "count", "nhà máy", subject=PLANTS, location="Rạch Giá"),
    F("Châu Thành (5 nhà máy)", "5", 5, "count", "nhà máy", subject=PLANTS, location="Châu Thành"),
    F("Kiên Lương (3 nhà máy)", "3", 3, "count", "nhà máy", subject=PLANTS, location="Kiên Lương"),
    F("hơn 9.200 lao động", "9.200", 9200, "count", "lao động", approx="over",
      subject="lao động các nhà máy surimi"),
    F("từ 7 đến 8,5 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8.5e6,
      subject="thu nhập bình quân lao động các nhà máy surimi"),
    F("chiếm 41,2%", "41,2", 41.2, "percent", "%", subject=SHARE + " Hàn Quốc", period=I(NINE)),
    F("lần lượt 17,5%", "17,5", 17.5, "percent", "%", subject=SHARE + " Thái Lan", period=I(NINE)),
    F("17,5%, 12,8%", "12,8", 12.8, "percent", "%", subject=SHARE + " Nhật Bản", period=I(NINE)),
    F("và 9,4%", "9,4", 9.4, "percent", "%", subject=SHARE + " EU", period=I(NINE)),
    F("từ 2,8 đến 3,5 tấn", "2,8", 2.8, "measure", "tấn/tấn surimi", value_max=3.5,
      subject="cá nguyên liệu cần để sản xuất surimi"),
    F("14.000-18.000", "14.000", 14000, "money", "đồng/kg", value_max=18000,
      change=C("increase", 2000, "đồng/kg", "đầu năm", approx="about"), subject="giá cá nguyên liệu"),
    F("khoảng 1.520 USD", "1.520", 1520, "money", "USD/tấn", approx="about",
      subject="giá surimi xuất khẩu bình quân"),
    F("đạt 130 triệu", "130", 130e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu surimi", period=Y24),
    F("ít nhất 3 nhà máy", "3", 3, "count", "nhà máy", approx="at_least", status="target",
      subject="nhà máy surimi đạt chứng nhận BRC", period=T30),
    F("trên 25%", "25", 25, "percent", "%", approx="over", status="target",
      subject="tỷ trọng sản phẩm giá trị gia tăng", period=T30),
]

NOTES = [
    "Province portal (Kiên Giang): surimi exports, 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 16:05 | Lượt xem: 2.318'.",
    "Distractors: time 16:05, view counter 2.318, 'Kế hoạch số 215/KH-UBND', '1 tấn surimi' (the denominator of a rate, never a figure).",
    "District list 7+5+3 = 15 does not add up to 18 and follows 'tập trung chủ yếu tại': no total. Trade partners are not places.",
    "'kim ngạch ... tăng 5,6%' has no baseline. 'Riêng quý III' is a sub-period, no total. 'hiện' figures get no period.",
]

if __name__ == "__main__":
    write("p1192-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Kiên Giang")
