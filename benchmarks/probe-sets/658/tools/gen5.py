"""p658-5: Party newspaper (Báo Đồng Tháp style), avian influenza vaccination Q1/2024, byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Đồng Tháp tiêm phòng cúm gia cầm đạt 78,3% kế hoạch quý I

Quý I/2024, ngành chăn nuôi và thú y tỉnh Đồng Tháp đã tiêm 2.134.600 liều vắc xin cúm gia cầm, đạt 78,3% kế hoạch quý, tăng 9,6% so với cùng kỳ năm 2023. Tổng đàn gia cầm toàn tỉnh hiện khoảng 9,2 triệu con, trong đó đàn vịt chạy đồng hơn 3,1 triệu con.

Các huyện Tam Nông, Tháp Mười và Hồng Ngự lần lượt tiêm được 412.000, 386.500 và 305.000 liều. Kết quả giám sát sau tiêm của Chi cục Thú y vùng VII cho thấy tỷ lệ bảo hộ đạt từ 75 đến 85%.

Từ đầu năm đến ngày 15/4/2024, tỉnh ghi nhận 3 ổ dịch cúm gia cầm A/H5N6 tại hai huyện Lấp Vò và Lai Vung, số gia cầm mắc bệnh và tiêu hủy là 4.850 con, giảm 71% so với cùng kỳ. Ổ dịch tại ấp 3, xã Tân Mỹ đã qua 21 ngày không phát sinh gia cầm mắc bệnh mới.

Theo Nghị quyết số 15/2021/NQ-HĐND, hộ nghèo, cận nghèo được hỗ trợ 100% tiền vắc xin, các hộ khác được hỗ trợ 50%. Trong tháng 3, toàn tỉnh đã phun khử trùng 1,25 triệu m² chuồng trại, sử dụng 12.400 lít hóa chất, kinh phí gần 1,6 tỷ đồng.

Ông Nguyễn Văn Bảy, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh cho biết: "Dự kiến trong quý II, tỉnh sẽ tiêm thêm khoảng 1,5 triệu liều vắc xin cho đàn vịt chạy đồng vào vụ Hè Thu, tập trung các xã dọc Quốc lộ 30".

Để phòng dịch hiệu quả, người chăn nuôi cần chủ động tiêm phòng, khai báo khi gia cầm có dấu hiệu bất thường và không mua bán, vận chuyển gia cầm chưa rõ nguồn gốc.

NGỌC HÂN

22/04/2024
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
SINCE = P("Từ đầu năm đến ngày 15/4/2024", "2024-01-01", "2024-04-15")
M3 = P("tháng 3", "2024-03-01", "2024-03-31")

FIGS = [
    F("đạt 78,3% kế hoạch quý I", "78,3", 78.3, "percent", "%", "tiêm phòng cúm gia cầm so với kế hoạch",
      P("quý I", "2024-01-01", "2024-03-31")),
    F("tiêm 2.134.600 liều", "2.134.600", 2134600, "count", "liều", "liều vắc xin cúm gia cầm đã tiêm", Q1,
      percent=78.3, change=CH("increase", 9.6, baseline="cùng kỳ năm 2023")),
    F("khoảng 9,2 triệu con", "9,2", 9200000, "count", "con", "Tổng đàn gia cầm", approx="about"),
    F("hơn 3,1 triệu con", "3,1", 3100000, "count", "con", "đàn vịt chạy đồng", approx="over", total=9200000),
    F("412.000,", "412.000", 412000, "count", "liều", "liều vắc xin cúm gia cầm đã tiêm", I(Q1), location="Tam Nông"),
    F("386.500", "386.500", 386500, "count", "liều", "liều vắc xin cúm gia cầm đã tiêm", I(Q1), location="Tháp Mười"),
    F("305.000 liều", "305.000", 305000, "count", "liều", "liều vắc xin cúm gia cầm đã tiêm", I(Q1),
      location="Hồng Ngự"),
    F("từ 75 đến 85%", "75", 75, "percent", "%", "tỷ lệ bảo hộ sau tiêm", value_max=85),
    F("nhận 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch cúm gia cầm A/H5N6", SINCE),
    F("tại hai huyện", "hai", 2, "count", "huyện", "huyện có ổ dịch cúm gia cầm", SINCE),
    F("là 4.850 con", "4.850", 4850, "count", "con", "số gia cầm mắc bệnh và tiêu hủy", SINCE,
      change=CH("decrease", 71, baseline="cùng kỳ")),
    F("qua 21 ngày", "21", 21, "measure", "ngày", "thời gian không phát sinh gia cầm mắc bệnh mới", optional=True),
    F("hỗ trợ 100%", "100", 100, "percent", "%", "mức hỗ trợ tiền vắc xin cho hộ nghèo, cận nghèo"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ tiền vắc xin cho các hộ khác"),
    F("trùng 1,25 triệu m²", "1,25", 1250000, "measure", "m²", "diện tích chuồng trại được phun khử trùng", M3),
    F("dụng 12.400 lít", "12.400", 12400, "measure", "lít", "hóa chất sử dụng phun khử trùng", M3),
    F("gần 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "kinh phí phun khử trùng", M3, approx="nearly"),
    F("khoảng 1,5 triệu liều", "1,5", 1500000, "count", "liều", "liều vắc xin cho đàn vịt chạy đồng tiêm thêm",
      P("quý II", "2024-04-01", "2024-06-30"), approx="about", status="forecast"),
]

COMMENTS = [
    "Party newspaper (invented, Báo Đồng Tháp style): avian influenza vaccination in Q1/2024; byline and bare date '22/04/2024' at the end.",
    "Headline 'đạt 78,3% kế hoạch quý I' stands alone (percent figure); in the lead the same share is the percent of 2.134.600 liều,",
    "which also carries the change 9,6%. 'lần lượt' list: one figure per district, location = district. 'hiện' gives no period.",
    "Not figures: 'vùng VII', 'A/H5N6', 'ấp 3', Nghị quyết số 15/2021/NQ-HĐND, Quốc lộ 30, the date line. 'qua 21 ngày' optional.",
    "Year-less 'quý I' (headline) takes the published year; 'tháng 3', 'quý II' take 2024 from earlier periods.",
]

if __name__ == "__main__":
    emit("p658-5", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Đồng Tháp")
