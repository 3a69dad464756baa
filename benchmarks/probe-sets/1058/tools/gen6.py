"""p1058-6: national newspaper, TP HCM pharmacies fined in 2024 (dateline Thứ năm, 13/3/2025)."""
from lib import F, P, I, C, T, write

TEXT = """Sức khỏe › Tin tức
Thứ năm, 13/3/2025, 10:20 (GMT+7)

Gần 200 nhà thuốc ở TP HCM bị phạt vì bán thuốc sai quy định

Năm 2024, Thanh tra Sở Y tế TP HCM kiểm tra 2.736 cơ sở bán lẻ thuốc, xử phạt 196 cơ sở với tổng số tiền hơn 3,2 tỷ đồng, tăng 27% so với năm 2023.

Theo Chánh Thanh tra Sở Y tế, trong số 196 cơ sở bị phạt có 118 cơ sở bán thuốc kê đơn mà không có đơn, chiếm 60,2%; các lỗi còn lại là dược sĩ phụ trách chuyên môn vắng mặt khi cơ sở hoạt động, bán thuốc không rõ nguồn gốc. "Nhiều nhà thuốc bán kháng sinh lẻ với giá 3.000-5.000 đồng/viên, người dân mua rất dễ", ông nói.

Trong đợt cao điểm từ ngày 1/10 đến 31/12/2024, đoàn kiểm tra 412 cơ sở, phát hiện 38 cơ sở vi phạm, gấp đôi cùng kỳ. Lực lượng chức năng thu giữ hơn 12.000 viên thuốc không rõ nguồn gốc, trị giá khoảng 150 triệu đồng, chủ yếu tại khu chợ sỉ thuốc Quận 10 và trên đường 3/2, Quận 11.

TP HCM hiện có gần 7.900 nhà thuốc, quầy thuốc, chiếm hơn 12% số cơ sở bán lẻ thuốc cả nước. Theo Bộ Y tế, trên cả nước có khoảng 30% kháng sinh được bán ra mà không có đơn của bác sĩ.

Năm 2025, Sở Y tế dự kiến kiểm tra khoảng 3.000 cơ sở, tăng khoảng 10% so với năm 2024, tập trung vào nhà thuốc gần bệnh viện và các cơ sở bán thuốc qua mạng.

Lê Phương
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
PEAK = P("từ ngày 1/10 đến 31/12/2024", "2024-10-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 200 nhà thuốc", "200", 200, "count", "nhà thuốc", "nhà thuốc bị phạt", approx="nearly"),
    F("kiểm tra 2.736 cơ sở", "2.736", 2736, "count", "cơ sở", "cơ sở bán lẻ thuốc được kiểm tra", Y24),
    F("xử phạt 196 cơ sở", "196", 196, "count", "cơ sở", "cơ sở bị xử phạt", Y24),
    F("hơn 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "tổng số tiền xử phạt", Y24, approx="over",
      change=C("increase", 27, "%", "năm 2023")),
    F("có 118 cơ sở", "118", 118, "count", "cơ sở", "cơ sở bán thuốc kê đơn mà không có đơn", I(Y24),
      total=196, percent=60.2),
    F("giá 3.000-5.000 đồng/viên", "3.000", 3000, "money", "đồng/viên", "giá kháng sinh bán lẻ",
      value_max=5000),
    F("kiểm tra 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở được kiểm tra trong đợt cao điểm", PEAK),
    F("phát hiện 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở vi phạm", PEAK,
      change=C("increase", 2, "lần", "cùng kỳ")),
    F("hơn 12.000 viên", "12.000", 12000, "count", "viên thuốc", "viên thuốc không rõ nguồn gốc bị thu giữ",
      I(PEAK), approx="over"),
    F("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng", "trị giá thuốc bị thu giữ", I(PEAK),
      approx="about"),
    F("gần 7.900 nhà thuốc", "7.900", 7900, "count", "nhà thuốc, quầy thuốc", "nhà thuốc, quầy thuốc",
      approx="nearly", percent=12),
    F("khoảng 30% kháng sinh", "30", 30, "percent", "%", "kháng sinh được bán ra mà không có đơn của bác sĩ",
      approx="about", location="Việt Nam"),
    F("khoảng 3.000 cơ sở", "3.000", 3000, "count", "cơ sở", "cơ sở được kiểm tra", Y25,
      approx="about", status="forecast", change=C("increase", 10, "%", "năm 2024", approx="about")),
]

NOTES = [
    "National newspaper, dateline 'Thứ năm, 13/3/2025, 10:20 (GMT+7)', byline at the end; figures are TP HCM's (location 'TP Hồ Chí Minh') except the Ministry's national share (Việt Nam).",
    "'trong số 196 cơ sở bị phạt có 118 ...' → total 196, percent 60.2. 'gấp đôi cùng kỳ' after 38 is its change: increase, 2 lần ('đôi' is a number word).",
    "'từ ngày 1/10 đến 31/12/2024' is the period of the peak-campaign figures; the next sentence inherits it.",
    "'gần 7.900 nhà thuốc, quầy thuốc, chiếm hơn 12%' → percent 12 (the 'hơn' of an attribute is not recorded). The price range in the quote has no period.",
    "'dự kiến ... khoảng 3.000 cơ sở, tăng khoảng 10% so với năm 2024' → forecast with change. Distractors: Quận 10, Quận 11, đường 3/2, 10:20 (GMT+7).",
]

write("p1058-6", TEXT, FIGS, NOTES, published="2025-03-13", location="TP Hồ Chí Minh")
