"""p1412-8: radio/TV site (Đài PT-TH Đắk Lắk, tag (DRT)): fall armyworm on summer-autumn maize, as of 30/6/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐẮK LẮK
Trang chủ | Thời sự | Kinh tế | Video | Phát thanh

Đắk Lắk: Hơn 1.800 ha ngô hè thu bị sâu keo mùa thu gây hại

Cập nhật lúc 17:25, ngày 05/07/2024

(DRT) - Theo Chi cục Trồng trọt và Bảo vệ thực vật Đắk Lắk, tính đến ngày 30/6/2024, sâu keo mùa thu đã gây hại 1.846 ha ngô vụ hè thu, gấp 1,4 lần cùng kỳ năm 2023. Diện tích nhiễm tập trung tại các huyện Ea Kar (524 ha, chiếm 28,4% diện tích nhiễm toàn tỉnh), Krông Pắc (418 ha) và M'Drắk (305 ha). Riêng quý II/2024, diện tích nhiễm mới phát sinh 1.120 ha.

Hiện Đắk Lắk đứng thứ 3 cả nước về diện tích nhiễm sâu keo mùa thu, sau Sơn La và Gia Lai. Mật độ sâu phổ biến 3-6 con/m2; tỷ lệ hại trung bình 15-20%, cá biệt có ruộng ở xã Cư Huê (huyện Ea Kar) gần Quốc lộ 26 bị hại tới 70%.

Ngành nông nghiệp tỉnh đã phối hợp với các địa phương phun trừ 1.650 ha, đạt 89% diện tích nhiễm; cấp miễn phí 1.200 lít thuốc sinh học Bacillus thuringiensis cho hơn 2.300 hộ. Vụ hè thu năm nay toàn tỉnh gieo trồng 98.600 ha ngô, dự kiến năng suất bình quân đạt 55 tạ/ha, sản lượng khoảng 542 nghìn tấn.

Dự kiến trong tháng 7, Sở Nông nghiệp và Phát triển nông thôn tổ chức hai đợt ra quân diệt sâu keo mùa thu tại 15 huyện, thị xã, thành phố. Người dân phát hiện sâu hại có thể liên hệ đường dây nóng 0262.3852.046 để được hướng dẫn.

Video: Nông dân Ea Kar ra quân diệt sâu keo mùa thu (03:25)

Tin cùng chuyên mục:
- Đắk Lắk: Giá cà phê tăng mạnh trong tuần 27
- Krông Pắc nghiệm thu mô hình lúa cải tiến SRI
"""

ASOF = per("tính đến ngày 30/6/2024", None, "2024-06-30")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")
JUL = per("tháng 7", "2024-07-01", "2024-07-31")
LIST = "diện tích nhiễm"

FIGS = [
    fig("Hơn 1.800 ha", "1.800", 1800, "measure", "ha", approx="over",
        subject="diện tích ngô hè thu bị sâu keo mùa thu gây hại"),
    fig("gây hại 1.846 ha", "1.846", 1846, "measure", "ha",
        change=chg("increase", 1.4, "lần", "cùng kỳ năm 2023"),
        subject="diện tích ngô vụ hè thu bị sâu keo mùa thu gây hại", period=ASOF),
    fig("Ea Kar (524 ha", "524", 524, "measure", "ha", percent=28.4, subject=LIST, period=inh(ASOF),
        location="Ea Kar"),
    fig("Krông Pắc (418 ha)", "418", 418, "measure", "ha", subject=LIST, period=inh(ASOF), location="Krông Pắc"),
    fig("M'Drắk (305 ha)", "305", 305, "measure", "ha", subject=LIST, period=inh(ASOF), location="M'Drắk"),
    fig("phát sinh 1.120 ha", "1.120", 1120, "measure", "ha", subject="diện tích nhiễm mới phát sinh", period=Q2),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="diện tích nhiễm sâu keo mùa thu"),
    fig("phổ biến 3-6 con/m2", "3", 3, "measure", "con/m2", value_max=6, subject="mật độ sâu phổ biến"),
    fig("trung bình 15-20%", "15", 15, "percent", "%", value_max=20, subject="tỷ lệ hại trung bình"),
    fig("tới 70%", "70", 70, "percent", "%", subject="tỷ lệ hại cá biệt", location="Ea Kar"),
    fig("phun trừ 1.650 ha", "1.650", 1650, "measure", "ha", percent=89, subject="diện tích phun trừ"),
    fig("1.200 lít", "1.200", 1200, "measure", "lít", subject="thuốc sinh học Bacillus thuringiensis cấp miễn phí"),
    fig("hơn 2.300 hộ", "2.300", 2300, "count", "hộ", approx="over", subject="hộ được cấp thuốc sinh học"),
    fig("gieo trồng 98.600 ha", "98.600", 98600, "measure", "ha",
        subject="diện tích ngô vụ hè thu năm nay toàn tỉnh gieo trồng"),
    fig("đạt 55 tạ/ha", "55", 55, "measure", "tạ/ha", status="forecast", subject="năng suất bình quân"),
    fig("khoảng 542 nghìn tấn", "542", 542000, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng ngô vụ hè thu"),
    fig("hai đợt", "hai", 2, "count", "đợt", status="forecast", subject="đợt ra quân diệt sâu keo mùa thu",
        period=JUL),
    fig("tại 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố", status="forecast",
        subject="huyện, thị xã, thành phố ra quân diệt sâu keo mùa thu", period=JUL),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đắk Lắk): menu, 'Cập nhật lúc 17:25, ngày 05/07/2024', tag '(DRT) -', video with duration, related links.",
    "Distractors: '17:25', 'Quốc lộ 26', hotline 0262.3852.046, video duration '(03:25)', 'tuần 27' in a link title,",
    "'Bacillus thuringiensis', baseline 'cùng kỳ năm 2023'.",
    "'gấp 1,4 lần cùng kỳ năm 2023' after 1.846 ha → change increase 1.4 lần. Headline 'Hơn 1.800 ha' has no period phrase.",
    "District list (524+418+305 = 1.247 ≠ 1.846): no total; 'chiếm 28,4% diện tích nhiễm toàn tỉnh' → percent attribute of 524 ha.",
    "The list's sentence has no period phrase of its own → inherits the as-of date (not scored). 'quý II/2024' = 2024-04-01..2024-06-30.",
    "'Hiện Đắk Lắk đứng thứ 3 cả nước' → rank, location Đắk Lắk, no period ('Hiện').",
    "'bị hại tới 70%' (xã Cư Huê, huyện Ea Kar) → location Ea Kar; 'tới' is emphatic, not a bound: exact.",
    "'đạt 89% diện tích nhiễm' → percent attribute. Season 'Vụ hè thu năm nay' → no period; 'dự kiến' → forecast for 55 tạ/ha and 542 nghìn tấn.",
    "'Dự kiến trong tháng 7 ... hai đợt ... tại 15 huyện, thị xã, thành phố' → forecast, July 2024.",
]

if __name__ == "__main__":
    write("p1412-8", TEXT, NOTES, FIGS, published="2024-07-05", location="Đắk Lắk")
