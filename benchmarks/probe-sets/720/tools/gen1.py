"""p720-1: Khánh Hòa province portal, household-business tax H1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Khánh Hòa: Thu thuế hộ kinh doanh 6 tháng đạt hơn 312 tỷ đồng

Cập nhật: 12/07/2024 08:45 | Lượt xem: 1.482

Theo Cục Thuế tỉnh Khánh Hòa, tính đến ngày 30/6/2024, toàn tỉnh có 38.640 hộ, cá nhân kinh doanh đang hoạt động, tăng 1.215 hộ so với cuối năm 2023, bình quân 31,4 hộ kinh doanh/1.000 dân. Trong đó, 33.907 hộ nộp thuế theo phương pháp khoán, 1.856 hộ nộp thuế theo phương pháp kê khai, còn lại nộp thuế theo từng lần phát sinh.

Sáu tháng đầu năm, thu ngân sách từ khu vực hộ kinh doanh ước đạt 312,4 tỷ đồng, bằng 54,8% dự toán, tăng 9,6% so với cùng kỳ; trong đó thuế khoán ước khoảng 146 tỷ đồng. Mức thuế khoán bình quân là 1,15 triệu đồng/hộ/tháng.

Số hộ khoán tập trung chủ yếu tại TP. Nha Trang (18.230 hộ), TP. Cam Ranh (4.615 hộ), thị xã Ninh Hòa (4.102 hộ) và huyện Cam Lâm (2.387 hộ).

Về hóa đơn điện tử khởi tạo từ máy tính tiền (theo Chỉ thị số 10/CT-TTg), đến hết tháng 6/2024, toàn tỉnh có 1.726 cơ sở kinh doanh đăng ký sử dụng, đạt 92,3% chỉ tiêu Tổng cục Thuế giao; trong đó có 1.074 hộ kinh doanh và 652 doanh nghiệp. Từ đầu năm đến nay, các cơ sở đã xuất gần 4,8 triệu hóa đơn với tổng doanh thu 2.135 tỷ đồng.

Ngoài ra, ngành thuế đã rà soát 2.940 tổ chức, cá nhân kinh doanh trên sàn thương mại điện tử và mạng xã hội, thu được 18,7 tỷ đồng, gấp 2,3 lần cùng kỳ.

Năm 2024, Cục Thuế phấn đấu thu từ hộ kinh doanh đạt 570 tỷ đồng và 100% hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử.

Cục Thuế tỉnh Khánh Hòa - 62 Lý Tự Trọng, TP. Nha Trang - ĐT: 0258.3822.631
"""

H1 = P("6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
S6 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
END6 = P("đến hết tháng 6/2024", end="2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt hơn 312 tỷ đồng", "312", 312e9, "money", "đồng", "thu thuế hộ kinh doanh", H1, approx="over"),
    F("có 38.640 hộ", "38.640", 38640, "count", "hộ", "hộ, cá nhân kinh doanh đang hoạt động", ASOF,
      change=CH("increase", 1215, "hộ", "cuối năm 2023")),
    F("bình quân 31,4 hộ", "31,4", 31.4, "measure", "hộ kinh doanh/1.000 dân", "hộ kinh doanh bình quân trên 1.000 dân", ASOF),
    F("Trong đó, 33.907 hộ", "33.907", 33907, "count", "hộ", "hộ nộp thuế theo phương pháp khoán", I(ASOF), total=38640),
    F("khoán, 1.856 hộ", "1.856", 1856, "count", "hộ", "hộ nộp thuế theo phương pháp kê khai", I(ASOF), total=38640),
    F("ước đạt 312,4 tỷ đồng", "312,4", 312.4e9, "money", "đồng", "thu ngân sách từ khu vực hộ kinh doanh", S6,
      percent=54.8, change=CH("increase", 9.6, "%", "cùng kỳ"), status="estimate"),
    F("ước khoảng 146 tỷ đồng", "146", 146e9, "money", "đồng", "thuế khoán", S6, approx="about", total=312.4e9,
      status="estimate"),
    F("là 1,15 triệu đồng", "1,15", 1.15e6, "money", "đồng/hộ/tháng", "mức thuế khoán bình quân"),
    F("(18.230 hộ)", "18.230", 18230, "count", "hộ", "hộ khoán", I(ASOF), location="Nha Trang"),
    F("(4.615 hộ)", "4.615", 4615, "count", "hộ", "hộ khoán", I(ASOF), location="Cam Ranh"),
    F("(4.102 hộ)", "4.102", 4102, "count", "hộ", "hộ khoán", I(ASOF), location="Ninh Hòa"),
    F("(2.387 hộ)", "2.387", 2387, "count", "hộ", "hộ khoán", I(ASOF), location="Cam Lâm"),
    F("có 1.726 cơ sở", "1.726", 1726, "count", "cơ sở kinh doanh",
      "cơ sở kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", END6, percent=92.3),
    F("có 1.074 hộ", "1.074", 1074, "count", "hộ kinh doanh",
      "hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", END6, total=1726),
    F("và 652 doanh nghiệp", "652", 652, "count", "doanh nghiệp",
      "doanh nghiệp đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", END6, total=1726),
    F("gần 4,8 triệu hóa đơn", "4,8", 4.8e6, "count", "hóa đơn", "hóa đơn điện tử khởi tạo từ máy tính tiền đã xuất", YTD,
      approx="nearly"),
    F("doanh thu 2.135 tỷ đồng", "2.135", 2135e9, "money", "đồng", "tổng doanh thu xuất hóa đơn từ máy tính tiền", YTD),
    F("rà soát 2.940 tổ chức", "2.940", 2940, "count", "tổ chức, cá nhân",
      "tổ chức, cá nhân kinh doanh trên sàn thương mại điện tử và mạng xã hội được rà soát"),
    F("thu được 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "thuế thu được từ kinh doanh trên sàn thương mại điện tử và mạng xã hội",
      change=CH("increase", 2.3, "lần", "cùng kỳ")),
    F("đạt 570 tỷ đồng", "570", 570e9, "money", "đồng", "thu từ hộ kinh doanh", Y24, status="target"),
    F("và 100% hộ", "100", 100, "percent", "%", "hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử", Y24,
      status="target"),
    F("từ 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm", "ngưỡng doanh thu hộ kinh doanh", Y24, optional=True),
]

COMMENTS = [
    "Khánh Hòa province portal (Cục Thuế): household-business tax H1/2024, khoán vs kê khai, cash-register e-invoices, e-commerce.",
    "Headline '6 tháng' takes 2024 from the dateline. '1.215 hộ' is the change of 38.640; '2,3 lần cùng kỳ' the change of 18,7 tỷ.",
    "District list items: subject 'hộ khoán', the district as location, as-of period inherited. Threshold '1 tỷ đồng/năm' optional.",
    "Distractors: Lượt xem, Chỉ thị số 10/CT-TTg, address 62 Lý Tự Trọng, phone. Rate denominator 1.000 dân is no figure.",
]

if __name__ == "__main__":
    emit("p720-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Khánh Hòa")
