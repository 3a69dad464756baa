"""p1276-6: department site (Sở LĐ-TB&XH Bến Tre), no dateline; one-cell-per-line table of elderly-policy spending."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Kinh phí thực hiện chính sách đối với người cao tuổi tăng qua từng năm

Thực hiện Luật Người cao tuổi và Nghị định số 20/2021/NĐ-CP, kinh phí chi cho người cao tuổi của tỉnh ngày càng tăng. Năm 2024, tổng kinh phí ước thực hiện 412,6 tỷ đồng, tăng 6,8% so với năm 2023, chiếm khoảng 31% tổng chi bảo trợ xã hội.

Kinh phí thực hiện chính sách người cao tuổi
Đơn vị tính: tỷ đồng
Nội dung
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Trợ cấp xã hội hằng tháng
248,3
263,9
275,0
Mua thẻ bảo hiểm y tế
118,7
127,3
132,0
Chúc thọ, mừng thọ
19,3
21,4
23,5
Tổng cộng
386,3
412,6
430,5

Toàn tỉnh hiện có 198.750 người cao tuổi, trong đó 742 cụ từ 100 tuổi trở lên, nhiều nhất là huyện Mỏ Cày Nam (126 cụ) và huyện Ba Tri (118 cụ). Mức quà mừng thọ của tỉnh đối với cụ tuổi 95 là 400.000 đồng/người, cao hơn 100.000 đồng so với mức trước năm 2023.

Tin cùng chuyên mục:
- Hướng dẫn hồ sơ hưởng trợ cấp xã hội hằng tháng
- Triển khai Tháng hành động vì người cao tuổi Việt Nam

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE
Địa chỉ: Số 126A Nguyễn Thị Định, phường Phú Tân, TP Bến Tre
Điện thoại: 0275.3822.548
Lượt truy cập: 1.309.452 | Đang trực tuyến: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Trợ cấp xã hội hằng tháng", ["248,3", "263,9", "275,0"]),
        ("Mua thẻ bảo hiểm y tế", ["118,7", "127,3", "132,0"]),
        ("Chúc thọ, mừng thọ", ["19,3", "21,4", "23,5"]),
        ("Tổng cộng", ["386,3", "412,6", "430,5"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(",", ".")) * 1e9
        CELLS.append(fig(f"{prev}\n{n}", n, v, "money", "đồng",
                         subject=f"kinh phí {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("hiện 412,6 tỷ", "412,6", 412.6e9, "money", "đồng", status="estimate", percent=31,
        change=chg("increase", 6.8, "%", "năm 2023"),
        subject="tổng kinh phí chi cho người cao tuổi", period=Y24),
] + CELLS + [
    fig("có 198.750 người", "198.750", 198750, "count", "người cao tuổi", subject="người cao tuổi toàn tỉnh"),
    fig("742 cụ", "742", 742, "count", "cụ", total=198750, subject="cụ từ 100 tuổi trở lên"),
    fig("từ 100 tuổi", "100", 100, "measure", "tuổi", optional=True),
    fig("(126 cụ)", "126", 126, "count", "cụ", subject="cụ từ 100 tuổi trở lên", location="Mỏ Cày Nam"),
    fig("(118 cụ)", "118", 118, "count", "cụ", subject="cụ từ 100 tuổi trở lên", location="Ba Tri"),
    fig("cụ tuổi 95", "95", 95, "measure", "tuổi", optional=True),
    fig("là 400.000 đồng", "400.000", 400000, "money", "đồng/người",
        change=chg("increase", 100000, "đồng", "mức trước năm 2023"),
        subject="mức quà mừng thọ của tỉnh đối với cụ tuổi 95"),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Bến Tre), no dateline (published null): menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: Nghị định số 20/2021/NĐ-CP, 'Số 126A Nguyễn Thị Định' (126 also a figure elsewhere: anchor '(126 cụ)'), phone,",
    "counters 1.309.452 and 24, 'trước năm 2023'.",
    "412,6 tỷ: 'ước thực hiện' → estimate; change 6,8% vs 2023; 'chiếm khoảng 31%' → percent attribute.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' → money ×10^9; rows are spending items; subject = 'kinh phí' + row + column label;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "742 is part of 198.750 ('trong đó'). 'nhiều nhất là huyện Mỏ Cày Nam (126 cụ) và huyện Ba Tri (118 cụ)' is no part-of cue (and does not",
    "add up): no total; the districts are locations. 'cao hơn 100.000 đồng so với mức trước năm 2023' → change in đồng.",
    "Age thresholds ('từ 100 tuổi', 'tuổi 95') optional. 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1276-6", TEXT, NOTES, FIGS, location="Bến Tre")
