"""p1397-6: department site (Sở KH&CN Ninh Thuận), no dateline, one-cell-per-line table of training by group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH THUẬN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kế hoạch đào tạo, bồi dưỡng nhân lực phục vụ dự án điện hạt nhân

Hiện tỉnh có 14 cán bộ có trình độ chuyên môn về năng lượng nguyên tử, trong đó 3 tiến sĩ và 6 thạc sĩ, chủ yếu công tác tại Sở và Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng.

Theo Kế hoạch số 2154/KH-UBND, giai đoạn 2026-2030 tỉnh phấn đấu đào tạo, bồi dưỡng 1.500 người, gấp hơn 3 lần giai đoạn 2021-2025; kinh phí dự kiến 186 tỷ đồng, trong đó ngân sách tỉnh 42 tỷ đồng, chiếm 22,6%.

Số người được đào tạo, bồi dưỡng theo nhóm đối tượng
Đơn vị tính: người
Nhóm đối tượng
Năm 2024
Ước thực hiện 2025
Kế hoạch 2026-2030
Cán bộ quản lý nhà nước
45
80
350
Kỹ sư, cử nhân
32
60
420
Kỹ thuật viên, công nhân
110
150
730
Tổng số
187
290
1.500

Sở đề nghị các sở, ngành, UBND các huyện, thành phố rà soát, đăng ký nhu cầu đào tạo trước ngày 15/7 hằng năm để tổng hợp, trình UBND tỉnh.

Tin cùng chuyên mục:
- Hội thảo khoa học về năng lượng tái tạo lần thứ 3
- Thông báo tuyển chọn nhiệm vụ khoa học cấp tỉnh năm 2026

Địa chỉ: Số 12 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận
Điện thoại: 0259.3822.614
Lượt truy cập: 1.204.377 | Đang online: 52
"""

G2630 = per("giai đoạn 2026-2030", "2026-01-01", "2030-12-31")
COLS = {
    "năm 2024": (per("Năm 2024", "2024-01-01", "2024-12-31"), None),
    "ước thực hiện 2025": (per("Ước thực hiện 2025", "2025-01-01", "2025-12-31"), "estimate"),
    "kế hoạch 2026-2030": (per("Kế hoạch 2026-2030", "2026-01-01", "2030-12-31"), "target"),
}
ROWS = [("Cán bộ quản lý nhà nước", ["45", "80", "350"]), ("Kỹ sư, cử nhân", ["32", "60", "420"]),
        ("Kỹ thuật viên, công nhân", ["110", "150", "730"]), ("Tổng số", ["187", "290", "1.500"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "người",
                         subject=f"số người được đào tạo, bồi dưỡng {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 14 cán bộ", "14", 14, "count", "cán bộ",
        subject="cán bộ có trình độ chuyên môn về năng lượng nguyên tử"),
    fig("3 tiến sĩ", "3", 3, "count", "tiến sĩ", total=14, subject="tiến sĩ"),
    fig("6 thạc sĩ", "6", 6, "count", "thạc sĩ", total=14, subject="thạc sĩ"),
    fig("bồi dưỡng 1.500 người", "1.500", 1500, "count", "người", status="target", period=G2630,
        change=chg("increase", 3, "lần", "giai đoạn 2021-2025", approx="over"),
        subject="người được đào tạo, bồi dưỡng"),
    fig("dự kiến 186 tỷ", "186", 186e9, "money", "đồng", status="forecast", period=G2630,
        subject="kinh phí đào tạo, bồi dưỡng"),
    fig("tỉnh 42 tỷ", "42", 42e9, "money", "đồng", status="forecast", period=G2630, total=186e9, percent=22.6,
        subject="ngân sách tỉnh"),
] + CELLS

NOTES = [
    "Department site (Sở KH&CN Ninh Thuận), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Kế hoạch số 2154/KH-UBND', 'trước ngày 15/7 hằng năm', 'lần thứ 3', 'năm 2026' in a link title,",
    "road name 'đường 16 Tháng 4', 'Số 12', phone 0259.3822.614, counters 1.204.377 and 52.",
    "3 tiến sĩ / 6 thạc sĩ are parts of the 14 ('trong đó'). 'gấp hơn 3 lần giai đoạn 2021-2025' is the change of 1.500 (lần, over).",
    "'phấn đấu' → target for 1.500; 'kinh phí dự kiến' → forecast for 186 tỷ and its part 42 tỷ (total, 'chiếm 22,6%' percent).",
    "One-cell-per-line table, 'Đơn vị tính: người': subject = caption + row + column; period from the column header (scored);",
    "'Ước thực hiện 2025' → estimate, 'Kế hoạch 2026-2030' → target (period 2026-2030). Cells get no total.",
]

if __name__ == "__main__":
    write("p1397-6", TEXT, NOTES, FIGS, location="Ninh Thuận")
