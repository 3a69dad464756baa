"""p500-6: national press (VnExpress style) — TP HCM: bán lẻ, IIP, xuất khẩu, GRDP nửa đầu năm 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Kinh doanh › Vĩ mô
Thứ bảy, 29/6/2024, 14:20 (GMT+7)

Doanh thu bán lẻ ở TP HCM 6 tháng vượt 700.000 tỷ đồng

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của TP HCM nửa đầu năm ước đạt 704.320 tỷ đồng, tăng 9,3% so với cùng kỳ năm ngoái.

Theo Cục Thống kê TP HCM, trong đó doanh thu bán lẻ hàng hóa đạt 271.870 tỷ đồng, chiếm 38,6%; doanh thu lưu trú, ăn uống 62.110 tỷ đồng, tăng 12,1%; du lịch lữ hành 18.540 tỷ đồng, tăng gần 31%; doanh thu dịch vụ khác 351.800 tỷ đồng. Sức mua tăng mạnh tại các trung tâm thương mại trên đường Nguyễn Huệ (quận 1) và đường 3 Tháng 2 (quận 10).

Chỉ số sản xuất công nghiệp (IIP) của thành phố 6 tháng tăng 6,5%, trong đó tháng 6 tăng 8,1% so với cùng kỳ. Bốn ngành công nghiệp trọng điểm gồm cơ khí, điện tử, hóa chất và chế biến lương thực thực phẩm tăng 7,4%, chiếm 40,2% giá trị toàn ngành.

Kim ngạch xuất khẩu 6 tháng đạt 22,9 tỷ USD, tăng 4,1%. Thu ngân sách trên địa bàn ước đạt 253.000 tỷ đồng, bằng 51,5% dự toán. Chỉ số giá tiêu dùng (CPI) tháng 6 tăng 0,32% so với tháng trước. Thành phố có thêm 21.480 doanh nghiệp thành lập mới với vốn đăng ký hơn 142.000 tỷ đồng.

Theo ông Nguyễn Thanh Hải, Phó cục trưởng Cục Thống kê TP HCM, GRDP quý II ước tăng 6,95%. Quý I, con số này là 5,67%. "Để đạt mục tiêu tăng trưởng 7,5% năm nay, 6 tháng cuối năm thành phố cần tăng khoảng 8,5%", ông Hải nói.

Thi Hà
"""

H1 = P("6 tháng", "2024-01-01", "2024-06-30")
H1n = P("nửa đầu năm", "2024-01-01", "2024-06-30")
H1i = I("nửa đầu năm", "2024-01-01", "2024-06-30")
TOT = 704320000000000

FIGS = [
    F("vượt 700.000 tỷ đồng", "700.000", 700000000000000, "money", "đồng",
      "doanh thu bán lẻ", H1, approx="over"),
    F("ước đạt 704.320 tỷ đồng", "704.320", TOT, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", H1n,
      change=CH("increase", 9.3, baseline="cùng kỳ năm ngoái"), status="estimate"),
    F("đạt 271.870 tỷ đồng", "271.870", 271870000000000, "money", "đồng",
      "doanh thu bán lẻ hàng hóa", H1i, total=TOT, percent=38.6, status="estimate"),
    F("uống 62.110 tỷ đồng", "62.110", 62110000000000, "money", "đồng",
      "doanh thu lưu trú, ăn uống", H1i, total=TOT, change=CH("increase", 12.1), status="estimate"),
    F("hành 18.540 tỷ đồng", "18.540", 18540000000000, "money", "đồng",
      "du lịch lữ hành", H1i, total=TOT, change=CH("increase", 31, approx="nearly"), status="estimate"),
    F("khác 351.800 tỷ đồng", "351.800", 351800000000000, "money", "đồng",
      "doanh thu dịch vụ khác", H1i, total=TOT, status="estimate"),
    F("6 tháng tăng 6,5%", "6,5", 6.5, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP)", H1),
    F("tháng 6 tăng 8,1%", "8,1", 8.1, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 6 so với cùng kỳ", P("tháng 6", "2024-06-01", "2024-06-30")),
    F("Bốn ngành", "Bốn", 4, "count", "ngành",
      "ngành công nghiệp trọng điểm", optional=True),
    F("tăng 7,4%", "7,4", 7.4, "percent", "%",
      "bốn ngành công nghiệp trọng điểm"),
    F("chiếm 40,2%", "40,2", 40.2, "percent", "%",
      "tỷ trọng bốn ngành công nghiệp trọng điểm trong giá trị toàn ngành"),
    F("đạt 22,9 tỷ USD", "22,9", 22900000000, "money", "USD",
      "kim ngạch xuất khẩu", H1, change=CH("increase", 4.1)),
    F("ước đạt 253.000 tỷ đồng", "253.000", 253000000000000, "money", "đồng",
      "thu ngân sách trên địa bàn", percent=51.5, status="estimate"),
    F("tăng 0,32%", "0,32", 0.32, "percent", "%",
      "chỉ số giá tiêu dùng (CPI) tháng 6 so với tháng trước", P("tháng 6", "2024-06-01", "2024-06-30")),
    F("thêm 21.480 doanh nghiệp", "21.480", 21480, "count", "doanh nghiệp",
      "doanh nghiệp thành lập mới"),
    F("hơn 142.000 tỷ đồng", "142.000", 142000000000000, "money", "đồng",
      "vốn đăng ký của doanh nghiệp thành lập mới", approx="over"),
    F("ước tăng 6,95%", "6,95", 6.95, "percent", "%",
      "GRDP quý II", P("quý II", "2024-04-01", "2024-06-30"), status="estimate"),
    F("là 5,67%", "5,67", 5.67, "percent", "%",
      "GRDP quý I", P("Quý I", "2024-01-01", "2024-03-31")),
    F("tăng trưởng 7,5%", "7,5", 7.5, "percent", "%",
      "mục tiêu tăng trưởng", P("năm nay", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 8,5%", "8,5", 8.5, "percent", "%",
      "tăng trưởng 6 tháng cuối năm", P("6 tháng cuối năm", "2024-07-01", "2024-12-31"),
      approx="about", status="target"),
]

COMMENTS = [
    "National press, VnExpress style: 'Thứ bảy, 29/6/2024, 14:20 (GMT+7)' (published), byline 'Thi Hà' at the end. City: TP Hồ Chí Minh ('TP HCM').",
    "Not figures: '(GMT+7)', 'quận 1', 'quận 10', 'đường 3 Tháng 2', the time of day. 'nửa đầu năm' = first half of 2024 (year from the dateline).",
    "Headline 'vượt 700.000 tỷ đồng' is a money figure (over). The four parts after 'trong đó' add up to 704.320 tỷ (total) and continue 'ước'.",
    "'đạt 271.870 tỷ đồng, chiếm 38,6%' → percent attribute. 'tăng gần 31%' → change with approx nearly.",
    "'Bốn ngành công nghiệp trọng điểm gồm …' names a group: the 4 is optional. Its growth 7,4% is a percent; 'chiếm 40,2%' after a percent is",
    "a figure of its own. 'Quý I, con số này là 5,67%' is last quarter's growth, actual. In the quote, 'mục tiêu tăng trưởng 7,5% năm nay' and",
    "'cần tăng khoảng 8,5%' (to reach the target) are targets; '6 tháng cuối năm' = 2024-07-01..2024-12-31.",
]

if __name__ == "__main__":
    emit("p500-6", TEXT, COMMENTS, FIGS, published="2024-06-29", location="TP Hồ Chí Minh")
