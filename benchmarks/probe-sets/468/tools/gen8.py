from lib import F, P, emit

TEXT = """Bình Định tăng tốc các dự án chống sạt lở bờ biển

(BĐ) - Bờ biển Bình Định dài 134 km với 11 cửa sông, cửa lạch. Theo Sở NN&PTNT, giai đoạn 2021-2025, toàn tỉnh đã xảy ra sạt lở tại 27 vị trí ven biển với tổng chiều dài khoảng 24 km, trong đó 9 vị trí sạt lở nghiêm trọng dài 8,6 km, đe dọa trực tiếp hơn 1.700 hộ dân.

Tổng nhu cầu vốn để xử lý các điểm sạt lở trong giai đoạn này khoảng 1,2 nghìn tỷ đồng, nhưng tỉnh mới bố trí được 612 tỷ đồng, bằng 51% nhu cầu. Năm 2024, kế hoạch vốn giao cho 3 dự án kè trọng điểm là 250,5 tỷ đồng; 6 tháng đầu năm giải ngân được 126,1 tỷ đồng, thấp hơn 8,5% so với cùng kỳ. Cụ thể:

Kết quả giải ngân các dự án kè 6 tháng đầu năm 2024
Dự án\tKế hoạch vốn (tỷ đồng)\tGiải ngân (tỷ đồng)\tTỷ lệ (%)
Kè chống sạt lở bờ biển Tam Quan (thị xã Hoài Nhơn)\t120\t64,8\t54,0
Kè bờ biển Nhơn Lý, đoạn Km0+850 - Km3+200 (TP Quy Nhơn)\t85\t31,2\t36,7
Kè sông Lại Giang (huyện Hoài Ân)\t45,5\t30,1\t66,2
Cộng\t250,5\t126,1\t50,3

Dự án kè Tam Quan hiện đạt tiến độ tốt nhất, đã hoàn thành 1,4/2,2 km thân kè. Riêng dự án kè Nhơn Lý bị chậm do vướng giải phóng mặt bằng 17 hộ dân, ảnh hưởng từ bão số 9 và mùa biển động.

Theo kế hoạch, đến năm 2025 tỉnh phấn đấu hoàn thành thêm 12,5 km kè biển, nâng tỷ lệ bờ biển xung yếu được bảo vệ lên 65%. Bình Định hiện đứng thứ 3 khu vực Nam Trung Bộ về chiều dài kè biển đã đầu tư, sau Khánh Hòa và Quảng Ngãi.

Ông Nguyễn Tự Công Hoàng, Phó Chủ tịch UBND tỉnh, yêu cầu các chủ đầu tư tập trung nhân lực, máy móc, phấn đấu giải ngân 100% kế hoạch vốn năm 2024 trước ngày 31/1/2025.

HOÀI THU
"""

PG = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
PGi = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True)
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
P24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
P6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
P6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
P25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("dài 134 km", "134", 134, "measure", "km", "chiều dài bờ biển"),
    F("với 11 cửa sông", "11", 11, "count", "cửa sông, cửa lạch", "cửa sông, cửa lạch"),
    F("tại 27 vị trí", "27", 27, "count", "vị trí", "vị trí ven biển xảy ra sạt lở", period=PG),
    F("khoảng 24 km", "24", 24, "measure", "km", "tổng chiều dài sạt lở", approx="about", period=PG),
    F("trong đó 9 vị trí", "9", 9, "count", "vị trí", "vị trí sạt lở nghiêm trọng", total=27, period=PG),
    F("dài 8,6 km", "8,6", 8.6, "measure", "km", "chiều dài vị trí sạt lở nghiêm trọng", total=24, period=PG),
    F("hơn 1.700 hộ", "1.700", 1700, "count", "hộ dân", "hộ dân bị đe dọa trực tiếp", approx="over", period=PG),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1.2e12, "money", "đồng", "Tổng nhu cầu vốn để xử lý các điểm sạt lở", approx="about", period=PGi),
    F("được 612 tỷ đồng", "612", 612e9, "money", "đồng", "vốn tỉnh bố trí", percent=51, period=PGi),
    F("cho 3 dự án", "3", 3, "count", "dự án kè", "dự án kè trọng điểm", period=P24),
    F("là 250,5 tỷ đồng", "250,5", 250.5e9, "money", "đồng", "kế hoạch vốn giao cho dự án kè trọng điểm", status="target", period=P24),
    F("được 126,1 tỷ đồng", "126,1", 126.1e9, "money", "đồng", "vốn giải ngân",
      change={"direction": "decrease", "value": 8.5, "unit": "%", "baseline": "cùng kỳ"}, period=P6),
]
rows = [("Kè chống sạt lở bờ biển Tam Quan (thị xã Hoài Nhơn)", "Kè chống sạt lở bờ biển Tam Quan", "Hoài Nhơn", ["120", "64,8", "54,0"]),
        ("Kè bờ biển Nhơn Lý, đoạn Km0+850 - Km3+200 (TP Quy Nhơn)", "Kè bờ biển Nhơn Lý", "Quy Nhơn", ["85", "31,2", "36,7"]),
        ("Kè sông Lại Giang (huyện Hoài Ân)", "Kè sông Lại Giang", "Hoài Ân", ["45,5", "30,1", "66,2"]),
        ("Cộng", "Cộng", None, ["250,5", "126,1", "50,3"])]
