"""p1535-7: department site without dateline (Sở Tài chính Thái Nguyên): centralized purchase prices, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI CHÍNH TỈNH THÁI NGUYÊN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Công khai kết quả mua sắm tập trung văn phòng phẩm

Năm 2024, Sở Tài chính tổ chức mua sắm tập trung văn phòng phẩm cho 112 đơn vị dự toán, tổng giá trị 8,6 tỷ đồng, giảm 7,1% so với năm 2023. Các gói thầu được tổ chức qua Hệ thống mạng đấu thầu quốc gia, có 6 nhà thầu tham dự. Qua đấu thầu, ngân sách tỉnh tiết kiệm khoảng 640 triệu đồng. Đơn giá trúng thầu của 4/5 mặt hàng chủ yếu giảm từ 4,6% đến 6,7%; riêng giấy A4 tăng 4,4% do giá bột giấy tăng. Theo quy định của tỉnh, mỗi cán bộ được cấp văn phòng phẩm tối đa 1,5 triệu đồng/người/năm.

Đơn giá trúng thầu bình quân một số mặt hàng
Đơn vị tính: đồng
Mặt hàng
Năm 2023
Năm 2024
Năm 2024 so với năm 2023 (%)
Dập ghim cỡ trung (chiếc)
52.000
48.500
93,3
Ghim bấm số 10 (hộp)
3.800
3.600
94,7
Kẹp bướm cỡ trung (hộp)
6.500
6.200
95,4
Bút bi (chiếc)
3.200
3.000
93,8
Giấy A4 (ram)
68.000
71.000
104,4

Dự kiến năm 2025, số đơn vị tham gia mua sắm tập trung tăng lên khoảng 130 đơn vị.

Tin cùng chuyên mục:
- Hướng dẫn lập dự toán ngân sách năm 2025
- Thông báo lịch tiếp công dân tháng 12

SỞ TÀI CHÍNH TỈNH THÁI NGUYÊN
Địa chỉ: Số 6, đường Đội Cấn, TP Thái Nguyên
Điện thoại: 0208.3855.482
Lượt truy cập: 1.207.334 | Trực tuyến: 15
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CP = per("Năm 2024 so với năm 2023", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Dập ghim cỡ trung (chiếc)", "dập ghim cỡ trung", "đồng/chiếc", ["52.000", "48.500", "93,3"]),
        ("Ghim bấm số 10 (hộp)", "ghim bấm số 10", "đồng/hộp", ["3.800", "3.600", "94,7"]),
        ("Kẹp bướm cỡ trung (hộp)", "kẹp bướm cỡ trung", "đồng/hộp", ["6.500", "6.200", "95,4"]),
        ("Bút bi (chiếc)", "bút bi", "đồng/chiếc", ["3.200", "3.000", "93,8"]),
        ("Giấy A4 (ram)", "giấy A4", "đồng/ram", ["68.000", "71.000", "104,4"])]


def cells():
    out = []
    for label, row, unit, (a, b, p) in ROWS:
        out.append(fig(f"{label}\n{a}", a, float(a.replace(".", "")), "money", unit,
                       subject=f"đơn giá trúng thầu bình quân {row} năm 2023", period=C23))
        out.append(fig(f"{a}\n{b}", b, float(b.replace(".", "")), "money", unit,
                       subject=f"đơn giá trúng thầu bình quân {row} năm 2024", period=C24))
        out.append(fig(f"{b}\n{p}", p, float(p.replace(",", ".")), "percent", "%",
                       subject=f"đơn giá trúng thầu bình quân {row} năm 2024 so với năm 2023", period=CP))
    return out


FIGS = [
    fig("cho 112 đơn vị", "112", 112, "count", "đơn vị dự toán",
        subject="đơn vị dự toán được mua sắm tập trung văn phòng phẩm", period=Y24),
    fig("giá trị 8,6 tỷ", "8,6", 8.6e9, "money", "đồng", change=chg("decrease", 7.1, "%", "năm 2023"),
        subject="tổng giá trị mua sắm tập trung văn phòng phẩm", period=Y24),
    fig("có 6 nhà thầu", "6", 6, "count", "nhà thầu", subject="nhà thầu tham dự các gói thầu", period=inh(Y24)),
    fig("khoảng 640 triệu", "640", 640e6, "money", "đồng", approx="about",
        subject="ngân sách tỉnh tiết kiệm qua đấu thầu", period=inh(Y24)),
    fig("của 4/5 mặt hàng", "4", 4, "count", "mặt hàng", total=5,
        subject="mặt hàng chủ yếu có đơn giá trúng thầu giảm", period=inh(Y24)),
    fig("từ 4,6% đến 6,7%", "4,6", 4.6, "percent", "%", value_max=6.7,
        subject="mức giảm đơn giá trúng thầu của mặt hàng chủ yếu", period=inh(Y24)),
    fig("tăng 4,4%", "4,4", 4.4, "percent", "%", subject="đơn giá trúng thầu giấy A4", period=inh(Y24)),
    fig("tối đa 1,5 triệu", "1,5", 1.5e6, "money", "đồng/người/năm", approx="at_most",
        subject="văn phòng phẩm mỗi cán bộ được cấp"),
] + cells() + [
    fig("khoảng 130 đơn vị", "130", 130, "count", "đơn vị", approx="about", status="forecast",
        subject="đơn vị tham gia mua sắm tập trung", period=Y25),
]

NOTES = [
    "Department site (Sở Tài chính tỉnh Thái Nguyên), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'số 10' in 'Ghim bấm số 10', 'Số 6, đường Đội Cấn', phone 0208.3855.482, counters 1.207.334 and 15, 'năm 2025' and 'tháng 12' in links.",
    "'4/5 mặt hàng' → value 4, total 5. 'giảm từ 4,6% đến 6,7%' is a range of rates (percent, value_max); 'riêng giấy A4 tăng 4,4%' a rate as the claim.",
    "'tối đa 1,5 triệu đồng/người/năm' → at_most; a standing norm, no period.",
    "One-cell-per-line table, 'Đơn vị tính: đồng', the row label names the priced item '(chiếc)', '(hộp)', '(ram)' → unit đồng/chiếc etc.",
    "Column periods: 'Năm 2023', 'Năm 2024'; the '(%)' column header 'Năm 2024 so với năm 2023' speaks of 2024 (scored). Cells have no attributes.",
    "'Dự kiến năm 2025 ... khoảng 130 đơn vị' → forecast, about.",
]

if __name__ == "__main__":
    write("p1535-7", TEXT, NOTES, FIGS, location="Thái Nguyên")
