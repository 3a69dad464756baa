"""p1553-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, write

ROWS = [("TP Biên Hòa", "Biên Hòa", None, ["71,2", "74,8", "105,1"]),
        ("Huyện Trảng Bom", "Trảng Bom", None, ["64,5", "70,9", "109,9"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", None, ["42,3", "46,1", "109,0"]),
        ("Huyện Long Thành", "Long Thành", None, ["23,6", "25,4", "107,6"]),
        ("Các địa bàn khác", None, "các địa bàn khác", ["18,3", "19,2", "104,9"]),
        ("Tổng số", None, "tổng số", ["219,9", "236,4", "107,5"])]

TABLE = "\n".join(["Sản lượng giày thể thao theo địa bàn", "Đơn vị tính: triệu đôi",
                   "Địa bàn", "Năm 2023", "Năm 2024", "So với cùng kỳ (%)"]
                  + [x for label, _, _, nums in ROWS for x in [label] + nums])

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Sản lượng giày thể thao năm 2024 tăng 7,5%

Năm 2024, sản lượng giày thể thao trên địa bàn tỉnh đạt 236,4 triệu đôi, tăng 7,5% so với năm 2023; kim ngạch xuất khẩu giày dép đạt 4,21 tỷ USD, đứng thứ 2 cả nước sau Bình Dương. Sản xuất tập trung ở bốn địa bàn chính.

""" + TABLE + """

Toàn ngành có 58 doanh nghiệp sản xuất giày thể thao, sử dụng khoảng 245.000 lao động, chiếm khoảng 26% lao động làm việc trong các khu công nghiệp. Năm 2025, ngành phấn đấu đạt sản lượng 250 triệu đôi, kim ngạch xuất khẩu giày dép 4,6 tỷ USD. Sở Công Thương khuyến cáo doanh nghiệp chủ động nguồn nguyên phụ liệu, đáp ứng quy tắc xuất xứ để hưởng ưu đãi thuế quan.

Tin cùng chuyên mục:
- Đồng Nai: Tập huấn quy tắc xuất xứ hàng hóa trong Hiệp định EVFTA
- Kế hoạch tổ chức Hội chợ hàng Việt năm 2025

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.514
Lượt truy cập: 1.204.377 | Trực tuyến: 58
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24t = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")

CELLS = []
for label, place, extra, nums in ROWS:
    prev = label
    loc = {"location": place} if place else {}
    pre = f"sản lượng giày thể thao {extra}" if extra else "sản lượng giày thể thao"
    for i, n in enumerate(nums):
        a = f"{prev}\n{n}"
        v = float(n.replace(",", "."))
        if i < 2:
            col, p = ("Năm 2023", C23) if i == 0 else ("Năm 2024", C24)
            CELLS.append(fig(a, n, v * 1e6, "count", "đôi", subject=f"{pre} {col}", period=p, **loc))
        else:
            CELLS.append(fig(a, n, v, "percent", "%", subject=f"{pre} so với cùng kỳ", period=inh(C24), **loc))
        prev = n

FIGS = [
    fig("2024 tăng 7,5%", "7,5", 7.5, "percent", "%", subject="sản lượng giày thể thao", period=Y24t),
    fig("đạt 236,4 triệu", "236,4", 236.4e6, "count", "đôi", change=chg("increase", 7.5, "%", "năm 2023"),
        subject="sản lượng giày thể thao", period=Y24),
    fig("đạt 4,21 tỷ", "4,21", 4.21e9, "money", "USD", subject="kim ngạch xuất khẩu giày dép", period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="kim ngạch xuất khẩu giày dép", period=Y24),
    fig("ở bốn địa bàn", "bốn", 4, "count", "địa bàn", subject="địa bàn sản xuất chính"),
] + CELLS + [
    fig("có 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giày thể thao"),
    fig("khoảng 245.000 lao động", "245.000", 245000, "count", "lao động", approx="about", percent=26,
        subject="lao động ngành giày thể thao sử dụng"),
    fig("sản lượng 250 triệu", "250", 250e6, "count", "đôi", status="target",
        subject="sản lượng", period=Y25),
    fig("giày dép 4,6 tỷ", "4,6", 4.6e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu giày dép", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) without a dateline: menu, related links, address footer, phone, 'Lượt truy cập', 'Trực tuyến'. No published date.",
    "Distractors: 'Lượt truy cập: 1.204.377', 'Trực tuyến: 58', 'Số 2 Nguyễn Văn Trị', phone, 'năm 2025' in a link title, EVFTA.",
    "One-cell-per-line table ('Đơn vị tính: triệu đôi'): 18 cells. District rows → location; 'Các địa bàn khác' and 'Tổng số' stay with Đồng Nai.",
    "'So với cùng kỳ (%)' cells are percent figures; the header names no period, so their period (2024 vs 2023) is inherited (not scored). No totals for cells.",
    "Headline 'tăng 7,5%' is a growth rate as the claim. 'đứng thứ 2 cả nước' is a rank of the province (location Đồng Nai).",
    "'chiếm khoảng 26% lao động ... khu công nghiệp' → percent 26 of the labour count. 'Năm 2025, ngành phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1553-7", TEXT, NOTES, FIGS, location="Đồng Nai")
