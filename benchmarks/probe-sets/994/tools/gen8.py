"""p994-8: Báo Khánh Hòa online ((BKH) tag), headline with a figure, hành tím vụ Đông Xuân 2024-2025."""
from lib import F, P, Y, I, C, T, write

TEXT = """Kinh tế > Nông nghiệp
Khánh Hòa: Hơn 600 ha hành tím vào vụ thu hoạch
Cập nhật lúc 17:40, Thứ Tư, 05/03/2025

(BKH) - Vụ Đông Xuân 2024 - 2025, toàn tỉnh xuống giống 625 ha hành tím, tăng 45 ha so với vụ trước. Các địa phương có diện tích lớn lần lượt là huyện Cam Lâm (325 ha), thành phố Cam Ranh (180 ha) và thị xã Ninh Hòa (120 ha).

Đến ngày 28/2, nông dân đã thu hoạch 410 ha, chiếm 65,6% diện tích. Năng suất bình quân đạt 17 - 18 tấn/ha, cao hơn vụ trước khoảng 2 tấn/ha; riêng Cam Lâm đạt 19 tấn/ha. Với giá bán tại ruộng 30.000 đồng/kg, mỗi ha hành tím cho thu nhập hơn 500 triệu đồng, gấp 3 lần trồng lúa.

Theo ông Nguyễn Văn Năm, Trưởng phòng Nông nghiệp và PTNT huyện Cam Lâm, khó khăn lớn nhất hiện nay là khâu bảo quản: toàn huyện mới có 1 cơ sở sấy, sơ chế với công suất 5 tấn/ngày, nên phần lớn hành phải bán tươi ngay tại ruộng. Khi vào chính vụ, giá thường giảm 20 - 25%, có năm chỉ còn 8.000 đồng/kg.

Năm 2025, tỉnh phấn đấu mở rộng diện tích hành tím lên 700 ha, trong đó 150 ha được cấp mã số vùng trồng phục vụ xuất khẩu. Dự kiến trong quý II/2025, Công ty TNHH Nông sản Việt Xanh tại xã Suối Tân, ven Quốc lộ 1A sẽ đưa vào hoạt động kho lạnh 2.000 tấn với tổng vốn đầu tư khoảng 45 tỷ đồng để thu mua hành tím cho nông dân.

Theo kế hoạch, từ nay đến năm 2030, tỉnh hình thành 3 vùng sản xuất hành tím tập trung, mỗi vùng từ 100 ha trở lên.

PHƯƠNG LINH
"""

ASOF = P("Đến ngày 28/2", None, "2025-02-28")
Y25 = Y(2025, "Năm 2025")
T30 = P("từ nay đến năm 2030", "2025-03-05", "2030-12-31")
AREA = "diện tích xuống giống hành tím"

FIGS = [
    F("Hơn 600 ha", "600", 600, "measure", "ha", "diện tích hành tím vào vụ thu hoạch", approx="over"),
    F("xuống giống 625 ha", "625", 625, "measure", "ha", AREA, change=C("increase", 45, "ha", "vụ trước")),
    F("Cam Lâm (325 ha)", "325", 325, "measure", "ha", AREA, location="Cam Lâm"),
    F("Cam Ranh (180 ha)", "180", 180, "measure", "ha", AREA, location="Cam Ranh"),
    F("Ninh Hòa (120 ha)", "120", 120, "measure", "ha", AREA, location="Ninh Hòa"),
    F("thu hoạch 410 ha", "410", 410, "measure", "ha", "diện tích hành tím đã thu hoạch", ASOF, percent=65.6),
    F("đạt 17 - 18 tấn/ha", "17", 17, "measure", "tấn/ha", "năng suất bình quân", value_max=18,
      change=C("increase", 2, "tấn/ha", "vụ trước", approx="about")),
    F("đạt 19 tấn/ha", "19", 19, "measure", "tấn/ha", "năng suất bình quân", location="Cam Lâm"),
    F("ruộng 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá bán tại ruộng"),
    F("hơn 500 triệu đồng", "500", 500e6, "money", "đồng/ha", "thu nhập mỗi ha hành tím", approx="over",
      change=C("increase", 3, "lần", "trồng lúa")),
    F("có 1 cơ sở", "1", 1, "count", "cơ sở", "cơ sở sấy, sơ chế hành", location="Cam Lâm"),
    F("5 tấn/ngày", "5", 5, "measure", "tấn/ngày", "công suất sấy, sơ chế", location="Cam Lâm"),
    F("giảm 20 - 25%", "20", 20, "percent", "%", "giá hành tím giảm khi vào chính vụ", value_max=25, location="Cam Lâm"),
    F("còn 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá hành tím có năm", location="Cam Lâm"),
    F("lên 700 ha", "700", 700, "measure", "ha", "diện tích hành tím", Y25, status="target"),
    F("trong đó 150 ha", "150", 150, "measure", "ha", "diện tích được cấp mã số vùng trồng phục vụ xuất khẩu", Y25,
      total=700, status="target"),
    F("kho lạnh 2.000 tấn", "2.000", 2000, "measure", "tấn", "sức chứa kho lạnh", status="forecast"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng vốn đầu tư kho lạnh", approx="about", status="forecast"),
    F("hình thành 3 vùng", "3", 3, "count", "vùng", "vùng sản xuất hành tím tập trung", T30, status="target"),
    F("từ 100 ha trở lên", "100", 100, "measure", "ha", "diện tích mỗi vùng", T30, approx="at_least", status="target",
      optional=True),
]

COMMENTS = [
    "Báo Khánh Hòa online: '(BKH) -' tag, headline 'Hơn 600 ha hành tím vào vụ thu hoạch', 'Cập nhật lúc 17:40, Thứ Tư, 05/03/2025'.",
    "Distractors: 'Vụ Đông Xuân 2024 - 2025' (a season), 'Đến ngày 28/2' (a date), 'ông Nguyễn Văn Năm' (name), 'quý II/2025' (a schedule), 'Quốc lộ 1A'.",
    "The 'lần lượt' district list stands in its own sentence after the 625 ha and covers only 'các địa phương có diện tích lớn': no total.",
    "'gấp 3 lần trồng lúa' is the change of 'hơn 500 triệu đồng' (unit lần, baseline trồng lúa). 'giảm 20 - 25%' is a price fall rate: percent figure.",
    "The Cam Lâm official's paragraph (dryer, price falls) is located in Cam Lâm. The 2.000 tấn store's 'quý II/2025' is its opening date, not a period.",
    "'từ nay đến năm 2030' runs from the dateline to 2030-12-31; 'mỗi vùng từ 100 ha trở lên' is a category threshold (optional).",
]

write("p994-8", TEXT, FIGS, COMMENTS, published="2025-03-05", location="Khánh Hòa")
