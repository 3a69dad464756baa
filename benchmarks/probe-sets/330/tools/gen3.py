from lib import F, P, build

A = """ỦY BAN NHÂN DÂN
TỈNH TIỀN GIANG
Số: 85/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiền Giang, ngày 18 tháng 3 năm 2024

BÁO CÁO
Tình hình hạn hán, xâm nhập mặn và công tác ứng phó (đến ngày 15/3/2024)

I. DIỄN BIẾN XÂM NHẬP MẶN
Thực hiện Công điện số 12/CĐ-UBND ngày 05/01/2024 của Chủ tịch UBND tỉnh, các đơn vị đã tăng cường quan trắc độ mặn tại 24 điểm đo. Kết quả tại một số vị trí chính như sau:

Bảng 1. Độ mặn lớn nhất theo tháng
Đơn vị tính: g/l
Vị trí | Tháng 1/2024 | Tháng 2/2024 | Tháng 2/2020
Vàm Kênh | 18,6 | 22,3 | 24,1
Bình Xuân | 10,2 | 14,8 | 16,5
Đồng Tâm | 1,8 | 3,5 | 5,9
Mỹ Tho | 0,6 | 1,9 | 4,2

Ranh mặn 4 g/l trên sông Tiền vào sâu khoảng 48 km, thấp hơn năm 2020 khoảng 20 km; ranh mặn 1 g/l vào sâu 62 km.

II. ẢNH HƯỞNG
Toàn tỉnh có 9.426 hộ thiếu nước sinh hoạt (huyện Tân Phú Đông 5.210 hộ, Gò Công Đông 2.980 hộ, Gò Công Tây 1.236 hộ). Vụ lúa Đông Xuân đã thu hoạch 58.400 ha, chiếm 76,5% diện tích xuống giống; khoảng 3.200 ha lúa xuống giống muộn có nguy cơ thiếu nước tưới.

III. CÔNG TÁC ỨNG PHÓ
Hệ thống thủy lợi Gò Công đã đóng 5/5 cống lớn và 112 cống nhỏ ven sông; trữ được 9,7 triệu m3 nước ngọt trong hệ thống kênh, đạt 81% chỉ tiêu. Từ đầu năm 2024 đến nay, các đơn vị cấp nước đã cung cấp miễn phí 21.600 m3 nước sạch qua 14 điểm cấp nước tập trung, kinh phí 2,35 tỷ đồng.

IV. NHIỆM VỤ THỜI GIAN TỚI
Năm 2024, tỉnh phấn đấu bảo đảm 100% hộ dân vùng mặn có nước sinh hoạt; kế hoạch đầu tư 6 trạm bơm điện và nạo vét 85 km kênh với tổng kinh phí 45 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, NC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Trọng
"""

def M(y, m, end):
    return P(f"Tháng {m}/{y}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{end}", True)

cols = [M(2024, 1, 31), M(2024, 2, 29), M(2020, 2, 29)]
rows = [("Vàm Kênh", ["18,6", "22,3", "24,1"], None),
        ("Bình Xuân", ["10,2", "14,8", "16,5"], None),
        ("Đồng Tâm", ["1,8", "3,5", "5,9"], None),
        ("Mỹ Tho", ["0,6", "1,9", "4,2"], "Mỹ Tho")]
asof_i = P("đến ngày 15/3/2024", None, "2024-03-15", True)
HH = "hộ thiếu nước sinh hoạt"

FIGS = [F("tại 24 điểm đo", "24", 24, "count", "điểm đo", "điểm quan trắc độ mặn", asof_i)]
for name, cells, loc in rows:
    prev = name
    for (c, per) in zip(cells, cols):
        kw = {"location": loc} if loc else {}
        lbl = f"độ mặn lớn nhất {per['text'].lower()}" + ("" if loc else f" tại {name}")
        FIGS.append(F(f"{prev} | {c}", c, float(c.replace(",", ".")), "measure", "g/l", lbl, per, **kw))
        prev = c

