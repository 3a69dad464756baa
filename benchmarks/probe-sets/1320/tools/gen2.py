"""p1320-2: district portal (huyện Đơn Dương, Lâm Đồng): kho mát for vegetables, a cooperative, quý I/2024."""
from lib import F, period, inherited, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐƠN DƯƠNG - TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Phát triển kho mát nâng giá trị rau Đơn Dương

27/03/2024 08:30

Đơn Dương là vùng rau lớn thứ hai của tỉnh Lâm Đồng với khoảng 18.500 ha diện tích gieo trồng, sản lượng năm 2023 đạt trên 750.000 tấn. Hiện nay, trên địa bàn huyện có 46 kho mát với tổng dung tích khoảng 27.000 m3, trong đó 12 kho do hợp tác xã đầu tư. So với năm 2020, số kho mát tăng gấp 2,3 lần.

Hợp tác xã Rau an toàn Lạc Xuân vừa đưa vào sử dụng kho mát thứ ba rộng 240 m2, duy trì nhiệt độ từ 2 đến 6 độ C, độ ẩm 85-95%. Tổng vốn đầu tư gần 1,8 tỷ đồng, trong đó Nhà nước hỗ trợ 600 triệu đồng theo Nghị quyết số 05/2022/NQ-HĐND của HĐND tỉnh. Nhờ kho mát, mỗi ngày hợp tác xã sơ chế, đóng gói 15-18 tấn rau, củ cung ứng cho 3 hệ thống siêu thị; tỷ lệ hao hụt giảm từ 25% xuống còn khoảng 8%.

Quý I/2024, toàn huyện tiêu thụ hơn 190.000 tấn rau, tăng 7,5% so với cùng kỳ; trong đó qua kho mát, sơ chế đóng gói khoảng 62.000 tấn, chiếm 32,6%. Hơn ba chục hợp tác xã, tổ hợp tác của huyện đã ký hợp đồng tiêu thụ ổn định với doanh nghiệp.

Huyện phấn đấu đến năm 2025 có 60 kho mát và 20/26 hợp tác xã sản xuất rau có kho bảo quản.

Nguồn: Phòng Nông nghiệp và PTNT huyện

UBND HUYỆN ĐƠN DƯƠNG
Địa chỉ: Số 2 Lê Hồng Phong, thị trấn Thạnh Mỹ, huyện Đơn Dương, tỉnh Lâm Đồng
Điện thoại: 0263.3847.219
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
T25 = period("đến năm 2025", end="2025-12-31")

FIGS = [
    F("lớn thứ hai", "hai", 2, "rank", "hạng", subject="vùng rau"),
    F("khoảng 18.500 ha", "18.500", 18500, "measure", "ha", approx="about",
      subject="diện tích gieo trồng rau"),
    F("trên 750.000 tấn", "750.000", 750000, "measure", "tấn", approx="over", per=Y23,
      subject="sản lượng rau"),
    F("có 46 kho mát", "46", 46, "count", "kho mát", subject="kho mát trên địa bàn huyện"),
    F("khoảng 27.000 m3", "27.000", 27000, "measure", "m3", approx="about",
      subject="tổng dung tích kho mát"),
    F("trong đó 12 kho", "12", 12, "count", "kho", total=46, subject="kho do hợp tác xã đầu tư"),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", subject="số kho mát so với năm 2020"),
    F("rộng 240 m2", "240", 240, "measure", "m2", subject="diện tích kho mát"),
    F("từ 2 đến 6 độ C", "2", 2, "measure", "độ C", value_max=6, subject="nhiệt độ kho mát"),
    F("độ ẩm 85-95%", "85", 85, "percent", "%", value_max=95, subject="độ ẩm kho mát"),
    F("gần 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="nearly", subject="tổng vốn đầu tư kho mát"),
    F("hỗ trợ 600 triệu", "600", 600e6, "money", "đồng", total=1.8e9, subject="vốn Nhà nước hỗ trợ"),
    F("đóng gói 15-18 tấn", "15", 15, "measure", "tấn/ngày", value_max=18,
      subject="rau, củ hợp tác xã sơ chế, đóng gói mỗi ngày"),
    F("cho 3 hệ thống", "3", 3, "count", "hệ thống siêu thị",
      subject="hệ thống siêu thị hợp tác xã cung ứng rau, củ"),
    F("từ 25% xuống", "25", 25, "percent", "%", subject="tỷ lệ hao hụt trước đây", optional=True),
    F("còn khoảng 8%", "8", 8, "percent", "%", approx="about", subject="tỷ lệ hao hụt"),
    F("hơn 190.000 tấn", "190.000", 190000, "measure", "tấn", approx="over", per=Q1,
      change=change("increase", 7.5, "%", "cùng kỳ"), subject="rau tiêu thụ"),
    F("khoảng 62.000 tấn", "62.000", 62000, "measure", "tấn", approx="about", per=Q1,
      total=190000, percent=32.6, subject="rau qua kho mát, sơ chế đóng gói"),
    F("Hơn ba chục", "ba chục", 30, "count", "hợp tác xã, tổ hợp tác", approx="over",
      subject="hợp tác xã, tổ hợp tác đã ký hợp đồng tiêu thụ ổn định với doanh nghiệp"),
    F("có 60 kho mát", "60", 60, "count", "kho mát", status="target", per=T25, subject="kho mát"),
    F("20/26 hợp tác xã", "20", 20, "count", "hợp tác xã", total=26, status="target", per=T25,
      subject="hợp tác xã sản xuất rau có kho bảo quản"),
]

NOTES = [
    "District portal (huyện Đơn Dương, Lâm Đồng): banner naming the district, menu, bare date '27/03/2024 08:30' under the headline, source line, address footer.",
    "Distractors: 08:30, 'kho mát thứ ba' (ordinal), Nghị quyết số 05/2022/NQ-HĐND, 'Số 2 Lê Hồng Phong', phone 0263.3847.219, baselines 'năm 2020', 'cùng kỳ'.",
    "'vùng rau lớn thứ hai của tỉnh' is a rank of the district: location Đơn Dương. 18.500 ha gets no period: 'năm 2023' qualifies the output clause after it.",
    "'So với năm 2020, số kho mát tăng gấp 2,3 lần' stands alone as the claim (new sentence): multiple, no change.",
    "'giảm từ 25% xuống còn khoảng 8%': the new rate is the figure; the old rate is optional (as in 'từ 40 triệu lên 50 triệu').",
    "'trong đó qua kho mát ... 62.000 tấn, chiếm 32,6%' → total 190.000, percent 32,6. 'Hơn ba chục' = over 30 (number word).",
    "'phấn đấu đến năm 2025' governs both items; '20/26 hợp tác xã' is a part of a whole (total 26), not a plan.",
    "Location: the district Đơn Dương for every figure (xã Lạc Xuân is a commune of it).",
]

if __name__ == "__main__":
    write("p1320-2", TEXT, NOTES, FIGS, published="2024-03-27", location="Đơn Dương")
