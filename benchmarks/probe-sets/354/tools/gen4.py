from lib import F, P, build

TEXT = """
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Cổng Thông tin điện tử
Ngày đăng: 02/12/2024

Chăm lo cho người khuyết tật: Chính sách ngày càng đầy đủ, thiết thực

Nhân Ngày Quốc tế Người khuyết tật 3/12, Cục Bảo trợ xã hội cho biết, theo kết quả Điều tra quốc gia về người khuyết tật năm 2016, cả nước có khoảng 6,2 triệu người khuyết tật từ 2 tuổi trở lên, chiếm 7,06% dân số; trong đó khoảng 28,9% là người khuyết tật nặng và đặc biệt nặng.

Tính đến ngày 30/9/2024, cả nước có 1.176.842 người khuyết tật nặng và đặc biệt nặng đang hưởng trợ cấp xã hội hằng tháng; 298.415 người khuyết tật đặc biệt nặng được hỗ trợ kinh phí chăm sóc.

Nghị định số 76/2024/NĐ-CP đã nâng mức chuẩn trợ giúp xã hội từ 360.000 đồng lên 500.000 đồng/tháng. Tổng kinh phí chi trả chế độ cho người khuyết tật năm 2024 ước khoảng 9,8 nghìn tỷ đồng, tăng 21% so với năm 2023.

Về giáo dục nghề nghiệp và việc làm, giai đoạn 2021-2024, cả nước đã hỗ trợ đào tạo nghề cho hơn 38.000 người khuyết tật; bình quân mỗi năm có khoảng 9.500 người khuyết tật được tạo việc làm.

Trong số 63 tỉnh, thành phố, có 58 địa phương đã thành lập Hội Người khuyết tật cấp tỉnh. Các địa phương có tỷ lệ người khuyết tật được trợ giúp cao là Hà Tĩnh (96,4%), Nam Định (95,8%) và Bắc Ninh (95,1%).

Chương trình trợ giúp người khuyết tật giai đoạn 2021-2030 (Quyết định số 1190/QĐ-TTg ngày 05/8/2020) đặt mục tiêu đến năm 2025 có 80% người khuyết tật được tiếp cận dịch vụ y tế; đến năm 2030, tỷ lệ này đạt 90%. Chương trình cũng phấn đấu mỗi năm có ít nhất 5.000 trẻ em khuyết tật được phát hiện, can thiệp sớm.

Cục Bảo trợ xã hội
Số lượt xem: 1.507
"""

Y16 = P("năm 2016", "2016-01-01", "2016-12-31")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
G21 = P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")

FIGS = [
    F("khoảng 6,2 triệu", "6,2", "count", "người khuyết tật", "người khuyết tật từ 2 tuổi trở lên", mult=1e6, approx="about",
      percent=7.06, period=Y16),
    F("từ 2 tuổi trở lên", "2", "measure", "tuổi", optional=True),
    F("khoảng 28,9%", "28,9", "percent", "%", "tỷ lệ người khuyết tật nặng và đặc biệt nặng", approx="about", period=Y16),
    F("có 1.176.842 người", "1.176.842", "count", "người khuyết tật", "người khuyết tật nặng và đặc biệt nặng đang hưởng trợ cấp xã hội hằng tháng", period=ASOF),
    F("298.415 người", "298.415", "count", "người khuyết tật", "người khuyết tật đặc biệt nặng được hỗ trợ kinh phí chăm sóc", period=ASOF),
    F("từ 360.000 đồng", "360.000", "money", "đồng", "mức chuẩn trợ giúp xã hội trước đây", optional=True),
    F("lên 500.000 đồng", "500.000", "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội"),
    F("khoảng 9,8 nghìn tỷ", "9,8", "money", "đồng", "tổng kinh phí chi trả chế độ cho người khuyết tật", mult=1e12, approx="about",
      status="estimate", change={"direction": "increase", "value": 21, "unit": "%", "approx": "exact", "baseline": "năm 2023"},
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 38.000 người", "38.000", "count", "người khuyết tật", "người khuyết tật được hỗ trợ đào tạo nghề", approx="over", period=G21),
    F("khoảng 9.500 người", "9.500", "count", "người khuyết tật", "người khuyết tật được tạo việc làm bình quân mỗi năm", approx="about", period=G21),
    F("Trong số 63 tỉnh", "63", "count", "tỉnh, thành phố", "tỉnh, thành phố", optional=True),
    F("có 58 địa phương", "58", "count", "địa phương", "địa phương đã thành lập Hội Người khuyết tật cấp tỉnh", total=63),
    F("Hà Tĩnh (96,4%)", "96,4", "percent", "%", "tỷ lệ người khuyết tật được trợ giúp", location="Hà Tĩnh"),
    F("Nam Định (95,8%)", "95,8", "percent", "%", "tỷ lệ người khuyết tật được trợ giúp", location="Nam Định"),
    F("Bắc Ninh (95,1%)", "95,1", "percent", "%", "tỷ lệ người khuyết tật được trợ giúp", location="Bắc Ninh"),
    F("có 80%", "80", "percent", "%", "người khuyết tật được tiếp cận dịch vụ y tế", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 90%", "90", "percent", "%", "tỷ lệ người khuyết tật được tiếp cận dịch vụ y tế", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("ít nhất 5.000 trẻ em", "5.000", "count", "trẻ em khuyết tật", "trẻ em khuyết tật được phát hiện, can thiệp sớm mỗi năm",
      approx="at_least", status="target", period=P("đến năm 2030", None, "2030-12-31", inherited=True)),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH, Cục Bảo trợ xã hội): national figures on people with disabilities, allowances, training, targets 2025/2030.",
    "'Ngày đăng: 02/12/2024'; 'Số lượt xem: 1.507' is page furniture. 'Ngày Quốc tế … 3/12' is a date. Location Việt Nam throughout except the list.",
    "Survey year 'năm 2016' stands in the sentence of 6,2 triệu and 28,9% (their period). 'chiếm 7,06% dân số' is the share of 6,2 triệu.",
    "'nâng … từ 360.000 đồng lên 500.000 đồng/tháng': the new level is the figure, the old one optional; decree number 76/2024 is no period.",
    "'ước khoảng 9,8 nghìn tỷ đồng' = 9,8·10^12, approx about, status estimate, change +21% vs năm 2023.",
    "'Trong số 63 tỉnh, thành phố, có 58 địa phương' → total 63 (63 itself optional). Province list (percent) → location per item.",
    "Targets: 80% to 2025, 90% to 2030 ('tỷ lệ này đạt' continues 'đặt mục tiêu'); 5.000 per year 'phấn đấu', period from the previous sentence (inherited).",
    "Distractors: Quyết định số 1190/QĐ-TTg ngày 05/8/2020, program name 'giai đoạn 2021-2030'.",
]

if __name__ == "__main__":
    build("p354-4", TEXT, FIGS, COMMENTS, published="2024-12-02", location="Việt Nam")
