"""p862-1: province portal (Khánh Hòa), 6 months 2024 laundry services serving tourism."""
from lib import F, P, I, C, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế
Dịch vụ giặt là phục vụ du lịch tăng trưởng gần 20%
Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.317

Theo Sở Công Thương tỉnh Khánh Hòa, 6 tháng đầu năm 2024, toàn tỉnh có 412 cơ sở kinh doanh dịch vụ giặt là, giặt sấy đang hoạt động, tăng 37 cơ sở so với cuối năm 2023; trong đó có 58 cơ sở giặt là công nghiệp chuyên phục vụ khách sạn, nhà hàng. Doanh thu dịch vụ giặt là ước đạt 386,5 tỷ đồng, tăng 19,6% so với cùng kỳ năm 2023.

Khối lượng đồ vải được giặt ước khoảng 14.800 tấn, bình quân hơn 81 tấn/ngày. Riêng TP Nha Trang chiếm 72% khối lượng này. Các cơ sở giặt công nghiệp tại Nha Trang (31 cơ sở), Cam Ranh (12 cơ sở), Ninh Hòa (9 cơ sở) và Vạn Ninh (6 cơ sở) có tổng công suất gần 120 tấn/ngày.

Giá dịch vụ phổ biến từ 15.000 đến 25.000 đồng/kg đối với đồ thông thường; giặt khô áo vest, áo dài từ 60.000 đồng/bộ trở lên. Ngành giặt là tạo việc làm cho khoảng 2.600 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng.

Ông Nguyễn Văn Hai, chủ cơ sở giặt là tại số 27 Trần Phú, TP Nha Trang cho biết, vào mùa cao điểm cơ sở nhận giặt cho 14 khách sạn, mỗi ngày xử lý khoảng 1,5 tấn đồ vải.

Theo Kế hoạch số 215/KH-UBND, tỉnh phấn đấu đến năm 2025 có 100% cơ sở giặt là công nghiệp đấu nối, xử lý nước thải đạt chuẩn và nâng tổng số cơ sở giặt là lên khoảng 450 cơ sở.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tăng trưởng gần 20%", "20", 20, "percent", "%", approx="nearly",
      subject="tăng trưởng dịch vụ giặt là phục vụ du lịch"),
    F("có 412 cơ sở", "412", 412, "count", "cơ sở",
      change=C("increase", 37, "cơ sở", "cuối năm 2023"),
      subject="cơ sở kinh doanh dịch vụ giặt là, giặt sấy đang hoạt động", period=H1),
    F("có 58 cơ sở", "58", 58, "count", "cơ sở", total=412,
      subject="cơ sở giặt là công nghiệp", period=H1),
    F("ước đạt 386,5 tỷ đồng", "386,5", 386_500_000_000, "money", "đồng", status="estimate",
      change=C("increase", 19.6, "%", "cùng kỳ năm 2023"),
      subject="doanh thu dịch vụ giặt là", period=I(H1)),
    F("ước khoảng 14.800 tấn", "14.800", 14800, "measure", "tấn", approx="about", status="estimate",
      subject="khối lượng đồ vải được giặt", period=I(H1)),
    F("hơn 81 tấn/ngày", "81", 81, "measure", "tấn/ngày", approx="over", status="estimate",
      subject="khối lượng đồ vải được giặt bình quân", period=I(H1)),
    F("chiếm 72% khối lượng", "72", 72, "percent", "%",
      subject="khối lượng đồ vải được giặt", period=I(H1), location="Nha Trang"),
    F("Nha Trang (31 cơ sở)", "31", 31, "count", "cơ sở",
      subject="cơ sở giặt công nghiệp", period=I(H1), location="Nha Trang"),
    F("Cam Ranh (12 cơ sở)", "12", 12, "count", "cơ sở",
      subject="cơ sở giặt công nghiệp", period=I(H1), location="Cam Ranh"),
    F("Ninh Hòa (9 cơ sở)", "9", 9, "count", "cơ sở",
      subject="cơ sở giặt công nghiệp", period=I(H1), location="Ninh Hòa"),
    F("Vạn Ninh (6 cơ sở)", "6", 6, "count", "cơ sở",
      subject="cơ sở giặt công nghiệp", period=I(H1), location="Vạn Ninh"),
    F("gần 120 tấn/ngày", "120", 120, "measure", "tấn/ngày", approx="nearly",
      subject="tổng công suất các cơ sở giặt công nghiệp", period=I(H1)),
    F("từ 15.000 đến 25.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", value_max=25000,
      subject="giá dịch vụ giặt là đồ thông thường"),
    F("từ 60.000 đồng/bộ trở lên", "60.000", 60000, "money", "đồng/bộ", approx="at_least",
      subject="giá giặt khô áo vest, áo dài"),
    F("khoảng 2.600 lao động", "2.600", 2600, "count", "lao động", approx="about",
      subject="lao động ngành giặt là"),
    F("7,2 triệu đồng/người/tháng", "7,2", 7_200_000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động ngành giặt là"),
    F("cho 14 khách sạn", "14", 14, "count", "khách sạn",
      subject="khách sạn cơ sở nhận giặt vào mùa cao điểm", location="Nha Trang"),
    F("khoảng 1,5 tấn đồ vải", "1,5", 1.5, "measure", "tấn/ngày", approx="about",
      subject="đồ vải cơ sở xử lý mỗi ngày", location="Nha Trang"),
    F("có 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở giặt là công nghiệp đấu nối, xử lý nước thải đạt chuẩn", period=T25),
    F("khoảng 450 cơ sở", "450", 450, "count", "cơ sở", approx="about", status="target",
      subject="tổng số cơ sở giặt là", period=T25),
]

NOTES = [
    "Khánh Hòa province portal: laundry services serving tourism, 6 months 2024.",
    "Distractors: Lượt xem 2.317, time 09:45, Kế hoạch số 215/KH-UBND, số 27 Trần Phú, Nguyễn Văn Hai.",
    "The district list (31+12+9+6 = 58) stands a paragraph after the 58 and is not a bracket right after it: no total.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-08-12", location="Khánh Hòa")
