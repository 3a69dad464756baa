"""p1512-1: province portal (Hưng Yên): exports of ironing boards and folding racks, 9 months 2024; a firm in Văn Lâm."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Hưng Yên
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu cầu là, giá phơi gấp gọn 9 tháng tăng hơn 18%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.536

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp sản xuất đồ gia dụng gấp gọn trên địa bàn tỉnh Hưng Yên xuất khẩu ước đạt 86,4 triệu USD, tăng 18,3% so với cùng kỳ năm 2023, bằng 72% kế hoạch năm. Trong đó, cầu là (bàn ủi đồ) đạt 41,2 triệu USD, giá phơi và giá treo quần áo gấp gọn 29,5 triệu USD, bàn ghế gấp 15,7 triệu USD.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất cầu là, giá phơi và đồ nội thất gấp gọn, tập trung tại huyện Văn Lâm, huyện Yên Mỹ và thị xã Mỹ Hào, sử dụng hơn 6.800 lao động.

Tại Khu công nghiệp Phố Nối A, huyện Văn Lâm, Công ty TNHH Gia dụng Minh Phát có 4 dây chuyền dập, sơn tĩnh điện và lắp ráp, công suất khoảng 150.000 sản phẩm/tháng. Từ đầu năm đến nay, công ty xuất khẩu hơn 1,2 triệu chiếc cầu là sang Hoa Kỳ, Nhật Bản và Australia, doanh thu đạt 312 tỷ đồng, tăng 24% so với cùng kỳ. Mẫu cầu là đứng MP-8 điều chỉnh được chiều cao, chịu tải tối đa 12 kg, đang chiếm khoảng 40% đơn hàng của công ty.

Quý IV, ngành công thương tỉnh phấn đấu xuất khẩu thêm 33 triệu USD, đưa kim ngạch cả năm lên khoảng 120 triệu USD. Trong tháng 10, Sở Công Thương đã hỗ trợ 3 doanh nghiệp tham gia Hội chợ Canton lần thứ 136 tại Quảng Châu (Trung Quốc).

Tin liên quan:
- Hưng Yên: Hội nghị đối thoại với doanh nghiệp quý III/2024
- Khởi công Cụm công nghiệp Tân Quang 2 tại huyện Văn Lâm
"""

H9 = P("9 tháng", "2024-01-01", "2024-09-30")
N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
OCT = P("Trong tháng 10", "2024-10-01", "2024-10-31")
VL = "Văn Lâm"

FIGS = [
    F("tăng hơn 18%", "18", 18, "percent", "%", approx="over",
      subject="xuất khẩu cầu là, giá phơi gấp gọn", period=H9),
    F("ước đạt 86,4 triệu", "86,4", 86.4e6, "money", "USD", status="estimate", percent=72,
      change=C("increase", 18.3, "%", "cùng kỳ năm 2023"),
      subject="xuất khẩu của các doanh nghiệp sản xuất đồ gia dụng gấp gọn", period=N9),
    F("đạt 41,2 triệu", "41,2", 41.2e6, "money", "USD", total=86.4e6, status="estimate",
      subject="xuất khẩu cầu là (bàn ủi đồ)", period=I(N9)),
    F("gọn 29,5 triệu", "29,5", 29.5e6, "money", "USD", total=86.4e6, status="estimate",
      subject="xuất khẩu giá phơi và giá treo quần áo gấp gọn", period=I(N9)),
    F("gấp 15,7 triệu", "15,7", 15.7e6, "money", "USD", total=86.4e6, status="estimate",
      subject="xuất khẩu bàn ghế gấp", period=I(N9)),
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất cầu là, giá phơi và đồ nội thất gấp gọn"),
    F("hơn 6.800 lao động", "6.800", 6800, "count", "lao động", approx="over",
      subject="lao động các doanh nghiệp sử dụng"),
    F("có 4 dây chuyền", "4", 4, "count", "dây chuyền",
      subject="dây chuyền dập, sơn tĩnh điện và lắp ráp của Công ty TNHH Gia dụng Minh Phát", location=VL),
    F("khoảng 150.000 sản phẩm", "150.000", 150000, "measure", "sản phẩm/tháng", approx="about",
      subject="công suất của Công ty TNHH Gia dụng Minh Phát", location=VL),
    F("hơn 1,2 triệu chiếc", "1,2", 1.2e6, "count", "chiếc", approx="over",
      subject="cầu là công ty xuất khẩu", period=YTD, location=VL),
    F("đạt 312 tỷ", "312", 312e9, "money", "đồng", change=C("increase", 24, "%", "cùng kỳ"),
      subject="doanh thu của công ty", period=YTD, location=VL),
    F("tối đa 12 kg", "12", 12, "measure", "kg", approx="at_most",
      subject="mẫu cầu là đứng MP-8 chịu tải", location=VL),
    F("khoảng 40% đơn hàng", "40", 40, "percent", "%", approx="about",
      subject="mẫu cầu là đứng MP-8 chiếm đơn hàng của công ty", location=VL),
    F("thêm 33 triệu", "33", 33e6, "money", "USD", status="target",
      subject="xuất khẩu thêm của ngành công thương tỉnh", period=Q4),
    F("khoảng 120 triệu", "120", 120e6, "money", "USD", approx="about", status="target",
      subject="kim ngạch xuất khẩu cả năm", period=YEAR),
    F("hỗ trợ 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
      subject="doanh nghiệp được hỗ trợ tham gia Hội chợ Canton", period=OCT),
]

NOTES = [
    "Province portal (Hưng Yên): exports of folding household goods, 9 months 2024; 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.536'.",
    "Distractors: 08:45, Lượt xem 1.536, 'Phố Nối A', model 'MP-8', 'lần thứ 136', 'quý III/2024' and 'Tân Quang 2' in related links.",
    "Headline growth rate 'tăng hơn 18%' is a percent figure (over), no change; year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break: total 86,4 triệu USD (41,2 + 29,5 + 15,7); they keep the whole's status estimate.",
    "The Minh Phát passage (KCN Phố Nối A, huyện Văn Lâm) is located in Văn Lâm; 'Từ đầu năm đến nay' ends at the dateline.",
    "'chịu tải tối đa 12 kg' is a product measure (at_most); 'chiếm khoảng 40% đơn hàng' follows no amount of its own: a percent figure.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'Trong tháng 10' is October 2024.",
]

if __name__ == "__main__":
    write("p1512-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
