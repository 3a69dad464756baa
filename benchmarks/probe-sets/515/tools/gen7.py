"""p515-7: department site (Sở TT&TT Bắc Giang), no dateline — fixed broadband subscribers, with a table
of one cell per line and a 'Đơn vị tính' line."""
from lib import F, P, inh, CH, emit

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BẮC GIANG
Trang chủ > Bưu chính - Viễn thông > Số liệu thống kê

Thuê bao Internet băng rộng cố định tăng mạnh trong năm 2023

Năm 2023, số thuê bao Internet băng rộng cố định trên địa bàn tỉnh đạt 312.480 thuê bao, tăng 24.650 thuê bao so với năm 2022; mật độ đạt 16,9 thuê bao/100 dân. Tốc độ tăng cao nhất thuộc về huyện Yên Dũng (12,4%) và Lạng Giang (10,8%). Cùng năm, số thuê bao băng rộng di động đạt 1,42 triệu, chiếm 81,5% tổng số thuê bao di động.

Bảng: Thuê bao băng rộng cố định theo huyện, thành phố
Đơn vị tính: thuê bao
Huyện, thành phố
Năm 2022
Năm 2023
Kế hoạch 2024
TP. Bắc Giang
58.420
62.150
65.000
Yên Dũng
22.130
24.870
26.500
Lạng Giang
30.560
33.860
35.000
Lục Ngạn
25.940
27.310
29.000
Sơn Động
7.285
7.902
9.000

Đến nay, 100% trường học, trạm y tế xã đã có kết nối cáp quang; toàn tỉnh còn 46 thôn chưa có hạ tầng cáp quang, chủ yếu ở Sơn Động (29 thôn) và Lục Ngạn (17 thôn). Các doanh nghiệp cam kết đầu tư khoảng 35 tỷ đồng để kéo cáp quang đến các thôn này trong năm 2024.

Về chất lượng dịch vụ, kết quả đo kiểm quý IV/2023 cho thấy tốc độ tải xuống trung bình của mạng cáp quang trên địa bàn đạt 142,6 Mbps, cao hơn 12,3 Mbps so với mức trung bình cả nước. Năm 2024, Sở đặt mục tiêu 85% hộ gia đình có kết nối băng rộng cố định.

Địa chỉ: Số 8 đường Hoàng Văn Thụ, TP. Bắc Giang. Điện thoại: 0204.3855.106
Tổng lượt truy cập: 1.204.331
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")

ROWS = [
    ("TP. Bắc Giang", "Bắc Giang", ("58.420", "62.150", "65.000")),
    ("Yên Dũng", "Yên Dũng", ("22.130", "24.870", "26.500")),
    ("Lạng Giang", "Lạng Giang", ("30.560", "33.860", "35.000")),
    ("Lục Ngạn", "Lục Ngạn", ("25.940", "27.310", "29.000")),
    ("Sơn Động", "Sơn Động", ("7.285", "7.902", "9.000")),
]
SUBJ = "Thuê bao băng rộng cố định"

TABLE = []
for label, loc, (a, b, c) in ROWS:
    TABLE.append(F(f"\n{a}\n", a, float(a.replace(".", "")), "count", "thuê bao", SUBJ + " năm 2022", Y22,
                   location=loc))
    TABLE.append(F(f"\n{b}\n", b, float(b.replace(".", "")), "count", "thuê bao", SUBJ + " năm 2023", Y23,
                   location=loc))
    TABLE.append(F(f"\n{c}\n", c, float(c.replace(".", "")), "count", "thuê bao", SUBJ + " kế hoạch 2024", K24,
                   location=loc, status="target"))

FIGS = [
    F("đạt 312.480 thuê bao", "312.480", 312480, "count", "thuê bao", "thuê bao Internet băng rộng cố định", Y23,
      change=CH("increase", 24650, "thuê bao", "năm 2022")),
    F("đạt 16,9 thuê bao/100 dân", "16,9", 16.9, "measure", "thuê bao/100 dân",
      "mật độ thuê bao Internet băng rộng cố định", Y23),
    F("(12,4%)", "12,4", 12.4, "percent", "%", "tốc độ tăng thuê bao Internet băng rộng cố định", inh(Y23),
      location="Yên Dũng"),
    F("(10,8%)", "10,8", 10.8, "percent", "%", "tốc độ tăng thuê bao Internet băng rộng cố định", inh(Y23),
      location="Lạng Giang"),
    F("đạt 1,42 triệu", "1,42", 1420000, "count", "thuê bao", "thuê bao băng rộng di động", inh(Y23), percent=81.5),
    *TABLE,
    F("100% trường học", "100", 100, "percent", "%", "trường học, trạm y tế xã có kết nối cáp quang"),
    F("còn 46 thôn", "46", 46, "count", "thôn", "thôn chưa có hạ tầng cáp quang"),
    F("(29 thôn)", "29", 29, "count", "thôn", "thôn chưa có hạ tầng cáp quang", total=46, location="Sơn Động"),
    F("(17 thôn)", "17", 17, "count", "thôn", "thôn chưa có hạ tầng cáp quang", total=46, location="Lục Ngạn"),
    F("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", "vốn doanh nghiệp cam kết đầu tư kéo cáp quang đến các thôn",
      Y24, approx="about"),
    F("đạt 142,6 Mbps", "142,6", 142.6, "measure", "Mbps", "tốc độ tải xuống trung bình của mạng cáp quang", Q4,
      change=CH("increase", 12.3, "Mbps", "mức trung bình cả nước")),
    F("mục tiêu 85%", "85", 85, "percent", "%", "hộ gia đình có kết nối băng rộng cố định", N24, status="target"),
]

COMMENTS = [
    "Sở TT&TT Bắc Giang department site (invented), no dateline: thuê bao băng rộng cố định năm 2023 by district.",
    "No date in the text -> published absent; 'Đến nay' then has no date to end at, so those figures get no period.",
    "Distractors: 'Số 8 đường Hoàng Văn Thụ', phone 0204.3855.106, 'Tổng lượt truy cập: 1.204.331', '100 dân' (rate denominator).",
    "Table, one cell per line, 'Đơn vị tính: thuê bao': every numeric cell is a figure; row labels are districts -> location",
    "(TP. Bắc Giang -> 'Bắc Giang'); periods from the column headers; 'Kế hoạch 2024' -> target.",
    "'Yên Dũng (12,4%)' list of growth rates: percent figures, the district as location. Brackets (29 + 17) add up to 46 thôn: total 46.",
    "'cam kết đầu tư' is no target/forecast cue in the spec: actual. 'Cùng năm' -> inherited 2023; 'chiếm 81,5%' is the 1,42 triệu's percent.",
    "'cao hơn 12,3 Mbps so với mức trung bình cả nước' is the change of 142,6 Mbps (Bắc Giang's own speed).",
]

if __name__ == "__main__":
    emit("p515-7", TEXT, COMMENTS, FIGS, published=None, location="Bắc Giang")
