from lib import F, P, I, C, T, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG ĐIỀN - THÀNH PHỐ CẦN THƠ
Trang chủ | Kinh tế | Nông nghiệp - Nông thôn
Ngày đăng: 23/10/2023 | Người đăng: Ban biên tập

Phong Điền: Nuôi cá bảy màu xuất khẩu, hướng làm giàu mới của nông dân

Những năm gần đây, phong trào nuôi cá cảnh, nhất là cá bảy màu, phát triển mạnh tại các xã Nhơn Ái, Tân Thới và Giai Xuân. Tính đến cuối tháng 9/2023, toàn huyện có 47 hộ nuôi cá cảnh với tổng diện tích mặt nước gần 12 ha, tăng 9 hộ so với cuối năm 2022; trong đó xã Nhơn Ái có 26 hộ.

Mỗi hộ nuôi trung bình 300-500 bể xi măng và bể kính, với từ 20 đến 30 dòng cá bảy màu khác nhau. Theo ông Trần Văn Năm, Chủ nhiệm Hợp tác xã Cá cảnh Nhơn Ái (ấp Nhơn Lộc 1), HTX hiện có 18 thành viên, mỗi tháng cung ứng khoảng 150.000 con cá bảy màu cho các doanh nghiệp xuất khẩu tại TP Hồ Chí Minh.

Giá bán cá bảy màu thương phẩm từ 3.000 đến 5.000 đồng/con; các dòng cá cao cấp như Full Red, Koi Tuxedo có giá 150.000-300.000 đồng/cặp. Cá bố mẹ chọn lọc được các hộ nhập về với giá từ 500.000 đồng đến 1,5 triệu đồng/cặp.

9 tháng năm 2023, sản lượng cá cảnh toàn huyện đạt khoảng 1,35 triệu con; doanh thu ước đạt 9,8 tỷ đồng, tăng 15% so với cùng kỳ. Lợi nhuận bình quân của các hộ từ 120 đến 200 triệu đồng/năm. Mức lợi nhuận này cao gấp 3 lần trồng lúa trên cùng diện tích.

Năm 2024, huyện phấn đấu phát triển thêm 10 hộ nuôi cá cảnh, đưa sản lượng cả năm đạt 2 triệu con. Xã Nhơn Ái được chọn xây dựng mô hình điểm theo Kế hoạch số 86/KH-UBND của UBND huyện, với kinh phí hỗ trợ dự kiến 450 triệu đồng.

Thanh Tâm - Phòng Nông nghiệp và PTNT huyện
"""

Q3 = P("Tính đến cuối tháng 9/2023", None, "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 47 hộ", "47", 47, "count", "hộ", "hộ nuôi cá cảnh", Q3,
      change=C("increase", 9, "hộ", "cuối năm 2022")),
    F("gần 12 ha", "12", 12, "measure", "ha", "tổng diện tích mặt nước nuôi cá cảnh", Q3, approx="nearly"),
    F("Nhơn Ái có 26 hộ", "26", 26, "count", "hộ", "hộ nuôi cá cảnh xã Nhơn Ái", Q3, total=47),
    F("300-500 bể", "300", 300, "count", "bể", "bể nuôi trung bình mỗi hộ", value_max=500),
    F("từ 20 đến 30 dòng", "20", 20, "count", "dòng", "dòng cá bảy màu mỗi hộ nuôi", value_max=30),
    F("có 18 thành viên", "18", 18, "count", "thành viên", "thành viên Hợp tác xã Cá cảnh Nhơn Ái"),
    F("khoảng 150.000 con", "150.000", 150_000, "count", "con/tháng", "cá bảy màu cung ứng mỗi tháng cho doanh nghiệp xuất khẩu",
      approx="about"),
    F("từ 3.000 đến 5.000 đồng/con", "3.000", 3000, "money", "đồng/con", "giá bán cá bảy màu thương phẩm",
      value_max=5000),
    F("150.000-300.000 đồng/cặp", "150.000", 150_000, "money", "đồng/cặp", "giá các dòng cá bảy màu cao cấp",
      value_max=300_000),
    F("từ 500.000 đồng đến 1,5 triệu", "500.000", 500_000, "money", "đồng/cặp", "giá cá bố mẹ chọn lọc nhập về",
      value_max=1_500_000),
    F("khoảng 1,35 triệu con", "1,35", 1_350_000, "count", "con", "sản lượng cá cảnh", M9, approx="about"),
    F("ước đạt 9,8 tỷ đồng", "9,8", 9_800_000_000, "money", "đồng", "doanh thu nuôi cá cảnh", M9,
      change=C("increase", 15, "%", "cùng kỳ"), status="estimate"),
    F("từ 120 đến 200 triệu đồng/năm", "120", 120_000_000, "money", "đồng/năm", "lợi nhuận bình quân của các hộ",
      value_max=200_000_000),
    F("cao gấp 3 lần", "3", 3, "multiple", "lần", "lợi nhuận nuôi cá cảnh so với trồng lúa"),
    F("thêm 10 hộ", "10", 10, "count", "hộ", "hộ nuôi cá cảnh phát triển thêm", Y24, status="target"),
    F("đạt 2 triệu con", "2", 2_000_000, "count", "con", "sản lượng cá cảnh cả năm", Y24, status="target"),
    F("dự kiến 450 triệu đồng", "450", 450_000_000, "money", "đồng", "kinh phí hỗ trợ xây dựng mô hình điểm",
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Phong Điền, TP Cần Thơ (invented): nuôi cá bảy màu (guppy) — households, tanks, prices, output, revenue, 2024 targets.",
    "Location: the district (commune figures of Nhơn Ái lie in it). Distractors: 'Ngày đăng: 23/10/2023', 'ông Trần Văn Năm' (a name",
    "that is a number word), 'ấp Nhơn Lộc 1', 'Kế hoạch số 86/KH-UBND', 'Koi Tuxedo'/'Full Red' (strain names).",
    "'tăng 9 hộ so với cuối năm 2022' is the change of 47 hộ across the area clause; 'trong đó xã Nhơn Ái có 26 hộ' -> total 47.",
    "'Mức lợi nhuận này cao gấp 3 lần trồng lúa' stands as its own sentence: a multiple (the claim), no change on the profit range.",
    "'mỗi tháng cung ứng khoảng 150.000 con' -> unit con/tháng (cf. đồng/tháng for 'mỗi tháng').",
]

build("p1011-2", TEXT, NOTES, FIGS, published="2023-10-23", location="Phong Điền")
