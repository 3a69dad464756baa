"""p1166-3: formal report (UBND tỉnh Quảng Trị), archives work 2023, flattened '|' table of digitised pages by fonds."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 22 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác văn thư, lưu trữ năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Thu thập, chỉnh lý tài liệu
Năm 2023, Lưu trữ lịch sử tỉnh thu thập 152 mét giá tài liệu của 21 cơ quan, tổ chức, bằng 108,6% kế hoạch; chỉnh lý hoàn chỉnh 385 mét giá, lập 21.470 hồ sơ; tiêu hủy 46 mét giá tài liệu hết giá trị theo Quyết định số 1125/QĐ-SNV.

2. Số hóa tài liệu
Đơn vị tính: trang
Phông lưu trữ | Kế hoạch | Thực hiện | Tỷ lệ (%)
UBND tỉnh Quảng Trị | 420.000 | 436.180 | 103,9
Sở Nội vụ | 150.000 | 141.250 | 94,2
Sở Tài chính | 130.000 | 128.600 | 98,9
Tổng cộng | 700.000 | 706.030 | 100,9

Đến hết năm 2023, toàn tỉnh có 12/17 cơ quan, tổ chức cấp tỉnh nộp lưu hồ sơ điện tử vào Lưu trữ lịch sử với 3.412 hồ sơ, dung lượng khoảng 1,8 TB.

3. Phục vụ khai thác
Phòng đọc phục vụ 965 lượt độc giả với 4.120 hồ sơ, tài liệu; cấp 1.508 bản sao, chứng thực lưu trữ, tăng 12,3% so với năm 2022.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu số hóa 750.000 trang tài liệu; thu thập khoảng 160 mét giá tài liệu; 100% cơ quan cấp tỉnh nộp lưu hồ sơ điện tử theo quy định.

Nơi nhận:
- Bộ Nội vụ (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23T = per("năm 2023 (tiêu đề báo cáo)", "2023-01-01", "2023-12-31", inherited=True)
ASOF = per("Đến hết năm 2023", None, "2023-12-31")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, col):
    if col == "Tỷ lệ":
        return fig(anchor, number, value, "percent", "%", subject=f"{col} {row}", period=Y23T)
    kw = {"status": "target"} if col == "Kế hoạch" else {}
    return fig(anchor, number, value, "count", "trang", subject=f"{col} {row}", period=Y23T, **kw)


ROWS = [
    ("UBND tỉnh Quảng Trị", ("Trị | 420.000", "420.000", 420000), ("420.000 | 436.180", "436.180", 436180),
     ("436.180 | 103,9", "103,9", 103.9)),
    ("Sở Nội vụ", ("vụ | 150.000", "150.000", 150000), ("150.000 | 141.250", "141.250", 141250),
     ("141.250 | 94,2", "94,2", 94.2)),
    ("Sở Tài chính", ("chính | 130.000", "130.000", 130000), ("130.000 | 128.600", "128.600", 128600),
     ("128.600 | 98,9", "98,9", 98.9)),
    ("Tổng cộng", ("cộng | 700.000", "700.000", 700000), ("700.000 | 706.030", "706.030", 706030),
     ("706.030 | 100,9", "100,9", 100.9)),
]
TABLE = []
for row, a, b, c in ROWS:
    TABLE += [cell(*a, row, "Kế hoạch"), cell(*b, row, "Thực hiện"), cell(*c, row, "Tỷ lệ")]

FIGS = [
    fig("thu thập 152 mét giá", "152", 152, "measure", "mét giá", percent=108.6,
        subject="tài liệu thu thập vào Lưu trữ lịch sử tỉnh", period=Y23),
    fig("của 21 cơ quan", "21", 21, "count", "cơ quan, tổ chức",
        subject="cơ quan, tổ chức nộp lưu tài liệu", period=Y23),
    fig("hoàn chỉnh 385 mét giá", "385", 385, "measure", "mét giá",
        subject="tài liệu chỉnh lý hoàn chỉnh", period=Y23),
    fig("lập 21.470 hồ sơ", "21.470", 21470, "count", "hồ sơ",
        subject="hồ sơ lập khi chỉnh lý", period=Y23),
    fig("tiêu hủy 46 mét giá", "46", 46, "measure", "mét giá",
        subject="tài liệu hết giá trị tiêu hủy", period=Y23),
] + TABLE + [
    fig("có 12/17 cơ quan", "12", 12, "count", "cơ quan, tổ chức", total=17,
        subject="cơ quan, tổ chức cấp tỉnh nộp lưu hồ sơ điện tử vào Lưu trữ lịch sử", period=ASOF),
    fig("với 3.412 hồ sơ", "3.412", 3412, "count", "hồ sơ",
        subject="hồ sơ điện tử nộp lưu vào Lưu trữ lịch sử", period=ASOF),
    fig("khoảng 1,8 TB", "1,8", 1.8, "measure", "TB", approx="about",
        subject="dung lượng hồ sơ điện tử nộp lưu", period=ASOF),
    fig("phục vụ 965 lượt", "965", 965, "count", "lượt độc giả",
        subject="lượt độc giả phòng đọc phục vụ", period=Y23T),
    fig("với 4.120 hồ sơ", "4.120", 4120, "count", "hồ sơ, tài liệu",
        subject="hồ sơ, tài liệu phục vụ độc giả", period=Y23T),
    fig("cấp 1.508 bản sao", "1.508", 1508, "count", "bản sao",
        change=chg("increase", 12.3, "%", "năm 2022"), subject="bản sao, chứng thực lưu trữ cấp", period=Y23T),
    fig("số hóa 750.000 trang", "750.000", 750000, "count", "trang", status="target",
        subject="trang tài liệu số hóa", period=Y24),
    fig("khoảng 160 mét giá", "160", 160, "measure", "mét giá", approx="about", status="target",
        subject="tài liệu thu thập", period=Y24),
    fig("100% cơ quan", "100", 100, "percent", "%", status="target",
        subject="cơ quan cấp tỉnh nộp lưu hồ sơ điện tử theo quy định", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG TRỊ', 'Số: 318/BC-UBND', 'Quảng Trị, ngày 22 tháng 12 năm 2023' (published), sections, 'Nơi nhận'.",
    "Distractors: Số: 318/BC-UBND, Quyết định số 1125/QĐ-SNV, section numbers I./II./1.-3., 'Lưu: VT, NC', 'KT. CHỦ TỊCH'.",
    "'bằng 108,6% kế hoạch' is the share of the 152 mét giá collected (the clause's result), not of the 21 cơ quan in between.",
    "Flattened table, 'Đơn vị tính: trang': Kế hoạch column → status target; Tỷ lệ (%) column → percent figures; subject = column + row",
    "label (fonds, not places); period năm 2023 from the report title (inherited). Cells get no totals; Tổng cộng is its own row.",
    "12/17 → total 17. Section 3 has no period in its sentence (inherited from the title). Section II targets inherit the heading's year.",
]

if __name__ == "__main__":
    write("p1166-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Quảng Trị")
