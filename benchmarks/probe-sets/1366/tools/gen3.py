"""p1366-3: formal report (UBND tỉnh Quảng Ngãi): livestock markets in 2024, tasks for 2025; flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả quản lý hoạt động các chợ gia súc năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ NĂM 2024
1. Mạng lưới chợ
Toàn tỉnh có 7 chợ gia súc đang hoạt động, gồm 2 chợ ở huyện Tư Nghĩa, 2 chợ ở huyện Mộ Đức, 2 chợ ở thị xã Đức Phổ và 1 chợ ở huyện Bình Sơn. Riêng chợ bò Bàu Giang (huyện Tư Nghĩa) chiếm khoảng 45% lượng gia súc giao dịch toàn tỉnh; bình quân mỗi phiên có 700-900 con bò được mua bán.

2. Số lượng gia súc giao dịch qua các chợ
Đơn vị tính: con
Loại gia súc | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Bò | 52.400 | 55.180 | 105,3 | 57.000
Trâu | 3.150 | 2.870 | 91,1 | 2.800
Dê | 4.620 | 5.340 | 115,6 | 6.000
Tổng cộng | 60.170 | 63.390 | 105,4 | 65.800

3. Công tác kiểm dịch, thu phí
Năm 2024, các trạm kiểm dịch động vật tại chợ đã kiểm tra 61.840 con gia súc, phát hiện và xử lý 18 trường hợp vận chuyển không có giấy chứng nhận kiểm dịch, xử phạt vi phạm hành chính 96,5 triệu đồng. Tổng số phí thu được từ các chợ đạt 1,27 tỷ đồng, vượt 6% dự toán.

II. NHIỆM VỤ NĂM 2025
Phấn đấu số gia súc giao dịch qua chợ năm 2025 đạt 65.800 con, tăng khoảng 3,8% so với năm 2024; 100% gia súc vận chuyển ra khỏi tỉnh được kiểm dịch; hoàn thành di dời chợ gia súc Mộ Đức ra khỏi khu dân cư, cách Quốc lộ 1 khoảng 2 km, trước ngày 30/6/2025.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", "count", Y23, None), ("năm 2024", "count", Y24, None),
        ("so với cùng kỳ", "percent", inh(Y24), None), ("kế hoạch 2025", "count", K25, "target")]
ROWS = [("Bò", "bò", ["52.400", "55.180", "105,3", "57.000"]),
        ("Trâu", "trâu", ["3.150", "2.870", "91,1", "2.800"]),
        ("Dê", "dê", ["4.620", "5.340", "115,6", "6.000"]),
        ("Tổng cộng", "tổng cộng gia súc", ["60.170", "63.390", "105,4", "65.800"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, what, nums in ROWS:
    prev = label
    for (col, kind, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        unit = "%" if kind == "percent" else "con"
        CELLS.append(fig(f"{prev} | {n}", n, num(n), kind, unit,
                         subject=f"{what} giao dịch qua các chợ {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 7 chợ", "7", 7, "count", "chợ gia súc", subject="chợ gia súc đang hoạt động"),
    fig("gồm 2 chợ", "2", 2, "count", "chợ", total=7, subject="chợ gia súc", location="Tư Nghĩa"),
    fig("Nghĩa, 2 chợ", "2", 2, "count", "chợ", total=7, subject="chợ gia súc", location="Mộ Đức"),
    fig("Đức, 2 chợ", "2", 2, "count", "chợ", total=7, subject="chợ gia súc", location="Đức Phổ"),
    fig("và 1 chợ", "1", 1, "count", "chợ", total=7, subject="chợ gia súc", location="Bình Sơn"),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ trọng chợ bò Bàu Giang trong lượng gia súc giao dịch toàn tỉnh", location="Tư Nghĩa"),
    fig("có 700-900 con", "700", 700, "measure", "con/phiên", value_max=900,
        subject="bò được mua bán mỗi phiên", location="Tư Nghĩa"),
] + CELLS + [
    fig("kiểm tra 61.840 con", "61.840", 61840, "count", "con gia súc",
        subject="gia súc các trạm kiểm dịch động vật tại chợ đã kiểm tra", period=Y24),
    fig("xử lý 18 trường hợp", "18", 18, "count", "trường hợp",
        subject="trường hợp vận chuyển không có giấy chứng nhận kiểm dịch", period=Y24),
    fig("chính 96,5 triệu", "96,5", 96.5e6, "money", "đồng", subject="xử phạt vi phạm hành chính", period=Y24),
    fig("đạt 1,27 tỷ", "1,27", 1.27e9, "money", "đồng", change=chg("increase", 6, "%", "dự toán"),
        subject="tổng số phí thu được từ các chợ", period=inh(Y24)),
    fig("đạt 65.800 con", "65.800", 65800, "count", "con", status="target",
        change=chg("increase", 3.8, "%", "năm 2024", approx="about"),
        subject="số gia súc giao dịch qua chợ", period=Y25),
    fig("; 100% gia súc", "100", 100, "percent", "%", status="target",
        subject="gia súc vận chuyển ra khỏi tỉnh được kiểm dịch", period=Y25),
    fig("khoảng 2 km", "2", 2, "measure", "km", approx="about", status="target",
        subject="khoảng cách từ chợ gia súc Mộ Đức di dời đến Quốc lộ 1", location="Mộ Đức", optional=True),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NGÃI', 'Số: 27/BC-UBND', 'Quảng Ngãi, ngày 16 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 27/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'Quốc lộ 1', deadline 'trước ngày 30/6/2025', 'Lưu: VT'.",
    "'gồm 2 chợ ở huyện Tư Nghĩa, 2 ... Mộ Đức, 2 ... Đức Phổ và 1 ... Bình Sơn' follows the whole → total 7; each place is the location.",
    "'Riêng chợ bò Bàu Giang (huyện Tư Nghĩa) chiếm khoảng 45% ...' has no amount before it → a percent figure of its own (Tư Nghĩa).",
    "Flattened '|' table, 'Đơn vị tính: con': subject = row + column label; period from the column header;",
    "'So với cùng kỳ (%)' cells are percent figures whose header has no year (period inherited from the 'Năm 2024' column, not scored);",
    "'Kế hoạch 2025' → target. Cells get no total.",
    "'vượt 6% dự toán' → change (gap to plan, FIGURES.md 'Result against plan'). Section II: 'Phấn đấu' governs the ';'-chain → target.",
    "'cách Quốc lộ 1 khoảng 2 km' is a description of the new site: optional (a distance inside a task, not an indicator).",
]

if __name__ == "__main__":
    write("p1366-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Quảng Ngãi")
