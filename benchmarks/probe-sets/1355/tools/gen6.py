"""p1355-6: national newspaper: rain and floods after typhoon Yagi measured by automatic stations, Sept 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự > Thời tiết

Thứ hai, 9/9/2024, 06:15 (GMT+7)

Mưa lũ sau bão Yagi: nhiều trạm đo trên 400 mm

Trong 48 giờ qua, mưa lớn trên diện rộng ở vùng núi phía Bắc khiến nhiều sông lên nhanh; mạng lưới trạm đo mưa tự động ghi nhận lượng mưa kỷ lục ở một số nơi.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, từ 19h ngày 7/9 đến 19h ngày 8/9, khu vực Việt Bắc và Tây Bắc có mưa 150-250 mm, một số nơi mưa rất to như trạm Ngòi Hút (Yên Bái) 426 mm, Bản Lầu (Lào Cai) 398 mm, Tân Lập (Phú Thọ) 371 mm.

Đáng chú ý, lượng mưa 24 giờ tại trạm Ngòi Hút cao gấp 1,5 lần kỷ lục năm 2008. Cường độ mưa cực đại đạt 97 mm/giờ, ghi nhận tại trạm Bản Lầu lúc rạng sáng 8/9.

Ông Nguyễn Văn Hưởng, Trưởng phòng Dự báo thời tiết, cho biết cả nước hiện có khoảng 2.600 trạm đo mưa tự động, trong đó gần 1.000 trạm ở các tỉnh miền núi phía Bắc; số liệu được cập nhật 10 phút một lần nên tin cảnh báo lũ quét có thể phát trước 3-6 giờ.

Trong hai ngày 7-8/9, Trung tâm đã phát 126 tin cảnh báo lũ quét, sạt lở đất cho 18 tỉnh. Mực nước sông Thao tại trạm Yên Bái lúc 4h ngày 9/9 đạt 34,72 m, vượt mức lũ lịch sử năm 1968 là 0,52 m.

Theo dự báo, trong ngày 9/9 mưa giảm dần nhưng lũ trên sông Thao, sông Lô tiếp tục lên, có khả năng vượt báo động 3 từ 0,3 đến 0,5 m.

Gia Chính
"""

EV = per("từ 19h ngày 7/9 đến 19h ngày 8/9", "2024-09-07", "2024-09-08")
D8 = per("rạng sáng 8/9", "2024-09-08", "2024-09-08")
D78 = per("Trong hai ngày 7-8/9", "2024-09-07", "2024-09-08")
D9 = per("lúc 4h ngày 9/9", "2024-09-09", "2024-09-09")
D9F = per("trong ngày 9/9", "2024-09-09", "2024-09-09")

FIGS = [
    fig("trạm đo trên 400 mm", "400", 400, "measure", "mm", approx="over", subject="lượng mưa"),
    fig("mưa 150-250 mm", "150", 150, "measure", "mm", value_max=250,
        subject="lượng mưa khu vực Việt Bắc và Tây Bắc", period=EV),
    fig("(Yên Bái) 426 mm", "426", 426, "measure", "mm", subject="lượng mưa", period=EV, location="Yên Bái"),
    fig("(Lào Cai) 398 mm", "398", 398, "measure", "mm", subject="lượng mưa", period=EV, location="Lào Cai"),
    fig("(Phú Thọ) 371 mm", "371", 371, "measure", "mm", subject="lượng mưa", period=EV, location="Phú Thọ"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="lượng mưa 24 giờ tại trạm Ngòi Hút so với kỷ lục năm 2008",
        period=inh(EV), location="Yên Bái"),
    fig("đạt 97 mm/giờ", "97", 97, "measure", "mm/giờ", subject="cường độ mưa cực đại", period=D8,
        location="Lào Cai"),
    fig("khoảng 2.600 trạm", "2.600", 2600, "count", "trạm", approx="about", subject="trạm đo mưa tự động"),
    fig("gần 1.000 trạm", "1.000", 1000, "count", "trạm", approx="nearly", total=2600,
        subject="trạm đo mưa tự động ở các tỉnh miền núi phía Bắc"),
    fig("10 phút một lần", "10", 10, "measure", "phút/lần", subject="tần suất cập nhật số liệu"),
    fig("trước 3-6 giờ", "3", 3, "measure", "giờ", value_max=6, subject="thời gian phát tin cảnh báo lũ quét trước"),
    fig("phát 126 tin", "126", 126, "count", "tin cảnh báo", subject="tin cảnh báo lũ quét, sạt lở đất Trung tâm phát",
        period=D78),
    fig("cho 18 tỉnh", "18", 18, "count", "tỉnh", subject="tỉnh được phát tin cảnh báo", period=D78),
    fig("đạt 34,72 m", "34,72", 34.72, "measure", "m", change=chg("increase", 0.52, "m", "mức lũ lịch sử năm 1968"),
        subject="mực nước sông Thao tại trạm Yên Bái", period=D9, location="Yên Bái"),
    fig("từ 0,3 đến 0,5 m", "0,3", 0.3, "measure", "m", value_max=0.5, status="forecast",
        subject="mức lũ trên sông Thao, sông Lô vượt báo động 3", period=D9F),
]

NOTES = [
    "National newspaper: 'Thứ hai, 9/9/2024, 06:15 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', 06:15, 'Trong 48 giờ qua', 'lượng mưa 24 giờ', '19h', '4h', 'kỷ lục năm 2008', 'năm 1968',",
    "'hai ngày 7-8/9' (the number word locates the period), 'báo động 3', 'bão Yagi'.",
    "Article default Việt Nam (national centre, regions spanning provinces). Station list items carry their province in",
    "brackets → location of each item (an item that is a province is its location). Ngòi Hút / Bản Lầu figures later in the",
    "article keep those provinces. 'trạm Yên Bái' is the hydrological station in the city of Yên Bái → Yên Bái.",
    "Periods: year from the dateline (2024). 'từ 19h ngày 7/9 đến 19h ngày 8/9' → 2024-09-07..2024-09-08. Single days → start = end.",
    "'cao gấp 1,5 lần kỷ lục năm 2008' has no base amount in its sentence: a multiple standing as the claim.",
    "'khoảng 2.600 …, trong đó gần 1.000' → total. '10 phút một lần' → unit phút/lần. 'trước 3-6 giờ' → lead time (measure).",
    "'vượt mức lũ lịch sử năm 1968 là 0,52 m' → change of 34,72 m. 'có khả năng vượt báo động 3 từ 0,3 đến 0,5 m' after",
    "'Theo dự báo' → a forecast measure on its own (no base level stated), period 9/9.",
]

if __name__ == "__main__":
    write("p1355-6", TEXT, NOTES, FIGS, published="2024-09-09", location="Việt Nam")
