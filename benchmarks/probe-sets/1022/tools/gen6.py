"""p1022-6: national newspaper (VnExpress style) — TP HCM anti-flooding investment and remaining flood spots (2024)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự

Thứ năm, 10/10/2024, 06:30 (GMT+7)

TP HCM chi gần 9.000 tỷ đồng chống ngập trong 5 năm

Số điểm ngập do mưa tại TP HCM giảm từ 44 điểm năm 2020 xuống còn 16 điểm năm 2024, sau khi thành phố đầu tư gần 9.000 tỷ đồng cho các dự án chống ngập giai đoạn 2020-2024.

Theo Sở Xây dựng TP HCM, thành phố hiện có khoảng 4.600 km cống thoát nước, 8 hồ điều tiết, 39 trạm bơm cố định và hơn 200 máy bơm di động. Tuy nhiên, chỉ khoảng 30% chiều dài cống đáp ứng tiêu chuẩn thoát nước mưa với chu kỳ 2 năm, phần còn lại có tiết diện nhỏ, xuống cấp.

Số điểm ngập do triều cường cũng giảm từ 6 điểm xuống 2 điểm. Dù vậy, từ đầu năm đến nay, nhiều trận mưa trên 100 mm trong khoảng 2 giờ đã khiến các tuyến đường như Nguyễn Hữu Cảnh, Quốc lộ 13, đường số 7 (quận Bình Tân) ngập 20-50 cm. Riêng trận mưa chiều 23/9, lượng mưa tại trạm Tân Sơn Hòa đạt 126 mm, cao nhất trong 10 năm qua.

Năm 2025, thành phố dự kiến khởi công 5 dự án chống ngập với tổng vốn khoảng 3.200 tỷ đồng. Dự án lớn nhất là trạm bơm Bình Triệu, công suất thiết kế 20 m3/s, phục vụ tiêu thoát cho lưu vực khoảng 1.500 ha.

Ông Nguyễn Văn Sáu, Phó giám đốc Trung tâm Quản lý hạ tầng kỹ thuật, cho biết mục tiêu đến năm 2030 thành phố cơ bản không còn điểm ngập do mưa với lượng mưa dưới 95 mm. Bên cạnh đầu tư công trình, thành phố sẽ kiểm soát chặt cao độ nền khi cấp phép xây dựng để không gây ngập cục bộ.

Gia Minh
"""

Y20 = P("năm 2020", "2020-01-01", "2020-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
G = P("giai đoạn 2020-2024", "2020-01-01", "2024-12-31")
SINCE = P("từ đầu năm đến nay", "2024-01-01", "2024-10-10")
DAY = P("chiều 23/9", "2024-09-23", "2024-09-23")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("chi gần 9.000 tỷ đồng", "9.000", 9_000_000_000_000, "money", "đồng", approx="nearly",
      subject="vốn chống ngập"),
    F("từ 44 điểm", "44", 44, "count", "điểm", subject="điểm ngập do mưa", period=Y20),
    F("còn 16 điểm", "16", 16, "count", "điểm", subject="điểm ngập do mưa", period=Y24),
    F("đầu tư gần 9.000 tỷ đồng", "9.000", 9_000_000_000_000, "money", "đồng", approx="nearly",
      subject="vốn đầu tư cho các dự án chống ngập", period=G),
    F("khoảng 4.600 km", "4.600", 4600, "measure", "km", approx="about", subject="cống thoát nước"),
    F("8 hồ điều tiết", "8", 8, "count", "hồ điều tiết", subject="hồ điều tiết"),
    F("39 trạm bơm", "39", 39, "count", "trạm bơm", subject="trạm bơm cố định"),
    F("hơn 200 máy bơm", "200", 200, "count", "máy bơm", approx="over", subject="máy bơm di động"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="chiều dài cống đáp ứng tiêu chuẩn thoát nước mưa"),
    F("chu kỳ 2 năm", "2", 2, "measure", "năm", optional=True, subject="chu kỳ mưa thiết kế"),
    F("từ 6 điểm", "6", 6, "count", "điểm", subject="điểm ngập do triều cường", period=I(Y20)),
    F("xuống 2 điểm", "2", 2, "count", "điểm", subject="điểm ngập do triều cường", period=I(Y24)),
    F("trên 100 mm", "100", 100, "measure", "mm", approx="over", optional=True,
      subject="lượng mưa", period=SINCE),
    F("khoảng 2 giờ", "2", 2, "measure", "giờ", approx="about", optional=True,
      subject="thời gian mưa", period=SINCE),
    F("ngập 20-50 cm", "20", 20, "measure", "cm", value_max=50, subject="độ ngập các tuyến đường", period=SINCE),
    F("đạt 126 mm", "126", 126, "measure", "mm", subject="lượng mưa tại trạm Tân Sơn Hòa", period=DAY),
    F("khởi công 5 dự án", "5", 5, "count", "dự án", status="forecast",
      subject="dự án chống ngập khởi công", period=Y25),
    F("khoảng 3.200 tỷ đồng", "3.200", 3_200_000_000_000, "money", "đồng", approx="about",
      status="forecast", subject="tổng vốn dự án chống ngập khởi công", period=Y25),
    F("20 m3/s", "20", 20, "measure", "m3/s", subject="công suất thiết kế trạm bơm Bình Triệu"),
    F("khoảng 1.500 ha", "1.500", 1500, "measure", "ha", approx="about",
      subject="lưu vực tiêu thoát của trạm bơm Bình Triệu"),
    F("dưới 95 mm", "95", 95, "measure", "mm", approx="under", status="target", optional=True,
      subject="lượng mưa", period=T30),
]

COMMENTS = [
    "National newspaper style (invented): TP HCM anti-flooding, flood spots 2020 → 2024, drainage assets, rain events, 2025 projects, 2030 target.",
    "Dateline 'Thứ năm, 10/10/2024, 06:30 (GMT+7)'. Not figures: 'trong 5 năm' (duration), 'Quốc lộ 13', 'đường số 7', 'cao nhất trong 10 năm qua',",
    "'chiều 23/9', 'Nguyễn Văn Sáu'. The headline's 9.000 tỷ has no datable period; the lead gives 'giai đoạn 2020-2024' to its own 9.000 tỷ.",
    "'từ 6 điểm xuống 2 điểm' (tidal flood spots) continues the lead's 2020 → 2024 comparison: periods inherited.",
    "Thresholds are optional: 'chu kỳ 2 năm', 'mưa trên 100 mm trong khoảng 2 giờ', 'lượng mưa dưới 95 mm'.",
    "The Bình Triệu station's design capacity and basin are stated as facts of the design (actual), in a sentence of their own.",
]

if __name__ == "__main__":
    write("p1022-6", TEXT, FIGS, COMMENTS, published="2024-10-10", location="TP. Hồ Chí Minh")
