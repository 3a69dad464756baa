"""p1421-7: department site (Sở Y tế Quảng Nam), no dateline: 2024 results and 2025 plan, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Dân số - KHHGĐ | Văn bản | Liên hệ

Kết quả sàng lọc sơ sinh năm 2024 và kế hoạch năm 2025

Năm 2024, công tác sàng lọc sơ sinh trên địa bàn tỉnh tiếp tục được đẩy mạnh. Ước cả năm, toàn tỉnh có 13.960 trẻ sơ sinh được lấy máu gót chân, bằng 64,8% số trẻ sinh ra, tăng 7,1 điểm phần trăm so với năm 2023.

Kết quả sàng lọc sơ sinh
Đơn vị tính: trẻ
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Trẻ được lấy máu gót chân
12.415
13.960
15.000
Trẻ có nguy cơ cao
318
352
-
Trong đó: thiếu men G6PD
287
326
-
Trẻ được sàng lọc thính lực
8.720
10.150
12.000

Nguyên nhân tỷ lệ sàng lọc chưa cao là do 9 huyện miền núi còn khó khăn về giao thông, nhiều sản phụ vẫn sinh tại nhà. Trong năm 2025, Sở Y tế dự kiến trang bị thêm 6 máy đo âm ốc tai cho các trung tâm y tế tuyến huyện, với kinh phí khoảng 1,2 tỷ đồng; phấn đấu 70% trẻ sơ sinh được sàng lọc ít nhất 2 bệnh.

Bài viết liên quan:
- Hội thảo nâng cao chất lượng dân số lần thứ 2
- Hướng dẫn quy trình lấy mẫu máu gót chân trên giấy thấm

SỞ Y TẾ TỈNH QUẢNG NAM
Địa chỉ: 15 Trần Hưng Đạo, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.408 - Fax: 0235.3852.409
Lượt truy cập: 1.254.603
"""

CN = per("cả năm", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]

ROWS = [("Trẻ được lấy máu gót chân", "trẻ được lấy máu gót chân", ["12.415", "13.960", "15.000"], None),
        ("Trẻ có nguy cơ cao", "trẻ có nguy cơ cao", ["318", "352"], None),
        ("Trong đó: thiếu men G6PD", "trẻ thiếu men G6PD", ["287", "326"], [318, 352]),
        ("Trẻ được sàng lọc thính lực", "trẻ được sàng lọc thính lực", ["8.720", "10.150", "12.000"], None)]

CELLS = []
for label, subj, nums, totals in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if totals:
            kw["total"] = totals[i]
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "trẻ",
                         subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 13.960 trẻ", "13.960", 13960, "count", "trẻ", percent=64.8, status="estimate",
        change=chg("increase", 7.1, "điểm phần trăm", "năm 2023"),
        subject="trẻ sơ sinh được lấy máu gót chân", period=CN),
] + CELLS + [
    fig("do 9 huyện", "9", 9, "count", "huyện", subject="huyện miền núi còn khó khăn về giao thông"),
    fig("thêm 6 máy", "6", 6, "count", "máy", status="forecast",
        subject="máy đo âm ốc tai trang bị thêm cho các trung tâm y tế tuyến huyện", period=Y25),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí trang bị máy đo âm ốc tai", period=Y25),
    fig("phấn đấu 70%", "70", 70, "percent", "%", status="target",
        subject="trẻ sơ sinh được sàng lọc ít nhất 2 bệnh", period=Y25),
    fig("ít nhất 2 bệnh", "2", 2, "count", "bệnh", approx="at_least", status="target",
        subject="bệnh được sàng lọc", period=Y25, optional=True),
]

NOTES = [
    "Department site (Sở Y tế Quảng Nam), no dateline: menu, related links, footer with address, phone, fax, 'Lượt truy cập'.",
    "Distractors: '15 Trần Hưng Đạo', phones 0235.3852.408/409, 'Lượt truy cập: 1.254.603', 'lần thứ 2', 'năm 2024/2025' in the title.",
    "'Ước cả năm ... 13.960 trẻ ..., bằng 64,8% số trẻ sinh ra, tăng 7,1 điểm phần trăm so với năm 2023' → estimate; percent 64,8;",
    "change +7,1 'điểm phần trăm' (the change after 'tăng' attaches to the figure, spec §3). 'cả năm' takes 2024 from 'Năm 2024'.",
    "One-cell-per-line table, 'Đơn vị tính: trẻ': subject = row label + column label; 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target; '-' cells are empty. The sub-row 'Trong đó: thiếu men G6PD' is a part after 'trong đó' of the",
    "row above: total = the 'Trẻ có nguy cơ cao' cell of the same column (318, 352).",
    "'Trong năm 2025, Sở Y tế dự kiến trang bị thêm 6 máy ..., với kinh phí khoảng 1,2 tỷ đồng' → forecast; 'phấn đấu 70%' → target.",
    "'ít nhất 2 bệnh' (scope inside the 70% target) optional. Location Quảng Nam throughout.",
]

if __name__ == "__main__":
    write("p1421-7", TEXT, NOTES, FIGS, location="Quảng Nam")
