"""p1412-7: department site (Chi cục Trồng trọt và BVTV Nghệ An), no dateline, one-cell-per-line table by year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Dự tính dự báo | Văn bản | Liên hệ

Kết quả phòng trừ sâu keo mùa thu trên cây ngô năm 2024

Năm 2024, diện tích nhiễm sâu keo mùa thu trên ngô toàn tỉnh ước 2.265 ha, giảm 24% so với năm 2023, trong đó diện tích nhiễm nặng ước 297 ha. Kết quả cụ thể như sau:

Chỉ tiêu
Năm 2022
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Diện tích ngô gieo trồng (ha)
52.340
50.860
49.720
97,8
Diện tích nhiễm sâu keo mùa thu (ha)
3.415
2.980
2.265
76,0
Trong đó: nhiễm nặng (ha)
612
438
297
67,8
Diện tích được phòng trừ (ha)
3.280
2.875
2.190
76,2
Năng suất ngô bình quân (tạ/ha)
44,6
45,9
46,8
102,0

Trong năm, Chi cục đã xây dựng 6 mô hình quản lý sâu keo mùa thu bằng biện pháp sinh học với tổng quy mô 30 ha tại các huyện Quỳnh Lưu, Yên Thành và Thanh Chương; năng suất ngô trong mô hình cao hơn 8-10% so với ruộng đối chứng. Mục tiêu năm 2025, giảm diện tích nhiễm nặng xuống dưới 250 ha, nhân rộng mô hình lên ít nhất 100 ha.

Bài viết liên quan:
- Thông báo tình hình sinh vật gây hại cây trồng tuần 48
- Hướng dẫn phòng trừ sâu keo mùa thu hại ngô vụ đông 2024

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT NGHỆ AN
Địa chỉ: Số 94 Nguyễn Sỹ Sách, TP Vinh, Nghệ An
Điện thoại: 0238.3842.617
Lượt truy cập: 1.204.553 | Đang online: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("so với cùng kỳ", None, None)]
ROWS = [("Diện tích ngô gieo trồng (ha)", "diện tích ngô gieo trồng", "ha",
         ["52.340", "50.860", "49.720", "97,8"]),
        ("Diện tích nhiễm sâu keo mùa thu (ha)", "diện tích nhiễm sâu keo mùa thu", "ha",
         ["3.415", "2.980", "2.265", "76,0"]),
        ("Trong đó: nhiễm nặng (ha)", "diện tích nhiễm nặng", "ha", ["612", "438", "297", "67,8"]),
        ("Diện tích được phòng trừ (ha)", "diện tích được phòng trừ", "ha", ["3.280", "2.875", "2.190", "76,2"]),
        ("Năng suất ngô bình quân (tạ/ha)", "năng suất ngô bình quân", "tạ/ha", ["44,6", "45,9", "46,8", "102,0"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
infested = None
for label, subj, unit, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=f"{subj} {col}", **kw))
        else:
            if subj == "diện tích nhiễm nặng":
                kw["total"] = num(infested[col])
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "measure", unit, subject=f"{subj} {col}", **kw))
        prev = n
    if subj == "diện tích nhiễm sâu keo mùa thu":
        infested = dict(zip([c[0] for c in COLS], nums))

FIGS = [
    fig("ước 2.265 ha", "2.265", 2265, "measure", "ha", status="estimate",
        change=chg("decrease", 24, "%", "năm 2023"),
        subject="diện tích nhiễm sâu keo mùa thu trên ngô toàn tỉnh", period=Y24),
    fig("ước 297 ha", "297", 297, "measure", "ha", status="estimate", total=2265,
        subject="diện tích nhiễm nặng", period=Y24),
] + CELLS + [
    fig("xây dựng 6 mô hình", "6", 6, "count", "mô hình",
        subject="mô hình quản lý sâu keo mùa thu bằng biện pháp sinh học", period=INYEAR),
    fig("quy mô 30 ha", "30", 30, "measure", "ha", subject="tổng quy mô mô hình", period=INYEAR),
    fig("cao hơn 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="năng suất ngô trong mô hình", period=INYEAR),
    fig("dưới 250 ha", "250", 250, "measure", "ha", approx="under", status="target",
        subject="diện tích nhiễm nặng", period=Y25),
    fig("ít nhất 100 ha", "100", 100, "measure", "ha", approx="at_least", status="target",
        subject="diện tích nhân rộng mô hình", period=Y25),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV Nghệ An), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'tuần 48', 'vụ đông 2024' (link), 'Số 94 Nguyễn Sỹ Sách', phone 0238.3842.617, counters 1.204.553 and 24.",
    "One-cell-per-line table; unit from the row label '(ha)', '(tạ/ha)'; subject = row label + column label;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate. 'So với cùng kỳ (%)' cells are percent figures,",
    "no period (the column names none), status actual (its header has no cue).",
    "'Trong đó: nhiễm nặng' sub-row: each value cell takes the cell above in its column as total (the part after 'trong đó' follows",
    "the whole of the same column and period); its '%' cell gets no total. Other cells get no total.",
    "Text: 'ước 2.265 ha, giảm 24% so với năm 2023, trong đó ... ước 297 ha' → estimate, change, total 2265.",
    "'Trong năm' in a 2024 article = the year 2024. 'cao hơn 8-10% so với ruộng đối chứng' has no base amount → percent figure.",
    "'Mục tiêu năm 2025 ... dưới 250 ha, ... ít nhất 100 ha' → target, period 2025.",
]

if __name__ == "__main__":
    write("p1412-7", TEXT, NOTES, FIGS, location="Nghệ An")
