from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VỤ BẢN - TỈNH NAM ĐỊNH
Tin tức > Kinh tế - Nông nghiệp
Ngày đăng: 26/02/2024 - 15:05

Làng đậu phụ Vân Cát giữ nghề, tăng thu nhập

Làng nghề đậu phụ thôn Vân Cát, xã Kim Thái hiện có 135 hộ làm đậu phụ, trong đó 48 hộ sản xuất quy mô từ 100 kg đậu tương/ngày trở lên. Mỗi ngày, làng tiêu thụ khoảng 9 tấn đậu tương, sản phẩm cung cấp cho các chợ dọc Quốc lộ 10 và TP Nam Định.

Năm 2023, doanh thu của làng nghề đạt 48 tỷ đồng, tăng 12% so với năm 2022; lợi nhuận bình quân mỗi hộ từ 250.000 đến 300.000 đồng/ngày. Giá đậu tương nhập khẩu đầu vào ở mức 16.500 đồng/kg, giảm khoảng 1.500 đồng/kg so với cuối năm 2022; giá bán buôn đậu phụ ổn định 2.500 đồng/bìa.

Tận dụng bã đậu, 52 hộ kết hợp chăn nuôi lợn với tổng đàn khoảng 1.600 con. Để giảm ô nhiễm, năm 2023 xã đầu tư hệ thống thu gom, xử lý nước thải công suất 200 m3/ngày đêm với tổng vốn 4,2 tỷ đồng, trong đó ngân sách huyện hỗ trợ 2,5 tỷ đồng, còn lại là vốn xã hội hóa. Đến nay, 121/135 hộ đã đấu nối nước thải vào hệ thống.

Theo UBND xã Kim Thái, thu nhập của lao động làm thuê trong làng nghề đạt 5,5-6 triệu đồng/người/tháng. Năm 2024, xã phấn đấu 100% hộ làm đậu phụ ký cam kết bảo đảm an toàn thực phẩm; dự kiến doanh thu làng nghề đạt khoảng 52 tỷ đồng. Sản phẩm "Đậu phụ Vân Cát" đang được hoàn thiện hồ sơ để đánh giá, phân hạng OCOP trong quý II/2024.

Phòng Kinh tế và Hạ tầng huyện Vụ Bản - ĐT: 0228.3820.146
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 135 hộ", "135", 135, "count", "hộ", "hộ làm đậu phụ"),
    F("trong đó 48 hộ", "48", 48, "count", "hộ", "hộ sản xuất quy mô từ 100 kg đậu tương/ngày trở lên", total=135),
    F("từ 100 kg", "100", 100, "measure", "kg/ngày", approx="at_least", optional=True),
    F("khoảng 9 tấn", "9", 9, "measure", "tấn/ngày", "đậu tương làng tiêu thụ mỗi ngày", approx="about"),
    F("đạt 48 tỷ đồng", "48", 48e9, "money", "đồng", "doanh thu của làng nghề",
      change=C("increase", 12, "%", "năm 2022"), period=Y23),
    F("từ 250.000 đến", "250.000", 250000, "money", "đồng/ngày", "lợi nhuận bình quân mỗi hộ", value_max=300000,
      period=Y23),
    F("mức 16.500 đồng/kg", "16.500", 16500, "money", "đồng/kg", "giá đậu tương nhập khẩu đầu vào",
      change=C("decrease", 1500, "đồng/kg", "cuối năm 2022"), period=I(Y23)),
    F("ổn định 2.500 đồng/bìa", "2.500", 2500, "money", "đồng/bìa", "giá bán buôn đậu phụ", period=I(Y23)),
    F("52 hộ", "52", 52, "count", "hộ", "hộ kết hợp chăn nuôi lợn"),
    F("khoảng 1.600 con", "1.600", 1600, "count", "con", "tổng đàn lợn", approx="about"),
    F("200 m3/ngày đêm", "200", 200, "measure", "m3/ngày đêm", "công suất hệ thống thu gom, xử lý nước thải",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tổng vốn 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "tổng vốn hệ thống thu gom, xử lý nước thải",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hỗ trợ 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "ngân sách huyện hỗ trợ", total=4.2e9,
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("121/135 hộ", "121", 121, "count", "hộ", "hộ đã đấu nối nước thải vào hệ thống", total=135,
      period=P("Đến nay", None, "2024-02-26")),
    F("5,5-6 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng", "thu nhập của lao động làm thuê trong làng nghề",
      value_max=6e6),
    F("100% hộ làm đậu phụ", "100", 100, "percent", "%", "hộ làm đậu phụ ký cam kết bảo đảm an toàn thực phẩm",
      status="target", period=Y24),
    F("khoảng 52 tỷ đồng", "52", 52e9, "money", "đồng", "doanh thu làng nghề", approx="about",
      status="forecast", period=Y24),
]

COMMENTS = [
    "District portal of Vụ Bản (Nam Định): tofu village Vân Cát, xã Kim Thái, results of 2023 (invented, probe set 811).",
    "Distractors: 'Ngày đăng: 26/02/2024 - 15:05', 'Quốc lộ 10', 'quý II/2024' (a schedule), phone '0228.3820.146'.",
    "'từ 100 kg đậu tương/ngày trở lên' is a size class (optional). Location is the district Vụ Bản (the commune lies in it).",
    "'mỗi ngày' amounts keep the denominator in the unit (tấn/ngày, đồng/ngày). 'giảm khoảng 1.500 đồng/kg' is the price's change.",
    "The 2023 prices stand in the sentence after 'Năm 2023' (inherited). 'Đến nay' ends at the dateline.",
]

build("p811-2", TEXT, FIGS, comments=COMMENTS, published="2024-02-26", location="Vụ Bản")
