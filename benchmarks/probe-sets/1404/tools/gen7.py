"""p1404-7: department site (Công an tỉnh Quảng Ninh, PC08), no dateline; one-cell-per-line table by locality."""
from lib import fig, per, inh, chg, write

TEXT = """CÔNG AN TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Hướng dẫn thủ tục | Hỏi đáp

Phòng Cảnh sát giao thông: Kết quả đăng ký xe năm 2024

Năm 2024, Phòng Cảnh sát giao thông và công an các địa phương trong tỉnh Quảng Ninh đã đăng ký mới 15.959 xe ô tô, tăng 8,6% so với năm 2023, và 58.740 xe mô tô, giảm 2,4%. Ô tô điện tăng mạnh, gấp hơn 3,3 lần năm trước. Tính đến ngày 31/12/2024, toàn tỉnh quản lý 142.860 xe ô tô và khoảng 1,18 triệu xe mô tô.

Số xe ô tô đăng ký mới theo địa bàn
Đơn vị tính: xe
Địa bàn
Năm 2023
Năm 2024
So với cùng kỳ (%)
TP Hạ Long
6.842
7.516
109,9
TP Cẩm Phả
2.315
2.604
112,5
TP Uông Bí
1.478
1.532
103,7
TP Móng Cái
1.106
1.019
92,1
Các địa phương còn lại
2.957
3.288
111,2
Tổng số
14.698
15.959
108,6
Trong đó: ô tô điện
412
1.377
334,2

Cũng trong năm, lực lượng chức năng đã thu hồi 3.105 đăng ký, biển số của xe hết niên hạn, xe hỏng không sử dụng. Thời gian giải quyết hồ sơ đăng ký xe tối đa 2 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.

Tin cùng chuyên mục:
- Hướng dẫn đăng ký xe trực tuyến qua Cổng dịch vụ công
- Quảng Ninh tổng kiểm soát xe kinh doanh vận tải năm 2025

CÔNG AN TỈNH QUẢNG NINH
Địa chỉ: Số 1 đường Trần Hưng Đạo, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 069.3658.113
Lượt truy cập: 3.214.567
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
INYEAR = per("Cũng trong năm", "2024-01-01", "2024-12-31")

ROWS = [("TP Hạ Long", "Hạ Long", ["6.842", "7.516", "109,9"]),
        ("TP Cẩm Phả", "Cẩm Phả", ["2.315", "2.604", "112,5"]),
        ("TP Uông Bí", "Uông Bí", ["1.478", "1.532", "103,7"]),
        ("TP Móng Cái", "Móng Cái", ["1.106", "1.019", "92,1"]),
        ("Các địa phương còn lại", None, ["2.957", "3.288", "111,2"]),
        ("Tổng số", None, ["14.698", "15.959", "108,6"]),
        ("Trong đó: ô tô điện", None, ["412", "1.377", "334,2"])]
TOTALS = {"năm 2023": 14698, "năm 2024": 15959}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p), n in zip([("năm 2023", C23), ("năm 2024", C24), ("so với cùng kỳ", None)], nums):
        anchor = f"{prev}\n{n}"
        kw = {}
        if place:
            kw["location"] = place
        if label == "Các địa phương còn lại":
            row = "xe ô tô đăng ký mới các địa phương còn lại"
        elif label == "Tổng số":
            row = "tổng số xe ô tô đăng ký mới"
        elif label.startswith("Trong đó"):
            row = "ô tô điện đăng ký mới"
            if col in TOTALS:
                kw["total"] = TOTALS[col]
        else:
            row = "xe ô tô đăng ký mới"
        if p:
            CELLS.append(fig(anchor, n, num(n), "count", "xe", subject=f"{row} {col}", period=p, **kw))
        else:
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=f"{row} so với cùng kỳ", **kw))
        prev = n

FIGS = [
    fig("mới 15.959 xe", "15.959", 15959, "count", "xe ô tô",
        change=chg("increase", 8.6, "%", "năm 2023"), subject="xe ô tô đăng ký mới", period=Y24),
    fig("và 58.740 xe", "58.740", 58740, "count", "xe mô tô", change=chg("decrease", 2.4, "%"),
        subject="xe mô tô đăng ký mới", period=Y24),
    fig("gấp hơn 3,3 lần", "3,3", 3.3, "multiple", "lần", approx="over",
        subject="ô tô điện", period=inh(Y24)),
    fig("lý 142.860 xe", "142.860", 142860, "count", "xe ô tô", subject="xe ô tô toàn tỉnh quản lý", period=ASOF),
    fig("khoảng 1,18 triệu", "1,18", 1.18e6, "count", "xe mô tô", approx="about",
        subject="xe mô tô toàn tỉnh quản lý", period=ASOF),
] + CELLS + [
    fig("thu hồi 3.105 đăng ký", "3.105", 3105, "count", "đăng ký",
        subject="đăng ký, biển số thu hồi của xe hết niên hạn, xe hỏng không sử dụng", period=INYEAR),
    fig("tối đa 2 ngày", "2", 2, "measure", "ngày làm việc", approx="at_most",
        subject="thời gian giải quyết hồ sơ đăng ký xe"),
]

NOTES = [
    "Department site (Công an tỉnh Quảng Ninh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 3.214.567'.",
    "Distractors: 'Số 1 đường Trần Hưng Đạo', phone 069.3658.113, the visitor counter, 'năm 2025' in a link title.",
    "'Ô tô điện tăng mạnh, gấp hơn 3,3 lần năm trước' stands as the claim: a multiple figure (over); its period is in the previous sentence.",
    "One-cell-per-line table 'Số xe ô tô đăng ký mới theo địa bàn', 'Đơn vị tính: xe': every numeric cell is a figure; place rows → location",
    "(Hạ Long, Cẩm Phả, Uông Bí, Móng Cái); 'Các địa phương còn lại' and 'Tổng số' stay Quảng Ninh; period from 'Năm 2023'/'Năm 2024';",
    "'So với cùng kỳ (%)' cells are percents without period. The 'Trong đó: ô tô điện' row follows the 'Tổng số' row: its year cells take that",
    "row's cell of the same column as total (a part after 'Trong đó' that follows the whole, same unit, same period).",
    "'Cũng trong năm' takes 2024. 'tối đa 2 ngày làm việc' is a standing rule: measure, at_most, no period.",
]

if __name__ == "__main__":
    write("p1404-7", TEXT, NOTES, FIGS, location="Quảng Ninh")
