"""p1555-7: department site (Sở Công Thương Hải Dương), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp

Sản xuất ống nhựa năm 2024 giữ mức tăng trưởng khá

Năm 2024, sản lượng ống nhựa của các doanh nghiệp trên địa bàn tỉnh Hải Dương ước đạt 64.700 tấn, tăng 8,9% so với năm 2023. Toàn tỉnh có 9 doanh nghiệp sản xuất ống nhựa, tập trung tại các khu công nghiệp Đại An, Nam Sách và Phúc Điền.

Sản lượng ống nhựa theo địa phương
Đơn vị tính: tấn
Địa phương
Thực hiện 2023
Ước thực hiện 2024
So với cùng kỳ (%)
TP Hải Dương
21.300
22.800
107,0
Huyện Cẩm Giàng
18.450
20.600
111,7
Trong đó: ống HDPE
7.900
9.100
115,2
Huyện Nam Sách
12.800
13.700
107,0
Thị xã Kinh Môn
6.850
7.600
110,9
Tổng số
59.400
64.700
108,9

Giá trị sản xuất ngành ống nhựa năm 2024 ước đạt 2.950 tỷ đồng, chiếm khoảng 3,2% giá trị sản xuất công nghiệp toàn tỉnh. Các doanh nghiệp sử dụng gần 1.900 lao động. Năm 2025, ngành phấn đấu sản lượng đạt 70.000 tấn, trong đó xuất khẩu từ 8.000 đến 10.000 tấn.

Tin cùng chuyên mục:
- Hội nghị kết nối cung cầu lần thứ 4 năm 2024
- Hướng dẫn đăng ký nhãn hiệu sản phẩm nhựa

SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Địa chỉ: Số 45 đường Quang Trung, TP Hải Dương
Điện thoại: 0220.3852.246 | Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
T23 = per("Thực hiện 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

# row label, location, item, the three cells; the 'Trong đó' row's tonnages are parts of Cẩm Giàng's
ROWS = [("TP Hải Dương", "Hải Dương", "ống nhựa", ["21.300", "22.800", "107,0"]),
        ("Huyện Cẩm Giàng", "Cẩm Giàng", "ống nhựa", ["18.450", "20.600", "111,7"]),
        ("Trong đó: ống HDPE", "Cẩm Giàng", "ống HDPE", ["7.900", "9.100", "115,2"]),
        ("Huyện Nam Sách", "Nam Sách", "ống nhựa", ["12.800", "13.700", "107,0"]),
        ("Thị xã Kinh Môn", "Kinh Môn", "ống nhựa", ["6.850", "7.600", "110,9"]),
        ("Tổng số", "Hải Dương", "ống nhựa tổng số", ["59.400", "64.700", "108,9"])]
PARENT = {"7.900": 18450, "9.100": 20600}


def cells():
    out = []
    for label, loc, item, (a, b, c) in ROWS:
        tot_a = {"total": PARENT[a]} if a in PARENT else {}
        tot_b = {"total": PARENT[b]} if b in PARENT else {}
        out.append(fig(f"{label}\n{a}", a, float(a.replace(".", "")), "measure", "tấn",
                       subject=f"sản lượng {item} thực hiện 2023", period=T23, location=loc, **tot_a))
        out.append(fig(f"{a}\n{b}", b, float(b.replace(".", "")), "measure", "tấn", status="estimate",
                       subject=f"sản lượng {item} ước thực hiện 2024", period=E24, location=loc, **tot_b))
        out.append(fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
                       subject=f"sản lượng {item} so với cùng kỳ", period=inh(Y24), location=loc))
    return out


FIGS = [
    fig("ước đạt 64.700 tấn", "64.700", 64700, "measure", "tấn", status="estimate",
        change=chg("increase", 8.9, "%", "năm 2023"),
        subject="sản lượng ống nhựa của các doanh nghiệp trên địa bàn tỉnh", period=Y24),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất ống nhựa"),
] + cells() + [
    fig("ước đạt 2.950 tỷ", "2.950", 2950e9, "money", "đồng", status="estimate", percent=3.2,
        subject="giá trị sản xuất ngành ống nhựa", period=Y24b),
    fig("gần 1.900 lao động", "1.900", 1900, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("đạt 70.000 tấn", "70.000", 70000, "measure", "tấn", status="target", subject="sản lượng",
        period=Y25),
    fig("từ 8.000 đến 10.000", "8.000", 8000, "measure", "tấn", value_max=10000, total=70000,
        status="target", subject="xuất khẩu", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Hải Dương), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Số 45 đường Quang Trung', phone 0220.3852.246, 'Lượt truy cập: 1.204.377', 'lần thứ 4 năm 2024' in a link.",
    "One-cell-per-line table, 'Đơn vị tính: tấn', columns Thực hiện 2023 / Ước thực hiện 2024 / So với cùng kỳ (%).",
    "The place column goes to location (TP Hải Dương → Hải Dương; 'Tổng số' → the province); subject = caption indicator + column label.",
    "'Ước thực hiện 2024' → estimate. 'So với cùng kỳ (%)' cells: percent figures, status actual (the header has no 'Ước'),",
    "period 2024 from the lead (inherited, not scored: the header names no period).",
    "'Trong đó: ống HDPE' sub-row: its tonnages are parts of Cẩm Giàng's cells in the same column (total 18.450 and 20.600);",
    "its location is Cẩm Giàng. Other cells get no total.",
    "'Năm 2025, ngành phấn đấu ... 70.000 tấn, trong đó xuất khẩu từ 8.000 đến 10.000 tấn' → targets; the range takes total 70.000.",
]

if __name__ == "__main__":
    write("p1555-7", TEXT, NOTES, FIGS, location="Hải Dương")
