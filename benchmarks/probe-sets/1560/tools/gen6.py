"""p1560-6: department site (Sở Công Thương Cần Thơ), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức - Sự kiện | Quản lý thương mại | Thủ tục hành chính | Hỏi đáp

Phát triển mạng lưới kinh doanh mỹ phẩm và dịch vụ làm móng

Thị trường mỹ phẩm trên địa bàn thành phố tiếp tục tăng trưởng khá. Năm 2024, doanh thu bán lẻ nhóm hàng mỹ phẩm, đồ dùng làm đẹp ước đạt 3.180 tỷ đồng, tăng 9,5% so với năm 2023, chiếm khoảng 2,4% tổng mức bán lẻ hàng hóa của thành phố. Trong đó, bán qua các kênh trực tuyến chiếm khoảng 31%, cao hơn 6 điểm phần trăm so với năm trước.

Số cơ sở kinh doanh mỹ phẩm, dịch vụ làm móng theo địa bàn
Đơn vị tính: cơ sở
Quận, huyện
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Ninh Kiều
612
668
700
Cái Răng
187
214
235
Bình Thủy
143
159
170
Các quận, huyện còn lại
398
431
465
Tổng số
1.340
1.472
1.570
Trong đó: tiệm làm móng
386
452
500

Toàn thành phố hiện có 5 cơ sở sản xuất mỹ phẩm được cấp giấy chứng nhận đủ điều kiện, gồm 3 cơ sở tại quận Ninh Kiều và 2 cơ sở tại quận Ô Môn. Sở phấn đấu đến năm 2025 có ít nhất 2 sản phẩm mỹ phẩm từ dược liệu địa phương đạt OCOP 4 sao.

Liên kết website: Bộ Công Thương | Cổng thông tin TP Cần Thơ
SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 19 Ngô Gia Tự, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.451
Lượt truy cập: 1.907.342
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = {"năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
CAP = "cơ sở kinh doanh mỹ phẩm, dịch vụ làm móng"
ROWS = [("Ninh Kiều", ["612", "668", "700"], "Ninh Kiều", None),
        ("Cái Răng", ["187", "214", "235"], "Cái Răng", None),
        ("Bình Thủy", ["143", "159", "170"], "Bình Thủy", None),
        ("Các quận, huyện còn lại", ["398", "431", "465"], None, "các quận, huyện còn lại"),
        ("Tổng số", ["1.340", "1.472", "1.570"], None, "tổng số"),
        ("Trong đó: tiệm làm móng", ["386", "452", "500"], None, "tiệm làm móng")]
CELLS = []
totals = {}
for label, nums, place, rowsubj in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        if rowsubj == "tổng số":
            totals[col] = float(n.replace(".", ""))
        if rowsubj == "tiệm làm móng":
            kw["total"] = totals[col]
            subj = f"tiệm làm móng {col}"
        else:
            subj = f"{CAP} {rowsubj + ' ' if rowsubj else ''}{col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "cơ sở",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 3.180 tỷ", "3.180", 3180e9, "money", "đồng", status="estimate", percent=2.4,
        change=chg("increase", 9.5, "%", "năm 2023"),
        subject="doanh thu bán lẻ nhóm hàng mỹ phẩm, đồ dùng làm đẹp", period=Y24),
    fig("chiếm khoảng 31%", "31", 31, "percent", "%", approx="about", status="estimate",
        change=chg("increase", 6, "điểm phần trăm", "năm trước"),
        subject="bán qua các kênh trực tuyến", period=inh(Y24)),
] + CELLS + [
    fig("có 5 cơ sở", "5", 5, "count", "cơ sở",
        subject="cơ sở sản xuất mỹ phẩm được cấp giấy chứng nhận đủ điều kiện"),
    fig("gồm 3 cơ sở", "3", 3, "count", "cơ sở", total=5, location="Ninh Kiều",
        subject="cơ sở sản xuất mỹ phẩm đủ điều kiện"),
    fig("và 2 cơ sở", "2", 2, "count", "cơ sở", total=5, location="Ô Môn",
        subject="cơ sở sản xuất mỹ phẩm đủ điều kiện"),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm mỹ phẩm từ dược liệu địa phương đạt OCOP 4 sao", period=T25),
]

NOTES = [
    "Department site (Sở Công Thương Cần Thơ), no dateline: menu, links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'OCOP 4 sao', 'Số 19 Ngô Gia Tự', phone 0292.3820.451, 'Lượt truy cập: 1.907.342', column years, 'năm 2023' baseline.",
    "'ước đạt 3.180 tỷ đồng, tăng 9,5% …, chiếm khoảng 2,4% …': estimate with a change and a percent attribute (2,4).",
    "'Trong đó, bán qua các kênh trực tuyến chiếm khoảng 31%, cao hơn 6 điểm phần trăm …': a share with no base amount, its own",
    "percent figure; it continues the estimate (status estimate); the gap in points is its change (6 điểm phần trăm).",
    "One-cell-per-line table, 'Đơn vị tính: cơ sở'; rows are districts (location) with the caption as subject; period from the",
    "column header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'Các quận, huyện còn lại' and 'Tổng số' stay Cần Thơ.",
    "'Trong đó: tiệm làm móng' is a part row right after 'Tổng số': total = the Tổng số cell of the same column (FIGURES.md, parts after 'trong đó').",
    "'gồm 3 cơ sở tại quận Ninh Kiều và 2 cơ sở tại quận Ô Môn' adds up to 5: total 5, each located in its district.",
    "revised after the first run: the two list items' subjects dropped 'tại quận Ninh Kiều' / 'tại quận Ô Môn' (place → location only).",
]

if __name__ == "__main__":
    write("p1560-6", TEXT, NOTES, FIGS, location="Cần Thơ",
          ignore=("Năm 2023", "2024\n", "2025\n", "năm 2023", "9,5%", "2,4%", "6 điểm", "4 sao", "Số 19", "0292", "1.907.342", "năm 2025"))
