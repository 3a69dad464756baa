"""p1336-7: department site (Sở VH&TT Bình Định), no dateline: hát bội and bài chòi performances, one-cell-per-line table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Hát bội, bài chòi về với cơ sở

Năm 2024, các đơn vị nghệ thuật truyền thống và câu lạc bộ hát bội, bài chòi trên địa bàn tỉnh ước tổ chức 1.318 buổi biểu diễn phục vụ cơ sở, tăng 9,5% so với năm 2023. Riêng Đoàn Hát bội Sông Côn diễn 142 buổi, trong đó 38 buổi tại các xã miền núi An Lão, Vĩnh Thạnh, Vân Canh.

Số buổi biểu diễn phục vụ cơ sở
Đơn vị tính: buổi
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Quy Nhơn
312
335
350
Thị xã An Nhơn
268
291
300
Huyện Tây Sơn
224
247
260
Thị xã Hoài Nhơn
195
214
220
Các địa phương khác
205
231
250
Tổng số
1.204
1.318
1.380

Toàn tỉnh hiện có 156 câu lạc bộ bài chòi, 38 câu lạc bộ hát bội với hơn 3.400 hội viên. Năm 2024, tỉnh hỗ trợ 1,2 tỷ đồng cho các câu lạc bộ mua sắm trang phục, nhạc cụ, bình quân 6,2 triệu đồng/câu lạc bộ. Nghệ thuật Bài chòi dân gian Việt Nam được UNESCO ghi danh năm 2017.

Mục tiêu đến năm 2025, mỗi huyện, thị xã, thành phố có ít nhất 10 câu lạc bộ bài chòi hoạt động thường xuyên.

Bài viết liên quan:
- Khai mạc Liên hoan Bài chòi dân gian lần thứ IV
- Tập huấn nghiệp vụ cho cán bộ văn hóa các huyện miền núi

SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Địa chỉ: 29 Trần Phú, TP Quy Nhơn
Điện thoại: 0256.3822.453
Lượt truy cập: 1.207.554 | Đang trực tuyến: 26
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
CAP = "số buổi biểu diễn phục vụ cơ sở"
ROWS = [("TP Quy Nhơn", "Quy Nhơn", ["312", "335", "350"]),
        ("Thị xã An Nhơn", "An Nhơn", ["268", "291", "300"]),
        ("Huyện Tây Sơn", "Tây Sơn", ["224", "247", "260"]),
        ("Thị xã Hoài Nhơn", "Hoài Nhơn", ["195", "214", "220"]),
        ("Các địa phương khác", None, ["205", "231", "250"]),
        ("Tổng số", None, ["1.204", "1.318", "1.380"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if place:
                kw["location"] = place
                subj = f"{CAP} {col}"
            else:
                subj = f"{CAP} {label.lower()} {col}"
            out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "buổi", subject=subj,
                           period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("ước tổ chức 1.318 buổi", "1.318", 1318, "count", "buổi biểu diễn", status="estimate",
        change=chg("increase", 9.5, "%", "năm 2023"),
        subject="buổi biểu diễn phục vụ cơ sở của các đơn vị nghệ thuật truyền thống và câu lạc bộ hát bội, bài chòi",
        period=Y24),
    fig("diễn 142 buổi", "142", 142, "count", "buổi", subject="buổi diễn của Đoàn Hát bội Sông Côn",
        period=inh(Y24)),
    fig("trong đó 38 buổi", "38", 38, "count", "buổi", total=142,
        subject="buổi diễn tại các xã miền núi An Lão, Vĩnh Thạnh, Vân Canh", period=inh(Y24)),
] + cells() + [
    fig("có 156 câu lạc bộ", "156", 156, "count", "câu lạc bộ", subject="câu lạc bộ bài chòi"),
    fig("38 câu lạc bộ hát bội", "38", 38, "count", "câu lạc bộ", subject="câu lạc bộ hát bội"),
    fig("hơn 3.400 hội viên", "3.400", 3400, "count", "hội viên", approx="over",
        subject="hội viên câu lạc bộ bài chòi, hát bội"),
    fig("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ các câu lạc bộ mua sắm trang phục, nhạc cụ", period=Y24),
    fig("bình quân 6,2 triệu", "6,2", 6.2e6, "money", "đồng/câu lạc bộ",
        subject="kinh phí hỗ trợ bình quân mỗi câu lạc bộ", period=Y24),
    fig("ít nhất 10 câu lạc bộ", "10", 10, "count", "câu lạc bộ", approx="at_least", status="target",
        subject="câu lạc bộ bài chòi hoạt động thường xuyên của mỗi huyện, thị xã, thành phố", period=T25),
]

NOTES = [
    "Department site (Sở Văn hóa và Thể thao Bình Định), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'năm 2017' (UNESCO listing year), 'lần thứ IV' in a link title, '29 Trần Phú',",
    "phone 0256.3822.453, counters 1.207.554 and 26.",
    "One-cell-per-line table, 'Đơn vị tính: buổi'; rows are localities → location (Quy Nhơn, An Nhơn, Tây Sơn, Hoài Nhơn); 'Các địa phương",
    "khác' and 'Tổng số' stay Bình Định. Subject = caption + column (+ row label when it is no place); period from column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; table cells get no total.",
    "Body 1.318 'ước tổ chức' → estimate. 'Riêng Đoàn ... 142 buổi': 'riêng' is no part-of cue, no total; 'trong đó 38 buổi' → total 142.",
    "The three mountain districts of the 38 buổi are a list of places, not one place: location Bình Định (borderline).",
    "'bình quân 6,2 triệu đồng/câu lạc bộ' → money rate. 'Mục tiêu đến năm 2025 ... ít nhất 10' → target, at_least, start null.",
]

if __name__ == "__main__":
    write("p1336-7", TEXT, NOTES, FIGS, location="Bình Định")
