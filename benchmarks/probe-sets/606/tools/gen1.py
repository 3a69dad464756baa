"""p606-1: Thái Nguyên province portal — tea area, fresh-leaf output H1/2024, districts, OCOP, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Thái Nguyên: Sản lượng chè búp tươi 6 tháng ước đạt 142.600 tấn
Cập nhật: 12/07/2024 16:45 | Lượt xem: 3.482

(TN) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng diện tích chè toàn tỉnh Thái Nguyên là 22.450 ha, trong đó diện tích chè kinh doanh 21.080 ha. Sáu tháng đầu năm 2024, sản lượng chè búp tươi ước đạt 142.600 tấn, tăng 3,4% so với cùng kỳ, đạt 52,6% kế hoạch năm; năng suất bình quân ước đạt 67,6 tạ/ha.

Các địa phương có diện tích chè lớn gồm: huyện Đại Từ (6.890 ha), huyện Phú Lương (3.870 ha), huyện Định Hóa (2.950 ha) và thành phố Thái Nguyên (1.420 ha). Giá trị sản phẩm thu hoạch trên 1 ha chè ước đạt 285 triệu đồng/ha; riêng vùng chè đặc sản Tân Cương ước đạt trên 500 triệu đồng/ha.

Toàn tỉnh hiện có 9.850 ha chè được cấp chứng nhận VietGAP, hữu cơ và tương đương, chiếm 43,9% tổng diện tích; gần 100 cơ sở chế biến quy mô công nghiệp cùng khoảng 38.000 hộ làm chè. Về Chương trình OCOP, đã có 226 sản phẩm chè được công nhận từ 3 sao trở lên, trong đó 7 sản phẩm đạt 5 sao; riêng 6 tháng đầu năm có thêm 18 sản phẩm.

Tỉnh phấn đấu đến năm 2025 giá trị sản phẩm chè đạt 300 triệu đồng/ha, diện tích chè có chứng nhận chiếm từ 50 đến 55% tổng diện tích.

Mọi thông tin xin liên hệ: Văn phòng Sở Nông nghiệp và PTNT, số 18 đường Nha Trang, phường Trưng Vương, TP Thái Nguyên; điện thoại 0208.3855.624.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("6 tháng ước đạt 142.600 tấn", "142.600", 142600, "measure", "tấn", "sản lượng chè búp tươi",
      P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    F("là 22.450 ha", "22.450", 22450, "measure", "ha", "tổng diện tích chè", ASOF),
    F("kinh doanh 21.080 ha", "21.080", 21080, "measure", "ha", "diện tích chè kinh doanh", ASOF, total=22450),
    F("búp tươi ước đạt 142.600 tấn", "142.600", 142600, "measure", "tấn", "sản lượng chè búp tươi", H1,
      percent=52.6, change=CH("increase", 3.4, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 67,6 tạ/ha", "67,6", 67.6, "measure", "tạ/ha", "năng suất bình quân", H1, status="estimate"),
    F("Đại Từ (6.890 ha)", "6.890", 6890, "measure", "ha", "diện tích chè", I(ASOF), location="Đại Từ"),
    F("Phú Lương (3.870 ha)", "3.870", 3870, "measure", "ha", "diện tích chè", I(ASOF), location="Phú Lương"),
    F("Định Hóa (2.950 ha)", "2.950", 2950, "measure", "ha", "diện tích chè", I(ASOF), location="Định Hóa"),
    F("(1.420 ha)", "1.420", 1420, "measure", "ha", "diện tích chè", I(ASOF), location="Thái Nguyên"),
    F("ước đạt 285 triệu đồng/ha", "285", 285e6, "money", "đồng/ha", "giá trị sản phẩm thu hoạch trên 1 ha chè",
      status="estimate"),
    F("trên 500 triệu đồng/ha", "500", 500e6, "money", "đồng/ha",
      "giá trị sản phẩm thu hoạch trên 1 ha chè vùng chè đặc sản Tân Cương", approx="over", status="estimate"),
    F("có 9.850 ha", "9.850", 9850, "measure", "ha",
      "diện tích chè được cấp chứng nhận VietGAP, hữu cơ và tương đương", percent=43.9),
    F("gần 100 cơ sở", "100", 100, "count", "cơ sở", "cơ sở chế biến quy mô công nghiệp", approx="nearly"),
    F("khoảng 38.000 hộ", "38.000", 38000, "count", "hộ", "hộ làm chè", approx="about"),
    F("có 226 sản phẩm", "226", 226, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP từ 3 sao trở lên"),
    F("trong đó 7 sản phẩm", "7", 7, "count", "sản phẩm", "sản phẩm chè OCOP đạt 5 sao", total=226),
    F("thêm 18 sản phẩm", "18", 18, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP có thêm",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("đạt 300 triệu đồng/ha", "300", 300e6, "money", "đồng/ha", "giá trị sản phẩm chè", T25, status="target"),
    F("từ 50 đến 55%", "50", 50, "percent", "%", "diện tích chè có chứng nhận trong tổng diện tích", T25,
      value_max=55, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Nguyên: chè 6 tháng đầu năm 2024 — diện tích, sản lượng búp tươi, năng suất, huyện, giá trị/ha, chứng nhận, OCOP, mục tiêu 2025.",
    "Distractors: 'Cập nhật: 12/07/2024 16:45', 'Lượt xem: 3.482', '1 ha' (rate denominator), OCOP star levels '3 sao', '5 sao',",
    "'số 18 đường Nha Trang', phone '0208.3855.624', 'Sáu tháng đầu năm 2024' (period).",
    "Headline '6 tháng' takes its year from the 'Cập nhật' date. District list after 'gồm:' follows no figure: no total.",
    "'riêng 6 tháng đầu năm có thêm 18' is no part of 226 (no cue). TP Thái Nguyên and commune Tân Cương -> location Thái Nguyên.",
]

if __name__ == "__main__":
    emit("p606-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Thái Nguyên")
