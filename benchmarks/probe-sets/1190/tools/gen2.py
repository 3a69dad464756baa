"""p1190-2: district portal (huyện Kim Sơn, Ninh Bình), sedge trade Q1/2025 and a cooperative."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM SƠN
Trang chủ | Tin tức | Kinh tế - Xã hội

Nghề cói Kim Sơn khởi sắc từ đầu năm

Ngày đăng: 15/04/2025 - 09:40

Quý I/2025, giá trị sản xuất ngành nghề cói trên địa bàn huyện ước đạt 215 tỷ đồng, tăng 9,4% so với cùng kỳ năm 2024. Toàn huyện có 42 doanh nghiệp và hơn 300 hộ kinh doanh chế biến, xuất khẩu hàng cói, tạo việc làm thường xuyên cho khoảng 12.000 lao động (trong đó 4.500 lao động làm việc tại các doanh nghiệp).

Diện tích trồng cói của huyện còn khoảng 600 ha, giảm 45 ha so với năm 2020 do chuyển đổi sang nuôi trồng thủy sản. Năng suất cói bình quân đạt 13,5 tấn/ha/năm.

Tại thị trấn Bình Minh, Hợp tác xã Cói xuất khẩu Hòa Bình có 65 thành viên, liên kết tiêu thụ với hai doanh nghiệp xuất khẩu. Năm 2024, HTX thu mua khoảng 1.200 tấn cói nguyên liệu, doanh thu đạt 18,7 tỷ đồng, lợi nhuận 1,3 tỷ đồng. Ông Phạm Văn Tuấn, Giám đốc HTX cho biết, từ đầu năm 2025 đến nay HTX đã ký hợp đồng cung ứng 45.000 sản phẩm thảm, giỏ cói, tương đương 40% kế hoạch năm.

Năm 2025, huyện phấn đấu giá trị sản xuất ngành cói đạt 950 tỷ đồng; kim ngạch xuất khẩu từ 60 đến 65 triệu USD. Dự kiến trong quý II, huyện mở 8 lớp đào tạo nghề dệt thảm cói cho 240 lao động nông thôn. Mức hỗ trợ học nghề là 1,2 triệu đồng/người/khóa.

Phòng Văn hóa và Thông tin huyện Kim Sơn
Điện thoại: 0229.3862.215
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
HTX = "Hợp tác xã Cói xuất khẩu Hòa Bình"

FIGS = [
    F("ước đạt 215 tỷ", "215", 215e9, "money", "đồng", status="estimate",
      change=C("increase", 9.4, "%", "cùng kỳ năm 2024"),
      subject="giá trị sản xuất ngành nghề cói", period=Q1),
    F("có 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp",
      subject="doanh nghiệp chế biến, xuất khẩu hàng cói"),
    F("hơn 300 hộ", "300", 300, "count", "hộ", approx="over",
      subject="hộ kinh doanh chế biến, xuất khẩu hàng cói"),
    F("khoảng 12.000 lao động", "12.000", 12000, "count", "lao động", approx="about",
      subject="lao động có việc làm thường xuyên trong ngành cói"),
    F("trong đó 4.500 lao động", "4.500", 4500, "count", "lao động", total=12000,
      subject="lao động làm việc tại các doanh nghiệp"),
    F("khoảng 600 ha", "600", 600, "measure", "ha", approx="about",
      change=C("decrease", 45, "ha", "năm 2020"), subject="diện tích trồng cói"),
    F("đạt 13,5 tấn", "13,5", 13.5, "measure", "tấn/ha/năm", subject="năng suất cói bình quân"),
    F("có 65 thành viên", "65", 65, "count", "thành viên", subject=f"thành viên {HTX}"),
    F("với hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp",
      subject="doanh nghiệp xuất khẩu liên kết tiêu thụ với HTX"),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", approx="about",
      subject="cói nguyên liệu HTX thu mua", period=Y24),
    F("đạt 18,7 tỷ", "18,7", 18.7e9, "money", "đồng", subject="doanh thu HTX", period=Y24),
    F("lợi nhuận 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", subject="lợi nhuận HTX", period=Y24),
    F("cung ứng 45.000 sản phẩm", "45.000", 45000, "count", "sản phẩm", percent=40,
      subject="sản phẩm thảm, giỏ cói HTX ký hợp đồng cung ứng",
      period=P("từ đầu năm 2025 đến nay", "2025-01-01", "2025-04-15")),
    F("đạt 950 tỷ", "950", 950e9, "money", "đồng", status="target",
      subject="giá trị sản xuất ngành cói", period=Y25),
    F("từ 60 đến 65 triệu", "60", 60e6, "money", "USD", value_max=65e6, status="target",
      subject="kim ngạch xuất khẩu", period=Y25),
    F("mở 8 lớp", "8", 8, "count", "lớp", status="forecast",
      subject="lớp đào tạo nghề dệt thảm cói", period=P("quý II", "2025-04-01", "2025-06-30")),
    F("cho 240 lao động", "240", 240, "count", "lao động", status="forecast",
      subject="lao động nông thôn học nghề dệt thảm cói", period=P("quý II", "2025-04-01", "2025-06-30")),
    F("là 1,2 triệu", "1,2", 1.2e6, "money", "đồng/người/khóa", subject="mức hỗ trợ học nghề"),
]

NOTES = [
    "District portal (huyện Kim Sơn, Ninh Bình): 'Ngày đăng: 15/04/2025 - 09:40'; footer office and phone (distractor).",
    "All figures are the district's (thị trấn Bình Minh is in Kim Sơn). Bracketed 'trong đó 4.500 lao động' takes the 12.000 whole.",
    "'từ đầu năm 2025 đến nay' ends at the published date. 'quý II' is year-less; nearest earlier period 'Năm 2025' → 2025.",
    "'hai doanh nghiệp' is a number word. The support rate stands in its own sentence (no 'Dự kiến'): actual, no period.",
]

if __name__ == "__main__":
    write("p1190-2", TEXT, NOTES, FIGS, published="2025-04-15", location="Kim Sơn")
