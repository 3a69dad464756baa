from lib import F, P, write

ART = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Thứ Hai, 08/01/2024 - 10:15

Năm 2023, cả nước xảy ra 3.440 vụ cháy, làm chết 146 người

Theo báo cáo của Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07), năm 2023, toàn quốc xảy ra 3.440 vụ cháy, làm chết 146 người, bị thương 129 người, thiệt hại về tài sản ước tính 868,3 tỷ đồng và 1.017 ha rừng; so với năm 2022, số vụ cháy giảm 441 vụ (giảm 11,36%), số người chết tăng 21 người.

Trong tổng số vụ cháy, cháy nhà ở riêng lẻ và nhà ở kết hợp sản xuất, kinh doanh là 1.256 vụ, chiếm 36,5%; cháy cơ sở sản xuất, kinh doanh 498 vụ, chiếm 14,5%. Về nguyên nhân, do sự cố hệ thống, thiết bị điện chiếm tới 58,8%, do sơ suất trong sử dụng nguồn lửa, nguồn nhiệt chiếm 13,6%.

Các địa phương xảy ra nhiều vụ cháy nhất gồm TP Hồ Chí Minh (408 vụ), Hà Nội (337 vụ), Đồng Nai (176 vụ), Bình Dương (165 vụ). Đặc biệt, vụ cháy chung cư mini tại phường Khương Đình, quận Thanh Xuân, TP Hà Nội đêm 12/9/2023 làm 56 người chết, 37 người bị thương. Cũng trong năm 2023, cả nước xảy ra 48 vụ nổ, làm chết 22 người.

Lực lượng Cảnh sát PCCC và CNCH đã tổ chức CNCH 2.764 vụ, trực tiếp cứu được 1.052 người, tìm kiếm được 1.690 thi thể nạn nhân. Công an các địa phương đã kiểm tra an toàn PCCC gần 1,1 triệu lượt cơ sở, xử phạt vi phạm hành chính 38.914 trường hợp với số tiền trên 249 tỷ đồng, tạm đình chỉ 4.275 trường hợp.

