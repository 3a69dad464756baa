from lib import F, P, C, T, emit

TEXT = """UBND HUYỆN VĂN CHẤN
PHÒNG NÔNG NGHIỆP VÀ PTNT
Số: 87/BC-NN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Văn Chấn, ngày 05 tháng 12 năm 2024

BÁO CÁO
Kết quả sản xuất, chế biến chè năm 2024 và kế hoạch năm 2025

1. Kết quả sản xuất
Năm 2024, tổng diện tích chè toàn huyện ước đạt 5.212 ha, đạt 100,2% kế hoạch; trong đó chè kinh doanh 4.736 ha, chè trồng mới, trồng thay thế 138 ha (kế hoạch 150 ha). Sản lượng chè búp tươi ước đạt 58.750 tấn, tăng 4,6% so với năm 2023.

Bảng 1. Diện tích chè theo nhóm giống
Đơn vị tính: ha
Nhóm giống | Năm 2023 | Ước TH năm 2024 | Kế hoạch năm 2025
Chè Shan tuyết | 1.215 | 1.230 | 1.250
Chè lai LDP1, LDP2 | 2.840 | 2.797 | 2.700
Chè chất lượng cao (Kim Tuyên, Phúc Vân Tiên) | 1.105 | 1.185 | 1.300
Tổng cộng | 5.160 | 5.212 | 5.250

2. Chế biến, tiêu thụ
Toàn huyện có 36 cơ sở chế biến chè công nghiệp và khoảng 420 cơ sở chế biến thủ công. Giá chè búp tươi bình quân năm 2024 từ 6.500 đến 8.200 đồng/kg; chè búp tươi chất lượng cao đạt 15.000-18.000 đồng/kg. Doanh thu từ chè ước đạt 412 tỷ đồng.

3. Kế hoạch năm 2025
Phấn đấu trồng mới, trồng thay thế 150 ha chè; sản lượng chè búp tươi đạt 60.000 tấn trở lên.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT, NN.
TRƯỞNG PHÒNG
Lò Văn Tuấn
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = P("Ước TH năm 2024", "2024-01-01", "2024-12-31")
Y25c = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y25i = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31", inh=True)

FIGS = [
    F("ước đạt 5.212 ha", "5.212", 5212, "measure", "ha", "tổng diện tích chè", Y24, percent=100.2, status="estimate"),
    F("kinh doanh 4.736 ha", "4.736", 4736, "measure", "ha", "diện tích chè kinh doanh", Y24, total=5212,
      status="estimate"),
    F("thay thế 138 ha", "138", 138, "measure", "ha", "diện tích chè trồng mới, trồng thay thế", Y24, total=5212,
      target=T(150, "ha", False), status="estimate"),
    F("ước đạt 58.750 tấn", "58.750", 58750, "measure", "tấn", "sản lượng chè búp tươi", Y24i,
      change=C("increase", 4.6, "%", "năm 2023"), status="estimate"),
]
rows = [
    ("Chè Shan tuyết", ["1.215", "1.230", "1.250"]),
    ("Chè lai LDP1, LDP2", ["2.840", "2.797", "2.700"]),
    ("Chè chất lượng cao (Kim Tuyên, Phúc Vân Tiên)", ["1.105", "1.185", "1.300"]),
    ("Tổng cộng", ["5.160", "5.212", "5.250"]),
]
cols = [("Năm 2023", Y23c, "actual"), ("Ước TH năm 2024", Y24c, "estimate"), ("Kế hoạch năm 2025", Y25c, "target")]
for label, cells in rows:
    for i, (cell, (cname, per, st)) in enumerate(zip(cells, cols)):
        anchor = (f"{label} | {cell}" if i == 0 else f"{cells[i-1]} | {cell}")
        kw = {} if st == "actual" else {"status": st}
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "measure", "ha",
                      f"diện tích {label.lower()} {cname.lower()}", per, **kw))
FIGS += [
    F("có 36 cơ sở", "36", 36, "count", "cơ sở", "cơ sở chế biến chè công nghiệp"),
    F("khoảng 420 cơ sở", "420", 420, "count", "cơ sở", "cơ sở chế biến chè thủ công", approx="about"),
    F("từ 6.500 đến", "6.500", 6500, "money", "đồng/kg", "giá chè búp tươi bình quân", Y24b, value_max=8200),
    F("đạt 15.000-18.000", "15.000", 15000, "money", "đồng/kg", "giá chè búp tươi chất lượng cao", Y24b,
      value_max=18000),
    F("ước đạt 412 tỷ đồng", "412", 412e9, "money", "đồng", "doanh thu từ chè", Y24i, status="estimate"),
    F("thay thế 150 ha chè", "150", 150, "measure", "ha", "diện tích chè trồng mới, trồng thay thế", Y25i,
      status="target"),
    F("đạt 60.000 tấn", "60.000", 60000, "measure", "tấn", "sản lượng chè búp tươi", Y25i,
      approx="at_least", status="target"),
]

emit("p382-4", TEXT, [
    "Formal report with letterhead (Số: 87/BC-NN), huyện Văn Chấn (Yên Bái): tea area, output, flattened '|' table by variety group",
    "(Năm 2023 | Ước TH năm 2024 -> estimate | Kế hoạch năm 2025 -> target), unit from 'Đơn vị tính: ha'; prices, 2025 plan.",
    "'đạt 100,2% kế hoạch' is the share attribute; '(kế hoạch 150 ha)' is the target of the 138 ha (met false).",
    "'ước đạt' governs the 'trong đó' parts that continue its clause (estimate). '60.000 tấn trở lên' = at_least.",
    "Variety names LDP1, LDP2, section numbers 1./2./3., 'Bảng 1', document number and date are distractors.",
], FIGS, published="2024-12-05", location="Văn Chấn")
