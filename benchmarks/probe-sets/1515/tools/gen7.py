"""p1515-7: department site (Chi cục ATVSTP, Sở Y tế Đồng Nai), no dateline: sample surveillance 2024; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ TỈNH ĐỒNG NAI
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp

Giám sát chất lượng bình sữa, núm ti và dụng cụ ăn dặm năm 2024

Năm 2024, Chi cục An toàn vệ sinh thực phẩm tỉnh Đồng Nai lấy 326 mẫu bình sữa, núm ti và dụng cụ ăn dặm tại 9/11 huyện, thành phố để kiểm nghiệm chỉ tiêu thôi nhiễm, tăng 21,2% so với năm 2023. Kết quả có 309 mẫu đạt, tỷ lệ đạt 94,8%.

Số mẫu giám sát theo nhóm sản phẩm
Đơn vị tính: mẫu
Nhóm sản phẩm
Năm 2023
Năm 2024
So với cùng kỳ (%)
Bình sữa nhựa
112
138
123,2
Bình sữa thủy tinh
46
52
113,0
Núm ti, núm vú giả
78
94
120,5
Cốc, thìa ăn dặm
33
42
127,3
Tổng số
269
326
121,2
Trong đó: mẫu không đạt
21
17
81,0

Các mẫu không đạt chủ yếu là núm ti silicone và bình sữa nhựa không nhãn, mua tại chợ và cửa hàng nhỏ lẻ. Chi cục đã chuyển 5 hồ sơ sang Thanh tra Sở Y tế xử lý theo Nghị định số 115/2018/NĐ-CP, phạt tiền 64 triệu đồng.

Năm 2025, Chi cục phấn đấu lấy ít nhất 350 mẫu, trong đó 40% là sản phẩm bán trực tuyến.

Liên kết website: Bộ Y tế | Cục An toàn thực phẩm | UBND tỉnh Đồng Nai
Địa chỉ: Số 1029 đường Phạm Văn Thuận, phường Tân Mai, TP Biên Hòa, tỉnh Đồng Nai
Điện thoại: 0251.3941.067
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Bình sữa nhựa", ["112", "138", "123,2"]),
    ("Bình sữa thủy tinh", ["46", "52", "113,0"]),
    ("Núm ti, núm vú giả", ["78", "94", "120,5"]),
    ("Cốc, thìa ăn dặm", ["33", "42", "127,3"]),
    ("Tổng số", ["269", "326", "121,2"]),
    ("Trong đó: mẫu không đạt", ["21", "17", "81,0"]),
]
TOTALS = {"Năm 2023": 269, "Năm 2024": 326}
CELLS = []
for label, nums in ROWS:
    prev = label
    row = label.replace("Trong đó: ", "").lower()
    for col, n in zip(["Năm 2023", "Năm 2024", "So với cùng kỳ (%)"], nums):
        anchor = f"{prev}\n{n}"
        if col == "So với cùng kỳ (%)":
            CELLS.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"số mẫu giám sát {row} so với cùng kỳ", period=inh(C24)))
        else:
            kw = {"total": TOTALS[col]} if label.startswith("Trong đó") else {}
            CELLS.append(fig(anchor, n, float(n), "count", "mẫu", subject=f"số mẫu giám sát {row} {col.lower()}",
                             period=C23 if col == "Năm 2023" else C24, **kw))
        prev = n

FIGS = [
    fig("lấy 326 mẫu", "326", 326, "count", "mẫu", change=chg("increase", 21.2, "%", "năm 2023"),
        subject="mẫu bình sữa, núm ti và dụng cụ ăn dặm lấy để kiểm nghiệm", period=Y24),
    fig("tại 9/11", "9", 9, "count", "huyện, thành phố", total=11,
        subject="huyện, thành phố lấy mẫu", period=Y24),
    fig("có 309 mẫu", "309", 309, "count", "mẫu", percent=94.8, subject="mẫu đạt", period=inh(Y24)),
] + CELLS + [
    fig("chuyển 5 hồ sơ", "5", 5, "count", "hồ sơ", subject="hồ sơ chuyển Thanh tra Sở Y tế xử lý",
        period=inh(Y24)),
    fig("phạt tiền 64 triệu", "64", 64e6, "money", "đồng", subject="phạt tiền", period=inh(Y24)),
    fig("ít nhất 350 mẫu", "350", 350, "count", "mẫu", approx="at_least", status="target",
        subject="mẫu lấy giám sát", period=Y25),
    fig("trong đó 40%", "40", 40, "percent", "%", status="target",
        subject="sản phẩm bán trực tuyến", period=Y25),
]

NOTES = [
    "Department site (Chi cục ATVSTP, Sở Y tế Đồng Nai), no dateline: menu, links, footer address, phone, 'Lượt truy cập: 1.204.377'.",
    "Distractors: 'Nghị định số 115/2018/NĐ-CP', 'Số 1029 đường Phạm Văn Thuận', phone 0251.3941.067, the visitor counter, 'Năm 2024' in the headline.",
    "'9/11 huyện, thành phố' → 9 with total 11. '309 mẫu đạt, tỷ lệ đạt 94,8%' → percent 94,8; no part-of cue, so no total 326.",
    "One-cell-per-line table, 'Đơn vị tính: mẫu'; subject = caption indicator + row + column label; period from the column header (scored).",
    "'So với cùng kỳ (%)' cells → percent figures; their period (2024) is not written in the column: inherited (not scored).",
    "'Trong đó: mẫu không đạt' sub-row: its count cells are parts of the 'Tổng số' cells of the same column → total 269 / 326.",
    "'Năm 2025, Chi cục phấn đấu ... ít nhất 350 mẫu, trong đó 40% ...' → both target; the 40% is a percent figure of its own.",
    "No place but Đồng Nai is named for the figures: location Đồng Nai ('TP Biên Hòa' only in the footer address).",
]

if __name__ == "__main__":
    write("p1515-7", TEXT, NOTES, FIGS, location="Đồng Nai")
