"""p878-7: department site (Chi cục Thủy sản Long An), cá lóc đầu nhím; no dateline; one-cell-per-line table."""
from lib import F, P, I, C, T, write_set

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Nhân rộng mô hình nuôi cá lóc đầu nhím

Cá lóc đầu nhím là giống cá lóc lai, ít bệnh, thịt chắc nên được thị trường ưa chuộng. Qua theo dõi tại các mô hình ở Long An, cá lóc đầu nhím lớn nhanh hơn cá lóc đồng 15 - 20%; sau 4 - 5 tháng nuôi, cá đạt trọng lượng bình quân 0,8 - 1,2 kg/con, năng suất 100 - 120 tấn/ha. Giá bán cao hơn cá lóc thường khoảng 3.000 - 5.000 đồng/kg.

6 tháng đầu năm 2024, toàn tỉnh đã thả nuôi 41 ha cá lóc đầu nhím, đạt 68,3% kế hoạch năm, tập trung tại các huyện Tân Thạnh (17 ha), Thạnh Hóa (14 ha) và Mộc Hóa (10 ha). Tổng lượng giống thả nuôi khoảng 2,9 triệu con.

Kết quả nuôi cá lóc đầu nhím tỉnh Long An
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Kế hoạch 2024
Diện tích nuôi
ha
38
52
60
Sản lượng
tấn
4.180
6.240
7.500
Số hộ nuôi
hộ
95
128
150

Theo Chi cục Thủy sản, mục tiêu đến năm 2025 toàn tỉnh có 80 ha nuôi cá lóc đầu nhím, trong đó 50% diện tích áp dụng quy trình nuôi tuần hoàn tiết kiệm nước. Chi cục sẽ phối hợp với các huyện hướng dẫn kỹ thuật theo Quyết định số 1520/QĐ-UBND ngày 21/02/2024 của UBND tỉnh.

CHI CỤC THỦY SẢN TỈNH LONG AN
Địa chỉ: Số 65 đường Nguyễn Huệ, Phường 1, TP. Tân An, tỉnh Long An
Điện thoại: 0272.3826.457 - Fax: 0272.3826.458
Đang truy cập: 27 | Tổng lượt truy cập: 1.204.386
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("cá lóc đồng 15 - 20%", "15", 15, "percent", "%", "tốc độ lớn của cá lóc đầu nhím so với cá lóc đồng",
      value_max=20),
    F("sau 4 - 5 tháng nuôi", "4", 4, "measure", "tháng", "thời gian nuôi", value_max=5, optional=True),
    F("0,8 - 1,2 kg/con", "0,8", 0.8, "measure", "kg/con", "trọng lượng bình quân", value_max=1.2),
    F("100 - 120 tấn/ha", "100", 100, "measure", "tấn/ha", "năng suất", value_max=120),
    F("khoảng 3.000 - 5.000 đồng/kg", "3.000", 3000, "money", "đồng/kg",
      "giá bán cá lóc đầu nhím cao hơn cá lóc thường", value_max=5000, approx="about"),
    F("thả nuôi 41 ha", "41", 41, "measure", "ha", "diện tích thả nuôi cá lóc đầu nhím", H1, percent=68.3),
    F("Tân Thạnh (17 ha)", "17", 17, "measure", "ha", "diện tích thả nuôi cá lóc đầu nhím", H1,
      total=41, location="Tân Thạnh"),
    F("Thạnh Hóa (14 ha)", "14", 14, "measure", "ha", "diện tích thả nuôi cá lóc đầu nhím", H1,
      total=41, location="Thạnh Hóa"),
    F("Mộc Hóa (10 ha)", "10", 10, "measure", "ha", "diện tích thả nuôi cá lóc đầu nhím", H1,
      total=41, location="Mộc Hóa"),
    F("khoảng 2,9 triệu con", "2,9", 2_900_000, "count", "con", "lượng giống thả nuôi", I(H1), approx="about"),
    F("ha\n38\n", "38", 38, "measure", "ha", "diện tích nuôi năm 2022", Y22),
    F("38\n52\n", "52", 52, "measure", "ha", "diện tích nuôi năm 2023", Y23),
    F("52\n60\n", "60", 60, "measure", "ha", "diện tích nuôi kế hoạch 2024", K24, status="target"),
    F("tấn\n4.180", "4.180", 4180, "measure", "tấn", "sản lượng năm 2022", Y22),
    F("6.240", "6.240", 6240, "measure", "tấn", "sản lượng năm 2023", Y23),
    F("7.500", "7.500", 7500, "measure", "tấn", "sản lượng kế hoạch 2024", K24, status="target"),
    F("hộ\n95\n", "95", 95, "count", "hộ", "số hộ nuôi năm 2022", Y22),
    F("95\n128\n", "128", 128, "count", "hộ", "số hộ nuôi năm 2023", Y23),
    F("128\n150\n", "150", 150, "count", "hộ", "số hộ nuôi kế hoạch 2024", K24, status="target"),
    F("có 80 ha", "80", 80, "measure", "ha", "diện tích nuôi cá lóc đầu nhím", T25, status="target"),
    F("trong đó 50% diện tích", "50", 50, "percent", "%", "diện tích áp dụng quy trình nuôi tuần hoàn", T25,
      status="target"),
]

NOTES = [
    "Chi cục Thủy sản Long An page (no dateline; footer address, phone, visit counter): cá lóc đầu nhím (hybrid) models,",
    "H1/2024 stocking against the annual plan, a one-cell-per-line table (Năm 2022 | Năm 2023 | Kế hoạch 2024) and 2025 targets.",
    "No published date: all periods carry their own year. 41 ha 'đạt 68,3% kế hoạch năm' -> percent 68,3 (41/60 of the table).",
    "District list 17 + 14 + 10 = 41 right after the whole -> each item gets total 41 (a breakdown that adds up).",
    "Table: subject = row label + column label, unit from the 'Đơn vị tính' column, period from the column header;",
    "'Kế hoạch 2024' cells are status target. '15 - 20%' (lớn nhanh hơn) and 'cao hơn ... 3.000 - 5.000 đồng/kg' have no base",
    "amount: figures of their own. 'sau 4 - 5 tháng nuôi' (cycle length locating the harvest weight) is optional.",
    "Distractors: Quyết định số 1520/QĐ-UBND ngày 21/02/2024, Số 65 đường Nguyễn Huệ, Phường 1, phone/fax, Đang truy cập: 27,",
    "Tổng lượt truy cập: 1.204.386.",
]

write_set(7, TEXT, FIGS, NOTES, published=None, location="Long An")
