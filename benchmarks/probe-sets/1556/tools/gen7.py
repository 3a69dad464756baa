"""p1556-7: department site (Sở Xây dựng Long An), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ XÂY DỰNG TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức | Quy hoạch - Kiến trúc | Vật liệu xây dựng | Liên hệ

Ngành sơn Long An tăng trưởng hai con số

Long An hiện có 42 cơ sở sản xuất sơn, bột bả, tập trung chủ yếu tại các khu công nghiệp Đức Hòa 1, Tân Đức, Phúc Long và Long Hậu. Năm 2024, sản lượng sơn nước toàn tỉnh ước đạt 99,5 triệu lít, tăng 10,1% so với năm 2023; sản lượng bột bả ước đạt 185.000 tấn.

Sản lượng sơn nước theo địa phương
Đơn vị tính: triệu lít
Địa phương
Năm 2023
Ước thực hiện 2024
Ước 2024 so với 2023 (%)
Huyện Đức Hòa
38,6
43,2
111,9
Huyện Bến Lức
27,4
29,8
108,8
Huyện Cần Giuộc
15,1
15,9
105,3
Các địa phương khác
9,3
10,6
114,0
Tổng số
90,4
99,5
110,1

Ngành sơn sử dụng khoảng 3.600 lao động. Năm 2025, Sở Xây dựng đặt mục tiêu 100% cơ sở sản xuất sơn được kiểm tra chất lượng sản phẩm ít nhất một lần; sản lượng sơn nước phấn đấu đạt trên 108 triệu lít.

Văn bản mới:
- Hướng dẫn công bố hợp quy sản phẩm sơn tường dạng nhũ tương
- Danh mục vật liệu xây dựng chủ yếu năm 2025

Liên kết website: Cổng dịch vụ công | Bộ Xây dựng
SỞ XÂY DỰNG TỈNH LONG AN
Địa chỉ: Số 66 Hùng Vương, Phường 2, TP Tân An
Điện thoại: 0272.3826.451 | Email: sxd@longan.gov.vn
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
R24 = per("Ước 2024 so với 2023", "2024-01-01", "2024-12-31")
ROWS = [("Huyện Đức Hòa", "Đức Hòa", ["38,6", "43,2", "111,9"]),
        ("Huyện Bến Lức", "Bến Lức", ["27,4", "29,8", "108,8"]),
        ("Huyện Cần Giuộc", "Cần Giuộc", ["15,1", "15,9", "105,3"]),
        ("Các địa phương khác", None, ["9,3", "10,6", "114,0"]),
        ("Tổng số", None, ["90,4", "99,5", "110,1"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        row = "" if place else " " + label.lower()
        kw = {"location": place} if place else {}
        a, b, c = nums
        out.append(fig(f"{label}\n{a}", a, float(a.replace(",", ".")) * 1e6, "measure", "lít",
                       subject=f"sản lượng sơn nước{row} năm 2023", period=C23, **kw))
        out.append(fig(f"{a}\n{b}", b, float(b.replace(",", ".")) * 1e6, "measure", "lít", status="estimate",
                       subject=f"sản lượng sơn nước{row} ước thực hiện 2024", period=E24, **kw))
        out.append(fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%", status="estimate",
                       subject=f"sản lượng sơn nước{row} ước 2024 so với 2023", period=R24, **kw))
    return out


FIGS = [
    fig("có 42 cơ sở", "42", 42, "count", "cơ sở", subject="cơ sở sản xuất sơn, bột bả"),
    fig("ước đạt 99,5 triệu", "99,5", 99.5e6, "measure", "lít", status="estimate",
        change=chg("increase", 10.1, "%", "năm 2023"), subject="sản lượng sơn nước toàn tỉnh", period=Y24),
    fig("ước đạt 185.000 tấn", "185.000", 185000, "measure", "tấn", status="estimate",
        subject="sản lượng bột bả", period=Y24),
] + cells() + [
    fig("khoảng 3.600 lao động", "3.600", 3600, "count", "lao động", approx="about",
        subject="lao động ngành sơn sử dụng"),
    fig("mục tiêu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất sơn được kiểm tra chất lượng sản phẩm", period=Y25),
    fig("ít nhất một lần", "một", 1, "count", "lần", approx="at_least", status="target",
        subject="lần kiểm tra chất lượng sản phẩm mỗi cơ sở", period=Y25, optional=True),
    fig("trên 108 triệu", "108", 108e6, "measure", "lít", approx="over", status="target",
        subject="sản lượng sơn nước", period=Y25),
]

NOTES = [
    "Department site (Sở Xây dựng Long An), no dateline: menu, 'Văn bản mới', links, footer address, phone, e-mail, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'hai con số' (double-digit, an idiom), 'Đức Hòa 1', 'Phường 2', 'Số 66 Hùng Vương', phone, counters 1.204.377 and 52,",
    "'năm 2025' in a link title, the header '2024 so với 2023'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu lít', place column: a district row → location of its cells, never the subject;",
    "'Các địa phương khác' and 'Tổng số' stay Long An (subject keeps 'các địa phương khác'). Cells get no total.",
    "Columns: 'Năm 2023' actual; 'Ước thực hiện 2024' estimate; 'Ước 2024 so với 2023 (%)' is a percent index (value as written,",
    "111,9 = 111.9%) of the estimate → status estimate, period 2024 (the header names the estimate year).",
    "'ít nhất một lần' qualifies the 100% target: optional. 'phấn đấu đạt trên 108 triệu lít' → target, over.",
]

if __name__ == "__main__":
    write("p1556-7", TEXT, NOTES, FIGS, location="Long An")
