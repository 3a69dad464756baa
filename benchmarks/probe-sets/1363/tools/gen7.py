"""p1363-7: news agency (TTXVN), dig at Hoàng thành Thăng Long, Hà Nội."""
from lib import F, period, inherit, change, target, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Văn hóa | Di sản

Hà Nội: Phát hiện dấu tích 2 kiến trúc thời Lý tại Hoàng thành Thăng Long
19/10/2024 16:05

Hà Nội, 18/10 (TTXVN) - Trung tâm Bảo tồn di sản Thăng Long - Hà Nội phối hợp với Viện Khảo cổ học vừa công bố kết quả khai quật khảo cổ tại khu vực phía Tây điện Kính Thiên, Khu di tích Trung tâm Hoàng thành Thăng Long.

Cuộc khai quật năm nay được thực hiện trên tổng diện tích 2.000 m2, gấp đôi năm 2023, chia thành 5 hố. Các nhà khảo cổ đã phát hiện dấu tích 2 kiến trúc thời Lý, 1 giếng nước thời Trần và 14 móng trụ sỏi. Di vật thu được ước tính khoảng 15 tấn, chủ yếu là vật liệu kiến trúc như gạch, ngói, đầu ngói ống trang trí hoa sen; ngoài ra có hàng nghìn mảnh đồ gốm sứ.

Theo PGS.TS Đỗ Thanh Hải, trưởng đoàn khai quật, khu vực này có khoảng 4-5 lớp kiến trúc chồng xếp lên nhau từ thế kỷ 7 đến thế kỷ 19, trong đó dấu tích thời Lý nằm ở độ sâu 1,6-2 m so với mặt đất hiện nay.

Từ năm 2002 đến nay, Khu di tích đã trải qua nhiều đợt khai quật với tổng diện tích hơn 48.000 m2. Năm 2010, khu di tích được UNESCO ghi danh là Di sản Văn hóa thế giới.

9 tháng đầu năm 2024, Hoàng thành Thăng Long đón hơn 450.000 lượt khách, tăng 25% so với cùng kỳ năm 2023, trong đó khách quốc tế chiếm khoảng 40%. Năm 2025, Trung tâm dự kiến tiếp tục khai quật khoảng 1.000 m2 và phấn đấu đón 700.000 lượt khách.

Thanh Tùng (TTXVN)

Tin liên quan:
- Hà Nội: Mở cửa di tích Nhà D67 vào buổi tối
- Trưng bày “Thăng Long - Hà Nội: Di sản văn hóa thế giới”
"""

NOW = period("năm nay", "2024-01-01", "2024-12-31")
SINCE = period("Từ năm 2002 đến nay", "2002-01-01", "2024-10-19")
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tích 2 kiến trúc thời Lý tại", "2", 2, "count", "kiến trúc", subject="dấu tích kiến trúc thời Lý"),
    F("tích 2.000 m2", "2.000", 2000, "measure", "m2", change=change("increase", 2, "lần", "năm 2023"),
      subject="tổng diện tích khai quật", per=NOW),
    F("thành 5 hố", "5", 5, "count", "hố", subject="hố khai quật", per=NOW),
    F("tích 2 kiến trúc thời Lý,", "2", 2, "count", "kiến trúc", subject="dấu tích kiến trúc thời Lý",
      per=inherit(NOW)),
    F("1 giếng", "1", 1, "count", "giếng nước", subject="giếng nước thời Trần", per=inherit(NOW)),
    F("14 móng", "14", 14, "count", "móng trụ sỏi", subject="móng trụ sỏi", per=inherit(NOW)),
    F("khoảng 15 tấn", "15", 15, "measure", "tấn", approx="about", status="estimate", subject="di vật thu được",
      per=inherit(NOW)),
    F("hàng nghìn mảnh", "hàng nghìn", 1000, "count", "mảnh đồ gốm sứ", approx="about",
      subject="mảnh đồ gốm sứ", optional=True),
    F("khoảng 4-5 lớp", "4", 4, "count", "lớp kiến trúc", value_max=5, approx="about",
      subject="lớp kiến trúc chồng xếp lên nhau"),
    F("sâu 1,6-2 m", "1,6", 1.6, "measure", "m", value_max=2, subject="độ sâu dấu tích thời Lý"),
    F("hơn 48.000 m2", "48.000", 48000, "measure", "m2", approx="over", subject="tổng diện tích khai quật",
      per=SINCE),
    F("hơn 450.000 lượt", "450.000", 450000, "count", "lượt khách", approx="over",
      change=change("increase", 25, "%", "cùng kỳ năm 2023"), subject="lượt khách Hoàng thành Thăng Long đón",
      per=M9),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="khách quốc tế", per=M9),
    F("khoảng 1.000 m2", "1.000", 1000, "measure", "m2", approx="about", status="forecast",
      subject="diện tích khai quật", per=Y25),
    F("đón 700.000 lượt", "700.000", 700000, "count", "lượt khách", status="target", subject="lượt khách", per=Y25),
]

NOTES = [
    "News agency (TTXVN, Báo Tin tức style): section, headline figure, '19/10/2024 16:05', 'Hà Nội, 18/10 (TTXVN) -', byline, links.",
    "Distractors: '18/10', 'thế kỷ 7', 'thế kỷ 19', 'Năm 2010', 'Nhà D67' (a building name), 'năm 2023' as baseline.",
    "All figures are in Hà Nội (the site is not placed in a district in the text).",
    "'Cuộc khai quật năm nay ... 2.000 m2, gấp đôi năm 2023' → period năm nay = 2024 (from the dateline), change ×2 (lần) with baseline",
    "năm 2023; the year in the baseline is not the period. 'năm nay' is inherited by the finds of the next two sentences (not scored).",
    "'Di vật thu được ước tính khoảng 15 tấn' → estimate, about. 'hàng nghìn mảnh' is a vague number word: optional.",
    "'khoảng 4-5 lớp kiến trúc' → range 4..5, about; '1,6-2 m' → range. 'Từ năm 2002 đến nay' ends at the dateline 2024-10-19.",
    "'trong đó khách quốc tế chiếm khoảng 40%' → a percent figure of its own (a share of the visitors, not of the 450.000's value).",
    "'dự kiến tiếp tục khai quật khoảng 1.000 m2' → forecast; 'và phấn đấu đón 700.000' has its own cue → target.",
]

if __name__ == "__main__":
    write("p1363-7", TEXT, NOTES, FIGS, published="2024-10-19", location="Hà Nội")
