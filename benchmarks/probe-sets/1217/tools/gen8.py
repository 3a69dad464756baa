"""p1217-8: provincial newspaper online (Báo Bình Dương, tag BDO), lantern workshops before Trung thu 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế | Thị trường

Lồng đèn thủ công hút khách dịp Trung thu

Thứ Hai, 09/09/2024 - 16:25

(BDO) - Tính đến ngày 31/8/2024, toàn tỉnh có 43 cơ sở, hộ kinh doanh sản xuất lồng đèn, đồ chơi Trung thu, tăng 5 cơ sở so với cuối năm 2023. Các cơ sở tập trung ở TP Thủ Dầu Một, TP Thuận An và TP Dĩ An với lần lượt 17, 11 và 8 cơ sở.

Theo Sở Công Thương, quý III, sức mua đồ chơi Trung thu tại các chợ, siêu thị trên địa bàn ước tăng 8-10% so với cùng kỳ. Giá lồng đèn giấy kiếng truyền thống từ 45.000 đến 150.000 đồng/chiếc, lồng đèn giấy xếp 15.000-30.000 đồng/chiếc.

Tại phường Phú Cường (TP Thủ Dầu Một), cơ sở của bà Trần Thị Mỹ Lệ năm nay làm khoảng 5.000 chiếc lồng đèn kiếng, bằng 80% năm ngoái. Cơ sở có 7 thợ, trong đó hai người là con cháu trong nhà; mỗi thợ làm được 15-20 chiếc/ngày, tiền công 12.000 đồng/chiếc. "Năm nào tôi cũng để dành khoảng 200 chiếc tặng các cháu thiếu nhi khó khăn trong phường", bà Lệ nói.

Năm 2024, Trung tâm Khuyến công tỉnh hỗ trợ hai cơ sở lồng đèn đầu tư máy cắt laser với tổng kinh phí 240 triệu đồng. Tỉnh phấn đấu đến năm 2025 có ít nhất 3 sản phẩm lồng đèn, đồ chơi Trung thu đạt OCOP.

Chương trình "Đêm hội trăng rằm" tại công viên Bạch Đằng (TP Thủ Dầu Một) diễn ra từ ngày 14 đến 17/9, mở cửa từ 18 giờ đến 22 giờ; dự kiến đón khoảng 30.000 lượt khách.

Ngọc Thanh
"""

ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "cơ sở, hộ kinh doanh sản xuất lồng đèn, đồ chơi Trung thu"
TDM = "Thủ Dầu Một"

FIGS = [
    F("có 43 cơ sở", "43", 43, "count", "cơ sở", change=C("increase", 5, "cơ sở", "cuối năm 2023"),
      subject=LIST, period=ASOF),
    F("lần lượt 17", "17", 17, "count", "cơ sở", subject=LIST, period=I(ASOF), location=TDM),
    F("17, 11 và", "11", 11, "count", "cơ sở", subject=LIST, period=I(ASOF), location="Thuận An"),
    F("11 và 8 cơ sở", "8", 8, "count", "cơ sở", subject=LIST, period=I(ASOF), location="Dĩ An"),
    F("ước tăng 8-10%", "8", 8, "percent", "%", value_max=10, status="estimate",
      subject="sức mua đồ chơi Trung thu tại các chợ, siêu thị", period=Q3),
    F("từ 45.000 đến 150.000", "45.000", 45000, "money", "đồng/chiếc", value_max=150000,
      subject="giá lồng đèn giấy kiếng truyền thống"),
    F("15.000-30.000", "15.000", 15000, "money", "đồng/chiếc", value_max=30000, subject="giá lồng đèn giấy xếp"),
    F("khoảng 5.000 chiếc", "5.000", 5000, "count", "chiếc", approx="about", percent=80,
      subject="lồng đèn kiếng cơ sở làm", period=NOW, location=TDM),
    F("có 7 thợ", "7", 7, "count", "thợ", subject="thợ của cơ sở", location=TDM),
    F("hai người", "hai", 2, "count", "người", total=7, subject="thợ là con cháu trong nhà", location=TDM),
    F("15-20 chiếc", "15", 15, "measure", "chiếc/ngày", value_max=20,
      subject="lồng đèn mỗi thợ làm được", location=TDM),
    F("12.000 đồng", "12.000", 12000, "money", "đồng/chiếc", subject="tiền công thợ", location=TDM),
    F("khoảng 200 chiếc", "200", 200, "count", "chiếc", approx="about",
      subject="lồng đèn tặng thiếu nhi khó khăn trong phường", location=TDM),
    F("hỗ trợ hai cơ sở", "hai", 2, "count", "cơ sở",
      subject="cơ sở lồng đèn được hỗ trợ đầu tư máy cắt laser", period=Y24),
    F("240 triệu", "240", 240000000, "money", "đồng",
      subject="tổng kinh phí hỗ trợ đầu tư máy cắt laser", period=Y24),
    F("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm lồng đèn, đồ chơi Trung thu đạt OCOP", period=T25),
    F("khoảng 30.000 lượt", "30.000", 30000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách chương trình Đêm hội trăng rằm", location=TDM),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Dương): section, 'Thứ Hai, 09/09/2024 - 16:25' (published), tag '(BDO) -', byline at the end.",
    "'Tính đến ngày 31/8/2024' is an as-of date (end only); 'tăng 5 cơ sở so với cuối năm 2023' is the change of 43.",
    "City list with 'lần lượt' after 'tập trung ở' (17+11+8 = 36 ≠ 43): no total; each item's city is its location.",
    "Year-less 'quý III' takes 2024 from the as-of date. 'ước tăng 8-10% so với cùng kỳ' is a growth rate as the claim (percent, range, estimate).",
    "'bằng 80% năm ngoái' is the share of 5.000 chiếc (percent 80). 'hai người' (of 7 thợ, 'trong đó') and 'hai cơ sở' are number words.",
    "Phú Cường workshop and the park event are in TP Thủ Dầu Một. The event visitors are 'dự kiến' (forecast); dates '14 đến 17/9' and",
    "'18 giờ đến 22 giờ' are distractors, as are 16:25 and the name 'Đêm hội trăng rằm'.",
]

if __name__ == "__main__":
    write("p1217-8", TEXT, NOTES, FIGS, published="2024-09-09", location="Bình Dương")
