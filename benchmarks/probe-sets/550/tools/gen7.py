"""p550-7: department site (Sở Du lịch Ninh Bình), no dateline, one-cell-per-line table by district."""
from lib import F, P, I, CH, T, emit

TEXT = """SỞ DU LỊCH TỈNH NINH BÌNH
Giới thiệu | Tin tức | Thống kê du lịch | Văn bản

Khách đến các khu, điểm du lịch theo địa phương

Năm 2023, Ninh Bình đón 8,7 triệu lượt khách, tăng 58% so với năm 2022; tổng thu từ du lịch đạt 6.820 tỷ đồng. Khu du lịch Tràng An, Tam Cốc - Bích Động và chùa Bái Đính tiếp tục là ba điểm đến thu hút đông khách nhất. Số liệu theo huyện, thành phố như sau:

Bảng: Lượng khách đến các khu, điểm du lịch
Đơn vị tính: nghìn lượt khách

Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Huyện Hoa Lư
3.215
4.870
5.200
Huyện Gia Viễn
1.062
1.540
1.700
Huyện Nho Quan
468,5
712,4
800
TP Ninh Bình
384
526
600
Huyện Kim Sơn
95,2
148,6
180

Dịp Tết Nguyên đán Giáp Thìn 2024 (từ ngày 8/2 đến 14/2/2024), các khu, điểm du lịch trong tỉnh đón 352.000 lượt khách, trong đó Tràng An khoảng 145.000 lượt. Thời gian lưu trú bình quân của khách còn thấp, khoảng 1,4 ngày. Toàn tỉnh hiện có 612 cơ sở lưu trú với 9.850 buồng; công suất buồng bình quân năm 2023 đạt 46,5%.

Tuần Du lịch Ninh Bình 2024 với chủ đề "Sắc vàng Tam Cốc" diễn ra từ ngày 25/5 đến 2/6/2024, gồm 14 hoạt động chính, dự kiến thu hút trên 200.000 lượt khách.

Địa chỉ: số 2 đường Lê Hồng Phong, phường Vân Giang, TP Ninh Bình. Điện thoại: 0229.3884.303
Tổng lượt truy cập: 1.284.556
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
TET = P("từ ngày 8/2 đến 14/2/2024", "2024-02-08", "2024-02-14")
WEEK = P("từ ngày 25/5 đến 2/6/2024", "2024-05-25", "2024-06-02")

SUBJ = "lượng khách đến các khu, điểm du lịch"


def cells(nums, place):
    """Three cells of one table row: (anchor, number, value) for Năm 2022, Năm 2023, Kế hoạch 2024."""
    out = []
    for (anchor, number, value), per in zip(nums, (Y22, Y23, K24)):
        kw = {"status": "target"} if per is K24 else {}
        out.append(F(anchor, number, value, "count", "lượt khách", subject=f"{SUBJ} {per['text'].lower()}",
                     period=per, location=place, **kw))
    return out


FIGS = [
    F("là ba điểm đến", "ba", 3, "count", "điểm đến", optional=True),
    F("đón 8,7 triệu lượt khách", "8,7", 8700000, "count", "lượt khách", change=CH("increase", 58, baseline="năm 2022"),
      subject="lượt khách", period=Y23),
    F("đạt 6.820 tỷ đồng", "6.820", 6820e9, "money", "đồng", subject="tổng thu từ du lịch", period=Y23),
]
FIGS += cells([("Hoa Lư\n3.215", "3.215", 3215000), ("3.215\n4.870", "4.870", 4870000),
                     ("4.870\n5.200", "5.200", 5200000)], "Hoa Lư")
FIGS += cells([("Gia Viễn\n1.062", "1.062", 1062000), ("1.062\n1.540", "1.540", 1540000),
                     ("1.540\n1.700", "1.700", 1700000)], "Gia Viễn")
FIGS += cells([("Nho Quan\n468,5", "468,5", 468500), ("468,5\n712,4", "712,4", 712400),
                     ("712,4\n800", "800", 800000)], "Nho Quan")
FIGS += cells([("Ninh Bình\n384", "384", 384000), ("384\n526", "526", 526000),
                     ("526\n600", "600", 600000)], "Ninh Bình")
FIGS += cells([("Kim Sơn\n95,2", "95,2", 95200), ("95,2\n148,6", "148,6", 148600),
                     ("148,6\n180", "180", 180000)], "Kim Sơn")
FIGS += [
    F("đón 352.000 lượt khách", "352.000", 352000, "count", "lượt khách",
      subject="lượt khách đến các khu, điểm du lịch dịp Tết Nguyên đán Giáp Thìn", period=TET),
    F("khoảng 145.000 lượt", "145.000", 145000, "count", "lượt", approx="about", total=352000,
      subject="lượt khách đến Tràng An dịp Tết Nguyên đán", period=TET),
    F("khoảng 1,4 ngày", "1,4", 1.4, "measure", "ngày", approx="about", subject="thời gian lưu trú bình quân của khách"),
    F("có 612 cơ sở lưu trú", "612", 612, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    F("với 9.850 buồng", "9.850", 9850, "count", "buồng", subject="buồng lưu trú"),
    F("đạt 46,5%", "46,5", 46.5, "percent", "%", subject="công suất buồng bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gồm 14 hoạt động", "14", 14, "count", "hoạt động", subject="hoạt động chính của Tuần Du lịch Ninh Bình 2024",
      period=WEEK),
    F("trên 200.000 lượt khách", "200.000", 200000, "count", "lượt khách", approx="over", status="forecast",
      subject="lượt khách Tuần Du lịch Ninh Bình 2024 thu hút", period=WEEK),
]

COMMENTS = [
    "Sở Du lịch Ninh Bình site, no dateline (published null); visitors 2023, one-cell-per-line table by district (Năm 2022 | Năm 2023 | Kế hoạch 2024),",
    "'Đơn vị tính: nghìn lượt khách' → every cell ×1 000, unit lượt khách; period from the column header (scored, as in h23 / p469-7);",
    "'Kế hoạch 2024' column → status target; district row labels go to location (TP Ninh Bình → Ninh Bình), subject = indicator + column.",
    "Tết 2024 figures: period 8/2-14/2/2024 in the same sentence; 'trong đó Tràng An khoảng 145.000 lượt' → total 352.000 (Tràng An is a site, not a district).",
    "'1,4 ngày' of stay has no period phrase (unscored). 'dự kiến thu hút trên 200.000' → forecast; '14 hoạt động chính' in the same clause before 'dự kiến' is actual.",
    "'ba điểm đến' (the three sites just named) is optional, as 'ba điểm biển' in p550-6.",
    "revised after the first scoring: 'ba điểm đến' had been left out (a number word, FIGURES.md §2); added as optional, consistent with p550-6.",
    "Distractors: 'Tết Nguyên đán Giáp Thìn 2024', 'Tuần Du lịch Ninh Bình 2024', dates, 'số 2 đường Lê Hồng Phong', phone 0229.3884.303, 'Tổng lượt truy cập: 1.284.556'.",
]

if __name__ == "__main__":
    emit("p550-7", TEXT, COMMENTS, FIGS, published=None, location="Ninh Bình")
