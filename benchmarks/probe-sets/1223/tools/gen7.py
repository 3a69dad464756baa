"""p1223-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table with an 'Ước' column."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Sản xuất vật tư y tế dùng một lần tăng tốc những tháng cuối năm

Đồng Nai hiện có 23 doanh nghiệp sản xuất găng tay, bơm kim tiêm, kim luồn và bông băng gạc y tế, trong đó 17 doanh nghiệp FDI, chủ yếu tại các KCN Nhơn Trạch 3, Long Thành, Amata. Ngành sử dụng gần 18.000 lao động, đóng góp khoảng 2,3% giá trị sản xuất công nghiệp của tỉnh.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: triệu chiếc
Sản phẩm
Năm 2023
9 tháng 2024
Ước cả năm 2024
Găng tay y tế
1.860
1.512
2.050
Bơm kim tiêm
342
268
365
Kim luồn tĩnh mạch
54
47
63
Tổng số
2.256
1.827
2.478

Theo Sở Công Thương, 9 tháng năm 2024, kim ngạch xuất khẩu vật tư y tế dùng một lần đạt 265 triệu USD, tăng 17,5% so với cùng kỳ; riêng găng tay y tế chiếm 68%. Giá găng tay nitrile xuất khẩu bình quân 21-23 USD/thùng, tăng khoảng 8% so với đầu năm.

Tỉnh đặt mục tiêu đến năm 2025 có ít nhất 30 doanh nghiệp trong ngành, thu hút thêm khoảng 200 triệu USD vốn đầu tư vào lĩnh vực thiết bị y tế.

Bài viết liên quan:
- Hội nghị xúc tiến thương mại ngành vật tư y tế năm 2024
- Hướng dẫn thủ tục cấp giấy chứng nhận xuất xứ hàng hóa

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.419 | Email: sct@dongnai.gov.vn
Lượt truy cập: 2.847.315 | Đang online: 41
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C9 = per("9 tháng 2024", "2024-01-01", "2024-09-30")
CE = per("Ước cả năm 2024", "2024-01-01", "2024-12-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = {"Năm 2023": C23, "9 tháng 2024": C9, "Ước cả năm 2024": CE}


def cell(anchor, number, value, row, col):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return fig(anchor, number, value, "count", "chiếc", subject=f"sản lượng {row} {col.lower()}",
               period=COLS[col], **kw)


FIGS = [
    fig("hiện có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất găng tay, bơm kim tiêm, kim luồn và bông băng gạc y tế"),
    fig("17 doanh nghiệp FDI", "17", 17, "count", "doanh nghiệp FDI", total=23,
        subject="doanh nghiệp FDI sản xuất vật tư y tế"),
    fig("gần 18.000 lao động", "18.000", 18000, "count", "lao động", approx="nearly",
        subject="lao động ngành vật tư y tế"),
    fig("khoảng 2,3%", "2,3", 2.3, "percent", "%", approx="about",
        subject="tỷ trọng ngành vật tư y tế trong giá trị sản xuất công nghiệp của tỉnh"),
    cell("Găng tay y tế\n1.860", "1.860", 1860000000, "găng tay y tế", "Năm 2023"),
    cell("1.860\n1.512", "1.512", 1512000000, "găng tay y tế", "9 tháng 2024"),
    cell("1.512\n2.050", "2.050", 2050000000, "găng tay y tế", "Ước cả năm 2024"),
    cell("Bơm kim tiêm\n342", "342", 342000000, "bơm kim tiêm", "Năm 2023"),
    cell("342\n268", "268", 268000000, "bơm kim tiêm", "9 tháng 2024"),
    cell("268\n365", "365", 365000000, "bơm kim tiêm", "Ước cả năm 2024"),
    cell("Kim luồn tĩnh mạch\n54", "54", 54000000, "kim luồn tĩnh mạch", "Năm 2023"),
    cell("54\n47", "47", 47000000, "kim luồn tĩnh mạch", "9 tháng 2024"),
    cell("47\n63", "63", 63000000, "kim luồn tĩnh mạch", "Ước cả năm 2024"),
    cell("Tổng số\n2.256", "2.256", 2256000000, "tổng số", "Năm 2023"),
    cell("2.256\n1.827", "1.827", 1827000000, "tổng số", "9 tháng 2024"),
    cell("1.827\n2.478", "2.478", 2478000000, "tổng số", "Ước cả năm 2024"),
    fig("đạt 265 triệu USD", "265", 265000000, "money", "USD", change=chg("increase", 17.5, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu vật tư y tế dùng một lần", period=M9),
    fig("chiếm 68%", "68", 68, "percent", "%",
        subject="tỷ trọng găng tay y tế trong kim ngạch xuất khẩu vật tư y tế dùng một lần", period=M9),
    fig("bình quân 21-23 USD/thùng", "21", 21, "money", "USD/thùng", value_max=23,
        change=chg("increase", 8, "%", "đầu năm", approx="about"),
        subject="giá găng tay nitrile xuất khẩu bình quân", period=inh(M9)),
    fig("ít nhất 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp trong ngành", period=T25),
    fig("khoảng 200 triệu USD", "200", 200000000, "money", "USD", approx="about", status="target",
        subject="vốn đầu tư thu hút thêm vào lĩnh vực thiết bị y tế", period=T25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: no published. Related links, footer address, phone, visit counter.",
    "Distractors: 'KCN Nhơn Trạch 3', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.419, 'Lượt truy cập: 2.847.315', 'Đang online: 41',",
    "  'năm 2024' in a related-link title, 'dùng một lần'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu chiếc' (×10⁶, unit chiếc): subject = 'sản lượng' + row + column label; periods from",
    "  the column headers (scored); column 'Ước cả năm 2024' → estimate. Cells get no totals ('Tổng số' row is its own figure).",
    "'riêng găng tay y tế chiếm 68%' is a percent figure of its own (no base amount for gloves). Price range with change 'tăng khoảng 8%",
    "  so với đầu năm'; its period (9 months) is in the previous sentence: inherited.",
    "'đặt mục tiêu đến năm 2025' governs both clauses (target).",
]

if __name__ == "__main__":
    build("p1223-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
