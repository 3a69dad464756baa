from lib import write, P

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Cục Thể dục thể thao

Thể thao thành tích cao năm 2023: vượt chỉ tiêu tại SEA Games 32, chuẩn bị lực lượng cho Olympic Paris 2024
Ngày đăng: 28/12/2023 | Người đăng: Phòng Thể thao thành tích cao

Năm 2023, thể thao Việt Nam tham dự 2 đại hội thể thao lớn là SEA Games 32 tại Campuchia và ASIAD 19 tại Hàng Châu (Trung Quốc). Tại SEA Games 32, Đoàn Thể thao Việt Nam giành 136 HCV, 105 HCB, 118 HCĐ, đứng thứ nhất toàn đoàn, vượt chỉ tiêu 110 HCV đề ra. Tại ASIAD 19, đoàn giành 3 HCV, 5 HCB và 19 HCĐ, xếp thứ 21/45 quốc gia và vùng lãnh thổ.

Trong năm, các đội tuyển quốc gia tham dự 186 giải quốc tế, giành 1.083 huy chương, trong đó có 412 HCV; 11 vận động viên đã giành vé chính thức dự Olympic Paris 2024.

Tính đến 30/11/2023, cả nước có 4.562 vận động viên đội tuyển quốc gia và đội tuyển trẻ quốc gia, tăng 6,2% so với cùng kỳ; trong đó khoảng 1.450 vận động viên tập trung tại các Trung tâm Huấn luyện thể thao quốc gia Hà Nội, Đà Nẵng và TP Hồ Chí Minh.

Tổng kinh phí ngân sách trung ương bố trí cho công tác đào tạo, huấn luyện và thi đấu năm 2023 ước khoảng 1.120 tỷ đồng, tăng 11,4% so với năm 2022. Theo Thông tư số 86/2020/TT-BTC, mức chi chế độ dinh dưỡng cho vận động viên đội tuyển quốc gia là 390.000 đồng/người/ngày, đội tuyển trẻ quốc gia 270.000 đồng/người/ngày.

Năm 2024, ngành phấn đấu có từ 14 đến 16 vận động viên giành vé dự Olympic; tỷ lệ kinh phí xã hội hóa đạt trên 30% tổng nguồn lực đầu tư cho thể thao thành tích cao.

