"""p503-5: Party newspaper (Báo Bắc Giang style), cashless payments at rural markets, pensions, schools, Mobile Money."""
from lib import F, P, I, CH, TG, emit

TEXT = """Bắc Giang: Thanh toán không dùng tiền mặt "về" chợ quê

(BGĐT) - Từ chỗ chỉ quen dùng tiền mặt, nhiều tiểu thương ở các chợ nông thôn trên địa bàn tỉnh đã chuyển sang nhận tiền qua mã QR. Đến hết tháng 10/2023, toàn tỉnh có 78 chợ triển khai mô hình "Chợ 4.0" với 6.235 tiểu thương sử dụng mã QR, chiếm 61,7% số tiểu thương tại các chợ này.

Tại chợ Đồi Ngô (huyện Lục Nam), chợ hạng 2 của huyện, đã có 312/385 hộ kinh doanh mở tài khoản và dán mã QR. Bà Nguyễn Thị Lan, tiểu thương bán rau ở lô số 17, cho biết mỗi ngày có khoảng 20 đến 30 lượt khách quét mã thanh toán.

Theo Ngân hàng Nhà nước chi nhánh tỉnh, đến ngày 31/10/2023, số người hưởng lương hưu, trợ cấp bảo hiểm xã hội nhận qua tài khoản là 41.650 người, chiếm 64,2%, tăng 5.610 người so với cùng kỳ. 97,5% trường học trên địa bàn đã thu học phí không dùng tiền mặt. Tổng số tài khoản Mobile Money đạt hơn 215 nghìn tài khoản, trong đó khoảng 70% ở khu vực nông thôn.

Huyện Lạng Giang và huyện Tân Yên là hai địa phương dẫn đầu với tỷ lệ tiểu thương dùng mã QR lần lượt là 78,4% và 74,9%. Ông Trần Văn Hải, Phó Giám đốc Agribank chi nhánh Bắc Giang II, cho biết ngân hàng đã cử 120 cán bộ về 230 xã, phường, thị trấn để hướng dẫn người dân mở tài khoản.

Năm 2024, tỉnh phấn đấu 100% chợ hạng 1, hạng 2 triển khai thanh toán không dùng tiền mặt, tỷ lệ chi trả an sinh xã hội qua tài khoản đạt 70%.

Ngọc Thúy

15/11/2023
"""

OCT = P("Đến hết tháng 10/2023", end="2023-10-31")
ASOF = P("đến ngày 31/10/2023", end="2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 78 chợ", "78", 78, "count", "chợ", "chợ triển khai mô hình Chợ 4.0", OCT),
    F("với 6.235 tiểu thương", "6.235", 6235, "count", "tiểu thương", "tiểu thương sử dụng mã QR", OCT, percent=61.7),
    F("có 312/385 hộ", "312", 312, "count", "hộ kinh doanh", "hộ kinh doanh mở tài khoản và dán mã QR tại chợ Đồi Ngô",
      total=385, location="Lục Nam"),
    F("khoảng 20 đến 30 lượt", "20", 20, "count", "lượt khách", "lượt khách quét mã thanh toán mỗi ngày",
      value_max=30, approx="about", location="Lục Nam"),
    F("là 41.650 người", "41.650", 41650, "count", "người",
      "người hưởng lương hưu, trợ cấp bảo hiểm xã hội nhận qua tài khoản", ASOF, percent=64.2,
      change=CH("increase", 5610, "người", "cùng kỳ")),
    F("97,5% trường học", "97,5", 97.5, "percent", "%", "trường học thu học phí không dùng tiền mặt"),
    F("hơn 215 nghìn tài khoản", "215", 215000, "count", "tài khoản", "tài khoản Mobile Money", approx="over"),
    F("khoảng 70% ở", "70", 70, "percent", "%", "tài khoản Mobile Money ở khu vực nông thôn", approx="about"),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương dẫn đầu về tỷ lệ tiểu thương dùng mã QR",
      optional=True),
    F("lần lượt là 78,4%", "78,4", 78.4, "percent", "%", "tỷ lệ tiểu thương dùng mã QR", location="Lạng Giang"),
    F("và 74,9%", "74,9", 74.9, "percent", "%", "tỷ lệ tiểu thương dùng mã QR", location="Tân Yên"),
    F("cử 120 cán bộ", "120", 120, "count", "cán bộ", "cán bộ ngân hàng cử về xã hướng dẫn người dân mở tài khoản"),
    F("về 230 xã", "230", 230, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được hướng dẫn mở tài khoản"),
    F("phấn đấu 100% chợ", "100", 100, "percent", "%", "chợ hạng 1, hạng 2 triển khai thanh toán không dùng tiền mặt", Y24,
      status="target"),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ chi trả an sinh xã hội qua tài khoản", Y24, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang style, invented): QR payments at rural markets, pensions via accounts, school fees, Mobile Money.",
    "Byline and bare date '15/11/2023' at the end (published). Location Bắc Giang; Lục Nam / Lạng Giang / Tân Yên where named.",
    "'khoảng 20 đến 30 lượt' is a range with approx about. 'hai địa phương' only counts the two named districts: optional.",
    "Distractors: (BGĐT), 'Chợ 4.0', 'chợ hạng 2', 'chợ hạng 1, hạng 2', 'lô số 17', 'Agribank chi nhánh Bắc Giang II', dates.",
]

if __name__ == "__main__":
    emit("p503-5", TEXT, COMMENTS, FIGS, published="2023-11-15", location="Bắc Giang")
