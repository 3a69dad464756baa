"""p1409-7: department site (Chi cục Kiểm lâm Nghệ An), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC KIỂM LÂM TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Văn bản pháp quy | Hỏi đáp | Liên hệ

Kết quả xử lý vi phạm lâm luật tại các huyện miền núi năm 2024

Năm 2024, các huyện miền núi phía Tây của tỉnh vẫn là địa bàn trọng điểm về phá rừng, khai thác gỗ trái phép. Số vụ vi phạm tại 4 huyện Quế Phong, Tương Dương, Kỳ Sơn và Con Cuông ước chiếm 58% tổng số vụ toàn tỉnh.

Số vụ vi phạm lâm luật theo địa bàn
Đơn vị tính: vụ
Huyện
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Quế Phong
58
49
84,5
Tương Dương
44
41
93,2
Kỳ Sơn
37
40
108,1
Con Cuông
29
22
75,9
Tổng cộng
168
152
90,5

Khối lượng gỗ tịch thu tại các huyện này ước đạt 286,4 m3, trong đó gỗ nhóm I-II là 71,5 m3. Huyện Quế Phong có diện tích rừng bị phá lớn nhất với 7,8 ha, gấp đôi huyện Con Cuông.

Tính chung toàn tỉnh, năm 2024 ước phát hiện 262 vụ vi phạm lâm luật, giảm 7,4% so với năm 2023; thu nộp ngân sách ước đạt hơn 2,3 tỷ đồng.

Năm 2025, Chi cục phấn đấu giảm 10-15% số vụ vi phạm tại các huyện trọng điểm, 100% vụ vi phạm được phát hiện, xử lý kịp thời.

Liên kết website: Cục Kiểm lâm | Sở Nông nghiệp và PTNT | UBND tỉnh Nghệ An
CHI CỤC KIỂM LÂM TỈNH NGHỆ AN
Địa chỉ: Số 15 đường Trường Thi, TP Vinh, Nghệ An
Điện thoại: 0238.3844.622 - Fax: 0238.3844.623
Lượt truy cập: 1.207.385 | Đang online: 42
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "Ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        "So với cùng kỳ (%)": (inh(Y24), None)}
PLACE = {"Quế Phong": "Quế Phong", "Tương Dương": "Tương Dương", "Kỳ Sơn": "Kỳ Sơn", "Con Cuông": "Con Cuông",
         "Tổng cộng": None}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    loc = PLACE[row]
    if loc:
        kw["location"] = loc
    rowname = "" if loc else "tổng cộng "
    v = float(number.replace(",", "."))
    if col.startswith("So với"):
        return fig(anchor, number, v, "percent", "%", subject=f"số vụ vi phạm lâm luật {rowname}so với cùng kỳ",
                   period=p, **kw)
    return fig(anchor, number, v, "count", "vụ", subject=f"số vụ vi phạm lâm luật {rowname}{col}", period=p, **kw)


ROWS = [("Quế Phong", ["58", "49", "84,5"]), ("Tương Dương", ["44", "41", "93,2"]),
        ("Kỳ Sơn", ["37", "40", "108,1"]), ("Con Cuông", ["29", "22", "75,9"]),
        ("Tổng cộng", ["168", "152", "90,5"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label, col))
        prev = n

FIGS = [
    fig("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện trọng điểm", optional=True),
    fig("ước chiếm 58%", "58", 58, "percent", "%", status="estimate",
        subject="số vụ vi phạm tại 4 huyện trong tổng số vụ toàn tỉnh", period=inh(Y24)),
] + CELLS + [
    fig("ước đạt 286,4 m3", "286,4", 286.4, "measure", "m3", status="estimate",
        subject="khối lượng gỗ tịch thu tại các huyện", period=inh(Y24)),
    fig("là 71,5 m3", "71,5", 71.5, "measure", "m3", total=286.4, status="estimate",
        subject="gỗ nhóm I-II tịch thu", period=inh(Y24)),
    fig("với 7,8 ha", "7,8", 7.8, "measure", "ha", change=chg("increase", 2, "lần", "huyện Con Cuông"),
        subject="diện tích rừng bị phá", period=inh(Y24), location="Quế Phong"),
    fig("ước phát hiện 262 vụ", "262", 262, "count", "vụ", status="estimate",
        change=chg("decrease", 7.4, "%", "năm 2023"),
        subject="vụ vi phạm lâm luật toàn tỉnh", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("hơn 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over", status="estimate",
        subject="thu nộp ngân sách", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("giảm 10-15%", "10", 10, "percent", "%", value_max=15, status="target",
        subject="số vụ vi phạm tại các huyện trọng điểm giảm", period=Y25),
    fig("100% vụ", "100", 100, "percent", "%", status="target",
        subject="vụ vi phạm được phát hiện, xử lý kịp thời", period=Y25),
]

NOTES = [
    "Department site (Chi cục Kiểm lâm Nghệ An), no dateline: menu, links, footer address, phone/fax, 'Lượt truy cập: 1.207.385 | Đang online: 42'.",
    "Distractors: 'Số 15 đường Trường Thi', phone 0238.3844.622, fax 0238.3844.623, counters, 'nhóm I-II' (wood classes), heading 'năm 2024'.",
    "One-cell-per-line table, 'Đơn vị tính: vụ', place column: each district row gives its location; 'Tổng cộng' (the four districts) keeps the",
    "province. Subject = caption indicator + column label. 'Ước thực hiện 2024' → status estimate; 'So với cùng kỳ (%)' → percent cells, status",
    "actual (the column has no cue), period 2024 inherited (the header names no period). Cells get no total.",
    "'4 huyện Quế Phong, Tương Dương, Kỳ Sơn và Con Cuông' names the group listed right after it: optional.",
    "'ước chiếm 58% tổng số vụ toàn tỉnh' has no amount of its own in the sentence → percent figure, estimate.",
    "'Tính chung toàn tỉnh, năm 2024 ước phát hiện 262 vụ ...; thu nộp ngân sách ước đạt hơn 2,3 tỷ đồng' → both estimate.",
    "'ước đạt 286,4 m3, trong đó ... 71,5 m3' → total, estimate carried to the part. '7,8 ha, gấp đôi huyện Con Cuông' → change ×2 (đôi = 2).",
]

if __name__ == "__main__":
    write("p1409-7", TEXT, NOTES, FIGS, location="Nghệ An")
