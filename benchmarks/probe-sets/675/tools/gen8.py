"""p675-8: online tourism magazine — Đắk Nông geopark after UNESCO's yellow card: funding, recommendations, visitors, community tourism."""
from lib import F, P, I, CH, T, emit

TEXT = """TẠP CHÍ DU LỊCH
Thứ Ba, 05/03/2024 - 14:35

Đắk Nông: Gỡ "thẻ vàng" cho công viên địa chất bằng du lịch cộng đồng

(DL) - Sau khi nhận "thẻ vàng" từ UNESCO vào tháng 9/2023, tỉnh Đắk Nông đã bố trí 25 tỷ đồng cho giai đoạn 2024 - 2025 để khắc phục các khuyến nghị. Tính đến ngày 29/2/2024, tỉnh đã hoàn thành 5/7 khuyến nghị.

Theo Sở Văn hóa, Thể thao và Du lịch, năm 2023 vùng công viên đón 575.000 lượt khách, tăng 39,6% so với năm 2022, doanh thu ước 286,2 tỷ đồng. Hai tháng đầu năm 2024, lượng khách đạt 98.500 lượt, tăng 15% so với cùng kỳ. Tỉnh dự kiến cả năm 2024 đón khoảng 650.000 lượt khách.

Điểm nhấn của công viên là hệ thống hang động núi lửa Krông Nô, trong đó hang C7 dài 1.066,7 m. Vùng công viên có khoảng 380.000 dân, mật độ chừng 80 người/km².

Tại buôn Buôr (xã Tâm Thắng, huyện Cư Jút), 32 hộ đồng bào M'nông tham gia đội cồng chiêng, dệt thổ cẩm phục vụ khách; mỗi tháng buôn đón từ 8 đến 10 đoàn khách, thu nhập tăng thêm khoảng 3 triệu đồng/hộ/tháng. Tỷ lệ hộ nghèo của buôn còn 12,35%, giảm 3,1 điểm phần trăm so với năm 2022.

Đợt tái thẩm định tiếp theo dự kiến diễn ra vào quý III/2025. Trước đó, tỉnh phấn đấu hoàn thiện 4 tuyến du lịch dọc Quốc lộ 14 và Quốc lộ 28, mỗi tuyến có ít nhất 3 điểm dừng chân do cộng đồng quản lý.

Minh Khôi
"""

G = P("giai đoạn 2024 - 2025", "2024-01-01", "2025-12-31")
ASOF = P("Tính đến ngày 29/2/2024", None, "2024-02-29")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M2 = P("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("bố trí 25 tỷ đồng", "25", 25000000000, "money", "đồng", "kinh phí khắc phục các khuyến nghị", G),
    F("hoàn thành 5/7 khuyến nghị", "5", 5, "count", "khuyến nghị", "khuyến nghị tỉnh đã hoàn thành", ASOF, total=7),
    F("đón 575.000 lượt khách", "575.000", 575000, "count", "lượt khách", "lượt khách vùng công viên đón", Y23,
      change=CH("increase", 39.6, baseline="năm 2022")),
    F("ước 286,2 tỷ đồng", "286,2", 286200000000, "money", "đồng", "doanh thu", Y23, status="estimate"),
    F("đạt 98.500 lượt", "98.500", 98500, "count", "lượt", "lượng khách", M2,
      change=CH("increase", 15, baseline="cùng kỳ")),
    F("khoảng 650.000 lượt khách", "650.000", 650000, "count", "lượt khách", "lượt khách cả năm", Y24,
      approx="about", status="forecast"),
    F("dài 1.066,7 m", "1.066,7", 1066.7, "measure", "m", "chiều dài hang C7", location="Krông Nô"),
    F("khoảng 380.000 dân", "380.000", 380000, "count", "dân", "dân số vùng công viên", approx="about"),
    F("chừng 80 người/km²", "80", 80, "measure", "người/km²", "mật độ dân số vùng công viên", approx="about"),
    F("32 hộ đồng bào", "32", 32, "count", "hộ", "hộ đồng bào M'nông tham gia đội cồng chiêng, dệt thổ cẩm phục vụ khách",
      location="Cư Jút"),
    F("từ 8 đến 10 đoàn khách", "8", 8, "count", "đoàn khách", "đoàn khách buôn đón mỗi tháng", value_max=10,
      location="Cư Jút"),
    F("khoảng 3 triệu đồng/hộ/tháng", "3", 3000000, "money", "đồng/hộ/tháng", "thu nhập tăng thêm", approx="about",
      location="Cư Jút"),
    F("còn 12,35%", "12,35", 12.35, "percent", "%", "tỷ lệ hộ nghèo của buôn", location="Cư Jút",
      change=CH("decrease", 3.1, "điểm phần trăm", baseline="năm 2022")),
    F("hoàn thiện 4 tuyến", "4", 4, "count", "tuyến du lịch", "tuyến du lịch được hoàn thiện", status="target"),
    F("ít nhất 3 điểm", "3", 3, "count", "điểm dừng chân", "điểm dừng chân do cộng đồng quản lý mỗi tuyến",
      approx="at_least", status="target"),
]

COMMENTS = [
    "Online tourism magazine: Đắk Nông geopark after UNESCO's yellow card (9/2023) — funding 2024-2025, recommendations, visitors, buôn Buôr.",
    "Dateline 'Thứ Ba, 05/03/2024 - 14:35'. Location Đắk Nông; the buôn Buôr paragraph is located in huyện Cư Jút (named in the bracket).",
    "Not figures: 'tháng 9/2023', 'ngày 29/2/2024', 'hang C7' (a name), 'quý III/2025', 'Quốc lộ 14', 'Quốc lộ 28', '(DL)'.",
    "'Hai tháng đầu năm 2024' (number word in a period) is a period, not a figure. 5/7: total 7. 'dự kiến' -> forecast for 650.000.",
    "'phấn đấu hoàn thiện 4 tuyến …, mỗi tuyến có ít nhất 3 điểm': target for both (the cue governs the continuing clause); 'ít nhất' -> at_least.",
    "'giảm 3,1 điểm phần trăm so với năm 2022' is the change of 12,35%. Rates keep the denominator (người/km², đồng/hộ/tháng).",
    "revised: hang C7 (in the Krông Nô volcanic cave system) now located in Krông Nô, consistent with p675-3 and p675-4. Was Đắk Nông.",
]

if __name__ == "__main__":
    emit("p675-8", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Đắk Nông")
