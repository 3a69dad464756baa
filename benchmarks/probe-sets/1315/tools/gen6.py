"""p1315-6: national newspaper (VnExpress style): data centre race in Việt Nam, a project in TP Thủ Đức."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ hai, 19/8/2024, 06:00 (GMT+7)

Cuộc đua xây trung tâm dữ liệu tại Việt Nam

Công suất trung tâm dữ liệu tại Việt Nam được dự báo tăng gấp ba trong 5 năm tới khi hàng loạt nhà đầu tư trong và ngoài nước rót vốn.

Theo báo cáo của một hãng tư vấn bất động sản, đến cuối quý II/2024, Việt Nam có 33 trung tâm dữ liệu thương mại với tổng công suất khoảng 90 MW và hơn 3 nghìn tủ rack, chủ yếu tại Hà Nội và TP HCM. Tỷ lệ lấp đầy bình quân của các trung tâm đạt trên 85%.

Tổng vốn đăng ký các dự án trung tâm dữ liệu mới trong 6 tháng đầu năm đạt hơn 650 triệu USD, trong đó vốn FDI chiếm khoảng 70%.

Tại TP Thủ Đức, Công ty cổ phần Hạ tầng số Sao Phương Nam đang xây trung tâm dữ liệu trên diện tích 2,4 ha, công suất 30 MW, vốn đầu tư 250 triệu USD, dự kiến vận hành giai đoạn 1 vào quý III/2025 với 12 MW. "Nhu cầu thuê chỗ đặt máy chủ tại Việt Nam tăng 25-30% mỗi năm, giá thuê ở TP HCM hiện khoảng 180-220 USD/kW/tháng", ông Trần Quốc Bảo, Tổng giám đốc công ty, cho biết.

Theo Bộ Thông tin và Truyền thông, Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân khiến nhiều doanh nghiệp chuyển dữ liệu về đặt trong nước. Mục tiêu đến năm 2030, tổng công suất trung tâm dữ liệu cả nước đạt ít nhất 1.000 MW.

Minh Sơn

12 bình luận
Chia sẻ | Lưu

Xem thêm:
- Giá thuê văn phòng hạng A tăng quý thứ 3 liên tiếp
- Doanh nghiệp Việt xây trung tâm dữ liệu chuẩn Uptime Tier IV
"""

ASOF = period("đến cuối quý II/2024", None, "2024-06-30")
H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q3 = period("quý III/2025", "2025-07-01", "2025-09-30")
BY30 = period("đến năm 2030", None, "2030-12-31")
TD = "Thủ Đức"

FIGS = [
    F("tăng gấp ba", "ba", 3, "multiple", "lần", "công suất trung tâm dữ liệu tại Việt Nam", status="forecast"),
    F("có 33 trung tâm", "33", 33, "count", "trung tâm dữ liệu", "trung tâm dữ liệu thương mại", ASOF),
    F("khoảng 90 MW", "90", 90, "measure", "MW", "tổng công suất trung tâm dữ liệu thương mại", ASOF,
      approx="about"),
    F("hơn 3 nghìn tủ", "3", 3000, "count", "tủ rack", "tủ rack của các trung tâm dữ liệu thương mại", ASOF, approx="over"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ lấp đầy bình quân của các trung tâm", inherit(ASOF),
      approx="over"),
    F("hơn 650 triệu USD", "650", 650e6, "money", "USD", "tổng vốn đăng ký các dự án trung tâm dữ liệu mới", H1,
      approx="over"),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "vốn FDI trong tổng vốn đăng ký", H1, approx="about"),
    F("diện tích 2,4 ha", "2,4", 2.4, "measure", "ha", "diện tích trung tâm dữ liệu", location=TD),
    F("công suất 30 MW", "30", 30, "measure", "MW", "công suất trung tâm dữ liệu", location=TD),
    F("vốn đầu tư 250 triệu", "250", 250e6, "money", "USD", "vốn đầu tư", location=TD),
    F("với 12 MW", "12", 12, "measure", "MW", "công suất vận hành giai đoạn 1", Q3, status="forecast", location=TD),
    F("tăng 25-30%", "25", 25, "percent", "%", "nhu cầu thuê chỗ đặt máy chủ tại Việt Nam", value_max=30),
    F("khoảng 180-220", "180", 180, "money", "USD/kW/tháng", "giá thuê", approx="about", value_max=220,
      location="TP Hồ Chí Minh"),
    F("ít nhất 1.000 MW", "1.000", 1000, "measure", "MW", "tổng công suất trung tâm dữ liệu cả nước", BY30,
      approx="at_least", status="target"),
]

NOTES = [
    "National newspaper (VnExpress style): section path, 'Thứ hai, 19/8/2024, 06:00 (GMT+7)', sapo, quote, byline, '12 bình luận', 'Xem thêm'.",
    "Distractors: 06:00, GMT+7, 'trong 5 năm tới' (a duration), 'giai đoạn 1', 'Nghị định 13/2023/NĐ-CP', '12 bình luận',",
    "'quý thứ 3 liên tiếp' and 'Tier IV' in link titles.",
    "Sapo 'được dự báo tăng gấp ba' is the claim itself: kind multiple, value 3 (number word), forecast; no dated period.",
    "'đến cuối quý II/2024' is an as-of date (start null) for its sentence; 'hơn 3 nghìn tủ rack' = 3000, over.",
    "'6 tháng đầu năm' has no year: the nearest earlier period (quý II/2024) gives 2024.",
    "'trong đó vốn FDI chiếm khoảng 70%' is the share of a part: its own percent figure.",
    "The Thủ Đức project: location Thủ Đức; 'dự kiến vận hành giai đoạn 1 vào quý III/2025 với 12 MW' forecast.",
    "The quote: demand growth 'tại Việt Nam' (Việt Nam, a growth rate as the claim: no change) and price 'ở TP HCM' (TP Hồ Chí Minh).",
]

if __name__ == "__main__":
    write("p1315-6", TEXT, NOTES, FIGS, published="2024-08-19", location="Việt Nam")
