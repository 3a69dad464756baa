"""p909-3: formal report, UBND tỉnh Quảng Trị, 9 months 2023, flattened | table."""
from lib import F, P, I, CH, TG, write

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Trị, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả phong trào văn nghệ quần chúng 9 tháng năm 2023

Thực hiện Công văn số 3105/BVHTTDL-VHCS ngày 18/8/2023 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Về đội, câu lạc bộ
Tính đến ngày 30/9/2023, toàn tỉnh có 1.064 đội văn nghệ quần chúng, đạt 94,2% số thôn, khu phố; 318 câu lạc bộ dân vũ, dân ca với 21.740 thành viên.

2. Về hoạt động biểu diễn
Trong 9 tháng, các đội, câu lạc bộ đã tổ chức 1.873 buổi biểu diễn, đạt 78% kế hoạch năm, tăng 15,6% so với cùng kỳ năm 2022. Số buổi biểu diễn theo địa phương như sau:

Đơn vị tính: buổi
Địa phương | Quý I | Quý II | Quý III | Cộng 9 tháng
Đông Hà | 112 | 86 | 94 | 292
Vĩnh Linh | 148 | 97 | 105 | 350
Gio Linh | 131 | 88 | 92 | 311
Hải Lăng | 165 | 104 | 118 | 387
Các địa phương khác | 210 | 152 | 171 | 533
Tổng cộng | 766 | 527 | 580 | 1.873

3. Về kinh phí
Tổng kinh phí chi cho hoạt động văn nghệ quần chúng 9 tháng ước đạt 2,85 tỷ đồng, bằng 71,3% dự toán năm.

II. PHƯƠNG HƯỚNG QUÝ IV/2023
Dự kiến trong quý IV, các đội tổ chức khoảng 650 buổi biểu diễn phục vụ các ngày lễ lớn và Tết Dương lịch; phấn đấu cả năm đạt 2.400 buổi, thành lập mới 25 đội văn nghệ.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
Q = {
    "Quý I": ("2023-01-01", "2023-03-31"),
    "Quý II": ("2023-04-01", "2023-06-30"),
    "Quý III": ("2023-07-01", "2023-09-30"),
    "Cộng 9 tháng": ("2023-01-01", "2023-09-30"),
}
COLS = list(Q)
SUBJ = {
    "Quý I": "buổi biểu diễn quý I",
    "Quý II": "buổi biểu diễn quý II",
    "Quý III": "buổi biểu diễn quý III",
    "Cộng 9 tháng": "buổi biểu diễn cộng 9 tháng",
}

ROWS = [
    ("Đông Hà", ["112", "86", "94", "292"], "Đông Hà"),
    ("Vĩnh Linh", ["148", "97", "105", "350"], "Vĩnh Linh"),
    ("Gio Linh", ["131", "88", "92", "311"], "Gio Linh"),
    ("Hải Lăng", ["165", "104", "118", "387"], "Hải Lăng"),
    ("Các địa phương khác", ["210", "152", "171", "533"], "Quảng Trị"),
    ("Tổng cộng", ["766", "527", "580", "1.873"], "Quảng Trị"),
]


def table_figs():
    out = []
    for label, cells, loc in ROWS:
        for i, c in enumerate(cells):
            col = COLS[i]
            # anchor: the row label up to this cell, or the previous cell and this one
            if i == 0:
                anchor = f"{label} | {c}"
            else:
                anchor = f"{label} | " + " | ".join(cells[: i + 1])
            subj = SUBJ[col] + (" các địa phương khác" if label == "Các địa phương khác" else "")
            subj = subj + (" tổng cộng" if label == "Tổng cộng" else "")
            v = float(c.replace(".", ""))
            out.append(F(anchor, c, v, "count", "buổi", subj, P(col, *Q[col]), location=loc))
    return out


FIGS = [
    F("có 1.064 đội văn nghệ", "1.064", 1064, "count", "đội văn nghệ",
      "đội văn nghệ quần chúng", ASOF, percent=94.2),
    F("318 câu lạc bộ", "318", 318, "count", "câu lạc bộ", "câu lạc bộ dân vũ, dân ca", ASOF),
    F("với 21.740 thành viên", "21.740", 21740, "count", "thành viên",
      "thành viên câu lạc bộ dân vũ, dân ca", ASOF),
    F("tổ chức 1.873 buổi", "1.873", 1873, "count", "buổi", "buổi biểu diễn của các đội, câu lạc bộ", M9,
      percent=78, change=CH("increase", 15.6, "%", "cùng kỳ năm 2022")),
] + table_figs() + [
    F("ước đạt 2,85 tỷ đồng", "2,85", 2.85e9, "money", "đồng",
      "kinh phí chi cho hoạt động văn nghệ quần chúng", P("9 tháng", "2023-01-01", "2023-09-30"),
      percent=71.3, status="estimate"),
    F("khoảng 650 buổi", "650", 650, "count", "buổi", "buổi biểu diễn",
      P("trong quý IV", "2023-10-01", "2023-12-31"), approx="about", status="forecast"),
    F("đạt 2.400 buổi", "2.400", 2400, "count", "buổi", "buổi biểu diễn cả năm",
      P("cả năm", "2023-01-01", "2023-12-31"), status="target"),
    F("thành lập mới 25 đội", "25", 25, "count", "đội văn nghệ", "đội văn nghệ thành lập mới",
      P("cả năm", "2023-01-01", "2023-12-31"), status="target"),
]

NOTES = [
    "Formal report UBND tỉnh Quảng Trị Số 287/BC-UBND (12/10/2023): troupes as of 30/9, 9-month performances,",
    "flattened '|' table of performances by district and quarter (Đơn vị tính: buổi; rows and columns add up), funding, Q4 plan.",
    "Table: every numeric cell a figure; row label that is a place -> location, 'Các địa phương khác' and 'Tổng cộng' -> Quảng Trị;",
    "subject = indicator + column label; period from the column header (year 2023 from the report's title/date); no totals for cells.",
    "'đạt 94,2% số thôn, khu phố' and 'đạt 78% kế hoạch năm', 'bằng 71,3% dự toán năm' are percent attributes of the figure before.",
    "'Dự kiến trong quý IV' -> forecast; 'phấn đấu cả năm đạt 2.400 buổi, thành lập mới 25 đội' -> target, period 2023.",
    "Distractors: Số: 287/BC-UBND, Công văn số 3105/BVHTTDL-VHCS ngày 18/8/2023, section numbers I., II., 1.-3., heading QUÝ IV/2023.",
]

if __name__ == "__main__":
    write("p909-3", TEXT, FIGS, NOTES, published="2023-10-12", location="Quảng Trị")
