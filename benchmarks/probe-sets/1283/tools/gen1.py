"""p1283-1: province portal (Bến Tre): canned coconut water, 9 months 2024; a factory in huyện Châu Thành."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE
Trang chủ > Tin tức - Sự kiện > Kinh tế

Chín tháng, xuất khẩu nước dừa đóng hộp tăng gần 18%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh sản xuất khoảng 96 triệu lít nước dừa đóng hộp, tăng 15,4% so với cùng kỳ năm 2023, bằng 72% kế hoạch năm. Kim ngạch xuất khẩu nước dừa ước đạt 118,6 triệu USD, tăng 17,8% so với cùng kỳ, chiếm 11,2% tổng kim ngạch xuất khẩu của tỉnh.

Hiện toàn tỉnh có 14 doanh nghiệp chế biến nước dừa, trong đó 9 doanh nghiệp có sản phẩm xuất khẩu sang Mỹ, Hàn Quốc và Trung Quốc. Tổng công suất chế biến đạt hơn 1,2 triệu trái dừa/ngày, sử dụng khoảng 3.400 lao động. Nguồn nguyên liệu dồi dào với hơn 79 nghìn ha dừa, sản lượng khoảng 700 triệu trái mỗi năm.

Tại Khu công nghiệp Giao Long giai đoạn II, huyện Châu Thành, Công ty TNHH Nước giải khát Dừa Xanh Miền Tây đang vận hành hai dây chuyền tiệt trùng UHT, công suất 24.000 hộp/giờ. Từ đầu năm đến nay, công ty thu mua trên 38 triệu trái dừa của nông dân với giá bình quân từ 7.000 đến 8.500 đồng/trái, cao hơn khoảng 1.500 đồng so với cùng kỳ.

Quý IV, ngành công thương phấn đấu xuất khẩu thêm 45 triệu USD nước dừa, đưa kim ngạch cả năm lên trên 160 triệu USD. Doanh nghiệp gặp vướng mắc về thủ tục xuất khẩu có thể liên hệ đường dây nóng của Sở: 0275.3822.145.

Tin liên quan:
- Bến Tre chuẩn bị Lễ hội Dừa lần thứ 6 năm 2024
- Kết nối tiêu thụ sản phẩm OCOP vùng Đồng bằng sông Cửu Long
"""

HEAD = period("Chín tháng", "2024-01-01", "2024-09-30")
NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
CT = "Châu Thành"

FIGS = [
    F("tăng gần 18%", "18", 18, "percent", "%", approx="nearly",
      subject="xuất khẩu nước dừa đóng hộp", period=HEAD),
    F("khoảng 96 triệu lít", "96", 96e6, "measure", "lít", approx="about", percent=72,
      change=change("increase", 15.4, "%", "cùng kỳ năm 2023"),
      subject="nước dừa đóng hộp các doanh nghiệp sản xuất", period=NINE),
    F("ước đạt 118,6 triệu", "118,6", 118.6e6, "money", "USD", status="estimate", percent=11.2,
      change=change("increase", 17.8, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu nước dừa", period=inherit(NINE)),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp chế biến nước dừa"),
    F("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
      subject="doanh nghiệp có sản phẩm xuất khẩu"),
    F("hơn 1,2 triệu", "1,2", 1.2e6, "measure", "trái dừa/ngày", approx="over",
      subject="tổng công suất chế biến"),
    F("khoảng 3.400 lao động", "3.400", 3400, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp chế biến nước dừa sử dụng"),
    F("hơn 79 nghìn ha", "79", 79000, "measure", "ha", approx="over", subject="diện tích dừa"),
    F("khoảng 700 triệu", "700", 700e6, "measure", "trái/năm", approx="about", subject="sản lượng dừa"),
    F("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền tiệt trùng UHT công ty vận hành",
      location=CT),
    F("24.000 hộp/giờ", "24.000", 24000, "measure", "hộp/giờ", subject="công suất dây chuyền tiệt trùng",
      location=CT),
    F("trên 38 triệu", "38", 38e6, "count", "trái dừa", approx="over",
      subject="trái dừa công ty thu mua của nông dân", period=YTD, location=CT),
    F("từ 7.000 đến 8.500", "7.000", 7000, "money", "đồng/trái", value_max=8500,
      change=change("increase", 1500, "đồng", "cùng kỳ", approx="about"),
      subject="giá thu mua dừa bình quân", period=YTD, location=CT),
    F("thêm 45 triệu USD", "45", 45e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu nước dừa thêm", period=Q4),
    F("trên 160 triệu USD", "160", 160e6, "money", "USD", approx="over", status="target",
      subject="kim ngạch xuất khẩu nước dừa cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bến Tre): canned coconut water 9 months 2024. 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862'.",
    "Distractors: 09:35, Lượt xem 1.862, 'Khu công nghiệp Giao Long giai đoạn II', UHT, hotline 0275.3822.145,",
    "'Lễ hội Dừa lần thứ 6 năm 2024' in a related link. 'Chín tháng' in the headline is a period, not a figure.",
    "The headline growth rate 'tăng gần 18%' is the claim: percent, nearly, no change; year-less 'Chín tháng' takes 2024.",
    "'bằng 72% kế hoạch năm' is the share of the 96 triệu lít; 'chiếm 11,2%' the share of the 118,6 triệu USD.",
    "'trong đó 9 doanh nghiệp' → total 14. Capacities and yearly output are rates: 'trái dừa/ngày', 'trái/năm'.",
    "The factory passage (huyện Châu Thành) → location Châu Thành; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14;",
    "'cao hơn khoảng 1.500 đồng so với cùng kỳ' is a change (đồng, about) of the price range 7.000-8.500 đồng/trái.",
    "'Quý IV ... phấn đấu' governs both clauses of its sentence (target).",
]

if __name__ == "__main__":
    write("p1283-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bến Tre")