Địa chỉ: 36 Trần Phú, Ba Đình, Hà Nội - Điện thoại: 024.3845.6789
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
TN = P("Trong năm", "2023-01-01", "2023-12-31")
T30 = P("Tính đến 30/11/2023", None, "2023-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

F = [
    dict(anchor="tham dự 2 đại hội", number="2", value=2, kind="count", unit="đại hội",
         subject="đại hội thể thao lớn tham dự", period=Y23, optional=True),
    dict(anchor="giành 136 HCV", number="136", value=136, kind="count", unit="HCV",
         target=dict(value=110, unit="HCV", met=True), subject="HCV tại SEA Games 32", period=Y23i),
    dict(anchor="105 HCB", number="105", value=105, kind="count", unit="HCB", subject="HCB tại SEA Games 32", period=Y23i),
    dict(anchor="118 HCĐ", number="118", value=118, kind="count", unit="HCĐ", subject="HCĐ tại SEA Games 32", period=Y23i),
    dict(anchor="đứng thứ nhất", number="nhất", value=1, kind="rank", unit="hạng",
         subject="xếp hạng toàn đoàn tại SEA Games 32", period=Y23i),
    dict(anchor="giành 3 HCV", number="3", value=3, kind="count", unit="HCV", subject="HCV tại ASIAD 19", period=Y23i),
    dict(anchor="HCV, 5 HCB", number="5", value=5, kind="count", unit="HCB", subject="HCB tại ASIAD 19", period=Y23i),
    dict(anchor="19 HCĐ", number="19", value=19, kind="count", unit="HCĐ", subject="HCĐ tại ASIAD 19", period=Y23i),
    dict(anchor="thứ 21/45", number="21", value=21, kind="rank", unit="hạng", total=45,
         subject="xếp hạng tại ASIAD 19", period=Y23i),
    dict(anchor="186 giải", number="186", value=186, kind="count", unit="giải quốc tế",
         subject="giải quốc tế các đội tuyển quốc gia tham dự", period=TN),
    dict(anchor="1.083 huy chương", number="1.083", value=1083, kind="count", unit="huy chương",
         subject="huy chương các đội tuyển quốc gia giành", period=TN),
    dict(anchor="412 HCV", number="412", value=412, kind="count", unit="HCV", total=1083, subject="HCV", period=TN),
    dict(anchor="11 vận động viên", number="11", value=11, kind="count", unit="vận động viên",
         subject="vận động viên giành vé chính thức dự Olympic Paris 2024", period=TN),
    dict(anchor="có 4.562", number="4.562", value=4562, kind="count", unit="vận động viên",
         change=dict(direction="increase", value=6.2, unit="%", baseline="cùng kỳ"),
         subject="vận động viên đội tuyển quốc gia và đội tuyển trẻ quốc gia", period=T30),
    dict(anchor="khoảng 1.450", number="1.450", value=1450, kind="count", unit="vận động viên", approx="about",
         total=4562, subject="vận động viên tập trung tại các Trung tâm Huấn luyện thể thao quốc gia", period=T30),
    dict(anchor="khoảng 1.120 tỷ", number="1.120", value=1120e9, kind="money", unit="đồng", approx="about",
         status="estimate", change=dict(direction="increase", value=11.4, unit="%", baseline="năm 2022"),
         subject="Tổng kinh phí ngân sách trung ương bố trí cho công tác đào tạo, huấn luyện và thi đấu",
         period=P("năm 2023", "2023-01-01", "2023-12-31")),
    dict(anchor="là 390.000", number="390.000", value=390000, kind="money", unit="đồng/người/ngày",
         subject="mức chi chế độ dinh dưỡng cho vận động viên đội tuyển quốc gia",
         period=P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    dict(anchor="270.000", number="270.000", value=270000, kind="money", unit="đồng/người/ngày",
         subject="mức chi chế độ dinh dưỡng cho vận động viên đội tuyển trẻ quốc gia",
         period=P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    dict(anchor="từ 14 đến 16", number="14", value=14, value_max=16, kind="count", unit="vận động viên",
         status="target", subject="vận động viên giành vé dự Olympic", period=Y24),
    dict(anchor="trên 30%", number="30", value=30, kind="percent", unit="%", approx="over", status="target",
         subject="tỷ lệ kinh phí xã hội hóa trong tổng nguồn lực đầu tư cho thể thao thành tích cao", period=Y24),
]

write(5, TEXT, F, [
    "Ministry site (Bộ VHTTDL, Cục Thể dục thể thao): national high-performance sport 2023 (SEA Games 32, ASIAD 19), athletes, budget.",
    "Dateline 'Ngày đăng: 28/12/2023 | Người đăng: ...'. Distractors: 'SEA Games 32', 'ASIAD 19', 'Olympic Paris 2024' (event names),",
    "'Thông tư số 86/2020/TT-BTC', address '36 Trần Phú', phone 024.3845.6789; Hà Nội / Đà Nẵng / TP Hồ Chí Minh in the centres' names",
    "and Campuchia / Hàng Châu as venues are not the figures' place: everything is Việt Nam.",
    "'vượt chỉ tiêu 110 HCV đề ra' in the clause of 136 HCV -> target 110, met true. '2 đại hội' (structure count) optional.",
    "'đứng thứ nhất' is a rank (number word). 'trong đó có 412 HCV' -> total 1.083; 'trong đó khoảng 1.450' -> total 4.562.",
    "'ước khoảng 1.120 tỷ' -> estimate, approx about. The nutrition rates (a regulation) take the paragraph's 2023 as inherited (unscored).",
    "'tỷ lệ ... đạt trên 30%' after 'phấn đấu' is a target percent.",
], published="2023-12-28", location="Việt Nam")