FIGS += [
    F('Ranh mặn 4 g/l trên sông Tiền', '4', 4, "measure", "g/l", "ranh mặn", optional=True),
    F('ranh mặn 1 g/l vào sâu', '1', 1, "measure", "g/l", "ranh mặn", optional=True),
    F("khoảng 48 km", "48", 48, "measure", "km", "ranh mặn 4 g/l trên sông Tiền vào sâu", asof_i, approx="about",
      change={"direction": "decrease", "value": 20, "unit": "km", "approx": "about", "baseline": "năm 2020"}),
    F("sâu 62 km", "62", 62, "measure", "km", "ranh mặn 1 g/l vào sâu", asof_i),
    F("có 9.426 hộ", "9.426", 9426, "count", "hộ", HH, asof_i),
    F("Tân Phú Đông 5.210 hộ", "5.210", 5210, "count", "hộ", HH, asof_i, total=9426, location="Tân Phú Đông"),
    F("Gò Công Đông 2.980 hộ", "2.980", 2980, "count", "hộ", HH, asof_i, total=9426, location="Gò Công Đông"),
    F("Gò Công Tây 1.236 hộ", "1.236", 1236, "count", "hộ", HH, asof_i, total=9426, location="Gò Công Tây"),
    F("thu hoạch 58.400 ha", "58.400", 58400, "measure", "ha", "lúa Đông Xuân đã thu hoạch", asof_i, percent=76.5),
    F("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", "lúa xuống giống muộn có nguy cơ thiếu nước tưới", asof_i, approx="about"),
    F("đóng 5/5 cống", "5", 5, "count", "cống", "cống lớn hệ thống thủy lợi Gò Công đã đóng", asof_i, total=5),
    F("112 cống", "112", 112, "count", "cống", "cống nhỏ ven sông đã đóng", asof_i),
    F("9,7 triệu m3", "9,7", 9.7e6, "measure", "m3", "nước ngọt trữ trong hệ thống kênh", asof_i, percent=81),
    F("miễn phí 21.600 m3", "21.600", 21600, "measure", "m3", "nước sạch cung cấp miễn phí",
      P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-18")),
    F("qua 14 điểm", "14", 14, "count", "điểm cấp nước", "điểm cấp nước tập trung",
      P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-18")),
    F("2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "kinh phí cung cấp nước sạch miễn phí",
      P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-18")),
    F("bảo đảm 100% hộ", "100", 100, "percent", "%", "hộ dân vùng mặn có nước sinh hoạt",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đầu tư 6 trạm", "6", 6, "count", "trạm bơm", "trạm bơm điện đầu tư", P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("nạo vét 85 km", "85", 85, "measure", "km", "kênh nạo vét", P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("kinh phí 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng kinh phí đầu tư trạm bơm và nạo vét kênh",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

build(3, A, FIGS, [
    "Formal report with letterhead (UBND tỉnh Tiền Giang, 'Số: 85/BC-UBND'), place-and-date line 18/3/2024 = published; title '(đến ngày 15/3/2024)'",
    "gives the as-of date that sections I-III inherit. Flattened '|' table with 'Đơn vị tính: g/l'; period from the column headers (inherited);",
    "row labels are station names (communes), kept in the subject; 'Mỹ Tho' is a city, so it goes to location. No total for table cells.",
    "Distractors: document numbers ('Số: 85/BC-UBND', 'Công điện số 12/CĐ-UBND ngày 05/01/2024'), section numbers I.-IV., 'Bảng 1', 'Lưu: VT, NC', signer.",
    "'thấp hơn năm 2020 khoảng 20 km' is the change of 48 km. Bracketed district breakdown adds up to 9.426 → total. '5/5 cống' total 5.",
    "'đạt 81% chỉ tiêu' is the percent of 9,7 triệu m3. Section IV: 'Năm 2024 … phấn đấu … kế hoạch' → status target, period năm 2024 (same sentence).",
    "revised after the first run: isohaline labels 'ranh mặn N g/l' added as optional (same convention as p330-1/2; I had left them out here).",
], published="2024-03-18", location="Tiền Giang")
