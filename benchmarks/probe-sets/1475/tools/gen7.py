"""p1475-7: department site (Chi cục Phát triển nông thôn Thanh Hóa), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THANH HÓA
Chi cục Phát triển nông thôn
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Nghề chăn, gối Thanh Hóa tăng trưởng ổn định

Thanh Hóa hiện có 5 làng nghề chăn, gối, bật bông được công nhận, tập trung tại các huyện Hoằng Hóa, Quảng Xương và Thiệu Hóa. Năm 2024, tỉnh hỗ trợ 1,85 tỷ đồng cho 26 cơ sở đổi mới máy bật bông, máy chần chăn theo Nghị quyết số 36/2023/NQ-HĐND, vượt 6 cơ sở so với kế hoạch.

Một số chỉ tiêu nghề chăn, gối toàn tỉnh
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Số hộ sản xuất
hộ
1.245
1.310
105,2
1.400
Lao động
người
3.860
4.120
106,7
4.500
Sản lượng chăn, gối
nghìn chiếc
612,5
668,0
109,1
720,0
Doanh thu
tỷ đồng
286,4
318,9
111,3
350,0

Riêng huyện Hoằng Hóa chiếm khoảng 46% sản lượng toàn tỉnh. Mục tiêu đến năm 2030, doanh thu nghề chăn, gối toàn tỉnh đạt 500 tỷ đồng, có ít nhất 3 sản phẩm đạt OCOP 4 sao.

Bài viết liên quan:
- Thanh Hóa: Tập huấn phát triển ngành nghề nông thôn năm 2024
- Hội thi sản phẩm thủ công mỹ nghệ lần thứ 2

Chi cục Phát triển nông thôn Thanh Hóa
Địa chỉ: Số 99 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa
Điện thoại: 0237.3855.214
Lượt truy cập: 1.204.377 | Đang truy cập: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
PCT = inh(per("Ước thực hiện 2024 so với cùng kỳ", "2024-01-01", "2024-12-31"))
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", PCT, "estimate"), ("kế hoạch 2025", K25, "target")]
# row label, unit line, kind, unit, multiplier, cells
ROWS = [("Số hộ sản xuất", "hộ", "count", "hộ", 1, ["1.245", "1.310", "105,2", "1.400"]),
        ("Lao động", "người", "count", "người", 1, ["3.860", "4.120", "106,7", "4.500"]),
        ("Sản lượng chăn, gối", "nghìn chiếc", "count", "chiếc", 1e3, ["612,5", "668,0", "109,1", "720,0"]),
        ("Doanh thu", "tỷ đồng", "money", "đồng", 1e9, ["286,4", "318,9", "111,3", "350,0"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, uline, kind, unit, mult, nums in ROWS:
        prev = uline
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if col == "so với cùng kỳ":
                out.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%",
                               subject=f"{label.lower()} {col}", period=p, **kw))
            else:
                out.append(fig(f"{prev}\n{n}", n, num(n) * mult, kind, unit,
                               subject=f"{label.lower()} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 5 làng nghề", "5", 5, "count", "làng nghề", subject="làng nghề chăn, gối, bật bông được công nhận"),
    fig("hỗ trợ 1,85 tỷ", "1,85", 1.85e9, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ đổi mới máy bật bông, máy chần chăn", period=Y24),
    fig("cho 26 cơ sở", "26", 26, "count", "cơ sở", change=chg("increase", 6, "cơ sở", "kế hoạch"),
        subject="cơ sở được hỗ trợ đổi mới máy bật bông, máy chần chăn", period=Y24),
] + cells() + [
    fig("khoảng 46%", "46", 46, "percent", "%", approx="about",
        subject="sản lượng huyện Hoằng Hóa trong sản lượng toàn tỉnh", location="Hoằng Hóa"),
    fig("đạt 500 tỷ", "500", 500e9, "money", "đồng", status="target",
        subject="doanh thu nghề chăn, gối toàn tỉnh", period=T30),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đạt OCOP 4 sao", period=T30),
]

NOTES = [
    "Department site (Chi cục Phát triển nông thôn, Sở NN&PTNT Thanh Hóa), no dateline: menu, related links,",
    "footer address, phone, 'Lượt truy cập', 'Đang truy cập'. published = none.",
    "Distractors: Nghị quyết số 36/2023/NQ-HĐND, 'OCOP 4 sao', 'năm 2024' and 'lần thứ 2' in links, 'Số 99 Đại lộ Lê Lợi',",
    "phone 0237.3855.214, counters 1.204.377 and 52.",
    "One-cell-per-line table with a unit column (hộ, người, nghìn chiếc, tỷ đồng); subject = row label + column label;",
    "period from column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures (2024 estimate as % of 2023). Their header names no year: the period",
    "2024 is inherited from the estimate column (not scored); status estimate because they compare the estimate (borderline).",
    "'vượt 6 cơ sở so với kế hoạch' → change of 26 cơ sở with baseline kế hoạch (the spec: a gap to a plan is a change).",
    "'Riêng huyện Hoằng Hóa chiếm khoảng 46% sản lượng toàn tỉnh' → percent figure located in Hoằng Hóa; no period stated.",
    "'Mục tiêu đến năm 2030' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1475-7", TEXT, NOTES, FIGS, location="Thanh Hóa")
