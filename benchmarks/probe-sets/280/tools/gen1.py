from lib import F, P, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Đắk Lắk
Trang chủ > Tin tức - Sự kiện > Kinh tế

Đắk Lắk: 186 mã số vùng trồng sầu riêng được cấp phép xuất khẩu sang Trung Quốc
Cập nhật: 12/08/2024 09:15 | Lượt xem: 1.204

(DLO) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/7/2024, toàn tỉnh Đắk Lắk có 186 mã số vùng trồng sầu riêng được phía Trung Quốc chấp thuận, với tổng diện tích 9.847 ha, chiếm 30,6% tổng diện tích sầu riêng toàn tỉnh; trong đó huyện Krông Pắc có 58 mã số. Cùng với đó, tỉnh có 51 cơ sở đóng gói sầu riêng đủ điều kiện xuất khẩu chính ngạch, tăng 17 cơ sở so với cuối năm 2023.

Năm 2024, diện tích sầu riêng toàn tỉnh đạt khoảng 32.200 ha, tăng 4.150 ha so với năm 2023; diện tích cho thu hoạch hơn 18.500 ha, sản lượng ước đạt 321.000 tấn. Các huyện có diện tích lớn gồm Krông Pắc (7.850 ha), Cư M'gar (4.620 ha), Ea H'leo (3.980 ha) và Krông Năng (3.105 ha).

Đầu tháng 8/2024, giá sầu riêng tại vườn dao động từ 72.000 đến 85.000 đồng/kg đối với giống Ri6 và từ 95.000 đến 110.000 đồng/kg đối với giống Dona. Trong 7 tháng đầu năm 2024, các doanh nghiệp trên địa bàn đã xuất khẩu 28.460 tấn sầu riêng tươi, kim ngạch đạt 124,5 triệu USD, gấp 2,3 lần cùng kỳ năm 2023; trong đó xuất sang Trung Quốc chiếm 92%.

Thực hiện Kế hoạch số 4512/KH-UBND ngày 15/5/2023 của UBND tỉnh, đến năm 2025 tỉnh phấn đấu có ít nhất 250 mã số vùng trồng sầu riêng và khoảng 70 cơ sở đóng gói được cấp mã; diện tích sầu riêng được khống chế ở mức không quá 35.000 ha. Tổ chức, cá nhân cần hướng dẫn liên hệ Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, số 46 Nguyễn Tất Thành, TP Buôn Ma Thuột, điện thoại 0262.3852.117.

Thu Hằng
"""

T31 = P("tính đến ngày 31/7/2024", None, "2024-07-31")
T31i = P("tính đến ngày 31/7/2024", None, "2024-07-31", inh=True)
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")
N24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
T8 = P("Đầu tháng 8/2024", "2024-08-01", "2024-08-31")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
D25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Đắk Lắk: 186 mã", "186", 186, "count", "mã số vùng trồng",
      "mã số vùng trồng sầu riêng được cấp phép xuất khẩu sang Trung Quốc", T31i),
    F("có 186 mã số", "186", 186, "count", "mã số vùng trồng",
      "mã số vùng trồng sầu riêng được phía Trung Quốc chấp thuận", T31),
    F("diện tích 9.847 ha", "9.847", 9847, "measure", "ha",
      "tổng diện tích mã số vùng trồng sầu riêng", T31, percent=30.6),
    F("Krông Pắc có 58 mã", "58", 58, "count", "mã số", "mã số vùng trồng sầu riêng", T31,
      total=186, location="Krông Pắc"),
    F("có 51 cơ sở", "51", 51, "count", "cơ sở đóng gói",
      "cơ sở đóng gói sầu riêng đủ điều kiện xuất khẩu chính ngạch", T31i,
      change=CH("increase", 17, "cơ sở", "cuối năm 2023")),
    F("khoảng 32.200 ha", "32.200", 32200, "measure", "ha", "diện tích sầu riêng", N24, approx="about",
      change=CH("increase", 4150, "ha", "năm 2023")),
    F("hơn 18.500 ha", "18.500", 18500, "measure", "ha", "diện tích cho thu hoạch", N24, approx="over"),
    F("ước đạt 321.000 tấn", "321.000", 321000, "measure", "tấn", "sản lượng sầu riêng", N24, status="estimate"),
    F("Krông Pắc (7.850 ha)", "7.850", 7850, "measure", "ha", "diện tích sầu riêng", N24i, location="Krông Pắc"),
    F("Cư M'gar (4.620 ha)", "4.620", 4620, "measure", "ha", "diện tích sầu riêng", N24i, location="Cư M'gar"),
    F("Ea H'leo (3.980 ha)", "3.980", 3980, "measure", "ha", "diện tích sầu riêng", N24i, location="Ea H'leo"),
    F("Krông Năng (3.105 ha)", "3.105", 3105, "measure", "ha", "diện tích sầu riêng", N24i, location="Krông Năng"),
    F("từ 72.000 đến 85.000", "72.000", 72000, "money", "đồng/kg", "giá sầu riêng Ri6 tại vườn", T8, value_max=85000),
    F("từ 95.000 đến 110.000", "95.000", 95000, "money", "đồng/kg", "giá sầu riêng Dona tại vườn", T8, value_max=110000),
    F("xuất khẩu 28.460 tấn", "28.460", 28460, "measure", "tấn", "sầu riêng tươi xuất khẩu", M7),
    F("đạt 124,5 triệu USD", "124,5", 124500000, "money", "USD", "kim ngạch xuất khẩu sầu riêng", M7,
      change=CH("increase", 2.3, "lần", "cùng kỳ năm 2023")),
    F("chiếm 92%", "92", 92, "percent", "%", "tỷ trọng xuất khẩu sang Trung Quốc", M7),
    F("ít nhất 250 mã", "250", 250, "count", "mã số vùng trồng", "mã số vùng trồng sầu riêng", D25,
      approx="at_least", status="target"),
    F("khoảng 70 cơ sở", "70", 70, "count", "cơ sở đóng gói", "cơ sở đóng gói được cấp mã", D25,
      approx="about", status="target"),
    F("không quá 35.000 ha", "35.000", 35000, "measure", "ha", "diện tích sầu riêng", D25,
      approx="at_most", status="target"),
]

emit("p280-1", TEXT, [
    "Cổng TTĐT tỉnh Đắk Lắk (province portal): durian growing-area codes, packing houses, area/output 2024, prices, exports 7 months 2024, 2025 targets.",
    "Dateline 'Cập nhật: 12/08/2024 09:15 | Lượt xem: 1.204' (counter is page furniture). DLO tag + 'tỉnh Đắk Lắk' -> default location Đắk Lắk.",
    "Distractors: Kế hoạch số 4512/KH-UBND ngày 15/5/2023, address 'số 46 Nguyễn Tất Thành', phone 0262.3852.117, 'Ri6' (variety name).",
    "58 mã số of Krông Pắc is a part ('trong đó') of the 186 codes: total 186, location Krông Pắc. 9.847 ha carries its share 30,6%.",
    "'gấp 2,3 lần cùng kỳ' after the export value is its change (unit lần). 'chiếm 92%' has no base amount in its clause: a percent figure.",
    "Headline 186 has no period of its own: inherited from the body's as-of date. District list inherits 'Năm 2024'.",
], FIGS, published="2024-08-12", location="Đắk Lắk")
