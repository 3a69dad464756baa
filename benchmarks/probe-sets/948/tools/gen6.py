"""p948-6: national newspaper, an engineer's artemia farm on the Sa Huỳnh salt field (Đức Phổ, Quảng Ngãi), 2024."""
from lib import *

TEXT = """Kinh doanh > Nông nghiệp
Thứ bảy, 15/6/2024, 07:40 (GMT+7)

Kỹ sư 8X đưa artemia lên đồng muối Sa Huỳnh

Sau hai năm thử nghiệm, anh Lê Minh Tâm, 35 tuổi, đã nuôi thành công artemia trên đồng muối Sa Huỳnh (thị xã Đức Phổ, Quảng Ngãi), nơi trước đây chỉ làm muối.

Năm 2022, anh thuê 5 ha ruộng muối của diêm dân phường Phổ Thạnh để nuôi thử. Vụ đầu năng suất chỉ đạt 35 kg/ha do độ mặn của nước ót chưa ổn định. Đến vụ năm 2024, diện tích được mở rộng lên 18 ha, năng suất đạt 78 kg/ha, sản lượng khoảng 1,4 tấn trứng bào xác.

Tổng vốn đầu tư cho ao lắng, hệ thống cấp nước và máy sục khí hơn 2,4 tỷ đồng. Với giá bán 1,3 triệu đồng/kg, vụ này anh thu khoảng 1,8 tỷ đồng, lãi gần 700 triệu đồng. Trang trại đang tạo việc làm cho 25 lao động địa phương với mức lương 8-9 triệu đồng/người/tháng.

"Artemia cần nắng, gió và nước mặn trên 80‰, đồng muối miền Trung có đủ cả", anh Tâm nói.

Theo UBND thị xã Đức Phổ, đồng muối Sa Huỳnh hiện có khoảng 110 ha, trong đó gần 30 ha bỏ hoang vì giá muối tại ruộng chỉ còn 1.500-1.800 đồng/kg. Thị xã dự kiến năm 2025 mở rộng nuôi artemia thêm 40 ha, tổng vốn khoảng 6 tỷ đồng.

Theo Viện Nghiên cứu Nuôi trồng thủy sản II, cả nước hiện có khoảng 1.300 ha nuôi artemia, chủ yếu ở Sóc Trăng và Bạc Liêu; mỗi năm Việt Nam vẫn phải nhập khẩu 300-400 tấn trứng artemia.

Phạm Linh
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("35 tuổi", "35", 35, "measure", "tuổi", "tuổi anh Lê Minh Tâm", optional=True),
    F("thuê 5 ha", "5", 5, "measure", "ha", "ruộng muối thuê để nuôi thử artemia", Y22),
    F("đạt 35 kg/ha", "35", 35, "measure", "kg/ha", "năng suất vụ đầu", I(Y22)),
    F("lên 18 ha", "18", 18, "measure", "ha", "diện tích nuôi artemia", Y24),
    F("đạt 78 kg/ha", "78", 78, "measure", "kg/ha", "năng suất", Y24),
    F("khoảng 1,4 tấn", "1,4", 1.4, "measure", "tấn", "sản lượng trứng bào xác", Y24, approx="about"),
    F("hơn 2,4 tỷ", "2,4", 2400000000, "money", "đồng",
      "tổng vốn đầu tư cho ao lắng, hệ thống cấp nước và máy sục khí", approx="over"),
    F("giá bán 1,3 triệu", "1,3", 1300000, "money", "đồng/kg", "giá bán trứng artemia", I(Y24)),
    F("khoảng 1,8 tỷ", "1,8", 1800000000, "money", "đồng", "doanh thu vụ nuôi", I(Y24), approx="about"),
    F("gần 700 triệu", "700", 700000000, "money", "đồng", "lãi", I(Y24), approx="nearly"),
    F("25 lao động", "25", 25, "count", "lao động", "lao động địa phương có việc làm tại trang trại"),
    F("8-9 triệu", "8", 8000000, "money", "đồng/người/tháng", "mức lương", value_max=9000000),
    F("trên 80‰", "80", 80, "measure", "‰", "độ mặn nước nuôi artemia", approx="over", optional=True),
    F("khoảng 110 ha", "110", 110, "measure", "ha", "diện tích đồng muối Sa Huỳnh", approx="about"),
    F("gần 30 ha", "30", 30, "measure", "ha", "diện tích đồng muối bỏ hoang", approx="nearly", total=110),
    F("1.500-1.800 đồng/kg", "1.500", 1500, "money", "đồng/kg", "giá muối tại ruộng", value_max=1800),
    F("thêm 40 ha", "40", 40, "measure", "ha", "diện tích nuôi artemia mở rộng thêm", Y25, status="forecast"),
    F("khoảng 6 tỷ", "6", 6000000000, "money", "đồng", "tổng vốn mở rộng nuôi artemia", Y25, status="forecast",
      approx="about"),
    F("khoảng 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích nuôi artemia cả nước", approx="about",
      location="Việt Nam"),
    F("300-400 tấn", "300", 300, "measure", "tấn/năm", "trứng artemia nhập khẩu mỗi năm", value_max=400,
      location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ bảy, 15/6/2024, 07:40 (GMT+7)': an engineer's artemia farm on the Sa Huỳnh salt field, thị xã Đức Phổ (Quảng Ngãi).",
    "'35 tuổi' (a person's age) and the quoted salinity threshold 'trên 80‰' are optional. 'Sau hai năm thử nghiệm' is a duration that locates, not a figure.",
    "'Vụ đầu' inherits 'Năm 2022'; 'vụ này' inherits 'năm 2024'. 'dự kiến năm 2025 … thêm 40 ha, tổng vốn khoảng 6 tỷ' → forecast for both (continuing clause).",
    "Distractors: '8X' (a generation label), 'Viện Nghiên cứu Nuôi trồng thủy sản II', the dateline and time.",
]

write("p948-6", TEXT, FIGS, published="2024-06-15", location="Đức Phổ", notes=NOTES)
