from lib import F, P, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức - Sự kiện | Phòng, chống thiên tai
Lượt truy cập: 3.486.210

Sạt lở bờ sông, bờ biển vùng Đồng bằng sông Cửu Long: còn 85 điểm đặc biệt nguy hiểm

Theo số liệu tổng hợp của Cục Quản lý đê điều và Phòng, chống thiên tai, tính đến tháng 4/2024, toàn vùng Đồng bằng sông Cửu Long có 808 điểm sạt lở (tăng 143 điểm so với năm 2022) với tổng chiều dài khoảng 1.083 km, trong đó 564 điểm sạt lở bờ sông dài 589 km và 244 điểm sạt lở bờ biển dài 494 km. Số điểm sạt lở đặc biệt nguy hiểm là 85 điểm, chiếm 10,5%.

Riêng mùa khô 2023-2024 ghi nhận 47 vụ sạt lở, sụt lún đất, tăng gấp 2,5 lần cùng kỳ. Các tỉnh có nhiều điểm sạt lở nhất là Cà Mau (96 điểm), An Giang (87 điểm), Đồng Tháp (62 điểm) và Vĩnh Long (59 điểm).

Để ứng phó, giai đoạn 2021-2025, Chính phủ đã bố trí khoảng 9.700 tỷ đồng cho các dự án phòng, chống sạt lở vùng Đồng bằng sông Cửu Long, trong đó nguồn dự phòng ngân sách trung ương hỗ trợ xử lý khẩn cấp gần 3.200 tỷ đồng. Đến nay, 190 công trình với tổng chiều dài trên 410 km kè đã được đầu tư xây dựng, bảo vệ an toàn cho hàng chục nghìn hộ dân.

Theo Quyết định số 957/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án phòng, chống sạt lở bờ sông, bờ biển đến năm 2030, mục tiêu đến năm 2030 kiểm soát được 100% các điểm sạt lở đặc biệt nguy hiểm, giảm ít nhất 50% số điểm sạt lở nguy hiểm so với năm 2020. Bộ dự kiến bố trí thêm 4.500 tỷ đồng trong giai đoạn 2024-2025 để xử lý 42 điểm cấp bách.

Thứ trưởng Nguyễn Hoàng Hiệp đề nghị các địa phương rà soát, cắm biển cảnh báo, kiên quyết di dời dân ra khỏi vùng nguy hiểm trước mùa mưa lũ; quản lý chặt hoạt động khai thác cát, san lấp, xây dựng ven sông theo Nghị định số 23/2020/NĐ-CP.

