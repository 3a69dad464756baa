"""p699-3: UBND tỉnh Bạc Liêu formal report, mud crab 9 months 2024, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BẠC LIÊU
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bạc Liêu, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả nuôi cua biển 9 tháng năm 2024 và phương hướng nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
9 tháng năm 2024, toàn tỉnh thả nuôi cua biển 38.720 ha, đạt 96,8% kế hoạch (kế hoạch 40.000 ha), tăng 3,5% so với cùng kỳ; sản lượng thu hoạch ước đạt 11.260 tấn, đạt 75,1% kế hoạch năm.

Bảng 1. Diện tích, sản lượng cua biển 9 tháng năm 2024 phân theo địa phương
Địa phương | Diện tích (ha) | Sản lượng (tấn) | Sản lượng so cùng kỳ (%)
Đông Hải | 12.450 | 3.870 | 105,2
Hòa Bình | 7.320 | 2.140 | 103,6
Giá Rai | 6.980 | 1.960 | 101,8
Phước Long | 4.150 | 1.120 | 98,5
Các địa phương khác | 7.820 | 2.170 | 106,3
Toàn tỉnh | 38.720 | 11.260 | 104,2

2. Con giống, vốn
Các trại giống trên địa bàn sản xuất được 126 triệu con cua giống, tăng 18 triệu con so với cùng kỳ. Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Bạc Liêu giải ngân cho vay nuôi cua 215,6 tỷ đồng với 3.140 lượt hộ vay.

II. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV/2024
Phấn đấu thả nuôi thêm 1.280 ha, đưa tổng diện tích cả năm đạt 40.000 ha, sản lượng cả năm đạt 15.000 tấn; tiếp tục thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT (02b).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T = inh(M9)
Y24 = per("cả năm", "2024-01-01", "2024-12-31")
S_A, S_O, S_P = "diện tích nuôi cua biển", "sản lượng cua biển", "sản lượng cua biển so cùng kỳ"

ROWS = [  # label, area anchor, area, out anchor, out, pct anchor, pct, location
    ("Đông Hải", "12.450", 12450, "3.870", 3870, "105,2", 105.2, "Đông Hải"),
    ("Hòa Bình", "7.320", 7320, "2.140", 2140, "103,6", 103.6, "Hòa Bình"),
    ("Giá Rai", "6.980", 6980, "1.960", 1960, "101,8", 101.8, "Giá Rai"),
    ("Phước Long", "4.150", 4150, "1.120", 1120, "98,5", 98.5, "Phước Long"),
    ("Các địa phương khác", "7.820", 7820, "2.170", 2170, "106,3", 106.3, None),
    ("Toàn tỉnh", "38.720", 38720, "11.260", 11260, "104,2", 104.2, None),
]

FIGS = [
    fig("cua biển 38.720 ha", "38.720", 38720, "measure", "ha", S_A, M9, percent=96.8,
        change=chg("increase", 3.5, "%", "cùng kỳ"), target=tgt(40000, "ha", False)),
    fig("ước đạt 11.260 tấn", "11.260", 11260, "measure", "tấn", "sản lượng cua biển thu hoạch", M9,
        percent=75.1, status="estimate"),
]
for label, a, av, o, ov, p, pv, loc in ROWS:
    sfx = " các địa phương khác" if label.startswith("Các") else ""
    kw = {"location": loc} if loc else {}
    FIGS += [
        fig(f"{label} | {a}", a, av, "measure", "ha", S_A + sfx, T, **kw),
        fig(f"| {a} | {o}", o, ov, "measure", "tấn", S_O + sfx, T, **kw),
        fig(f"| {o} | {p}", p, pv, "percent", "%", S_P + sfx, T, **kw),
    ]
FIGS += [
    fig("được 126 triệu con", "126", 126000000, "count", "con cua giống", "cua giống các trại giống sản xuất", T,
        change=chg("increase", 18000000, "con", "cùng kỳ")),
    fig("cua 215,6 tỷ đồng", "215,6", 215600000000, "money", "đồng", "vốn giải ngân cho vay nuôi cua", T),
    fig("với 3.140 lượt", "3.140", 3140, "count", "lượt hộ", "lượt hộ vay vốn nuôi cua", T),
    fig("thêm 1.280 ha", "1.280", 1280, "measure", "ha", "diện tích thả nuôi cua biển thêm",
        inh(per("quý IV/2024", "2024-10-01", "2024-12-31")), status="target"),
    fig("cả năm đạt 40.000 ha", "40.000", 40000, "measure", "ha", "tổng diện tích nuôi cua biển", Y24,
        status="target"),
    fig("đạt 15.000 tấn", "15.000", 15000, "measure", "tấn", S_O, Y24, status="target"),
]

NOTES = [
    "UBND tỉnh Bạc Liêu, Báo cáo số 412/BC-UBND ngày 08/10/2024: nuôi cua biển 9 tháng năm 2024, flattened | table by locality.",
    "'đạt 96,8% kế hoạch (kế hoạch 40.000 ha)': percent 96.8 and target 40.000 ha (met false) of the 38.720 ha figure.",
    "Table: every numeric cell is a figure; district row labels go to location, 'Các địa phương khác' stays Bạc Liêu in the",
    "subject, 'Toàn tỉnh' is Bạc Liêu. No Kế hoạch/Ước column, so cells are actual; period from the table title (inherited).",
    "Table cells carry no total (the spec gives totals to text cues, not table rows). 'So cùng kỳ (%)' cells are percent figures.",
    "Quarter IV plan: 'Phấn đấu' -> target; 'cả năm' = năm 2024. Letterhead numbers, 'Bảng 1', section numbers, 'Nghị quyết số 09-NQ/TU',",
    "'(02b)' are not figures.",
]

if __name__ == "__main__":
    write("p699-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Bạc Liêu")
