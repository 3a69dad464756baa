from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 18/11/2024 08:30
Lượt xem: 1.284

Tuyên Quang: Sản lượng cam năm 2024 ước đạt hơn 85.000 tấn

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Tuyên Quang, tính đến hết tháng 10/2024, tổng diện tích cam toàn tỉnh là 8.652 ha, trong đó diện tích cho thu hoạch 7.140 ha. Diện tích cam tập trung chủ yếu tại các huyện Hàm Yên (6.418 ha), Chiêm Hóa (1.205 ha) và Yên Sơn (603 ha).

Năm 2024, sản lượng cam toàn tỉnh ước đạt hơn 85.000 tấn, tăng 4,6% so với năm 2023; năng suất bình quân ước đạt 11,9 tấn/ha. Tại các vườn ở huyện Hàm Yên, giá cam sành dao động từ 12.000 đến 18.000 đồng/kg, riêng cam loại 1 được thương lái thu mua khoảng 25.000 đồng/kg. Tổng giá trị thu từ cây cam ước đạt trên 1.300 tỷ đồng.

Toàn tỉnh hiện có 1.126 ha cam được cấp giấy chứng nhận VietGAP, chiếm 13% tổng diện tích; 27 mã số vùng trồng đã được cấp, với tổng diện tích 836 ha. Nhãn hiệu chứng nhận "Cam Hàm Yên" được bảo hộ theo Quyết định số 17346/QĐ-SHTT từ năm 2014.

Giai đoạn 2021-2024, tỉnh đã hỗ trợ chuyển đổi gần 900 ha cam già cỗi, nhiễm bệnh sang cây trồng khác. Phấn đấu đến năm 2025, diện tích cam đạt tiêu chuẩn VietGAP và hữu cơ đạt 2.000 ha, giá trị sản xuất bình quân đạt 300 triệu đồng/ha.

Mọi thông tin chi tiết xin liên hệ: Chi cục Trồng trọt và Bảo vệ thực vật, số 7 đường 17/8, phường Minh Xuân, thành phố Tuyên Quang; điện thoại: 0207.3822.514.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("tính đến hết tháng 10/2024", None, "2024-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("2024 ước đạt hơn 85.000 tấn", "85.000", 85000, "measure", "tấn", "sản lượng cam",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="estimate"),
    F("là 8.652 ha", "8.652", 8652, "measure", "ha", "tổng diện tích cam", ASOF),
    F("hoạch 7.140 ha", "7.140", 7140, "measure", "ha", "diện tích cam cho thu hoạch", ASOF, total=8652),
    F("Hàm Yên (6.418 ha)", "6.418", 6418, "measure", "ha", "diện tích cam", I(ASOF), location="Hàm Yên"),
    F("Chiêm Hóa (1.205 ha)", "1.205", 1205, "measure", "ha", "diện tích cam", I(ASOF), location="Chiêm Hóa"),
    F("Yên Sơn (603 ha)", "603", 603, "measure", "ha", "diện tích cam", I(ASOF), location="Yên Sơn"),
    F("tỉnh ước đạt hơn 85.000 tấn", "85.000", 85000, "measure", "tấn", "sản lượng cam", Y24,
      approx="over", change=CH("increase", 4.6, baseline="năm 2023"), status="estimate"),
    F("đạt 11,9 tấn/ha", "11,9", 11.9, "measure", "tấn/ha", "năng suất cam bình quân", Y24, status="estimate"),
    F("từ 12.000 đến 18.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá cam sành tại vườn", I(Y24),
      value_max=18000, location="Hàm Yên"),
    F("khoảng 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá thương lái thu mua cam loại 1", I(Y24),
      approx="about", location="Hàm Yên"),
    F("trên 1.300 tỷ đồng", "1.300", 1300000000000, "money", "đồng", "tổng giá trị thu từ cây cam", I(Y24),
      approx="over", status="estimate"),
    F("có 1.126 ha", "1.126", 1126, "measure", "ha", "diện tích cam được cấp giấy chứng nhận VietGAP",
      percent=13),
    F("27 mã số", "27", 27, "count", "mã số vùng trồng", "mã số vùng trồng đã được cấp"),
    F("diện tích 836 ha", "836", 836, "measure", "ha", "tổng diện tích vùng trồng được cấp mã số"),
    F("gần 900 ha", "900", 900, "measure", "ha", "diện tích cam già cỗi, nhiễm bệnh được hỗ trợ chuyển đổi",
      P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31"), approx="nearly"),
    F("đạt 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích cam đạt tiêu chuẩn VietGAP và hữu cơ", T25,
      status="target"),
    F("đạt 300 triệu", "300", 300000000, "money", "đồng/ha", "giá trị sản xuất bình quân", T25, status="target"),
]

COMMENTS = [
    "Province portal (Tuyên Quang): orange area, output, prices, VietGAP and growing-area codes, 2025 targets.",
    "Breadcrumb, `Cập nhật: 18/11/2024 08:30` gives published; `Lượt xem: 1.284`, decision number, address `số 7 đường 17/8`",
    "and phone number are distractors. Districts in brackets have no part-of cue (no total). The headline and the body state",
    "the same output: two figures. Prices are located at `huyện Hàm Yên` named in their sentence.",
]

if __name__ == "__main__":
    emit("p603-1", TEXT, COMMENTS, FIGS, published="2024-11-18", location="Tuyên Quang")
