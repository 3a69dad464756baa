"""p1022-1: Cần Thơ city portal — sewer upgrades, flood spots, anti-flooding project (2024)."""
from lib import F, P, I, C, T, write

TEXT = """Cổng Thông tin điện tử thành phố Cần Thơ
Trang chủ > Tin tức - Sự kiện > Kinh tế - Đô thị

Cần Thơ đầu tư hơn 1.200 tỷ đồng, dự kiến xóa 12 điểm ngập khu vực trung tâm

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Xây dựng thành phố Cần Thơ, 7 tháng đầu năm 2024, các đơn vị đã cải tạo, nâng cấp 18,6 km tuyến cống thoát nước, đạt 62% kế hoạch năm; nạo vét khoảng 41.500 m3 bùn đất trong hệ thống cống và kênh rạch nội ô, tăng 15% so với cùng kỳ.

Hiện toàn thành phố có khoảng 1.150 km cống thoát nước, trong đó khu vực các quận nội thành chiếm hơn 78%. Khi triều cường kết hợp mưa lớn, thành phố vẫn xuất hiện 25 điểm ngập, tập trung tại quận Ninh Kiều (11 điểm), Bình Thủy (6 điểm), Cái Răng (5 điểm) và Ô Môn (3 điểm). Đỉnh triều ngày 19/10/2023 tại trạm Cần Thơ đạt 2,2 m, cao hơn mức báo động III 0,3 m.

Để giải quyết tình trạng này, thành phố đang triển khai Dự án chống ngập và thích ứng biến đổi khí hậu khu vực trung tâm với tổng vốn hơn 1.200 tỷ đồng, trong đó vốn vay ODA chiếm khoảng 70%. Dự án gồm 3 trạm bơm với tổng công suất 15 m3/giây và 2 hồ điều hòa có diện tích gần 9 ha. Khi hoàn thành, dự án dự kiến xóa 12 điểm ngập tại khu vực trung tâm, rút ngắn thời gian ngập từ 3-4 giờ xuống dưới 30 phút.

Năm 2024, thành phố bố trí 85 tỷ đồng cho duy tu, vận hành hệ thống thoát nước, tăng 12,5% so với năm 2023. Giá dịch vụ thoát nước đối với hộ gia đình hiện là 2.800 đồng/m3 nước thải. Theo Quyết định số 1865/QĐ-UBND của UBND thành phố, mục tiêu đến năm 2025, tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt 30%; đến năm 2030 đạt trên 50%.
"""

P7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
DAY = P("ngày 19/10/2023", "2023-10-19", "2023-10-19")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đầu tư hơn 1.200 tỷ đồng, dự kiến", "1.200", 1_200_000_000_000, "money", "đồng", approx="over",
      subject="vốn đầu tư chống ngập khu vực trung tâm"),
    F("dự kiến xóa 12 điểm ngập khu vực", "12", 12, "count", "điểm ngập", status="forecast",
      subject="điểm ngập khu vực trung tâm được xóa"),
    F("nâng cấp 18,6 km", "18,6", 18.6, "measure", "km", percent=62,
      subject="tuyến cống thoát nước được cải tạo, nâng cấp", period=P7),
    F("khoảng 41.500 m3", "41.500", 41500, "measure", "m3", approx="about",
      change=C("increase", 15, "%", "cùng kỳ"),
      subject="bùn đất nạo vét trong hệ thống cống và kênh rạch nội ô", period=P7),
    F("khoảng 1.150 km", "1.150", 1150, "measure", "km", approx="about", subject="cống thoát nước"),
    F("chiếm hơn 78%", "78", 78, "percent", "%", approx="over",
      subject="cống thoát nước khu vực các quận nội thành"),
    F("xuất hiện 25 điểm ngập", "25", 25, "count", "điểm ngập",
      subject="điểm ngập khi triều cường kết hợp mưa lớn"),
    F("Ninh Kiều (11 điểm)", "11", 11, "count", "điểm", total=25, subject="điểm ngập", location="Ninh Kiều"),
    F("Bình Thủy (6 điểm)", "6", 6, "count", "điểm", total=25, subject="điểm ngập", location="Bình Thủy"),
    F("Cái Răng (5 điểm)", "5", 5, "count", "điểm", total=25, subject="điểm ngập", location="Cái Răng"),
    F("Ô Môn (3 điểm)", "3", 3, "count", "điểm", total=25, subject="điểm ngập", location="Ô Môn"),
    F("đạt 2,2 m", "2,2", 2.2, "measure", "m", change=C("increase", 0.3, "m", "mức báo động III"),
      subject="đỉnh triều tại trạm Cần Thơ", period=DAY),
    F("tổng vốn hơn 1.200 tỷ đồng", "1.200", 1_200_000_000_000, "money", "đồng", approx="over",
      subject="tổng vốn Dự án chống ngập và thích ứng biến đổi khí hậu khu vực trung tâm"),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about", subject="vốn vay ODA"),
    F("gồm 3 trạm bơm", "3", 3, "count", "trạm bơm", subject="trạm bơm của dự án"),
    F("15 m3/giây", "15", 15, "measure", "m3/giây", subject="tổng công suất trạm bơm"),
    F("2 hồ điều hòa", "2", 2, "count", "hồ điều hòa", subject="hồ điều hòa của dự án"),
    F("gần 9 ha", "9", 9, "measure", "ha", approx="nearly", subject="diện tích hồ điều hòa"),
    F("dự kiến xóa 12 điểm ngập tại", "12", 12, "count", "điểm ngập", status="forecast",
      subject="điểm ngập tại khu vực trung tâm được xóa"),
    F("từ 3-4 giờ", "3", 3, "measure", "giờ", value_max=4, subject="thời gian ngập"),
    F("dưới 30 phút", "30", 30, "measure", "phút", approx="under", status="forecast", subject="thời gian ngập"),
    F("bố trí 85 tỷ đồng", "85", 85_000_000_000, "money", "đồng",
      change=C("increase", 12.5, "%", "năm 2023"),
      subject="kinh phí duy tu, vận hành hệ thống thoát nước", period=Y24),
    F("2.800 đồng/m3", "2.800", 2800, "money", "đồng/m3",
      subject="giá dịch vụ thoát nước đối với hộ gia đình"),
    F("xử lý đạt 30%", "30", 30, "percent", "%", status="target",
      subject="tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý", period=T25),
    F("đạt trên 50%", "50", 50, "percent", "%", approx="over", status="target",
      subject="tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý", period=T30),
]

COMMENTS = [
    "Cổng TTĐT TP Cần Thơ (invented): sewer upgrades, sludge, flood spots by district, tidal peak, anti-flooding project, budget, fee, targets.",
    "Dateline 'Cập nhật: 12/08/2024 09:45'; 'Lượt xem: 2.316', 'báo động III', 'Quyết định số 1865/QĐ-UBND', 'ngày 19/10/2023' are not figures.",
    "25 điểm ngập is the whole of the district list (11+6+5+3 = 25). 78% and 70% are shares of parts that have no amount: percent figures.",
    "'từ 3-4 giờ xuống dưới 30 phút' under 'dự kiến': the from-range is today's duration (actual), the 30 phút is the forecast.",
]

if __name__ == "__main__":
    write("p1022-1", TEXT, FIGS, COMMENTS, published="2024-08-12", location="Cần Thơ")
