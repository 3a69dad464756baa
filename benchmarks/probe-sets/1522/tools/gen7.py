"""p1522-7: news agency (TTXVN): national exports of upholstered seats, 10 months 2024."""
from lib import F, P, inh, C, T, write

TEXT = """18/11/2024 10:32

Xuất khẩu ghế bọc nệm 10 tháng đạt gần 2,4 tỷ USD

Hà Nội, 18/11 (TTXVN) - Theo số liệu của Tổng cục Hải quan, 10 tháng năm 2024, kim ngạch xuất khẩu ghế ngồi có khung bọc nệm (sofa, ghế thư giãn, ghế ăn bọc nệm) của Việt Nam đạt gần 2,4 tỷ USD, tăng 19,6% so với cùng kỳ năm 2023, chiếm khoảng 17% tổng kim ngạch xuất khẩu gỗ và sản phẩm gỗ.

Trong đó, Hoa Kỳ là thị trường lớn nhất với 1,52 tỷ USD, chiếm 63,3%; tiếp đến là Nhật Bản 168 triệu USD, Anh 121 triệu USD, Canada 97 triệu USD và Hàn Quốc 64 triệu USD.

Doanh nghiệp FDI đóng góp khoảng 70% kim ngạch. Bình Dương, Đồng Nai và TP Hồ Chí Minh là ba địa phương dẫn đầu, với kim ngạch lần lượt đạt 905 triệu USD, 540 triệu USD và 287 triệu USD.

Riêng tháng 10/2024, kim ngạch xuất khẩu mặt hàng này đạt 265 triệu USD, tăng 4,2% so với tháng trước.

Hiệp hội Gỗ và Lâm sản Việt Nam dự báo đơn hàng quý IV tăng 15-20% so với quý III nhờ mùa mua sắm cuối năm. Dự kiến cả năm 2024, xuất khẩu ghế bọc nệm đạt khoảng 2,9 tỷ USD, tăng trên 20% so với năm 2023.

Tuy nhiên, chi phí vận tải biển tuyến châu Á - Bờ Tây Hoa Kỳ đã lên mức 5.000-6.000 USD/container 40 feet, gấp 2,5 lần đầu năm, khiến biên lợi nhuận của nhiều doanh nghiệp giảm 3-5 điểm phần trăm.

Nguồn: TTXVN
"""

H10 = P("10 tháng", "2024-01-01", "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
TOT = 2.4e9
KN = "kim ngạch xuất khẩu ghế ngồi có khung bọc nệm"

FIGS = [
    F("tháng đạt gần 2,4 tỷ", "2,4", 2.4e9, "money", "USD", approx="nearly", subject="xuất khẩu ghế bọc nệm",
      period=H10),
    F("Nam đạt gần 2,4 tỷ", "2,4", 2.4e9, "money", "USD", approx="nearly", percent=17,
      change=C("increase", 19.6, "%", "cùng kỳ năm 2023"), subject=KN, period=M10),
    F("với 1,52 tỷ", "1,52", 1.52e9, "money", "USD", total=TOT, percent=63.3,
      subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ", period=inh(M10)),
    F("Nhật Bản 168 triệu", "168", 168e6, "money", "USD", total=TOT, subject="kim ngạch xuất khẩu sang Nhật Bản",
      period=inh(M10)),
    F("Anh 121 triệu", "121", 121e6, "money", "USD", total=TOT, subject="kim ngạch xuất khẩu sang Anh",
      period=inh(M10)),
    F("Canada 97 triệu", "97", 97e6, "money", "USD", total=TOT, subject="kim ngạch xuất khẩu sang Canada",
      period=inh(M10)),
    F("Hàn Quốc 64 triệu", "64", 64e6, "money", "USD", total=TOT, subject="kim ngạch xuất khẩu sang Hàn Quốc",
      period=inh(M10)),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="doanh nghiệp FDI đóng góp kim ngạch",
      period=inh(M10)),
    F("là ba địa phương", "ba", 3, "count", "địa phương", optional=True),
    F("đạt 905 triệu", "905", 905e6, "money", "USD", subject=KN, period=inh(M10), location="Bình Dương"),
    F("USD, 540 triệu", "540", 540e6, "money", "USD", subject=KN, period=inh(M10), location="Đồng Nai"),
    F("và 287 triệu", "287", 287e6, "money", "USD", subject=KN, period=inh(M10), location="TP Hồ Chí Minh"),
    F("đạt 265 triệu", "265", 265e6, "money", "USD", change=C("increase", 4.2, "%", "tháng trước"),
      subject="kim ngạch xuất khẩu ghế bọc nệm", period=P("tháng 10/2024", "2024-10-01", "2024-10-31")),
    F("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast", subject="đơn hàng quý IV",
      period=Q4),
    F("khoảng 2,9 tỷ", "2,9", 2.9e9, "money", "USD", approx="about", status="forecast",
      change=C("increase", 20, "%", "năm 2023", approx="over"), subject="xuất khẩu ghế bọc nệm", period=Y24),
    F("mức 5.000-6.000", "5.000", 5000, "money", "USD/container", value_max=6000,
      change=C("increase", 2.5, "lần", "đầu năm"),
      subject="chi phí vận tải biển tuyến châu Á - Bờ Tây Hoa Kỳ"),
    F("container 40 feet", "40", 40, "measure", "feet", optional=True),
    F("giảm 3-5 điểm", "3", 3, "measure", "điểm phần trăm", value_max=5,
      subject="biên lợi nhuận của nhiều doanh nghiệp"),
]

NOTES = [
    "News agency (TTXVN): timestamp '18/11/2024 10:32' above the headline, dateline 'Hà Nội, 18/11 (TTXVN) -', 'Nguồn: TTXVN'.",
    "National figures: location Việt Nam; Hoa Kỳ, Nhật Bản, Anh, Canada, Hàn Quốc are markets (subject, not location);",
    "Bình Dương, Đồng Nai, TP Hồ Chí Minh in the 'lần lượt' list are places -> location, subject = the list's indicator.",
    "'Trong đó, Hoa Kỳ ... 1,52 tỷ USD, chiếm 63,3%; tiếp đến là Nhật Bản ...' : all five markets are parts after 'Trong đó' -> total",
    "2,4 tỷ USD (the list continues the same 'Trong đó' sentence). Periods of paragraphs 2-3 come from '10 tháng năm 2024' (inherited).",
    "Optional: 'ba địa phương' (counts the list that follows), 'container 40 feet' (a container size).",
    "'dự báo đơn hàng quý IV tăng 15-20%' -> forecast percent figure, range. 'Dự kiến cả năm 2024 ... khoảng 2,9 tỷ USD, tăng trên 20%'",
    "-> forecast, change with approx over. 'gấp 2,5 lần đầu năm' -> change x2,5 of the freight rate.",
    "'giảm 3-5 điểm phần trăm' is the claim itself: measure in 'điểm phần trăm', range, no change object.",
    "'Riêng tháng 10/2024 ... 265 triệu USD, tăng 4,2% so với tháng trước' -> money with change; 'Riêng' is no total cue.",
    "Distractors: the timestamp, '18/11' in the dateline, 'quý III' as a baseline.",
]

if __name__ == "__main__":
    write("p1522-7", TEXT, NOTES, FIGS, published="2024-11-18", location="Việt Nam")
