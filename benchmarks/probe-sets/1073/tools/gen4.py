"""p1073-4: ministry site (Cục Trồng trọt, Bộ NN&PTNT), national peanut and sesame on converted rice land."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC TRỒNG TRỌT
Trang chủ » Tin tức » Cây công nghiệp ngắn ngày
Đăng ngày: 22/11/2024 - 14:05

Lạc, vừng: lựa chọn hiệu quả khi chuyển đổi đất lúa

Theo Cục Trồng trọt, giai đoạn 2021-2023, cả nước đã chuyển đổi khoảng 210.000 ha đất trồng lúa sang cây hằng năm, cây lâu năm và kết hợp nuôi trồng thủy sản, trong đó chuyển sang cây hằng năm chiếm 61,4%. Riêng năm 2023, diện tích chuyển đổi đạt 78.500 ha, tăng 12,3% so với năm 2022.

Năm 2023, diện tích lạc cả nước khoảng 168.000 ha, năng suất bình quân 25,6 tạ/ha, sản lượng trên 430.000 tấn; diện tích vừng khoảng 38.000 ha, năng suất chỉ đạt 7,2 tạ/ha. Các tỉnh có diện tích lạc lớn nhất lần lượt là Nghệ An (17.800 ha), Tây Ninh (9.600 ha), Hà Tĩnh (8.900 ha) và Thanh Hóa (8.200 ha).

Năng suất lạc của Việt Nam mới bằng khoảng 60% so với Trung Quốc. Trong 9 tháng đầu năm 2024, nước ta nhập khẩu 128.000 tấn lạc nhân, tăng 8,4% so với cùng kỳ.

Nghị định số 112/2024/NĐ-CP ngày 11/9/2024 của Chính phủ quy định chi tiết về đất trồng lúa đã tạo hành lang pháp lý thuận lợi hơn cho chuyển đổi. Mục tiêu đến năm 2030, diện tích lạc cả nước đạt 200.000 ha, năng suất bình quân trên 30 tạ/ha; diện tích vừng đạt 50.000 ha, trong đó 70% diện tích có liên kết tiêu thụ. Dự kiến năm 2025, cả nước chuyển đổi thêm khoảng 60.000-65.000 ha đất lúa.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3823.4651
"""

G = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23a = P("Riêng năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 210.000 ha", "210.000", 210000, "measure", "ha", "diện tích đất trồng lúa chuyển đổi", G, approx="about"),
    F("chiếm 61,4%", "61,4", 61.4, "percent", "%", "diện tích chuyển sang cây hằng năm trong diện tích chuyển đổi", G),
    F("đạt 78.500 ha", "78.500", 78500, "measure", "ha", "diện tích chuyển đổi", Y23a,
      change=C("increase", 12.3, "%", "năm 2022")),
    F("khoảng 168.000 ha", "168.000", 168000, "measure", "ha", "diện tích lạc", Y23, approx="about"),
    F("bình quân 25,6 tạ/ha", "25,6", 25.6, "measure", "tạ/ha", "năng suất lạc bình quân", Y23),
    F("trên 430.000 tấn", "430.000", 430000, "measure", "tấn", "sản lượng lạc", Y23, approx="over"),
    F("khoảng 38.000 ha", "38.000", 38000, "measure", "ha", "diện tích vừng", Y23, approx="about"),
    F("đạt 7,2 tạ/ha", "7,2", 7.2, "measure", "tạ/ha", "năng suất vừng", Y23),
    F("Nghệ An (17.800 ha)", "17.800", 17800, "measure", "ha", "diện tích lạc", I(Y23), location="Nghệ An"),
    F("Tây Ninh (9.600 ha)", "9.600", 9600, "measure", "ha", "diện tích lạc", I(Y23), location="Tây Ninh"),
    F("Hà Tĩnh (8.900 ha)", "8.900", 8900, "measure", "ha", "diện tích lạc", I(Y23), location="Hà Tĩnh"),
    F("Thanh Hóa (8.200 ha)", "8.200", 8200, "measure", "ha", "diện tích lạc", I(Y23), location="Thanh Hóa"),
    F("khoảng 60% so với", "60", 60, "percent", "%", "năng suất lạc của Việt Nam so với Trung Quốc", approx="about"),
    F("nhập khẩu 128.000 tấn", "128.000", 128000, "measure", "tấn", "lạc nhân nhập khẩu", M9,
      change=C("increase", 8.4, "%", "cùng kỳ")),
    F("đạt 200.000 ha", "200.000", 200000, "measure", "ha", "diện tích lạc cả nước", T30, status="target"),
    F("trên 30 tạ/ha", "30", 30, "measure", "tạ/ha", "năng suất lạc bình quân", T30, approx="over", status="target"),
    F("đạt 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích vừng", T30, status="target"),
    F("trong đó 70% diện tích", "70", 70, "percent", "%", "diện tích vừng có liên kết tiêu thụ", T30, status="target"),
    F("khoảng 60.000-65.000 ha", "60.000", 60000, "measure", "ha", "diện tích đất lúa chuyển đổi thêm", Y25,
      value_max=65000, approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Cục Trồng trọt, Bộ NN&PTNT): national rice-land conversion, peanut and sesame. Dateline 'Đăng ngày: 22/11/2024 - 14:05'.",
    "Not figures: Nghị định số 112/2024/NĐ-CP ngày 11/9/2024, 'Số 2 Ngọc Hà', phone 024.3823.4651, baselines 'năm 2022', 'cùng kỳ'.",
    "'trong đó chuyển sang cây hằng năm chiếm 61,4%' is the share of another whole (a part's share), so a percent figure of its own.",
    "Province list after 'lần lượt' shares the indicator 'diện tích lạc'; provinces are locations. 'Trung Quốc' is a comparison, not a place.",
    "Target clauses: 'Mục tiêu đến năm 2030' governs the clauses after ';' (vừng 50.000 ha, 70%).",
]

write("p1073-4", TEXT, NOTES, FIGS, published="2024-11-22", location="Việt Nam")
