"""p1501-7: department site (Sở Xây dựng Đồng Nai), no dateline, one-cell-per-line table by locality with 'Trong đó:'."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ XÂY DỰNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Vật liệu xây dựng | Văn bản | Hỏi đáp | Liên hệ

Sứ vệ sinh Đồng Nai xuất khẩu tới hơn 30 quốc gia

Đồng Nai hiện có 23 doanh nghiệp sản xuất sứ vệ sinh, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài; tổng vốn đăng ký của khối FDI khoảng 640 triệu USD. Đến nay, 21/23 doanh nghiệp đã chuyển sang dùng khí thiên nhiên hóa lỏng (LNG) cho lò nung. Năm 2024, kim ngạch xuất khẩu sứ vệ sinh của tỉnh ước đạt 215 triệu USD, tăng 9,1% so với năm 2023.

Sản lượng sứ vệ sinh theo địa bàn
Đơn vị tính: nghìn sản phẩm
Địa bàn
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Tổng số
2.960
3.180
3.400
Trong đó:
TP Biên Hòa
1.450
1.560
1.650
Huyện Nhơn Trạch
870
925
990
Huyện Long Thành
520
560
600

Giá khí LNG tăng khoảng 15% khiến chi phí nung chiếm tới 35-38% giá thành sản phẩm. Sở Xây dựng đề nghị các doanh nghiệp phấn đấu giảm ít nhất 5% mức tiêu hao năng lượng trên mỗi sản phẩm trong năm 2025.

Tin liên quan:
- Đồng Nai tổ chức Hội chợ vật liệu xây dựng lần thứ 8
- Hướng dẫn công bố hợp quy sản phẩm sứ vệ sinh theo QCVN 16:2023/BXD

SỞ XÂY DỰNG TỈNH ĐỒNG NAI
Địa chỉ: Số 236 Phan Trung, phường Tân Tiến, TP Biên Hòa
Điện thoại: 0251.3822.479
Lượt truy cập: 3.412.508 | Trực tuyến: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23, None), ("ước thực hiện năm 2024", E24, "estimate"), ("kế hoạch năm 2025", K25, "target")]
ROWS = [("Tổng số", None, ["2.960", "3.180", "3.400"]),
        ("TP Biên Hòa", "Biên Hòa", ["1.450", "1.560", "1.650"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["870", "925", "990"]),
        ("Huyện Long Thành", "Long Thành", ["520", "560", "600"])]
TOTALS = [2960e3, 3180e3, 3400e3]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
            kw = {"status": st} if st else {}
            if place:
                kw["location"] = place
                kw["total"] = TOTALS[i]
                subj = f"sản lượng sứ vệ sinh {col}"
            else:
                subj = f"sản lượng sứ vệ sinh tổng số {col}"
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "count", "sản phẩm",
                           subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("hơn 30 quốc gia", "30", 30, "count", "quốc gia", approx="over",
        subject="quốc gia sứ vệ sinh Đồng Nai xuất khẩu tới"),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất sứ vệ sinh"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 640 triệu", "640", 640e6, "money", "USD", approx="about",
        subject="tổng vốn đăng ký của khối FDI"),
    fig("21/23 doanh nghiệp", "21", 21, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp đã chuyển sang dùng khí thiên nhiên hóa lỏng (LNG) cho lò nung"),
    fig("ước đạt 215 triệu", "215", 215e6, "money", "USD", status="estimate",
        change=chg("increase", 9.1, "%", "năm 2023"), subject="kim ngạch xuất khẩu sứ vệ sinh của tỉnh",
        period=Y24),
] + cells() + [
    fig("tăng khoảng 15%", "15", 15, "percent", "%", approx="about", subject="giá khí LNG"),
    fig("chiếm tới 35-38%", "35", 35, "percent", "%", value_max=38,
        subject="chi phí nung trong giá thành sản phẩm"),
    fig("ít nhất 5%", "5", 5, "percent", "%", approx="at_least", status="target",
        subject="giảm mức tiêu hao năng lượng trên mỗi sản phẩm", period=Y25),
]

NOTES = [
    "Department site (Sở Xây dựng Đồng Nai), no dateline: menu, related links, address footer, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'lần thứ 8', 'QCVN 16:2023/BXD', 'Số 236 Phan Trung', phone 0251.3822.479, counters 3.412.508 and 52.",
    "'21/23 doanh nghiệp' → total 23; 'trong đó 9 doanh nghiệp' → total 23. 'Đến nay' with no dateline gives no period.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm'; 'Tổng số' row (location Đồng Nai), then 'Trong đó:' and three",
    "localities: the locality goes to location, not subject; subject = indicator + column; periods from column headers (scored);",
    "'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target. Rows under 'Trong đó:' are parts of the 'Tổng số' cell",
    "of the same column (spec: a part after 'trong đó' that follows the whole, same thing, same period), so they take it as total.",
    "'chi phí nung chiếm tới 35-38%': 'tới' stresses size, not a bound: approx exact. 'phấn đấu giảm ít nhất 5%' → target, at_least.",
]

if __name__ == "__main__":
    write("p1501-7", TEXT, NOTES, FIGS, location="Đồng Nai")
