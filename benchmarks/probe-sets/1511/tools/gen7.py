"""p1511-7: department site (Sở Công Thương Bắc Giang), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write, year, month, first_months, quarter, until

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC GIANG
Giới thiệu | Tin tức | Thủ tục hành chính | Số liệu thống kê | Hỏi đáp | Liên hệ

Sản lượng dao cạo, bấm móng tay năm 2024 tăng 11,4%

Năm 2024, sản lượng dao cạo, bấm móng tay và dụng cụ cắt tỉa cá nhân của các doanh nghiệp trên địa bàn tỉnh ước đạt 147 triệu sản phẩm, tăng 11,4% so với năm 2023. Toàn tỉnh có 31 doanh nghiệp trong ngành, trong đó 12 doanh nghiệp FDI. Khối FDI đóng góp khoảng 75% sản lượng.

Sản lượng theo địa phương
Đơn vị tính: triệu sản phẩm
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Thị xã Việt Yên
58,2
63,5
68
Huyện Yên Dũng
41,7
44,0
47
TP Bắc Giang
22,6
27,3
31
Huyện Lạng Giang
9,5
12,2
15
Tổng cộng
132,0
147,0
161

Các doanh nghiệp tiêu thụ khoảng 3.800 tấn thép không gỉ mỗi năm; phế liệu sau dập, mài được thu mua lại với giá 9.000-11.000 đồng/kg. Lao động trong ngành khoảng 14.600 người, thu nhập bình quân 9,2 triệu đồng/người/tháng.

Năm 2025, Sở Công Thương phấn đấu sản lượng toàn ngành đạt 161 triệu sản phẩm; hỗ trợ ít nhất 10 doanh nghiệp đổi mới công nghệ mài, đánh bóng.

Tin liên quan
- Bắc Giang: Hội nghị kết nối cung cầu hàng công nghiệp năm 2024
- Công bố danh mục sản phẩm công nghiệp chủ lực giai đoạn 2021-2025

SỞ CÔNG THƯƠNG TỈNH BẮC GIANG
Địa chỉ: Số 78 đường Hùng Vương, phường Ngô Quyền, TP Bắc Giang
Điện thoại: 0204.3854.337 | Email: sct@bacgiang.gov.vn
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24h = year("năm 2024", 2024)
Y24 = year("Năm 2024", 2024)
C23 = year("Năm 2023", 2023)
E24 = year("Ước thực hiện 2024", 2024)
K25 = year("Kế hoạch 2025", 2025)
Y25 = year("Năm 2025", 2025)
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(",", ".")) * 1e6
    subj = f"tổng cộng sản lượng {col}" if place is None else f"sản lượng {col}"
    if place:
        kw["location"] = place
    return fig(anchor, number, v, "count", "sản phẩm", subject=subj, period=p, **kw)


FIGS = [
    fig("năm 2024 tăng 11,4%", "11,4", 11.4, "percent", "%",
        subject="sản lượng dao cạo, bấm móng tay", period=Y24h),
    fig("ước đạt 147 triệu", "147", 147e6, "count", "sản phẩm", status="estimate",
        change=chg("increase", 11.4, "%", "năm 2023"),
        subject="sản lượng dao cạo, bấm móng tay và dụng cụ cắt tỉa cá nhân", period=Y24),
    fig("có 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp", subject="doanh nghiệp trong ngành"),
    fig("trong đó 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", total=31, subject="doanh nghiệp FDI"),
    fig("khoảng 75% sản lượng", "75", 75, "percent", "%", approx="about",
        subject="tỷ trọng đóng góp của khối FDI trong sản lượng"),
    cell("Việt Yên\n58,2", "58,2", "Việt Yên", "năm 2023"),
    cell("58,2\n63,5", "63,5", "Việt Yên", "ước thực hiện 2024"),
    cell("63,5\n68", "68", "Việt Yên", "kế hoạch 2025"),
    cell("Yên Dũng\n41,7", "41,7", "Yên Dũng", "năm 2023"),
    cell("41,7\n44,0", "44,0", "Yên Dũng", "ước thực hiện 2024"),
    cell("44,0\n47", "47", "Yên Dũng", "kế hoạch 2025"),
    cell("TP Bắc Giang\n22,6", "22,6", "Bắc Giang", "năm 2023"),
    cell("22,6\n27,3", "27,3", "Bắc Giang", "ước thực hiện 2024"),
    cell("27,3\n31", "31", "Bắc Giang", "kế hoạch 2025"),
    cell("Lạng Giang\n9,5", "9,5", "Lạng Giang", "năm 2023"),
    cell("9,5\n12,2", "12,2", "Lạng Giang", "ước thực hiện 2024"),
    cell("12,2\n15", "15", "Lạng Giang", "kế hoạch 2025"),
    cell("Tổng cộng\n132,0", "132,0", None, "năm 2023"),
    cell("132,0\n147,0", "147,0", None, "ước thực hiện 2024"),
    cell("147,0\n161", "161", None, "kế hoạch 2025"),
    fig("khoảng 3.800 tấn", "3.800", 3800, "measure", "tấn/năm", approx="about",
        subject="thép không gỉ các doanh nghiệp tiêu thụ mỗi năm"),
    fig("giá 9.000-11.000", "9.000", 9000, "money", "đồng/kg", value_max=11000,
        subject="giá thu mua phế liệu sau dập, mài"),
    fig("khoảng 14.600 người", "14.600", 14600, "count", "người", approx="about",
        subject="lao động trong ngành"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 161 triệu", "161", 161e6, "count", "sản phẩm", status="target",
        subject="sản lượng toàn ngành", period=Y25),
    fig("ít nhất 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ đổi mới công nghệ mài, đánh bóng", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Giang) with no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "No published date; every period names its year. Headline 'năm 2024 tăng 11,4%' is a growth rate as the claim (percent, no change).",
    "'trong đó 12 doanh nghiệp FDI' → total 31. 'Khối FDI đóng góp khoảng 75% sản lượng' is a share standing alone (its own sentence).",
    "One-cell-per-line table, 'Đơn vị tính: triệu sản phẩm': count, unit sản phẩm, ×10^6. Rows are places → location (Việt Yên, Yên Dũng,",
    "Bắc Giang city, Lạng Giang); 'Tổng cộng' row → the province. Subject = 'sản lượng' + column; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total.",
    "'khoảng 3.800 tấn ... mỗi năm' → measure tấn/năm; standing figures (price, workforce, wage) have no period.",
    "Distractors: 'giai đoạn 2021-2025', 'năm 2024' in a link, 'Số 78 đường Hùng Vương', phone, e-mail, 'Lượt truy cập: 1.204.377',",
    "'Đang trực tuyến: 52'.",
]

if __name__ == "__main__":
    write("p1511-7", TEXT, NOTES, FIGS, published=None, location="Bắc Giang")
