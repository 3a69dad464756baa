from lib import F, P, C, T, write

TEXT = """UBND TỈNH QUẢNG NAM
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 215/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 28 tháng 11 năm 2023

BÁO CÁO
Tình hình sạt lở bờ sông, bờ biển và công tác di dời dân cư năm 2023

1. Tình hình sạt lở
Trong mùa mưa bão năm 2023, toàn tỉnh ghi nhận 46 điểm sạt lở bờ sông, bờ biển với tổng chiều dài khoảng 38,7 km, tăng 7 điểm so với năm 2022. Trong đó, sạt lở bờ biển 14 điểm, dài 16,2 km, tập trung tại Hội An, Duy Xuyên, Thăng Bình và Núi Thành.

Bảng 1. Sạt lở bờ biển và di dời dân cư theo địa phương
Địa phương | Chiều dài sạt lở (km) | Hộ trong vùng nguy cơ (hộ) | Hộ đã di dời (hộ) | Kinh phí hỗ trợ (triệu đồng)
Hội An | 4,8 | 215 | 96 | 5.760
Duy Xuyên | 5,1 | 342 | 130 | 7.800
Thăng Bình | 3,9 | 188 | 45 | 2.700
Núi Thành | 2,4 | 97 | 22 | 1.320
Tổng cộng | 16,2 | 842 | 293 | 17.580

2. Công tác ứng phó, di dời
Năm 2023, tỉnh đã bố trí 17,58 tỷ đồng hỗ trợ di dời 293 hộ, đạt 34,8% số hộ trong vùng nguy cơ; trong đó ngân sách tỉnh 12 tỷ đồng, ngân sách huyện 5,58 tỷ đồng. Mức hỗ trợ mỗi hộ là 60 triệu đồng theo Nghị quyết số 07/2021/NQ-HĐND. Tỉnh đã hoàn thành 3 dự án kè chống sạt lở bờ biển Cửa Đại (Hội An) với tổng chiều dài 2.150 m; kè khẩn cấp bờ biển Duy Hải - Duy Nghĩa dài 1,2 km đang thi công, khối lượng đạt khoảng 65%.

3. Kế hoạch năm 2024
Phấn đấu di dời thêm 250 hộ ra khỏi vùng sạt lở nguy hiểm, trồng 40 ha rừng phòng hộ ven biển; dự kiến nhu cầu vốn khoảng 1.250 tỷ đồng cho các công trình kè giai đoạn 2024-2026.

Nơi nhận:
- UBND tỉnh (b/c);
- Ban Chỉ huy PCTT và TKCN tỉnh;
- Lưu: VT, CCTL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Sơn
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
YI = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
P24I = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
COLS = [("Chiều dài sạt lở", "measure", "km", 1), ("Hộ trong vùng nguy cơ", "count", "hộ", 1),
        ("Hộ đã di dời", "count", "hộ", 1), ("Kinh phí hỗ trợ", "money", "đồng", 1e6)]
ROWS = [("Hội An", ["4,8", "215", "96", "5.760"]), ("Duy Xuyên", ["5,1", "342", "130", "7.800"]),
        ("Thăng Bình", ["3,9", "188", "45", "2.700"]), ("Núi Thành", ["2,4", "97", "22", "1.320"]),
        ("Tổng cộng", ["16,2", "842", "293", "17.580"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, cells in ROWS:
    prev = label
    for (col, kind, unit, mult), c in zip(COLS, cells):
        anchor = f"{prev} | {c}"
        v = num(c) * mult
        v = int(v) if v == int(v) else v
        if label == "Tổng cộng":
            TABLE.append(F(anchor, c, v, kind, unit, f"{col} tổng cộng", period=YI, location="Quảng Nam"))
        else:
            TABLE.append(F(anchor, c, v, kind, unit, col, period=YI, location=label))
        prev = c

FIGS = [
    F("nhận 46 điểm", "46", 46, "count", "điểm", "điểm sạt lở bờ sông, bờ biển", change=C("increase", 7, "điểm", "năm 2022"), period=Y),
    F("khoảng 38,7 km", "38,7", 38.7, "measure", "km", "tổng chiều dài sạt lở bờ sông, bờ biển", approx="about", period=Y),
    F("biển 14 điểm", "14", 14, "count", "điểm", "điểm sạt lở bờ biển", total=46, period=YI),
    F("dài 16,2 km", "16,2", 16.2, "measure", "km", "chiều dài sạt lở bờ biển", total=38.7, period=YI),
] + TABLE + [
    F("bố trí 17,58 tỷ đồng", "17,58", 17.58e9, "money", "đồng", "kinh phí hỗ trợ di dời", period=Y),
    F("dời 293 hộ, đạt", "293", 293, "count", "hộ", "hộ được hỗ trợ di dời", percent=34.8, period=Y),
    F("tỉnh 12 tỷ đồng", "12", 12e9, "money", "đồng", "ngân sách tỉnh", total=17.58e9, period=Y),
    F("huyện 5,58 tỷ đồng", "5,58", 5.58e9, "money", "đồng", "ngân sách huyện", total=17.58e9, period=Y),
    F("là 60 triệu đồng", "60", 60e6, "money", "đồng", "mức hỗ trợ mỗi hộ"),
    F("thành 3 dự án", "3", 3, "count", "dự án", "dự án kè chống sạt lở bờ biển Cửa Đại hoàn thành", location="Hội An"),
    F("dài 2.150 m", "2.150", 2150, "measure", "m", "tổng chiều dài kè chống sạt lở bờ biển Cửa Đại", location="Hội An"),
    F("dài 1,2 km", "1,2", 1.2, "measure", "km", "kè khẩn cấp bờ biển Duy Hải - Duy Nghĩa"),
    F("khoảng 65%", "65", 65, "percent", "%", "khối lượng thi công kè khẩn cấp", approx="about"),
    F("thêm 250 hộ", "250", 250, "count", "hộ", "hộ di dời ra khỏi vùng sạt lở nguy hiểm", status="target", period=P24I),
    F("trồng 40 ha", "40", 40, "measure", "ha", "rừng phòng hộ ven biển trồng", status="target", period=P24I),
    F("khoảng 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "nhu cầu vốn cho các công trình kè", approx="about",
      status="forecast", period=P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")),
]
HEADER = [
    "Formal report with letterhead (Sở NN&PTNT Quảng Nam, 'Số: 215/BC-SNN'); the place-and-date line 'Quảng Nam, ngày 28 tháng 11 năm 2023' is its date.",
    "Flattened '|' table: unit and multiplier from each column header ('(km)', '(hộ)', '(triệu đồng)' → 5.760 = 5,76 tỷ đồng). Row labels are",
    "places → location; subject = column label ('Tổng cộng' row: column label + 'tổng cộng', location the province). Period năm 2023 from the",
    "title/section text (inherited). No total attribute on table cells (as p205-7). Distractors: document numbers, NQ 07/2021/NQ-HĐND, section",
    "numbers 1./2./3., 'Bảng 1', 'Lưu: VT, CCTL', signer. 'tăng 7 điểm so với năm 2022' belongs to 46 điểm (same unit) across the 38,7 km clause.",
    "'trong đó ngân sách tỉnh …' after '293 hộ, đạt 34,8%': the parts are money, so their whole is 17,58 tỷ (same thing). Section 3 heading gives",
    "'năm 2024' to the targets (inherited); 'Phấn đấu' → target, 'dự kiến' → forecast. Duy Hải - Duy Nghĩa (communes) name no district: province.",
]
write("p315-3", TEXT, HEADER, FIGS, published="2023-11-28", location="Quảng Nam")
