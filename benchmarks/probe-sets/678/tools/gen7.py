"""p678-7: Sở Xây dựng Bình Định (department site, no dateline) - LED conversion by locality, one-cell-per-line table."""
from lib import *

TEXT = """SỞ XÂY DỰNG TỈNH BÌNH ĐỊNH
Trang chủ / Hạ tầng kỹ thuật / Chiếu sáng đô thị

Tình hình chuyển đổi đèn LED chiếu sáng công cộng tại các địa phương

Theo số liệu tổng hợp của Sở Xây dựng, năm 2023 các địa phương trong tỉnh đã thay thế 4.376 bộ đèn LED, tăng 18,2% so với năm 2022. Số liệu cụ thể như sau:

Bảng 1. Số bộ đèn LED thay thế theo địa phương
Đơn vị tính: bộ
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
TP. Quy Nhơn
1.520
1.835
2.000
Thị xã An Nhơn
612
704
800
Thị xã Hoài Nhơn
585
690
750
Huyện Tuy Phước
503
617
650
Huyện Phù Cát
482
530
600
Tổng
3.702
4.376
4.800

Các huyện Tây Sơn, Phù Mỹ, Hoài Ân, An Lão, Vân Canh, Vĩnh Thạnh chưa gửi số liệu nên chưa tổng hợp vào bảng trên. Theo Sở, việc thay đèn LED năm 2023 giúp tiết kiệm ước khoảng 1,1 triệu kWh, chi phí tiền điện giảm khoảng 15% so với năm 2022.

Đến cuối năm 2023, tổng chiều dài đường được chiếu sáng trên địa bàn tỉnh đạt 1.046,8 km, trong đó có 214 km đường giao thông nông thôn do nhân dân góp vốn xây dựng. Kinh phí duy trì, bảo dưỡng hệ thống năm 2023 khoảng 38,5 tỷ đồng, trong đó tiền điện khoảng 24,6 tỷ đồng.

Sở đề nghị các địa phương ưu tiên lắp tủ điều khiển chiếu sáng thông minh; hiện toàn tỉnh mới có 74 tủ, chủ yếu tại TP. Quy Nhơn.

Địa chỉ: 35 Tăng Bạt Hổ, TP. Quy Nhơn. Điện thoại: 0256.3822.491
Tổng lượt truy cập: 1.208.355
"""

COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch năm 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [
    ("Quy Nhơn", "TP. Quy Nhơn", ["1.520", "1.835", "2.000"]),
    ("An Nhơn", "Thị xã An Nhơn", ["612", "704", "800"]),
    ("Hoài Nhơn", "Thị xã Hoài Nhơn", ["585", "690", "750"]),
    ("Tuy Phước", "Huyện Tuy Phước", ["503", "617", "650"]),
    ("Phù Cát", "Huyện Phù Cát", ["482", "530", "600"]),
    (None, "Tổng", ["3.702", "4.376", "4.800"]),
]

FIGS = [
    fig("thay thế 4.376 bộ", "4.376", 4376, "count", "bộ đèn LED", "bộ đèn LED thay thế",
        per("năm 2023", "2023-01-01", "2023-12-31"), change=chg("increase", 18.2, "%", "năm 2022")),
]
for loc, label, cells in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, cells):
        anchor = f"{prev}\n{n}"
        subj = ("Tổng số bộ đèn LED thay thế " if loc is None else "Số bộ đèn LED thay thế ") + col
        kw = {"location": loc} if loc else {}
        if st:
            kw["status"] = st
        FIGS.append(fig(anchor, n, parse_num(n), "count", "bộ", subj, p, **kw))
        prev = n

FIGS += [
    fig("khoảng 1,1 triệu kWh", "1,1", 1100000, "measure", "kWh", "điện tiết kiệm nhờ thay đèn LED",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="estimate"),
    fig("khoảng 15%", "15", 15, "percent", "%", "chi phí tiền điện giảm so với năm 2022",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="estimate"),
    fig("đạt 1.046,8 km", "1.046,8", 1046.8, "measure", "km", "tổng chiều dài đường được chiếu sáng",
        per("Đến cuối năm 2023", end="2023-12-31")),
    fig("có 214 km", "214", 214, "measure", "km", "đường giao thông nông thôn do nhân dân góp vốn xây dựng",
        per("Đến cuối năm 2023", end="2023-12-31"), total=1046.8),
    fig("khoảng 38,5 tỷ", "38,5", 38500000000, "money", "đồng", "Kinh phí duy trì, bảo dưỡng hệ thống",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    fig("khoảng 24,6 tỷ", "24,6", 24600000000, "money", "đồng", "tiền điện",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="about", total=38500000000),
    fig("có 74 tủ", "74", 74, "count", "tủ", "tủ điều khiển chiếu sáng thông minh"),
]

COMMENTS = [
    "Sở Xây dựng Bình Định department site, no dateline (no published). One-cell-per-line table with 'Đơn vị tính: bộ'.",
    "Table cells: subject = indicator + column, district row labels -> location, 'Tổng' row -> province; period from the column header",
    "(scored, as in shared h23); 'Kế hoạch 2024' column -> status target. No totals for table cells (no textual cue).",
    "Distractors: 'Bảng 1', address '35 Tăng Bạt Hổ', phone '0256.3822.491', 'Tổng lượt truy cập: 1.208.355'.",
    "'Đến cuối năm 2023' is an as-of date (start null) for both the whole 1.046,8 km and its 'trong đó' part 214 km.",
]

if __name__ == "__main__":
    emit("p678-7", TEXT, COMMENTS, FIGS, location="Bình Định")
