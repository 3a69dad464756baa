"""p524-4: ministry site (Bộ Xây dựng), national social housing programme to 30/9/2024."""
from lib import F, P, I, CH, T, emit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Nhà ở - Thị trường bất động sản
Ngày đăng: 28/10/2024 | Lượt xem: 1.275

Cả nước có 655 dự án nhà ở xã hội với quy mô khoảng 570.000 căn

Theo báo cáo của Bộ Xây dựng, tính đến ngày 30/9/2024, cả nước có 655 dự án nhà ở xã hội với quy mô khoảng 570.000 căn. Trong đó, 84 dự án đã hoàn thành với 43.100 căn; 131 dự án đã khởi công, đang triển khai với 115.900 căn; 440 dự án đã được chấp thuận chủ trương đầu tư với 411.000 căn.

So với mục tiêu của Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021-2030", số căn hộ đã hoàn thành mới đạt khoảng 4,3%.

Năm 2024, các địa phương đặt kế hoạch hoàn thành 130.000 căn, nhưng 9 tháng mới hoàn thành 25.740 căn, đạt 19,8% kế hoạch. Một số địa phương có kết quả tốt như Bắc Ninh (4.615 căn), Bình Dương (3.870 căn), Hải Phòng (2.960 căn), Thanh Hóa (1.580 căn).

Về gói tín dụng 120.000 tỷ đồng, đến nay các ngân hàng mới giải ngân khoảng 1.580 tỷ đồng, chiếm 1,3% quy mô gói. Lãi suất cho vay ưu đãi hiện ở mức 6,6%/năm đối với người mua nhà và 7,1%/năm đối với chủ đầu tư.

Bộ Xây dựng đề nghị các địa phương rà soát, bố trí đủ quỹ đất 20% trong các dự án nhà ở thương mại để phát triển nhà ở xã hội theo Nghị định số 100/2024/NĐ-CP; phấn đấu năm 2025 hoàn thành thêm khoảng 100.000 căn.

Địa chỉ: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
LIST = "căn nhà ở xã hội hoàn thành"

FIGS = [
    F("Cả nước có 655 dự án", "655", 655, "count", "dự án", "dự án nhà ở xã hội"),
    F("khoảng 570.000 căn\n", "570.000", 570000, "count", "căn", "quy mô dự án nhà ở xã hội", approx="about"),
    F("cả nước có 655 dự án", "655", 655, "count", "dự án", "dự án nhà ở xã hội", ASOF),
    F("khoảng 570.000 căn.", "570.000", 570000, "count", "căn", "quy mô dự án nhà ở xã hội", ASOF, approx="about"),
    F("84 dự án", "84", 84, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", I(ASOF), total=655),
    F("với 43.100 căn", "43.100", 43100, "count", "căn", "căn nhà ở xã hội đã hoàn thành", I(ASOF), total=570000),
    F("131 dự án", "131", 131, "count", "dự án", "dự án nhà ở xã hội đã khởi công, đang triển khai", I(ASOF), total=655),
    F("với 115.900 căn", "115.900", 115900, "count", "căn", "căn nhà ở xã hội đã khởi công, đang triển khai", I(ASOF), total=570000),
    F("440 dự án", "440", 440, "count", "dự án", "dự án nhà ở xã hội đã được chấp thuận chủ trương đầu tư", I(ASOF), total=655),
    F("với 411.000 căn", "411.000", 411000, "count", "căn", "căn nhà ở xã hội đã được chấp thuận chủ trương đầu tư", I(ASOF),
      total=570000),
    F("ít nhất 1 triệu căn hộ", "1", 1000000, "count", "căn hộ", "căn hộ nhà ở xã hội mục tiêu của Đề án",
      approx="at_least", status="target", optional=True),
    F("khoảng 4,3%", "4,3", 4.3, "percent", "%", "số căn hộ đã hoàn thành so với mục tiêu của Đề án", approx="about"),
    F("hoàn thành 130.000 căn", "130.000", 130000, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("hoàn thành 25.740 căn", "25.740", 25740, "count", "căn", "căn nhà ở xã hội hoàn thành", M9, percent=19.8),
    F("Bắc Ninh (4.615 căn)", "4.615", 4615, "count", "căn", LIST, I(M9), location="Bắc Ninh"),
    F("Bình Dương (3.870 căn)", "3.870", 3870, "count", "căn", LIST, I(M9), location="Bình Dương"),
    F("Hải Phòng (2.960 căn)", "2.960", 2960, "count", "căn", LIST, I(M9), location="Hải Phòng"),
    F("Thanh Hóa (1.580 căn)", "1.580", 1580, "count", "căn", LIST, I(M9), location="Thanh Hóa"),
    F("gói tín dụng 120.000 tỷ đồng", "120.000", 120000000000000, "money", "đồng", "quy mô gói tín dụng nhà ở xã hội",
      optional=True),
    F("khoảng 1.580 tỷ đồng", "1.580", 1580000000000, "money", "đồng", "vốn gói tín dụng các ngân hàng đã giải ngân",
      P("đến nay", None, "2024-10-28"), approx="about", percent=1.3),
    F("mức 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay ưu đãi đối với người mua nhà"),
    F("và 7,1%/năm", "7,1", 7.1, "percent", "%", "lãi suất cho vay ưu đãi đối với chủ đầu tư"),
    F("quỹ đất 20%", "20", 20, "percent", "%", "quỹ đất trong các dự án nhà ở thương mại bố trí nhà ở xã hội", optional=True),
    F("khoảng 100.000 căn", "100.000", 100000, "count", "căn", "căn nhà ở xã hội hoàn thành thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Xây dựng (ministry site): national social housing, tính đến 30/9/2024. 'Ngày đăng: 28/10/2024 | Lượt xem: 1.275'.",
    "National figures → Việt Nam; provinces in the bracketed list go to location (no cue, no total). Parts after 'Trong đó' take",
    "655 (dự án) / 570.000 (căn). Optional: the target inside the programme's name ('ít nhất 1 triệu căn hộ'), the credit package",
    "size used as its name ('gói tín dụng 120.000 tỷ đồng', as probe 469 did), the legal land-fund norm 'quỹ đất 20%'.",
    "'đến nay' is an as-of period ending at the dateline. Headline figures carry no period. 'Năm 2024 … 9 tháng' → 2024-01..09.",
    "Distractors: Nghị định số 100/2024/NĐ-CP, 'giai đoạn 2021-2030' in the programme name, '37 Lê Đại Hành', phone, counter.",
]

if __name__ == "__main__":
    emit("p524-4", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Việt Nam")
