"""p1343-7: department site (Sở LĐ-TB&XH Đồng Nai), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Kết quả chi trả trợ cấp xã hội cho người khuyết tật

Năm 2024, ngành Lao động - Thương binh và Xã hội tỉnh Đồng Nai ước chi trả trợ cấp xã hội hằng tháng cho 23.000 người khuyết tật, tăng 430 người so với năm 2023, với tổng kinh phí ước 248,5 tỷ đồng. Tỷ lệ chi trả qua tài khoản ngân hàng đạt 41,6%.

Số người khuyết tật hưởng trợ cấp xã hội hằng tháng
Đơn vị tính: người
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Biên Hòa
6.842
7.015
7.150
TP Long Khánh
1.236
1.258
1.280
Huyện Trảng Bom
2.915
2.987
3.040
Huyện Định Quán
2.104
2.131
2.160
Các huyện còn lại
9.473
9.609
9.770
Tổng cộng
22.570
23.000
23.400

Trong năm 2024, Sở giới thiệu việc làm cho 512 người khuyết tật, vượt 2,4% kế hoạch. Tỉnh có 2 cơ sở bảo trợ xã hội công lập đang nuôi dưỡng 318 người khuyết tật đặc biệt nặng, gồm Trung tâm Bảo trợ xã hội số 1 (TP Biên Hòa) và Trung tâm Bảo trợ xã hội số 2 (huyện Định Quán). Năm 2025, Sở phấn đấu hỗ trợ học nghề cho 600 người khuyết tật và giới thiệu việc làm cho ít nhất 400 người.

Liên kết website: Cổng TTĐT tỉnh | Bộ LĐ-TB&XH

Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.553
Lượt truy cập: 1.904.327 | Đang online: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("TP Biên Hòa", "Biên Hòa", ["6.842", "7.015", "7.150"]),
        ("TP Long Khánh", "Long Khánh", ["1.236", "1.258", "1.280"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["2.915", "2.987", "3.040"]),
        ("Huyện Định Quán", "Định Quán", ["2.104", "2.131", "2.160"]),
        ("Các huyện còn lại", None, ["9.473", "9.609", "9.770"]),
        ("Tổng cộng", None, ["22.570", "23.000", "23.400"])]
TOPIC = "người khuyết tật hưởng trợ cấp xã hội hằng tháng"

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
            subject = f"{TOPIC} {col.lower()}"
        else:
            subject = f"{TOPIC} {label.lower()} {col.lower()}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "người",
                         subject=subject, period=p, **kw))
        prev = n

FIGS = [
    fig("cho 23.000 người", "23.000", 23000, "count", "người", status="estimate",
        change=chg("increase", 430, "người", "năm 2023"),
        subject="người khuyết tật được chi trả trợ cấp xã hội hằng tháng", period=Y24),
    fig("ước 248,5 tỷ", "248,5", 248.5e9, "money", "đồng", status="estimate",
        subject="tổng kinh phí chi trả trợ cấp", period=Y24),
    fig("đạt 41,6%", "41,6", 41.6, "percent", "%", subject="tỷ lệ chi trả qua tài khoản ngân hàng",
        period=inh(Y24)),
] + CELLS + [
    fig("cho 512 người", "512", 512, "count", "người", change=chg("increase", 2.4, "%", "kế hoạch"),
        subject="người khuyết tật được giới thiệu việc làm", period=Y24T),
    fig("có 2 cơ sở", "2", 2, "count", "cơ sở", subject="cơ sở bảo trợ xã hội công lập"),
    fig("dưỡng 318 người", "318", 318, "count", "người",
        subject="người khuyết tật đặc biệt nặng được nuôi dưỡng"),
    fig("cho 600 người", "600", 600, "count", "người", status="target",
        subject="người khuyết tật được hỗ trợ học nghề", period=Y25),
    fig("ít nhất 400 người", "400", 400, "count", "người", approx="at_least", status="target",
        subject="người khuyết tật được giới thiệu việc làm", period=Y25),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Đồng Nai) with no dateline: menu, links, address, phone, 'Lượt truy cập', 'Đang online'. published = null.",
    "Distractors: 'Trung tâm Bảo trợ xã hội số 1/số 2', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.553, 'Lượt truy cập: 1.904.327', 'Đang online: 52', 'năm 2023' (baseline).",
    "One-cell-per-line table with 'Đơn vị tính: người' and a place column: a district or city row gives the cell its location; 'Các huyện còn lại' and 'Tổng cộng' stay Đồng Nai.",
    "Columns: 'Năm 2023' actual, 'Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target; periods from the headers.",
    "'ước chi trả ... 23.000 người, tăng 430 người so với năm 2023' -> estimate with a change in người; 'tổng kinh phí ước 248,5 tỷ' estimate.",
    "'vượt 2,4% kế hoạch' is a gap to plan: change (increase 2,4%, baseline 'kế hoạch'), per the spec. 'Trong năm 2024' is written with its year (a bare 'Trong năm' after the table would take 2025 by the nearest-year rule).",
    "'gồm Trung tâm ... số 1 ... và ... số 2' names the 2 facilities: the numbers are names, not figures.",
]

if __name__ == "__main__":
    write("p1343-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
