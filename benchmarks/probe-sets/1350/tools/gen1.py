"""p1350-1: province portal (Hà Tĩnh): potholes patched in 9 months of 2024, Quốc lộ 8 resurfacing in Hương Sơn."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Xây dựng

Hơn 1.200 ổ gà trên quốc lộ, đường tỉnh được xử lý trong 9 tháng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Giao thông vận tải, 9 tháng đầu năm 2024, các đơn vị quản lý đường bộ trên địa bàn tỉnh Hà Tĩnh đã vá 1.246 ổ gà, ổ voi, tăng 18,5% so với cùng kỳ năm 2023; tổng diện tích mặt đường được vá khoảng 8.930 m2. Trong đó, trên các tuyến quốc lộ ủy thác có 712 ổ gà, trên đường tỉnh 534 ổ gà.

Toàn tỉnh hiện có 4 tuyến quốc lộ ủy thác dài 287 km và 29 tuyến đường tỉnh dài 763,5 km. Kinh phí sửa chữa thường xuyên đường bộ năm 2024 được giao 86,4 tỷ đồng; đến hết tháng 9 đã giải ngân 61,2 tỷ đồng, đạt 70,8% kế hoạch vốn.

Trên Quốc lộ 8, đoạn từ Km23+500 đến Km27+100 qua huyện Hương Sơn, mặt đường hư hỏng nặng sau đợt mưa lũ cuối tháng 9. Chi cục Quản lý đường bộ II.3 đã thảm lớp bê tông nhựa dày 7 cm trên chiều dài 3,6 km, tổng kinh phí gần 19 tỷ đồng.

Qua đường dây nóng 0239.3691.246, từ đầu năm đến nay Sở tiếp nhận 57 phản ánh của người dân về hư hỏng mặt đường, đã xử lý xong 52 phản ánh, đạt 91,2%.

Quý IV, Sở phấn đấu sửa chữa thêm khoảng 25 km mặt đường tỉnh, nâng tỷ lệ đường tỉnh có mặt đường tốt và trung bình lên trên 85%.

Tin liên quan:
- Hà Tĩnh: Bảo đảm giao thông thông suốt mùa mưa bão năm 2024
- Khởi công nâng cấp Quốc lộ 15B đoạn qua huyện Đức Thọ
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9H = P("9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF9 = P("đến hết tháng 9", None, "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
HS = "Hương Sơn"

FIGS = [
    F("Hơn 1.200 ổ gà", "1.200", 1200, "count", "ổ gà", "ổ gà trên quốc lộ, đường tỉnh được xử lý", N9H,
      approx="over"),
    F("vá 1.246 ổ gà", "1.246", 1246, "count", "ổ gà", "ổ gà, ổ voi được vá", N9,
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("khoảng 8.930 m2", "8.930", 8930, "measure", "m2", "tổng diện tích mặt đường được vá", N9, approx="about"),
    F("có 712 ổ gà", "712", 712, "count", "ổ gà", "ổ gà được vá trên các tuyến quốc lộ ủy thác", I(N9), total=1246),
    F("đường tỉnh 534 ổ gà", "534", 534, "count", "ổ gà", "ổ gà được vá trên đường tỉnh", I(N9), total=1246),
    F("có 4 tuyến", "4", 4, "count", "tuyến", "tuyến quốc lộ ủy thác"),
    F("dài 287 km", "287", 287, "measure", "km", "chiều dài các tuyến quốc lộ ủy thác"),
    F("và 29 tuyến", "29", 29, "count", "tuyến", "tuyến đường tỉnh"),
    F("dài 763,5 km", "763,5", 763.5, "measure", "km", "chiều dài các tuyến đường tỉnh"),
    F("giao 86,4 tỷ", "86,4", 86.4e9, "money", "đồng", "kinh phí sửa chữa thường xuyên đường bộ được giao", Y24),
    F("giải ngân 61,2 tỷ", "61,2", 61.2e9, "money", "đồng", "kinh phí sửa chữa thường xuyên đã giải ngân", ASOF9,
      percent=70.8),
    F("dày 7 cm", "7", 7, "measure", "cm", "độ dày lớp bê tông nhựa thảm", location=HS),
    F("dài 3,6 km", "3,6", 3.6, "measure", "km", "chiều dài thảm lớp bê tông nhựa", location=HS),
    F("gần 19 tỷ", "19", 19e9, "money", "đồng", "tổng kinh phí thảm lớp bê tông nhựa", location=HS,
      approx="nearly"),
    F("tiếp nhận 57 phản ánh", "57", 57, "count", "phản ánh", "phản ánh của người dân về hư hỏng mặt đường", YTD),
    F("xong 52 phản ánh", "52", 52, "count", "phản ánh", "phản ánh đã xử lý xong", YTD, percent=91.2),
    F("khoảng 25 km", "25", 25, "measure", "km", "mặt đường tỉnh sửa chữa thêm", Q4, approx="about", status="target"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ đường tỉnh có mặt đường tốt và trung bình", Q4, approx="over",
      status="target"),
]

NOTES = [
    "Province portal (Hà Tĩnh): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Quốc lộ 8, Km23+500, Km27+100, 'cuối tháng 9', 'Chi cục Quản lý đường bộ II.3',",
    "phone 0239.3691.246, 'năm 2024' and 'Quốc lộ 15B' in related links.",
    "Headline '9 tháng' takes 2024 (published). 'Trong đó' parts after a sentence break: total 1.246, period inherited.",
    "'đạt 70,8% kế hoạch vốn' is a percent attribute; 'đến hết tháng 9' is an as-of period. 'từ đầu năm đến nay' ends at published.",
    "'52 phản ánh' after '57 phản ánh' without a part cue: no total. The Quốc lộ 8 works are in huyện Hương Sơn: location Hương Sơn.",
    "'Quý IV ... phấn đấu' governs both clauses (target), period Quý IV 2024 for both.",
    "revised after the first run: the three subjects of the Hương Sơn resurfacing sentence no longer import 'Quốc lộ 8' from the",
    "previous sentence (the spec takes the subject as the figure's own sentence names it).",
]

if __name__ == "__main__":
    write("p1350-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Tĩnh")
