"""p824-2: huyện Gia Lộc (Hải Dương) district portal, the Tam Lâm leather-shoe craft village, 5 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử huyện Gia Lộc
Trang chủ | Kinh tế | Công nghiệp - Tiểu thủ công nghiệp

Làng nghề giày da Tam Lâm giữ nhịp sản xuất
Đăng ngày: 22/05/2023 | Tác giả: Thu Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện

Làng nghề giày da Tam Lâm (xã Hoàng Diệu) hiện có 312 hộ làm nghề, trong đó 45 hộ có xưởng sản xuất quy mô trên 20 lao động. Các xưởng tập trung dọc đường tỉnh 395, thu hút khoảng 1.600 lao động trong và ngoài xã, lao động nữ chiếm 65%.

5 tháng đầu năm 2023, các hộ sản xuất được khoảng 420.000 đôi giày, dép các loại, tăng 8% so với cùng kỳ năm 2022; doanh thu ước đạt 58 tỷ đồng. Sản phẩm chủ yếu là giày da nam, giày công sở, dép da, giá bán buôn phổ biến từ 250.000 đến 450.000 đồng/đôi; giày thủ công đặt riêng có giá 1,2-1,5 triệu đồng/đôi. Ngoài tiêu thụ tại các tỉnh phía Bắc, khoảng 15% sản phẩm được xuất sang Lào và Campuchia.

Thu nhập bình quân của lao động làng nghề từ 6 đến 7 triệu đồng/người/tháng, thợ lành nghề đạt 10-12 triệu đồng/tháng. Hiện có 27 hộ bán hàng qua sàn thương mại điện tử; doanh số bán trực tuyến chiếm gần 30% tổng doanh thu của làng nghề.

Năm 2023, làng nghề phấn đấu sản xuất 1,1 triệu đôi, doanh thu đạt 150 tỷ đồng. UBND xã dự kiến dành 200 triệu đồng hỗ trợ các hộ xây dựng nhãn hiệu tập thể "Giày da Tam Lâm" theo Quyết định số 1021/QĐ-UBND ngày 12/4/2023 của UBND huyện; đồng thời mở 3 lớp đào tạo nghề cho khoảng 90 lao động.

Ông Vũ Văn Năm, Chủ tịch Hội làng nghề, cho biết đây là lần thứ 2 làng nghề tham gia Hội chợ hàng thủ công mỹ nghệ của tỉnh.
"""

M5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
Y = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("hiện có 312 hộ", "312", 312, "count", "hộ", "hộ làm nghề giày da"),
    F("trong đó 45 hộ", "45", 45, "count", "hộ", "hộ có xưởng sản xuất quy mô trên 20 lao động", total=312),
    F("quy mô trên 20 lao động", "20", 20, "count", "lao động", "quy mô xưởng sản xuất", approx="over",
      optional=True),
    F("khoảng 1.600 lao động", "1.600", 1600, "count", "lao động", "lao động làng nghề giày da", approx="about"),
    F("lao động nữ chiếm 65%", "65", 65, "percent", "%", "lao động nữ"),
    F("khoảng 420.000 đôi", "420.000", 420000, "count", "đôi", "giày, dép các loại sản xuất được", M5,
      approx="about", change=C("increase", 8, baseline="cùng kỳ năm 2022")),
    F("doanh thu ước đạt 58 tỷ đồng", "58", 58e9, "money", "đồng", "doanh thu", M5, status="estimate"),
    F("từ 250.000 đến 450.000 đồng/đôi", "250.000", 250000, "money", "đồng/đôi", "giá bán buôn giày da",
      value_max=450000),
    F("có giá 1,2-1,5 triệu đồng/đôi", "1,2", 1.2e6, "money", "đồng/đôi", "giá giày thủ công đặt riêng",
      value_max=1.5e6),
    F("khoảng 15% sản phẩm", "15", 15, "percent", "%", "sản phẩm được xuất sang Lào và Campuchia",
      approx="about"),
    F("từ 6 đến 7 triệu đồng/người/tháng", "6", 6e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làng nghề", value_max=7e6),
    F("đạt 10-12 triệu đồng/tháng", "10", 10e6, "money", "đồng/tháng", "thu nhập thợ lành nghề", value_max=12e6),
    F("Hiện có 27 hộ", "27", 27, "count", "hộ", "hộ bán hàng qua sàn thương mại điện tử"),
    F("chiếm gần 30% tổng doanh thu", "30", 30, "percent", "%", "doanh số bán trực tuyến trong tổng doanh thu",
      approx="nearly"),
    F("sản xuất 1,1 triệu đôi", "1,1", 1.1e6, "count", "đôi", "sản lượng giày dép sản xuất", Y, status="target"),
    F("doanh thu đạt 150 tỷ đồng", "150", 150e9, "money", "đồng", "doanh thu", Y, status="target"),
    F("dành 200 triệu đồng", "200", 200e6, "money", "đồng", "hỗ trợ xây dựng nhãn hiệu tập thể",
      status="forecast"),
    F("mở 3 lớp", "3", 3, "count", "lớp", "lớp đào tạo nghề", status="forecast"),
    F("khoảng 90 lao động", "90", 90, "count", "lao động", "lao động được đào tạo nghề", approx="about",
      status="forecast"),
]

NOTES = [
    "Gia Lộc district portal: Tam Lâm leather-shoe village (xã Hoàng Diệu), 5 months 2023, prices per pair, incomes, e-commerce, targets.",
    "Location is the district Gia Lộc (the commune lies in it); 'Lào và Campuchia' are buyers, not places of the figure.",
    "'trên 20 lao động' is a size threshold of a category: optional. 'lao động nữ chiếm 65%' is a share figure of its own.",
    "'dự kiến' governs '; đồng thời mở 3 lớp … khoảng 90 lao động' (the clause continues it) -> forecast.",
    "Not figures: đường tỉnh 395, Quyết định số 1021/QĐ-UBND ngày 12/4/2023, lần thứ 2, the name Vũ Văn Năm, the date line.",
]

if __name__ == "__main__":
    write("p824-2", TEXT, NOTES, FIGS, published="2023-05-22", location="Gia Lộc")
