"""p1023-4: ministry site (Bộ Tài nguyên và Môi trường), national, January 2025."""
from lib import F, P, I, C, T, write_set

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ » Tin tức » Môi trường
Đăng ngày: 20/01/2025 - 14:30 | Lượt xem: 1.204

Năm 2024, cả nước có khoảng 3,2 triệu hộ gia đình phân loại rác thực phẩm tại nguồn

Theo Cục Kiểm soát ô nhiễm môi trường, năm 2024 cả nước phát sinh khoảng 67.900 tấn chất thải rắn sinh hoạt mỗi ngày, trong đó khu vực đô thị khoảng 38.200 tấn/ngày, khu vực nông thôn khoảng 29.700 tấn/ngày. Chất thải thực phẩm và các loại rác hữu cơ dễ phân hủy chiếm từ 55 đến 65% tổng khối lượng.

Đến hết năm 2024, có 52/63 tỉnh, thành phố đã triển khai phân loại chất thải rắn sinh hoạt tại nguồn, tăng 7 địa phương so với năm 2023; khoảng 3,2 triệu hộ gia đình đã tham gia phân loại rác thực phẩm, gấp 1,8 lần năm 2022. Các địa phương có tỷ lệ hộ phân loại cao là Đà Nẵng (72%), Thừa Thiên Huế (68,5%), Quảng Nam (61%) và Bắc Ninh (57,4%).

Lượng rác hữu cơ được xử lý bằng công nghệ ủ phân compost ở quy mô hộ gia đình và cơ sở tập trung ước đạt 9.800 tấn/ngày, mới chiếm khoảng 14,4% lượng phát sinh.

Theo Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP, từ ngày 1/1/2025, hộ gia đình, cá nhân phải phân loại chất thải rắn sinh hoạt thành 3 nhóm: chất thải có khả năng tái sử dụng, tái chế; chất thải thực phẩm; chất thải rắn sinh hoạt khác.

Mục tiêu đến năm 2025, 85% chất thải rắn sinh hoạt đô thị và 80% chất thải rắn sinh hoạt nông thôn được thu gom, xử lý đúng quy định; đến năm 2030, tỷ lệ chất thải thực phẩm được tái chế thành phân bón hữu cơ đạt trên 50%.

Theo Bộ, chi phí đầu tư một cơ sở ủ phân compost công suất 50 tấn/ngày khoảng 35-40 tỷ đồng; giá dịch vụ thu gom, xử lý rác tại nhiều địa phương ở mức 25.000-40.000 đồng/hộ/tháng.

Địa chỉ: Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
END24 = P("Đến hết năm 2024", None, "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ hộ phân loại chất thải rắn sinh hoạt tại nguồn"

FIGS = [
    F("khoảng 3,2 triệu hộ gia đình phân loại", "3,2", 3.2e6, "count", "hộ gia đình",
      "hộ gia đình phân loại rác thực phẩm tại nguồn", Y24, approx="about"),
    F("khoảng 67.900 tấn", "67.900", 67900, "measure", "tấn/ngày", "chất thải rắn sinh hoạt phát sinh", Y24b,
      approx="about"),
    F("khoảng 38.200 tấn/ngày", "38.200", 38200, "measure", "tấn/ngày",
      "chất thải rắn sinh hoạt phát sinh khu vực đô thị", Y24b, approx="about", total=67900),
    F("khoảng 29.700 tấn/ngày", "29.700", 29700, "measure", "tấn/ngày",
      "chất thải rắn sinh hoạt phát sinh khu vực nông thôn", Y24b, approx="about", total=67900),
    F("từ 55 đến 65%", "55", 55, "percent", "%",
      "tỷ trọng chất thải thực phẩm và rác hữu cơ dễ phân hủy trong tổng khối lượng", I(Y24b), value_max=65),
    F("có 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố",
      "tỉnh, thành phố triển khai phân loại chất thải rắn sinh hoạt tại nguồn", END24, total=63,
      change=C("increase", 7, "địa phương", "năm 2023")),
    F("khoảng 3,2 triệu hộ gia đình đã", "3,2", 3.2e6, "count", "hộ gia đình",
      "hộ gia đình tham gia phân loại rác thực phẩm", END24, approx="about",
      change=C("increase", 1.8, "lần", "năm 2022")),
    F("Đà Nẵng (72%)", "72", 72, "percent", "%", RATE, I(END24), location="Đà Nẵng"),
    F("Thừa Thiên Huế (68,5%)", "68,5", 68.5, "percent", "%", RATE, I(END24), location="Thừa Thiên Huế"),
    F("Quảng Nam (61%)", "61", 61, "percent", "%", RATE, I(END24), location="Quảng Nam"),
    F("Bắc Ninh (57,4%)", "57,4", 57.4, "percent", "%", RATE, I(END24), location="Bắc Ninh"),
    F("ước đạt 9.800 tấn/ngày", "9.800", 9800, "measure", "tấn/ngày",
      "lượng rác hữu cơ được xử lý bằng công nghệ ủ phân compost", percent=14.4, status="estimate"),
    F("thành 3 nhóm", "3", 3, "count", "nhóm", "nhóm phân loại chất thải rắn sinh hoạt", optional=True),
    F("năm 2025, 85%", "85", 85, "percent", "%", "chất thải rắn sinh hoạt đô thị được thu gom, xử lý đúng quy định",
      T25, status="target"),
    F("và 80% chất thải", "80", 80, "percent", "%",
      "chất thải rắn sinh hoạt nông thôn được thu gom, xử lý đúng quy định", T25, status="target"),
    F("đạt trên 50%", "50", 50, "percent", "%", "tỷ lệ chất thải thực phẩm được tái chế thành phân bón hữu cơ",
      T30, approx="over", status="target"),
    F("công suất 50 tấn/ngày", "50", 50, "measure", "tấn/ngày", "công suất cơ sở ủ phân compost", optional=True),
    F("khoảng 35-40 tỷ đồng", "35", 35e9, "money", "đồng", "chi phí đầu tư một cơ sở ủ phân compost",
      value_max=40e9, approx="about"),
    F("mức 25.000-40.000 đồng/hộ/tháng", "25.000", 25000, "money", "đồng/hộ/tháng",
      "giá dịch vụ thu gom, xử lý rác", value_max=40000),
]

NOTES = [
    "Ministry site (Bộ TN&MT), national figures for 2024, published 20/01/2025; invented for probe set 1023. Location Việt Nam except the province list.",
    "Headline figure recorded (period 'Năm 2024'); body repeats 3,2 triệu with its change 'gấp 1,8 lần năm 2022' (change, unit lần).",
    "'trong đó khu vực đô thị khoảng 38.200 tấn/ngày, ... nông thôn khoảng 29.700' -> total 67900 (they add up).",
    "'chiếm từ 55 đến 65%' has its own subject (a new sentence): percent figure, range. 'mới chiếm khoảng 14,4%' is the percent of 9.800 tấn/ngày.",
    "Optional: '3 nhóm' (categories of the law), 'công suất 50 tấn/ngày' (spec of an example plant).",
    "Distractors: 'Lượt xem: 1.204', '20/01/2025 - 14:30', 'Luật Bảo vệ môi trường năm 2020', 'Nghị định số 08/2022/NĐ-CP', 'từ ngày 1/1/2025', 'Số 10 Tôn Thất Thuyết', phone.",
]

write_set("p1023-4", TEXT, FIGS, NOTES, published="2025-01-20", location="Việt Nam")
