"""p1290-8: radio/TV site (Đài PT-TH Long An, LA34): lốc xoáy chiều 13/9/2024 at Châu Thành, dragon-fruit gardens."""
from lib import fig, per, day, inh, chg, tgt, write

TEXT = """LONG AN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh trực tuyến

Lốc xoáy làm tốc mái hơn hai chục căn nhà, hư hại vườn thanh long ở Châu Thành

Thứ Bảy, 14/09/2024 - 19:05

(LA34) - Chiều 13/9, mưa lớn kèm lốc xoáy xảy ra tại các xã An Lục Long và Thanh Phú Long, huyện Châu Thành, làm 23 căn nhà bị tốc mái, 4 nhà lưới trồng rau bị sập và khoảng 12 nghìn trụ thanh long bị gãy, ngã đổ.

Ông Trần Văn Hải, ấp 3, xã An Lục Long cho biết, vườn thanh long 1,2 ha của gia đình đang chuẩn bị thu hoạch thì bị gãy đổ gần 400 trụ. "Mỗi trụ đầu tư khoảng 350.000 đồng, giờ thiệt hại hơn 140 triệu đồng, chưa tính khoảng 15 tấn trái", ông Hải nói.

Theo UBND huyện Châu Thành, năng suất thanh long của các vườn bị ảnh hưởng dự kiến giảm còn 18-20 tấn/ha, trong khi bình quân của huyện khoảng 30 tấn/ha. Giá thanh long ruột đỏ loại 1 tại vườn hiện ở mức 22.000-25.000 đồng/kg. Ước tổng thiệt hại khoảng 2,3 tỷ đồng. Huyện đã hỗ trợ mỗi hộ có nhà bị tốc mái 3 triệu đồng và 20 kg gạo.

Từ đầu năm đến nay, trên địa bàn tỉnh Long An xảy ra 9 đợt lốc xoáy, làm 154 căn nhà bị hư hỏng, tăng 45 căn so với cùng kỳ năm 2023; riêng quý III có 4 đợt, gây thiệt hại 86 căn nhà.

Năm nay, ngành nông nghiệp tỉnh phấn đấu đưa diện tích thanh long được gia cố trụ, chằng chống lên 5.000 ha, chiếm 40% diện tích thanh long toàn tỉnh.

Video: Lốc xoáy quét qua huyện Châu Thành (02:35)
Lượt xem: 2.105 | Bình luận (0)

Tin liên quan:
- Long An: Thu hoạch lúa Thu Đông 2024 đạt năng suất cao
- Cảnh báo triều cường tại Quốc lộ 1 đoạn qua TP Tân An
"""

EV = day("Chiều 13/9", "2024-09-13")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-14")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
CT = "Châu Thành"
LA = "Long An"

FIGS = [
    fig("hơn hai chục căn", "hai chục", 20, "count", "căn nhà", approx="over", subject="căn nhà bị tốc mái"),
    fig("làm 23 căn", "23", 23, "count", "căn nhà", subject="căn nhà bị tốc mái", period=EV),
    fig("4 nhà lưới", "4", 4, "count", "nhà lưới", subject="nhà lưới trồng rau bị sập", period=EV),
    fig("khoảng 12 nghìn", "12", 12000, "count", "trụ thanh long", approx="about",
        subject="trụ thanh long bị gãy, ngã đổ", period=EV),
    fig("long 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích vườn thanh long của gia đình"),
    fig("gần 400 trụ", "400", 400, "count", "trụ", approx="nearly", subject="trụ thanh long bị gãy đổ"),
    fig("khoảng 350.000", "350.000", 350000, "money", "đồng/trụ", approx="about", subject="vốn đầu tư mỗi trụ"),
    fig("hơn 140 triệu", "140", 140e6, "money", "đồng", approx="over", subject="thiệt hại của gia đình"),
    fig("khoảng 15 tấn", "15", 15, "measure", "tấn", approx="about", subject="sản lượng trái chưa tính vào thiệt hại"),
    fig("còn 18-20", "18", 18, "measure", "tấn/ha", value_max=20, status="forecast",
        subject="năng suất thanh long của các vườn bị ảnh hưởng"),
    fig("khoảng 30 tấn/ha", "30", 30, "measure", "tấn/ha", approx="about",
        subject="năng suất thanh long bình quân của huyện"),
    fig("mức 22.000-25.000", "22.000", 22000, "money", "đồng/kg", value_max=25000,
        subject="giá thanh long ruột đỏ loại 1 tại vườn"),
    fig("khoảng 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng thiệt hại"),
    fig("mái 3 triệu", "3", 3e6, "money", "đồng/hộ", subject="hỗ trợ mỗi hộ có nhà bị tốc mái"),
    fig("20 kg gạo", "20", 20, "measure", "kg/hộ", subject="gạo hỗ trợ mỗi hộ có nhà bị tốc mái"),
    fig("ra 9 đợt", "9", 9, "count", "đợt", subject="đợt lốc xoáy", period=YTD, location=LA),
    fig("làm 154 căn", "154", 154, "count", "căn nhà", change=chg("increase", 45, "căn", "cùng kỳ năm 2023"),
        subject="căn nhà bị hư hỏng", period=YTD, location=LA),
    fig("có 4 đợt", "4", 4, "count", "đợt", subject="đợt lốc xoáy", period=Q3, location=LA),
    fig("hại 86 căn", "86", 86, "count", "căn nhà", subject="căn nhà bị thiệt hại", period=Q3, location=LA),
    fig("lên 5.000 ha", "5.000", 5000, "measure", "ha", status="target", percent=40,
        subject="diện tích thanh long được gia cố trụ, chằng chống", period=Y24, location=LA),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Long An): station banner, menu, headline, 'Thứ Bảy, 14/09/2024 - 19:05', tag '(LA34) -',",
    "video caption with its length '(02:35)', 'Lượt xem: 2.105 | Bình luận (0)', related links.",
    "Distractors: LA34, 19:05, 02:35, 2.105, 'Bình luận (0)', 'ấp 3', 'loại 1', 'Thu Đông 2024', 'Quốc lộ 1'.",
    "Headline 'hơn hai chục căn nhà' = 20, over (number word). 'Chiều 13/9' one-day period for the sentence's figures; location Châu Thành (default).",
    "The farmer's garden, quote and standing prices/yields have no period. '12 nghìn trụ' = 12000.",
    "'năng suất ... dự kiến giảm còn 18-20 tấn/ha' → forecast range (the level, not a change); 'trong khi bình quân của huyện",
    "khoảng 30 tấn/ha' is a contrast clause of its own → actual.",
    "Province passage (Long An): YTD to the dateline; 'tăng 45 căn so với cùng kỳ năm 2023' → change +45 căn;",
    "'riêng quý III có 4 đợt, ... 86 căn' → quý III 2024; 'riêng' is not a part-of-whole cue in FIGURES.md: no total.",
    "'Năm nay ... phấn đấu ... lên 5.000 ha, chiếm 40%' → target, percent 40, period 2024 (year of the dateline).",
]

if __name__ == "__main__":
    write("p1290-8", TEXT, NOTES, FIGS, published="2024-09-14", location="Châu Thành")
