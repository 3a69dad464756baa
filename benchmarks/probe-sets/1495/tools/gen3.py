"""p1495-3: formal report (UBND tỉnh Hưng Yên): food-box production 2024, flattened '|' table by district, inspections."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 17/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, kinh doanh hộp nhựa, hộp thủy tinh đựng thực phẩm năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Đến ngày 31/12/2024, toàn tỉnh có 15 doanh nghiệp sản xuất hộp đựng thực phẩm, trong đó 4 doanh nghiệp có vốn đầu tư nước ngoài. Năm 2024, sản lượng hộp đựng thực phẩm (nhựa và thủy tinh) đạt 38,4 triệu sản phẩm, tăng 7,6% so với năm 2023, đạt 101,1% kế hoạch. Giá trị sản xuất ước đạt 1.920 tỷ đồng.

2. Quản lý an toàn thực phẩm
Trong năm, Đoàn kiểm tra liên ngành theo Kế hoạch số 236/KH-UBND đã kiểm tra 64 cơ sở sản xuất, kinh doanh dụng cụ chứa đựng thực phẩm, phát hiện 11 cơ sở vi phạm, xử phạt 186,5 triệu đồng; tiêu hủy gần 4.300 hộp nhựa không rõ nguồn gốc.

3. Sản lượng phân theo địa bàn
Đơn vị tính: triệu sản phẩm
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Huyện Văn Lâm | 14,2 | 15,1 | 106,3 | 16,0
Huyện Văn Giang | 11,6 | 12,8 | 110,3 | 13,5
Huyện Yên Mỹ | 9,9 | 10,5 | 106,1 | 11,5
Tổng cộng | 35,7 | 38,4 | 107,6 | 41,0

II. NHIỆM VỤ NĂM 2025
1. Phấn đấu sản lượng hộp đựng thực phẩm đạt 41 triệu sản phẩm, tăng khoảng 6,8% so với năm 2024.
2. Tỷ lệ cơ sở được kiểm tra đạt yêu cầu về an toàn thực phẩm đạt từ 90% trở lên.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
"""

ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CMP = per("So với cùng kỳ", "2024-01-01", "2024-12-31", inherited=True)
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None, False), ("năm 2024", C24, None, False),
        ("so với cùng kỳ", CMP, None, True), ("kế hoạch 2025", K25, "target", False)]
ROWS = [("Huyện Văn Lâm", "Văn Lâm", ["14,2", "15,1", "106,3", "16,0"]),
        ("Huyện Văn Giang", "Văn Giang", ["11,6", "12,8", "110,3", "13,5"]),
        ("Huyện Yên Mỹ", "Yên Mỹ", ["9,9", "10,5", "106,1", "11,5"]),
        ("Tổng cộng", None, ["35,7", "38,4", "107,6", "41,0"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st, pct), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        row = "" if place else " tổng cộng"
        v = float(n.replace(",", "."))
        if pct:
            CELLS.append(fig(f"{prev} | {n}", n, v, "percent", "%",
                             subject=f"sản lượng{row} so với cùng kỳ", period=p, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, v * 1e6, "count", "sản phẩm",
                             subject=f"sản lượng{row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất hộp đựng thực phẩm", period=ASOF),
    fig("trong đó 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=15,
        subject="doanh nghiệp có vốn đầu tư nước ngoài", period=ASOF),
    fig("đạt 38,4 triệu", "38,4", 38.4e6, "count", "sản phẩm", percent=101.1,
        change=chg("increase", 7.6, "%", "năm 2023"),
        subject="sản lượng hộp đựng thực phẩm (nhựa và thủy tinh)", period=Y24),
    fig("ước đạt 1.920 tỷ", "1.920", 1920e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=inh(Y24)),
] + CELLS + [
    fig("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở",
        subject="cơ sở sản xuất, kinh doanh dụng cụ chứa đựng thực phẩm được kiểm tra", period=INYEAR),
    fig("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở vi phạm", period=INYEAR),
    fig("xử phạt 186,5 triệu", "186,5", 186.5e6, "money", "đồng", subject="tiền xử phạt", period=INYEAR),
    fig("gần 4.300 hộp", "4.300", 4300, "count", "hộp", approx="nearly",
        subject="hộp nhựa không rõ nguồn gốc bị tiêu hủy", period=INYEAR),
    fig("đạt 41 triệu", "41", 41e6, "count", "sản phẩm", status="target",
        change=chg("increase", 6.8, "%", "năm 2024", approx="about"),
        subject="sản lượng hộp đựng thực phẩm", period=inh(Y25)),
    fig("từ 90% trở lên", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ cơ sở được kiểm tra đạt yêu cầu về an toàn thực phẩm", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH HƯNG YÊN', 'Số: 17/BC-UBND', 'Hưng Yên, ngày 16 tháng 01 năm 2025', sections I/II and 1-2, 'Nơi nhận', signature.",
    "Distractors: '17/BC-UBND', 'Kế hoạch số 236/KH-UBND', section numbers I./II./1./2., dates 31/12/2024 and the letterhead date,",
    "'NĂM 2024'/'năm 2025' in the title, 'Lưu: VT, KT'.",
    "'Đến ngày 31/12/2024' is an as-of date (start null). 'đạt 101,1% kế hoạch' is the percent of 38,4 triệu.",
    "Item 3: flattened '|' table (after the inspections), 'Đơn vị tính: triệu sản phẩm'; the place column gives location (the Tổng cộng row stays Hưng Yên);",
    "subject = indicator + column; 'So với cùng kỳ (%)' cells are percent figures of their own; their period (2024) is not",
    "stated in the header, so it is marked inherited (not scored). 'Kế hoạch 2025' column -> target. Cells carry no total.",
    "'Trong năm' in an annual report, section I (KẾT QUẢ NĂM 2024), nearest earlier period Năm 2024 = 2024. 'kiểm tra 64 cơ sở, phát hiện 11 cơ sở vi phạm': no cue, so no total.",
    "Section II 'NHIỆM VỤ NĂM 2025' with 'Phấn đấu' -> target; its period stands in the heading (inherited).",
    "Item 2 of section II has no verb cue of its own but stands under the tasks heading: target.",
]

if __name__ == "__main__":
    write("p1495-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Hưng Yên")
