"""p808-4: ministry site (Bộ NN&PTNT / Cục Thủy sản), national sea cucumber and sea urchin farming 2024, research, 2030 targets."""
from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản
Phát triển hải sâm, cầu gai thành đối tượng nuôi biển chủ lực
Ngày đăng: 16/01/2025 | Lượt xem: 1.147

Ngày 15/1, tại Nha Trang, Cục Thủy sản tổ chức hội nghị đánh giá kết quả nuôi hải sâm, cầu gai năm 2024 và định hướng phát triển đến năm 2030.

Theo báo cáo của Cục Thủy sản, năm 2024 cả nước có khoảng 1.350 ha nuôi hải sâm và gần 9.800 lồng nuôi cầu gai; tổng sản lượng đạt 3.150 tấn, tăng 12,4% so với năm 2023. Các địa phương có diện tích nuôi hải sâm lớn nhất lần lượt là Khánh Hòa (410 ha), Kiên Giang (295 ha) và Ninh Thuận (180 ha).

Cả nước hiện có 14 cơ sở sản xuất giống hải sâm, cầu gai; năm 2024 các cơ sở cung ứng khoảng 18,5 triệu con giống. Nguồn giống sản xuất trong nước mới đáp ứng khoảng 60% nhu cầu, số còn lại phải khai thác ngoài tự nhiên.

Về nghiên cứu, giai đoạn 2021-2024, Bộ đã giao 6 đề tài, dự án về công nghệ sản xuất giống và nuôi thương phẩm hải sâm, cầu gai với tổng kinh phí 27,4 tỷ đồng. Viện Nghiên cứu Nuôi trồng thủy sản III đã làm chủ quy trình sản xuất giống hải sâm cát, tỷ lệ sống từ ấu trùng đến con giống đạt 8-10%.

Giá hải sâm khô xuất khẩu hiện dao động 150-400 USD/kg tùy loại; thị trường chính là Trung Quốc, Hồng Kông (Trung Quốc) và Singapore.

Thực hiện Quyết định số 339/QĐ-TTg ngày 11/3/2021 phê duyệt Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045, ngành phấn đấu đến năm 2030 cả nước đạt 3.000 ha nuôi hải sâm, sản lượng hải sâm, cầu gai khoảng 8.000 tấn, giá trị xuất khẩu trên 50 triệu USD. Riêng năm 2025, Cục Thủy sản đặt mục tiêu sản lượng đạt 3.400 tấn.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội.
"""

Y2024 = P("năm 2024", "2024-01-01", "2024-12-31")
T2030 = P("đến năm 2030", None, "2030-12-31")
S_AREA = "diện tích nuôi hải sâm"

FIGS = [
    F("khoảng 1.350 ha", "1.350", 1350, "measure", "ha", S_AREA, Y2024, approx="about"),
    F("gần 9.800 lồng", "9.800", 9800, "count", "lồng", "lồng nuôi cầu gai", Y2024, approx="nearly"),
    F("đạt 3.150 tấn", "3.150", 3150, "measure", "tấn", "tổng sản lượng hải sâm, cầu gai nuôi", Y2024,
      change=C("increase", 12.4, "%", "năm 2023")),
    F("Khánh Hòa (410 ha)", "410", 410, "measure", "ha", S_AREA, I(Y2024), location="Khánh Hòa"),
    F("Kiên Giang (295 ha)", "295", 295, "measure", "ha", S_AREA, I(Y2024), location="Kiên Giang"),
    F("Ninh Thuận (180 ha)", "180", 180, "measure", "ha", S_AREA, I(Y2024), location="Ninh Thuận"),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất giống hải sâm, cầu gai"),
    F("khoảng 18,5 triệu con giống", "18,5", 18.5e6, "count", "con giống", "con giống các cơ sở cung ứng",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("khoảng 60% nhu cầu", "60", 60, "percent", "%", "nhu cầu con giống được nguồn giống sản xuất trong nước đáp ứng",
      approx="about"),
    F("giao 6 đề tài", "6", 6, "count", "đề tài, dự án",
      "đề tài, dự án về công nghệ sản xuất giống và nuôi thương phẩm hải sâm, cầu gai",
      P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("kinh phí 27,4 tỷ đồng", "27,4", 27.4e9, "money", "đồng", "tổng kinh phí đề tài, dự án",
      P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("đạt 8-10%", "8", 8, "percent", "%", "tỷ lệ sống từ ấu trùng đến con giống hải sâm cát", value_max=10),
    F("dao động 150-400 USD/kg", "150", 150, "money", "USD/kg", "giá hải sâm khô xuất khẩu", value_max=400),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha", S_AREA, T2030, status="target"),
    F("khoảng 8.000 tấn", "8.000", 8000, "measure", "tấn", "sản lượng hải sâm, cầu gai", T2030, approx="about",
      status="target"),
    F("trên 50 triệu USD", "50", 50e6, "money", "USD", "giá trị xuất khẩu", T2030, approx="over", status="target"),
    F("đạt 3.400 tấn", "3.400", 3400, "measure", "tấn", "sản lượng", P("năm 2025", "2025-01-01", "2025-12-31"),
      status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT (Cục Thủy sản): hội nghị nuôi hải sâm, cầu gai năm 2024 — national area, cages, output, provinces, seed supply,",
    "research projects, export prices, 2030 targets. Dateline 'Ngày đăng: 16/01/2025'; 'Lượt xem: 1.147' is a counter.",
    "Not figures: 'Ngày 15/1', Quyết định số 339/QĐ-TTg ngày 11/3/2021, 'đến năm 2030, tầm nhìn đến năm 2045' (strategy name),",
    "'Viện ... III' (name), the address 'Số 10 Nguyễn Công Hoan'. Location Việt Nam except the ranked provinces (list items),",
    "which get no total (a ranking that does not add up). '60% nhu cầu' after 'đáp ứng' stands in its own sentence: a percent figure.",
    "'14 cơ sở' with 'hiện' has no period. 'Riêng năm 2025 ... mục tiêu' is a target with period 2025.",
]

if __name__ == "__main__":
    build("p808-4", TEXT, COMMENTS, FIGS, published="2025-01-16", location="Việt Nam")
