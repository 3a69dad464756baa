"""p1360-3: formal report (Sở VHTTDL Lâm Đồng, Số: 47/BC-SVHTTDL): adventure tourism 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LÂM ĐỒNG
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 47/BC-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả quản lý hoạt động kinh doanh du lịch mạo hiểm năm 2024

I. TÌNH HÌNH CHUNG
1. Đến ngày 31/12/2024, toàn tỉnh có 23 đơn vị kinh doanh dịch vụ du lịch mạo hiểm, tăng 4 đơn vị so với năm 2023, gồm: 9 đơn vị tổ chức vượt thác (canyoning), 6 đơn vị đu dây zipline, 5 đơn vị dù lượn và 3 đơn vị leo núi.
2. Năm 2024, các đơn vị phục vụ 312.400 lượt khách, tăng 18,2% so với năm 2023, đạt 104,1% kế hoạch; doanh thu ước đạt 186 tỷ đồng.

II. KẾT QUẢ THEO ĐỊA BÀN
Đơn vị tính: lượt khách
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Đà Lạt | 168.500 | 201.300 | 119,5
Huyện Lạc Dương | 52.100 | 60.800 | 116,7
Huyện Đức Trọng | 26.400 | 31.600 | 119,7
Huyện Lâm Hà | 17.300 | 18.700 | 108,1
Tổng cộng | 264.300 | 312.400 | 118,2

III. CÔNG TÁC BẢO ĐẢM AN TOÀN
Trong năm, Sở chủ trì kiểm tra 17 lượt đơn vị theo Nghị định số 168/2017/NĐ-CP, phát hiện 3 đơn vị vi phạm, xử phạt 45 triệu đồng. Xảy ra 1 sự cố tại điểm vượt thác Datanla làm 2 du khách bị thương nhẹ.

IV. NHIỆM VỤ NĂM 2025
Phấn đấu đón 350.000 lượt khách du lịch mạo hiểm; 100% đơn vị kinh doanh được kiểm tra định kỳ về an toàn; hoàn thành lắp đặt hệ thống cảnh báo lũ tại 8 điểm vượt thác.

Nơi nhận:
- Cục Du lịch Quốc gia Việt Nam;
- UBND tỉnh (b/c);
- Lưu: VT, QLDL.
"""

ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)


def cells(place, nums, anchor_head):
    a23, a24, pct = nums
    loc = {"location": place} if place else {}
    tot = "" if place else "Tổng cộng "
    return [
        fig(f"{anchor_head} | {a23}", a23, float(a23.replace(".", "")), "count", "lượt khách",
            subject=f"{tot}Năm 2023", period=Y23, **loc),
        fig(f"{a23} | {a24}", a24, float(a24.replace(".", "")), "count", "lượt khách",
            subject=f"{tot}Năm 2024", period=Y24, **loc),
        fig(f"{a24} | {pct}", pct, float(pct.replace(",", ".")), "percent", "%",
            subject=f"{tot}So với cùng kỳ (%)", period=inh(Y24), **loc),
    ]


TABLE = (cells("Đà Lạt", ("168.500", "201.300", "119,5"), "Đà Lạt")
         + cells("Lạc Dương", ("52.100", "60.800", "116,7"), "Lạc Dương")
         + cells("Đức Trọng", ("26.400", "31.600", "119,7"), "Đức Trọng")
         + cells("Lâm Hà", ("17.300", "18.700", "108,1"), "Lâm Hà")
         + cells(None, ("264.300", "312.400", "118,2"), "Tổng cộng"))

