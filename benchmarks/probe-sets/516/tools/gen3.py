"""p516-3: UBND tỉnh Kon Tum formal report, 6 tháng đầu năm 2024 — flattened '|' table of capital by project."""
from lib import fig, per, inh, ch, emit

TEXT = """UBND TỈNH KON TUM
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 6 tháng đầu năm 2024

Thực hiện Công văn số 1125/UBDT-VP ngày 12/6/2024 của Ủy ban Dân tộc, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ GIẢI NGÂN VỐN
Bảng 1. Kế hoạch vốn và giải ngân đến ngày 30/6/2024 (Đơn vị tính: triệu đồng)
TT | Nội dung | Kế hoạch vốn năm 2024 | Giải ngân | Tỷ lệ (%)
1 | Dự án 1 (nhà ở, đất ở, nước sinh hoạt) | 118.420 | 46.213 | 39,0
2 | Dự án 2 (ổn định dân cư) | 64.150 | 21.877 | 34,1
3 | Dự án 4 (hạ tầng) | 296.830 | 142.560 | 48,0
4 | Dự án 5 (giáo dục, đào tạo) | 87.640 | 30.115 | 34,4
 | Tổng cộng | 567.040 | 240.765 | 42,5

II. KẾT QUẢ THỰC HIỆN MỘT SỐ NỘI DUNG CHỦ YẾU
1. Về đất ở, nhà ở, nước sinh hoạt: 6 tháng đầu năm, toàn tỉnh hỗ trợ đất ở cho 85 hộ, nhà ở cho 642 hộ, chuyển đổi nghề cho 1.096 hộ; hỗ trợ nước sinh hoạt phân tán cho 2.318 hộ, đạt 57,9% kế hoạch năm.
2. Về sắp xếp, ổn định dân cư: đang triển khai 9 dự án bố trí dân cư tập trung, dự kiến bố trí ổn định cho 427 hộ trong năm 2024.
3. Về giáo dục dân tộc: đã khởi công cải tạo, nâng cấp 14 trường phổ thông dân tộc nội trú, bán trú; toàn tỉnh hiện có 21.640 học sinh bán trú, chiếm 28,3% tổng số học sinh dân tộc thiểu số.

III. KHÓ KHĂN, ĐỀ XUẤT
Tỷ lệ giải ngân vốn sự nghiệp mới đạt 31,2%, thấp hơn nhiều so với vốn đầu tư (49,6%). UBND tỉnh đề nghị Ủy ban Dân tộc sớm hướng dẫn nội dung Tiểu dự án 2 của Dự án 5./.

Nơi nhận:
- Ủy ban Dân tộc;
- Lưu: VT, KTTH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Kế hoạch vốn năm 2024", "2024-01-01", "2024-12-31")
TAB = per("đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YEAR = per("trong năm 2024", "2024-01-01", "2024-12-31")
KT = "Kon Tum"

ROWS = [
    ("Dự án 1 (nhà ở, đất ở, nước sinh hoạt)", "118.420", "46.213", "39,0"),
    ("Dự án 2 (ổn định dân cư)", "64.150", "21.877", "34,1"),
    ("Dự án 4 (hạ tầng)", "296.830", "142.560", "48,0"),
    ("Dự án 5 (giáo dục, đào tạo)", "87.640", "30.115", "34,4"),
    ("Tổng cộng", "567.040", "240.765", "42,5"),
]


def mv(s):
    return float(s.replace(".", "").replace(",", ".")) * 1e6


F = []
for label, plan, done, rate in ROWS:
    F.append(fig(f"| {plan} |", plan, mv(plan), "money", "đồng", f"{label} kế hoạch vốn năm 2024", Y24, status="target"))
    F.append(fig(f"| {done} |", done, mv(done), "money", "đồng", f"{label} giải ngân", TAB))
    F.append(fig(f"| {rate}\n", rate, float(rate.replace(",", ".")), "percent", "%", f"{label} tỷ lệ giải ngân", TAB))

F += [
    fig("đất ở cho 85 hộ", "85", 85, "count", "hộ", "hộ được hỗ trợ đất ở", H1),
    fig("nhà ở cho 642 hộ", "642", 642, "count", "hộ", "hộ được hỗ trợ nhà ở", H1),
    fig("nghề cho 1.096 hộ", "1.096", 1096, "count", "hộ", "hộ được hỗ trợ chuyển đổi nghề", H1),
    fig("phân tán cho 2.318 hộ", "2.318", 2318, "count", "hộ", "hộ được hỗ trợ nước sinh hoạt phân tán", H1, percent=57.9),
    fig("triển khai 9 dự án", "9", 9, "count", "dự án", "dự án bố trí dân cư tập trung đang triển khai"),
    fig("cho 427 hộ", "427", 427, "count", "hộ", "hộ dự kiến được bố trí ổn định", YEAR, status="forecast"),
    fig("nâng cấp 14 trường", "14", 14, "count", "trường", "trường phổ thông dân tộc nội trú, bán trú khởi công cải tạo, nâng cấp",
        inh(H1)),
    fig("có 21.640 học sinh", "21.640", 21640, "count", "học sinh", "học sinh bán trú", percent=28.3),
    fig("đạt 31,2%", "31,2", 31.2, "percent", "%", "tỷ lệ giải ngân vốn sự nghiệp", inh(H1)),
    fig("(49,6%)", "49,6", 49.6, "percent", "%", "tỷ lệ giải ngân vốn đầu tư", inh(H1),
        note="a percent standing after another percent (the comparison's other side): a figure of its own"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Kon Tum (invented), Số: 412/BC-UBND, 'Kon Tum, ngày 08 tháng 7 năm 2024': Chương trình MTQG 1719, 6 tháng đầu năm 2024.",
    "Flattened '|' table (Đơn vị tính: triệu đồng; 'Tỷ lệ (%)' column is percent). Every numeric cell is a figure; row numbers and the",
    "'Dự án 1/2/4/5' names are not. Subject = row label + column label. 'Kế hoạch vốn năm 2024' column: status target, period from the header",
    "(scored, as in shared h23); 'Giải ngân' and 'Tỷ lệ' columns take 'đến ngày 30/6/2024' from the table title line (inherited, unscored).",
    "No attributes between cells (each cell is a figure of its own). Columns add up: 567.040 and 240.765 are the sums.",
    "'Công văn số 1125/UBDT-VP', 'Số: 412/BC-UBND', section numbers I./II./1./2./3., 'Bảng 1', 'Tiểu dự án 2' are not figures.",
    "Year-less '6 tháng đầu năm' takes 2024 (title). '9 dự án' ('đang triển khai') has no period; 427 hộ is a forecast for 'trong năm 2024'.",
    "'hiện có 21.640 học sinh … chiếm 28,3%': percent attribute, no period.",
]

emit("p516-3", TEXT, COMMENTS, F, published="2024-07-08", location=KT)
