"""p1416-7: department site (Sở Y tế TP Hồ Chí Minh), no dateline, one-cell-per-line table by hospital."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Thành phố đẩy mạnh ghép tế bào gốc tạo máu

Thành phố hiện có 3 bệnh viện thực hiện ghép tế bào gốc tạo máu. Năm 2024, các bệnh viện ước thực hiện 200 ca ghép, tăng 13,6% so với năm 2023 và chiếm khoảng 45% tổng số ca ghép của cả nước.

Số ca ghép tế bào gốc tạo máu tại các bệnh viện
Đơn vị tính: ca
Bệnh viện
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Bệnh viện Truyền máu Huyết học
128
142
110,9
Bệnh viện Nhi đồng Thành phố
31
36
116,1
Bệnh viện Đa khoa Tâm Phúc
17
22
129,4
Tổng cộng
176
200
113,6

Chi phí mỗi ca ghép tự thân tại các bệnh viện công lập khoảng 350 triệu đồng, ghép đồng loài từ 800 triệu đến 1,5 tỷ đồng. Từ năm 2023, Thành phố hỗ trợ 20 triệu đồng/ca cho người bệnh thuộc hộ nghèo, cận nghèo; đến nay đã hỗ trợ 64 người bệnh với tổng kinh phí 1,28 tỷ đồng.

Năm 2025, Sở Y tế đặt mục tiêu thực hiện 230 ca ghép, trong đó ghép đồng loài chiếm ít nhất 40%.

Tin liên quan:
- Hội thảo ghép tế bào gốc khu vực phía Nam lần thứ 3
- Bệnh viện Nhi đồng Thành phố đón bệnh nhi ghép tủy xuất viện

SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH
Địa chỉ: 59 Nguyễn Thị Minh Khai, phường Bến Thành, Quận 1
Điện thoại: (028) 3930 9912
Lượt truy cập: 5.204.318 | Đang trực tuyến: 112
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
SINCE = per("Từ năm 2023", "2023-01-01")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Bệnh viện Truyền máu Huyết học", ["128", "142", "110,9"]),
        ("Bệnh viện Nhi đồng Thành phố", ["31", "36", "116,1"]),
        ("Bệnh viện Đa khoa Tâm Phúc", ["17", "22", "129,4"]),
        ("Tổng cộng", ["176", "200", "113,6"])]
CELLS = []
for label, (a, b, c) in ROWS:
    row = label if label != "Tổng cộng" else "tổng cộng"
    CELLS.append(fig(f"{label}\n{a}", a, int(a), "count", "ca", subject=f"số ca ghép {row} năm 2023", period=C23))
    CELLS.append(fig(f"{a}\n{b}", b, int(b), "count", "ca", status="estimate",
                     subject=f"số ca ghép {row} ước thực hiện 2024", period=E24))
    CELLS.append(fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"số ca ghép {row} so với cùng kỳ"))

FIGS = [
    fig("có 3 bệnh viện", "3", 3, "count", "bệnh viện", subject="bệnh viện thực hiện ghép tế bào gốc tạo máu"),
    fig("thực hiện 200 ca", "200", 200, "count", "ca", status="estimate", percent=45,
        change=chg("increase", 13.6, "%", "năm 2023"), subject="ca ghép các bệnh viện thực hiện", period=Y24),
] + CELLS + [
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng/ca", approx="about",
        subject="chi phí mỗi ca ghép tự thân tại các bệnh viện công lập"),
    fig("từ 800 triệu đến 1,5 tỷ", "800", 800e6, "money", "đồng/ca", value_max=1.5e9,
        subject="chi phí ghép đồng loài"),
    fig("hỗ trợ 20 triệu", "20", 20e6, "money", "đồng/ca",
        subject="hỗ trợ cho người bệnh thuộc hộ nghèo, cận nghèo", period=SINCE),
    fig("hỗ trợ 64 người", "64", 64, "count", "người bệnh", subject="người bệnh đã hỗ trợ", period=SINCE),
    fig("kinh phí 1,28 tỷ", "1,28", 1.28e9, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=SINCE),
    fig("thực hiện 230 ca", "230", 230, "count", "ca", status="target", subject="ca ghép Sở Y tế thực hiện",
        period=Y25),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="ghép đồng loài", period=Y25),
]

NOTES = [
    "revised after the first run: the target subject no longer carries the status cue (phấn đấu / đặt mục tiêu);",
    "the cue is the status field, the subject names the indicator.",
    "Department site (Sở Y tế TP Hồ Chí Minh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'lần thứ 3', '59 Nguyễn Thị Minh Khai', 'Quận 1', '(028) 3930 9912', counters 5.204.318 and 112.",
    "'ước thực hiện 200 ca, tăng 13,6% ... và chiếm khoảng 45% tổng số ca ghép của cả nước' → estimate, change, percent attribute;",
    "location stays TP Hồ Chí Minh (cả nước is the whole of the share).",
    "One-cell-per-line table, 'Đơn vị tính: ca'; rows are hospitals (not places) → subject = row + column, location the city;",
    "'Năm 2023' → 2023; 'Ước thực hiện 2024' → estimate, 2024; 'So với cùng kỳ (%)' → percent cells, no cue (actual), no period.",
    "No published date: 'Từ năm 2023 ... đến nay' → start 2023-01-01, end null for the support rate, the 64 patients and 1,28 tỷ.",
    "'Năm 2025, Sở Y tế đặt mục tiêu ... 230 ca, trong đó ghép đồng loài chiếm ít nhất 40%' → target; the 40% is a percent figure.",
]

if __name__ == "__main__":
    write("p1416-7", TEXT, NOTES, FIGS, location="TP Hồ Chí Minh")
