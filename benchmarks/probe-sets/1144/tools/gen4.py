"""p1144-4: ministry site (Bộ VHTTDL), national: flower and balloon festivals in 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức - Sự kiện » Du lịch

Lễ hội hoa, khinh khí cầu: sản phẩm du lịch hút khách của nhiều địa phương
Ngày đăng: 06/01/2025 | Lượt xem: 1.087

Theo Cục Du lịch Quốc gia Việt Nam, năm 2024 cả nước có 27 tỉnh, thành phố tổ chức lễ hội hoa hoặc lễ hội khinh khí cầu, tăng 6 địa phương so với năm 2023. Các lễ hội này thu hút khoảng 8,6 triệu lượt khách, chiếm gần 8% tổng lượt khách nội địa của cả nước.

Lễ hội khinh khí cầu được tổ chức tại 9 địa phương; những lễ hội có quy mô lớn nhất lần lượt là Tuyên Quang (26 khinh khí cầu), Bình Thuận (22 khinh khí cầu) và Thừa Thiên Huế (21 khinh khí cầu). Tổng số lượt bay tại các lễ hội ước khoảng 2.400 lượt, trong đó bay tự do chiếm khoảng 30%.

Ở nhóm lễ hội hoa, Festival Hoa Đà Lạt, Lễ hội Hoa Ban và Lễ hội hoa tam giác mạch tiếp tục là những sự kiện hút khách nhất. Riêng tỉnh Lâm Đồng đón khoảng 1,05 triệu lượt khách dịp Festival Hoa Đà Lạt lần thứ X, doanh thu du lịch ước đạt 5.460 tỷ đồng. Theo nền tảng đặt phòng Agoda, Đà Lạt xếp thứ 3 trong các điểm đến nội địa được tìm kiếm nhiều nhất dịp cuối năm.

Năm 2024, ngành du lịch cả nước đón 17,5 triệu lượt khách quốc tế, tăng 39,5% so với năm 2023, và 110 triệu lượt khách nội địa; tổng thu từ khách du lịch đạt 840.000 tỷ đồng. Cục Du lịch Quốc gia Việt Nam đặt mục tiêu năm 2025 đón 22-23 triệu lượt khách quốc tế, 120-130 triệu lượt khách nội địa. Bộ đề nghị mỗi địa phương xây dựng ít nhất một sản phẩm du lịch đặc trưng gắn với lễ hội, tránh tổ chức tràn lan, trùng lặp.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
Bản quyền thuộc Bộ Văn hóa, Thể thao và Du lịch
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIST = "khinh khí cầu tại các lễ hội khinh khí cầu có quy mô lớn nhất"

FIGS = [
    F("có 27 tỉnh", "27", 27, "count", "tỉnh, thành phố",
      change=C("increase", 6, "địa phương", "năm 2023"),
      subject="tỉnh, thành phố tổ chức lễ hội hoa hoặc lễ hội khinh khí cầu", period=Y24),
    F("khoảng 8,6 triệu", "8,6", 8.6e6, "count", "lượt khách", approx="about", percent=8,
      subject="lượt khách các lễ hội hoa, khinh khí cầu thu hút", period=I(Y24)),
    F("tại 9 địa phương", "9", 9, "count", "địa phương",
      subject="địa phương tổ chức lễ hội khinh khí cầu", period=I(Y24)),
    F("(26 khinh khí cầu)", "26", 26, "count", "khinh khí cầu", subject=LIST, period=I(Y24),
      location="Tuyên Quang"),
    F("(22 khinh khí cầu)", "22", 22, "count", "khinh khí cầu", subject=LIST, period=I(Y24),
      location="Bình Thuận"),
    F("(21 khinh khí cầu)", "21", 21, "count", "khinh khí cầu", subject=LIST, period=I(Y24),
      location="Thừa Thiên Huế"),
    F("ước khoảng 2.400 lượt", "2.400", 2400, "count", "lượt", approx="about", status="estimate",
      subject="tổng số lượt bay tại các lễ hội khinh khí cầu", period=I(Y24)),
    F("chiếm khoảng 30%", "30", 30, "percent", "%", approx="about", status="estimate",
      subject="tỷ lệ lượt bay tự do", period=I(Y24)),
    F("đón khoảng 1,05 triệu", "1,05", 1.05e6, "count", "lượt khách", approx="about",
      subject="lượt khách dịp Festival Hoa Đà Lạt lần thứ X", location="Lâm Đồng"),
    F("ước đạt 5.460 tỷ", "5.460", 5460e9, "money", "đồng", status="estimate",
      subject="doanh thu du lịch dịp Festival Hoa Đà Lạt", location="Lâm Đồng"),
    F("xếp thứ 3", "3", 3, "rank", "hạng",
      subject="điểm đến nội địa được tìm kiếm nhiều nhất dịp cuối năm", location="Đà Lạt"),
    F("đón 17,5 triệu", "17,5", 17.5e6, "count", "lượt khách quốc tế",
      change=C("increase", 39.5, "%", "năm 2023"), subject="lượt khách quốc tế", period=Y24b),
    F("và 110 triệu", "110", 110e6, "count", "lượt khách nội địa", subject="lượt khách nội địa", period=Y24b),
    F("đạt 840.000 tỷ", "840.000", 840000e9, "money", "đồng", subject="tổng thu từ khách du lịch",
      period=Y24b),
    F("đón 22-23 triệu", "22", 22e6, "count", "lượt khách quốc tế", value_max=23e6, status="target",
      subject="lượt khách quốc tế", period=Y25),
    F("120-130 triệu", "120", 120e6, "count", "lượt khách nội địa", value_max=130e6, status="target",
      subject="lượt khách nội địa", period=Y25),
    F("ít nhất một sản phẩm", "một", 1, "count", "sản phẩm du lịch đặc trưng", approx="at_least",
      status="target", subject="sản phẩm du lịch đặc trưng gắn với lễ hội mỗi địa phương", optional=True),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): breadcrumb, 'Ngày đăng: 06/01/2025 | Lượt xem: 1.087' (published). National: location Việt Nam.",
    "'lần lượt là Tuyên Quang (26 khinh khí cầu), …': list items, the province is the location, the list's indicator is the subject.",
    "'Riêng tỉnh Lâm Đồng' gives Lâm Đồng; the Agoda rank is of Đà Lạt. 'chiếm gần 8%' is the percent of 8,6 triệu (approx of the share not scored).",
    "'ước khoảng' → estimate; the 'trong đó' clause continues it. 'ít nhất một sản phẩm' is a request by the ministry (optional: not clearly a figure).",
    "Distractors: 'lần thứ X', address '51 Ngô Quyền', phone '024.3943.8231', 'Lượt xem: 1.087'.",
]

if __name__ == "__main__":
    write("p1144-4", TEXT, NOTES, FIGS, published="2025-01-06", location="Việt Nam")
