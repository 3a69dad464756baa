"""p1344-3: formal report (UBND tỉnh Bình Phước): hand-built charcoal kilns (lò than thủ công) in 2023; flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÌNH PHƯỚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Bình Phước, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả rà soát, xử lý các lò than thủ công gây ô nhiễm môi trường năm 2023

Thực hiện Kế hoạch số 85/KH-UBND ngày 14/3/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến ngày 30/11/2023, toàn tỉnh có 214 lò than thủ công, giảm 96 lò so với năm 2022; trong đó có 131 lò đã ngừng hoạt động. Các lò chủ yếu đốt củi cao su, củi điều thanh lý, sản lượng than bình quân khoảng 8-10 tấn/lò/tháng.

2. Kết quả theo địa bàn
Đơn vị tính: lò
Huyện, thị xã | Số lò năm 2022 | Số lò đến 30/11/2023 | Đã tháo dỡ năm 2023
Chơn Thành | 124 | 82 | 38
Hớn Quản | 97 | 71 | 22
Bù Đốp | 53 | 36 | 15
Lộc Ninh | 36 | 25 | 9
Tổng cộng | 310 | 214 | 84

Qua kiểm tra, cơ quan chức năng đã xử phạt 17 trường hợp vi phạm về môi trường với tổng số tiền 486 triệu đồng. Có 12 lò chuyển đổi sang công nghệ lò sấy liên hoàn, vốn đầu tư bình quân 1,2 tỷ đồng/lò.

II. NHIỆM VỤ NĂM 2024
Phấn đấu tháo dỡ thêm ít nhất 60 lò thủ công; đến hết năm 2025 chấm dứt hoạt động 100% lò than thủ công trong khu dân cư.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lực
"""

ASOF = per("Tính đến ngày 30/11/2023", end="2023-11-30")
COLS = [
    ("số lò năm 2022", per("Số lò năm 2022", "2022-01-01", "2022-12-31")),
    ("số lò đến 30/11/2023", per("Số lò đến 30/11/2023", end="2023-11-30")),
    ("số lò đã tháo dỡ năm 2023", per("Đã tháo dỡ năm 2023", "2023-01-01", "2023-12-31")),
]
ROWS = [("Chơn Thành", ["124", "82", "38"]), ("Hớn Quản", ["97", "71", "22"]),
        ("Bù Đốp", ["53", "36", "15"]), ("Lộc Ninh", ["36", "25", "9"]), ("Tổng cộng", ["310", "214", "84"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p), n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        if label == "Tổng cộng":
            CELLS.append(fig(anchor, n, int(n), "count", "lò", subject=f"tổng cộng {col}", period=p))
        else:
            CELLS.append(fig(anchor, n, int(n), "count", "lò", subject=col, period=p, location=label))
        prev = n

FIGS = [
    fig("có 214 lò", "214", 214, "count", "lò", change=chg("decrease", 96, "lò", "năm 2022"),
        subject="lò than thủ công", period=ASOF),
    fig("có 131 lò", "131", 131, "count", "lò", total=214, subject="lò đã ngừng hoạt động", period=ASOF),
    fig("khoảng 8-10 tấn", "8", 8, "measure", "tấn/lò/tháng", value_max=10, approx="about",
        subject="sản lượng than bình quân"),
] + CELLS + [
    fig("phạt 17 trường hợp", "17", 17, "count", "trường hợp", subject="trường hợp vi phạm về môi trường bị xử phạt"),
    fig("tiền 486 triệu", "486", 486e6, "money", "đồng", subject="tổng số tiền xử phạt"),
    fig("Có 12 lò", "12", 12, "count", "lò", subject="lò chuyển đổi sang công nghệ lò sấy liên hoàn"),
    fig("1,2 tỷ đồng/lò", "1,2", 1.2e9, "money", "đồng/lò", subject="vốn đầu tư bình quân"),
    fig("ít nhất 60 lò", "60", 60, "count", "lò", approx="at_least", status="target",
        subject="lò thủ công tháo dỡ thêm", period=per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)),
    fig("100% lò", "100", 100, "percent", "%", status="target",
        subject="lò than thủ công trong khu dân cư chấm dứt hoạt động", period=per("đến hết năm 2025", end="2025-12-31")),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Phước, Số: 412/BC-UBND, 18/12/2023): charcoal kilns; flattened '|' table with 'Đơn vị tính: lò'.",
    "Distractors: 'Số: 412/BC-UBND', 'Kế hoạch số 85/KH-UBND ngày 14/3/2023', the letterhead date, section numbers I., II., 1., 2.,",
    "'Lưu: VT, KT'. The table's header date '30/11/2023' is a period, not a figure.",
    "'giảm 96 lò so với năm 2022' is a change in lò; 'trong đó có 131 lò' (after ';') takes total 214, same as-of date (same sentence).",
    "Table: every numeric cell a figure; a district row label goes to location, the column label to the subject; 'Tổng cộng' row",
    "is the province; period from the column header ('đến 30/11/2023' as-of). Cells carry no total.",
    "'khoảng 8-10 tấn/lò/tháng' and the fines carry no period (standing rate; sentence without a period).",
    "Section 'II. NHIỆM VỤ NĂM 2024' + 'Phấn đấu' → target, period year 2024 inherited from the heading; 'đến hết năm 2025' → end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1344-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Bình Phước")
