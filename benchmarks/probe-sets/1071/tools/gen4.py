"""p1071-4: Bộ TN&MT site — national picture of small household-waste incinerators, 2023."""
from lib import F, P, Y, C, T, build

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Môi trường

Hơn 1.300 lò đốt rác sinh hoạt: cần rà soát, đánh giá lại hiệu quả

Ngày đăng: 05/06/2024 | Lượt xem: 1.204

Theo số liệu tổng hợp của Cục Kiểm soát ô nhiễm môi trường, năm 2023, tổng khối lượng chất thải rắn sinh hoạt phát sinh trên toàn quốc khoảng 67.900 tấn/ngày, tăng 4,6% so với năm 2022. Trong đó, khu vực nông thôn khoảng 30.200 tấn/ngày, chiếm 44,5%. Tỷ lệ thu gom chất thải rắn sinh hoạt khu vực nông thôn đạt 78,5%, thấp hơn nhiều so với khu vực đô thị (97%).

Cả nước hiện có 1.322 lò đốt chất thải rắn sinh hoạt, trong đó khoảng 1.050 lò đốt cỡ nhỏ có công suất dưới 500 kg/giờ, chủ yếu do cấp xã quản lý. Lò đốt cỡ nhỏ tập trung nhiều ở các tỉnh đồng bằng sông Hồng như Thái Bình (168 lò), Nam Định (112 lò), Hà Nam (74 lò). Chi phí đầu tư một lò đốt cỡ nhỏ từ 1,5 đến 5 tỷ đồng; chi phí vận hành 250.000-400.000 đồng/tấn.

Khảo sát tại 25 tỉnh cho thấy chỉ khoảng 30% số lò đốt cỡ nhỏ có hệ thống xử lý khí thải đạt quy chuẩn. Nhiều lò không có nhân viên được đào tạo, đốt không đủ nhiệt độ 850 độ C, phát sinh khói và mùi.

Theo Quyết định số 491/QĐ-TTg ngày 07/5/2018, mục tiêu đến năm 2025 có 80% tổng lượng chất thải rắn sinh hoạt phát sinh tại khu dân cư nông thôn được thu gom, lưu giữ, vận chuyển và xử lý. Bộ đã có văn bản gửi 63/63 tỉnh, thành phố đề nghị rà soát toàn bộ lò đốt trước ngày 31/12/2024; dự kiến khoảng 40% số lò đốt cỡ nhỏ sẽ phải dừng hoạt động hoặc cải tạo.

Bộ Tài nguyên và Môi trường - Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội
"""

Y23 = Y(2023)
Y23i = Y(2023, inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 1.300 lò đốt", "1.300", 1300, "count", "lò đốt", "lò đốt rác sinh hoạt", approx="over"),
    F("khoảng 67.900 tấn/ngày", "67.900", 67900, "measure", "tấn/ngày",
      "tổng khối lượng chất thải rắn sinh hoạt phát sinh", Y23, approx="about",
      change=C("increase", 4.6, "%", "năm 2022")),
    F("khoảng 30.200 tấn/ngày", "30.200", 30200, "measure", "tấn/ngày",
      "khối lượng chất thải rắn sinh hoạt phát sinh khu vực nông thôn", Y23i, approx="about",
      total=67900, percent=44.5),
    F("đạt 78,5%", "78,5", 78.5, "percent", "%", "tỷ lệ thu gom chất thải rắn sinh hoạt khu vực nông thôn", Y23i),
    F("(97%)", "97", 97, "percent", "%", "tỷ lệ thu gom chất thải rắn sinh hoạt khu vực đô thị", Y23i),
    F("có 1.322 lò đốt", "1.322", 1322, "count", "lò đốt", "lò đốt chất thải rắn sinh hoạt"),
    F("khoảng 1.050 lò đốt", "1.050", 1050, "count", "lò đốt", "lò đốt cỡ nhỏ", approx="about", total=1322),
    F("dưới 500 kg/giờ", "500", 500, "measure", "kg/giờ", "công suất lò đốt cỡ nhỏ", approx="under", optional=True),
    F("Thái Bình (168 lò)", "168", 168, "count", "lò", "lò đốt cỡ nhỏ", location="Thái Bình"),
    F("Nam Định (112 lò)", "112", 112, "count", "lò", "lò đốt cỡ nhỏ", location="Nam Định"),
    F("Hà Nam (74 lò)", "74", 74, "count", "lò", "lò đốt cỡ nhỏ", location="Hà Nam"),
    F("từ 1,5 đến 5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "chi phí đầu tư một lò đốt cỡ nhỏ", value_max=5e9),
    F("250.000-400.000 đồng/tấn", "250.000", 250000, "money", "đồng/tấn", "chi phí vận hành lò đốt cỡ nhỏ",
      value_max=400000),
    F("tại 25 tỉnh", "25", 25, "count", "tỉnh", "tỉnh được khảo sát"),
    F("khoảng 30%", "30", 30, "percent", "%", "số lò đốt cỡ nhỏ có hệ thống xử lý khí thải đạt quy chuẩn",
      approx="about"),
    F("nhiệt độ 850 độ C", "850", 850, "measure", "độ C", "nhiệt độ đốt yêu cầu", optional=True),
    F("có 80% tổng lượng", "80", 80, "percent", "%",
      "tổng lượng chất thải rắn sinh hoạt phát sinh tại khu dân cư nông thôn được thu gom, lưu giữ, vận chuyển và xử lý",
      T25, status="target"),
    F("gửi 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được đề nghị rà soát lò đốt", total=63),
    F("khoảng 40% số lò", "40", 40, "percent", "%", "số lò đốt cỡ nhỏ phải dừng hoạt động hoặc cải tạo",
      approx="about", status="forecast"),
]

NOTES = [
    "Bộ TN&MT news page (national): CTRSH generated in 2023, rural collection rate, 1.322 incinerators of which ~1.050 small, provinces, costs, targets.",
    "Distractors: 'Ngày đăng: 05/06/2024', 'Lượt xem: 1.204', 'Quyết định số 491/QĐ-TTg ngày 07/5/2018', 'trước ngày 31/12/2024', 'Số 10 Tôn Thất Thuyết'.",
    "'Trong đó, khu vực nông thôn khoảng 30.200 tấn/ngày, chiếm 44,5%' is a part of 67.900 (sentence break after the whole) with its share.",
    "'khu vực đô thị (97%)' is a percent figure of its own; 'thấp hơn nhiều' gives no change value.",
    "Category threshold 'dưới 500 kg/giờ' and the required combustion temperature '850 độ C' are optional (they describe a class / a norm).",
    "The province list (Thái Bình, Nam Định, Hà Nam) are examples, not a breakdown: no total; each province is its location. '25 tỉnh', '63/63' are national (Việt Nam).",
    "'Bộ đã có văn bản gửi 63/63 tỉnh' is a fact (actual); '63/63' gives total 63.",
]

if __name__ == "__main__":
    build("p1071-4", TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
