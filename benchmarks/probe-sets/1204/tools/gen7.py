"""p1204-7: department site (Sở GTVT Đồng Tháp), no dateline; inland-waterway signals, one-cell-per-line table."""
from lib import emit, fig, inh, per

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Tăng cường báo hiệu trên các tuyến đường thủy nội địa địa phương

Đồng Tháp hiện quản lý 31 tuyến đường thủy nội địa địa phương với tổng chiều dài khoảng 612 km. Năm 2024, Sở bố trí 5,4 tỷ đồng từ nguồn sự nghiệp giao thông để bổ sung 86 báo hiệu, trong đó 52 phao và 34 biển báo hiệu bờ; tỷ lệ báo hiệu đúng vị trí, đủ đặc tính đạt 97,5%. Trong năm, thanh tra giao thông phát hiện 17 trường hợp phương tiện va trôi, làm hư hỏng báo hiệu, buộc bồi thường 146 triệu đồng.

Số báo hiệu trên ba tuyến có mật độ phương tiện cao nhất, tính đến ngày 31/12/2024:
Đơn vị tính: cái
Tuyến
Phao
Biển báo
Đèn tín hiệu
Sông Sở Thượng
24
41
12
Kênh Nguyễn Văn Tiếp
18
36
9
Rạch Cái Vừng
11
22
6
Tổng cộng
53
99
27

Bình quân mỗi km trên các tuyến này có khoảng 1,5 báo hiệu. Năm 2025, Sở phấn đấu nâng tỷ lệ báo hiệu đúng vị trí lên trên 98% và lắp thêm 40 đèn năng lượng mặt trời; dự kiến nhu cầu vốn từ 6 đến 7 tỷ đồng.

Tin liên quan:
- Thông báo luồng số 12/TB-SGTVT về điều tiết khống chế tại cầu Cao Lãnh
- Kiểm tra phương tiện thủy đợt 2 năm 2024

SỞ GIAO THÔNG VẬN TẢI TỈNH ĐỒNG THÁP
Địa chỉ: số 5, đường 30/4, Phường 1, TP Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.224
Lượt truy cập: 2.316.540 | Đang online: 37
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TN = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("tính đến ngày 31/12/2024", None, "2024-12-31", inherited=True)
COLS = ["phao", "biển báo", "đèn tín hiệu"]
TABLE = [("Sông Sở Thượng", ["24", "41", "12"]), ("Kênh Nguyễn Văn Tiếp", ["18", "36", "9"]),
         ("Rạch Cái Vừng", ["11", "22", "6"]), ("Tổng cộng", ["53", "99", "27"])]


def cells():
    out = []
    for row, vals in TABLE:
        prev = row
        for col, v in zip(COLS, vals):
            out.append(fig(f"{prev}\n{v}\n", v, int(v), "count", "cái",
                           subject=f"{col} {row if row != 'Tổng cộng' else 'tổng cộng'}", period=ASOF))
            prev = v
    return out


FIGS = [
    fig("quản lý 31 tuyến", "31", 31, "count", "tuyến",
        subject="tuyến đường thủy nội địa địa phương"),
    fig("khoảng 612 km", "612", 612, "measure", "km", approx="about",
        subject="tổng chiều dài tuyến đường thủy nội địa địa phương"),
    fig("bố trí 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng",
        subject="kinh phí sự nghiệp giao thông bổ sung báo hiệu", period=Y24),
    fig("bổ sung 86 báo hiệu", "86", 86, "count", "báo hiệu", subject="báo hiệu bổ sung", period=Y24),
    fig("trong đó 52 phao", "52", 52, "count", "phao", total=86, subject="phao bổ sung", period=Y24),
    fig("34 biển báo", "34", 34, "count", "biển báo hiệu bờ", total=86,
        subject="biển báo hiệu bờ bổ sung", period=Y24),
    fig("đạt 97,5%", "97,5", 97.5, "percent", "%",
        subject="tỷ lệ báo hiệu đúng vị trí, đủ đặc tính", period=Y24),
    fig("phát hiện 17 trường hợp", "17", 17, "count", "trường hợp",
        subject="trường hợp phương tiện va trôi, làm hư hỏng báo hiệu", period=TN),
    fig("146 triệu đồng", "146", 146e6, "money", "đồng", subject="tiền bồi thường hư hỏng báo hiệu", period=TN),
    fig("trên ba tuyến", "ba", 3, "count", "tuyến", optional=True,
        subject="tuyến có mật độ phương tiện cao nhất"),
    *cells(),
    fig("khoảng 1,5 báo hiệu", "1,5", 1.5, "measure", "báo hiệu/km", approx="about",
        subject="báo hiệu bình quân mỗi km trên các tuyến", period=inh(ASOF)),
    fig("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
        subject="tỷ lệ báo hiệu đúng vị trí", period=Y25),
    fig("thêm 40 đèn", "40", 40, "count", "đèn năng lượng mặt trời", status="target",
        subject="đèn năng lượng mặt trời lắp thêm", period=Y25),
    fig("từ 6 đến 7 tỷ đồng", "6", 6e9, "money", "đồng", value_max=7e9, status="forecast",
        subject="nhu cầu vốn", period=Y25),
]

NOTES = [
    "Department site (Sở GTVT Đồng Tháp) with no dateline: no published. Footer address, phone, 'Lượt truy cập: 2.316.540', 'Đang online: 37'.",
    "One-cell-per-line table ('Đơn vị tính: cái'); rows are waterways (not administrative places): subject = column + row label,",
    "location Đồng Tháp; period = the caption's as-of date 31/12/2024 (caption line, inherited). Cells get no totals.",
    "Distractors: 'số 5, đường 30/4, Phường 1' (address, a road named by a date), '12/TB-SGTVT', 'đợt 2 năm 2024', 'cầu Cao Lãnh'.",
    "'ba tuyến' in the caption only frames the table (optional). 86 = 52 + 34 ('trong đó'). 'Bình quân mỗi km … 1,5 báo hiệu' is a rate.",
    "'phấn đấu' → target for both coordinated objects; '; dự kiến nhu cầu vốn' → forecast.",
]

if __name__ == "__main__":
    emit("p1204-7", TEXT, FIGS, NOTES, published=None, location="Đồng Tháp")
