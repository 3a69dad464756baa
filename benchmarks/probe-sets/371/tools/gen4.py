from lib import F, P, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Giảm tử vong mẹ và trẻ sơ sinh: Chênh lệch giữa các vùng vẫn lớn
Thứ Sáu, 12/04/2024 - 10:35

(MOH) - Phát biểu tại Hội nghị tổng kết công tác sức khỏe bà mẹ - trẻ em tổ chức tại Hà Nội sáng 11/4, lãnh đạo Vụ Sức khỏe Bà mẹ - Trẻ em cho biết năm 2023 tỷ số tử vong mẹ của cả nước ước khoảng 46 ca/100.000 trẻ đẻ sống. Tỷ suất tử vong sơ sinh năm 2023 là 9,8 ca/1.000 trẻ đẻ sống; tỷ suất tử vong trẻ em dưới 1 tuổi là 12,6 ca và dưới 5 tuổi là 18,4 ca/1.000 trẻ đẻ sống.

Mỗi năm cả nước có từ 1,4 đến 1,5 triệu trẻ được sinh ra. Năm 2023, tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần đạt 80,6%, tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt 96,5% và 97,8% ca đẻ được nhân viên y tế có kỹ năng hỗ trợ.

Tuy nhiên, ở một số tỉnh miền núi, tỷ lệ sinh tại cơ sở y tế còn thấp, như Lai Châu (72,3%), Điện Biên (78,1%), Hà Giang (80,4%). Tính đến hết năm 2023, cả nước có hơn 1.200 cô đỡ thôn bản đang hoạt động tại 17 tỉnh.

Theo Chiến lược Dân số Việt Nam đến năm 2030, mục tiêu đến năm 2025 giảm tỷ số tử vong mẹ xuống dưới 42 ca/100.000 trẻ đẻ sống và đến năm 2030 xuống dưới 30 ca/100.000 trẻ đẻ sống; tỷ suất tử vong trẻ em dưới 5 tuổi đến năm 2030 còn 15 ca/1.000 trẻ đẻ sống.

Năm 2024, Bộ Y tế dự kiến bố trí khoảng 120 tỷ đồng cho các hoạt động chăm sóc sức khỏe sinh sản tại 14 tỉnh khó khăn; phấn đấu tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt 97%. Các địa phương cần báo cáo kết quả trước ngày 15/12/2024 theo Thông tư số 43/2016/TT-BYT.

Vụ Sức khỏe Bà mẹ - Trẻ em, 138A Giảng Võ, Ba Đình; ĐT: 024.6273.2121.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "tỷ lệ sinh tại cơ sở y tế"

FIGS = [
    F("ước khoảng 46 ca", "46", 46, "measure", "ca/100.000 trẻ đẻ sống", "tỷ số tử vong mẹ", Y23,
      approx="about", status="estimate"),
    F("là 9,8 ca", "9,8", 9.8, "measure", "ca/1.000 trẻ đẻ sống", "Tỷ suất tử vong sơ sinh", Y23),
    F("dưới 1 tuổi là 12,6", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("là 12,6 ca", "12,6", 12.6, "measure", "ca/1.000 trẻ đẻ sống", "tỷ suất tử vong trẻ em dưới 1 tuổi", Y23),
    F("và dưới 5 tuổi là", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("là 18,4 ca", "18,4", 18.4, "measure", "ca/1.000 trẻ đẻ sống", "tỷ suất tử vong trẻ em dưới 5 tuổi", Y23),
    F("từ 1,4 đến 1,5 triệu trẻ", "1,4", 1400000, "count", "trẻ", "trẻ được sinh ra mỗi năm", value_max=1500000),
    F("ít nhất 4 lần đạt", "4", 4, "count", "lần", approx="at_least", optional=True),
    F("đạt 80,6%", "80,6", 80.6, "percent", "%", "tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần", Y23),
    F("đạt 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", Y23),
    F("và 97,8% ca đẻ", "97,8", 97.8, "percent", "%", "ca đẻ được nhân viên y tế có kỹ năng hỗ trợ", Y23),
    F("Lai Châu (72,3%)", "72,3", 72.3, "percent", "%", LIST, Y23i, location="Lai Châu"),
    F("Điện Biên (78,1%)", "78,1", 78.1, "percent", "%", LIST, Y23i, location="Điện Biên"),
    F("Hà Giang (80,4%)", "80,4", 80.4, "percent", "%", LIST, Y23i, location="Hà Giang"),
    F("hơn 1.200 cô đỡ", "1.200", 1200, "count", "cô đỡ thôn bản", "cô đỡ thôn bản đang hoạt động",
      P("Tính đến hết năm 2023", None, "2023-12-31"), approx="over"),
    F("tại 17 tỉnh", "17", 17, "count", "tỉnh", "tỉnh có cô đỡ thôn bản đang hoạt động",
      P("Tính đến hết năm 2023", None, "2023-12-31")),
    F("dưới 42 ca", "42", 42, "measure", "ca/100.000 trẻ đẻ sống", "tỷ số tử vong mẹ", T25,
      approx="under", status="target"),
    F("dưới 30 ca", "30", 30, "measure", "ca/100.000 trẻ đẻ sống", "tỷ số tử vong mẹ", T30,
      approx="under", status="target"),
    F("em dưới 5 tuổi đến năm 2030", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("còn 15 ca", "15", 15, "measure", "ca/1.000 trẻ đẻ sống", "tỷ suất tử vong trẻ em dưới 5 tuổi", T30,
      status="target"),
    F("khoảng 120 tỷ đồng", "120", 120000000000, "money", "đồng",
      "kinh phí cho các hoạt động chăm sóc sức khỏe sinh sản", Y24, approx="about", status="forecast"),
    F("tại 14 tỉnh khó khăn", "14", 14, "count", "tỉnh", "tỉnh khó khăn được bố trí kinh phí", Y24,
      status="forecast"),
    F("đạt 97%", "97", 97, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế (ministry site): national maternal and child mortality 2023, targets 2025/2030. Dateline 'Thứ Sáu, 12/04/2024 - 10:35'.",
    "National figures: location Việt Nam (the venue 'tại Hà Nội' is not a place of the figures). Province list items take the province.",
    "Rates 'ca/100.000 trẻ đẻ sống', 'ca/1.000 trẻ đẻ sống' are measures with the denominator in the unit (no total). '12,6 ca và … 18,4 ca/1.000 …' share the unit.",
    "'ước khoảng 46' estimate + about; the next sentence has its own verb (actual). Ages 'dưới 1/5 tuổi', 'ít nhất 4 lần' are criteria: optional.",
    "'từ 1,4 đến 1,5 triệu trẻ' range with no period ('Mỗi năm'). 'Tính đến hết năm 2023' as-of period. 'dự kiến' forecast, 'phấn đấu' target.",
    "Distractors: 'Chiến lược Dân số Việt Nam đến năm 2030' (name), 'sáng 11/4', 'trước ngày 15/12/2024', 'Thông tư số 43/2016/TT-BYT', '138A Giảng Võ', phone.",
]
emit(4, TEXT, COMMENTS, FIGS, published="2024-04-12", location="Việt Nam")