Nguồn: Cục Quản lý đê điều và PCTT
22/05/2024
"""

PT = P("tính đến tháng 4/2024", None, "2024-04-30")
PTi = P("tính đến tháng 4/2024", None, "2024-04-30", inh=True)
PG = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
PDN = P("Đến nay", None, "2024-05-22")
P30 = P("đến năm 2030", None, "2030-12-31")
P2425 = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("còn 85 điểm đặc biệt", "85", 85, "count", "điểm", "điểm sạt lở đặc biệt nguy hiểm", period=PTi),
    F("có 808 điểm sạt lở", "808", 808, "count", "điểm sạt lở", "điểm sạt lở toàn vùng Đồng bằng sông Cửu Long",
      change={"direction": "increase", "value": 143, "unit": "điểm", "baseline": "năm 2022"}, period=PT),
    F("khoảng 1.083 km", "1.083", 1083, "measure", "km", "tổng chiều dài sạt lở", approx="about", period=PT),
    F("trong đó 564 điểm", "564", 564, "count", "điểm sạt lở", "điểm sạt lở bờ sông", total=808, period=PT),
    F("dài 589 km", "589", 589, "measure", "km", "chiều dài sạt lở bờ sông", total=1083, period=PT),
    F("và 244 điểm", "244", 244, "count", "điểm sạt lở", "điểm sạt lở bờ biển", total=808, period=PT),
    F("dài 494 km", "494", 494, "measure", "km", "chiều dài sạt lở bờ biển", total=1083, period=PT),
    F("là 85 điểm", "85", 85, "count", "điểm", "Số điểm sạt lở đặc biệt nguy hiểm", percent=10.5, period=PTi),
    F("ghi nhận 47 vụ", "47", 47, "count", "vụ", "vụ sạt lở, sụt lún đất mùa khô 2023-2024",
      change={"direction": "increase", "value": 2.5, "unit": "lần", "baseline": "cùng kỳ"}),
    F("Cà Mau (96 điểm)", "96", 96, "count", "điểm", "điểm sạt lở", location="Cà Mau", period=PTi),
    F("An Giang (87 điểm)", "87", 87, "count", "điểm", "điểm sạt lở", location="An Giang", period=PTi),
    F("Đồng Tháp (62 điểm)", "62", 62, "count", "điểm", "điểm sạt lở", location="Đồng Tháp", period=PTi),
    F("Vĩnh Long (59 điểm)", "59", 59, "count", "điểm", "điểm sạt lở", location="Vĩnh Long", period=PTi),
    F("khoảng 9.700 tỷ đồng", "9.700", 9700e9, "money", "đồng", "vốn bố trí cho các dự án phòng, chống sạt lở",
      approx="about", period=PG),
    F("gần 3.200 tỷ đồng", "3.200", 3200e9, "money", "đồng", "nguồn dự phòng ngân sách trung ương hỗ trợ xử lý khẩn cấp",
      approx="nearly", total=9700e9, period=PG),
    F("Đến nay, 190 công trình", "190", 190, "count", "công trình", "công trình kè được đầu tư xây dựng", period=PDN),
    F("trên 410 km", "410", 410, "measure", "km", "tổng chiều dài kè được đầu tư xây dựng", approx="over", period=PDN),
    F("hàng chục nghìn hộ dân", "hàng chục nghìn", 10000, "count", "hộ dân", "hộ dân được bảo vệ an toàn", approx="over", optional=True),
    F("được 100% các điểm", "100", 100, "percent", "%", "điểm sạt lở đặc biệt nguy hiểm được kiểm soát", status="target", period=P30),
    F("ít nhất 50%", "50", 50, "percent", "%", "giảm số điểm sạt lở nguy hiểm so với năm 2020", approx="at_least", status="target", period=P30),
    F("thêm 4.500 tỷ đồng", "4.500", 4500e9, "money", "đồng", "vốn bố trí thêm", status="forecast", period=P2425),
    F("xử lý 42 điểm", "42", 42, "count", "điểm cấp bách", "điểm cấp bách được xử lý", status="forecast", period=P2425),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), national/regional: erosion sites in the Mekong Delta, funds 2021-2025, 2030 targets.",
    "Bare date '22/05/2024' at the end after the source line is the article's date. 'Lượt truy cập: 3.486.210' page furniture.",
    "Regional figures (vùng ĐBSCL, no province named) take the ministry's national location Việt Nam (FIGURES.md has no region rule).",
    "'(tăng 143 điểm so với năm 2022)' change of 808 across a bracket. 564/244 parts of 808, 589/494 parts of 1.083 km (trong đó).",
    "'là 85 điểm, chiếm 10,5%' share of 85 (no number for the whole in the sentence, so no total). 'gấp 2,5 lần cùng kỳ' change of 47 vụ.",
    "'mùa khô 2023-2024' is not a period FIGURES.md defines: no period on 47 vụ. 'hàng chục nghìn hộ' optional.",
    "'đến năm 2030 … mục tiêu' targets; 'giảm ít nhất 50% … so với năm 2020' a target rate as the claim (no change object).",
    "'dự kiến' makes 4.500 tỷ and 42 điểm forecasts. Distractors: Quyết định 957/QĐ-TTg, Nghị định 23/2020/NĐ-CP, 'đến năm 2030' in a name.",
]

emit(3, TEXT, FIGS, COMMENTS, published="2024-05-22", location="Việt Nam")