FIGS = [
    fig("có 23 đơn vị", "23", 23, "count", "đơn vị", change=chg("increase", 4, "đơn vị", "năm 2023"),
        subject="đơn vị kinh doanh dịch vụ du lịch mạo hiểm", period=ASOF),
    fig("gồm: 9 đơn vị", "9", 9, "count", "đơn vị", total=23,
        subject="đơn vị tổ chức vượt thác (canyoning)", period=ASOF),
    fig("6 đơn vị đu dây", "6", 6, "count", "đơn vị", total=23, subject="đơn vị đu dây zipline", period=ASOF),
    fig("5 đơn vị dù lượn", "5", 5, "count", "đơn vị", total=23, subject="đơn vị dù lượn", period=ASOF),
    fig("và 3 đơn vị", "3", 3, "count", "đơn vị", total=23, subject="đơn vị leo núi", period=ASOF),
    fig("phục vụ 312.400 lượt", "312.400", 312400, "count", "lượt khách", percent=104.1,
        change=chg("increase", 18.2, "%", "năm 2023"), subject="lượt khách các đơn vị phục vụ", period=Y24),
    fig("ước đạt 186 tỷ", "186", 186e9, "money", "đồng", status="estimate",
        subject="doanh thu của các đơn vị", period=Y24),
] + TABLE + [
    fig("kiểm tra 17 lượt", "17", 17, "count", "lượt đơn vị", subject="lượt đơn vị được Sở kiểm tra", period=YR),
    fig("phát hiện 3 đơn vị", "3", 3, "count", "đơn vị", subject="đơn vị vi phạm", period=YR),
    fig("xử phạt 45 triệu", "45", 45e6, "money", "đồng", subject="tiền xử phạt đơn vị vi phạm", period=YR),
    fig("Xảy ra 1 sự cố", "1", 1, "count", "sự cố", subject="sự cố tại điểm vượt thác Datanla",
        period=inh(YR)),
    fig("làm 2 du khách", "2", 2, "count", "du khách", subject="du khách bị thương nhẹ", period=inh(YR)),
    fig("đón 350.000 lượt", "350.000", 350000, "count", "lượt khách", status="target",
        subject="lượt khách du lịch mạo hiểm", period=Y25),
    fig("100% đơn vị", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ đơn vị kinh doanh được kiểm tra định kỳ về an toàn", period=Y25),
    fig("tại 8 điểm", "8", 8, "count", "điểm", status="target",
        subject="điểm vượt thác được lắp đặt hệ thống cảnh báo lũ", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH LÂM ĐỒNG / SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Số: 47/BC-SVHTTDL', 'Lâm Đồng, ngày 16 tháng 01 năm 2025'",
    "(published), sections I-IV with 1./2., 'Nơi nhận'. Distractors: document number, letterhead date, 'Đến ngày 31/12/2024' (as-of date),",
    "'Nghị định số 168/2017/NĐ-CP', section numbers, 'Lưu: VT, QLDL'.",
    "'gồm: 9 ..., 6 ..., 5 ... và 3 đơn vị' add up to 23 (total 23). 'tăng 4 đơn vị so với năm 2023' is a change in đơn vị.",
    "Flattened '|' table with 'Đơn vị tính: lượt khách' and a place column: place rows → location (TP Đà Lạt, Lạc Dương, Đức Trọng, Lâm Hà),",
    "'Tổng cộng' → Lâm Đồng. Year columns give the period (scored). 'So với cùng kỳ (%)' cells are percent figures; their header names no",
    "period, the year 2024 is implied (inherited, not scored). Cells get no total.",
    "revised after the first run: table subjects were 'lượt khách du lịch mạo hiểm năm 2023' etc.; FIGURES.md says a cell's subject is",
    "the row label and the column label, a place label going to location, so they are now the column label ('Năm 2023', 'Năm 2024',",
    "'So với cùng kỳ (%)'), with 'Tổng cộng' in front for the total row. 'lượt khách du lịch mạo hiểm' came from the unit line and the title.",
    "Section III 'Trong năm' = 2024 (annual report); the incident sentence inherits it. Section IV: the heading 'NHIỆM VỤ NĂM 2025' gives",
    "the period (inherited: it stands outside the sentence); 'Phấn đấu' governs the three clauses → target.",
]

if __name__ == "__main__":
    write("p1360-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Lâm Đồng")
