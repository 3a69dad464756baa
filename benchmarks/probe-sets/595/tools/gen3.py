"""p595-3: formal report, UBND tỉnh Vĩnh Long, 9-month inland waterway safety, flattened '|' table."""
from lib import emit, fig, per, inh

TEXT = """UBND TỈNH VĨNH LONG
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 04 tháng 10 năm 2024

BÁO CÁO
Tình hình trật tự, an toàn giao thông đường thủy nội địa 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình tai nạn
Bảng 1. Tai nạn giao thông đường thủy nội địa
Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | So cùng kỳ (%)
Số vụ tai nạn | vụ | 7 | 5 | 71,4
Số người chết | người | 6 | 4 | 66,7
Số người bị thương | người | 3 | 3 | 100
Phương tiện bị chìm, hư hỏng | chiếc | 4 | 2 | 50

2. Quản lý bến và phương tiện
Toàn tỉnh hiện có 126 bến khách ngang sông và 318 bến thủy nội địa được cấp phép; trong 9 tháng đã cấp mới giấy phép cho 14 bến, thu hồi 3 giấy phép do không bảo đảm điều kiện an toàn. Các đơn vị đăng kiểm đã kiểm định 2.146 lượt phương tiện, đạt 107,3% kế hoạch năm. Phà Đình Khao vận chuyển 1,73 triệu lượt khách và 612.500 lượt phương tiện; doanh thu ước đạt 38,6 tỷ đồng, bằng 81,2% kế hoạch.

3. Tuyên truyền, phổ biến pháp luật
Tổ chức 45 buổi tuyên truyền Luật Giao thông đường thủy nội địa cho khoảng 3.200 lượt người; cấp phát 1.150 áo phao cho các bến trên sông Cổ Chiên và sông Hậu.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu giảm từ 5 đến 10% số vụ tai nạn so với năm 2023; hoàn thành cấp phép cho 100% bến khách ngang sông còn lại theo Nghị định số 08/2021/NĐ-CP.

Nơi nhận:
- Bộ Giao thông vận tải;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
"""

Y23 = per("9 tháng 2023", "2023-01-01", "2023-09-30")
Y24 = per("9 tháng 2024", "2024-01-01", "2024-09-30")
P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")

ROWS = [  # label, unit, a23, a24, ratio, anchors
    ("Số vụ tai nạn", "vụ", ("vụ | 7 |", "7"), ("7 | 5 |", "5"), ("| 71,4", "71,4")),
    ("Số người chết", "người", ("người | 6 |", "6"), ("6 | 4 |", "4"), ("| 66,7", "66,7")),
    ("Số người bị thương", "người", ("người | 3 | 3", "3"), ("3 | 100", "3"), ("| 100", "100")),
    ("Phương tiện bị chìm, hư hỏng", "chiếc", ("chiếc | 4 |", "4"), ("4 | 2 |", "2"), ("| 50", "50")),
]

FIGS = []
for label, unit, a23, a24, r in ROWS:
    num = lambda s: float(s.replace(",", "."))
    FIGS.append(fig(a23[0], a23[1], num(a23[1]), "count", unit, f"{label} 9 tháng 2023", Y23))
    FIGS.append(fig(a24[0], a24[1], num(a24[1]), "count", unit, f"{label} 9 tháng 2024", Y24))
    FIGS.append(fig(r[0], r[1], num(r[1]), "percent", "%", f"{label} 9 tháng 2024 so cùng kỳ", Y24))

FIGS += [
    fig("có 126 bến", "126", 126, "count", "bến", "bến khách ngang sông"),
    fig("và 318 bến", "318", 318, "count", "bến", "bến thủy nội địa được cấp phép"),
    fig("cho 14 bến", "14", 14, "count", "bến", "bến được cấp mới giấy phép",
        per("trong 9 tháng", "2024-01-01", "2024-09-30")),
    fig("thu hồi 3 giấy phép", "3", 3, "count", "giấy phép", "giấy phép bị thu hồi",
        per("trong 9 tháng", "2024-01-01", "2024-09-30")),
    fig("kiểm định 2.146 lượt", "2.146", 2146, "count", "lượt phương tiện", "lượt phương tiện được kiểm định",
        inh(P9), percent=107.3),
    fig("chuyển 1,73 triệu lượt", "1,73", 1730000, "count", "lượt khách", "lượt khách Phà Đình Khao vận chuyển",
        inh(P9)),
    fig("612.500 lượt", "612.500", 612500, "count", "lượt phương tiện",
        "lượt phương tiện Phà Đình Khao vận chuyển", inh(P9)),
    fig("ước đạt 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng", "doanh thu Phà Đình Khao",
        inh(P9), percent=81.2, status="estimate"),
    fig("Tổ chức 45 buổi", "45", 45, "count", "buổi", "buổi tuyên truyền Luật Giao thông đường thủy nội địa",
        inh(P9)),
    fig("khoảng 3.200 lượt", "3.200", 3200, "count", "lượt người", "lượt người được tuyên truyền",
        inh(P9), approx="about"),
    fig("cấp phát 1.150 áo phao", "1.150", 1150, "count", "áo phao", "áo phao cấp phát cho các bến", inh(P9)),
    fig("từ 5 đến 10%", "5", 5, "percent", "%", "giảm số vụ tai nạn so với năm 2023",
        inh(per("QUÝ IV/2024", "2024-10-01", "2024-12-31")), value_max=10, status="target"),
    fig("cho 100% bến", "100", 100, "percent", "%", "bến khách ngang sông còn lại được cấp phép",
        inh(per("QUÝ IV/2024", "2024-10-01", "2024-12-31")), status="target"),
]

COMMENTS = [
    "Formal report (invented): UBND tỉnh Vĩnh Long, Số: 312/BC-UBND, 'Vĩnh Long, ngày 04 tháng 10 năm 2024' — inland waterway safety 9 months 2024.",
    "Flattened '|' table (Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | So cùng kỳ (%)): every numeric cell a figure,",
    "unit from the 'Đơn vị' column, period from the column header (scored, as shared h23), subject = row + column.",
    "The 'So cùng kỳ (%)' column is a percent figure per row (ratio of 2024 to 2023), no change object.",
    "'đạt 107,3% kế hoạch năm', 'bằng 81,2% kế hoạch' are percent attributes; 'ước đạt' → estimate.",
    "'giảm từ 5 đến 10% số vụ' is a rate that is the claim (range, target). Task-section period QUÝ IV/2024 only in the heading: inherited.",
    "Distractors: Số: 312/BC-UBND, Bảng 1, section numbers I./II./1./2./3., Nghị định số 08/2021/NĐ-CP, place-and-date line.",
]

if __name__ == "__main__":
    emit("p595-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Vĩnh Long")
