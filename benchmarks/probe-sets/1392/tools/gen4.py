"""p1392-4: ministry site (Bộ NN&PTNT, Cục Thủy lợi): nước sinh hoạt vùng hạn hán, xâm nhập mặn, national and regional figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức - Sự kiện > Thủy lợi - Phòng chống thiên tai

Bảo đảm nước sinh hoạt cho người dân vùng hạn hán, xâm nhập mặn
27/02/2024 | 14:05 | Cục Thủy lợi

Theo báo cáo của Cục Thủy lợi, tính đến ngày 25/02/2024, cả nước có khoảng 52.000 hộ dân ở 11 tỉnh bị thiếu nước sinh hoạt do hạn hán, xâm nhập mặn, giảm gần 46% so với cùng kỳ năm 2020. Các hộ bị ảnh hưởng tập trung ở Đồng bằng sông Cửu Long (ĐBSCL), nhiều nhất lần lượt là Sóc Trăng (khoảng 14.500 hộ), Bến Tre (12.800 hộ) và Cà Mau (9.600 hộ); khu vực Nam Trung Bộ có Ninh Thuận với 3.200 hộ.

Năm 2023, các địa phương đã hỗ trợ người dân hơn 85.000 dụng cụ trữ nước (lu, bồn, túi trữ nước) và 6.200 máy lọc nước quy mô hộ gia đình, tổng kinh phí khoảng 312 tỷ đồng, tăng 1,4 lần so với năm 2022. Riêng vùng ĐBSCL chiếm 72% số dụng cụ trữ nước được hỗ trợ.

Ngày 20/02/2024, Bộ đã ban hành Công văn số 1152/BNN-TL đề nghị các địa phương chủ động tích trữ nước mưa trong hồ, ao, kênh nội đồng, với mục tiêu bảo đảm tối thiểu 40 lít/người/ngày cho ăn uống, sinh hoạt ở những nơi khó khăn nhất.

Theo Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn, mục tiêu đến năm 2025 có 65% dân số nông thôn sử dụng nước sạch đạt quy chuẩn, đến năm 2030 đạt 80%. Hiện tỷ lệ này mới đạt 57%, riêng vùng ĐBSCL là 61,4%.

Dự báo từ nay đến tháng 5/2024, mặn tiếp tục xâm nhập sâu 50-65 km trên các sông chính ở ĐBSCL; số hộ thiếu nước sinh hoạt trên cả nước có thể tăng lên khoảng 70.000 hộ nếu không có mưa trái mùa.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3733.5703
"""

ASOF = per("tính đến ngày 25/02/2024", None, "2024-02-25")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
FC = per("từ nay đến tháng 5/2024", "2024-02-27", "2024-05-31")
DB = "Đồng bằng sông Cửu Long"
SUB = "hộ bị ảnh hưởng thiếu nước sinh hoạt"
RATE = "tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn"

FIGS = [
    fig("khoảng 52.000 hộ", "52.000", 52000, "count", "hộ", approx="about",
        change=chg("decrease", 46, "%", "cùng kỳ năm 2020", approx="nearly"),
        subject="hộ dân bị thiếu nước sinh hoạt do hạn hán, xâm nhập mặn", period=ASOF),
    fig("ở 11 tỉnh", "11", 11, "count", "tỉnh", subject="tỉnh có hộ dân bị thiếu nước sinh hoạt", period=ASOF),
    fig("khoảng 14.500 hộ", "14.500", 14500, "count", "hộ", approx="about", subject=SUB,
        period=inh(ASOF), location="Sóc Trăng"),
    fig("(12.800 hộ)", "12.800", 12800, "count", "hộ", subject=SUB, period=inh(ASOF), location="Bến Tre"),
    fig("(9.600 hộ)", "9.600", 9600, "count", "hộ", subject=SUB, period=inh(ASOF), location="Cà Mau"),
    fig("với 3.200 hộ", "3.200", 3200, "count", "hộ", subject=SUB, period=inh(ASOF), location="Ninh Thuận"),
    fig("hơn 85.000 dụng cụ", "85.000", 85000, "count", "dụng cụ trữ nước", approx="over",
        subject="dụng cụ trữ nước hỗ trợ người dân", period=Y23),
    fig("6.200 máy lọc", "6.200", 6200, "count", "máy lọc nước",
        subject="máy lọc nước quy mô hộ gia đình hỗ trợ người dân", period=Y23),
    fig("khoảng 312 tỷ", "312", 312e9, "money", "đồng", approx="about",
        change=chg("increase", 1.4, "lần", "năm 2022"), subject="tổng kinh phí hỗ trợ", period=Y23),
    fig("chiếm 72%", "72", 72, "percent", "%", subject="số dụng cụ trữ nước được hỗ trợ",
        period=inh(Y23), location=DB),
    fig("tối thiểu 40", "40", 40, "measure", "lít/người/ngày", approx="at_least", status="target",
        subject="lượng nước cho ăn uống, sinh hoạt ở những nơi khó khăn nhất"),
    fig("có 65% dân số", "65", 65, "percent", "%", status="target", subject=RATE, period=T25),
    fig("đạt 80%", "80", 80, "percent", "%", status="target", subject=RATE, period=T30),
    fig("mới đạt 57%", "57", 57, "percent", "%", subject=RATE),
    fig("là 61,4%", "61,4", 61.4, "percent", "%", subject=RATE, location=DB),
    fig("sâu 50-65 km", "50", 50, "measure", "km", value_max=65, status="forecast",
        subject="mặn xâm nhập sâu trên các sông chính", period=FC, location=DB),
    fig("khoảng 70.000 hộ", "70.000", 70000, "count", "hộ", approx="about", status="forecast",
        subject="hộ thiếu nước sinh hoạt", period=FC),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '27/02/2024 | 14:05 | Cục Thủy lợi' under the headline, address footer.",
    "Distractors: 14:05, 'Ngày 20/02/2024', Công văn số 1152/BNN-TL, 'Số 2 Ngọc Hà', phone 024.3733.5703, baseline years.",
    "National figures → Việt Nam (default). Regional figures for 'vùng ĐBSCL' → location 'Đồng bằng sông Cửu Long' (a region: the spec",
    "names no rule for regions; the place the figure describes is the region, not the country). Provinces in the 'lần lượt là' list → location.",
    "The list items add up to less than 52.000 and follow no part-of cue: no total. 'giảm gần 46%' → change with approx nearly.",
    "'tăng 1,4 lần so với năm 2022' → change in lần. 'Riêng vùng ĐBSCL chiếm 72%' has no amount before it: a percent figure.",
    "'mục tiêu bảo đảm tối thiểu 40 lít/người/ngày' → target, at_least; the document date 'Ngày 20/02/2024' is not its period.",
    "'Hiện tỷ lệ này' gives no period. 'từ nay đến tháng 5/2024' → from the dateline (2024-02-27) to 2024-05-31, forecast.",
]

if __name__ == "__main__":
    write("p1392-4", TEXT, NOTES, FIGS, published="2024-02-27", location="Việt Nam")
