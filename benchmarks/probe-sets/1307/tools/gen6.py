"""p1307-6: department site (Sở NN&PTNT Tiền Giang), no dateline: starfruit, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TIỀN GIANG
Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Thủ tục hành chính | Liên hệ

Phát triển vùng khế chuyên canh gắn với mã số vùng trồng

Khế ngọt là cây ăn trái chủ lực của huyện Chợ Gạo và Châu Thành. Thực hiện Đề án 03 về phát triển cây ăn trái, ngành nông nghiệp đã hỗ trợ nông dân chuyển sang giống khế B10, B17 cho trái to, ngọt, phù hợp xuất khẩu.

Kết quả sản xuất khế trên địa bàn tỉnh
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng diện tích (ha)
1.820
1.850
101,6
1.900
Trong đó: diện tích cho trái (ha)
1.640
1.700
103,7
1.760
Sản lượng (tấn)
41.200
43.500
105,6
45.500
Năng suất (tấn/ha)
25,1
25,6
102,0
25,9

Toàn tỉnh hiện có 38 mã số vùng trồng khế với tổng diện tích 1.126 ha, trong đó 22 mã số phục vụ xuất khẩu sang Mỹ, EU. Giá khế ngọt tại vườn hiện dao động 8.000-12.000 đồng/kg.

Mục tiêu đến năm 2030, tỉnh phát triển 2.200 ha khế, trong đó 60% diện tích đạt chuẩn VietGAP hoặc tương đương.

Bài viết liên quan:
- Hội thảo kỹ thuật canh tác khế xuất khẩu lần thứ 2
- Tập huấn quản lý ruồi đục trái trên cây khế

SỞ NÔNG NGHIỆP VÀ PTNT TIỀN GIANG
Địa chỉ: Số 19 đường 30/4, Phường 1, TP Mỹ Tho
Điện thoại: 0273.3872.134
Lượt truy cập: 1.204.563 | Đang online: 25
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", inh(E24), None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Tổng diện tích (ha)", "tổng diện tích khế", "ha", ["1.820", "1.850", "101,6", "1.900"]),
        ("Trong đó: diện tích cho trái (ha)", "diện tích khế cho trái", "ha", ["1.640", "1.700", "103,7", "1.760"]),
        ("Sản lượng (tấn)", "sản lượng khế", "tấn", ["41.200", "43.500", "105,6", "45.500"]),
        ("Năng suất (tấn/ha)", "năng suất khế", "tấn/ha", ["25,1", "25,6", "102,0", "25,9"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
TOTALS = [num(x) for x in ROWS[0][3]]
for i, (label, subj, unit, nums) in enumerate(ROWS):
    prev = label
    for j, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if col == "so với cùng kỳ":
            f = fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=f"{subj} {col}", period=p, **kw)
        else:
            if i == 1:
                kw["total"] = TOTALS[j]
            f = fig(f"{prev}\n{n}", n, num(n), "measure", unit, subject=f"{subj} {col}", period=p, **kw)
        CELLS.append(f)
        prev = n

FIGS = CELLS + [
    fig("có 38 mã số", "38", 38, "count", "mã số vùng trồng", subject="mã số vùng trồng khế"),
    fig("diện tích 1.126 ha", "1.126", 1126, "measure", "ha", subject="tổng diện tích mã số vùng trồng khế"),
    fig("trong đó 22 mã số", "22", 22, "count", "mã số", total=38, subject="mã số phục vụ xuất khẩu"),
    fig("động 8.000-12.000", "8.000", 8000, "money", "đồng/kg", value_max=12000, subject="giá khế ngọt tại vườn"),
    fig("triển 2.200 ha", "2.200", 2200, "measure", "ha", status="target", subject="diện tích khế", period=T30),
    fig("trong đó 60%", "60", 60, "percent", "%", status="target",
        subject="diện tích đạt chuẩn VietGAP hoặc tương đương", period=T30),
]

NOTES = [
    "Department site (Sở NN&PTNT Tiền Giang), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Đề án 03', giống 'B10, B17', 'lần thứ 2', 'Số 19 đường 30/4, Phường 1', phone, counters 1.204.563 and 25.",
    "One-cell-per-line table: rows carry their unit in brackets; subject = row indicator + column label; period from column",
    "headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; the 'So với cùng kỳ (%)' column compares the",
    "2024 estimate with 2023: percent cells, period inherited from 'Ước thực hiện 2024' (not scored), status actual (no cue in",
    "its header). The 'Trong đó: diện tích cho trái' row is part of 'Tổng diện tích': total = the cell above in the same column.",
    "Text: 'trong đó 22 mã số' → total 38; 'trong đó 60% diện tích' → a percent figure of its own, target like its sentence.",
    "'hiện' figures carry no period; no published date (no dateline).",
]

if __name__ == "__main__":
    write("p1307-6", TEXT, NOTES, FIGS, location="Tiền Giang")
