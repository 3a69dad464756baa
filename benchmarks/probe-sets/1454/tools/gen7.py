"""p1454-7: department site (Sở Công Thương Hải Dương), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức | Thủ tục hành chính | Văn bản | Hỏi đáp

Sản xuất đồ điện gia dụng 6 tháng đầu năm 2024 tăng trưởng khá

6 tháng đầu năm 2024, chỉ số sản xuất nhóm ngành thiết bị điện gia dụng trên địa bàn tỉnh tăng 12,8% so với cùng kỳ. Giá trị sản xuất của 14 doanh nghiệp trong nhóm ngành ước đạt 2.960 tỷ đồng, bằng 47,5% kế hoạch năm.

Sản lượng một số sản phẩm chủ yếu
Sản phẩm
Đơn vị tính
Tháng 6/2024
6 tháng năm 2024
So với cùng kỳ (%)
Nồi cơm điện
Nghìn chiếc
162,4
905,3
114,2
Trong đó: nồi cơm điện tử
Nghìn chiếc
48,7
262,5
126,9
Bếp điện từ
Nghìn chiếc
38,6
221,7
121,5
Ấm đun nước điện
Nghìn chiếc
75,0
436,8
97,6
Tổng số
Nghìn chiếc
276,0
1.563,8
110,9

Trong 6 tháng, kim ngạch xuất khẩu đồ điện gia dụng đạt 68,5 triệu USD, tăng 9,2%. Nhóm ngành hiện sử dụng khoảng 7.400 lao động. Dự kiến 6 tháng cuối năm, sản lượng nồi cơm điện đạt khoảng 1 triệu chiếc, đưa sản lượng cả năm lên trên 1,9 triệu chiếc.

Tin liên quan:
- Hội nghị sơ kết công tác 6 tháng đầu năm ngành Công Thương
- Hải Dương tổ chức Hội chợ hàng Việt lần thứ 12

SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Địa chỉ: 156 Nguyễn Lương Bằng, TP Hải Dương
Điện thoại: 0220.3852.614
Lượt truy cập: 1.207.553 | Đang trực tuyến: 24
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T6 = per("Tháng 6/2024", "2024-06-01", "2024-06-30")
C6 = per("6 tháng năm 2024", "2024-01-01", "2024-06-30")
TR6 = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

ROWS = [("Nồi cơm điện", "nồi cơm điện", ["162,4", "905,3", "114,2"], None),
        ("Trong đó: nồi cơm điện tử", "nồi cơm điện tử", ["48,7", "262,5", "126,9"], ["162,4", "905,3"]),
        ("Bếp điện từ", "bếp điện từ", ["38,6", "221,7", "121,5"], None),
        ("Ấm đun nước điện", "ấm đun nước điện", ["75,0", "436,8", "97,6"], None),
        ("Tổng số", "tổng số", ["276,0", "1.563,8", "110,9"], None)]

CELLS = []
for label, subj, nums, whole in ROWS:
    prev = "Nghìn chiếc"
    for i, n in enumerate(nums):
        anchor = f"{label}\n{prev}\n{n}" if i == 0 else f"{prev}\n{n}"
        v = float(n.replace(".", "").replace(",", "."))
        if i < 2:
            kw = {}
            if whole:
                kw["total"] = float(whole[i].replace(".", "").replace(",", ".")) * 1e3
            p = T6 if i == 0 else C6
            col = "tháng 6/2024" if i == 0 else "6 tháng năm 2024"
            CELLS.append(fig(anchor, n, v * 1e3, "count", "chiếc", subject=f"sản lượng {subj} {col}",
                             period=p, **kw))
        else:
            CELLS.append(fig(anchor, n, v, "percent", "%", subject=f"sản lượng {subj} so với cùng kỳ",
                             period=inh(C6)))
        prev = n

FIGS = [
    fig("tăng 12,8%", "12,8", 12.8, "percent", "%",
        subject="chỉ số sản xuất nhóm ngành thiết bị điện gia dụng", period=H1),
    fig("của 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp trong nhóm ngành thiết bị điện gia dụng", period=inh(H1)),
    fig("ước đạt 2.960 tỷ", "2.960", 2960e9, "money", "đồng", status="estimate", percent=47.5,
        subject="giá trị sản xuất của 14 doanh nghiệp trong nhóm ngành", period=inh(H1)),
] + CELLS + [
    fig("đạt 68,5 triệu", "68,5", 68.5e6, "money", "USD", change=chg("increase", 9.2, "%"),
        subject="kim ngạch xuất khẩu đồ điện gia dụng", period=TR6),
    fig("khoảng 7.400 lao động", "7.400", 7400, "count", "lao động", approx="about",
        subject="lao động nhóm ngành sử dụng"),
    fig("khoảng 1 triệu", "1", 1e6, "count", "chiếc", approx="about", status="forecast",
        subject="sản lượng nồi cơm điện", period=H2),
    fig("trên 1,9 triệu", "1,9", 1.9e6, "count", "chiếc", approx="over", status="forecast",
        subject="sản lượng nồi cơm điện cả năm", period=YEAR),
]

NOTES = [
    "Department site (Sở Công Thương Hải Dương), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'. published = none.",
    "One-cell-per-line table with a unit column ('Nghìn chiếc' → ×10^3 chiếc), columns 'Tháng 6/2024', '6 tháng năm 2024' (periods, scored) and 'So với cùng kỳ (%)'.",
    "'So với cùng kỳ (%)' cells are percent figures (index vs the same period), subject row + 'so với cùng kỳ'; the column names no period, so the period is inherited (not scored).",
    "'Trong đó: nồi cơm điện tử' sub-row: a part after 'trong đó' that follows its whole → total = the 'Nồi cơm điện' cell of the same column (count columns only). Other cells: no total.",
    "Year-less '6 tháng cuối năm', 'cả năm' take 2024 (nearest earlier period). 'Dự kiến' governs both clauses → forecast.",
    "Distractors: 'lần thứ 12', '156 Nguyễn Lương Bằng', phone 0220.3852.614, 'Lượt truy cập: 1.207.553', 'Đang trực tuyến: 24', the unit column.",
    "Location Hải Dương (the department's province) for all figures.",
]

if __name__ == "__main__":
    write("p1454-7", TEXT, NOTES, FIGS, published=None, location="Hải Dương")
