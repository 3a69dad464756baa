from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Kinh tế - Xã hội

Bình Định: Sản lượng cát, sỏi lòng sông giảm, đất san lấp tăng mạnh
Ngày cập nhật: 05/03/2024

Theo số liệu của Cục Thống kê tỉnh, năm 2023 sản lượng cát, sỏi lòng sông khai thác trên địa bàn tỉnh đạt 968 nghìn m³, giảm 15,5% so với năm 2022, do tỉnh tạm dừng khai thác 6 mỏ trên sông Kôn, sông Hà Thanh để chống sạt lở bờ sông. Ngược lại, sản lượng đất san lấp tăng 7,7% nhờ nhu cầu của các dự án giao thông và khu công nghiệp.

Tính đến 31/12/2023, toàn tỉnh có 112 giấy phép khai thác khoáng sản còn hiệu lực, trong đó 27 giấy phép khai thác cát, sỏi; 19 giấy phép khai thác cát chứa titan.

Sản lượng khai thác khoáng sản chủ yếu và thu ngân sách
Chỉ tiêu
Đơn vị tính
Năm 2021
Năm 2022
Năm 2023
Kế hoạch năm 2024
Đá xây dựng
nghìn m³
2.150
2.380
2.265
2.400
Cát, sỏi lòng sông
nghìn m³
1.020
1.145
968
1.000
Đất san lấp
nghìn m³
3.460
3.812
4.105
4.200
Quặng titan (tinh quặng)
tấn
48.500
52.300
50.120
55.000
Thu ngân sách từ khoáng sản
tỷ đồng
168,4
185,9
201,3
215

Năm 2024, tỉnh phấn đấu thu ngân sách từ khoáng sản tăng khoảng 6,8% so với năm 2023; đồng thời kiểm soát chặt các mỏ cát trên sông Kôn, bảo đảm chất lượng nước mặt đạt QCVN 08:2023/BTNMT. Mọi ý kiến xin liên hệ Sở Tài nguyên và Môi trường, số 08 Hai Bà Trưng, TP Quy Nhơn.
"""

P23 = dict(text="năm 2023", start="2023-01-01", end="2023-12-31")
P23i = dict(P23, inherited=True)
PA = dict(text="Tính đến 31/12/2023", end="2023-12-31")
P24 = dict(text="Năm 2024", start="2024-01-01", end="2024-12-31")
COLS = [("Năm 2021", "2021"), ("Năm 2022", "2022"), ("Năm 2023", "2023"), ("Kế hoạch năm 2024", "2024")]
ROWS = [
    ("Đá xây dựng", "nghìn m³", ["2.150", "2.380", "2.265", "2.400"]),
    ("Cát, sỏi lòng sông", "nghìn m³", ["1.020", "1.145", "968", "1.000"]),
    ("Đất san lấp", "nghìn m³", ["3.460", "3.812", "4.105", "4.200"]),
    ("Quặng titan (tinh quặng)", "tấn", ["48.500", "52.300", "50.120", "55.000"]),
    ("Thu ngân sách từ khoáng sản", "tỷ đồng", ["168,4", "185,9", "201,3", "215"]),
]
UNIT = {"nghìn m³": ("measure", "m³", 1e3), "tấn": ("measure", "tấn", 1), "tỷ đồng": ("money", "đồng", 1e9)}

F = [
    fig("đạt 968 nghìn m³", "968", 968e3, "measure", "m³", "sản lượng cát, sỏi lòng sông khai thác", P23,
        change=chg("decrease", 15.5, baseline="năm 2022")),
    fig("dừng khai thác 6 mỏ", "6", 6, "count", "mỏ", "mỏ tạm dừng khai thác", P23),
    fig("tăng 7,7%", "7,7", 7.7, "percent", "%", "sản lượng đất san lấp", P23i),
    fig("có 112 giấy phép", "112", 112, "count", "giấy phép", "giấy phép khai thác khoáng sản còn hiệu lực", PA),
    fig("đó 27 giấy phép", "27", 27, "count", "giấy phép", "giấy phép khai thác cát, sỏi", PA, total=112),
    fig("; 19 giấy phép", "19", 19, "count", "giấy phép", "giấy phép khai thác cát chứa titan", PA, total=112),
]
for row, u, cells in ROWS:
    kind, unit, mult = UNIT[u]
    for (col, year), c in zip(COLS, cells):
        v = float(c.replace(".", "").replace(",", ".")) * mult
        st = {"status": "target"} if col.startswith("Kế hoạch") else {}
        F.append(fig(f"\n{c}\n", c, v, kind, unit, f"{row} {col}",
                     dict(text=col, start=f"{year}-01-01", end=f"{year}-12-31"), **st))
F.append(fig("khoảng 6,8%", "6,8", 6.8, "percent", "%", "thu ngân sách từ khoáng sản tăng", P24, approx="about", status="target"))

write("p440-8", TEXT, [
    "Cổng TTĐT tỉnh Bình Định (province portal), 'Ngày cập nhật: 05/03/2024' without time: mining output 2021-2023 and plan 2024,",
    "one-cell-per-line table (Chỉ tiêu | Đơn vị tính | Năm 2021 | Năm 2022 | Năm 2023 | Kế hoạch năm 2024). Unit and multiplier from the",
    "'Đơn vị tính' cell of each row (nghìn m³ ×10³, tỷ đồng ×10⁹ money); period from the column header; the plan column is status target.",
    "'sản lượng đất san lấp tăng 7,7%' is a growth rate standing as the claim (percent, no change). Licence parts after 'trong đó' take total 112.",
    "'tăng khoảng 6,8% so với năm 2023' with no base amount in its clause: a target percent figure. Distractors: 'QCVN 08:2023/BTNMT', address 'số 08'.",
], F, published="2024-03-05", location="Bình Định")
