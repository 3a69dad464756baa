"""p1373-3: formal report (UBND tỉnh Lạng Sơn): vehicles through border gates 2024, tasks 2025; flattened | table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH LẠNG SƠN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý phương tiện vận tải hàng hóa qua các cửa khẩu năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Phương tiện xuất nhập khẩu
Năm 2024, lượng phương tiện chở hàng xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh ước đạt 468.300 lượt xe, tăng 16,3% so với năm 2023 (chi tiết tại bảng). Bình quân mỗi ngày có khoảng 1.280 lượt xe container thông quan; những ngày cao điểm có trên 2.000 lượt xe.

Đơn vị tính: lượt xe
Chỉ tiêu | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Tổng số | 402.600 | 468.300 | 510.000 | 116,3
- Xe chở hàng xuất khẩu | 231.800 | 279.500 | 300.000 | 120,6
- Xe chở hàng nhập khẩu | 170.800 | 188.800 | 210.000 | 110,5

2. Cảng cạn và kho bãi
Tỉnh có 2 cảng cạn đã được công bố là cảng cạn Na Sầm và cảng cạn Đồng Bành với tổng diện tích 38,5 ha, năng lực khai thác 150.000 TEU/năm; năm 2024 sản lượng hàng hóa qua cảng cạn ước đạt 96.200 TEU, bằng 64,1% năng lực.

3. Xử lý ùn tắc
Đã tổ chức 3 đợt phân luồng phương tiện trên Quốc lộ 1A và Quốc lộ 4B; số xe tồn tại các bãi chờ giảm từ 1.450 xe xuống còn dưới 300 xe.

II. NHIỆM VỤ NĂM 2025
Phấn đấu lượng phương tiện xuất nhập khẩu đạt khoảng 510.000 lượt xe; 100% tờ khai phương tiện thực hiện trên Nền tảng cửa khẩu số; hoàn thành mở rộng bãi chờ thêm 12 ha.

Nơi nhận:
- Bộ Giao thông vận tải;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Minh
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
C25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Tổng số", "tổng số lượt xe chở hàng xuất nhập khẩu", ("402.600", 402600), ("468.300", 468300),
     ("510.000", 510000), ("116,3", 116.3)),
    ("- Xe chở hàng xuất khẩu", "xe chở hàng xuất khẩu", ("231.800", 231800), ("279.500", 279500),
     ("300.000", 300000), ("120,6", 120.6)),
    ("- Xe chở hàng nhập khẩu", "xe chở hàng nhập khẩu", ("170.800", 170800), ("188.800", 188800),
     ("210.000", 210000), ("110,5", 110.5)),
]

TABLE = []
for label, subj, c23, c24, c25, pct in ROWS:
    TABLE += [
        fig(f"{label} | {c23[0]}", c23[0], c23[1], "count", "lượt xe",
            subject=f"{subj} năm 2023", period=C23),
        fig(f"{c23[0]} | {c24[0]}", c24[0], c24[1], "count", "lượt xe", status="estimate",
            subject=f"{subj} ước thực hiện 2024", period=C24),
        fig(f"{c24[0]} | {c25[0]}", c25[0], c25[1], "count", "lượt xe", status="target",
            subject=f"{subj} kế hoạch 2025", period=C25),
        fig(f"{c25[0]} | {pct[0]}", pct[0], pct[1], "percent", "%",
            subject=f"{subj} so với cùng kỳ", period=inh(Y24)),
    ]

FIGS = [
    fig("ước đạt 468.300 lượt", "468.300", 468300, "count", "lượt xe", status="estimate",
        change=chg("increase", 16.3, "%", "năm 2023"),
        subject="lượng phương tiện chở hàng xuất nhập khẩu qua các cửa khẩu", period=Y24),
    fig("khoảng 1.280 lượt", "1.280", 1280, "measure", "lượt xe/ngày", approx="about",
        subject="lượt xe container thông quan bình quân mỗi ngày", period=inh(Y24)),
    fig("trên 2.000 lượt", "2.000", 2000, "measure", "lượt xe/ngày", approx="over",
        subject="lượt xe container thông quan những ngày cao điểm", period=inh(Y24)),
] + TABLE + [
    fig("có 2 cảng cạn", "2", 2, "count", "cảng cạn", subject="cảng cạn đã được công bố"),
    fig("diện tích 38,5 ha", "38,5", 38.5, "measure", "ha", subject="tổng diện tích cảng cạn"),
    fig("khai thác 150.000 TEU/năm", "150.000", 150000, "measure", "TEU/năm",
        subject="năng lực khai thác cảng cạn"),
    fig("ước đạt 96.200 TEU", "96.200", 96200, "measure", "TEU", status="estimate", percent=64.1,
        subject="sản lượng hàng hóa qua cảng cạn", period=Y24b),
    fig("tổ chức 3 đợt", "3", 3, "count", "đợt", subject="đợt phân luồng phương tiện", period=inh(Y24)),
    fig("từ 1.450 xe", "1.450", 1450, "count", "xe", subject="số xe tồn tại các bãi chờ"),
    fig("dưới 300 xe", "300", 300, "count", "xe", approx="under", subject="số xe tồn tại các bãi chờ"),
    fig("khoảng 510.000 lượt", "510.000", 510000, "count", "lượt xe", approx="about", status="target",
        subject="lượng phương tiện xuất nhập khẩu", period=inh(Y25)),
    fig("100% tờ khai", "100", 100, "percent", "%", status="target",
        subject="tờ khai phương tiện thực hiện trên Nền tảng cửa khẩu số", period=inh(Y25)),
    fig("thêm 12 ha", "12", 12, "measure", "ha", status="target",
        subject="diện tích bãi chờ mở rộng thêm", period=inh(Y25)),
]

NOTES = [
    "Formal report (UBND tỉnh Lạng Sơn, Số: 412/BC-UBND, 'Lạng Sơn, ngày 16 tháng 12 năm 2024'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 412/BC-UBND, the letterhead date, section numbers I., II., 1.-3., Quốc lộ 1A, Quốc lộ 4B, the year in the title.",
    "Flattened '|' table with 'Đơn vị tính: lượt xe': every cell a figure; period and status from the column header",
    "(Năm 2023 actual, 'Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target). The 'So với cùng kỳ (%)' column has no period",
    "in its header: percent figures, status actual (no cue), period 2024 marked inherited (not scored). Table cells carry no total.",
    "'ước đạt 468.300 lượt xe' in the text is a figure of its own beside the table cell. Rates 'mỗi ngày' → lượt xe/ngày.",
    "'giảm từ 1.450 xe xuống còn dưới 300 xe': two figures, no change (the text gives no difference).",
    "'ước đạt 96.200 TEU, bằng 64,1% năng lực' → percent 64.1. Section II tasks: 'Phấn đấu' governs all three clauses (target), period NĂM 2025 from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1373-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Lạng Sơn")
