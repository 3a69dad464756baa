from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH GIA LAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 418/BC-UBND
Gia Lai, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả tái canh cà phê 9 tháng đầu năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích tái canh
Thực hiện Kế hoạch số 1245/KH-UBND ngày 15/3/2024, 9 tháng đầu năm 2024 toàn tỉnh đã tái canh 1.620 ha cà phê, đạt 77,1% kế hoạch năm; trong đó trồng tái canh 1.220 ha, ghép cải tạo 400 ha. Kết quả cụ thể:

Đơn vị tính: ha
Địa phương | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
Chư Sê | 650 | 512 | 78,8
Chư Prông | 480 | 365 | 76,0
Ia Grai | 420 | 318 | 75,7
Đak Đoa | 300 | 241 | 80,3
Chư Păh | 250 | 184 | 73,6
Tổng cộng | 2.100 | 1.620 | 77,1

2. Giống và vốn
Các địa phương đã cung ứng 1,35 triệu cây giống thực sinh và 265.000 cây ghép các giống TR4, TR9, TR11, TRS1; khoảng 1.850 hộ tham gia với tổng vốn đầu tư ước 236 tỷ đồng, trong đó vốn vay ngân hàng 142 tỷ đồng, chiếm 60,2%.

3. Năng suất
Vườn tái canh từ năm 2019-2020 đã cho thu hoạch ổn định, năng suất bình quân đạt 4,1 tấn nhân/ha, cao hơn 35% so với vườn già cỗi (khoảng 2,6 tấn/ha).

II. NHIỆM VỤ QUÝ IV/2024
Tập trung hoàn thành 480 ha còn lại; dự kiến cả năm đạt khoảng 2.150 ha, vượt 2,4% kế hoạch. Phấn đấu giai đoạn 2024-2026 tái canh 6.500 ha, nâng năng suất bình quân lên 3,5 tấn/ha.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL2.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
RATE_P = I(N9)
ROWS = [("Chư Sê", "650", 650, "512", 512, "78,8", 78.8),
        ("Chư Prông", "480", 480, "365", 365, "76,0", 76.0),
        ("Ia Grai", "420", 420, "318", 318, "75,7", 75.7),
        ("Đak Đoa", "300", 300, "241", 241, "80,3", 80.3),
        ("Chư Păh", "250", 250, "184", 184, "73,6", 73.6),
        ("Tổng cộng", "2.100", 2100, "1.620", 1620, "77,1", 77.1)]

FIGS = [
    F("đã tái canh 1.620 ha", "1.620", 1620, "measure", "ha", "diện tích cà phê tái canh", N9, percent=77.1),
    F("trồng tái canh 1.220 ha", "1.220", 1220, "measure", "ha", "diện tích trồng tái canh", N9, total=1620),
    F("ghép cải tạo 400 ha", "400", 400, "measure", "ha", "diện tích ghép cải tạo", N9, total=1620),
]
for place, pn, pv, dn, dv, rn, rv in ROWS:
    loc = "Gia Lai" if place == "Tổng cộng" else place
    pre = f"{place} | " if place != "Tổng cộng" else "Tổng cộng | "
    FIGS.append(F(f"{pre}{pn} |", pn, pv, "measure", "ha", "diện tích tái canh cà phê kế hoạch năm 2024", PLAN,
                  status="target", location=loc))
    FIGS.append(F(f"| {pn} | {dn} |", dn, dv, "measure", "ha", "diện tích tái canh cà phê thực hiện 9 tháng", DONE, location=loc))
    FIGS.append(F(f"| {dn} | {rn}", rn, rv, "percent", "%", "tỷ lệ thực hiện so với kế hoạch năm", RATE_P, location=loc))

FIGS += [
    F("cung ứng 1,35 triệu cây", "1,35", 1.35e6, "count", "cây giống thực sinh", "cây giống thực sinh cung ứng", I(N9)),
    F("265.000 cây ghép", "265.000", 265000, "count", "cây ghép", "cây ghép cung ứng", I(N9)),
    F("khoảng 1.850 hộ", "1.850", 1850, "count", "hộ", "hộ tham gia tái canh", I(N9), approx="about"),
    F("ước 236 tỷ đồng", "236", 236e9, "money", "đồng", "tổng vốn đầu tư tái canh", I(N9), status="estimate"),
    F("ngân hàng 142 tỷ đồng", "142", 142e9, "money", "đồng", "vốn vay ngân hàng", I(N9), total=236e9, percent=60.2,
      status="estimate"),
    F("đạt 4,1 tấn nhân/ha", "4,1", 4.1, "measure", "tấn/ha", "năng suất bình quân vườn tái canh",
      change=C("increase", 35, baseline="vườn già cỗi")),
    F("khoảng 2,6 tấn/ha", "2,6", 2.6, "measure", "tấn/ha", "năng suất vườn già cỗi", approx="about"),
    F("hoàn thành 480 ha", "480", 480, "measure", "ha", "diện tích tái canh còn lại phải hoàn thành",
      P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True), status="target"),
    F("khoảng 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích tái canh cả năm", P("cả năm", "2024-01-01", "2024-12-31"),
      approx="about", change=C("increase", 2.4, baseline="kế hoạch"), status="forecast"),
    F("tái canh 6.500 ha", "6.500", 6500, "measure", "ha", "diện tích tái canh cà phê", P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31"),
      status="target"),
    F("lên 3,5 tấn/ha", "3,5", 3.5, "measure", "tấn/ha", "năng suất bình quân cà phê", P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31"),
      status="target"),
]

NOTES = [
    "revised after the first run: unit 'tấn nhân/ha' -> 'tấn/ha' (shortest unit; the substance 'nhân' is not a unit, cf. '18 tấn nhân' -> 'tấn' in p973-6).",
    "Formal report of UBND tỉnh Gia Lai (Số: 418/BC-UBND, 14/10/2024): coffee replanting in 9 months of 2024, flattened '|' table by district.",
    "Table: every numeric cell is a figure; district in location, 'Tổng cộng' row = Gia Lai; 'Kế hoạch năm 2024' column = target; periods",
    "from column headers (scored); the 'Tỷ lệ (%)' column has no period in its header (9 months from the title: inherited); cells get no totals.",
    "'ước 236 tỷ đồng, trong đó vốn vay ngân hàng 142 tỷ đồng, chiếm 60,2%': part with total and share; the estimate cue continues into it.",
    "'cao hơn 35% so với vườn già cỗi (khoảng 2,6 tấn/ha)': the change of 4,1; the bracketed baseline yield is a figure of its own.",
    "'vượt 2,4% kế hoạch' = change against the plan baseline. 'từ năm 2019-2020' dates the gardens, not the yield: no period.",
    "Distractors: 'Số: 418/BC-UBND', 'Kế hoạch số 1245/KH-UBND ngày 15/3/2024', section numbers, 'TR4, TR9, TR11, TRS1', 'NL2'.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-14", location="Gia Lai")
