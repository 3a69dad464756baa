"""p1332-7: department site (Sở Công Thương Đồng Nai), no dateline: household electricity June 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Điện lực | Văn bản | Hỏi đáp

Tiêu thụ điện sinh hoạt tháng 6 tăng cao do nắng nóng

Tháng 6/2024, sản lượng điện sinh hoạt trên địa bàn tỉnh Đồng Nai đạt 219,7 triệu kWh, tăng 9,6% so với tháng 5/2024, chiếm 27,3% tổng sản lượng điện thương phẩm của tỉnh.

Sản lượng điện sinh hoạt tháng 6/2024 theo địa bàn
Địa bàn
Số khách hàng
Sản lượng (triệu kWh)
So với tháng 5 (%)
TP Biên Hòa
412.680
90,5
110,4
TP Long Khánh
58.915
11,7
108,1
Huyện Trảng Bom
141.220
29,4
109,8
Huyện Nhơn Trạch
96.310
20,3
109,2
Các huyện còn lại
353.225
67,8
108,7
Tổng số
1.062.350
219,7
109,6

Tiền điện sinh hoạt bình quân tháng 6 khoảng 452.000 đồng/hộ, tăng khoảng 46.000 đồng so với tháng trước. Có khoảng 12% số hộ sử dụng trên 400 kWh/tháng, phải trả giá bậc cao nhất.

Sở Công Thương đề nghị các hộ gia đình sử dụng điện tiết kiệm, hiệu quả; dự kiến trong tháng 7, sản lượng điện sinh hoạt tiếp tục tăng 4-5%.

Tin khác:
- Đồng Nai triển khai Chỉ thị số 20/CT-TTg về tiết kiệm điện
- Hướng dẫn thủ tục cấp giấy phép hoạt động điện lực

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.365
Lượt truy cập: 1.906.442
"""

J6 = per("Tháng 6/2024", "2024-06-01", "2024-06-30")
J6cap = per("tháng 6/2024", "2024-06-01", "2024-06-30", inherited=True)
J6b = per("tháng 6", "2024-06-01", "2024-06-30")
J7 = per("trong tháng 7", "2024-07-01", "2024-07-31")
COLS = [("số khách hàng", "count", "khách hàng", 1),
        ("sản lượng", "measure", "kWh", 1e6),
        ("so với tháng 5", "percent", "%", 1)]
ROWS = [("TP Biên Hòa", "Biên Hòa", ["412.680", "90,5", "110,4"]),
        ("TP Long Khánh", "Long Khánh", ["58.915", "11,7", "108,1"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["141.220", "29,4", "109,8"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["96.310", "20,3", "109,2"]),
        ("Các huyện còn lại", None, ["353.225", "67,8", "108,7"]),
        ("Tổng số", None, ["1.062.350", "219,7", "109,6"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, kind, unit, mult), n in zip(COLS, nums):
        subj = {"số khách hàng": "số khách hàng sử dụng điện sinh hoạt",
                "sản lượng": "sản lượng điện sinh hoạt",
                "so với tháng 5": "sản lượng điện sinh hoạt so với tháng 5"}[col]
        if place is None:
            subj += f" {label.lower()}"
        kw = {"location": place} if place else {}
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=subj, period=J6cap, **kw))
        prev = n

FIGS = [
    fig("đạt 219,7 triệu", "219,7", 219.7e6, "measure", "kWh", percent=27.3,
        change=chg("increase", 9.6, "%", "tháng 5/2024"),
        subject="sản lượng điện sinh hoạt trên địa bàn tỉnh", period=J6),
] + CELLS + [
    fig("khoảng 452.000 đồng", "452.000", 452000, "money", "đồng/hộ", approx="about",
        change=chg("increase", 46000, "đồng", "tháng trước", approx="about"),
        subject="tiền điện sinh hoạt bình quân", period=J6b),
    fig("khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="hộ sử dụng trên 400 kWh/tháng", period=inh(J6b)),
    fig("trên 400 kWh", "400", 400, "measure", "kWh/tháng", approx="over", optional=True,
        subject="mức sử dụng điện"),
    fig("tăng 4-5%", "4", 4, "percent", "%", value_max=5, status="forecast",
        subject="sản lượng điện sinh hoạt", period=J7),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 1.906.442'.",
    "Distractors: Chỉ thị số 20/CT-TTg, '2 Nguyễn Văn Trị', phone 0251.3822.365, visitor counter, 'bậc cao nhất', 'tháng 5/2024' (baseline).",
    "No 'published'. Year-less 'tháng 6', 'tháng 7' take 2024 from 'Tháng 6/2024' earlier in the article.",
    "'chiếm 27,3% tổng sản lượng điện thương phẩm' → percent attribute of 219,7 triệu kWh; 'tăng 9,6% so với tháng 5/2024' → its change.",
    "One-cell-per-line table with a place column: a district or city row gives the location (Biên Hòa, Long Khánh, Trảng Bom, Nhơn Trạch);",
    "'Các huyện còn lại' and 'Tổng số' stay in Đồng Nai and keep the row label in the subject. Subject = column label + indicator.",
    "The period of the cells stands in the caption 'Sản lượng điện sinh hoạt tháng 6/2024 theo địa bàn' (not a column header): inherited.",
    "'So với tháng 5 (%)' cells are percent figures (index, value as written). Cells get no total.",
    "'tăng khoảng 46.000 đồng so với tháng trước' → change of 452.000 đồng/hộ. 'trên 400 kWh/tháng' is a threshold (optional).",
    "'dự kiến trong tháng 7, ... tăng 4-5%' → forecast range.",
]

if __name__ == "__main__":
    write("p1332-7", TEXT, NOTES, FIGS, location="Đồng Nai")
