"""p1243-7: department site (Sở NN&PTNT Hưng Yên), no dateline; one-cell-per-line table by crop."""
from lib import fig, per, inh, chg, tgt, write, ORDER

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HƯNG YÊN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ

Hưng Yên mở rộng diện tích rau màu vụ đông

Năm 2024, toàn tỉnh trồng 8.960 ha rau màu vụ đông, tăng 6,1% so với năm 2023, vượt 4,2% kế hoạch. Riêng huyện Khoái Châu chiếm khoảng 24% diện tích.

Diện tích một số cây rau vụ đông chủ lực
Đơn vị tính: ha
Cây trồng
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
Kế hoạch năm 2025
Tổng số
8.445
8.960
106,1
9.200
Trong đó: Bắp cải
1.240
1.315
106,0
1.350
Su hào
865
902
104,3
920
Súp lơ
610
688
112,8
700

Năng suất bắp cải bình quân đạt 42 tấn/ha, su hào 28 tấn/ha. Giá trị thu nhập trên 1 ha rau vụ đông đạt 180-200 triệu đồng, cao gấp 2,5 lần so với trồng ngô. Toàn tỉnh có 26 hợp tác xã liên kết với doanh nghiệp, bao tiêu khoảng 35% sản lượng rau vụ đông. Năm 2025, Sở phấn đấu toàn tỉnh có 9.200 ha rau màu vụ đông, trong đó 1.500 ha sản xuất theo tiêu chuẩn VietGAP.

Bài viết liên quan:
- Hướng dẫn phòng trừ sâu tơ hại rau họ thập tự vụ đông
- Hội nghị sơ kết 6 tháng công tác khuyến nông

Bản quyền thuộc Sở Nông nghiệp và PTNT tỉnh Hưng Yên
Địa chỉ: Số 437 đường Nguyễn Văn Linh, TP Hưng Yên
Điện thoại: 0221.3862.456
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"),
        ("so với cùng kỳ", None, None), ("kế hoạch năm 2025", K25, "target")]


def cell(anchor, number, row, col):
    label, p, st = col
    kw = {"status": st} if st else {}
    if p:
        kw["period"] = p
    v = float(number.replace(".", "").replace(",", "."))
    if label == "so với cùng kỳ":
        return fig(anchor, number, v, "percent", "%", subject=f"diện tích {row} so với cùng kỳ", **kw)
    return fig(anchor, number, v, "measure", "ha", subject=f"diện tích {row} {label}", **kw)


ROWS = [("Tổng số", "cây rau vụ đông chủ lực tổng số", ["8.445", "8.960", "106,1", "9.200"]),
        ("Bắp cải", "bắp cải", ["1.240", "1.315", "106,0", "1.350"]),
        ("Su hào", "su hào", ["865", "902", "104,3", "920"]),
        ("Súp lơ", "súp lơ", ["610", "688", "112,8", "700"])]
CELLS = []
WHOLE = {}
for label, row, nums in ROWS:
    prev = label
    for i, (col, n) in enumerate(zip(COLS, nums)):
        c = cell(f"{prev}\n{n}", n, row, col)
        if label == "Tổng số":
            WHOLE[i] = c["value"]
        elif c["kind"] != "percent":
            # rows under 'Trong đó:' are parts of the 'Tổng số' row (same column = same period)
            c = dict(c, total=WHOLE[i])
            c = {k: c[k] for k in ORDER if k in c}
        CELLS.append(c)
        prev = n

FIGS = [
    fig("trồng 8.960 ha", "8.960", 8960, "measure", "ha", change=chg("increase", 6.1, "%", "năm 2023"),
        subject="rau màu vụ đông toàn tỉnh trồng", period=Y24),
    fig("vượt 4,2%", "4,2", 4.2, "percent", "%", subject="vượt kế hoạch", period=Y24, optional=True),
    fig("khoảng 24%", "24", 24, "percent", "%", approx="about", subject="diện tích rau màu vụ đông",
        period=inh(Y24), location="Khoái Châu"),
] + CELLS + [
    fig("đạt 42 tấn/ha", "42", 42, "measure", "tấn/ha", subject="năng suất bắp cải bình quân"),
    fig("su hào 28 tấn/ha", "28", 28, "measure", "tấn/ha", subject="năng suất su hào"),
    fig("đạt 180-200 triệu", "180", 180e6, "money", "đồng/ha", value_max=200e6,
        change=chg("increase", 2.5, "lần", "trồng ngô"), subject="giá trị thu nhập trên 1 ha rau vụ đông"),
    fig("có 26 hợp tác xã", "26", 26, "count", "hợp tác xã", subject="hợp tác xã liên kết với doanh nghiệp"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="sản lượng rau vụ đông được bao tiêu"),
    fig("có 9.200 ha", "9.200", 9200, "measure", "ha", status="target", subject="rau màu vụ đông toàn tỉnh",
        period=Y25),
    fig("trong đó 1.500 ha", "1.500", 1500, "measure", "ha", total=9200, status="target",
        subject="rau màu vụ đông sản xuất theo tiêu chuẩn VietGAP", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Hưng Yên), no dateline: menu, related links, copyright, address, phone, 'Lượt truy cập'. published = null.",
    "Distractors: '6 tháng' in a link title, 'Số 437', phone 0221.3862.456, 'Lượt truy cập: 1.204.377', baseline 'năm 2023',",
    "'trên 1 ha' (here 'trên' means 'per': 1 ha is the denominator, not a figure and not 'over').",
    "'tăng 6,1% so với năm 2023, vượt 4,2% kế hoạch': two changes; the first is the attribute, the second an optional percent figure.",
    "'Riêng huyện Khoái Châu chiếm khoảng 24% diện tích' → percent figure in Khoái Châu; period Năm 2024 from the previous sentence.",
    "One-cell-per-line table, 'Đơn vị tính: ha'; subject = row + column; period from the column header; 'Ước thực hiện' → estimate,",
    "'Kế hoạch' → target; 'So với cùng kỳ (%)' cells are percent figures with no period and no status cue (actual).",
    "revised after the first run: the rows under 'Trong đó:' (Bắp cải, Su hào, Súp lơ) are parts after 'trong đó' that follow the",
    "whole (the 'Tổng số' row): their ha cells take the Tổng số cell of the same column as total (8.445 / 8.960 / 9.200).",
    "'Năng suất … 42 tấn/ha, su hào 28 tấn/ha' state no period ('Năm 2024' is two sentences back; left without a period).",
    "'bao tiêu khoảng 35% sản lượng' has no share cue (đạt/chiếm/bằng) after 26 hợp tác xã: a percent figure of its own.",
    "'cao gấp 2,5 lần so với trồng ngô' → change (increase, 2,5 lần) on the 180-200 triệu đồng/ha income.",
]

if __name__ == "__main__":
    write("p1243-7", TEXT, NOTES, FIGS, location="Hưng Yên")
