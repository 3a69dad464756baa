"""p1551-7: department site (Sở LĐ-TB&XH Đồng Nai), no dateline: inspections of PPE provision, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Kết quả kiểm tra việc trang bị phương tiện bảo vệ cá nhân cho người lao động năm 2024

Năm 2024, Thanh tra Sở đã chủ trì, phối hợp kiểm tra 365 doanh nghiệp về việc trang bị phương tiện bảo vệ cá nhân cho người lao động, tăng 17% so với năm 2023. Qua kiểm tra, phát hiện 48 doanh nghiệp vi phạm, chiếm 13,2%, trong đó 31 doanh nghiệp không trang bị đủ găng tay, khẩu trang cho người lao động làm việc với hóa chất, 12 doanh nghiệp trang bị phương tiện không đạt quy chuẩn. Sở đã xử phạt 21 doanh nghiệp với tổng số tiền gần 1,4 tỷ đồng.

Số doanh nghiệp được kiểm tra theo địa bàn
Đơn vị tính: doanh nghiệp
Địa bàn
Năm 2023
Năm 2024
So với cùng kỳ (%)
TP Biên Hòa
142
168
118,3
Huyện Long Thành
65
74
113,8
Huyện Nhơn Trạch
58
71
122,4
Huyện Trảng Bom
47
52
110,6
Tổng số
312
365
117,0

Năm 2025, Sở phấn đấu kiểm tra ít nhất 400 doanh nghiệp, tập trung vào các ngành hóa chất, cơ khí, da giày; 100% doanh nghiệp vi phạm phải khắc phục trong vòng 30 ngày.

Bài viết liên quan:
- Hướng dẫn lựa chọn găng tay chống hóa chất theo QCVN 27:2016/BLĐTBXH
- Tháng hành động về an toàn, vệ sinh lao động lần thứ 8

Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.694
Lượt truy cập: 1.204.337
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CAP = "số doanh nghiệp được kiểm tra"
ROWS = [("TP Biên Hòa", "Biên Hòa", ["142", "168", "118,3"]),
        ("Huyện Long Thành", "Long Thành", ["65", "74", "113,8"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["58", "71", "122,4"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["47", "52", "110,6"]),
        ("Tổng số", None, ["312", "365", "117,0"])]
CELLS = []
for label, place, (a, b, c) in ROWS:
    loc = {"location": place} if place else {}
    extra = "" if place else " tổng số"
    CELLS.append(fig(f"{label}\n{a}\n", a, float(a), "count", "doanh nghiệp",
                     subject=f"{CAP}{extra} năm 2023", period=C23, **loc))
    CELLS.append(fig(f"\n{a}\n{b}\n", b, float(b), "count", "doanh nghiệp",
                     subject=f"{CAP}{extra} năm 2024", period=C24, **loc))
    CELLS.append(fig(f"\n{b}\n{c}\n", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{CAP}{extra} so với cùng kỳ", **loc))

FIGS = [
    fig("kiểm tra 365 doanh nghiệp", "365", 365, "count", "doanh nghiệp",
        change=chg("increase", 17, "%", "năm 2023"),
        subject="doanh nghiệp được kiểm tra về việc trang bị phương tiện bảo vệ cá nhân", period=Y24),
    fig("phát hiện 48 doanh nghiệp", "48", 48, "count", "doanh nghiệp", percent=13.2,
        subject="doanh nghiệp vi phạm", period=inh(Y24)),
    fig("trong đó 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp", total=48,
        subject="doanh nghiệp không trang bị đủ găng tay, khẩu trang cho người lao động làm việc với hóa chất",
        period=inh(Y24)),
    fig("12 doanh nghiệp trang bị", "12", 12, "count", "doanh nghiệp", total=48,
        subject="doanh nghiệp trang bị phương tiện không đạt quy chuẩn", period=inh(Y24)),
    fig("xử phạt 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", subject="doanh nghiệp bị xử phạt",
        period=inh(Y24)),
    fig("gần 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="nearly", subject="tổng số tiền xử phạt",
        period=inh(Y24)),
] + CELLS + [
    fig("ít nhất 400 doanh nghiệp", "400", 400, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được kiểm tra", period=Y25),
    fig("100% doanh nghiệp vi phạm", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp vi phạm phải khắc phục", period=Y25),
    fig("trong vòng 30 ngày", "30", 30, "measure", "ngày", status="target",
        subject="thời hạn khắc phục vi phạm", optional=True),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Đồng Nai), no dateline: menu, related links, address, phone, 'Lượt truy cập'. published = null.",
    "Distractors: QCVN 27:2016/BLĐTBXH, 'lần thứ 8', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.694, counter 1.204.337,",
    "'trong vòng 30 ngày' is a deadline: a duration that locates the remedy in time (not a figure) or a time limit (a measure): optional.",
    "'phát hiện 48 doanh nghiệp vi phạm, chiếm 13,2%' after 'kiểm tra 365' has no part-of cue: percent 13.2, no total; its 'trong đó'",
    "parts 31 and 12 take total 48 (they need not add up). Figures after the first sentence inherit 'Năm 2024'.",
    "One-cell-per-line table, 'Đơn vị tính: doanh nghiệp'; rows are places: the row label goes to location (Biên Hòa, Long Thành,",
    "Nhơn Trạch, Trảng Bom; the 'Tổng số' row is the province), subject = caption + column; period from 'Năm 2023'/'Năm 2024';",
    "'So với cùng kỳ (%)' cells are percent figures (2024 as % of 2023) with no period phrase in their header: no period.",
    "'Năm 2025, Sở phấn đấu ... ít nhất 400 ...; 100% ...': both target.",
]

if __name__ == "__main__":
    write("p1551-7", TEXT, NOTES, FIGS, location="Đồng Nai")
