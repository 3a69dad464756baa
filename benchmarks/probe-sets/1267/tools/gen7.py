"""p1267-7: department site (Sở NN&PTNT Lâm Đồng), no dateline: soilless vegetables, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Lâm Đồng đẩy mạnh sản xuất rau không dùng đất

Toàn tỉnh hiện có 86 doanh nghiệp, hợp tác xã và hơn 450 hộ sản xuất rau thủy canh, rau trồng trên giá thể, chủ yếu tại TP Đà Lạt và các huyện Đơn Dương, Đức Trọng, Lạc Dương. Riêng TP Đà Lạt chiếm khoảng 62% diện tích.

Kết quả sản xuất rau thủy canh, trồng trên giá thể
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng diện tích
ha
1.086
1.142
105,2
1.200
Trong đó: thủy canh
ha
318
352
110,7
385
Sản lượng
tấn
79.500
84.300
106,0
90.000
Giá trị sản xuất
tỷ đồng
2.460
2.690
109,3
2.900

Giá trị sản xuất bình quân đạt khoảng 2,35 tỷ đồng/ha/năm, cao gấp 1,7 lần bình quân rau trồng trên đất. Năm 2024, sản lượng rau xuất khẩu ước đạt 6.800 tấn, chủ yếu sang Nhật Bản, Hàn Quốc, Singapore; trong đó khoảng 5.200 tấn đạt tiêu chuẩn GlobalGAP.

Tin liên quan:
- Hội thảo giá thể hữu cơ thay thế xơ dừa nhập khẩu
- Lạc Dương: Ra mắt HTX Rau thủy canh Langbiang 2

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Địa chỉ: Số 16 Trần Phú, Phường 3, TP Đà Lạt
Điện thoại: 0263.3822.150
Lượt truy cập: 1.204.377
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
CMP = inh(per("2024", "2024-01-01", "2024-12-31"))   # 'So với cùng kỳ (%)' names no period
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", CMP, None), ("kế hoạch 2025", K25, "target")]
# row label, unit line, kind, unit, multiplier, subject head, cells
ROWS = [("Tổng diện tích", "ha", "measure", "ha", 1, "tổng diện tích", ["1.086", "1.142", "105,2", "1.200"]),
        ("Trong đó: thủy canh", "ha", "measure", "ha", 1, "diện tích thủy canh", ["318", "352", "110,7", "385"]),
        ("Sản lượng", "tấn", "measure", "tấn", 1, "sản lượng", ["79.500", "84.300", "106,0", "90.000"]),
        ("Giá trị sản xuất", "tỷ đồng", "money", "đồng", 1e9, "giá trị sản xuất", ["2.460", "2.690", "109,3", "2.900"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cells():
    out = []
    wholes = dict(zip(range(4), [num(x) for x in ROWS[0][6]]))
    for label, uline, kind, unit, mult, head, nums in ROWS:
        prev = f"{label}\n{uline}"
        for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
            kw = {"status": st} if st else {}
            if col == "so với cùng kỳ":
                f = fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=f"{head} so với cùng kỳ", period=p, **kw)
            else:
                if label.startswith("Trong đó"):
                    kw["total"] = wholes[i]
                f = fig(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=f"{head} {col}", period=p, **kw)
            out.append(f)
            prev = n
    return out


FIGS = [
    fig("có 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã sản xuất rau thủy canh, rau trồng trên giá thể"),
    fig("hơn 450 hộ", "450", 450, "count", "hộ", approx="over",
        subject="hộ sản xuất rau thủy canh, rau trồng trên giá thể"),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about", subject="tỷ trọng diện tích", location="Đà Lạt"),
] + cells() + [
    fig("khoảng 2,35 tỷ", "2,35", 2.35e9, "money", "đồng/ha/năm", approx="about",
        change=chg("increase", 1.7, "lần", "bình quân rau trồng trên đất"), subject="giá trị sản xuất bình quân"),
    fig("ước đạt 6.800 tấn", "6.800", 6800, "measure", "tấn", status="estimate",
        subject="sản lượng rau xuất khẩu", period=Y24),
    fig("khoảng 5.200 tấn", "5.200", 5200, "measure", "tấn", approx="about", total=6800, status="estimate",
        subject="rau xuất khẩu đạt tiêu chuẩn GlobalGAP", period=Y24),
]

NOTES = [
    "Department site (Sở NN&PTNT Lâm Đồng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. published = none.",
    "'Riêng TP Đà Lạt chiếm khoảng 62% diện tích' → percent figure located in Đà Lạt (no base amount to attach to).",
    "One-cell-per-line table with a 'Đơn vị tính' column: unit and multiplier per row ('tỷ đồng' → money ×10^9); subject = row + column;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate; 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures: no status cue in their header (actual), no period in it (2024 inherited, not scored).",
    "'Trong đó: thủy canh' row follows the 'Tổng diện tích' row: its ha cells take the whole of the same column as total (spec: a part",
    "after 'trong đó' that follows the whole, also after a break). Other cells get no total.",
    "'cao gấp 1,7 lần bình quân rau trồng trên đất' → change in lần; the average value carries no period (a general statement).",
    "'Năm 2024, ... ước đạt 6.800 tấn ...; trong đó khoảng 5.200 tấn' → part of the whole, estimate carried, period 2024 (same sentence).",
    "Distractors: 'Langbiang 2', 'Số 16 Trần Phú, Phường 3', phone 0263.3822.150, 'Lượt truy cập: 1.204.377'.",
]

if __name__ == "__main__":
    write("p1267-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
