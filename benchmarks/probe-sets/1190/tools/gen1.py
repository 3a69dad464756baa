"""p1190-1: province portal (Thanh Hóa), sedge products export, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu sản phẩm cói 9 tháng ước đạt gần 52 triệu USD

Cập nhật: 07/10/2024 16:05 | Lượt xem: 1.427

9 tháng năm 2024, kim ngạch xuất khẩu sản phẩm cói và thảm đay của tỉnh ước đạt gần 52 triệu USD, tăng 11,8% so với cùng kỳ, đạt 74,3% kế hoạch năm. Trong đó, thảm cói ước đạt 23,6 triệu USD, chiếu cói 8,4 triệu USD, thảm đay 6,1 triệu USD.

Toàn tỉnh hiện có 1.120 ha cói, tập trung ở các huyện Nga Sơn, Hậu Lộc và Quảng Xương với diện tích lần lượt 870 ha, 140 ha và 65 ha. Sản lượng cói khô năm nay ước đạt khoảng 15.000 tấn. Giá cói khô hiện dao động từ 8.500 đến 10.000 đồng/kg, cao hơn khoảng 12% so với cùng kỳ năm trước.

Tại xã Nga Liên (huyện Nga Sơn), Công ty TNHH Cói mỹ nghệ Thanh Tâm (thôn 7) đang duy trì việc làm cho hơn 800 lao động, trong đó gần 90% là phụ nữ. Bình quân công ty xuất 30 container/tháng sang thị trường Mỹ, Hàn Quốc và Đức. Thu nhập của người lao động từ 4,5 đến 6 triệu đồng/người/tháng; thợ lành nghề có thể đạt 7 triệu đồng.

Theo Sở Công Thương, quý IV các doanh nghiệp dự kiến xuất khẩu thêm khoảng 18 triệu USD. Tỉnh phấn đấu cả năm 2024 kim ngạch xuất khẩu sản phẩm cói đạt 70 triệu USD và đến năm 2025 có ít nhất 5 sản phẩm cói đạt OCOP 4 sao.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NGA = "Nga Sơn"
EXP = "kim ngạch xuất khẩu sản phẩm cói và thảm đay"

FIGS = [
    F("cói 9 tháng ước đạt gần 52", "52", 52e6, "money", "USD", approx="nearly", status="estimate",
      subject="xuất khẩu sản phẩm cói", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("ước đạt gần 52 triệu USD, tăng", "52", 52e6, "money", "USD", approx="nearly", status="estimate",
      percent=74.3, change=C("increase", 11.8, "%", "cùng kỳ"), subject=EXP, period=M9),
    F("thảm cói ước đạt 23,6", "23,6", 23.6e6, "money", "USD", total=52e6, status="estimate",
      subject="kim ngạch xuất khẩu thảm cói", period=I(M9)),
    F("chiếu cói 8,4", "8,4", 8.4e6, "money", "USD", total=52e6, status="estimate",
      subject="kim ngạch xuất khẩu chiếu cói", period=I(M9)),
    F("thảm đay 6,1", "6,1", 6.1e6, "money", "USD", total=52e6, status="estimate",
      subject="kim ngạch xuất khẩu thảm đay", period=I(M9)),
    F("có 1.120 ha", "1.120", 1120, "measure", "ha", subject="diện tích cói"),
    F("lần lượt 870 ha", "870", 870, "measure", "ha", subject="diện tích cói", location="Nga Sơn"),
    F("140 ha", "140", 140, "measure", "ha", subject="diện tích cói", location="Hậu Lộc"),
    F("và 65 ha", "65", 65, "measure", "ha", subject="diện tích cói", location="Quảng Xương"),
    F("khoảng 15.000 tấn", "15.000", 15000, "measure", "tấn", approx="about", status="estimate",
      subject="sản lượng cói khô", period=P("năm nay", "2024-01-01", "2024-12-31")),
    F("từ 8.500 đến", "8.500", 8500, "money", "đồng/kg", value_max=10000,
      change=C("increase", 12, "%", "cùng kỳ năm trước", "about"), subject="giá cói khô"),
    F("hơn 800 lao động", "800", 800, "count", "lao động", approx="over",
      subject="lao động Công ty TNHH Cói mỹ nghệ Thanh Tâm", location=NGA),
    F("gần 90%", "90", 90, "percent", "%", approx="nearly",
      subject="tỷ lệ phụ nữ trong lao động của công ty", location=NGA),
    F("xuất 30 container", "30", 30, "measure", "container/tháng",
      subject="container công ty xuất sang thị trường Mỹ, Hàn Quốc và Đức", location=NGA),
    F("từ 4,5 đến 6 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=6e6,
      subject="thu nhập của người lao động", location=NGA),
    F("đạt 7 triệu", "7", 7e6, "money", "đồng", subject="thu nhập thợ lành nghề", location=NGA),
    F("khoảng 18 triệu", "18", 18e6, "money", "USD", approx="about", status="forecast",
      subject="xuất khẩu thêm của các doanh nghiệp", period=P("quý IV", "2024-10-01", "2024-12-31")),
    F("đạt 70 triệu", "70", 70e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu sản phẩm cói", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm cói đạt OCOP 4 sao", period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, headline figure with year-less '9 tháng' (year from the published date), 'Cập nhật: 07/10/2024 16:05 | Lượt xem: 1.427'.",
    "Parts after 'Trong đó' (new sentence, 'ước đạt' repeated) take the 52 triệu USD whole; district list with 'lần lượt' does not add up to 1.120 ha: no total.",
    "Company passage in xã Nga Liên → district Nga Sơn. Distractors: 'thôn 7', 'OCOP 4 sao' (a rating class), the time and the view counter.",
    "'năm nay' = 2024 (published). 'quý IV' year-less → 2024.",
]

if __name__ == "__main__":
    write("p1190-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Thanh Hóa")
