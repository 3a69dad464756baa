"""p1143-3: formal report (UBND tỉnh Đồng Tháp), river-port operations 2023, flattened | table in nghìn tấn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 22 tháng 02 năm 2024

BÁO CÁO
Tình hình khai thác cảng thủy nội địa năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ KHAI THÁC NĂM 2023
1. Sản lượng hàng hóa thông qua cảng
Năm 2023, hàng hóa thông qua các cảng thủy nội địa trên địa bàn tỉnh đạt 7.364 nghìn tấn, bằng 103,1% kế hoạch, tăng 4,8% so với năm 2022. Sản lượng container đạt 61.250 TEU, trong đó container xuất khẩu 38.900 TEU (chiếm 63,5%).

Đơn vị tính: nghìn tấn
Loại hàng | Năm 2022 | Năm 2023 | Kế hoạch 2024
Lúa gạo, nông sản | 2.845 | 2.910 | 3.000
Vật liệu xây dựng | 2.460 | 2.574 | 2.650
Hàng container | 685 | 742 | 820
Xăng dầu, hàng lỏng | 456 | 471 | 480
Hàng khác | 580 | 667 | 700
Tổng cộng | 7.026 | 7.364 | 7.650

2. Kết cấu hạ tầng, thiết bị
Toàn tỉnh có 19 cảng thủy nội địa, trong đó 3 cảng tiếp nhận được sà lan container, với tổng cộng 7 cẩu bờ. Cảng Sa Đéc (TP Sa Đéc) đạt 24.600 TEU, tăng 12,3% so với năm 2022, doanh thu 58,7 tỷ đồng.

II. KẾ HOẠCH NĂM 2024
Phấn đấu hàng hóa thông qua cảng đạt 7.650 nghìn tấn, sản lượng container đạt 68.000 TEU; hoàn thành nâng cấp bến số 2 cảng Cao Lãnh, lắp đặt thêm 2 cẩu bờ sức nâng 45 tấn.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- Cục Đường thủy nội địa Việt Nam;
- Lưu: VT, KT3.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H = {"Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
     "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
     "Kế hoạch 2024": per("Kế hoạch 2024", "2024-01-01", "2024-12-31")}
Y24H = per("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, col):
    extra = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return fig(anchor, number, value, "measure", "tấn", subject=f"{row} {col}", period=H[col], **extra)


ROWS = [("Lúa gạo, nông sản", ["2.845", "2.910", "3.000"]),
        ("Vật liệu xây dựng", ["2.460", "2.574", "2.650"]),
        ("Hàng container", ["685", "742", "820"]),
        ("Xăng dầu, hàng lỏng", ["456", "471", "480"]),
        ("Hàng khác", ["580", "667", "700"]),
        ("Tổng cộng", ["7.026", "7.364", "7.650"])]
COLS = ["Năm 2022", "Năm 2023", "Kế hoạch 2024"]

FIGS = [
    fig("đạt 7.364 nghìn tấn", "7.364", 7364000, "measure", "tấn", percent=103.1,
        change=chg("increase", 4.8, "%", "năm 2022"),
        subject="hàng hóa thông qua các cảng thủy nội địa", period=Y23),
    fig("đạt 61.250 TEU", "61.250", 61250, "measure", "TEU",
        subject="sản lượng container", period=inh(Y23)),
    fig("khẩu 38.900 TEU", "38.900", 38900, "measure", "TEU", total=61250, percent=63.5,
        subject="container xuất khẩu", period=inh(Y23)),
]
for row, cells in ROWS:
    for i, (num, col) in enumerate(zip(cells, COLS)):
        left = row.split()[-1] if i == 0 else cells[i - 1]
        anchor = f"{left} | {num}"
        FIGS.append(cell(anchor, num, float(num.replace(".", "")) * 1000, row, col))
FIGS += [
    fig("có 19 cảng", "19", 19, "count", "cảng", subject="cảng thủy nội địa"),
    fig("trong đó 3 cảng", "3", 3, "count", "cảng", total=19,
        subject="cảng tiếp nhận được sà lan container"),
    fig("tổng cộng 7 cẩu", "7", 7, "count", "cẩu bờ", subject="cẩu bờ tại các cảng tiếp nhận sà lan container"),
    fig("đạt 24.600 TEU", "24.600", 24600, "measure", "TEU", change=chg("increase", 12.3, "%", "năm 2022"),
        subject="sản lượng container cảng Sa Đéc", period=inh(Y23), location="Sa Đéc"),
    fig("doanh thu 58,7 tỷ", "58,7", 58700000000, "money", "đồng",
        subject="doanh thu cảng Sa Đéc", period=inh(Y23), location="Sa Đéc"),
    fig("đạt 7.650 nghìn tấn", "7.650", 7650000, "measure", "tấn", status="target",
        subject="hàng hóa thông qua cảng", period=Y24H),
    fig("đạt 68.000 TEU", "68.000", 68000, "measure", "TEU", status="target",
        subject="sản lượng container", period=Y24H),
    fig("thêm 2 cẩu bờ", "2", 2, "count", "cẩu bờ", status="target",
        subject="cẩu bờ lắp đặt thêm", period=Y24H),
    fig("sức nâng 45 tấn", "45", 45, "measure", "tấn", status="target",
        subject="sức nâng cẩu bờ lắp đặt thêm", period=Y24H),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH ĐỒNG THÁP', 'Số: 45/BC-UBND', 'Đồng Tháp, ngày 22 tháng 02 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn': every cell x 1000 tấn, kind measure; subject = row label + column label;",
    "period from the column header (scored); 'Kế hoạch 2024' column -> status target. Cells get no totals (the 'Tổng cộng' row is its own figures).",
    "Distractors: Số: 45/BC-UBND, section numbers I./II./1./2., 'bến số 2', 'KT3', the date line.",
    "'38.900 TEU (chiếm 63,5%)' -> total 61.250 and percent 63,5. 'trong đó 3 cảng' -> total 19. Sa Đéc port -> location Sa Đéc.",
    "Section II heading 'KẾ HOẠCH NĂM 2024' gives the targets' period (inherited: heading line). 'Phấn đấu' governs the sentence and its continuation after ';'.",
    "Stock figures (19 cảng, 7 cẩu bờ) have no period.",
    "revised after the first run: TEU figures are kind measure (TEU is an equivalent unit of measure, a 40-foot box = 2 TEU; not a count of boxes).",
]

if __name__ == "__main__":
    write("p1143-3", TEXT, NOTES, FIGS, published="2024-02-22", location="Đồng Tháp")
