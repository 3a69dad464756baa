"""p1550-5: provincial newspaper (Báo Quảng Nam, tag QNO): kettle sales and prices before Tết in TP Tam Kỳ."""
from lib import F, period, inherit, change, target, write

TEXT = """Báo Quảng Nam điện tử
Kinh tế | Thị trường

Ấm siêu tốc "đắt hàng" dịp cuối năm

Thứ Năm, 16/01/2025 07:15

(QNO) - Những ngày giáp Tết Ất Tỵ, sức mua ấm siêu tốc tại các cửa hàng điện máy ở TP Tam Kỳ tăng mạnh, nhiều mẫu giảm giá 10-15% so với cùng kỳ.

Tại siêu thị Điện máy Phú Hưng (số 215 Phan Chu Trinh), mỗi ngày bán từ 40 đến 50 chiếc ấm siêu tốc, gấp đôi ngày thường. Chị Nguyễn Thị Hạnh, quản lý siêu thị cho biết, ấm inox loại 1,8 lít có giá từ 189.000 đến 290.000 đồng/chiếc; ấm thủy tinh có đèn LED giá 250.000 - 420.000 đồng/chiếc; dòng ấm điều chỉnh nhiệt độ nhập khẩu giá trên 1,2 triệu đồng/chiếc nhưng vẫn có khách hỏi mua. Từ đầu tháng 12/2024 đến nay, siêu thị đã bán hơn 1.300 chiếc, trong đó đơn hàng trực tuyến chiếm gần 35%.

Theo Đội Quản lý thị trường số 1 (Cục Quản lý thị trường tỉnh), từ ngày 1/12/2024 đến ngày 10/1/2025, đơn vị đã kiểm tra 27 cơ sở kinh doanh đồ điện gia dụng, tạm giữ 156 chiếc ấm siêu tốc không rõ nguồn gốc, trị giá khoảng 23 triệu đồng. Toàn tỉnh hiện có khoảng 1.150 cửa hàng kinh doanh đồ điện gia dụng, trong đó hơn 280 cửa hàng tại TP Tam Kỳ.

Ngành chức năng khuyến cáo người tiêu dùng chọn ấm có dấu hợp quy CR, không mua hàng trôi nổi giá dưới 100.000 đồng.

Dự báo từ nay đến Tết, sức mua các mặt hàng điện gia dụng trên địa bàn tỉnh tiếp tục tăng khoảng 20%.

THANH HÀ
"""

DEC = period("Từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-16")
QLTT = period("từ ngày 1/12/2024 đến ngày 10/1/2025", "2024-12-01", "2025-01-10")
TK = "Tam Kỳ"

FIGS = [
    F("giảm giá 10-15%", "10", 10, "percent", "%", value_max=15,
      subject="giá nhiều mẫu ấm siêu tốc giảm so với cùng kỳ", location=TK),
    F("từ 40 đến 50 chiếc", "40", 40, "measure", "chiếc/ngày", value_max=50,
      change=change("increase", 2, "lần", "ngày thường"),
      subject="ấm siêu tốc siêu thị Điện máy Phú Hưng bán mỗi ngày", location=TK),
    F("loại 1,8 lít", "1,8", 1.8, "measure", "lít", subject="dung tích ấm inox", location=TK, optional=True),
    F("từ 189.000 đến 290.000", "189.000", 189000, "money", "đồng/chiếc", value_max=290000,
      subject="giá ấm inox loại 1,8 lít", location=TK),
    F("giá 250.000 - 420.000", "250.000", 250000, "money", "đồng/chiếc", value_max=420000,
      subject="giá ấm thủy tinh có đèn LED", location=TK),
    F("trên 1,2 triệu", "1,2", 1.2e6, "money", "đồng/chiếc", approx="over",
      subject="giá dòng ấm điều chỉnh nhiệt độ nhập khẩu", location=TK),
    F("hơn 1.300 chiếc", "1.300", 1300, "count", "chiếc", approx="over",
      subject="ấm siêu tốc siêu thị đã bán", per=DEC, location=TK),
    F("chiếm gần 35%", "35", 35, "percent", "%", approx="nearly",
      subject="tỷ trọng đơn hàng trực tuyến trong số ấm đã bán", per=DEC, location=TK),
    F("kiểm tra 27 cơ sở", "27", 27, "count", "cơ sở",
      subject="cơ sở kinh doanh đồ điện gia dụng được kiểm tra", per=QLTT),
    F("tạm giữ 156 chiếc", "156", 156, "count", "chiếc",
      subject="ấm siêu tốc không rõ nguồn gốc bị tạm giữ", per=QLTT),
    F("khoảng 23 triệu", "23", 23e6, "money", "đồng", approx="about",
      subject="trị giá ấm siêu tốc bị tạm giữ", per=QLTT),
    F("khoảng 1.150 cửa hàng", "1.150", 1150, "count", "cửa hàng", approx="about",
      subject="cửa hàng kinh doanh đồ điện gia dụng"),
    F("hơn 280 cửa hàng", "280", 280, "count", "cửa hàng", approx="over", total=1150,
      subject="cửa hàng kinh doanh đồ điện gia dụng", location=TK),
    F("dưới 100.000 đồng", "100.000", 100000, "money", "đồng", approx="under",
      subject="giá hàng trôi nổi", optional=True),
    F("tăng khoảng 20%", "20", 20, "percent", "%", approx="about", status="forecast",
      subject="sức mua các mặt hàng điện gia dụng"),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam): section line, 'Thứ Năm, 16/01/2025 07:15', tag '(QNO) -', sapo, byline at the end.",
    "Distractors: 07:15, 'Tết Ất Tỵ', 'số 215 Phan Chu Trinh', 'Đội Quản lý thị trường số 1', 'Từ đầu tháng 12/2024', dates 1/12/2024, 10/1/2025.",
    "Shop figures are in TP Tam Kỳ (location Tam Kỳ); QLTT and 'Toàn tỉnh' figures are Quảng Nam (default; QNO implies the province).",
    "Sapo 'nhiều mẫu giảm giá 10-15% so với cùng kỳ' is a rate as the claim: percent 10..15, no change.",
    "'mỗi ngày bán từ 40 đến 50 chiếc' is a daily rate: measure 'chiếc/ngày', range; 'gấp đôi ngày thường' is its change (×2, baseline ngày thường).",
    "Prices are 'đồng/chiếc' ranges; 'trên 1,2 triệu' → over. 'loại 1,8 lít' (product size) and 'giá dưới 100.000 đồng' (a price band in",
    "advice, not a stated fact) are optional.",
    "'Từ đầu tháng 12/2024 đến nay' ends at the dateline 2025-01-16. 'trong đó hơn 280 cửa hàng tại TP Tam Kỳ' → total 1.150, location Tam Kỳ.",
    "'Dự báo … tăng khoảng 20%' → forecast; 'từ nay đến Tết' gives no dates (no period).",
]

if __name__ == "__main__":
    write("p1550-5", TEXT, NOTES, FIGS, published="2025-01-16", location="Quảng Nam")
