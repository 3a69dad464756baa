"""p895-4: Cục Chăn nuôi (Bộ NN&PTNT) site, national goose herd 2023."""
from lib import build, F, P, I, C

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ / Tin hoạt động / Gia cầm
Chăn nuôi ngỗng: hướng đi tiềm năng cho kinh tế hộ
Ngày đăng: 22/03/2024 | Lượt xem: 742

Ngày 20/3/2024, tại tỉnh Hải Dương, Cục Chăn nuôi tổ chức Hội thảo "Phát triển chăn nuôi ngỗng theo chuỗi giá trị".

Theo số liệu của Cục Chăn nuôi, tính đến cuối năm 2023, tổng đàn ngỗng cả nước ước khoảng 3,2 triệu con, chiếm khoảng 0,6% tổng đàn gia cầm. Các địa phương có đàn ngỗng lớn nhất lần lượt là Hải Dương (395.000 con), Thái Bình (312.000 con), Bắc Giang (254.000 con) và Nghệ An (226.000 con).

Năm 2023, sản lượng thịt ngỗng hơi xuất chuồng cả nước đạt khoảng 14.600 tấn, tăng 4,3% so với năm 2022; sản lượng trứng ngỗng đạt 41,5 triệu quả. Cả nước hiện có khoảng 1.150 trang trại chăn nuôi ngỗng, trong đó 186 trang trại quy mô lớn (từ 2.000 con trở lên), chiếm 16,2%.

Theo đánh giá tại hội thảo, nuôi ngỗng có hiệu quả cao hơn nuôi vịt: chi phí thức ăn chỉ bằng 60-70% so với nuôi vịt cùng trọng lượng do ngỗng tận dụng được cỏ, lợi nhuận bình quân đạt 18.000-22.000 đồng/kg thịt hơi. Tuy nhiên, quy mô của nhiều hộ còn nhỏ, bình quân chỉ 150-200 con/hộ; tỷ lệ ngỗng giống được cung cấp từ cơ sở có chứng nhận mới đạt khoảng 35%.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030 (Quyết định số 1520/QĐ-TTg), đàn thủy cầm được định hướng phát triển ổn định. Cục Chăn nuôi đặt mục tiêu đến năm 2025 tổng đàn ngỗng cả nước đạt 3,5 triệu con, sản lượng thịt đạt 16.000 tấn.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.3734.5443
"""

END23 = P("tính đến cuối năm 2023", end="2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GOAL = P("đến năm 2025", end="2025-12-31")
FIGS = [
    F("ước khoảng 3,2 triệu con", "3,2", 3200000, "count", "con", "tổng đàn ngỗng cả nước", END23,
      approx="about", percent=0.6, status="estimate"),
    F("Hải Dương (395.000 con)", "395.000", 395000, "count", "con", "đàn ngỗng", I(END23), location="Hải Dương"),
    F("Thái Bình (312.000 con)", "312.000", 312000, "count", "con", "đàn ngỗng", I(END23), location="Thái Bình"),
    F("Bắc Giang (254.000 con)", "254.000", 254000, "count", "con", "đàn ngỗng", I(END23), location="Bắc Giang"),
    F("Nghệ An (226.000 con)", "226.000", 226000, "count", "con", "đàn ngỗng", I(END23), location="Nghệ An"),
    F("khoảng 14.600 tấn", "14.600", 14600, "measure", "tấn", "sản lượng thịt ngỗng hơi xuất chuồng cả nước", Y23,
      approx="about", change=C("increase", 4.3, baseline="năm 2022")),
    F("đạt 41,5 triệu quả", "41,5", 41500000, "count", "quả", "sản lượng trứng ngỗng", Y23),
    F("khoảng 1.150 trang trại", "1.150", 1150, "count", "trang trại", "trang trại chăn nuôi ngỗng", approx="about"),
    F("đó 186 trang trại", "186", 186, "count", "trang trại", "trang trại chăn nuôi ngỗng quy mô lớn",
      total=1150, percent=16.2),
    F("từ 2.000 con trở lên", "2.000", 2000, "count", "con", "quy mô trang trại lớn", approx="at_least", optional=True),
    F("bằng 60-70%", "60", 60, "percent", "%", "chi phí thức ăn nuôi ngỗng so với nuôi vịt", value_max=70),
    F("đạt 18.000-22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "lợi nhuận bình quân nuôi ngỗng",
      value_max=22000),
    F("chỉ 150-200 con/hộ", "150", 150, "measure", "con/hộ", "quy mô nuôi ngỗng bình quân của hộ", value_max=200),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ ngỗng giống được cung cấp từ cơ sở có chứng nhận", approx="about"),
    F("đạt 3,5 triệu con", "3,5", 3500000, "count", "con", "tổng đàn ngỗng cả nước", GOAL, status="target"),
    F("đạt 16.000 tấn", "16.000", 16000, "measure", "tấn", "sản lượng thịt ngỗng", GOAL, status="target"),
]

NOTES = [
    "Cục Chăn nuôi (Bộ NN&PTNT) site: national goose figures (end of 2023, year 2023) and targets to 2025. 'Ngày đăng: 22/03/2024'.",
    "National figures are 'Việt Nam'; the workshop venue 'tại tỉnh Hải Dương' does not localise them; the ranking list items take their",
    "province as location and the list's indicator 'đàn ngỗng' as subject (period from the previous sentence: inherited). The list does not",
    "add up to 3,2 triệu: no total. '186 trang trại' after 'trong đó' follows 1.150: total and 'chiếm 16,2%'. '2.000 con trở lên' is a",
    "size-class threshold (optional). 'bằng 60-70% so với nuôi vịt' has no base amount: a percent figure. 'con/hộ' is a rate (measure).",
    "Not figures: 'Lượt xem: 742', 'Ngày 20/3/2024', 'giai đoạn 2021-2030', 'Quyết định số 1520/QĐ-TTg', address 'số 2 Ngọc Hà', phone.",
]

build("p895-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
