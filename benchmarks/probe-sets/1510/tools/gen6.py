"""p1510-6: department site (Sở Công Thương Bắc Giang), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Liên hệ

Sản xuất khăn ướt, tăm bông tăng trưởng khá

Hiện nay, tỉnh Bắc Giang có 9 doanh nghiệp sản xuất khăn ướt, tăm bông, tập trung tại các khu công nghiệp Quang Châu, Vân Trung và Song Khê - Nội Hoàng. Năm 2024, sản lượng khăn ướt toàn tỉnh ước đạt 36,75 triệu gói, tăng 14,1% so với năm 2023; sản lượng tăm bông ước đạt 410 triệu que, tăng 6%.

Doanh nghiệp lớn nhất là Công ty TNHH Vệ sinh Hoàn Mỹ (KCN Quang Châu, thị xã Việt Yên), chiếm khoảng 58% sản lượng khăn ướt toàn tỉnh; công ty có 7 dây chuyền, sử dụng 540 lao động, tỷ lệ sản phẩm lỗi không quá 0,5%.

Sản lượng khăn ướt theo địa bàn
Đơn vị tính: nghìn gói
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Thị xã Việt Yên
18.450
21.300
24.000
Huyện Yên Dũng
9.620
10.850
12.000
Huyện Lạng Giang
4.130
4.600
5.000
Tổng số
32.200
36.750
41.000
Trong đó: xuất khẩu
11.300
13.900
16.000

Sở Công Thương đề nghị các doanh nghiệp thực hiện đúng quy định về ghi nhãn và quản lý hóa chất, chế phẩm diệt khuẩn theo Nghị định số 91/2016/NĐ-CP.

Bài viết liên quan:
- Hội nghị kết nối cung cầu hàng hóa lần thứ 3
- Bắc Giang công bố quy hoạch cụm công nghiệp

SỞ CÔNG THƯƠNG TỈNH BẮC GIANG
Địa chỉ: Số 2 đường Nguyễn Gia Thiều, TP Bắc Giang
Điện thoại: 0204.3854.247
Lượt truy cập: 1.204.557 | Đang truy cập: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
VY = "Việt Yên"
ROWS = [("Thị xã Việt Yên", "Việt Yên", ["18.450", "21.300", "24.000"]),
        ("Huyện Yên Dũng", "Yên Dũng", ["9.620", "10.850", "12.000"]),
        ("Huyện Lạng Giang", "Lạng Giang", ["4.130", "4.600", "5.000"]),
        ("Tổng số", None, ["32.200", "36.750", "41.000"]),
        ("Trong đó: xuất khẩu", None, ["11.300", "13.900", "16.000"])]


def cells():
    out, totals = [], {}
    for label, place, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            v = float(n.replace(".", "")) * 1e3
            kw = {}
            if st:
                kw["status"] = st
            if place:
                kw["location"] = place
                subj = f"sản lượng khăn ướt {col}"
            elif label == "Tổng số":
                totals[col] = v
                subj = f"tổng số sản lượng khăn ướt {col}"
            else:
                kw["total"] = totals[col]
                subj = f"sản lượng khăn ướt xuất khẩu {col}"
            out.append(fig(f"{prev}\n{n}", n, v, "count", "gói", subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất khăn ướt, tăm bông"),
    fig("ước đạt 36,75 triệu", "36,75", 36.75e6, "count", "gói", status="estimate",
        change=chg("increase", 14.1, "%", "năm 2023"), subject="sản lượng khăn ướt toàn tỉnh", period=Y24),
    fig("ước đạt 410 triệu", "410", 410e6, "count", "que", status="estimate", change=chg("increase", 6),
        subject="sản lượng tăm bông", period=Y24),
    fig("khoảng 58%", "58", 58, "percent", "%", approx="about",
        subject="tỷ trọng của Công ty TNHH Vệ sinh Hoàn Mỹ trong sản lượng khăn ướt toàn tỉnh", location=VY),
    fig("có 7 dây chuyền", "7", 7, "count", "dây chuyền", subject="dây chuyền của công ty", location=VY),
    fig("sử dụng 540 lao động", "540", 540, "count", "lao động", subject="lao động công ty sử dụng", location=VY),
    fig("không quá 0,5%", "0,5", 0.5, "percent", "%", approx="at_most", subject="tỷ lệ sản phẩm lỗi",
        location=VY),
] + cells()

NOTES = [
    "Department site (Sở Công Thương Bắc Giang), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: KCN names, 'Nghị định số 91/2016/NĐ-CP', 'lần thứ 3', 'Số 2 đường Nguyễn Gia Thiều', phone, counters 1.204.557 and 23.",
    "The largest maker is in thị xã Việt Yên: its four figures → Việt Yên. 'chiếm khoảng 58% sản lượng ... toàn tỉnh' follows no amount",
    "of the company → a percent figure of its own. 'không quá 0,5%' → at_most.",
    "'Năm 2024, ... ước đạt ...; sản lượng tăm bông ước đạt ...' → estimates with period 2024 (same sentence).",
    "One-cell-per-line table, 'Đơn vị tính: nghìn gói' → counts in gói ×10^3; place rows → location (Việt Yên, Yên Dũng, Lạng Giang),",
    "subject = indicator of the caption + column label; 'Tổng số' → Bắc Giang; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'Trong đó: xuất khẩu' sub-row follows the 'Tổng số' row → total = the Tổng số cell of the same column (spec: part after 'trong đó').",
    "The place rows precede 'Tổng số' with no cue → no total. No dateline → published null; table periods come from headers.",
]

if __name__ == "__main__":
    write("p1510-6", TEXT, NOTES, FIGS, location="Bắc Giang")
