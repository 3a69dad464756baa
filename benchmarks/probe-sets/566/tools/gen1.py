"""p566-1: province portal (Quảng Bình), monthly hydro-met summary for October 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Quảng Bình
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 05/11/2024 08:30 | Lượt xem: 1.284

Tháng 10/2024: lượng mưa cao hơn trung bình nhiều năm từ 25 đến 40%

Theo Đài Khí tượng Thủy văn tỉnh (số 17 Hương Giang, TP. Đồng Hới), trong tháng 10/2024, trên địa bàn tỉnh xảy ra 2 đợt mưa lớn diện rộng do ảnh hưởng của bão số 6 và không khí lạnh. Tổng lượng mưa tháng phổ biến từ 750 đến 1.100 mm, cao hơn trung bình nhiều năm (TBNN) từ 25 đến 40%; một số nơi cao hơn như Lệ Thủy (1.236,4 mm), Quảng Ninh (1.187 mm), Minh Hóa (1.052,6 mm). Lượng mưa ngày lớn nhất là 412 mm tại trạm Kiến Giang ngày 28/10, cường độ mưa có lúc đạt 85 mm/giờ.

Nhiệt độ trung bình tháng 24,8°C, thấp hơn TBNN 0,6°C; nhiệt độ thấp nhất 18,2°C tại Tuyên Hóa ngày 30/10. Tổng số giờ nắng chỉ đạt 96 giờ, bằng 72% TBNN.

Trên các sông xuất hiện 2 đợt lũ. Đỉnh lũ sông Kiến Giang tại trạm Lệ Thủy là 3,12 m, trên báo động 3 là 0,42 m; sông Gianh tại Mai Hóa đạt 7,85 m, dưới BĐ3 0,15 m. Mưa lũ làm 3 người chết, hơn 12.400 nhà bị ngập, trong đó huyện Lệ Thủy 8.750 nhà; thiệt hại ước khoảng 215 tỷ đồng.

Tính đến ngày 31/10/2024, 141/162 hồ chứa thủy lợi đã đầy nước; tổng dung tích trữ đạt 1.215 triệu m³, bằng 98% dung tích thiết kế.

9 tháng năm 2024, tỉnh đã lắp đặt 25 trạm đo mưa tự động, đạt 83% kế hoạch năm, với tổng kinh phí 4,6 tỷ đồng.
"""

M10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")
ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("từ 25 đến 40%\n\nTheo", "25", 25, "percent", "%", "lượng mưa so với trung bình nhiều năm",
      P("Tháng 10/2024", "2024-10-01", "2024-10-31"), value_max=40),
    F("xảy ra 2 đợt mưa lớn", "2", 2, "count", "đợt mưa lớn", "đợt mưa lớn diện rộng", M10),
    F("từ 750 đến 1.100 mm", "750", 750, "measure", "mm", "tổng lượng mưa tháng", I(M10), value_max=1100,
      change=CH("increase", 25, "%", "trung bình nhiều năm (TBNN)")),
    F("Lệ Thủy (1.236,4 mm)", "1.236,4", 1236.4, "measure", "mm", "tổng lượng mưa tháng", I(M10), location="Lệ Thủy"),
    F("Quảng Ninh (1.187 mm)", "1.187", 1187, "measure", "mm", "tổng lượng mưa tháng", I(M10), location="Quảng Ninh"),
    F("Minh Hóa (1.052,6 mm)", "1.052,6", 1052.6, "measure", "mm", "tổng lượng mưa tháng", I(M10), location="Minh Hóa"),
    F("là 412 mm", "412", 412, "measure", "mm", "lượng mưa ngày lớn nhất",
      P("ngày 28/10", "2024-10-28", "2024-10-28")),
    F("đạt 85 mm/giờ", "85", 85, "measure", "mm/giờ", "cường độ mưa", I(M10)),
    F("tháng 24,8°C", "24,8", 24.8, "measure", "°C", "nhiệt độ trung bình tháng", I(M10),
      change=CH("decrease", 0.6, "°C", "TBNN")),
    F("nhất 18,2°C", "18,2", 18.2, "measure", "°C", "nhiệt độ thấp nhất",
      P("ngày 30/10", "2024-10-30", "2024-10-30"), location="Tuyên Hóa"),
    F("đạt 96 giờ", "96", 96, "measure", "giờ", "tổng số giờ nắng", I(M10), percent=72),
    F("xuất hiện 2 đợt lũ", "2", 2, "count", "đợt lũ", "đợt lũ trên các sông", I(M10)),
    F("là 3,12 m", "3,12", 3.12, "measure", "m", "đỉnh lũ sông Kiến Giang tại trạm Lệ Thủy", I(M10),
      change=CH("increase", 0.42, "m", "báo động 3"), location="Lệ Thủy"),
    F("đạt 7,85 m", "7,85", 7.85, "measure", "m", "đỉnh lũ sông Gianh tại Mai Hóa", I(M10),
      change=CH("decrease", 0.15, "m", "BĐ3")),
    F("làm 3 người chết", "3", 3, "count", "người", "người chết do mưa lũ", I(M10)),
    F("hơn 12.400 nhà", "12.400", 12400, "count", "nhà", "nhà bị ngập", I(M10), approx="over"),
    F("Lệ Thủy 8.750 nhà", "8.750", 8750, "count", "nhà", "nhà bị ngập", I(M10), total=12400, location="Lệ Thủy"),
    F("ước khoảng 215 tỷ đồng", "215", 215e9, "money", "đồng", "thiệt hại do mưa lũ", I(M10),
      approx="about", status="estimate"),
    F("141/162 hồ chứa", "141", 141, "count", "hồ chứa", "hồ chứa thủy lợi đã đầy nước", ASOF, total=162),
    F("đạt 1.215 triệu m³", "1.215", 1215e6, "measure", "m³", "tổng dung tích trữ của hồ chứa thủy lợi", ASOF,
      percent=98),
    F("lắp đặt 25 trạm", "25", 25, "count", "trạm", "trạm đo mưa tự động lắp đặt", N9, percent=83),
    F("kinh phí 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "kinh phí lắp đặt trạm đo mưa tự động", N9),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình: đặc điểm khí tượng thủy văn tháng 10/2024 (mưa, nhiệt độ, giờ nắng, lũ, thiệt hại, hồ chứa).",
    "Headline range 25-40% stands alone (percent figure); in the body the same range follows 750 mm and is its change (value 25).",
    "Gaps to alarm levels after a flood peak ('trên báo động 3 là 0,42 m', 'dưới BĐ3 0,15 m') are changes with the alarm level as baseline.",
    "Not figures: 'Lượt xem: 1.284', 'số 17 Hương Giang', 'bão số 6', 'báo động 3'/'BĐ3', dates and times.",
    "Quảng Ninh here is a district of Quảng Bình. Kiến Giang / Mai Hóa are stations (town/commune), not districts: province kept.",
]

if __name__ == "__main__":
    emit("p566-1", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Quảng Bình")
