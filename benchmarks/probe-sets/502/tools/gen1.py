"""p502-1: Đắk Lắk province portal — durian area, output, prices, growing-area codes, exports, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Đắk Lắk
Trang chủ > Tin tức - Sự kiện > Kinh tế
Đắk Lắk: Sầu riêng mang về hơn 8.000 tỷ đồng trong 8 tháng
Cập nhật: 18/09/2024 10:25
Lượt xem: 1.872

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến tháng 8/2024, tổng diện tích sầu riêng toàn tỉnh đạt 36.450 ha, tăng 4.120 ha so với cuối năm 2023; trong đó diện tích cho thu hoạch khoảng 18.900 ha. Các huyện có diện tích lớn gồm Krông Pắc (7.850 ha), Cư M'gar (5.320 ha), Krông Năng (4.960 ha) và Ea Kar (3.780 ha).

Sản lượng sầu riêng 8 tháng năm 2024 ước đạt 265.000 tấn, tăng 18,5% so với cùng kỳ. Năng suất bình quân đạt 17,2 tấn/ha. Giá sầu riêng Ri6 tại vườn dao động từ 65.000 đến 80.000 đồng/kg, sầu riêng Monthong từ 85.000-95.000 đồng/kg. Tổng giá trị thu về ước đạt 8.126,5 tỷ đồng.

Về mã số vùng trồng, đến nay toàn tỉnh đã được cấp 312 mã số vùng trồng sầu riêng phục vụ xuất khẩu sang Trung Quốc với diện tích 12.640 ha và 48 mã số cơ sở đóng gói. Tuy nhiên, có 9 mã số bị tạm dừng do vi phạm quy định về kiểm dịch thực vật.

Tỉnh hiện có 27 doanh nghiệp tham gia thu mua, xuất khẩu sầu riêng. Kim ngạch xuất khẩu sầu riêng 8 tháng đạt 286,4 triệu USD, bằng 81,8% kế hoạch năm, chiếm 21,3% tổng kim ngạch xuất khẩu của tỉnh.

Thực hiện Kế hoạch số 145/KH-UBND ngày 12/6/2024 của UBND tỉnh, tỉnh phấn đấu đến năm 2025 ổn định diện tích sầu riêng ở mức 40.000 ha, trong đó 60% diện tích sản xuất theo tiêu chuẩn VietGAP, GlobalGAP hoặc hữu cơ.

Sở NN&PTNT Đắk Lắk - số 47 Nguyễn Tất Thành, TP. Buôn Ma Thuột. ĐT: 0262.3852.316
"""

Y8 = P("8 tháng", "2024-01-01", "2024-08-31")
ASOF = P("tính đến tháng 8/2024", None, "2024-08-31")
P8Y = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
NOW = P("đến nay", None, "2024-09-18")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 8.000 tỷ đồng", "8.000", 8e12, "money", "đồng", "giá trị sầu riêng mang về", Y8, approx="over"),
    F("đạt 36.450 ha", "36.450", 36450, "measure", "ha", "tổng diện tích sầu riêng", ASOF,
      change=CH("increase", 4120, "ha", "cuối năm 2023")),
    F("khoảng 18.900 ha", "18.900", 18900, "measure", "ha", "diện tích sầu riêng cho thu hoạch", ASOF,
      approx="about", total=36450),
    F("Krông Pắc (7.850 ha)", "7.850", 7850, "measure", "ha", "diện tích sầu riêng", I(ASOF), location="Krông Pắc"),
    F("Cư M'gar (5.320 ha)", "5.320", 5320, "measure", "ha", "diện tích sầu riêng", I(ASOF), location="Cư M'gar"),
    F("Krông Năng (4.960 ha)", "4.960", 4960, "measure", "ha", "diện tích sầu riêng", I(ASOF), location="Krông Năng"),
    F("Ea Kar (3.780 ha)", "3.780", 3780, "measure", "ha", "diện tích sầu riêng", I(ASOF), location="Ea Kar"),
    F("ước đạt 265.000 tấn", "265.000", 265000, "measure", "tấn", "sản lượng sầu riêng", P8Y,
      change=CH("increase", 18.5, "%", "cùng kỳ"), status="estimate"),
    F("đạt 17,2 tấn/ha", "17,2", 17.2, "measure", "tấn/ha", "năng suất sầu riêng bình quân", I(P8Y)),
    F("từ 65.000 đến 80.000", "65.000", 65000, "money", "đồng/kg", "giá sầu riêng Ri6 tại vườn", None,
      value_max=80000),
    F("từ 85.000-95.000", "85.000", 85000, "money", "đồng/kg", "giá sầu riêng Monthong tại vườn", None,
      value_max=95000),
    F("ước đạt 8.126,5 tỷ đồng", "8.126,5", 8.1265e12, "money", "đồng", "tổng giá trị sầu riêng thu về", I(P8Y),
      status="estimate"),
    F("cấp 312 mã số", "312", 312, "count", "mã số vùng trồng",
      "mã số vùng trồng sầu riêng được cấp phục vụ xuất khẩu sang Trung Quốc", NOW),
    F("diện tích 12.640 ha", "12.640", 12640, "measure", "ha", "diện tích vùng trồng sầu riêng được cấp mã số", NOW),
    F("và 48 mã số", "48", 48, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói sầu riêng được cấp", NOW),
    F("có 9 mã số", "9", 9, "count", "mã số", "mã số bị tạm dừng do vi phạm quy định về kiểm dịch thực vật"),
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp tham gia thu mua, xuất khẩu sầu riêng"),
    F("đạt 286,4 triệu USD", "286,4", 286.4e6, "money", "USD", "kim ngạch xuất khẩu sầu riêng", Y8, percent=81.8),
    F("chiếm 21,3%", "21,3", 21.3, "percent", "%", "tỷ trọng kim ngạch xuất khẩu sầu riêng trong tổng kim ngạch xuất khẩu của tỉnh",
      Y8, optional=True),
    F("mức 40.000 ha", "40.000", 40000, "measure", "ha", "diện tích sầu riêng", T25, status="target"),
    F("trong đó 60% diện tích", "60", 60, "percent", "%",
      "diện tích sầu riêng sản xuất theo tiêu chuẩn VietGAP, GlobalGAP hoặc hữu cơ", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đắk Lắk: durian area as of 8/2024, districts, output/price/value for 8 months, growing-area codes, exports, 2025 targets.",
    "Headline '8 tháng' takes the year of published (2024). District list after 'Các huyện ... gồm' follows no figure: no total; districts -> location.",
    "'ổn định ... ở mức 40.000 ha' and the trong đó 60% are targets (phấn đấu đến năm 2025). 'Kế hoạch số 145/KH-UBND', address, phone, 'Lượt xem' are distractors.",
    "Export value: the first share (bằng 81,8% kế hoạch năm) is its percent; the second (chiếm 21,3%) is optional. Trung Quốc is a market, not a place.",
]

if __name__ == "__main__":
    emit("p502-1", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Đắk Lắk")
