"""p1298-8: radio/TV site (LA34, Long An): a papaya processor in huyện Đức Hòa, purchases in quý I/2024."""
from lib import F, P, I, C, T, write

TEXT = """LA34 - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Nông nghiệp | Video | Bản tin 18h

Đức Hòa: Doanh nghiệp thu mua hơn 1.800 tấn đu đủ trong quý I

12/04/2024 17:45

Quý I năm 2024, Công ty CP Chế biến Nông sản Đức Hòa Xanh (xã Hựu Thạnh, huyện Đức Hòa) thu mua 1.850 tấn đu đủ nguyên liệu, tăng 24% so với quý I/2023; doanh thu ước đạt 18 tỷ đồng, vượt 12% kế hoạch.

Công ty hiện ký hợp đồng bao tiêu với 3 hợp tác xã và hơn 200 hộ dân, tổng diện tích 310 ha. Đu đủ chín được thu mua với giá 6.000 đồng/kg, cao hơn giá thị trường 500 đồng/kg; đu đủ xanh làm mứt giá 3.500 đồng/kg.

Nhà máy có công suất chế biến 20 tấn/ngày, với các sản phẩm đu đủ sấy dẻo, mứt đu đủ đạt OCOP 4 sao và nước ép đu đủ Papa 100. Sản phẩm xuất khẩu sang Nhật Bản, Hàn Quốc chiếm 65% doanh thu. Công ty tạo việc làm cho 120 lao động, thu nhập từ 7,5 đến 9 triệu đồng/người/tháng.

Bà Võ Thị Ngọc Hân, Giám đốc công ty cho biết, quý II công ty dự kiến thu mua khoảng 2.200 tấn và đầu tư thêm một dây chuyền sấy lạnh trị giá 12 tỷ đồng, nâng công suất lên gấp đôi. Dây chuyền thứ hai dự kiến vận hành từ tháng 9.

Toàn huyện Đức Hòa hiện có khoảng 450 ha đu đủ, trong đó gần 200 ha được liên kết tiêu thụ.

Video: Bản tin Nông nghiệp ngày 12/4
Tin cùng chuyên mục:
- Long An: giá thanh long tăng nhẹ
- Cần Giuộc ra mắt hợp tác xã rau an toàn
"""

Q1 = P("Quý I năm 2024", "2024-01-01", "2024-03-31")
Q1h = P("quý I", "2024-01-01", "2024-03-31")
Q2 = P("quý II", "2024-04-01", "2024-06-30")

FIGS = [
    F("hơn 1.800 tấn", "1.800", 1800, "measure", "tấn", approx="over", subject="đu đủ doanh nghiệp thu mua",
      period=Q1h),
    F("thu mua 1.850 tấn", "1.850", 1850, "measure", "tấn", change=C("increase", 24, "%", "quý I/2023"),
      subject="đu đủ nguyên liệu công ty thu mua", period=Q1),
    F("ước đạt 18 tỷ", "18", 18e9, "money", "đồng", status="estimate", change=C("increase", 12, "%", "kế hoạch"),
      subject="doanh thu", period=Q1),
    F("với 3 hợp tác xã", "3", 3, "count", "hợp tác xã", subject="hợp tác xã ký hợp đồng bao tiêu"),
    F("hơn 200 hộ", "200", 200, "count", "hộ", approx="over", subject="hộ dân ký hợp đồng bao tiêu"),
    F("diện tích 310 ha", "310", 310, "measure", "ha", subject="tổng diện tích bao tiêu"),
    F("giá 6.000 đồng/kg", "6.000", 6000, "money", "đồng/kg",
      change=C("increase", 500, "đồng/kg", "giá thị trường"), subject="giá thu mua đu đủ chín"),
    F("giá 3.500 đồng/kg", "3.500", 3500, "money", "đồng/kg", subject="giá đu đủ xanh làm mứt"),
    F("chế biến 20 tấn/ngày", "20", 20, "measure", "tấn/ngày", subject="công suất chế biến của nhà máy"),
    F("chiếm 65%", "65", 65, "percent", "%", subject="sản phẩm xuất khẩu sang Nhật Bản, Hàn Quốc trong doanh thu"),
    F("cho 120 lao động", "120", 120, "count", "lao động", subject="lao động công ty tạo việc làm"),
    F("từ 7,5 đến 9", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=9e6, subject="thu nhập lao động"),
    F("khoảng 2.200 tấn", "2.200", 2200, "measure", "tấn", approx="about", status="forecast",
      subject="đu đủ công ty thu mua", period=Q2),
    F("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
      subject="dây chuyền sấy lạnh đầu tư thêm", period=Q2),
    F("trị giá 12 tỷ", "12", 12e9, "money", "đồng", status="forecast", subject="giá trị dây chuyền sấy lạnh",
      period=Q2),
    F("gấp đôi", "đôi", 2, "multiple", "lần", status="forecast", subject="công suất", period=Q2),
    F("khoảng 450 ha", "450", 450, "measure", "ha", approx="about", subject="diện tích đu đủ toàn huyện"),
    F("gần 200 ha", "200", 200, "measure", "ha", approx="nearly", total=450,
      subject="diện tích được liên kết tiêu thụ"),
]

NOTES = [
    "Radio/TV site (LA34, Đài PT-TH Long An): menu, headline, '12/04/2024 17:45', video line, related links.",
    "Distractors: 'LA34' (the station's name), 'Bản tin 18h', 17:45, 'quý I/2023' (a baseline), 'OCOP 4 sao', product name",
    "'Papa 100', 'Dây chuyền thứ hai' (ordinal), 'từ tháng 9', 'ngày 12/4'.",
    "Location Đức Hòa (company and district figures). Nhật Bản, Hàn Quốc are trade partners.",
    "Headline 'hơn 1.800 tấn ... trong quý I' → over, period quý I 2024 (dateline year).",
    "'vượt 12% kế hoạch' is a gap to plan: change (increase 12 %, baseline kế hoạch) of 18 tỷ, status estimate ('ước đạt').",
    "'giá 6.000 đồng/kg, cao hơn giá thị trường 500 đồng/kg' → change increase 500 đồng/kg of the price.",
    "'chiếm 65% doanh thu' has its own subject (export products) and follows no amount: a percent figure.",
    "'quý II công ty dự kiến thu mua ... và đầu tư thêm ..., nâng công suất lên gấp đôi': one clause chain under 'dự kiến' →",
    "forecast, period quý II 2024 for all four; 'gấp đôi' (= 2 lần, no amount) is a multiple figure.",
    "'trong đó gần 200 ha được liên kết tiêu thụ' is a part of the 450 ha.",
]

if __name__ == "__main__":
    write("p1298-8", TEXT, NOTES, FIGS, published="2024-04-12", location="Đức Hòa")
