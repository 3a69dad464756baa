from lib import F, P, I, CH, TG, emit

TEXT = """Du lịch › Điểm đến
Thứ hai, 8/1/2024, 07:00 (GMT+7)

Văn Miếu - Quốc Tử Giám đón hơn 2 triệu lượt khách năm 2023

Năm ngoái, di tích 1.000 năm tuổi trên phố Quốc Tử Giám đón 2,08 triệu lượt khách, gấp 1,4 lần năm 2022, thu 47,3 tỷ đồng tiền vé, dẫn đầu các điểm di tích của Hà Nội.

Theo Sở Du lịch Hà Nội, năm 2023 thành phố đón khoảng 24 triệu lượt khách, trong đó 4 triệu lượt khách quốc tế. Các di tích, bảo tàng do thành phố quản lý đón tổng cộng 6,7 triệu lượt. Xếp sau Văn Miếu là Hoàng thành Thăng Long với 1,03 triệu lượt, tiếp đến là Nhà tù Hỏa Lò 860.000 lượt và Bảo tàng Hà Nội 410.000 lượt.

Ông Lê Xuân Kiêu, Giám đốc Trung tâm Hoạt động Văn hóa Khoa học Văn Miếu - Quốc Tử Giám, cho biết trên trang Tripadvisor, di tích xếp thứ 7 trong 25 điểm tham quan hàng đầu châu Á. Nơi đây lưu giữ 82 bia Tiến sĩ, ghi danh 1.307 vị đỗ đạt qua 82 khoa thi từ năm 1442 đến năm 1779.

Từ ngày 1/1/2024, giá vé tham quan Văn Miếu tăng từ 30.000 lên 70.000 đồng/lượt với người lớn; học sinh, sinh viên được giảm 50%. Người cao tuổi từ 60 tuổi trở lên được miễn vé. Đơn vị dự kiến năm nay đón khoảng 2,3 triệu lượt khách.

Dự án cải tạo khu Hồ Văn trước cổng di tích, tổng vốn hơn 300 tỷ đồng, đang được thành phố nghiên cứu. Chương trình "Đêm Văn Miếu" ra mắt tháng 9/2023 đã có 12 đêm biểu diễn với khoảng 18.000 người xem, mỗi vé 199.000 đồng.

Phạm Nga
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NGOAI = P("Năm ngoái", "2023-01-01", "2023-12-31")

FIGS = [
    F("đón hơn 2 triệu lượt khách", "2", 2000000, "count", "lượt khách", approx="over",
      subject="lượt khách Văn Miếu - Quốc Tử Giám đón", period=Y23),
    F("di tích 1.000 năm tuổi", "1.000", 1000, "measure", "năm tuổi", subject="tuổi của di tích", optional=True),
    F("đón 2,08 triệu lượt khách", "2,08", 2080000, "count", "lượt khách",
      change=CH("increase", 1.4, unit="lần", baseline="năm 2022"),
      subject="lượt khách Văn Miếu - Quốc Tử Giám đón", period=NGOAI),
    F("thu 47,3 tỷ đồng", "47,3", 47300000000, "money", "đồng", subject="tiền vé Văn Miếu - Quốc Tử Giám thu",
      period=NGOAI),
    F("khoảng 24 triệu lượt khách", "24", 24000000, "count", "lượt khách", approx="about",
      subject="lượt khách Hà Nội đón", period=Y23),
    F("trong đó 4 triệu lượt", "4", 4000000, "count", "lượt khách quốc tế", total=24000000,
      subject="khách quốc tế", period=Y23),
    F("tổng cộng 6,7 triệu lượt", "6,7", 6700000, "count", "lượt",
      subject="lượt khách các di tích, bảo tàng do thành phố quản lý đón", period=I(Y23)),
    F("với 1,03 triệu lượt", "1,03", 1030000, "count", "lượt", subject="lượt khách Hoàng thành Thăng Long đón",
      period=I(Y23)),
    F("Hỏa Lò 860.000 lượt", "860.000", 860000, "count", "lượt", subject="lượt khách Nhà tù Hỏa Lò đón", period=I(Y23)),
    F("Hà Nội 410.000 lượt", "410.000", 410000, "count", "lượt", subject="lượt khách Bảo tàng Hà Nội đón",
      period=I(Y23)),
    F("xếp thứ 7 trong 25", "7", 7, "rank", "hạng", total=25,
      subject="điểm tham quan hàng đầu châu Á trên Tripadvisor"),
    F("lưu giữ 82 bia", "82", 82, "count", "bia", subject="bia Tiến sĩ"),
    F("ghi danh 1.307 vị", "1.307", 1307, "count", "vị", subject="vị đỗ đạt được ghi danh"),
    F("qua 82 khoa thi", "82", 82, "count", "khoa thi", subject="khoa thi"),
    F("từ 30.000 lên", "30.000", 30000, "money", "đồng/lượt", subject="giá vé tham quan Văn Miếu với người lớn trước đây"),
    F("lên 70.000 đồng/lượt", "70.000", 70000, "money", "đồng/lượt", subject="giá vé tham quan Văn Miếu với người lớn"),
    F("giảm 50%", "50", 50, "percent", "%", subject="mức giảm giá vé cho học sinh, sinh viên"),
    F("từ 60 tuổi trở lên", "60", 60, "measure", "tuổi", approx="at_least", subject="người cao tuổi", optional=True),
    F("khoảng 2,3 triệu lượt khách", "2,3", 2300000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách Văn Miếu dự kiến đón", period=P("năm nay", "2024-01-01", "2024-12-31")),
    F("hơn 300 tỷ đồng", "300", 300000000000, "money", "đồng", approx="over",
      subject="tổng vốn dự án cải tạo khu Hồ Văn"),
    F("có 12 đêm", "12", 12, "count", "đêm", subject="đêm biểu diễn chương trình Đêm Văn Miếu"),
    F("khoảng 18.000 người xem", "18.000", 18000, "count", "người xem", approx="about",
      subject="người xem chương trình Đêm Văn Miếu"),
    F("vé 199.000 đồng", "199.000", 199000, "money", "đồng", subject="giá vé chương trình Đêm Văn Miếu"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 8/1/2024, 07:00 (GMT+7)': Văn Miếu - Quốc Tử Giám and Hà Nội heritage sites, visitors 2023, ticket revenue, rank, steles, prices.",
    "Distractors: dateline with (GMT+7), 'phố Quốc Tử Giám', 'từ năm 1442 đến năm 1779' (years), 'Từ ngày 1/1/2024', 'tháng 9/2023', person name and title.",
    "'Năm ngoái' in a piece dated 8/1/2024 = 2023. 'gấp 1,4 lần năm 2022' after 2,08 triệu is its change (lần). 'năm nay' = 2024, forecast (dự kiến).",
    "'xếp thứ 7 trong 25 điểm' -> rank 7, total 25. 'tăng từ 30.000 lên 70.000 đồng/lượt': two prices, both money figures with unit đồng/lượt (old and new).",
    "'1.000 năm tuổi' and the age threshold 'từ 60 tuổi trở lên' are optional. Location Hà Nội throughout (sites are not places).",
]

emit("p611-6", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Hà Nội")
