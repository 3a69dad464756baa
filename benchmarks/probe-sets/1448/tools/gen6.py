"""p1448-6: ministry site (Bộ Công Thương): eyelash exports H1 2024; one-cell-per-line table by market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu mi giả 6 tháng đầu năm 2024 tăng trưởng hai con số

18/07/2024 | 09:30 | Cục Xuất nhập khẩu

Theo Cục Xuất nhập khẩu, 6 tháng đầu năm 2024, kim ngạch xuất khẩu mi giả của Việt Nam đạt 248,6 triệu USD, tăng 14,2% so với cùng kỳ năm 2023. Riêng tháng 6/2024 đạt 46,3 triệu USD, tăng 3,1% so với tháng trước.

Kim ngạch xuất khẩu mi giả sang một số thị trường chính
Đơn vị tính: triệu USD
Thị trường
6 tháng năm 2023
6 tháng năm 2024
So với cùng kỳ (%)
Hoa Kỳ
92,4
103,5
112,0
Hàn Quốc
31,8
38,2
120,1
Nhật Bản
19,6
21,9
111,7
Thị trường khác
73,9
85,0
115,0
Tổng cộng
217,7
248,6
114,2

Hiện cả nước có khoảng 20 tỉnh, thành phố có cơ sở sản xuất mi giả xuất khẩu, trong đó Hà Nam, Thanh Hóa, Nghệ An và Thái Bình chiếm trên 70% kim ngạch. Khoảng 60% sản lượng là hàng gia công cho đối tác Hàn Quốc và Trung Quốc, giá trị gia tăng thấp.

Cục Xuất nhập khẩu dự báo kim ngạch xuất khẩu mi giả cả năm 2024 có thể đạt 520-540 triệu USD. Để giữ đà tăng trưởng, doanh nghiệp cần đáp ứng Đạo luật Hiện đại hóa quy định mỹ phẩm (MoCRA) năm 2022 của Hoa Kỳ và đẩy mạnh xây dựng thương hiệu riêng.

Bản quyền thuộc Bộ Công Thương. Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M6 = per("tháng 6/2024", "2024-06-01", "2024-06-30")
C23 = per("6 tháng năm 2023", "2023-01-01", "2023-06-30")
C24 = per("6 tháng năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
COLS = [("6 tháng năm 2023", C23, "money"), ("6 tháng năm 2024", C24, "money"),
        ("so với cùng kỳ", inh(C24), "percent")]
ROWS = [("Hoa Kỳ", ["92,4", "103,5", "112,0"]), ("Hàn Quốc", ["31,8", "38,2", "120,1"]),
        ("Nhật Bản", ["19,6", "21,9", "111,7"]), ("Thị trường khác", ["73,9", "85,0", "115,0"]),
        ("Tổng cộng", ["217,7", "248,6", "114,2"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, kind), n in zip(COLS, nums):
        v = float(n.replace(",", "."))
        subj = f"kim ngạch xuất khẩu mi giả sang {label} {col}" if label != "Tổng cộng" \
            else f"tổng cộng kim ngạch xuất khẩu mi giả {col}"
        if kind == "money":
            CELLS.append(fig(f"{prev}\n{n}", n, v * 1e6, "money", "USD", subject=subj, period=p))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=subj, period=p))
        prev = n

FIGS = [
    fig("tăng trưởng hai con số", "hai", 2, "count", "con số", optional=True),
    fig("đạt 248,6 triệu", "248,6", 248.6e6, "money", "USD",
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu mi giả", period=H1),
    fig("đạt 46,3 triệu", "46,3", 46.3e6, "money", "USD", change=chg("increase", 3.1, "%", "tháng trước"),
        subject="kim ngạch xuất khẩu mi giả", period=M6),
] + CELLS + [
    fig("khoảng 20 tỉnh", "20", 20, "count", "tỉnh, thành phố", approx="about",
        subject="tỉnh, thành phố có cơ sở sản xuất mi giả xuất khẩu"),
    fig("trên 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ trọng của Hà Nam, Thanh Hóa, Nghệ An và Thái Bình trong kim ngạch"),
    fig("Khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="sản lượng là hàng gia công cho đối tác Hàn Quốc và Trung Quốc"),
    fig("đạt 520-540 triệu", "520", 520e6, "money", "USD", value_max=540e6, status="forecast",
        subject="kim ngạch xuất khẩu mi giả cả năm", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '18/07/2024 | 09:30 | Cục Xuất nhập khẩu', copyright and address footer.",
    "Distractors: 09:30, 'MoCRA năm 2022', '54 Hai Bà Trưng'. Headline 'tăng trưởng hai con số' (two-digit growth) is optional, as 'GRDP 2 chữ số' in the shared gold.",
    "One-cell-per-line table, 'Đơn vị tính: triệu USD': money cells x1e6 USD, period from the column header ('6 tháng năm 2023' etc.);",
    "'So với cùng kỳ (%)' cells are percent figures (2024 as % of 2023), period inherited (header names none). Markets are trade partners: subject, not location.",
    "'khoảng 20 tỉnh, thành phố ..., trong đó Hà Nam, Thanh Hóa, Nghệ An và Thái Bình chiếm trên 70% kim ngạch': the 70% is a percent figure of its own",
    "(the share of four named provinces in the export value; no total: a percent is no part of a count). Provinces named after a national count keep location Việt Nam.",
    "'dự báo ... có thể đạt 520-540 triệu USD' -> forecast, range, 'cả năm 2024'.",
]

if __name__ == "__main__":
    write("p1448-6", TEXT, NOTES, FIGS, published="2024-07-18", location="Việt Nam")