for label, short, loc, (a, b, c) in rows:
    va, vb, vc = (float(x.replace(",", ".")) for x in (a, b, c))
    kw = {"location": loc} if loc else {}
    FIGS.append(F(f"{label}\t{a}\t", a, va * 1e9, "money", "đồng", f"Kế hoạch vốn {short}", status="target", period=P24i, **kw))
    FIGS.append(F(f"\t{a}\t{b}\t", b, vb * 1e9, "money", "đồng", f"Giải ngân {short}", period=P6i, **kw))
    FIGS.append(F(f"\t{b}\t{c}\n", c, vc, "percent", "%", f"Tỷ lệ giải ngân {short}", period=P6i, **kw))

FIGS += [
    F("hoàn thành 1,4/2,2 km", "1,4", 1.4, "measure", "km", "thân kè Tam Quan đã hoàn thành", total=2.2, location="Hoài Nhơn"),
    F("mặt bằng 17 hộ", "17", 17, "count", "hộ dân", "hộ dân vướng giải phóng mặt bằng dự án kè Nhơn Lý", location="Quy Nhơn"),
    F("thêm 12,5 km", "12,5", 12.5, "measure", "km", "kè biển hoàn thành thêm", status="target", period=P25),
    F("lên 65%", "65", 65, "percent", "%", "tỷ lệ bờ biển xung yếu được bảo vệ", status="target", period=P25),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "chiều dài kè biển đã đầu tư khu vực Nam Trung Bộ"),
    F("giải ngân 100% kế hoạch", "100", 100, "percent", "%", "giải ngân kế hoạch vốn năm 2024", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Party newspaper (Báo Bình Định, tag '(BĐ)'), no dateline at all: coastal erosion 2021-2025, capital plan 2024, tab-separated table.",
    "9 vị trí part of 27 vị trí, 8,6 km part of 24 km (trong đó; each to the whole counting the same thing). '1,2 nghìn tỷ' = 1,2·10¹².",
    "'6 tháng đầu năm' takes 2024 from 'Năm 2024' just before. 'thấp hơn 8,5% so với cùng kỳ' change of 126,1 tỷ.",
    "Table (tabs): columns 'Kế hoạch vốn (tỷ đồng)' (status target, period năm 2024 from the text, inherited), 'Giải ngân (tỷ đồng)',",
    "'Tỷ lệ (%)' (period from the table title, inherited). Row labels carry the place in brackets: location = that district/city;",
    "subject = column label + project. 'Cộng' row = province. No totals for table cells. 'Km0+850 - Km3+200' chainage is a distractor.",
    "'1,4/2,2 km' total 2,2. 'bão số 9' storm name. 'phấn đấu … đến năm 2025' targets; rank 3 in the region.",
    "revised: 134 km subject 'chiều dài bờ biển' without the place name (place goes to location).",
    "'phấn đấu giải ngân 100% kế hoạch vốn năm 2024 trước ngày 31/1/2025': a target percent, period năm 2024.",
]

emit(8, TEXT, FIGS, COMMENTS, published=None, location="Bình Định")
