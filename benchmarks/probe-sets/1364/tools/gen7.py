"""p1364-7: department site (Sở NN&PTNT Thái Bình), no dateline, one-cell-per-line table by year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Thái Bình đẩy mạnh bảo tồn cây di sản, cây cổ thụ

Toàn tỉnh hiện có 214 cây được công nhận Cây Di sản Việt Nam, phân bố ở 8/8 huyện, thành phố; trong đó nhiều nhất là cây đa (61 cây), cây muỗm (38 cây) và cây sanh (27 cây). Tỷ lệ cây di sản đã được gắn biển, lập hồ sơ quản lý đạt 92%.

Kết quả công nhận Cây Di sản Việt Nam qua các năm
Đơn vị tính: cây
Chỉ tiêu
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Ước 2024 so với 2023 (%)
Cây đơn lẻ
18
24
31
40
129,2
Cây thuộc quần thể
12
9
26
30
288,9
Tổng số
30
33
57
70
172,7

Năm 2024, Sở phối hợp với các địa phương khảo sát 1.126 cây cổ thụ tại đình, chùa, đền, miếu; phát hiện 47 cây có dấu hiệu mục rỗng, sâu bệnh, chiếm 4,2%.

Tỉnh hỗ trợ chủ sở hữu cây di sản 5 triệu đồng/cây/năm; riêng cây bị sâu bệnh được hỗ trợ thêm từ 10 đến 20 triệu đồng/cây để cứu chữa. Mục tiêu đến năm 2025, 100% cây di sản được gắn biển và có người chăm sóc.

Bài viết liên quan:
- Hướng dẫn lập hồ sơ đề nghị công nhận Cây Di sản Việt Nam
- Thái Bình: Tết trồng cây Xuân Ất Tỵ 2025

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Địa chỉ: Số 16 Lê Lợi, phường Đề Thám, TP Thái Bình
Điện thoại: 0227.3831.512
Lượt truy cập: 1.204.377 | Đang truy cập: 52
"""

C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
R24 = per("Ước 2024 so với 2023 (%)", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("kế hoạch 2025", K25, "target"), ("ước 2024 so với 2023", R24, "estimate")]
ROWS = [("Cây đơn lẻ", ["18", "24", "31", "40", "129,2"]),
        ("Cây thuộc quần thể", ["12", "9", "26", "30", "288,9"]),
        ("Tổng số", ["30", "33", "57", "70", "172,7"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        pct = col.endswith("so với 2023")
        subj = f"{label.lower()} được công nhận Cây Di sản Việt Nam {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent" if pct else "count",
                         "%" if pct else "cây", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 214 cây", "214", 214, "count", "cây", subject="cây được công nhận Cây Di sản Việt Nam"),
    fig("ở 8/8", "8", 8, "count", "huyện, thành phố", total=8, subject="huyện, thành phố có cây di sản"),
    fig("cây đa (61 cây)", "61", 61, "count", "cây", total=214, subject="cây di sản là cây đa"),
    fig("cây muỗm (38 cây)", "38", 38, "count", "cây", total=214, subject="cây di sản là cây muỗm"),
    fig("cây sanh (27 cây)", "27", 27, "count", "cây", total=214, subject="cây di sản là cây sanh"),
    fig("đạt 92%", "92", 92, "percent", "%", subject="tỷ lệ cây di sản đã được gắn biển, lập hồ sơ quản lý"),
] + CELLS + [
    fig("khảo sát 1.126 cây", "1.126", 1126, "count", "cây", subject="cây cổ thụ khảo sát", period=Y24),
    fig("phát hiện 47 cây", "47", 47, "count", "cây", percent=4.2, subject="cây có dấu hiệu mục rỗng, sâu bệnh",
        period=Y24),
    fig("di sản 5 triệu", "5", 5e6, "money", "đồng/cây/năm", subject="hỗ trợ chủ sở hữu cây di sản"),
    fig("từ 10 đến 20 triệu", "10", 10e6, "money", "đồng/cây", value_max=20e6,
        subject="hỗ trợ thêm cứu chữa cây bị sâu bệnh"),
    fig("2025, 100% cây", "100", 100, "percent", "%", status="target",
        subject="cây di sản được gắn biển và có người chăm sóc", period=T25),
]

NOTES = [
    "Department site (Sở NN&PTNT Thái Bình), no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'Xuân Ất Tỵ 2025', 'Số 16 Lê Lợi', phone 0227.3831.512, counters 1.204.377 and 52, column headers with years.",
    "'8/8 huyện, thành phố' → total 8. 'trong đó nhiều nhất là cây đa (61 cây), ...' → parts of 214 (total), subject the species.",
    "One-cell-per-line table, 'Đơn vị tính: cây', rows are tree types (not places): location Thái Bình; subject = row + column label;",
    "periods from the column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; the ratio column",
    "'Ước 2024 so với 2023 (%)' gives percent cells (kind percent, status estimate, period 2024: the estimated year compared). No totals for cells.",
    "'phát hiện 47 cây ..., chiếm 4,2%' → percent attribute; no cue makes 1.126 its whole (no total). Standing support rates take no period.",
]

if __name__ == "__main__":
    write("p1364-7", TEXT, NOTES, FIGS, location="Thái Bình")
