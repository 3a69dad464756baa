"""p795-1: province portal (Cao Bằng), cattle markets H1/2024."""
from lib import F, P, I, C, write

TEXT = """Cổng thông tin điện tử tỉnh Cao Bằng
Trang chủ > Tin tức - Sự kiện > Kinh tế
Chợ gia súc Nà Giàng (Hà Quảng) giao dịch hơn 12.000 con trâu, bò trong 6 tháng
Cập nhật: 08/07/2024 09:15 | Lượt xem: 2.318

6 tháng đầu năm 2024, 14 chợ gia súc trên địa bàn tỉnh Cao Bằng đã có khoảng 31.500 con trâu, bò được đưa ra giao dịch, tăng 8,4% so với cùng kỳ năm 2023; trong đó trâu 11.200 con, bò 20.300 con. Lớn nhất là chợ Nà Giàng (huyện Hà Quảng) với 12.010 con, chiếm 38,1% tổng số gia súc giao dịch toàn tỉnh; tiếp đến là các chợ thuộc huyện Trùng Khánh (4.650 con) và Quảng Hòa (3.900 con).

Tính đến 30/6, tổng đàn trâu của tỉnh đạt 98.400 con, đàn bò 112.600 con. Hiện giá trâu thịt hơi tại các chợ dao động từ 75.000 đến 82.000 đồng/kg, bò thịt 80.000-88.000 đồng/kg. Một con bò lai Sind nặng khoảng 250 kg được bán với giá 22-25 triệu đồng; trâu đực trưởng thành có giá trên 40 triệu đồng/con, cao hơn khoảng 3 triệu đồng so với cuối năm 2023.

Theo Nghị quyết số 15/2022/NQ-HĐND của HĐND tỉnh, phí vào chợ là 20.000 đồng/con trâu, bò. Từ đầu năm đến nay, các ban quản lý chợ đã thu gần 640 triệu đồng. Chi cục Chăn nuôi và Thú y tỉnh đã kiểm dịch 9.850 con trâu, bò vận chuyển ra ngoài tỉnh theo Quốc lộ 3 và Quốc lộ 4A, đi Thái Nguyên, Bắc Giang, Hà Nội; phát hiện 7 trường hợp vận chuyển không có giấy chứng nhận kiểm dịch, phạt tiền 42,5 triệu đồng.

Năm 2024, tỉnh phấn đấu tổng đàn trâu, bò đạt 215.000 con; đồng thời nâng cấp 3 chợ gia súc trọng điểm với tổng kinh phí dự kiến khoảng 9,6 tỷ đồng, trong đó ngân sách tỉnh 5,8 tỷ đồng.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6", None, "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-08")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giao dịch hơn 12.000 con", "12.000", 12000, "count", "con", "trâu, bò giao dịch tại chợ gia súc Nà Giàng",
      HEAD, approx="over", location="Hà Quảng"),
    F("2024, 14 chợ gia súc", "14", 14, "count", "chợ", "chợ gia súc trên địa bàn tỉnh", H1),
    F("khoảng 31.500 con", "31.500", 31500, "count", "con", "trâu, bò đưa ra giao dịch tại các chợ gia súc", H1,
      approx="about", change=C("increase", 8.4, baseline="cùng kỳ năm 2023")),
    F("trâu 11.200 con", "11.200", 11200, "count", "con", "trâu đưa ra giao dịch", H1, total=31500),
    F("bò 20.300 con", "20.300", 20300, "count", "con", "bò đưa ra giao dịch", H1, total=31500),
    F("với 12.010 con", "12.010", 12010, "count", "con", "trâu, bò giao dịch tại chợ Nà Giàng", I(H1),
      percent=38.1, location="Hà Quảng"),
    F("(4.650 con)", "4.650", 4650, "count", "con", "trâu, bò giao dịch tại các chợ", I(H1), location="Trùng Khánh"),
    F("(3.900 con)", "3.900", 3900, "count", "con", "trâu, bò giao dịch tại các chợ", I(H1), location="Quảng Hòa"),
    F("đạt 98.400 con", "98.400", 98400, "count", "con", "tổng đàn trâu", ASOF),
    F("112.600 con", "112.600", 112600, "count", "con", "đàn bò", ASOF),
    F("từ 75.000 đến 82.000", "75.000", 75000, "money", "đồng/kg", "giá trâu thịt hơi tại các chợ", value_max=82000),
    F("80.000-88.000", "80.000", 80000, "money", "đồng/kg", "giá bò thịt hơi", value_max=88000),
    F("khoảng 250 kg", "250", 250, "measure", "kg", "trọng lượng bò lai Sind", approx="about", optional=True),
    F("giá 22-25 triệu", "22", 22000000, "money", "đồng", "giá bò lai Sind nặng khoảng 250 kg", value_max=25000000),
    F("trên 40 triệu", "40", 40000000, "money", "đồng/con", "giá trâu đực trưởng thành", approx="over",
      change=C("increase", 3000000, "đồng", "cuối năm 2023", approx="about")),
    F("20.000 đồng/con", "20.000", 20000, "money", "đồng/con", "phí vào chợ"),
    F("gần 640 triệu", "640", 640000000, "money", "đồng", "phí chợ các ban quản lý chợ đã thu", YTD, approx="nearly"),
    F("dịch 9.850 con", "9.850", 9850, "count", "con", "trâu, bò vận chuyển ra ngoài tỉnh được kiểm dịch", I(YTD)),
    F("phát hiện 7 trường hợp", "7", 7, "count", "trường hợp",
      "trường hợp vận chuyển không có giấy chứng nhận kiểm dịch", I(YTD)),
    F("42,5 triệu", "42,5", 42500000, "money", "đồng", "tiền phạt vận chuyển không có giấy chứng nhận kiểm dịch", I(YTD)),
    F("đạt 215.000 con", "215.000", 215000, "count", "con", "tổng đàn trâu, bò", Y24, status="target"),
    F("nâng cấp 3 chợ", "3", 3, "count", "chợ", "chợ gia súc trọng điểm được nâng cấp", Y24, status="target"),
    F("khoảng 9,6 tỷ", "9,6", 9600000000, "money", "đồng", "tổng kinh phí nâng cấp chợ gia súc", Y24,
      approx="about", status="forecast"),
    F("5,8 tỷ", "5,8", 5800000000, "money", "đồng", "ngân sách tỉnh cho nâng cấp chợ gia súc", Y24,
      total=9600000000, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Cao Bằng: chợ gia súc 6 tháng đầu năm 2024 (giao dịch, giá, phí, kiểm dịch, mục tiêu).",
    "Headline '6 tháng' has no year: 2024 from the dateline. Nà Giàng lies in Hà Quảng; Trùng Khánh, Quảng Hòa are list items (location).",
    "'Tính đến 30/6' takes 2024 from '6 tháng đầu năm 2024'. 'Từ đầu năm đến nay' ends at the dateline.",
    "250 kg is the example animal's weight (optional). 'cao hơn khoảng 3 triệu đồng' is the change of 40 triệu (value in đồng).",
    "'phấn đấu' governs 215.000 con and the continuing 'đồng thời nâng cấp 3 chợ'; 'dự kiến' makes 9,6 tỷ and its part 5,8 tỷ forecasts.",
    "Distractors: Lượt xem 2.318, Nghị quyết số 15/2022/NQ-HĐND, Quốc lộ 3, Quốc lộ 4A, 09:15.",
]

write("p795-1", TEXT, FIGS, COMMENTS, published="2024-07-08", location="Cao Bằng")
