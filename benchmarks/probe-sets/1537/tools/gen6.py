"""p1537-6: national newspaper: a handmade leather workshop in TP Thủ Đức busy with Tết orders; national e-commerce sales."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ ba, 10/12/2024, 09:20 (GMT+7)

Xưởng ví da thủ công tất bật đơn Tết

Đơn hàng ví, thắt lưng khắc tên làm quà Tết tại một xưởng đồ da ở TP Thủ Đức tăng gấp đôi so với năm ngoái.

Trong căn nhà ba tầng trên đường số 9, phường Linh Tây, TP Thủ Đức, 12 thợ của xưởng đồ da Mộc Lam làm việc đến 22h mỗi ngày, trong đó bốn người là sinh viên làm bán thời gian. Anh Trần Quốc Bảo, chủ xưởng, cho biết từ đầu tháng 11 đến nay xưởng nhận hơn 2.600 đơn hàng ví và thắt lưng khắc tên, gấp đôi cùng kỳ năm ngoái.

Mỗi chiếc ví bán ra có giá 450.000-900.000 đồng, thắt lưng khoảng 650.000 đồng. Khoảng 70% đơn hàng đến từ TikTok Shop và Shopee, phần còn lại từ khách quen. "Riêng mẫu ví mini V08 đã bán hơn 800 chiếc trong tháng 11", anh Bảo nói.

Theo báo cáo của một nền tảng phân tích dữ liệu thương mại điện tử, 10 tháng năm 2024, doanh số ngành hàng ví, thắt lưng của cả nước trên bốn sàn thương mại điện tử lớn đạt khoảng 1.450 tỷ đồng, tăng 34% so với cùng kỳ; số nhà bán có phát sinh đơn hàng hơn 21.000, giảm 6%. Nhóm sản phẩm giá dưới 200.000 đồng chiếm tới 58% sản lượng bán ra.

Năm 2019, anh Bảo mở xưởng với số vốn ban đầu 80 triệu đồng. Để kịp đơn Tết Ất Tỵ 2025, anh dự kiến tuyển thêm 5-7 thợ trong tháng 1/2025.

Thu Hà
"""

T11 = period("từ đầu tháng 11 đến nay", "2024-11-01", "2024-12-10")
NOV = period("tháng 11", "2024-11-01", "2024-11-30")
M10 = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y19 = period("Năm 2019", "2019-01-01", "2019-12-31")
JAN = period("tháng 1/2025", "2025-01-01", "2025-01-31")
TD = "Thủ Đức"
VN = "Việt Nam"

FIGS = [
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần",
      subject="đơn hàng ví, thắt lưng khắc tên làm quà Tết", location=TD),
    F("căn nhà ba tầng", "ba", 3, "count", "tầng", optional=True, location=TD),
    F("12 thợ", "12", 12, "count", "thợ",
      subject="thợ của xưởng đồ da Mộc Lam", location=TD),
    F("bốn người", "bốn", 4, "count", "người", total=12,
      subject="sinh viên làm bán thời gian", location=TD),
    F("hơn 2.600 đơn", "2.600", 2600, "count", "đơn hàng", approx="over",
      change=change("increase", 2, "lần", "cùng kỳ năm ngoái"),
      subject="đơn hàng ví và thắt lưng khắc tên xưởng nhận", period=T11, location=TD),
    F("ban đầu 80 triệu", "80", 80e6, "money", "đồng",
      subject="số vốn ban đầu mở xưởng", period=Y19, location=TD),
    F("450.000-900.000", "450.000", 450000, "money", "đồng/chiếc", value_max=900000,
      subject="giá mỗi chiếc ví", location=TD),
    F("khoảng 650.000", "650.000", 650000, "money", "đồng", approx="about",
      subject="giá thắt lưng", location=TD),
    F("Khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="đơn hàng đến từ TikTok Shop và Shopee", location=TD),
    F("hơn 800 chiếc", "800", 800, "count", "chiếc", approx="over",
      subject="mẫu ví mini V08 đã bán", period=NOV, location=TD),
    F("trên bốn sàn", "bốn", 4, "count", "sàn thương mại điện tử", optional=True, location=VN),
    F("khoảng 1.450 tỷ", "1.450", 1450e9, "money", "đồng", approx="about",
      change=change("increase", 34, "%", "cùng kỳ"),
      subject="doanh số ngành hàng ví, thắt lưng", period=M10, location=VN),
    F("hơn 21.000", "21.000", 21000, "count", "nhà bán", approx="over",
      change=change("decrease", 6, "%"),
      subject="số nhà bán có phát sinh đơn hàng", period=M10, location=VN),
    F("tới 58%", "58", 58, "percent", "%",
      subject="sản lượng bán ra của nhóm sản phẩm giá dưới 200.000 đồng", location=VN),
    F("dưới 200.000", "200.000", 200000, "money", "đồng", approx="under", optional=True, location=VN),
    F("thêm 5-7 thợ", "5", 5, "count", "thợ", value_max=7, status="forecast",
      subject="thợ tuyển thêm", period=JAN, location=TD),
]

NOTES = [
    "National newspaper: 'Thứ ba, 10/12/2024, 09:20 (GMT+7)', sapo, quote, byline at the end. No default location: the workshop is in TP Thủ Đức, the e-commerce report is national ('của cả nước').",
    "Sapo 'tăng gấp đôi so với năm ngoái' stands alone as the claim → multiple 2 (lần); in the body 'gấp đôi cùng kỳ năm ngoái' is the change of 2.600 đơn (2 lần).",
    "'trên bốn sàn' = on four platforms: 'trên' is a preposition here, not 'over'. The count names the scope, optional (as 'căn nhà ba tầng'). 'dưới 200.000 đồng' is a price band that defines a product group: optional.",
    "'từ đầu tháng 11 đến nay' ends at the dateline. 'tháng 11' in the quote → November 2024. '10 tháng năm 2024' for both clauses of that sentence; 'giảm 6%' is the change of 21.000 nhà bán.",
    "'Khoảng 70% đơn hàng' and 'chiếm tới 58%' are percent figures ('tới' is no approximation cue).",
    "'Năm 2019' (founding capital) stands after 'tháng 11' so that the year-less 'tháng 11' takes 2024 from the dateline.",
    "Distractors: indefinite 'một' ('tại một xưởng đồ da', 'của một nền tảng'), 09:20, (GMT+7), 'đường số 9', '22h', 'mẫu ví mini V08', 'Tết Ất Tỵ 2025'. 'tháng 1/2025' gives the forecast's period.",
]

if __name__ == "__main__":
    write("p1537-6", TEXT, NOTES, FIGS, published="2024-12-10")
