"""p1347-2: district portal (huyện Yên Thành, Nghệ An): a loach cooperative on rice fields."""
from lib import F, P, INH, CHG, TGT, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ / Tin tức / Kinh tế - Nông nghiệp

HTX nuôi cá chạch bùn trên ruộng lúa cho thu nhập cao

21/05/2024 - 10:20

Năm 2021, 9 thành viên góp vốn thành lập Hợp tác xã Thủy sản Tân Phát tại xóm 7, xã Hợp Thành. Ban đầu, HTX chỉ nuôi thử 1,5 ha. Hiện HTX đã mở rộng lên 6,2 ha ruộng lúa kết hợp nuôi cá chạch bùn, với 23 thành viên, trong đó có 8 thành viên thuộc hộ nghèo và cận nghèo.

Theo ông Phan Văn Lực, Giám đốc HTX, mỗi vụ HTX thả khoảng 900.000 con giống, mật độ 15-20 con/m2 mương ruộng. Sau 4 tháng nuôi, cá đạt cỡ 40-50 con/kg, tỷ lệ sống trên 70%. Năm 2023, HTX thu hoạch 38 tấn cá chạch bùn, doanh thu gần 4,2 tỷ đồng, lợi nhuận khoảng 1,6 tỷ đồng; thu nhập bình quân của người lao động đạt 7,5 triệu đồng/người/tháng.

Năm 2024, HTX phấn đấu nâng sản lượng lên 50 tấn và liên kết với khoảng 30 hộ trong xã để bao tiêu sản phẩm. Hiện giá cá chạch bùn thương phẩm tại ruộng từ 110.000-120.000 đồng/kg; cá giống được HTX bán cho các hộ với giá 350 đồng/con.

Toàn huyện Yên Thành hiện có 57 hộ và 2 HTX nuôi cá chạch với tổng diện tích 31 ha. Huyện đặt mục tiêu đến năm 2025 phát triển thêm 20 ha nuôi cá chạch kết hợp trồng lúa hữu cơ, hình thành vùng nuôi tập trung tại các xã Hợp Thành, Công Thành và Bắc Thành.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Yên Thành tổ chức Hội nghị sơ kết sản xuất vụ Xuân 2024
- Xã Hợp Thành đón Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao

Ban biên tập: Số 86, đường Lê Hồng Phong, thị trấn Yên Thành. ĐT: 0238.3863.125
"""

Y21 = P("Năm 2021", "2021-01-01", "2021-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("2021, 9 thành viên", "9", 9, "count", "thành viên",
      subject="thành viên góp vốn thành lập Hợp tác xã Thủy sản Tân Phát", period=Y21),
    F("nuôi thử 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích HTX nuôi thử ban đầu", period=INH(Y21)),
    F("lên 6,2 ha", "6,2", 6.2, "measure", "ha", subject="ruộng lúa kết hợp nuôi cá chạch bùn của HTX"),
    F("với 23 thành viên", "23", 23, "count", "thành viên", subject="thành viên HTX"),
    F("có 8 thành viên", "8", 8, "count", "thành viên", total=23, subject="thành viên thuộc hộ nghèo và cận nghèo"),
    F("khoảng 900.000 con", "900.000", 900000, "count", "con giống", approx="about",
      subject="con giống HTX thả mỗi vụ"),
    F("mật độ 15-20", "15", 15, "measure", "con/m2", value_max=20, subject="mật độ thả cá chạch bùn"),
    F("Sau 4 tháng", "4", 4, "measure", "tháng", subject="thời gian nuôi", optional=True),
    F("cỡ 40-50", "40", 40, "measure", "con/kg", value_max=50, subject="cỡ cá chạch bùn"),
    F("trên 70%", "70", 70, "percent", "%", approx="over", subject="tỷ lệ sống"),
    F("thu hoạch 38 tấn", "38", 38, "measure", "tấn", subject="cá chạch bùn HTX thu hoạch", period=Y23),
    F("gần 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="nearly", subject="doanh thu của HTX", period=Y23),
    F("khoảng 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="about", subject="lợi nhuận của HTX", period=Y23),
    F("đạt 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của người lao động", period=Y23),
    F("lên 50 tấn", "50", 50, "measure", "tấn", status="target", subject="sản lượng của HTX", period=Y24),
    F("khoảng 30 hộ", "30", 30, "count", "hộ", approx="about", status="target",
      subject="hộ trong xã liên kết bao tiêu sản phẩm", period=Y24),
    F("từ 110.000-120.000", "110.000", 110000, "money", "đồng/kg", value_max=120000,
      subject="giá cá chạch bùn thương phẩm tại ruộng"),
    F("giá 350 đồng/con", "350", 350, "money", "đồng/con", subject="giá cá giống HTX bán cho các hộ"),
    F("có 57 hộ", "57", 57, "count", "hộ", subject="hộ nuôi cá chạch"),
    F("và 2 HTX", "2", 2, "count", "HTX", subject="HTX nuôi cá chạch"),
    F("diện tích 31 ha", "31", 31, "measure", "ha", subject="tổng diện tích nuôi cá chạch"),
    F("thêm 20 ha", "20", 20, "measure", "ha", status="target",
      subject="diện tích nuôi cá chạch kết hợp trồng lúa hữu cơ phát triển thêm", period=T25),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): banner, breadcrumb, '21/05/2024 - 10:20', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'xóm 7', 10:20, 'Số 86', phone 0238.3863.125, 'vụ Xuân 2024' in a link title.",
    "All figures are located in Yên Thành (the HTX stands in xã Hợp Thành of the district).",
    "'Năm 2021, 9 thành viên ... thành lập' is a 2021 figure; the next sentence's 'Ban đầu ... 1,5 ha' inherits 2021.",
    "'Hiện ... 6,2 ha', '23 thành viên', prices and the district totals have no period. '8 thành viên' after 'trong đó' → total 23.",
    "'mỗi vụ ... 900.000 con giống' per crop: unit con giống (the crop is a denominator; the prefix rule accepts both).",
    "'Sau 4 tháng nuôi' is a duration that locates the size; optional. 'phấn đấu' governs both clauses of its sentence (target, 2024).",
]

if __name__ == "__main__":
    write("p1347-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Yên Thành")
