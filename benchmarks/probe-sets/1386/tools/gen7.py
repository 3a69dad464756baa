"""p1386-7: department site (BHXH tỉnh Quảng Ngãi), no dateline, one-cell-per-line table by target group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ

Phát triển người tham gia BHXH tự nguyện năm 2024 ước đạt 98,6% kế hoạch

Năm 2024, toàn tỉnh ước có 45.830 người tham gia BHXH tự nguyện, bằng 98,6% kế hoạch, tăng 4.570 người so với năm 2023. Ngân sách nhà nước và ngân sách tỉnh đã hỗ trợ tiền đóng cho 5.454 người thuộc hộ nghèo, hộ cận nghèo với tổng kinh phí khoảng 3,9 tỷ đồng.

Kết quả phát triển người tham gia BHXH tự nguyện
Đơn vị tính: người
Nhóm đối tượng
Năm 2023
Kế hoạch 2024
Ước thực hiện 2024
So với cùng kỳ (%)
Người thuộc hộ nghèo
3.126
3.500
3.418
109,3
Người thuộc hộ cận nghèo
1.874
2.100
2.036
108,6
Đối tượng khác
36.260
40.900
40.376
111,4
Tổng số
41.260
46.500
45.830
111,1

Năm 2025, BHXH tỉnh được giao chỉ tiêu phát triển 52.000 người tham gia BHXH tự nguyện, tương đương khoảng 7% lực lượng lao động trong độ tuổi. Riêng các huyện miền núi phấn đấu tăng ít nhất 15% số người tham gia so với năm 2024.

Liên kết: BHXH Việt Nam | Cổng dịch vụ công quốc gia

BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI
Địa chỉ: 112 Hùng Vương, TP Quảng Ngãi | Điện thoại: 0255.3822.514 | Đường dây nóng: 1900 9068
Lượt truy cập: 1.274.903 | Đang trực tuyến: 56
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24h = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("so với cùng kỳ", None, None)]
ROWS = [("Người thuộc hộ nghèo", ["3.126", "3.500", "3.418", "109,3"]),
        ("Người thuộc hộ cận nghèo", ["1.874", "2.100", "2.036", "108,6"]),
        ("Đối tượng khác", ["36.260", "40.900", "40.376", "111,4"]),
        ("Tổng số", ["41.260", "46.500", "45.830", "111,1"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if p is None:
                out.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                               subject=f"{label.lower()} tham gia BHXH tự nguyện {col}", **kw))
            else:
                out.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "người",
                               subject=f"{label.lower()} tham gia BHXH tự nguyện {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("ước đạt 98,6%", "98,6", 98.6, "percent", "%", status="estimate",
        subject="phát triển người tham gia BHXH tự nguyện so với kế hoạch", period=Y24h),
    fig("ước có 45.830 người", "45.830", 45830, "count", "người", status="estimate", percent=98.6,
        change=chg("increase", 4570, "người", "năm 2023"),
        subject="người tham gia BHXH tự nguyện", period=Y24),
    fig("cho 5.454 người", "5.454", 5454, "count", "người",
        subject="người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tiền đóng", period=inh(Y24)),
    fig("khoảng 3,9 tỷ", "3,9", 3.9e9, "money", "đồng", approx="about",
        subject="tổng kinh phí hỗ trợ tiền đóng", period=inh(Y24)),
] + cells() + [
    fig("phát triển 52.000 người", "52.000", 52000, "count", "người", status="target", percent=7,
        subject="chỉ tiêu phát triển người tham gia BHXH tự nguyện", period=Y25),
    fig("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
        subject="số người tham gia các huyện miền núi tăng so với năm 2024", period=inh(Y25)),
]

NOTES = [
    "Department site (BHXH tỉnh Quảng Ngãi), no dateline: menu, links, footer address, phone, hotline, 'Lượt truy cập', 'Đang trực tuyến'. published = null.",
    "Distractors: '112 Hùng Vương', 0255.3822.514, '1900 9068', counters 1.274.903 and 56; 'năm 2023'/'năm 2024' as baselines.",
    "Headline 'năm 2024 ước đạt 98,6% kế hoạch' is a percent figure of its own (estimate). In the body '45.830 người …, bằng 98,6% kế hoạch' → percent attribute.",
    "One-cell-per-line table, 'Đơn vị tính: người'; rows are target groups (not places): location Quảng Ngãi; subject = row + indicator + column;",
    "period from the column header (scored); 'Kế hoạch 2024' → target, 'Ước thực hiện 2024' → estimate; 'So với cùng kỳ (%)' → percent, no period, actual. No totals for cells.",
    "'52.000 người, tương đương khoảng 7%' → percent attribute 7 of the 52.000 target.",
    "'Riêng các huyện miền núi phấn đấu tăng ít nhất 15% số người tham gia' names no district: location Quảng Ngãi; a growth rate as the claim",
    "(no change object), target ('phấn đấu'), period inherited from 'Năm 2025' in the previous sentence.",
]

if __name__ == "__main__":
    write("p1386-7", TEXT, NOTES, FIGS, location="Quảng Ngãi")
