from lib import *

TEXT = """Cổng thông tin điện tử xã Phượng Dực - huyện Phú Xuyên - TP. Hà Nội
Trang chủ › Tin tức › Văn hóa - Xã hội
Ngày đăng: 14/09/2024 09:20

Làng tò he Xuân La vào vụ Trung thu

Theo thống kê của UBND xã, thôn Xuân La hiện có 65 hộ làm nghề với khoảng 150 nghệ nhân, thợ nặn tò he, trong đó 12 nghệ nhân được công nhận danh hiệu nghệ nhân cấp thành phố. Dịp Trung thu năm 2024, mỗi thợ nặn bình quân từ 300 đến 500 con tò he mỗi ngày; giá bán từ 10.000 đến 25.000 đồng/con.

Ước tính trong tháng 9/2024, làng nghề cung ứng ra thị trường khoảng 400.000 sản phẩm tò he và đồ chơi dân gian, doanh thu gần 6,5 tỷ đồng, tăng 12% so với cùng kỳ năm 2023. Thu nhập bình quân của thợ nặn tò he đạt 8,5 triệu đồng/người/tháng.

Nhân dịp Tết Trung thu, UBND xã phối hợp Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã tổ chức chương trình "Vầng trăng yêu thương" cho 1.260 thiếu nhi tại 8 thôn; trao 215 suất quà cho trẻ em có hoàn cảnh khó khăn, mỗi suất trị giá 200.000 đồng. Tổng kinh phí tổ chức là 96 triệu đồng, trong đó xã hội hóa 68 triệu đồng, chiếm 70,8%. Chương trình diễn ra lúc 19h30 ngày 16/9/2024 tại sân Nhà văn hóa thôn Xuân La.

Thực hiện Quyết định số 2108/QĐ-UBND của UBND huyện, xã phấn đấu đến năm 2025 có 100% trẻ em trên địa bàn được vui Tết Trung thu, duy trì ít nhất 50 hộ làm nghề nặn tò he.

UBND xã Phượng Dực - Quốc lộ 1A, huyện Phú Xuyên. Điện thoại: 024.3385.6120
"""

Y = P("Dịp Trung thu năm 2024", "2024-01-01", "2024-12-31")
T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("có 65 hộ", "65", 65, "count", "hộ", subject="hộ làm nghề nặn tò he"),
    F("khoảng 150 nghệ nhân", "150", 150, "count", "nghệ nhân", approx="about",
      subject="nghệ nhân, thợ nặn tò he"),
    F("trong đó 12 nghệ nhân", "12", 12, "count", "nghệ nhân", total=150,
      subject="nghệ nhân được công nhận danh hiệu nghệ nhân cấp thành phố"),
    F("từ 300 đến 500 con", "300", 300, "measure", "con tò he/ngày", value_max=500,
      subject="tò he mỗi thợ nặn bình quân mỗi ngày", period=Y),
    F("từ 10.000 đến 25.000 đồng/con", "10.000", 10000, "money", "đồng/con", value_max=25000,
      subject="giá bán tò he", period=Y),
    F("khoảng 400.000 sản phẩm", "400.000", 400000, "count", "sản phẩm", approx="about", status="estimate",
      subject="sản phẩm tò he và đồ chơi dân gian cung ứng ra thị trường", period=T9),
    F("gần 6,5 tỷ đồng", "6,5", 6500000000, "money", "đồng", approx="nearly", status="estimate",
      change=CH("increase", 12, baseline="cùng kỳ năm 2023"), subject="doanh thu làng nghề", period=T9),
    F("đạt 8,5 triệu đồng/người/tháng", "8,5", 8500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của thợ nặn tò he"),
    F("cho 1.260 thiếu nhi", "1.260", 1260, "count", "thiếu nhi",
      subject='thiếu nhi tham gia chương trình "Vầng trăng yêu thương"'),
    F("tại 8 thôn", "8", 8, "count", "thôn", subject='thôn tổ chức chương trình "Vầng trăng yêu thương"'),
    F("trao 215 suất quà", "215", 215, "count", "suất quà",
      subject="suất quà cho trẻ em có hoàn cảnh khó khăn"),
    F("trị giá 200.000 đồng", "200.000", 200000, "money", "đồng", subject="trị giá mỗi suất quà"),
    F("là 96 triệu đồng", "96", 96000000, "money", "đồng", subject="tổng kinh phí tổ chức"),
    F("xã hội hóa 68 triệu đồng", "68", 68000000, "money", "đồng", total=96000000, percent=70.8,
      subject="kinh phí xã hội hóa"),
    F("có 100% trẻ em", "100", 100, "percent", "%", status="target",
      subject="trẻ em trên địa bàn được vui Tết Trung thu", period=T25),
    F("ít nhất 50 hộ", "50", 50, "count", "hộ", approx="at_least", status="target",
      subject="hộ làm nghề nặn tò he duy trì", period=T25),
]

emit("p775-8", TEXT, [
    "Commune portal xã Phượng Dực, huyện Phú Xuyên, Hà Nội (invented): làng tò he Xuân La mùa Trung thu 2024, quà và chương trình cho thiếu nhi.",
    "Distractors: Quyết định số 2108/QĐ-UBND, '19h30 ngày 16/9/2024' (time of day), Quốc lộ 1A, phone 024.3385.6120, dateline.",
    "Location: a commune's figures go to its district, Phú Xuyên. '300 đến 500 con tò he mỗi ngày' is a rate: measure, unit con tò he/ngày.",
    "'Ước tính trong tháng 9/2024' governs the clause and its continuation (doanh thu): estimate. 'xã hội hóa 68 triệu đồng, chiếm 70,8%' is a",
    "'trong đó' part of the 96 triệu (total) with its share (percent).",
], FIGS, published="2024-09-14", location="Phú Xuyên")
