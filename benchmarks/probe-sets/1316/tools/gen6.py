"""p1316-6: department site (Ban An toàn giao thông tỉnh Bình Định), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BAN AN TOÀN GIAO THÔNG TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp | Liên hệ

Bình Định: Vi phạm nồng độ cồn quý I/2025 giảm hơn 34%

Trong quý I/2025, lực lượng CSGT toàn tỉnh đã kiểm tra nồng độ cồn 68.915 lượt người điều khiển phương tiện, vượt 14,9% chỉ tiêu được giao. Lực lượng CSGT duy trì 58 tổ công tác kiểm tra nồng độ cồn, tăng 18 tổ so với quý I/2024.

Kết quả kiểm tra, xử lý vi phạm nồng độ cồn quý I
Nội dung
Đơn vị
Quý I/2024
Quý I/2025
So với cùng kỳ (%)
Số lượt kiểm tra
lượt
52.340
68.915
131,7
Tổng số trường hợp vi phạm
trường hợp
3.128
2.046
65,4
Trong đó: ô tô
trường hợp
402
291
72,4
Tước giấy phép lái xe
trường hợp
2.517
1.788
71,0
Tiền phạt
triệu đồng
16.450
21.380
130,0

Riêng TP Quy Nhơn, trong quý I/2025 xử lý 684 trường hợp, chiếm 33,4% tổng số vi phạm toàn tỉnh. Trong quý II, Ban An toàn giao thông tỉnh dự kiến phối hợp với 11 huyện, thị xã, thành phố tổ chức ký cam kết “Đã uống rượu, bia - không lái xe” tại các cơ quan, doanh nghiệp.

Tin cùng chuyên mục:
- Ra quân xử lý xe quá tải trên Quốc lộ 19
- Sơ kết công tác bảo đảm trật tự an toàn giao thông 6 tháng đầu năm

BAN AN TOÀN GIAO THÔNG TỈNH BÌNH ĐỊNH
Địa chỉ: 01 Trần Phú, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.647
Lượt truy cập: 1.204.377 | Đang online: 25
"""

Q24 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q25 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Q25b = per("quý I/2025", "2025-01-01", "2025-03-31")
Q2 = per("Trong quý II", "2025-04-01", "2025-06-30")


def rd(n):
    return float(n.replace(".", "").replace(",", "."))


ROWS = [  # label, subject label, unit, kind, multiplier, cells, total-row
    ("Số lượt kiểm tra\nlượt", "số lượt kiểm tra", "lượt", "count", 1, ["52.340", "68.915", "131,7"], None),
    ("Tổng số trường hợp vi phạm\ntrường hợp", "tổng số trường hợp vi phạm", "trường hợp", "count", 1,
     ["3.128", "2.046", "65,4"], None),
    ("Trong đó: ô tô\ntrường hợp", "trường hợp vi phạm ô tô", "trường hợp", "count", 1,
     ["402", "291", "72,4"], (3128, 2046)),
    ("Tước giấy phép lái xe\ntrường hợp", "tước giấy phép lái xe", "trường hợp", "count", 1,
     ["2.517", "1.788", "71,0"], None),
    ("Tiền phạt\ntriệu đồng", "tiền phạt", "đồng", "money", 1e6, ["16.450", "21.380", "130,0"], None),
]
CELLS = []
for label, slabel, unit, kind, mult, nums, tot in ROWS:
    a, b, c = nums
    kw1 = {"total": tot[0]} if tot else {}
    kw2 = {"total": tot[1]} if tot else {}
    CELLS += [
        fig(f"{label}\n{a}", a, rd(a) * mult, kind, unit, subject=f"{slabel} quý I/2024", period=Q24, **kw1),
        fig(f"{a}\n{b}", b, rd(b) * mult, kind, unit, subject=f"{slabel} quý I/2025", period=Q25, **kw2),
        fig(f"{b}\n{c}", c, rd(c), "percent", "%", subject=f"{slabel} so với cùng kỳ"),
    ]

FIGS = [
    fig("giảm hơn 34%", "34", 34, "percent", "%", approx="over", subject="vi phạm nồng độ cồn", period=Q25),
    fig("cồn 68.915 lượt", "68.915", 68915, "count", "lượt người",
        change=chg("increase", 14.9, "%", "chỉ tiêu được giao"),
        subject="lượt người điều khiển phương tiện được kiểm tra nồng độ cồn", period=Q25b),
    fig("duy trì 58 tổ", "58", 58, "count", "tổ công tác", change=chg("increase", 18, "tổ", "quý I/2024"),
        subject="tổ công tác kiểm tra nồng độ cồn", period=inh(Q25b)),
] + CELLS + [
    fig("xử lý 684 trường hợp", "684", 684, "count", "trường hợp", percent=33.4,
        subject="trường hợp vi phạm được xử lý", period=Q25b, location="Quy Nhơn"),
    fig("với 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", status="forecast",
        subject="huyện, thị xã, thành phố phối hợp tổ chức ký cam kết", period=Q2),
]

NOTES = [
    "Department site (Ban An toàn giao thông tỉnh Bình Định): menu, related links, address footer, phone, 'Lượt truy cập', 'Đang online'. No dateline.",
    "One-cell-per-line table: Nội dung / Đơn vị / Quý I/2024 / Quý I/2025 / So với cùng kỳ (%); unit per row ('triệu đồng' → ×10^6 đồng).",
    "The 'Trong đó: ô tô' row follows the 'Tổng số trường hợp vi phạm' row: its cells take that row's cell of the same column as total.",
    "Percent cells of 'So với cùng kỳ (%)' have no period. 'vượt 14,9% chỉ tiêu được giao' is a gap to plan → change with that baseline.",
    "Year-less 'quý II' takes 2025 (the nearest earlier period). Headline 'giảm hơn 34%' is a rate as the claim (no change).",
    "Distractors: Quốc lộ 19, '6 tháng đầu năm' in a link, '01 Trần Phú', phone, 'Lượt truy cập: 1.204.377', 'Đang online: 25'.",
]

if __name__ == "__main__":
    write("p1316-6", TEXT, NOTES, FIGS, published=None, location="Bình Định")
