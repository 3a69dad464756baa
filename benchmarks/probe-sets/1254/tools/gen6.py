"""p1254-6: department site (Sở NN&PTNT Ninh Thuận), no dateline: cá nục / cá trích catch 2024, one-cell-per-line table by place."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NINH THUẬN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Khai thác cá nục, cá trích năm 2024 tăng khá

Năm 2024, tổng sản lượng khai thác hải sản toàn tỉnh đạt 118.600 tấn, tăng 2,9% so với năm 2023; trong đó cá nục, cá trích 29.540 tấn, chiếm gần 25%. Đội tàu lưới vây của tỉnh có 642 chiếc, tập trung ở Cà Ná, Đông Hải và Khánh Hải.

Sản lượng khai thác cá nục, cá trích theo địa phương
Đơn vị tính: tấn
Địa phương
Năm 2023
Năm 2024
So với cùng kỳ (%)
TP Phan Rang - Tháp Chàm
9.820
10.450
106,4
Huyện Ninh Hải
8.150
8.730
107,1
Huyện Thuận Nam
9.400
9.160
97,4
Huyện Ninh Phước
1.080
1.200
111,1
Tổng cộng
28.450
29.540
103,8

Về chế biến, toàn tỉnh có 47 cơ sở chế biến cá cơm, cá nục, cá trích khô và 12 cơ sở sản xuất nước mắm; sản lượng nước mắm năm 2024 đạt khoảng 9,5 triệu lít. Năm 2025, ngành phấn đấu sản lượng khai thác hải sản đạt 120.000 tấn, trong đó cá nục, cá trích từ 30.000 tấn trở lên.

Tin liên quan:
- Ninh Thuận: Tập huấn Luật Thủy sản năm 2017
- Hướng dẫn đăng ký tàu cá theo Thông tư số 23/2018/TT-BNNPTNT

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NINH THUẬN
Địa chỉ: 62 Đường 16 Tháng 4, TP Phan Rang - Tháp Chàm
Điện thoại: 0259.3822.549
Lượt truy cập: 1.204.387
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
IND = "sản lượng khai thác cá nục, cá trích"
ROWS = [("TP Phan Rang - Tháp Chàm", "Phan Rang - Tháp Chàm", ["9.820", "10.450", "106,4"]),
        ("Huyện Ninh Hải", "Ninh Hải", ["8.150", "8.730", "107,1"]),
        ("Huyện Thuận Nam", "Thuận Nam", ["9.400", "9.160", "97,4"]),
        ("Huyện Ninh Phước", "Ninh Phước", ["1.080", "1.200", "111,1"]),
        ("Tổng cộng", "Ninh Thuận", ["28.450", "29.540", "103,8"])]


def cells():
    out = []
    for label, loc, nums in ROWS:
        prev = label
        head = f"tổng cộng {IND}" if label == "Tổng cộng" else IND
        for col, n in zip(("năm 2023", "năm 2024", "so với cùng kỳ"), nums):
            v = float(n.replace(".", "").replace(",", "."))
            a = f"{prev}\n{n}"
            if col == "so với cùng kỳ":
                out.append(fig(a, n, v, "percent", "%", subject=f"{head} {col}", location=loc))
            else:
                out.append(fig(a, n, v, "measure", "tấn", subject=f"{head} {col}",
                               period=Y23 if col == "năm 2023" else Y24, location=loc))
            prev = n
    return out


FIGS = [
    fig("đạt 118.600 tấn", "118.600", 118600, "measure", "tấn", change=chg("increase", 2.9, "%", "năm 2023"),
        subject="tổng sản lượng khai thác hải sản toàn tỉnh", period=Y24),
    fig("cá trích 29.540 tấn", "29.540", 29540, "measure", "tấn", total=118600, percent=25,
        subject="sản lượng khai thác cá nục, cá trích", period=Y24),
    fig("có 642 chiếc", "642", 642, "count", "chiếc", subject="đội tàu lưới vây của tỉnh"),
] + cells() + [
    fig("có 47 cơ sở", "47", 47, "count", "cơ sở", subject="cơ sở chế biến cá cơm, cá nục, cá trích khô"),
    fig("và 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở sản xuất nước mắm"),
    fig("khoảng 9,5 triệu", "9,5", 9.5e6, "measure", "lít", approx="about",
        subject="sản lượng nước mắm", period=Y24s),
    fig("đạt 120.000 tấn", "120.000", 120000, "measure", "tấn", status="target",
        subject="sản lượng khai thác hải sản", period=Y25),
    fig("từ 30.000 tấn", "30.000", 30000, "measure", "tấn", approx="at_least", status="target", total=120000,
        subject="sản lượng khai thác cá nục, cá trích", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Ninh Thuận), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Luật Thủy sản năm 2017', 'Thông tư số 23/2018/TT-BNNPTNT', '62 Đường 16 Tháng 4', phone 0259.3822.549, 'Lượt truy cập: 1.204.387'.",
    "One-cell-per-line table with a place column: each row's place → location ('Tổng cộng' → Ninh Thuận); subject = caption indicator + column;",
    "'Đơn vị tính: tấn'; period from 'Năm 2023'/'Năm 2024' headers (scored). 'So với cùng kỳ (%)' cells are percent figures, no period",
    "(the header names none), status actual (ratio of two actual years). Cells get no total.",
    "'trong đó cá nục, cá trích 29.540 tấn, chiếm gần 25%' → total 118.600, percent 25 (the 'gần' belongs to the share).",
    "'từ 30.000 tấn trở lên' = at least 30 000 (at_least), target, part of the 120 000 target (total).",
    "Counts of boats and workshops ('có 642 chiếc', 'có 47 cơ sở') have no period of their own.",
]

if __name__ == "__main__":
    write("p1254-6", TEXT, NOTES, FIGS, location="Ninh Thuận")
