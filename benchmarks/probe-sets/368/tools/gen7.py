from lib import F, P, write

TEXT = """Ninh Kiều: Phường là "điểm chạm" số của người dân

Từ đầu năm 2024 đến nay, Bộ phận một cửa của 11/11 phường thuộc quận Ninh Kiều đã tiếp nhận 35.782 hồ sơ, trong đó 27.146 hồ sơ nộp trực tuyến, chiếm 75,87%. Phường Tân An dẫn đầu với tỷ lệ trực tuyến 88,4%, kế đến là phường An Hòa (82,1%) và phường Xuân Khánh (80,6%); phường An Khánh thấp nhất, chỉ đạt 61,9%.

Tính đến ngày 30/9/2024, các phường đã thành lập 196 tổ công nghệ số cộng đồng với khoảng 1.100 thành viên, hỗ trợ hơn 12 nghìn lượt người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2. Nhờ vậy, thời gian giải quyết trung bình một hồ sơ chứng thực giảm từ 45 phút xuống còn 20 phút.

Quận hỗ trợ 100% phí dịch vụ bưu chính công ích cho 2.350 hồ sơ trả kết quả tại nhà, với kinh phí khoảng 70,5 triệu đồng. Kết quả khảo sát trên 1.500 người dân cho thấy 96,2% hài lòng với thái độ phục vụ của công chức một cửa phường; chỉ 0,8% chưa hài lòng.

Bà Trần Thị Mai, Phó Chủ tịch UBND quận cho biết, quận đặt chỉ tiêu năm 2025: 100% phường có tỷ lệ hồ sơ trực tuyến trên 80%, thời gian chờ tại quầy không quá 15 phút. Trong năm 2025, quận dự kiến đầu tư khoảng 2,4 tỷ đồng trang bị ki-ốt thông minh cho các phường.

Người dân cần hỗ trợ vui lòng liên hệ Tổng đài 1022 hoặc Trung tâm Hành chính công quận, số 02 Đại lộ Hòa Bình, phường Tân An.

Ngọc Hân
"""

YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", None)
YTDi = P("Từ đầu năm 2024 đến nay", "2024-01-01", None, inh=True)
D30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
D30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
T25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIST = "tỷ lệ hồ sơ trực tuyến"

FIGS = [
    F("của 11/11 phường", "11", 11, "count", "phường", "phường tiếp nhận hồ sơ", total=11, period=YTD),
    F("tiếp nhận 35.782 hồ sơ", "35.782", 35782, "count", "hồ sơ", "hồ sơ Bộ phận một cửa phường tiếp nhận", period=YTD),
    F("đó 27.146 hồ sơ", "27.146", 27146, "count", "hồ sơ", "hồ sơ nộp trực tuyến", total=35782, percent=75.87, period=YTD),
    F("trực tuyến 88,4%", "88,4", 88.4, "percent", "%", LIST, period=YTDi),
    F("An Hòa (82,1%)", "82,1", 82.1, "percent", "%", LIST, period=YTDi),
    F("Xuân Khánh (80,6%)", "80,6", 80.6, "percent", "%", LIST, period=YTDi),
    F("chỉ đạt 61,9%", "61,9", 61.9, "percent", "%", LIST, period=YTDi),
    F("thành lập 196 tổ", "196", 196, "count", "tổ công nghệ số cộng đồng", "tổ công nghệ số cộng đồng", period=D30),
    F("khoảng 1.100 thành viên", "1.100", 1100, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng", approx="about", period=D30),
    F("hơn 12 nghìn lượt", "12", 12000, "count", "lượt người dân", "lượt người dân được hỗ trợ cài đặt, kích hoạt tài khoản định danh điện tử",
      approx="over", period=D30),
    F("từ 45 phút", "45", 45, "measure", "phút", "thời gian giải quyết trung bình một hồ sơ chứng thực trước đây", period=D30i),
    F("còn 20 phút", "20", 20, "measure", "phút", "thời gian giải quyết trung bình một hồ sơ chứng thực", period=D30i),
    F("hỗ trợ 100% phí", "100", 100, "percent", "%", "phí dịch vụ bưu chính công ích được quận hỗ trợ"),
    F("cho 2.350 hồ sơ", "2.350", 2350, "count", "hồ sơ", "hồ sơ trả kết quả tại nhà được hỗ trợ phí bưu chính"),
    F("khoảng 70,5 triệu đồng", "70,5", 70500000, "money", "đồng", "kinh phí hỗ trợ phí bưu chính", approx="about"),
    F("trên 1.500 người dân", "1.500", 1500, "count", "người dân", "người dân được khảo sát", approx="over"),
    F("cho thấy 96,2%", "96,2", 96.2, "percent", "%", "người dân hài lòng với thái độ phục vụ của công chức một cửa phường"),
    F("chỉ 0,8%", "0,8", 0.8, "percent", "%", "người dân chưa hài lòng"),
    F("2025: 100% phường", "100", 100, "percent", "%", "phường có tỷ lệ hồ sơ trực tuyến trên 80%", status="target", period=T25),
    F("trực tuyến trên 80%", "80", 80, "percent", "%", "ngưỡng tỷ lệ hồ sơ trực tuyến", approx="over", status="target", optional=True),
    F("không quá 15 phút", "15", 15, "measure", "phút", "thời gian chờ tại quầy", approx="at_most", status="target", period=T25),
    F("khoảng 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "kinh phí đầu tư ki-ốt thông minh cho các phường", approx="about",
      status="forecast", period=P("Trong năm 2025", "2025-01-01", "2025-12-31")),
]

HEADER = """revised after the first run: the count of communes/wards now has the subject the sentence gives it (units that received dossiers), as shared h12 does for "91 xã, phường, thị trấn … đã tiếp nhận".
Cổng TTĐT quận Ninh Kiều (city-district portal, Cần Thơ) with no dateline at all and a byline at the end: published null.
'Từ đầu năm 2024 đến nay' → start 2024-01-01, end null (no published date to end it; FIGURES.md 'từ năm 2021 đến nay').
Wards are below district level: location stays the district Ninh Kiều for every figure; ward names in the list are not locations.
'11/11 phường' → total 11. 'trong đó 27.146 …, chiếm 75,87%' → total 35782 and percent 75.87.
'giảm từ 45 phút xuống còn 20 phút': both levels are figures; the new level has no stated change (the gap is not written).
'tương đương'/'với kinh phí khoảng 70,5 triệu' is money of its own. '96,2%' and '0,8%' are survey shares (percent figures, no whole in người dân).
Targets after 'đặt chỉ tiêu năm 2025'; 'trên 80%' threshold optional; 'không quá 15 phút' at_most; 'dự kiến … khoảng 2,4 tỷ' → forecast.
Distractors: 'mức độ 2' (service level), Tổng đài 1022, 'số 02 Đại lộ Hòa Bình', '"điểm chạm"'."""

write(7, TEXT, HEADER, FIGS, published=None, location="Ninh Kiều")
