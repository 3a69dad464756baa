from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN TAM NÔNG
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tam Nông, ngày 05 tháng 12 năm 2024

BÁO CÁO
Kết quả sản xuất thủy sản năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
Thực hiện Kế hoạch số 45/KH-UBND ngày 12/02/2024 của UBND huyện, kết quả sản xuất thủy sản năm 2024 như sau:

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | So với KH (%)
Diện tích nuôi trồng thủy sản | ha | 1.150 | 1.172 | 101,9
Sản lượng thủy sản | tấn | 6.800 | 7.035 | 103,5
Số lồng nuôi cá trên sông Hồng, sông Đà | lồng | 120 | 134 | 111,7
Sản lượng cá giống | triệu con | 25 | 23,6 | 94,4

Giá trị sản xuất thủy sản ước đạt 312,5 tỷ đồng, tăng 8,7% so với năm 2023. Năng suất cá ao bình quân đạt 6,1 tấn/ha; cá nuôi lồng đạt 1,5 tấn/lồng. Giá cá trắm cỏ, cá chép thương phẩm từ 55.000 đến 65.000 đồng/kg; cá rô phi 35.000 đồng/kg.

Trong năm, dịch bệnh xuất huyết trên cá trắm cỏ xảy ra tại 4 xã với diện tích 18,5 ha, thiệt hại khoảng 22 tấn cá.

II. KẾ HOẠCH NĂM 2025
Phấn đấu diện tích nuôi trồng thủy sản đạt 1.200 ha, sản lượng 7.300 tấn, số lồng nuôi đạt 150 lồng; 100% cơ sở sản xuất giống được kiểm tra chất lượng.

Nơi nhận:
- UBND tỉnh Phú Thọ;
- Sở NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Lâm
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
UT = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [  # label, unit, multiplier, plan, est, pct, anchors (plan, est, pct)
    ("Diện tích nuôi trồng thủy sản", "ha", 1, ("1.150", 1150), ("1.172", 1172), ("101,9", 101.9), "measure"),
    ("Sản lượng thủy sản", "tấn", 1, ("6.800", 6800), ("7.035", 7035), ("103,5", 103.5), "measure"),
    ("Số lồng nuôi cá trên sông Hồng, sông Đà", "lồng", 1, ("120", 120), ("134", 134), ("111,7", 111.7), "count"),
    ("Sản lượng cá giống", "con", 1e6, ("25", 25), ("23,6", 23.6), ("94,4", 94.4), "count"),
]
FIGS = []
for label, unit, mult, plan, est, pct, kind in ROWS:
    u = "triệu con" if unit == "con" else unit
    FIGS.append(F(f"| {u} | {plan[0]} |", plan[0], plan[1] * mult, kind, unit, f"{label} kế hoạch năm 2024", KH,
                  status="target"))
    FIGS.append(F(f"| {plan[0]} | {est[0]} |", est[0], est[1] * mult, kind, unit, f"{label} ước thực hiện năm 2024", UT,
                  status="estimate"))
    FIGS.append(F(f"| {est[0]} | {pct[0]}\n", pct[0], pct[1], "percent", "%", f"{label} so với kế hoạch", I(Y24)))

FIGS += [
    F("ước đạt 312,5 tỷ đồng", "312,5", 312.5e9, "money", "đồng", "giá trị sản xuất thủy sản", I(Y24),
      change=CH("increase", 8.7, baseline="năm 2023"), status="estimate"),
    F("đạt 6,1 tấn/ha", "6,1", 6.1, "measure", "tấn/ha", "năng suất cá ao bình quân", I(Y24)),
    F("đạt 1,5 tấn/lồng", "1,5", 1.5, "measure", "tấn/lồng", "năng suất cá nuôi lồng", I(Y24)),
    F("từ 55.000 đến 65.000", "55.000", 55000, "money", "đồng/kg", "giá cá trắm cỏ, cá chép thương phẩm", I(Y24),
      value_max=65000),
    F("rô phi 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá cá rô phi thương phẩm", I(Y24)),
    F("tại 4 xã", "4", 4, "count", "xã", "xã có dịch bệnh xuất huyết trên cá trắm cỏ", TN),
    F("tích 18,5 ha", "18,5", 18.5, "measure", "ha", "diện tích nuôi cá trắm cỏ bị dịch bệnh xuất huyết", TN),
    F("khoảng 22 tấn", "22", 22, "measure", "tấn", "cá bị thiệt hại do dịch bệnh", TN, approx="about"),
    F("đạt 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích nuôi trồng thủy sản", I(Y25), status="target"),
    F("sản lượng 7.300 tấn", "7.300", 7300, "measure", "tấn", "sản lượng thủy sản", I(Y25), status="target"),
    F("đạt 150 lồng", "150", 150, "count", "lồng", "số lồng nuôi", I(Y25), status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất giống được kiểm tra chất lượng", I(Y25), status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Tam Nông, Phú Thọ, 'Số: 187/BC-UBND'); 'Tam Nông, ngày 05 tháng 12 năm 2024' is its date.",
    "Flattened '|' table: Kế hoạch (status target) | Ước thực hiện (status estimate) | So với KH (%) (percent, actual; period inherited from the",
    "section heading 'NĂM 2024'). Units from the Đơn vị column; 'triệu con' makes 25 = 25 000 000 con. Subject = row label + column label.",
    "Distractors: Kế hoạch số 45/KH-UBND ngày 12/02/2024, section numbers I./II., 'Bảng 1', 'sông Hồng, sông Đà' (rivers), 'Lưu: VT, NN'.",
    "'Trong năm' in an annual report = 2024 (stated). Targets under 'II. KẾ HOẠCH NĂM 2025' with 'Phấn đấu': status target, period inherited.",
    "Text figures of section I take 2024 from the heading (inherited); '312,5 tỷ đồng' estimate with change 8,7% vs năm 2023.",
]

if __name__ == "__main__":
    emit(6, TEXT, COMMENTS, FIGS, published="2024-12-05", location="Tam Nông")
