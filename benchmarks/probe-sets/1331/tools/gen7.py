"""p1331-7: department site (Sở Xây dựng Đồng Nai), no dateline, one-cell-per-line table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ XÂY DỰNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Quy hoạch - Kiến trúc | Nhà ở - Bất động sản | Thủ tục hành chính | Liên hệ

Đồng Nai đẩy nhanh phát triển nhà ở xã hội cho công nhân

Đồng Nai hiện có 31 khu công nghiệp đang hoạt động với hơn 580.000 lao động, trong đó lao động ngoại tỉnh chiếm khoảng 65%. Năm 2024, số căn hộ nhà ở xã hội hoàn thành trên địa bàn tỉnh ước đạt 1.864 căn, tăng 66,4% so với năm 2023 nhưng mới bằng 82,8% kế hoạch.

Kết quả phát triển nhà ở xã hội theo địa phương
Đơn vị tính: căn
Địa phương
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
Kế hoạch năm 2025
TP Biên Hòa
520
784
150,8
1.000
Huyện Nhơn Trạch
310
642
207,1
900
Huyện Long Thành
290
438
151,0
600
Tổng số
1.120
1.864
166,4
2.500
Trong đó: nhà ở công nhân
740
1.312
177,3
1.800

Năm 2024, Sở Xây dựng đã kiểm tra, xác nhận danh sách 2.046 hồ sơ mua, thuê mua nhà ở xã hội, trong đó 1.517 hồ sơ của công nhân, người lao động tại các khu công nghiệp. Thời gian xem xét mỗi hồ sơ được rút ngắn từ 30 ngày xuống còn 15 ngày.

Mục tiêu đến năm 2030, tỉnh hoàn thành 20.000 căn nhà ở xã hội, trong đó tối thiểu 12.000 căn dành cho công nhân.

Tin liên quan:
- Lấy ý kiến quy hoạch Khu nhà ở công nhân Giang Điền 2
- Thông báo tuyển dụng viên chức năm 2024

SỞ XÂY DỰNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.451
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"), ("so với cùng kỳ", None, None),
        ("kế hoạch năm 2025", K25, "target")]
ROWS = [("TP Biên Hòa", "Biên Hòa", None, ["520", "784", "150,8", "1.000"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", None, ["310", "642", "207,1", "900"]),
        ("Huyện Long Thành", "Long Thành", None, ["290", "438", "151,0", "600"]),
        ("Tổng số", "Đồng Nai", "tổng số", ["1.120", "1.864", "166,4", "2.500"]),
        ("Trong đó: nhà ở công nhân", "Đồng Nai", "nhà ở công nhân", ["740", "1.312", "177,3", "1.800"])]
WHOLE = {"năm 2023": 1120, "ước thực hiện năm 2024": 1864, "kế hoạch năm 2025": 2500}
CELLS = []
for label, place, rowsubj, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        base = "căn hộ nhà ở xã hội hoàn thành" if not rowsubj else f"căn hộ nhà ở xã hội hoàn thành {rowsubj}"
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"{base} so với cùng kỳ", location=place, **kw))
        else:
            if rowsubj == "nhà ở công nhân":
                kw["total"] = WHOLE[col]
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "căn",
                             subject=f"{base} {col}", location=place, **kw))
        prev = n

FIGS = [
    fig("có 31 khu công nghiệp", "31", 31, "count", "khu công nghiệp", subject="khu công nghiệp đang hoạt động"),
    fig("hơn 580.000 lao động", "580.000", 580000, "count", "lao động", approx="over",
        subject="lao động tại các khu công nghiệp"),
    fig("chiếm khoảng 65%", "65", 65, "percent", "%", approx="about", subject="tỷ trọng lao động ngoại tỉnh"),
    fig("ước đạt 1.864", "1.864", 1864, "count", "căn", status="estimate", percent=82.8,
        change=chg("increase", 66.4, "%", "năm 2023"),
        subject="số căn hộ nhà ở xã hội hoàn thành", period=Y24),
] + CELLS + [
    fig("danh sách 2.046 hồ sơ", "2.046", 2046, "count", "hồ sơ",
        subject="hồ sơ mua, thuê mua nhà ở xã hội Sở Xây dựng đã kiểm tra, xác nhận", period=Y24),
    fig("trong đó 1.517 hồ sơ", "1.517", 1517, "count", "hồ sơ", total=2046,
        subject="hồ sơ của công nhân, người lao động tại các khu công nghiệp", period=Y24),
    fig("từ 30 ngày", "30", 30, "measure", "ngày", subject="thời gian xem xét mỗi hồ sơ trước đây", optional=True),
    fig("còn 15 ngày", "15", 15, "measure", "ngày", subject="thời gian xem xét mỗi hồ sơ"),
    fig("hoàn thành 20.000 căn", "20.000", 20000, "count", "căn", status="target",
        subject="căn nhà ở xã hội hoàn thành", period=per("đến năm 2030", None, "2030-12-31")),
    fig("tối thiểu 12.000 căn", "12.000", 12000, "count", "căn", approx="at_least", status="target", total=20000,
        subject="căn dành cho công nhân", period=per("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Department site (Sở Xây dựng Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Giang Điền 2', 'tuyển dụng viên chức năm 2024', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.451,",
    "counters 1.204.377 and 52; the baseline 'năm 2023'.",
    "'hơn 580.000 lao động, trong đó lao động ngoại tỉnh chiếm khoảng 65%' -> a percent figure of its own (the model's",
    "habit for 'trong đó X chiếm N%'), not an attribute of 580.000.",
    "'ước đạt 1.864 căn, tăng 66,4% ..., bằng 82,8% kế hoạch' -> estimate, change, percent attribute.",
    "One-cell-per-line table, 'Đơn vị tính: căn'; rows are places (-> location; 'Tổng số' and the 'Trong đó' row -> Đồng Nai);",
    "columns give period and status ('Ước thực hiện năm 2024' estimate, 'Kế hoạch năm 2025' target).",
    "'So với cùng kỳ (%)' cells are percent figures (ratio to the previous year) with no period of their own (header has none).",
    "The 'Trong đó: nhà ở công nhân' row follows 'Tổng số': its count cells take the Tổng số cell of the same column as total.",
    "'rút ngắn từ 30 ngày xuống còn 15 ngày': 15 ngày is the figure; the old value 30 ngày is optional (as the model's 'từ 40 triệu lên').",
    "'Mục tiêu đến năm 2030 ... 20.000 căn, trong đó tối thiểu 12.000 căn' -> targets; 12.000 has total 20.000.",
]

if __name__ == "__main__":
    write("p1331-7", TEXT, NOTES, FIGS, location="Đồng Nai")
