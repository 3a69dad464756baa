"""p1289-7: department site without dateline (Sở NN&PTNT Hưng Yên): feed output 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HƯNG YÊN
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Liên hệ

Ngành thức ăn chăn nuôi Hưng Yên năm 2024: sản lượng premix tăng 14%

Năm 2024, sản lượng thức ăn chăn nuôi sản xuất trên địa bàn tỉnh ước đạt 1,54 triệu tấn, tăng 5,9% so với năm 2023, đứng thứ 5 cả nước. Trong đó nhóm premix, phụ gia tuy chỉ chiếm khoảng 1% sản lượng nhưng có giá trị cao, ước đạt 1.180 tỷ đồng.

Sản lượng thức ăn chăn nuôi theo loại
Đơn vị tính: nghìn tấn
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Tổng số
1.452,6
1.538,4
1.620
105,9
Trong đó: Thức ăn hỗn hợp
1.318,2
1.395,0
1.465
105,8
Thức ăn đậm đặc
121,5
128,7
138
105,9
Premix, phụ gia
12,9
14,7
17
114,0

Toàn tỉnh hiện có 31 nhà máy thức ăn chăn nuôi, tập trung tại huyện Văn Lâm (12 nhà máy), thị xã Mỹ Hào (8 nhà máy) và huyện Yên Mỹ (6 nhà máy). Năm 2025, Sở đặt mục tiêu thu hút thêm 2-3 dự án sản xuất premix, phụ gia công nghệ cao.

Tin liên quan:
- Hưng Yên: Tập huấn Luật Chăn nuôi năm 2018 cho cán bộ thú y cấp huyện
- Kiểm tra điều kiện sản xuất thức ăn chăn nuôi tại KCN Phố Nối A

Sở Nông nghiệp và Phát triển nông thôn tỉnh Hưng Yên
Địa chỉ: Số 437 đường Nguyễn Văn Linh, TP Hưng Yên | ĐT: 0221.3862.512
Lượt truy cập: 1.204.377 | Đang truy cập: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24h = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
C25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, "actual"), ("ước thực hiện 2024", C24, "estimate"), ("kế hoạch 2025", C25, "target")]
TOT = {0: 1452.6e3, 1: 1538.4e3, 2: 1620e3}
IND = "sản lượng thức ăn chăn nuôi"


def row(label, prev, cells, pct_anchor, sub=False):
    """cells: numbers of the three tonnage columns; prev: text before the first cell (for anchors)."""
    out = []
    anchors = [f"{prev}\n{cells[0]}", f"{cells[0]}\n{cells[1]}", f"{cells[1]}\n{cells[2]}"]
    for i, (num, anc) in enumerate(zip(cells, anchors)):
        col, p, st = COLS[i]
        v = float(num.replace(".", "").replace(",", ".")) * 1e3
        kw = {"total": TOT[i]} if sub else {}
        if st != "actual":
            kw["status"] = st
        out.append(fig(anc, num, v, "measure", "tấn", subject=f"{IND} {label} {col}", period=p, **kw))
    num = pct_anchor.split("\n")[1]
    out.append(fig(pct_anchor, num, float(num.replace(",", ".")), "percent", "%",
                   subject=f"{IND} {label} so với cùng kỳ", period=inh(Y24)))
    return out


FIGS = [
    fig("premix tăng 14%", "14", 14, "percent", "%", subject="sản lượng premix", period=Y24h),
    fig("ước đạt 1,54 triệu", "1,54", 1.54e6, "measure", "tấn", status="estimate",
        change=chg("increase", 5.9, "%", "năm 2023"), subject="sản lượng thức ăn chăn nuôi sản xuất trên địa bàn tỉnh",
        period=Y24),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", status="estimate", subject="sản lượng thức ăn chăn nuôi", period=Y24),
    fig("khoảng 1%", "1", 1, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng nhóm premix, phụ gia trong sản lượng", period=inh(Y24)),
    fig("ước đạt 1.180 tỷ", "1.180", 1180e9, "money", "đồng", status="estimate",
        subject="giá trị nhóm premix, phụ gia", period=inh(Y24)),
]
FIGS += row("tổng số", "Tổng số", ["1.452,6", "1.538,4", "1.620"], "1.620\n105,9")
FIGS += row("thức ăn hỗn hợp", "Thức ăn hỗn hợp", ["1.318,2", "1.395,0", "1.465"], "1.465\n105,8", sub=True)
FIGS += row("thức ăn đậm đặc", "Thức ăn đậm đặc", ["121,5", "128,7", "138"], "138\n105,9", sub=True)
FIGS += row("premix, phụ gia", "Premix, phụ gia", ["12,9", "14,7", "17"], "17\n114,0", sub=True)
FIGS += [
    fig("có 31 nhà máy", "31", 31, "count", "nhà máy", subject="nhà máy thức ăn chăn nuôi"),
    fig("Lâm (12 nhà máy)", "12", 12, "count", "nhà máy", subject="nhà máy thức ăn chăn nuôi", location="Văn Lâm"),
    fig("Hào (8 nhà máy)", "8", 8, "count", "nhà máy", subject="nhà máy thức ăn chăn nuôi", location="Mỹ Hào"),
    fig("Mỹ (6 nhà máy)", "6", 6, "count", "nhà máy", subject="nhà máy thức ăn chăn nuôi", location="Yên Mỹ"),
    fig("thêm 2-3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án sản xuất premix, phụ gia công nghệ cao thu hút thêm", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Hưng Yên) without a dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "No published date. Location Hưng Yên; the plants listed by district take the district.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' (×10^3, measure tấn); columns 'Năm 2023' (actual), 'Ước thực hiện 2024'",
    "(estimate), 'Kế hoạch 2025' (target), 'So với cùng kỳ (%)' (percent figures, no cue in the header → actual; no period in",
    "the header → 2024 inherited, not scored). Subject = indicator + row label + column label; period from the column header.",
    "'Trong đó: Thức ăn hỗn hợp' and the rows after it break down 'Tổng số' (they add up): their tonnage cells take the",
    "'Tổng số' cell of the same column as total (FIGURES.md: a part after 'trong đó' that follows the whole).",
    "Headline 'sản lượng premix tăng 14%' → percent, period 'năm 2024' from the headline, no status cue → actual.",
    "'ước đạt 1,54 triệu tấn, tăng 5,9% ..., đứng thứ 5 cả nước' → the rank continues the estimate clause: estimate, location Hưng Yên.",
    "'chiếm khoảng 1% sản lượng' is a share of volume, not of the 1.180 tỷ đồng value that follows: a percent figure of its own;",
    "as a 'Trong đó' part it continues the estimate sentence before it → estimate (revised after the first run, as in p1/p8).",
    "'huyện Văn Lâm (12 nhà máy), ... (8 nhà máy) ... (6 nhà máy)' do not add up to 31: no total.",
    "Distractors: 'Luật Chăn nuôi năm 2018', 'KCN Phố Nối A', 'Số 437', phone, counters.",
]

if __name__ == "__main__":
    write("p1289-7", TEXT, NOTES, FIGS, published=None, location="Hưng Yên")
