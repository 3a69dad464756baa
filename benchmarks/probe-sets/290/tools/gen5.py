from lib import *

text = """ỦY BAN NHÂN DÂN
HUYỆN BÙ ĐĂNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bù Đăng, ngày 25 tháng 9 năm 2024

BÁO CÁO
Tình hình sản xuất, chế biến điều, hồ tiêu 9 tháng năm 2024 và phương hướng nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Bảng 1. Một số chỉ tiêu sản xuất cây điều, hồ tiêu
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng năm 2024 | So với KH (%)
Diện tích điều | ha | 41.500 | 41.820 | 100,8
Sản lượng hạt điều | tấn | 46.000 | 44.150 | 96,0
Diện tích hồ tiêu | ha | 2.300 | 2.265 | 98,5
Sản lượng hồ tiêu | tấn | 5.400 | 5.620 | 104,1

Giá hạt điều tươi bình quân 9 tháng đạt 31.500 đồng/kg, tăng 18% so với cùng kỳ; giá hồ tiêu khô đạt 138.000 đồng/kg.

2. Chế biến, tiêu thụ
Trên địa bàn huyện có 64 cơ sở chế biến điều, tổng công suất thiết kế khoảng 52.000 tấn hạt thô/năm. Trong 9 tháng, các cơ sở đã chế biến 38.700 tấn hạt điều thô, doanh thu ước đạt 1.260 tỷ đồng.

3. Tái canh, cải tạo vườn điều
Thực hiện Đề án 02-ĐA/HU, 9 tháng huyện đã hỗ trợ tái canh 1.150 ha điều (đạt 76,7% kế hoạch năm), với kinh phí hỗ trợ 3,45 tỷ đồng từ ngân sách tỉnh và huyện.

II. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV/2024
Phấn đấu trong quý IV/2024 các cơ sở thu mua, chế biến thêm 12.000-13.000 tấn điều thô; hoàn thành tái canh 350 ha điều còn lại theo kế hoạch; tổ chức 03 lớp tập huấn kỹ thuật cho khoảng 150 lượt nông dân.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Mi
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
THi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
Q4i = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)

rows = [("Diện tích điều", "ha", "41.500", 41500, "41.820", 41820, "100,8", 100.8),
        ("Sản lượng hạt điều", "tấn", "46.000", 46000, "44.150", 44150, "96,0", 96.0),
        ("Diện tích hồ tiêu", "ha", "2.300", 2300, "2.265", 2265, "98,5", 98.5),
        ("Sản lượng hồ tiêu", "tấn", "5.400", 5400, "5.620", 5620, "104,1", 104.1)]
figs = []
for lab, u, ks, kv, ts, tv, ps, pv in rows:
    figs.append(F(f"{lab} | {u} | {ks} |", ks, kv, "measure", u, f"{lab} kế hoạch năm 2024", KH, status="target"))
    figs.append(F(f"{ks} | {ts} |", ts, tv, "measure", u, f"{lab} thực hiện 9 tháng năm 2024", TH))
    figs.append(F(f"{ts} | {ps}\n", ps, pv, "percent", "%", f"{lab} so với kế hoạch", THi))
figs += [
    F("đạt 31.500 đồng/kg", "31.500", 31500, "money", "đồng/kg", "giá hạt điều tươi bình quân", N9,
      change=ch("increase", 18, "%", "cùng kỳ")),
    F("đạt 138.000 đồng/kg", "138.000", 138000, "money", "đồng/kg", "giá hồ tiêu khô", N9),
    F("có 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở chế biến điều"),
    F("khoảng 52.000 tấn", "52.000", 52000, "measure", "tấn/năm", "tổng công suất thiết kế", approx="about"),
    F("chế biến 38.700 tấn", "38.700", 38700, "measure", "tấn", "hạt điều thô đã chế biến", N9),
    F("ước đạt 1.260 tỷ đồng", "1.260", 1260000000000, "money", "đồng", "doanh thu", N9, status="estimate"),
    F("tái canh 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích điều được hỗ trợ tái canh", N9, percent=76.7),
    F("hỗ trợ 3,45 tỷ", "3,45", 3450000000, "money", "đồng", "kinh phí hỗ trợ tái canh", N9),
    F("thêm 12.000-13.000 tấn", "12.000", 12000, "measure", "tấn", "điều thô thu mua, chế biến thêm", Q4,
      value_max=13000, status="target"),
    F("tái canh 350 ha", "350", 350, "measure", "ha", "diện tích điều hoàn thành tái canh còn lại", Q4, status="target"),
    F("tổ chức 03 lớp", "03", 3, "count", "lớp", "lớp tập huấn kỹ thuật", Q4, status="target"),
    F("khoảng 150 lượt", "150", 150, "count", "lượt nông dân", "lượt nông dân được tập huấn", Q4, approx="about", status="target"),
]
comments = [
    "Formal report, letterhead UBND huyện Bù Đăng (Bình Phước), 'Số: 287/BC-UBND'; place-and-date line 'Bù Đăng, ngày 25 tháng 9 năm 2024' gives published.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng năm 2024 | So với KH (%). Every numeric cell is a figure;",
    "unit from the 'Đơn vị tính' column, '(%)' for the ratio column; plan cells status target with period from the header; result cells period from the header.",
    "The '(%)' column has no period in its header: inherited from the result column / title (not scored). No total for table cells (plan cells are figures of their own).",
    "Year-less '9 tháng' takes 2024. '52.000 tấn hạt thô/năm' capacity: unit 'tấn/năm'. '(đạt 76,7% kế hoạch năm)' is the percent of 1.150 ha.",
    "Section II: 'Phấn đấu trong quý IV/2024' makes the clause chain targets ('03 lớp', 'khoảng 150 lượt nông dân').",
    "Distractors: document number, 'Đề án 02-ĐA/HU', section numbers I./II./1./2./3., 'Bảng 1', 'quý IV/2024' in the title, 'Lưu: VT, NN', signer.",
    "revised: capacity unit 'tấn hạt thô/năm' → 'tấn/năm' (shortest noun phrase; the material belongs to the subject; as 'tấn/ngày' in p290-7).",
]
build(5, text, comments, figs, published="2024-09-25", location="Bù Đăng")
