"""p912-1: province portal (Bắc Ninh), detergent output H1/2024."""
from lib import F, P, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Công nghiệp
Sản xuất chất tẩy rửa 6 tháng tăng 12,4%
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Công Thương tỉnh Bắc Ninh, 6 tháng đầu năm 2024, sản lượng bột giặt và các chế phẩm dùng để tẩy, rửa trên địa bàn tỉnh ước đạt 186.500 tấn, tăng 12,4% so với cùng kỳ năm 2023, đạt 51,1% kế hoạch năm. Trong đó, bột giặt đạt 118.300 tấn, nước giặt 41.700 tấn, nước rửa chén và nước lau sàn 26.500 tấn.

Giá trị sản xuất của nhóm ngành hóa mỹ phẩm gia dụng ước đạt 7.845 tỷ đồng, chiếm khoảng 3,1% giá trị sản xuất công nghiệp toàn tỉnh. Xuất khẩu chất tẩy rửa 6 tháng đạt 96,4 triệu USD, gấp 1,6 lần cùng kỳ; thị trường chính là Campuchia, Lào, Philippines và Hàn Quốc.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất xà phòng, chất tẩy rửa, tập trung tại các khu công nghiệp VSIP Bắc Ninh, Quế Võ II và Yên Phong, thu hút hơn 6.200 lao động với thu nhập bình quân 9,8 triệu đồng/người/tháng. Nhà máy lớn nhất, nằm cạnh Quốc lộ 18, có công suất 240.000 tấn/năm.

Theo ông Nguyễn Văn Ba, Phó Giám đốc Sở Công Thương, khó khăn lớn nhất là nguyên liệu chất hoạt động bề mặt (LAS) phụ thuộc nhập khẩu tới 85%; giá LAS quý II/2024 bình quân 1.380 USD/tấn, giảm 6% so với quý I.

Năm 2024, tỉnh phấn đấu sản lượng chất tẩy rửa đạt 365.000 tấn, tăng khoảng 8% so với năm 2023; đến năm 2025, tỷ lệ nội địa hóa nguyên liệu đạt trên 40%. Các doanh nghiệp được hướng dẫn thực hiện Nghị định số 113/2017/NĐ-CP về quản lý hóa chất và tham gia Chương trình khuyến công năm 2024.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
FIGS = [
    F("6 tháng tăng 12,4%", "12,4", 12.4, "percent", "%", "sản xuất chất tẩy rửa",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("ước đạt 186.500 tấn", "186.500", 186500, "measure", "tấn",
      "sản lượng bột giặt và các chế phẩm dùng để tẩy, rửa", H1,
      percent=51.1, change=C("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("bột giặt đạt 118.300 tấn", "118.300", 118300, "measure", "tấn", "sản lượng bột giặt", H1i,
      total=186500, status="estimate"),
    F("nước giặt 41.700 tấn", "41.700", 41700, "measure", "tấn", "sản lượng nước giặt", H1i,
      total=186500, status="estimate"),
    F("lau sàn 26.500 tấn", "26.500", 26500, "measure", "tấn", "sản lượng nước rửa chén và nước lau sàn", H1i,
      total=186500, status="estimate"),
    F("ước đạt 7.845 tỷ đồng", "7.845", 7845e9, "money", "đồng",
      "giá trị sản xuất của nhóm ngành hóa mỹ phẩm gia dụng", H1i, percent=3.1, status="estimate"),
    F("đạt 96,4 triệu USD", "96,4", 96.4e6, "money", "USD", "xuất khẩu chất tẩy rửa",
      P("6 tháng", "2024-01-01", "2024-06-30"), change=C("increase", 1.6, "lần", "cùng kỳ")),
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp sản xuất xà phòng, chất tẩy rửa"),
    F("hơn 6.200 lao động", "6.200", 6200, "count", "lao động",
      "lao động của các doanh nghiệp sản xuất xà phòng, chất tẩy rửa", approx="over"),
    F("bình quân 9,8 triệu đồng/người/tháng", "9,8", 9.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("công suất 240.000 tấn/năm", "240.000", 240000, "measure", "tấn/năm", "công suất nhà máy lớn nhất"),
    F("nhập khẩu tới 85%", "85", 85, "percent", "%", "nguyên liệu chất hoạt động bề mặt (LAS) phụ thuộc nhập khẩu"),
    F("bình quân 1.380 USD/tấn", "1.380", 1380, "money", "USD/tấn", "giá LAS bình quân",
      P("quý II/2024", "2024-04-01", "2024-06-30"), change=C("decrease", 6, baseline="quý I")),
    F("đạt 365.000 tấn", "365.000", 365000, "measure", "tấn", "sản lượng chất tẩy rửa",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 8, baseline="năm 2023", approx="about"),
      status="target"),
    F("trên 40%", "40", 40, "percent", "%", "tỷ lệ nội địa hóa nguyên liệu",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Bắc Ninh (invented): sản lượng chất tẩy rửa 6 tháng đầu năm 2024, xuất khẩu, doanh nghiệp, lao động, giá LAS, mục tiêu 2024-2025.",
    "Year-less headline '6 tháng' takes 2024 from the dateline. The three parts after 'Trong đó' add up to 186.500 (total) and keep 'ước đạt' (estimate).",
    "'gấp 1,6 lần cùng kỳ' after 96,4 triệu USD is its change (lần). 'Quế Võ II', 'Quốc lộ 18', 'ông Nguyễn Văn Ba', Nghị định 113/2017, 'Lượt xem' are not figures.",
]

if __name__ == "__main__":
    write("p912-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Bắc Ninh")
