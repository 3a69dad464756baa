from lib import build, P, C, T

TEXT = """
ĐÀI KTTV TỈNH HÀ GIANG
Số: 112/BC-ĐKTTV
Hà Giang, ngày 08 tháng 7 năm 2024

BÁO CÁO
Tình hình khí tượng thủy văn 6 tháng đầu năm và dự báo 6 tháng cuối năm 2024

I. TÌNH HÌNH 6 THÁNG ĐẦU NĂM 2024
1. Khí tượng
Trong 6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 7 đợt không khí lạnh, 12 đợt mưa lớn diện rộng và 4 đợt nắng nóng; mưa đá xảy ra tại 9/11 huyện, thành phố. Riêng tháng 6, lượng mưa tại Bắc Quang gấp 1,6 lần TBNC.

Bảng 1. Một số yếu tố khí tượng tại các trạm
Trạm | Nhiệt độ TB (°C) | Chênh lệch so với TBNC (°C) | Lượng mưa (mm) | So với TBNC (%) | Giờ nắng (giờ)
Hà Giang | 21,8 | 0,9 | 1.215,4 | 104 | 642
Bắc Mê | 22,3 | 1,1 | 987,6 | 93 | 701
Hoàng Su Phì | 19,4 | 0,7 | 1.436,2 | 112 | 588
Bắc Quang | 22,6 | -0,3 | 2.358,9 | 97 | 514

2. Thủy văn
Đỉnh lũ lớn nhất trên sông Lô tại trạm Hà Giang đạt 99,15 m, thấp hơn mức báo động 1 là 0,85 m. Tổng lượng dòng chảy 6 tháng đầu năm đạt khoảng 1,35 tỷ m3, thấp hơn cùng kỳ năm 2023 khoảng 8%.

3. Thiệt hại: mưa lớn, lốc, sét, mưa đá làm 3 người chết, 5 người bị thương, 1.126 nhà bị hư hỏng; ước thiệt hại khoảng 46,8 tỷ đồng.

4. Chất lượng dự báo: tỷ lệ bản tin dự báo đạt yêu cầu là 87,5%, vượt chỉ tiêu được giao (80%).

II. DỰ BÁO 6 THÁNG CUỐI NĂM 2024
Dự báo nhiệt độ trung bình các tháng cao hơn TBNC từ 0,5 đến 1,0°C. Tổng lượng mưa 6 tháng cuối năm dự kiến phổ biến 900-1.300 mm, riêng Bắc Quang 2.000-2.500 mm. Trên sông Lô có khả năng xuất hiện 3-5 trận lũ, đỉnh lũ năm tại Hà Giang ở mức trên báo động 2.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, DBPV.
KT. GIÁM ĐỐC
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
H2i = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    dict(anchor="xảy ra 7 đợt", number="7", value=7, kind="count", unit="đợt không khí lạnh",
         subject="đợt không khí lạnh", period=H1),
    dict(anchor="12 đợt mưa lớn", number="12", value=12, kind="count", unit="đợt mưa lớn diện rộng",
         subject="đợt mưa lớn diện rộng", period=H1),
    dict(anchor="4 đợt nắng nóng", number="4", value=4, kind="count", unit="đợt nắng nóng",
         subject="đợt nắng nóng", period=H1),
    dict(anchor="tại 9/11 huyện", number="9", value=9, kind="count", unit="huyện, thành phố", total=11,
         subject="huyện, thành phố xảy ra mưa đá", period=H1),
    dict(anchor="gấp 1,6 lần", number="1,6", value=1.6, kind="multiple", unit="lần",
         subject="lượng mưa so với TBNC", period=P("tháng 6", "2024-06-01", "2024-06-30"), location="Bắc Quang"),
]

ROWS = [
    ("Hà Giang", ["21,8", "0,9", "1.215,4", "104", "642"]),
    ("Bắc Mê", ["22,3", "1,1", "987,6", "93", "701"]),
    ("Hoàng Su Phì", ["19,4", "0,7", "1.436,2", "112", "588"]),
    ("Bắc Quang", ["22,6", "-0,3", "2.358,9", "97", "514"]),
]
COLS = [("nhiệt độ trung bình", "measure", "°C"), ("chênh lệch nhiệt độ so với TBNC", "measure", "°C"),
        ("lượng mưa", "measure", "mm"), ("lượng mưa so với TBNC", "percent", "%"), ("giờ nắng", "measure", "giờ")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for place, cells in ROWS:
    for j, cell in enumerate(cells):
        anchor = place + " | " + " | ".join(cells[: j + 1])
        subj, kind, unit = COLS[j]
        v = num(cell)
        FIGS.append(dict(anchor=anchor, number=cell, value=int(v) if v.is_integer() else v, kind=kind, unit=unit,
                         subject=subj, period=H1i, location=place))

FIGS += [
    dict(anchor="đạt 99,15 m", number="99,15", value=99.15, kind="measure", unit="m",
         change=C("decrease", 0.85, "m", "mức báo động 1"),
         subject="đỉnh lũ lớn nhất trên sông Lô tại trạm Hà Giang", period=H1i),
    dict(anchor="khoảng 1,35 tỷ m3", number="1,35", value=1350000000, kind="measure", unit="m3", approx="about",
         change=C("decrease", 8, "%", "cùng kỳ năm 2023", "about"),
         subject="tổng lượng dòng chảy", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    dict(anchor="làm 3 người chết", number="3", value=3, kind="count", unit="người",
         subject="người chết do thiên tai", period=H1i),
    dict(anchor="5 người bị thương", number="5", value=5, kind="count", unit="người",
         subject="người bị thương", period=H1i),
    dict(anchor="1.126 nhà", number="1.126", value=1126, kind="count", unit="nhà",
         subject="nhà bị hư hỏng", period=H1i),
    dict(anchor="khoảng 46,8 tỷ đồng", number="46,8", value=46800000000, kind="money", unit="đồng", approx="about",
         status="estimate", subject="thiệt hại", period=H1i),
    dict(anchor="là 87,5%", number="87,5", value=87.5, kind="percent", unit="%", target=T(80, "%", True),
         subject="tỷ lệ bản tin dự báo đạt yêu cầu", period=H1i),
    dict(anchor="từ 0,5 đến 1,0°C", number="0,5", value=0.5, value_max=1.0, kind="measure", unit="°C",
         status="forecast", subject="nhiệt độ trung bình các tháng cao hơn TBNC", period=H2i),
    dict(anchor="biến 900-1.300 mm", number="900", value=900, value_max=1300, kind="measure", unit="mm",
         status="forecast", subject="tổng lượng mưa", period=H2),
    dict(anchor="Bắc Quang 2.000-2.500 mm", number="2.000", value=2000, value_max=2500, kind="measure", unit="mm",
         status="forecast", subject="tổng lượng mưa", period=H2, location="Bắc Quang"),
    dict(anchor="xuất hiện 3-5 trận lũ", number="3", value=3, value_max=5, kind="count", unit="trận lũ",
         status="forecast", subject="trận lũ trên sông Lô", period=H2i),
]

COMMENTS = [
    "Formal report of Đài KTTV tỉnh Hà Giang, letterhead 'Số: 112/BC-ĐKTTV', place-and-date line 'Hà Giang, ngày 08 tháng 7 năm 2024'.",
    "Flattened '|' table (Bảng 1): every numeric cell is a figure; station names (Hà Giang city, districts) go to location; subject = column;",
    "unit from the column header '(°C)', '(mm)', '(%)', '(giờ)'; period from the section heading '6 tháng đầu năm 2024' (inherited).",
    "'-0,3' in the anomaly column is negative (-0.3). 'gấp 1,6 lần TBNC' standing alone is a multiple. '9/11 huyện' has total 11.",
    "'vượt chỉ tiêu được giao (80%)': target 80, met. 'thấp hơn mức báo động 1 là 0,85 m' is a change with baseline the alarm level.",
    "Distractors: 'Số: 112/BC-ĐKTTV', section numbers I./II./1.-4., 'Bảng 1', 'báo động 1', 'báo động 2', 'Lưu: VT, DBPV'.",
    "Section II figures are forecasts (heading 'DỰ BÁO'); 'cao hơn TBNC từ 0,5 đến 1,0°C' without a base amount is a measure of its own.",
]

build("p443-4", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Hà Giang")
