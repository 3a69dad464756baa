"""p1174-8: provincial newspaper online (Báo Quảng Bình, QBĐT tag), 9 months 2023; a bus company in Đồng Hới."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Bình điện tử
Thời sự | Kinh tế | Xã hội | Pháp luật

Gần 2.900 trường hợp vi phạm nồng độ cồn bị xử lý trong 9 tháng

Cập nhật: 09:35, 19/10/2023

(QBĐT) - 9 tháng năm 2023, lực lượng CSGT Công an tỉnh Quảng Bình đã phát hiện, xử lý 2.876 trường hợp vi phạm nồng độ cồn, tăng 14,2% so với cùng kỳ, phạt tiền ước đạt 10,9 tỷ đồng. Tỷ lệ vi phạm trên tổng số người được kiểm tra khoảng 3,1%. Bình quân mỗi ngày, lực lượng chức năng xử lý hơn 10 trường hợp. Đáng chú ý, người vi phạm trong độ tuổi từ 18 đến 35 chiếm khoảng 62%.

Trên địa bàn TP Đồng Hới, các tổ công tác chủ yếu kiểm tra vào buổi tối trên đường Quang Trung, Lý Thường Kiệt và Quốc lộ 1, xử lý 934 trường hợp, chiếm 32,5% tổng số vi phạm toàn tỉnh. Huyện Bố Trạch và thị xã Ba Đồn lần lượt đứng thứ hai và thứ ba với 521 và 398 trường hợp.

Nhiều doanh nghiệp vận tải đã chủ động tự kiểm tra. Tại Công ty CP Xe khách Nhật Lệ ở TP Đồng Hới, 100% tài xế phải thổi máy đo nồng độ cồn trước mỗi chuyến. Công ty đầu tư 6 máy đo với tổng kinh phí khoảng 90 triệu đồng; từ đầu năm đến nay đã đình chỉ 3 lái xe có nồng độ cồn, không để xảy ra vi phạm trên đường.

Quý IV, Công an tỉnh dự kiến tổ chức 4 đợt cao điểm; phấn đấu cả năm 2023 xử lý 3.800 trường hợp, tương đương 105% kế hoạch.

Ngọc Mai
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
HEAD = P("trong 9 tháng", "2023-01-01", "2023-09-30")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-10-19")
Q4 = P("Quý IV", "2023-10-01", "2023-12-31")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
V = "trường hợp vi phạm nồng độ cồn bị xử lý"
BUS = "Công ty CP Xe khách Nhật Lệ"

FIGS = [
    F("Gần 2.900 trường hợp", "2.900", 2900, "count", "trường hợp", approx="nearly", subject=V, period=HEAD),
    F("xử lý 2.876 trường hợp", "2.876", 2876, "count", "trường hợp",
      change=C("increase", 14.2, "%", "cùng kỳ"),
      subject="trường hợp vi phạm nồng độ cồn phát hiện, xử lý", period=N9),
    F("ước đạt 10,9 tỷ", "10,9", 10900000000, "money", "đồng", status="estimate",
      subject="tiền phạt vi phạm nồng độ cồn", period=N9),
    F("khoảng 3,1%", "3,1", 3.1, "percent", "%", approx="about",
      subject="tỷ lệ vi phạm trên tổng số người được kiểm tra", period=I(N9)),
    F("hơn 10 trường hợp", "10", 10, "measure", "trường hợp/ngày", approx="over",
      subject="trường hợp vi phạm nồng độ cồn xử lý bình quân mỗi ngày", period=I(N9)),
    F("từ 18 đến 35", "18", 18, "measure", "tuổi", value_max=35, optional=True,
      subject="độ tuổi người vi phạm"),
    F("khoảng 62%", "62", 62, "percent", "%", approx="about",
      subject="người vi phạm nồng độ cồn trong độ tuổi từ 18 đến 35", period=I(N9)),
    F("xử lý 934 trường hợp", "934", 934, "count", "trường hợp", percent=32.5, location="Đồng Hới",
      subject=V, period=I(N9)),
    F("thứ hai và thứ ba", "hai", 2, "rank", "hạng", location="Bố Trạch",
      subject="số trường hợp vi phạm nồng độ cồn", period=I(N9)),
    F("hai và thứ ba với", "ba", 3, "rank", "hạng", location="Ba Đồn",
      subject="số trường hợp vi phạm nồng độ cồn", period=I(N9)),
    F("với 521", "521", 521, "count", "trường hợp", location="Bố Trạch", subject=V, period=I(N9)),
    F("521 và 398", "398", 398, "count", "trường hợp", location="Ba Đồn", subject=V, period=I(N9)),
    F("100% tài xế", "100", 100, "percent", "%", location="Đồng Hới",
      subject=f"tài xế {BUS} phải thổi máy đo nồng độ cồn trước mỗi chuyến"),
    F("đầu tư 6 máy", "6", 6, "count", "máy đo", location="Đồng Hới",
      subject=f"máy đo nồng độ cồn {BUS} đầu tư"),
    F("khoảng 90 triệu", "90", 90000000, "money", "đồng", approx="about", location="Đồng Hới",
      subject="tổng kinh phí đầu tư máy đo nồng độ cồn"),
    F("đình chỉ 3 lái xe", "3", 3, "count", "lái xe", location="Đồng Hới",
      subject="lái xe có nồng độ cồn bị đình chỉ", period=YTD),
    F("tổ chức 4 đợt", "4", 4, "count", "đợt cao điểm", status="forecast",
      subject="đợt cao điểm kiểm tra nồng độ cồn", period=Q4),
    F("xử lý 3.800 trường hợp", "3.800", 3800, "count", "trường hợp", percent=105, status="target",
      subject="trường hợp vi phạm nồng độ cồn xử lý", period=Y23),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình): 'Cập nhật: 09:35, 19/10/2023', tag '(QBĐT) -', byline at the end.",
    "The age band 'từ 18 đến 35' defines a category (optional). Distractors: time 09:35, 'Quốc lộ 1', street names, 'Quý IV' (a period). Ranks by number word: 'lần lượt đứng thứ hai và thứ ba' (rank 2, 3).",
    "934 'chiếm 32,5% tổng số vi phạm toàn tỉnh' gives percent (the whole is not stated as a number): no total.",
    "A bus company in TP Đồng Hới: its figures get Đồng Hới. 'từ đầu năm đến nay' ends at published (19/10/2023).",
    "'Quý IV' takes 2023 from the dateline. 'dự kiến' governs its clause (forecast), 'phấn đấu' the clause after ';' (target).",
    "3.800 'tương đương 105% kế hoạch' is its share (percent). Headline 'trong 9 tháng' takes 2023 from the published date.",
]

if __name__ == "__main__":
    write("p1174-8", TEXT, NOTES, FIGS, published="2023-10-19", location="Quảng Bình")
