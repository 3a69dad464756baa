"""p569-5: Báo Quảng Ninh (Party newspaper) — wastewater and water monitoring around Hạ Long bay, 2023."""
from lib import F, P, INH, CH, emit

TEXT = """Nâng cao hiệu quả thu gom, xử lý nước thải ven vịnh Hạ Long

Những năm qua, TP Hạ Long đã đầu tư đồng bộ hệ thống thu gom, xử lý nước thải nhằm bảo vệ môi trường nước vịnh Hạ Long, Di sản thiên nhiên thế giới.

Hiện trên địa bàn thành phố có 7 nhà máy xử lý nước thải sinh hoạt tập trung với tổng công suất 61.700 m³/ngày đêm, trong đó hai nhà máy lớn nhất là Hà Khánh và Bãi Cháy có công suất lần lượt 17.000 m³/ngày đêm và 14.500 m³/ngày đêm. Năm 2023, các nhà máy đã xử lý khoảng 15,8 triệu m³ nước thải, tăng 11,2% so với năm 2022; tỷ lệ nước thải đô thị được xử lý đạt 56%.

Công tác quan trắc môi trường nước được duy trì thường xuyên. Năm 2023, Trung tâm Quan trắc Tài nguyên và Môi trường tỉnh đã lấy và phân tích 1.152 mẫu nước tại 48 điểm quan trắc ven bờ và trên vịnh, tăng 96 mẫu so với năm trước. Kết quả cho thấy 91,7% số mẫu có các thông số nằm trong giới hạn cho phép của QCVN 10:2023/BTNMT; hàm lượng amoni tại một số điểm gần cửa xả vượt quy chuẩn từ 1,2 đến 1,8 lần, hàm lượng dầu mỡ trung bình 0,12 mg/l.

Để giảm tình trạng nước thải chưa qua xử lý chảy ra vịnh, thành phố đang triển khai dự án cải tạo hệ thống thoát nước khu vực phường Hồng Gai, Bạch Đằng với tổng vốn 415 tỷ đồng, trong đó vốn vay ODA chiếm 70%. Dự kiến đến cuối năm 2025, dự án sẽ đấu nối thêm khoảng 9.000 hộ dân. Thành phố phấn đấu đến năm 2025 có 70% lượng nước thải đô thị được thu gom, xử lý đạt quy chuẩn.

Hoàng Quỳnh
27/02/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
CAP = "m³/ngày đêm"
FIGS = [
    F("có 7 nhà máy", "7", 7, "count", "nhà máy",
      subject="nhà máy xử lý nước thải sinh hoạt tập trung"),
    F("suất 61.700 m³", "61.700", 61700, "measure", CAP,
      subject="tổng công suất nhà máy xử lý nước thải sinh hoạt tập trung"),
    F("hai nhà máy lớn nhất", "hai", 2, "count", "nhà máy", total=7, optional=True),
    F("lần lượt 17.000", "17.000", 17000, "measure", CAP, total=61700,
      subject="công suất nhà máy Hà Khánh"),
    F("và 14.500 m³", "14.500", 14500, "measure", CAP, total=61700,
      subject="công suất nhà máy Bãi Cháy"),
    F("khoảng 15,8 triệu m³", "15,8", 15.8e6, "measure", "m³", approx="about",
      change=CH("increase", 11.2, "%", "năm 2022"),
      subject="nước thải các nhà máy đã xử lý", period=Y23),
    F("xử lý đạt 56%", "56", 56, "percent", "%",
      subject="tỷ lệ nước thải đô thị được xử lý", period=Y23),
    F("phân tích 1.152 mẫu", "1.152", 1152, "count", "mẫu",
      change=CH("increase", 96, "mẫu", "năm trước"),
      subject="mẫu nước được lấy và phân tích", period=Y23),
    F("tại 48 điểm", "48", 48, "count", "điểm quan trắc",
      subject="điểm quan trắc ven bờ và trên vịnh", period=Y23),
    F("cho thấy 91,7%", "91,7", 91.7, "percent", "%",
      subject="số mẫu có các thông số nằm trong giới hạn cho phép", period=INH(Y23)),
    F("từ 1,2 đến 1,8 lần", "1,2", 1.2, "multiple", "lần", value_max=1.8,
      subject="hàm lượng amoni tại một số điểm gần cửa xả vượt quy chuẩn", period=INH(Y23)),
    F("bình 0,12 mg/l", "0,12", 0.12, "measure", "mg/l",
      subject="hàm lượng dầu mỡ trung bình", period=INH(Y23)),
    F("vốn 415 tỷ đồng", "415", 415e9, "money", "đồng",
      subject="tổng vốn dự án cải tạo hệ thống thoát nước"),
    F("chiếm 70%", "70", 70, "percent", "%",
      subject="vốn vay ODA trong tổng vốn dự án"),
    F("khoảng 9.000 hộ", "9.000", 9000, "count", "hộ", approx="about", status="forecast",
      subject="hộ dân được đấu nối thêm", period=P("đến cuối năm 2025", None, "2025-12-31")),
    F("có 70% lượng", "70", 70, "percent", "%", status="target",
      subject="lượng nước thải đô thị được thu gom, xử lý đạt quy chuẩn",
      period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper): TP Hạ Long — nhà máy XLNT, quan trắc môi trường nước vịnh Hạ Long; byline and bare date at the end.",
    "Location Hạ Long (a city, district level) throughout; Hà Khánh, Bãi Cháy, Hồng Gai, Bạch Đằng are wards/plant names, not district places.",
    "'trong đó hai nhà máy lớn nhất … lần lượt 17.000 … và 14.500' are parts of the 61.700 capacity (same unit): total 61700.",
    "'hai nhà máy lớn nhất' is a top-N label (optional, cf. 'top 10' in shared h05). 'từ 1,2 đến 1,8 lần' is a multiple range.",
    "'trong đó vốn vay ODA chiếm 70%' names a new part (ODA) with no amount: a percent figure of its own, not the 415 tỷ's share.",
    "Distractors: 'QCVN 10:2023/BTNMT', 'Di sản thiên nhiên thế giới', 'năm trước', the date line.",
]

if __name__ == "__main__":
    emit("p569-5", TEXT, COMMENTS, FIGS, published="2024-02-27", location="Hạ Long")
