"""p1539-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table of condiment output."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp

Ngành chế biến gia vị, nước chấm tăng trưởng ổn định

Đồng Nai hiện có 23 doanh nghiệp chế biến gia vị, nước chấm, trong đó 5 doanh nghiệp có vốn đầu tư nước ngoài, tổng vốn đăng ký khoảng 9.800 tỷ đồng. Các doanh nghiệp sử dụng hơn 6.700 lao động, tập trung tại các khu công nghiệp Amata, Biên Hòa 2 và Nhơn Trạch 3.

Năm 2023, giá trị sản xuất của ngành đạt 14.250 tỷ đồng, chiếm 3,1% giá trị sản xuất công nghiệp chế biến thực phẩm của tỉnh; kim ngạch xuất khẩu đạt 126 triệu USD. Tương ớt của các doanh nghiệp đã có mặt tại hơn 30 thị trường.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn tấn
Sản phẩm
Năm 2022
Năm 2023
So với cùng kỳ (%)
Tương ớt, tương cà
48,2
53,6
111,2
Nước tương
71,5
75,3
105,3
Hạt nêm, bột canh
36,4
38,9
106,9
Tổng cộng
156,1
167,8
107,5

Năm 2024, ngành phấn đấu tăng trưởng 8-10%, trong đó sản lượng tương ớt đạt khoảng 58 nghìn tấn.

Tin cùng chuyên mục:
- Đồng Nai tổ chức Hội chợ hàng Việt lần thứ 12
- Hướng dẫn thực hiện Nghị định số 15/2018/NĐ-CP về an toàn thực phẩm

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.486
Lượt truy cập: 1.204.377
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = ["năm 2022", "năm 2023", "so với cùng kỳ"]
PER = {"năm 2022": Y22, "năm 2023": Y23}


def cell(anchor, number, row, col):
    v = float(number.replace(",", "."))
    if col == "so với cùng kỳ":
        return fig(anchor, number, v, "percent", "%", subject=f"sản lượng {row} năm 2023 so với cùng kỳ")
    return fig(anchor, number, v * 1000, "measure", "tấn", subject=f"sản lượng {row} {col}", period=PER[col])


ROWS = [("Tương ớt, tương cà", "tương ớt, tương cà", ["48,2", "53,6", "111,2"]),
        ("Nước tương", "nước tương", ["71,5", "75,3", "105,3"]),
        ("Hạt nêm, bột canh", "hạt nêm, bột canh", ["36,4", "38,9", "106,9"]),
        ("Tổng cộng", "tổng cộng", ["156,1", "167,8", "107,5"])]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, row, col))
        prev = n

FIGS = [
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", subject="doanh nghiệp chế biến gia vị, nước chấm"),
    fig("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 9.800 tỷ", "9.800", 9800e9, "money", "đồng", approx="about",
        subject="tổng vốn đăng ký của các doanh nghiệp chế biến gia vị, nước chấm"),
    fig("hơn 6.700 lao động", "6.700", 6700, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("đạt 14.250 tỷ", "14.250", 14250e9, "money", "đồng", percent=3.1,
        subject="giá trị sản xuất của ngành", period=Y23),
    fig("đạt 126 triệu", "126", 126e6, "money", "USD", subject="kim ngạch xuất khẩu của ngành", period=Y23),
    fig("hơn 30 thị trường", "30", 30, "count", "thị trường", approx="over",
        subject="thị trường có tương ớt của các doanh nghiệp"),
] + CELLS + [
    fig("tăng trưởng 8-10%", "8", 8, "percent", "%", value_max=10, status="target",
        subject="tăng trưởng của ngành", period=Y24),
    fig("khoảng 58 nghìn", "58", 58000, "measure", "tấn", approx="about", status="target",
        subject="sản lượng tương ớt", period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Biên Hòa 2', 'Nhơn Trạch 3' (industrial-park names), 'lần thứ 12', Nghị định số 15/2018/NĐ-CP, 'Số 2 Nguyễn",
    "Văn Trị', phone 0251.3822.486, counter 1.204.377.",
    "'chiếm 3,1% ...' after 14.250 tỷ → percent attribute. 'trong đó 5 doanh nghiệp' → total 23.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' (×1000, unit tấn); subject = row + column; period from 'Năm 2022'/'Năm 2023'.",
    "'So với cùng kỳ (%)' column: percent figures (the unit line does not apply); the header names no period, so none is given.",
    "Table cells get no total. 'phấn đấu tăng trưởng 8-10%' = growth as the claim, range, target. 'trong đó sản lượng tương ớt",
    "... khoảng 58 nghìn tấn' follows a growth rate, not a whole counting the same thing: no total; target (phấn đấu governs).",
]

if __name__ == "__main__":
    write("p1539-7", TEXT, NOTES, FIGS, location="Đồng Nai")
