"""p593-7: department site (Sở TN&MT Cần Thơ), no dateline — one-cell-per-line table of WQI by monitoring point, Q1 and Q2/2024."""
from lib import F, P, I, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ CẦN THƠ
Chi cục Bảo vệ môi trường

Kết quả quan trắc chất lượng nước mặt các sông, kênh, rạch nội ô quý I và quý II năm 2024

Chương trình quan trắc năm 2024 của thành phố Cần Thơ được thực hiện tại 24 vị trí trên địa bàn các quận Ninh Kiều, Bình Thủy và Cái Răng, với tần suất 6 đợt/năm. Kết quả chỉ số WQI tại một số vị trí như sau:

Bảng 2. Chỉ số WQI tại một số vị trí quan trắc
Đơn vị tính: điểm
Vị trí
Quý I/2024
Quý II/2024
Sông Cần Thơ - bến Ninh Kiều
82
79
Rạch Khai Luông
46
41
Rạch Cái Khế
39
44
Rạch Tầm Vu
57
52
Kênh Xáng Thổi
28
33

So với quý I, có 3/5 vị trí giảm điểm WQI; rạch Khai Luông và rạch Cái Khế có hàm lượng amoni (NH4+) vượt QCVN 08:2023/BTNMT từ 2 đến 4,5 lần.

Trong 6 tháng đầu năm, Chi cục phối hợp UBND các quận rà soát 214 nguồn thải, xử lý 58 nguồn thải xả trực tiếp ra kênh, rạch; nạo vét 7.800 m³ bùn tại rạch Tầm Vu và xây mới 1,35 km kè bờ rạch Khai Luông đoạn từ cầu Nhị Kiều đến đường 30/4. Dự kiến trong quý III/2024 sẽ nạo vét thêm khoảng 12.000 m³ bùn tại rạch Cái Khế với kinh phí 9,6 tỷ đồng. Số liệu chi tiết được đăng tại Bản tin quan trắc số 02/2024 của Chi cục.

Địa chỉ: số 2 Lý Thường Kiệt, phường Tân An, quận Ninh Kiều
Điện thoại: 0292.3820.105 | Tổng lượt truy cập: 1.274.906
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("Quý II/2024", "2024-04-01", "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")


def cell(anchor, number, place, q):
    per = Q1 if q == 1 else Q2
    return F(anchor, number, int(number), "measure", "điểm",
             subject=f"chỉ số WQI {place} quý {'I' if q == 1 else 'II'}/2024", period=per)


FIGS = [
    F("tại 24 vị trí", "24", 24, "count", "vị trí", subject="vị trí quan trắc", period=Y24),
    F("suất 6 đợt/năm", "6", 6, "measure", "đợt/năm", subject="tần suất quan trắc", period=Y24),
    cell("Kiều\n82", "82", "Sông Cần Thơ - bến Ninh Kiều", 1),
    cell("82\n79", "79", "Sông Cần Thơ - bến Ninh Kiều", 2),
    cell("Luông\n46", "46", "Rạch Khai Luông", 1),
    cell("46\n41", "41", "Rạch Khai Luông", 2),
    cell("Khế\n39", "39", "Rạch Cái Khế", 1),
    cell("39\n44", "44", "Rạch Cái Khế", 2),
    cell("Vu\n57", "57", "Rạch Tầm Vu", 1),
    cell("57\n52", "52", "Rạch Tầm Vu", 2),
    cell("Thổi\n28", "28", "Kênh Xáng Thổi", 1),
    cell("28\n33", "33", "Kênh Xáng Thổi", 2),
    F("có 3/5 vị trí", "3", 3, "count", "vị trí", total=5, subject="vị trí giảm điểm WQI so với quý I"),
    F("từ 2 đến 4,5 lần", "2", 2, "multiple", "lần", value_max=4.5,
      subject="hàm lượng amoni (NH4+) vượt QCVN tại rạch Khai Luông và rạch Cái Khế"),
    F("soát 214 nguồn thải", "214", 214, "count", "nguồn thải", subject="nguồn thải được rà soát", period=H1),
    F("xử lý 58 nguồn thải", "58", 58, "count", "nguồn thải",
      subject="nguồn thải xả trực tiếp ra kênh, rạch được xử lý", period=H1),
    F("vét 7.800 m³", "7.800", 7800, "measure", "m³", subject="bùn nạo vét tại rạch Tầm Vu", period=H1),
    F("mới 1,35 km kè", "1,35", 1.35, "measure", "km", subject="kè bờ rạch Khai Luông xây mới", period=H1),
    F("khoảng 12.000 m³", "12.000", 12000, "measure", "m³", approx="about", status="forecast",
      subject="bùn nạo vét thêm tại rạch Cái Khế", period=Q3),
    F("phí 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", status="forecast", subject="kinh phí nạo vét", period=Q3),
]

COMMENTS = [
    "Sở TN&MT Cần Thơ (department site), no dateline: WQI of inner-city rivers and canals, quý I and quý II/2024, one-cell-per-line table.",
    "Distractors: 'Bảng 2', 'NH4+', 'QCVN 08:2023/BTNMT', 'đường 30/4', 'số 2 Lý Thường Kiệt', phone, 'Tổng lượt truy cập: 1.274.906'.",
    "Table: unit from 'Đơn vị tính: điểm'; period from the column headers (scored, as in shared h23/h24); the row labels are waterways,",
    "not administrative places, so they stay in the subject (row + column); location Cần Thơ throughout (a ward is not a location level).",
    "'6 tháng đầu năm' takes 2024 from the title. 'Dự kiến … với kinh phí 9,6 tỷ đồng' -> forecast (same clause). 'Bản tin quan trắc số 02/2024' is an identifier.",
    "'3/5 vị trí' -> total 5; 'vượt … từ 2 đến 4,5 lần' standing alone -> multiple with value_max.",
]

if __name__ == "__main__":
    emit("p593-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")
