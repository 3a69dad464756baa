"""p1287-7: department site (Sở Công Thương Đà Nẵng), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG
Giới thiệu | Tin tức - Sự kiện | Tiết kiệm năng lượng | Văn bản | Liên hệ

Điện năng tiêu thụ khu vực công giảm 6,6%

Năm 2024, điện năng tiêu thụ của các cơ quan hành chính, đơn vị sự nghiệp trên địa bàn thành phố ước đạt 17,09 triệu kWh, giảm 6,6% so với năm 2023. Các quận trung tâm có mức giảm cao nhất, trong đó quận Hải Châu giảm 8%.

Điện năng tiêu thụ khu vực hành chính, sự nghiệp theo địa bàn
Đơn vị tính: nghìn kWh
Địa bàn
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Quận Hải Châu
5.420
4.985
92,0
Quận Thanh Khê
3.180
2.960
93,1
Quận Sơn Trà
2.760
2.615
94,7
Các quận, huyện còn lại
6.940
6.530
94,1
Tổng số
18.300
17.090
93,4

Cũng trong năm 2024, Sở đã kiểm tra việc sử dụng điện tại 126 cơ quan, đơn vị; phát hiện 9 đơn vị để điều hòa hoạt động ngoài giờ làm việc, chiếm 7,1% số đơn vị được kiểm tra.

Năm 2025, thành phố phấn đấu giảm thêm 5% điện năng tiêu thụ khu vực công, nâng tỷ lệ cơ quan có điện mặt trời mái nhà lên 30%; dự kiến bố trí 12,5 tỷ đồng thay thế khoảng 2.000 máy điều hòa đã sử dụng trên 10 năm.

Bài viết liên quan:
- Tập huấn kiểm toán năng lượng cho tòa nhà công sở năm 2024
- Hướng dẫn thực hiện Quyết định số 280/QĐ-TTg

SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 8, Trung tâm Hành chính, số 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.921 | Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CAP = "điện năng tiêu thụ khu vực hành chính, sự nghiệp"

ROWS = [("Quận Hải Châu", None, "Hải Châu", ["5.420", "4.985", "92,0"]),
        ("Quận Thanh Khê", None, "Thanh Khê", ["3.180", "2.960", "93,1"]),
        ("Quận Sơn Trà", None, "Sơn Trà", ["2.760", "2.615", "94,7"]),
        ("Các quận, huyện còn lại", "các quận, huyện còn lại", None, ["6.940", "6.530", "94,1"]),
        ("Tổng số", "tổng số", None, ["18.300", "17.090", "93,4"])]
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("so với cùng kỳ", None, None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, row, loc, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if p is not None:
            kw["period"] = p
        if loc:
            kw["location"] = loc
        subj = " ".join(x for x in (CAP, row, col) if x)
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e3, "measure", "kWh", subject=subj, **kw))
        prev = n

FIGS = [
    fig("công giảm 6,6%", "6,6", 6.6, "percent", "%", subject="điện năng tiêu thụ khu vực công"),
    fig("ước đạt 17,09 triệu", "17,09", 17.09e6, "measure", "kWh", status="estimate",
        change=chg("decrease", 6.6, "%", "năm 2023"),
        subject="điện năng tiêu thụ của các cơ quan hành chính, đơn vị sự nghiệp", period=Y24),
    fig("Châu giảm 8%", "8", 8, "percent", "%", subject="mức giảm điện năng tiêu thụ",
        period=inh(Y24), location="Hải Châu"),
] + CELLS + [
    fig("tại 126 cơ quan", "126", 126, "count", "cơ quan, đơn vị",
        subject="cơ quan, đơn vị được kiểm tra việc sử dụng điện", period=Y24b),
    fig("phát hiện 9 đơn vị", "9", 9, "count", "đơn vị", percent=7.1,
        subject="đơn vị để điều hòa hoạt động ngoài giờ làm việc", period=Y24b),
    fig("thêm 5%", "5", 5, "percent", "%", status="target",
        subject="mức giảm điện năng tiêu thụ khu vực công", period=Y25),
    fig("lên 30%", "30", 30, "percent", "%", status="target",
        subject="tỷ lệ cơ quan có điện mặt trời mái nhà", period=Y25),
    fig("bố trí 12,5 tỷ", "12,5", 12.5e9, "money", "đồng", status="forecast",
        subject="kinh phí thay thế máy điều hòa", period=Y25),
    fig("khoảng 2.000 máy", "2.000", 2000, "count", "máy điều hòa", approx="about", status="forecast",
        subject="máy điều hòa đã sử dụng trên 10 năm được thay thế", period=Y25),
    fig("trên 10 năm", "10", 10, "measure", "năm", approx="over", optional=True,
        subject="thời gian sử dụng của máy điều hòa"),
]

NOTES = [
    "Department site (Sở Công Thương Đà Nẵng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. published = none.",
    "Distractors: 'Quyết định số 280/QĐ-TTg', 'Tầng 8', 'số 24 Trần Phú', phone 0236.3822.921, 'Lượt truy cập: 1.204.377', 'năm 2024' in a link.",
    "Headline 'giảm 6,6%' is a rate as the claim (percent figure, no period in the headline); in the body the same 6,6% is the change of 17,09 triệu kWh.",
    "'trong đó quận Hải Châu giảm 8%' → percent figure, location Hải Châu, period inherited; no status cue in its sentence → actual.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn kWh' (×1 000): place column → location (Hải Châu, Thanh Khê, Sơn Trà);",
    "'Các quận, huyện còn lại' and 'Tổng số' stay Đà Nẵng with the label in the subject; 'Ước thực hiện 2024' → estimate;",
    "'So với cùng kỳ (%)' cells are percent figures, actual, no period (header has no year). Table cells get no total.",
    "'kiểm tra … 126 cơ quan …; phát hiện 9 đơn vị …, chiếm 7,1% số đơn vị được kiểm tra' → percent 7.1; no part cue, no total.",
    "'Năm 2025, … phấn đấu …' → target for 5% (rate as the claim) and 30%; '; dự kiến …' → forecast for 12,5 tỷ and 2.000 máy.",
    "Optional: 'đã sử dụng trên 10 năm', the age that qualifies the machines (a duration).",
]

if __name__ == "__main__":
    write("p1287-7", TEXT, NOTES, FIGS, location="Đà Nẵng")
