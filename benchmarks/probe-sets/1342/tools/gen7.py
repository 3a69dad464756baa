"""p1342-7: department site (Sở NN&PTNT Kiên Giang), no dateline: support for fishermen hit at sea, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Kiên Giang: hỗ trợ ngư dân gặp rủi ro trên biển

Năm 2024, trên các ngư trường xảy ra 31 vụ tai nạn đối với tàu cá của tỉnh, làm chìm 14 tàu, 12 ngư dân chết và mất tích; lực lượng chức năng và ngư dân đã cứu được 176 người. Toàn tỉnh hiện có 9.316 tàu cá, trong đó 3.853 tàu khai thác vùng khơi.

Theo Chi cục Thủy sản, mức hỗ trợ tàu bị chìm là 30% giá trị thân tàu, tối đa 150 triệu đồng/tàu; gia đình có người chết, mất tích được hỗ trợ 30 triệu đồng. Kinh phí hỗ trợ năm 2024 ước đạt 6,26 tỷ đồng, giảm 8% so với năm 2023.

Kinh phí hỗ trợ ngư dân gặp rủi ro trên biển
Đơn vị tính: triệu đồng
Nội dung
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Hỗ trợ tàu bị chìm
4.350
3.900
4.000
Hỗ trợ tàu hư hỏng
1.280
1.150
1.200
Hỗ trợ gia đình người chết, mất tích
360
270
300
Hỗ trợ chi phí cứu hộ, lai dắt
815
940
1.000
Tổng cộng
6.805
6.260
6.500
Trong đó: ngân sách Trung ương
4.100
3.750
3.900

Năm 2025, Sở phấn đấu giảm 15-20% số vụ tai nạn tàu cá; hỗ trợ lắp đặt 500 máy thông tin liên lạc tầm xa Icom IC-718 cho tàu cá vùng khơi.

Tin khác:
- Hướng dẫn thực hiện Nghị định số 37/2024/NĐ-CP
- Kiểm tra tàu cá tại cảng An Thới

Địa chỉ: Số 11 Nguyễn Công Trứ, phường Vĩnh Thanh, TP Rạch Giá, tỉnh Kiên Giang
Điện thoại: 0297.3862.495
Lượt truy cập: 1.204.557 | Đang trực tuyến: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Hỗ trợ tàu bị chìm", "kinh phí hỗ trợ tàu bị chìm", ["4.350", "3.900", "4.000"]),
        ("Hỗ trợ tàu hư hỏng", "kinh phí hỗ trợ tàu hư hỏng", ["1.280", "1.150", "1.200"]),
        ("Hỗ trợ gia đình người chết, mất tích", "kinh phí hỗ trợ gia đình người chết, mất tích",
         ["360", "270", "300"]),
        ("Hỗ trợ chi phí cứu hộ, lai dắt", "kinh phí hỗ trợ chi phí cứu hộ, lai dắt", ["815", "940", "1.000"]),
        ("Tổng cộng", "tổng cộng kinh phí hỗ trợ", ["6.805", "6.260", "6.500"]),
        ("Trong đó: ngân sách Trung ương", "kinh phí hỗ trợ từ ngân sách Trung ương", ["4.100", "3.750", "3.900"])]
TOTALS = [6805e6, 6260e6, 6500e6]

CELLS = []
for label, subj, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
        v = float(n.replace(".", "")) * 1e6
        CELLS.append(fig(f"{prev}\n{n}", n, v, "money", "đồng", subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("xảy ra 31 vụ", "31", 31, "count", "vụ", subject="vụ tai nạn đối với tàu cá của tỉnh", period=Y24),
    fig("làm chìm 14 tàu", "14", 14, "count", "tàu", subject="tàu bị chìm", period=Y24),
    fig("12 ngư dân", "12", 12, "count", "ngư dân", subject="ngư dân chết và mất tích", period=Y24),
    fig("cứu được 176 người", "176", 176, "count", "người", subject="người được cứu", period=Y24),
    fig("có 9.316 tàu", "9.316", 9316, "count", "tàu cá", subject="tàu cá"),
    fig("trong đó 3.853 tàu", "3.853", 3853, "count", "tàu", total=9316, subject="tàu khai thác vùng khơi"),
    fig("là 30% giá trị", "30", 30, "percent", "%", subject="mức hỗ trợ tàu bị chìm so với giá trị thân tàu"),
    fig("tối đa 150 triệu", "150", 150e6, "money", "đồng/tàu", approx="at_most",
        subject="mức hỗ trợ tối đa cho tàu bị chìm"),
    fig("hỗ trợ 30 triệu", "30", 30e6, "money", "đồng",
        subject="mức hỗ trợ gia đình có người chết, mất tích"),
    fig("ước đạt 6,26 tỷ", "6,26", 6.26e9, "money", "đồng", status="estimate",
        change=chg("decrease", 8, "%", "năm 2023"), subject="kinh phí hỗ trợ", period=Y24b),
] + CELLS + [
    fig("giảm 15-20%", "15", 15, "percent", "%", value_max=20, status="target",
        subject="số vụ tai nạn tàu cá giảm", period=Y25),
    fig("lắp đặt 500 máy", "500", 500, "count", "máy", status="target",
        subject="máy thông tin liên lạc tầm xa hỗ trợ lắp đặt cho tàu cá vùng khơi", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Kiên Giang), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: product 'Icom IC-718', 'Nghị định số 37/2024/NĐ-CP', 'Số 11 Nguyễn Công Trứ', phone, counters 1.204.557 and 24.",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' (money ×10^6); subject = row + column; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: ngân sách Trung ương' row is a part of the 'Tổng cộng'",
    "row above it (same column, same thing, same period): its cells take that column's total. Other cells get no total.",
    "'mức hỗ trợ … là 30% giá trị thân tàu, tối đa 150 triệu đồng/tàu' → a percent figure and an at_most money rate (no period: a standing rule).",
    "'ước đạt 6,26 tỷ đồng, giảm 8% so với năm 2023' → estimate with change. 'Năm 2025, Sở phấn đấu giảm 15-20% …; hỗ trợ lắp đặt 500 máy'",
    "→ both target (the ';' clause continues 'phấn đấu'); the 15-20% is a rate as the claim (percent figure, no change object).",
]

if __name__ == "__main__":
    write("p1342-7", TEXT, NOTES, FIGS, location="Kiên Giang")
