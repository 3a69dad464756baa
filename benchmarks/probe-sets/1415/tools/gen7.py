"""p1415-7: department site (BHXH tỉnh Nghệ An), no dateline: BHYT spending on hemophilia and rare diseases, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi - đáp | Liên hệ

Quỹ BHYT bảo đảm quyền lợi người bệnh máu khó đông và bệnh hiếm

Năm 2024, toàn tỉnh có 176 người bệnh hemophilia và 42 người mắc bệnh hiếm khác điều trị dài hạn bằng thẻ BHYT. Chi phí khám, chữa bệnh của nhóm người bệnh này đạt 48,8 tỷ đồng, tăng 16,7% so với năm 2023; bình quân mỗi người bệnh hemophilia được quỹ thanh toán khoảng 197 triệu đồng/năm, gấp 52 lần chi phí bình quân của một người có thẻ BHYT.

Chi phí khám, chữa bệnh BHYT của người bệnh máu khó đông và bệnh hiếm
Đơn vị tính: triệu đồng
Nội dung
Năm 2023
Năm 2024
So với cùng kỳ (%)
Ước thực hiện 2025
Thuốc yếu tố đông máu
31.240
34.615
110,8
37.900
Thuốc điều trị bệnh hiếm khác
8.460
11.820
139,7
14.300
Xét nghiệm, dịch vụ kỹ thuật
2.150
2.385
110,9
2.600
Tổng cộng
41.850
48.820
116,7
54.800
Trong đó: quỹ BHYT chi trả
39.120
45.760
117,0
51.350

Dự kiến năm 2025, chi phí tiếp tục tăng do 11 người bệnh chuyển sang điều trị dự phòng và thuốc emicizumab được đưa vào danh mục. BHXH tỉnh đề nghị các cơ sở khám, chữa bệnh lập dự trù thuốc sát thực tế, tránh tình trạng thiếu thuốc như quý III/2024, khi 3 bệnh viện phải mượn thuốc của tuyến trên.

Bài viết liên quan:
- Hướng dẫn gia hạn thẻ BHYT hộ gia đình năm 2025
- BHXH tỉnh tổ chức hội nghị đối thoại với doanh nghiệp

BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN
Địa chỉ: Số 7 đường Trường Thi, TP Vinh, tỉnh Nghệ An
Điện thoại: 0238.3842.516
Lượt truy cập: 1.204.377 | Đang truy cập: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("so với cùng kỳ", None, None),
        ("ước thực hiện 2025", per("Ước thực hiện 2025", "2025-01-01", "2025-12-31"), "estimate")]
ROWS = [("Thuốc yếu tố đông máu", "thuốc yếu tố đông máu", ["31.240", "34.615", "110,8", "37.900"]),
        ("Thuốc điều trị bệnh hiếm khác", "thuốc điều trị bệnh hiếm khác", ["8.460", "11.820", "139,7", "14.300"]),
        ("Xét nghiệm, dịch vụ kỹ thuật", "xét nghiệm, dịch vụ kỹ thuật", ["2.150", "2.385", "110,9", "2.600"]),
        ("Tổng cộng", "tổng cộng", ["41.850", "48.820", "116,7", "54.800"]),
        ("Trong đó: quỹ BHYT chi trả", "quỹ BHYT chi trả", ["39.120", "45.760", "117,0", "51.350"])]
TOTALS = dict(zip(("năm 2023", "năm 2024", "ước thực hiện 2025"), (41850e6, 48820e6, 54800e6)))


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%",
                             subject=f"chi phí {row} so với cùng kỳ", **kw))
        else:
            if row == "quỹ BHYT chi trả":
                kw["total"] = TOTALS[col]
            CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e6, "money", "đồng",
                             subject=f"chi phí khám, chữa bệnh BHYT {row} {col}", **kw))
        prev = n

FIGS = [
    fig("có 176 người", "176", 176, "count", "người bệnh",
        subject="người bệnh hemophilia điều trị dài hạn bằng thẻ BHYT", period=Y24),
    fig("và 42 người", "42", 42, "count", "người",
        subject="người mắc bệnh hiếm khác điều trị dài hạn bằng thẻ BHYT", period=Y24),
    fig("đạt 48,8 tỷ", "48,8", 48.8e9, "money", "đồng", change=chg("increase", 16.7, "%", "năm 2023"),
        subject="chi phí khám, chữa bệnh của nhóm người bệnh", period=inh(Y24)),
    fig("khoảng 197 triệu", "197", 197e6, "money", "đồng/năm", approx="about",
        change=chg("increase", 52, "lần", "chi phí bình quân của một người có thẻ BHYT"),
        subject="quỹ thanh toán bình quân mỗi người bệnh hemophilia", period=inh(Y24)),
] + CELLS + [
    fig("do 11 người", "11", 11, "count", "người bệnh", status="forecast",
        subject="người bệnh chuyển sang điều trị dự phòng", period=Y25),
    fig("khi 3 bệnh viện", "3", 3, "count", "bệnh viện",
        subject="bệnh viện phải mượn thuốc của tuyến trên", period=Q3),
]

NOTES = [
    "Department site (BHXH tỉnh Nghệ An), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'Số 7 đường Trường Thi', phone 0238.3842.516, counters 1.204.377 and 52, 'năm 2025' in a link, 'quý III/2024'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' (money in đồng); subject = row + column; periods from the year columns;",
    "'Ước thực hiện 2025' → estimate; 'So với cùng kỳ (%)' cells are percent figures with no period (header has no year).",
    "The 'Trong đó: quỹ BHYT chi trả' row follows 'Tổng cộng': its money cells take the Tổng cộng cell of the same column as total",
    "(the spec's 'trong đó' cue; a reading choice), the other cells get no total.",
    "48,8 tỷ and 197 triệu have no period in their own sentence (Năm 2024 inherited). 'gấp 52 lần …' is a change in 'lần'.",
    "'Dự kiến năm 2025' → forecast for 11 người bệnh; '3 bệnh viện' in the next sentence is actual, period quý III/2024.",
]

if __name__ == "__main__":
    write("p1415-7", TEXT, NOTES, FIGS, location="Nghệ An")
