"""p1355-1: province portal (Quảng Bình): heavy rain 27-28/10/2024 measured by automatic rain gauges, water levels."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Quảng Bình
Trang chủ > Tin tức - Sự kiện > Phòng chống thiên tai

Mưa lớn diện rộng, có nơi trên 400 mm

Cập nhật: 28/10/2024 16:45 | Lượt xem: 1.986

Theo Đài Khí tượng Thủy văn tỉnh, từ 19 giờ ngày 27/10 đến 13 giờ ngày 28/10/2024, trên địa bàn tỉnh có mưa to đến rất to, lượng mưa phổ biến từ 150 đến 250 mm. Một số trạm đo mưa tự động ghi nhận lượng mưa lớn: Kiến Giang 428 mm, Trường Sơn 391 mm, Tân Mỹ 367 mm. Cường độ mưa lớn nhất đo được tại trạm Kiến Giang là 86 mm/giờ.

Lúc 13 giờ ngày 28/10, mực nước sông Kiến Giang tại trạm Lệ Thủy đạt 3,12 m, cao hơn mức báo động 3 là 0,42 m; mực nước sông Gianh tại trạm Mai Hóa là 5,86 m, thấp hơn mức báo động 2 là 0,14 m.

Hiện toàn tỉnh có 173 trạm quan trắc tự động, gồm 128 trạm đo mưa, 27 trạm đo mực nước và 18 trạm khí tượng. Số liệu được truyền về Trung tâm điều hành 10 phút/lần; tỷ lệ truyền số liệu thành công trong đợt mưa đạt 97,8%. Riêng năm trạm tại huyện Minh Hóa bị mất tín hiệu do mất điện kéo dài.

Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh đã sơ tán 1.245 hộ với hơn 4.300 nhân khẩu ở vùng trũng thấp; hơn 2.600 ngôi nhà bị ngập sâu từ 0,5 đến 1,2 m. Cấp độ rủi ro thiên tai do mưa lớn được xác định ở cấp 2.

Dự báo trong 24 giờ tới, mưa giảm dần, tổng lượng mưa phổ biến 30-60 mm; lũ trên các sông xuống chậm.

Tin liên quan:
- Quảng Bình: Triển khai phương án ứng phó bão số 6
- Lệ Thủy: Chủ động ứng phó lũ trên sông Kiến Giang
"""

EV = per("từ 19 giờ ngày 27/10 đến 13 giờ ngày 28/10/2024", "2024-10-27", "2024-10-28")
D28 = per("Lúc 13 giờ ngày 28/10", "2024-10-28", "2024-10-28")

FIGS = [
    fig("có nơi trên 400 mm", "400", 400, "measure", "mm", approx="over", subject="lượng mưa"),
    fig("từ 150 đến 250 mm", "150", 150, "measure", "mm", value_max=250,
        subject="lượng mưa phổ biến", period=EV),
    fig("Kiến Giang 428 mm", "428", 428, "measure", "mm",
        subject="lượng mưa trạm đo mưa tự động ghi nhận", period=inh(EV)),
    fig("Trường Sơn 391 mm", "391", 391, "measure", "mm",
        subject="lượng mưa trạm đo mưa tự động ghi nhận", period=inh(EV)),
    fig("Tân Mỹ 367 mm", "367", 367, "measure", "mm",
        subject="lượng mưa trạm đo mưa tự động ghi nhận", period=inh(EV)),
    fig("là 86 mm/giờ", "86", 86, "measure", "mm/giờ",
        subject="cường độ mưa lớn nhất tại trạm Kiến Giang", period=inh(EV)),
    fig("đạt 3,12 m", "3,12", 3.12, "measure", "m",
        change=chg("increase", 0.42, "m", "mức báo động 3"),
        subject="mực nước sông Kiến Giang tại trạm Lệ Thủy", period=D28, location="Lệ Thủy"),
    fig("là 5,86 m", "5,86", 5.86, "measure", "m",
        change=chg("decrease", 0.14, "m", "mức báo động 2"),
        subject="mực nước sông Gianh tại trạm Mai Hóa", period=D28),
    fig("có 173 trạm", "173", 173, "count", "trạm", subject="trạm quan trắc tự động"),
    fig("gồm 128 trạm", "128", 128, "count", "trạm", total=173, subject="trạm đo mưa"),
    fig("27 trạm đo mực nước", "27", 27, "count", "trạm", total=173, subject="trạm đo mực nước"),
    fig("18 trạm khí tượng", "18", 18, "count", "trạm", total=173, subject="trạm khí tượng"),
    fig("10 phút/lần", "10", 10, "measure", "phút/lần", subject="tần suất truyền số liệu về Trung tâm điều hành"),
    fig("đạt 97,8%", "97,8", 97.8, "percent", "%", subject="tỷ lệ truyền số liệu thành công trong đợt mưa",
        period=inh(EV)),
    fig("năm trạm tại", "năm", 5, "count", "trạm", subject="trạm bị mất tín hiệu", location="Minh Hóa"),
    fig("sơ tán 1.245 hộ", "1.245", 1245, "count", "hộ", subject="hộ ở vùng trũng thấp được sơ tán"),
    fig("hơn 4.300 nhân khẩu", "4.300", 4300, "count", "nhân khẩu", approx="over",
        subject="nhân khẩu ở vùng trũng thấp được sơ tán"),
    fig("hơn 2.600 ngôi nhà", "2.600", 2600, "count", "ngôi nhà", approx="over", subject="ngôi nhà bị ngập sâu"),
    fig("từ 0,5 đến 1,2 m", "0,5", 0.5, "measure", "m", value_max=1.2, subject="mức ngập của nhà"),
    fig("phổ biến 30-60 mm", "30", 30, "measure", "mm", value_max=60, status="forecast",
        subject="tổng lượng mưa phổ biến trong 24 giờ tới"),
]

NOTES = [
    "Province portal (Quảng Bình): breadcrumb, headline figure, 'Cập nhật: 28/10/2024 16:45 | Lượt xem: 1.986', related links.",
    "Distractors: 16:45, Lượt xem 1.986, times '19 giờ', '13 giờ' (twice), 'mức báo động 3/2' (alarm levels), 'cấp 2' (risk level),",
    "'24 giờ tới' (a duration that locates the forecast), 'bão số 6' in a link.",
    "Event period 'từ 19 giờ ngày 27/10 đến 13 giờ ngày 28/10/2024' → 2024-10-27..2024-10-28; the station list, the intensity and",
    "the transmission rate 'trong đợt mưa' inherit it. 'Lúc 13 giờ ngày 28/10' is read as that day (start = end = 2024-10-28).",
    "'cao hơn mức báo động 3 là 0,42 m' / 'thấp hơn mức báo động 2 là 0,14 m' are changes of the water level against the alarm level.",
    "Station list 'Kiến Giang 428 mm, …': stations are not provinces or districts, so the location stays Quảng Bình and the subject is",
    "the list's indicator. 'trạm Lệ Thủy' is named after the district it stands in → location Lệ Thủy; 'trạm Mai Hóa' (a commune) stays Quảng Bình.",
    "'năm trạm' is the number word năm = 5, in huyện Minh Hóa. 'gồm 128 …, 27 …, 18 …' add up to 173 → total.",
    "'Dự báo … 30-60 mm' → forecast; the relative '24 giờ tới' gives no dated period.",
]

if __name__ == "__main__":
    write("p1355-1", TEXT, NOTES, FIGS, published="2024-10-28", location="Quảng Bình")
