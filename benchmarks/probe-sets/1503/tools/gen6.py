"""p1503-6: department site without a dateline (Sở Công Thương Quảng Nam): kitchen-cabinet and wood-furniture
output 2024; one-cell-per-line table by locality (Năm 2023 / Ước thực hiện 2024 / Kế hoạch 2025, Tổng số row)."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Giới thiệu | Tin tức | Khuyến công | Văn bản | Liên hệ

Giá trị sản xuất tủ bếp, nội thất gỗ năm 2024 ước đạt 1.245 tỷ đồng

Năm 2024, ngành sản xuất tủ bếp và nội thất gỗ trên địa bàn tỉnh ước đạt giá trị sản xuất 1.245 tỷ đồng, tăng 8,6% so với năm 2023, vượt 3,7% kế hoạch. Toàn tỉnh có 386 cơ sở sản xuất, trong đó 41 doanh nghiệp, còn lại là hộ kinh doanh cá thể. Sản phẩm chủ lực là tủ bếp gỗ công nghiệp, tủ áo và giường tủ, tiêu thụ chủ yếu tại Đà Nẵng và các tỉnh Tây Nguyên.

Giá trị sản xuất theo địa phương
Đơn vị tính: tỷ đồng
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Thị xã Điện Bàn
412,0
448,5
480,0
TP Tam Kỳ
286,3
301,2
325,0
Huyện Duy Xuyên
158,7
176,4
190,0
Các địa phương khác
289,4
318,9
345,0
Tổng số
1.146,4
1.245,0
1.340,0

Năm 2024, chương trình khuyến công hỗ trợ 9 cơ sở đổi mới máy móc với tổng kinh phí 1,35 tỷ đồng, trong đó 4 cơ sở tại Điện Bàn được hỗ trợ máy dán cạnh tự động. Năm 2025, Sở phấn đấu giá trị sản xuất toàn ngành đạt 1.340 tỷ đồng và hỗ trợ ít nhất 10 cơ sở tham gia hội chợ, triển lãm.

Tin cùng chuyên mục:
- Tập huấn an toàn hóa chất năm 2024
- Hội chợ hàng Việt tại Hội An

SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Địa chỉ: Số 9 Trần Hưng Đạo, TP Tam Kỳ | Điện thoại: 0235.3852.449
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Thị xã Điện Bàn", "Điện Bàn", ["412,0", "448,5", "480,0"]),
        ("TP Tam Kỳ", "Tam Kỳ", ["286,3", "301,2", "325,0"]),
        ("Huyện Duy Xuyên", "Duy Xuyên", ["158,7", "176,4", "190,0"]),
        ("Các địa phương khác", None, ["289,4", "318,9", "345,0"]),
        ("Tổng số", None, ["1.146,4", "1.245,0", "1.340,0"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", ".")) * 1e9
        row = "" if place else label.lower() + " "
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        CELLS.append(fig(f"{prev}\n{n}", n, v, "money", "đồng", subject=f"giá trị sản xuất {row}{col}",
                         period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 1.245 tỷ", "1.245", 1245e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất tủ bếp, nội thất gỗ", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("sản xuất 1.245 tỷ", "1.245", 1245e9, "money", "đồng", status="estimate",
        change=chg("increase", 8.6, "%", "năm 2023"), subject="giá trị sản xuất ngành tủ bếp và nội thất gỗ",
        period=Y24),
    fig("vượt 3,7%", "3,7", 3.7, "percent", "%", status="estimate", subject="vượt kế hoạch", period=Y24,
        optional=True),
    fig("có 386 cơ sở", "386", 386, "count", "cơ sở", subject="cơ sở sản xuất"),
    fig("41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=386, subject="doanh nghiệp"),
] + CELLS + [
    fig("hỗ trợ 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở được chương trình khuyến công hỗ trợ đổi mới máy móc",
        period=Y24),
    fig("kinh phí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", subject="tổng kinh phí khuyến công", period=Y24),
    fig("4 cơ sở tại", "4", 4, "count", "cơ sở", total=9, subject="cơ sở được hỗ trợ máy dán cạnh tự động",
        period=Y24, location="Điện Bàn"),
    fig("đạt 1.340 tỷ", "1.340", 1340e9, "money", "đồng", status="target",
        subject="giá trị sản xuất toàn ngành", period=Y25),
    fig("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ tham gia hội chợ, triển lãm", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Quảng Nam), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Số 9 Trần Hưng Đạo', phone 0235.3852.449, counters 1.204.377 and 52, 'năm 2024' in a link title.",
    "Headline 'năm 2024 ... ước đạt 1.245 tỷ' and body 'ước đạt giá trị sản xuất 1.245 tỷ đồng' are two figures.",
    "Body 1.245 tỷ has two changes: 'tăng 8,6% so với năm 2023' is the attribute; 'vượt 3,7% kế hoạch' is a further one,",
    "a percent figure of its own and optional (FIGURES.md: one of each attribute per figure).",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng'; row labels are places -> location (Điện Bàn, Tam Kỳ, Duy Xuyên); 'Các địa phương khác'",
    "and 'Tổng số' stay in the province (Quảng Nam) and in the subject. 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target. No totals for cells.",
    "'Toàn tỉnh có 386 cơ sở' has no period phrase in its sentence: no period. '4 cơ sở tại Điện Bàn' after 'trong đó' -> total 9, location Điện Bàn.",
    "'Năm 2025, Sở phấn đấu ...' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1503-6", TEXT, NOTES, FIGS, location="Quảng Nam")
