import sys
from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH HẬU GIANG
Số: 218/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 11 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển nông nghiệp ứng dụng công nghệ cao 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Khu nông nghiệp ứng dụng công nghệ cao
Khu nông nghiệp ứng dụng công nghệ cao Hậu Giang có tổng diện tích 5.200 ha, trong đó phân khu trung tâm 200 ha. Tính đến ngày 30/9/2024, Khu đã thu hút 12 dự án còn hiệu lực với tổng vốn đăng ký 2.865,7 tỷ đồng; vốn thực hiện ước đạt 1.540 tỷ đồng, bằng 53,7% vốn đăng ký.

2. Sản xuất ứng dụng công nghệ cao trên địa bàn tỉnh
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 9 tháng | So với kế hoạch (%)
Diện tích nhà màng, nhà lưới | ha | 35 | 31,6 | 90,3
Diện tích tưới nhỏ giọt, tưới phun | ha | 1.200 | 1.085 | 90,4
Diện tích lúa ứng dụng cơ giới hóa đồng bộ | ha | 20.000 | 18.450 | 92,3
Doanh nghiệp, HTX ứng dụng công nghệ cao | đơn vị | 45 | 41 | 91,1
Giá trị sản xuất trên 1 ha đất trồng trọt | triệu đồng/ha | 250 | 236 | 94,4

Trong 9 tháng, toàn tỉnh đã giải ngân 86,5 tỷ đồng hỗ trợ theo Nghị quyết số 16/2021/NQ-HĐND, đạt 72,1% kế hoạch vốn năm; dư nợ cho vay nông nghiệp ứng dụng công nghệ cao tại các tổ chức tín dụng đạt 3.418 tỷ đồng, tăng 12,6% so với cuối năm 2023.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến cuối năm 2024 hoàn thành 100% kế hoạch diện tích nhà màng, nhà lưới; thu hút thêm 2 dự án vào Khu với vốn đăng ký khoảng 350 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
KH = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9b = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
EOY = per("đến cuối năm 2024", None, "2024-12-31")

ROWS = [
    # label, unit, (plan anchor, plan number, value), (est anchor, number, value), (pct anchor, number, value), kind
    ("Diện tích nhà màng, nhà lưới", "ha", ("| ha | 35 |", "35", 35), ("| 31,6 |", "31,6", 31.6),
     ("| 90,3", "90,3", 90.3), "measure"),
    ("Diện tích tưới nhỏ giọt, tưới phun", "ha", ("| 1.200 |", "1.200", 1200), ("| 1.085 |", "1.085", 1085),
     ("| 90,4", "90,4", 90.4), "measure"),
    ("Diện tích lúa ứng dụng cơ giới hóa đồng bộ", "ha", ("| 20.000 |", "20.000", 20000),
     ("| 18.450 |", "18.450", 18450), ("| 92,3", "92,3", 92.3), "measure"),
    ("Doanh nghiệp, HTX ứng dụng công nghệ cao", "đơn vị", ("| 45 |", "45", 45), ("| 41 |", "41", 41),
     ("| 91,1", "91,1", 91.1), "count"),
    ("Giá trị sản xuất trên 1 ha đất trồng trọt", "đồng/ha", ("| 250 |", "250", 250000000),
     ("| 236 |", "236", 236000000), ("| 94,4", "94,4", 94.4), "money"),
]

F = [
    fig("tổng diện tích 5.200 ha", "5.200", 5200, "measure", "ha",
        "tổng diện tích Khu nông nghiệp ứng dụng công nghệ cao Hậu Giang"),
    fig("phân khu trung tâm 200 ha", "200", 200, "measure", "ha", "diện tích phân khu trung tâm", total=5200),
    fig("thu hút 12 dự án", "12", 12, "count", "dự án", "dự án còn hiệu lực trong Khu", ASOF),
    fig("đăng ký 2.865,7 tỷ", "2.865,7", 2865700000000, "money", "đồng", "tổng vốn đăng ký của các dự án trong Khu", ASOF),
    fig("ước đạt 1.540 tỷ", "1.540", 1540000000000, "money", "đồng", "vốn thực hiện của các dự án trong Khu", ASOF,
        percent=53.7, status="estimate"),
]
for label, unit, plan, est, pct, kind in ROWS:
    F.append(fig(plan[0], plan[1], plan[2], kind, unit, f"{label} kế hoạch năm 2024", KH, status="target"))
    F.append(fig(est[0], est[1], est[2], kind, unit, f"{label} ước thực hiện 9 tháng", M9, status="estimate"))
    F.append(fig(pct[0], pct[1], pct[2], "percent", "%", f"{label} so với kế hoạch"))
F += [
    fig("giải ngân 86,5 tỷ", "86,5", 86500000000, "money", "đồng",
        "vốn hỗ trợ theo Nghị quyết số 16/2021/NQ-HĐND đã giải ngân", M9b, percent=72.1),
    fig("đạt 3.418 tỷ", "3.418", 3418000000000, "money", "đồng",
        "dư nợ cho vay nông nghiệp ứng dụng công nghệ cao tại các tổ chức tín dụng", M9b,
        change=chg("increase", 12.6, "%", "cuối năm 2023")),
    fig("hoàn thành 100%", "100", 100, "percent", "%", "kế hoạch diện tích nhà màng, nhà lưới hoàn thành", EOY,
        status="target"),
    fig("thêm 2 dự án", "2", 2, "count", "dự án", "dự án thu hút thêm vào Khu", EOY, status="target"),
    fig("khoảng 350 tỷ", "350", 350000000000, "money", "đồng", "vốn đăng ký của dự án thu hút thêm", EOY,
        approx="about", status="target"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Hậu Giang, Số: 218/BC-UBND, 11/10/2024: nông nghiệp ứng dụng công nghệ cao 9 tháng năm 2024 (invented, probe set 673).",
    "Flattened '|' table: every numeric cell is a figure; 'Kế hoạch năm 2024' cells are targets, 'Ước thực hiện 9 tháng' cells estimates",
    "(period 9 tháng 2024, year from the title); the 'So với kế hoạch (%)' column has no status cue and no period: actual, no period.",
    "'triệu đồng/ha' column unit: 250 = 250.000.000 đồng/ha. Not figures: 'Số: 218/BC-UBND', the place-and-date line, 'quý IV/2024',",
    "section numbers 'I.', '1.', '2.', 'II.', 'Nghị quyết số 16/2021/NQ-HĐND', 'trên 1 ha' (row-label denominator).",
    "'Trong 9 tháng' governs the whole sentence, so the dư nợ after ';' takes it too; 'Phấn đấu đến cuối năm 2024' continues over ';'.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p673-3", TEXT, COMMENTS, F, published="2024-10-11", location="Hậu Giang") else 1)
