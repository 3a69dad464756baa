"""p1310-7: department site (Sở TN&MT Bắc Ninh), no dateline: noise monitoring at industrial parks, one-cell-per-line table."""
from lib import fig, per, inh, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC NINH
Giới thiệu | Tin tức | Thủ tục hành chính | Quan trắc môi trường | Liên hệ

Kết quả quan trắc tiếng ồn tại các khu công nghiệp năm 2024

Năm 2024, Sở đã quan trắc tiếng ồn tại 71 điểm thuộc 16 khu công nghiệp và khu dân cư lân cận; số lượt quan trắc ước đạt 284 lượt, bằng 104% kế hoạch. Kết quả cho thấy 92% số lượt đo đạt QCVN 26:2010/BTNMT; giá trị cao nhất 76,3 dBA tại cổng KCN Yên Phong I (huyện Yên Phong).

Số lượt quan trắc tiếng ồn theo địa bàn
Đơn vị tính: lượt
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Bắc Ninh
96
104
120
TP Từ Sơn
72
80
88
Huyện Yên Phong
48
56
64
Huyện Quế Võ
40
44
48
Tổng số
256
284
320

Sở tiếp nhận 37 đơn thư phản ánh về tiếng ồn, đã giải quyết 35/37 đơn, đạt 94,6%. Thanh tra Sở xử phạt 9 doanh nghiệp vi phạm quy chuẩn tiếng ồn với tổng số tiền 1,26 tỷ đồng, trong đó mức phạt cao nhất 340 triệu đồng đối với Công ty TNHH Cơ khí Hòa Phong.

Năm 2025, Sở phấn đấu nâng số điểm quan trắc lên 80 điểm, trong đó 4 điểm quan trắc tự động, liên tục.

Tin liên quan:
- Hướng dẫn lập hồ sơ đăng ký môi trường
- Quan trắc chất lượng không khí quý IV

Địa chỉ: Số 11 Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.578 | Lượt truy cập: 1.204.337 | Đang online: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Bắc Ninh", "Bắc Ninh", ["96", "104", "120"]),
        ("TP Từ Sơn", "Từ Sơn", ["72", "80", "88"]),
        ("Huyện Yên Phong", "Yên Phong", ["48", "56", "64"]),
        ("Huyện Quế Võ", "Quế Võ", ["40", "44", "48"]),
        ("Tổng số", None, ["256", "284", "320"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"lượt quan trắc tiếng ồn {col}"
        else:
            subj = f"tổng số lượt quan trắc tiếng ồn {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n), "count", "lượt", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("tại 71 điểm", "71", 71, "count", "điểm", subject="điểm quan trắc tiếng ồn", period=Y24),
    fig("thuộc 16 khu", "16", 16, "count", "khu công nghiệp",
        subject="khu công nghiệp được quan trắc tiếng ồn", period=Y24),
    fig("ước đạt 284 lượt", "284", 284, "count", "lượt", status="estimate", percent=104,
        subject="số lượt quan trắc", period=Y24),
    fig("cho thấy 92%", "92", 92, "percent", "%", subject="số lượt đo đạt QCVN 26:2010/BTNMT",
        period=inh(Y24)),
    fig("cao nhất 76,3 dBA", "76,3", 76.3, "measure", "dBA", subject="giá trị tiếng ồn cao nhất",
        period=inh(Y24), location="Yên Phong"),
] + CELLS + [
    fig("tiếp nhận 37 đơn thư", "37", 37, "count", "đơn thư", subject="đơn thư phản ánh về tiếng ồn"),
    fig("35/37 đơn", "35", 35, "count", "đơn", total=37, percent=94.6, subject="đơn đã giải quyết"),
    fig("xử phạt 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp vi phạm quy chuẩn tiếng ồn bị xử phạt"),
    fig("tiền 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", subject="tổng số tiền xử phạt"),
    fig("cao nhất 340 triệu", "340", 340e6, "money", "đồng", total=1.26e9, subject="mức phạt cao nhất"),
    fig("lên 80 điểm", "80", 80, "count", "điểm", status="target", subject="số điểm quan trắc",
        period=per("Năm 2025", "2025-01-01", "2025-12-31")),
    fig("trong đó 4 điểm", "4", 4, "count", "điểm", status="target", total=80,
        subject="điểm quan trắc tự động, liên tục", period=per("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Sở TN&MT Bắc Ninh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "No date of its own → no published. The text's 'Năm 2024' dates the first paragraph; the last paragraph states no period (none).",
    "One-cell-per-line table, 'Đơn vị tính: lượt'; rows are places → location (TP Bắc Ninh, TP Từ Sơn, Yên Phong, Quế Võ; 'Tổng số' = the",
    "province); subject = caption indicator + column label (the row label is a place and goes to location; the column label alone",
    "names no indicator); period from the column header (scored); 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target; cells get no total.",
    "'ước đạt 284 lượt, bằng 104% kế hoạch' → estimate + percent 104. '35/37 đơn, đạt 94,6%' → total 37 + percent.",
    "'tổng số tiền 1,26 tỷ đồng, trong đó mức phạt cao nhất 340 triệu đồng' → the largest fine is part of the total: total 1.26e9.",
    "'Năm 2025, Sở phấn đấu ... 80 điểm, trong đó 4 điểm' → both target, period 2025; total 80.",
    "'76,3 dBA tại cổng KCN Yên Phong I (huyện Yên Phong)' → location Yên Phong.",
    "Distractors: 'KCN Yên Phong I', QCVN 26:2010/BTNMT, 'quý IV' in a link, 'Số 11 Lý Thái Tổ', phone 0222.3822.578, counters 1.204.337 and 25.",
]

if __name__ == "__main__":
    write("p1310-7", TEXT, NOTES, FIGS, location="Bắc Ninh")