Năm 2024, Bộ Công an đặt mục tiêu giảm từ 5 đến 10% số vụ cháy và số người chết do cháy so với năm 2023, phấn đấu 100% cơ sở thuộc diện quản lý về PCCC được kiểm tra, hướng dẫn. Thực hiện Luật PCCC và CNCH số 55/2024/QH15, từ ngày 01/7/2025 sẽ áp dụng nhiều quy định mới.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("cả nước xảy ra 3.440 vụ cháy", "3.440", 3440, "count", "vụ", "vụ cháy", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("vụ cháy, làm chết 146 người\n\nTheo", "146", 146, "count", "người", "người chết do cháy",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("toàn quốc xảy ra 3.440 vụ cháy", "3.440", 3440, "count", "vụ", "vụ cháy",
      change={"direction": "decrease", "value": 441, "unit": "vụ", "baseline": "năm 2022"}, period=Y),
    F("làm chết 146 người, bị", "146", 146, "count", "người", "người chết do cháy",
      change={"direction": "increase", "value": 21, "unit": "người", "baseline": "năm 2022"}, period=Y),
    F("bị thương 129 người", "129", 129, "count", "người", "người bị thương do cháy", period=Y),
    F("ước tính 868,3 tỷ đồng", "868,3", 868.3e9, "money", "đồng", "thiệt hại về tài sản do cháy", status="estimate", period=Y),
    F("và 1.017 ha rừng", "1.017", 1017, "measure", "ha", "diện tích rừng bị thiệt hại do cháy", status="estimate", period=Y),
    F("(giảm 11,36%)", "11,36", 11.36, "percent", "%", "mức giảm số vụ cháy", optional=True, period=Y),
    F("là 1.256 vụ", "1.256", 1256, "count", "vụ", "vụ cháy nhà ở riêng lẻ và nhà ở kết hợp sản xuất, kinh doanh",
      total=3440, percent=36.5, period=Yi),
    F("kinh doanh 498 vụ", "498", 498, "count", "vụ", "vụ cháy cơ sở sản xuất, kinh doanh", total=3440, percent=14.5, period=Yi),
    F("chiếm tới 58,8%", "58,8", 58.8, "percent", "%", "tỷ lệ vụ cháy do sự cố hệ thống, thiết bị điện", period=Yi),
    F("nhiệt chiếm 13,6%", "13,6", 13.6, "percent", "%", "tỷ lệ vụ cháy do sơ suất trong sử dụng nguồn lửa, nguồn nhiệt", period=Yi),
    F("Hồ Chí Minh (408 vụ)", "408", 408, "count", "vụ", "vụ cháy", location="Hồ Chí Minh", period=Yi),
    F("Hà Nội (337 vụ)", "337", 337, "count", "vụ", "vụ cháy", location="Hà Nội", period=Yi),
    F("Đồng Nai (176 vụ)", "176", 176, "count", "vụ", "vụ cháy", location="Đồng Nai", period=Yi),
    F("Bình Dương (165 vụ)", "165", 165, "count", "vụ", "vụ cháy", location="Bình Dương", period=Yi),
    F("làm 56 người chết", "56", 56, "count", "người", "người chết trong vụ cháy chung cư mini", location="Thanh Xuân",
      period=P("đêm 12/9/2023", "2023-09-12", "2023-09-12")),
    F("37 người bị thương", "37", 37, "count", "người", "người bị thương trong vụ cháy chung cư mini", location="Thanh Xuân",
      period=P("đêm 12/9/2023", "2023-09-12", "2023-09-12")),
    F("xảy ra 48 vụ nổ", "48", 48, "count", "vụ", "vụ nổ", period=Y),
    F("làm chết 22 người", "22", 22, "count", "người", "người chết do nổ", period=Y),
    F("CNCH 2.764 vụ", "2.764", 2764, "count", "vụ", "vụ cứu nạn, cứu hộ", period=Yi),
    F("cứu được 1.052 người", "1.052", 1052, "count", "người", "người được cứu", period=Yi),
    F("được 1.690 thi thể", "1.690", 1690, "count", "thi thể", "thi thể nạn nhân tìm kiếm được", period=Yi),
    F("gần 1,1 triệu lượt", "1,1", 1.1e6, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra an toàn PCCC", approx="nearly", period=Yi),
    F("hành chính 38.914 trường hợp", "38.914", 38914, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", period=Yi),
    F("trên 249 tỷ đồng", "249", 249e9, "money", "đồng", "tiền xử phạt vi phạm hành chính", approx="over", period=Yi),
    F("tạm đình chỉ 4.275", "4.275", 4275, "count", "trường hợp", "trường hợp bị tạm đình chỉ", period=Yi),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "mức giảm số vụ cháy và số người chết do cháy", value_max=10, status="target", period=T),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "tỷ lệ cơ sở thuộc diện quản lý về PCCC được kiểm tra, hướng dẫn",
      status="target", period=T),
]

write("p307-4", ART, figs, [
    "Bộ Công an portal: national fire statistics for 2023 (C07). Dateline 'Thứ Hai, 08/01/2024 - 10:15'. National figures: location Việt Nam.",
    "Changes stated in a later clause ('so với năm 2022, số vụ cháy giảm 441 vụ (giảm 11,36%), số người chết tăng 21 người') attach to their",
    "figures across the clause (FIGURES.md); the bracketed second change of 3.440 is an optional percent figure. Headline figures are figures too.",
    "'Trong tổng số vụ cháy, ... 1.256 vụ, chiếm 36,5%' are parts of 3.440 (the whole named after a sentence break). Provinces in the list -> location.",
    "The Khương Đình mini-apartment fire is located in quận Thanh Xuân, dated 12/9/2023 in its own sentence. 'từ 5 đến 10%' target range.",
    "Distractors: C07, 'đêm 12/9/2023', 'Luật ... số 55/2024/QH15', 'từ ngày 01/7/2025'.",
], published="2024-01-08", location="Việt Nam")
