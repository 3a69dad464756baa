from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Dân sinh

Hà Nội trồng lại hơn 9.000 cây xanh sau bão Yagi

Thứ hai, 21/10/2024, 07:00 (GMT+7)

Sau hơn một tháng, các quận nội thành đã trồng bổ sung 9.260 cây xanh tại vị trí cây gãy đổ, bằng khoảng 37% số cây bị đổ do bão số 3.

Theo Sở Xây dựng Hà Nội, bão Yagi đổ bộ ngày 7/9 làm khoảng 25.000 cây xanh trên địa bàn thành phố bị gãy đổ, trong đó hơn 10.000 cây thuộc các tuyến phố, công viên do thành phố quản lý. Các quận bị thiệt hại nặng là Ba Đình (2.140 cây), Hoàn Kiếm (1.860 cây), Đống Đa (1.530 cây) và Hai Bà Trưng (1.410 cây).

Đến ngày 15/10, lực lượng chức năng đã cắt tỉa, dựng lại 3.450 cây bị nghiêng; thu dọn khoảng 48.000 m³ cành, thân cây. Cây trồng mới chủ yếu là sấu, lim xẹt, muồng hoa vàng, có chiều cao 4-5 m. Chi phí mỗi cây, gồm cả bảo dưỡng trong hai năm đầu, khoảng 8-12 triệu đồng.

Mỗi năm, thành phố chi khoảng 620 tỷ đồng cho duy trì cây xanh, công viên, vườn hoa. Năm 2024, kinh phí này được bố trí 648 tỷ đồng, tăng 4,5% so với năm 2023; dự kiến cần bổ sung thêm khoảng 150 tỷ đồng để khắc phục hậu quả bão.

Thành phố đặt mục tiêu đến tháng 3/2025 trồng mới 25.000 cây, bảo đảm thay thế toàn bộ số cây bị đổ. Từ năm 2016 đến năm 2020, Hà Nội đã thực hiện Chương trình 1 triệu cây xanh, trồng được hơn 1,7 triệu cây.

Võ Hải
"""

FIGS = [
    F("hơn 9.000 cây", "9.000", 9000, "count", "cây", "cây xanh trồng lại sau bão Yagi", approx="over"),
    F("bổ sung 9.260 cây", "9.260", 9260, "count", "cây", "cây xanh trồng bổ sung tại vị trí cây gãy đổ",
      percent=37),
    F("khoảng 25.000 cây", "25.000", 25000, "count", "cây", "cây xanh bị gãy đổ do bão Yagi", approx="about"),
    F("hơn 10.000 cây", "10.000", 10000, "count", "cây",
      "cây xanh bị gãy đổ thuộc các tuyến phố, công viên do thành phố quản lý", approx="over", total=25000),
    F("(2.140 cây)", "2.140", 2140, "count", "cây", "cây xanh bị gãy đổ", location="Ba Đình"),
    F("(1.860 cây)", "1.860", 1860, "count", "cây", "cây xanh bị gãy đổ", location="Hoàn Kiếm"),
    F("(1.530 cây)", "1.530", 1530, "count", "cây", "cây xanh bị gãy đổ", location="Đống Đa"),
    F("(1.410 cây)", "1.410", 1410, "count", "cây", "cây xanh bị gãy đổ", location="Hai Bà Trưng"),
    F("dựng lại 3.450 cây", "3.450", 3450, "count", "cây", "cây bị nghiêng được cắt tỉa, dựng lại",
      P("Đến ngày 15/10", None, "2024-10-15")),
    F("khoảng 48.000 m³", "48.000", 48000, "measure", "m³", "cành, thân cây thu dọn",
      P("Đến ngày 15/10", None, "2024-10-15"), approx="about"),
    F("chiều cao 4-5 m", "4", 4, "measure", "m", "chiều cao cây trồng mới", value_max=5, optional=True),
    F("khoảng 8-12 triệu", "8", 8e6, "money", "đồng", "chi phí mỗi cây", value_max=12e6, approx="about"),
    F("khoảng 620 tỷ đồng", "620", 620e9, "money", "đồng", "kinh phí duy trì cây xanh, công viên, vườn hoa mỗi năm",
      approx="about"),
    F("bố trí 648 tỷ đồng", "648", 648e9, "money", "đồng", "kinh phí duy trì cây xanh, công viên, vườn hoa",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=CH("increase", 4.5, "%", "năm 2023")),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "kinh phí bổ sung để khắc phục hậu quả bão",
      approx="about", status="forecast"),
    F("mới 25.000 cây", "25.000", 25000, "count", "cây", "cây xanh trồng mới",
      P("đến tháng 3/2025", None, "2025-03-31"), status="target"),
    F("Chương trình 1 triệu", "1", 1e6, "count", "cây xanh", "Chương trình 1 triệu cây xanh", optional=True),
    F("hơn 1,7 triệu", "1,7", 1.7e6, "count", "cây", "cây xanh trồng được trong Chương trình 1 triệu cây xanh",
      P("Từ năm 2016 đến năm 2020", "2016-01-01", "2020-12-31"), approx="over"),
]

COMMENTS = [
    "National press (VnExpress style): Hà Nội replants trees after typhoon Yagi; maintenance budget. 'Thứ hai, 21/10/2024, 07:00 (GMT+7)'.",
    "Distractors: 'bão số 3' (storm name), 'Sau hơn một tháng' and 'trong hai năm đầu' (durations), 'ngày 7/9', '(GMT+7)'.",
    "'Chương trình 1 triệu cây xanh' is a programme name (optional); 'chiều cao 4-5 m' describes the saplings (optional).",
    "District list after the whole (no cue, separate sentence): each item located in its district, no total.",
    "'bằng khoảng 37% số cây bị đổ' is the percent of the 9.260 figure. 'Đến ngày 15/10' takes 2024 from the dateline (as-of).",
    "'Mỗi năm ... khoảng 620 tỷ đồng' is a yearly average: no period. 'dự kiến ... 150 tỷ đồng' is a forecast; its period is left",
    "open (the need may fall beyond 2024). 'đến tháng 3/2025' target ends 2025-03-31.",
    "'Chi phí mỗi cây ... khoảng 8-12 triệu đồng': the rate is in the subject, the unit is written 'đồng'.",
]

if __name__ == "__main__":
    emit("p589-6", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Hà Nội")
