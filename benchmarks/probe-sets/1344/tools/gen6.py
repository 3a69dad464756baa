"""p1344-6: department site without dateline (Sở NN&PTNT Sơn La): biogas works by district; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Khí sinh học giúp hộ chăn nuôi giảm chi phí chất đốt

Năm 2024, toàn tỉnh ước xây mới 518 công trình khí sinh học, tăng 12,6% so với năm 2023, nâng tổng số công trình đang sử dụng lên khoảng 6.900 công trình. Phần lớn công trình tập trung ở các huyện có nhiều trang trại lợn, bò sữa như Mai Sơn, Yên Châu, Mộc Châu.

Số công trình khí sinh học xây mới phân theo huyện, thành phố
Đơn vị tính: công trình
Huyện, thành phố
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
Kế hoạch năm 2025
Mai Sơn
186
214
115,1
230
Yên Châu
142
155
109,2
170
Mộc Châu
97
118
121,6
125
Thành phố Sơn La
35
31
88,6
30
Tổng số
460
518
112,6
555

Theo Chi cục Phát triển nông thôn, mỗi công trình cho khoảng 1,2-1,5 m3 khí/ngày, thay thế khoảng 3 tấn củi/năm. Giá xây dựng hiện từ 12 đến 18 triệu đồng/công trình tùy loại vật liệu. Năm 2025, Sở phấn đấu hỗ trợ xây mới 555 công trình, trong đó ưu tiên 120 công trình cho hộ nghèo, hộ cận nghèo.

Tin khác:
- Sơn La: Tập huấn kỹ thuật chăn nuôi an toàn sinh học năm 2024
- Hội nghị tổng kết Chương trình OCOP giai đoạn 2019-2023

Địa chỉ: Số 8, đường Tô Hiệu, TP Sơn La | Điện thoại: 0212.3852.714
Lượt truy cập: 1.204.557 | Đang trực tuyến: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [
    ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None, False),
    ("ước thực hiện năm 2024", per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate", False),
    ("so với cùng kỳ", None, None, True),
    ("kế hoạch năm 2025", per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target", False),
]
ROWS = [("Mai Sơn", ["186", "214", "115,1", "230"]), ("Yên Châu", ["142", "155", "109,2", "170"]),
        ("Mộc Châu", ["97", "118", "121,6", "125"]), ("Thành phố Sơn La", ["35", "31", "88,6", "30"]),
        ("Tổng số", ["460", "518", "112,6", "555"])]
IND = "số công trình khí sinh học xây mới"
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st, pct), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        kw["location"] = "Sơn La" if label in ("Tổng số", "Thành phố Sơn La") else label
        subj = f"{IND} {col}" + (" tổng số" if label == "Tổng số" else "")
        v = float(n.replace(",", "."))
        if pct:
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, v, "count", "công trình", subject=subj, **kw))
        prev = n

FIGS = [
    fig("ước xây mới 518", "518", 518, "count", "công trình", status="estimate",
        change=chg("increase", 12.6, "%", "năm 2023"), subject="công trình khí sinh học xây mới", period=Y24),
    fig("khoảng 6.900 công trình", "6.900", 6900, "count", "công trình", approx="about", status="estimate",
        subject="tổng số công trình đang sử dụng", period=Y24),
] + CELLS + [
    fig("khoảng 1,2-1,5", "1,2", 1.2, "measure", "m3/ngày", value_max=1.5, approx="about",
        subject="khí mỗi công trình cho"),
    fig("khoảng 3 tấn", "3", 3, "measure", "tấn/năm", approx="about", subject="củi mỗi công trình thay thế"),
    fig("từ 12 đến 18", "12", 12e6, "money", "đồng/công trình", value_max=18e6, subject="giá xây dựng"),
    fig("mới 555 công trình", "555", 555, "count", "công trình", status="target",
        subject="công trình Sở hỗ trợ xây mới", period=Y25),
    fig("tiên 120 công trình", "120", 120, "count", "công trình", status="target", total=555,
        subject="công trình ưu tiên cho hộ nghèo, hộ cận nghèo", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Sơn La), no dateline: menu, 'Tin khác', address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 8, đường Tô Hiệu', phone 0212.3852.714, counters 1.204.557 and 23, 'năm 2024' and 'giai đoạn 2019-2023' in links.",
    "One-cell-per-line table, 'Đơn vị tính: công trình'; district rows → location ('Thành phố Sơn La' → Sơn La, the city);",
    "'Tổng số' row → the province Sơn La. Subject = caption indicator + column label. 'Ước thực hiện năm 2024' → estimate,",
    "'Kế hoạch năm 2025' → target; 'So với cùng kỳ (%)' cells are percent figures (ratio to last year), no period in their header,",
    "status actual (the header has no cue). Table cells carry no total.",
    "Lead: 'ước xây mới 518 ..., tăng 12,6% so với năm 2023, nâng ... lên khoảng 6.900' → both estimate (the clause continues).",
    "'trong đó ưu tiên 120 công trình' follows 555 → total 555, status target (the 'phấn đấu' clause continues).",
    "'từ 12 đến 18 triệu đồng/công trình': multiplier applies to both ends.",
]

if __name__ == "__main__":
    write("p1344-6", TEXT, NOTES, FIGS, location="Sơn La")
