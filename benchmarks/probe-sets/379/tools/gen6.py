from lib import F, P, C, T, emit

text = """Cổng thông tin điện tử huyện Tuy Phước
Tin tức - Sự kiện
Thứ Hai, 15/01/2024 - 09:20

Tuy Phước: Đầu tư hơn 48 tỷ đồng cải tạo lưới điện nông thôn

Năm 2023, Điện lực Tuy Phước (thuộc Công ty Điện lực Bình Định) đã đầu tư hơn 48 tỷ đồng để xây dựng mới, cải tạo lưới điện trên địa bàn huyện, nâng tổng số khách hàng sử dụng điện lên 61.842 khách hàng, tăng 1.976 khách hàng so với năm 2022. Hiện nay, 100% hộ dân tại 11 xã và 2 thị trấn đã sử dụng điện lưới quốc gia an toàn, ổn định.

Một số chỉ tiêu lưới điện trên địa bàn huyện:
Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Kế hoạch năm 2024
Trạm biến áp phân phối
trạm
312
329
345
Dung lượng trạm biến áp
kVA
98.450
104.120
110.000
Đường dây trung áp
km
186,5
192,3
198
Tỷ lệ tổn thất điện năng
%
4,62
4,35
4,2
Thời gian mất điện bình quân (SAIDI)
phút
735
648
600

Về tình hình sự cố, năm 2023 trên địa bàn huyện xảy ra 42 vụ sự cố lưới điện, giảm 15 vụ so với năm 2022, trong đó sự cố thoáng qua 31 vụ, sự cố vĩnh cửu 11 vụ. Nguyên nhân chủ yếu do cây cối va quẹt (chiếm khoảng 40%), động vật xâm nhập và thời tiết bất thường.

Năm 2024, Điện lực Tuy Phước phấn đấu đưa sản lượng điện thương phẩm đạt 312 triệu kWh, tăng 7,5%; tiếp tục ngầm hóa lưới điện tại trung tâm thị trấn Tuy Phước và thị trấn Diêu Trì. Khách hàng cần hỗ trợ liên hệ Tổng đài 1900 1909 hoặc Điện lực Tuy Phước, số 128 đường Đào Tấn, thị trấn Tuy Phước.

Trần Thị Lan (Phòng Kinh tế - Hạ tầng huyện)"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("Phước: Đầu tư hơn 48 tỷ", "48", 48e9, "money", "đồng", "đầu tư cải tạo lưới điện nông thôn", approx="over"),
    F("đã đầu tư hơn 48 tỷ", "48", 48e9, "money", "đồng", "đầu tư xây dựng mới, cải tạo lưới điện", Y23, approx="over"),
    F("lên 61.842 khách hàng", "61.842", 61842, "count", "khách hàng", "tổng số khách hàng sử dụng điện", Y23,
      change=C("increase", 1976, "khách hàng", "năm 2022")),
    F("100% hộ dân", "100", 100, "percent", "%", "hộ dân sử dụng điện lưới quốc gia"),
    F("tại 11 xã", "11", 11, "count", "xã", optional=True),
    F("và 2 thị trấn", "2", 2, "count", "thị trấn", optional=True),
]
ROWS = [("Trạm biến áp phân phối", "trạm", "count", ["312", "329", "345"], "Kế hoạch năm 2024\nTrạm"),
        ("Dung lượng trạm biến áp", "kVA", "measure", ["98.450", "104.120", "110.000"], None),
        ("Đường dây trung áp", "km", "measure", ["186,5", "192,3", "198"], None),
        ("Tỷ lệ tổn thất điện năng", "%", "percent", ["4,62", "4,35", "4,2"], None),
        ("Thời gian mất điện bình quân (SAIDI)", "phút", "measure", ["735", "648", "600"], None)]
COLS = [("Năm 2022", Y22, "actual"), ("Năm 2023", Y23, "actual"), ("Kế hoạch năm 2024", K24, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, unit, kind, cells, _ in ROWS:
    prev = unit
    for i, ((col, per, st), cell) in enumerate(zip(COLS, cells)):
        anchor = f"{prev}\n{cell}\n"
        subj = f"{label} {col}"
        kw = {"status": st} if st != "actual" else {}
        figs.append(F(anchor, cell, num(cell), kind, unit, subj, per, **kw))
        prev = cell

figs += [
    F("xảy ra 42 vụ", "42", 42, "count", "vụ", "sự cố lưới điện", y23, change=C("decrease", 15, "vụ", "năm 2022")),
    F("thoáng qua 31 vụ", "31", 31, "count", "vụ", "sự cố thoáng qua", y23, total=42),
    F("vĩnh cửu 11 vụ", "11", 11, "count", "vụ", "sự cố vĩnh cửu", y23, total=42),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "sự cố do cây cối va quẹt", P("năm 2023", "2023-01-01", "2023-12-31", inh=True),
      approx="about"),
    F("đạt 312 triệu kWh", "312", 312e6, "measure", "kWh", "sản lượng điện thương phẩm", Y24,
      change=C("increase", 7.5, "%"), status="target"),
]

emit("p379-6", text, [
    "District portal (huyện Tuy Phước, Bình Định): lưới điện nông thôn năm 2023. Dateline 'Thứ Hai, 15/01/2024 - 09:20'; byline at the end.",
    "One-cell-per-line table (Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | Kế hoạch năm 2024): every numeric cell a figure; unit from the Đơn vị cell;",
    "subject = row label + column label; period from the column header (stated, as in shared h23); the Kế hoạch column is status target.",
    "Title '48 tỷ' and body '48 tỷ' are two mentions, both figures. '11 xã và 2 thị trấn' structure counts: optional. 'tăng 1.976 khách hàng' change in khách hàng.",
    "'trong đó sự cố thoáng qua 31 vụ, … 11 vụ' parts of 42. 'phấn đấu … 312 triệu kWh, tăng 7,5%' target with its change.",
    "Distractors: hotline '1900 1909', address 'số 128 đường Đào Tấn', place names 'thị trấn Tuy Phước/Diêu Trì'.",
], figs, published="2024-01-15", location="Tuy Phước")
