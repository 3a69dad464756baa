#!/usr/bin/env python3
"""p716-6: national press (VnExpress style) — scrap steel imports Q1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 15/4/2024, 07:15 (GMT+7)

Nhập khẩu sắt thép phế liệu quý I tăng gần 40%

Việt Nam chi hơn 630 triệu USD nhập khẩu sắt thép phế liệu trong quý I, khi các nhà máy luyện thép lò điện tăng công suất.

Theo số liệu của Tổng cục Hải quan, quý I/2024, cả nước nhập khẩu 1,64 triệu tấn sắt thép phế liệu, trị giá 634,5 triệu USD, tăng 39,6% về lượng và 27,8% về trị giá so với cùng kỳ năm 2023. Giá nhập khẩu bình quân đạt 387 USD/tấn, giảm 8,5%.

Nhật Bản vẫn là thị trường cung cấp lớn nhất với 612.000 tấn, chiếm 37,3% tổng lượng nhập khẩu; tiếp đến là Mỹ 298.000 tấn, Australia 187.000 tấn và Hong Kong (Trung Quốc) 95.000 tấn.

Ngoài nguồn nhập khẩu, lượng thép phế thu gom trong nước ước khoảng 6 triệu tấn/năm, chủ yếu qua mạng lưới hơn 5.000 cơ sở thu mua phế liệu và người thu gom đồng nát. Theo Hiệp hội Thép Việt Nam (VSA), thép phế chiếm khoảng 20-25% nguyên liệu đầu vào của ngành thép; giá thép phế loại 1 trong nước hiện dao động 8.200-8.900 đồng/kg, thấp hơn cùng kỳ năm ngoái khoảng 600 đồng/kg.

Ông Nguyễn Văn Sưa, Phó chủ tịch VSA, cho biết ba doanh nghiệp lớn nhất ngành đã đầu tư thêm lò điện hồ quang với tổng công suất khoảng 2,5 triệu tấn phôi/năm. VSA dự báo nhu cầu nhập khẩu thép phế cả năm 2024 khoảng 6,5 triệu tấn, tăng 15% so với năm 2023.

Tuy vậy, các doanh nghiệp cho rằng thủ tục kiểm tra phế liệu nhập khẩu theo QCVN 31:2018/BTNMT vẫn kéo dài, mỗi lô hàng mất từ 7 đến 10 ngày.

Phương Linh
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("gần 40%", "40", 40, "percent", "%", approx="nearly", subject="nhập khẩu sắt thép phế liệu",
      period=P("quý I", "2024-01-01", "2024-03-31")),
    F("hơn 630 triệu USD", "630", 630_000_000, "money", "USD", approx="over",
      subject="nhập khẩu sắt thép phế liệu", period=P("quý I", "2024-01-01", "2024-03-31")),
    F("1,64 triệu tấn", "1,64", 1_640_000, "measure", "tấn",
      change=CH("increase", 39.6, baseline="cùng kỳ năm 2023"),
      subject="sắt thép phế liệu nhập khẩu", period=Q1),
    F("634,5 triệu USD", "634,5", 634_500_000, "money", "USD",
      change=CH("increase", 27.8, baseline="cùng kỳ năm 2023"),
      subject="trị giá sắt thép phế liệu nhập khẩu", period=Q1),
    F("387 USD/tấn", "387", 387, "money", "USD/tấn", change=CH("decrease", 8.5),
      subject="giá nhập khẩu bình quân", period=I(Q1)),
    F("với 612.000 tấn", "612.000", 612000, "measure", "tấn", percent=37.3,
      subject="sắt thép phế liệu nhập khẩu từ Nhật Bản", period=I(Q1)),
    F("Mỹ 298.000 tấn", "298.000", 298000, "measure", "tấn",
      subject="sắt thép phế liệu nhập khẩu từ Mỹ", period=I(Q1)),
    F("Australia 187.000 tấn", "187.000", 187000, "measure", "tấn",
      subject="sắt thép phế liệu nhập khẩu từ Australia", period=I(Q1)),
    F("Quốc) 95.000 tấn", "95.000", 95000, "measure", "tấn",
      subject="sắt thép phế liệu nhập khẩu từ Hong Kong (Trung Quốc)", period=I(Q1)),
    F("khoảng 6 triệu tấn/năm", "6", 6_000_000, "measure", "tấn/năm", approx="about", status="estimate",
      subject="lượng thép phế thu gom trong nước"),
    F("hơn 5.000 cơ sở", "5.000", 5000, "count", "cơ sở", approx="over", status="estimate",
      subject="cơ sở thu mua phế liệu"),
    F("khoảng 20-25%", "20", 20, "percent", "%", value_max=25, approx="about",
      subject="thép phế trong nguyên liệu đầu vào của ngành thép"),
    F("8.200-8.900 đồng/kg", "8.200", 8200, "money", "đồng/kg", value_max=8900,
      change=CH("decrease", 600, unit="đồng/kg", approx="about", baseline="cùng kỳ năm ngoái"),
      subject="giá thép phế loại 1 trong nước"),
    F("ba doanh nghiệp", "ba", 3, "count", "doanh nghiệp", subject="doanh nghiệp lớn nhất ngành đầu tư thêm lò điện hồ quang",
      optional=True),
    F("khoảng 2,5 triệu tấn phôi/năm", "2,5", 2_500_000, "measure", "tấn phôi/năm", approx="about",
      subject="tổng công suất lò điện hồ quang đầu tư thêm"),
    F("khoảng 6,5 triệu tấn", "6,5", 6_500_000, "measure", "tấn", approx="about", status="forecast",
      change=CH("increase", 15, baseline="năm 2023"),
      subject="nhu cầu nhập khẩu thép phế", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 7 đến 10 ngày", "7", 7, "measure", "ngày", value_max=10,
      subject="thời gian kiểm tra mỗi lô hàng phế liệu nhập khẩu"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 15/4/2024, 07:15 (GMT+7)': nhập khẩu sắt thép phế liệu quý I/2024, nguồn cung, thép phế trong nước, dự báo 2024.",
    "Headline 'tăng gần 40%' is a growth rate as the claim (percent, no change); year-less 'quý I' takes 2024 from the dateline.",
    "'tăng 39,6% về lượng và 27,8% về trị giá' distributes: 39,6% is the change of 1,64 triệu tấn, 27,8% that of 634,5 triệu USD.",
    "Supplier countries are trading partners, not places (location Việt Nam); subject = list indicator + partner. 'chiếm 37,3%' → percent of 612.000.",
    "'Ngoài nguồn nhập khẩu' is no approx cue. 'ước khoảng 6 triệu tấn/năm' → estimate + about. 'thấp hơn cùng kỳ … khoảng 600 đồng/kg' is",
    "the change of the price range. 'thép phế loại 1', 'QCVN 31:2018/BTNMT', '(GMT+7)' are not figures; 'ba doanh nghiệp lớn nhất' optional",
    "(a top-N group). '7 đến 10 ngày' per lot is a measured duration (a figure), not a period.",
    "revised: 'hơn 5.000 cơ sở' status actual → estimate: it stands in a verbless phrase continuing the 'ước khoảng 6 triệu tấn/năm' clause,",
    "and FIGURES.md lets a cue govern the clauses that continue it.",
]

if __name__ == "__main__":
    emit("p716-6", TEXT, COMMENTS, FIGS, published="2024-04-15", location="Việt Nam")
