from lib import fig, period, inh, change, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 28/BC-UBND                          Độc lập - Tự do - Hạnh phúc
                                        Đồng Nai, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình tiền lương, thưởng Tết Nguyên đán Giáp Thìn 2024
và nợ lương, nợ bảo hiểm xã hội của doanh nghiệp trên địa bàn tỉnh

Thực hiện Công văn số 5120/LĐTBXH-QHLĐTL ngày 12/12/2023 của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh báo cáo như sau:

I. TIỀN LƯƠNG, THƯỞNG TẾT
1. Theo báo cáo của 1.842 doanh nghiệp với 512.370 lao động, tiền lương bình quân năm 2023 ước đạt 8,35 triệu đồng/người/tháng, tăng 5,2% so với năm 2022.
2. Mức thưởng Tết Nguyên đán bình quân dự kiến 5,82 triệu đồng/người, giảm 2,7% so với Tết Nguyên đán 2023. Có 96,4% doanh nghiệp có kế hoạch thưởng Tết; 66 doanh nghiệp (chiếm 3,6%) không thưởng do khó khăn về đơn hàng.

Bảng 1. Tiền lương, thưởng Tết theo loại hình doanh nghiệp
Loại hình | Tiền lương bình quân năm 2023 (triệu đồng/người/tháng) | Thưởng Tết bình quân (triệu đồng/người) | Thưởng Tết cao nhất (triệu đồng/người)
Doanh nghiệp nhà nước | 9,85 | 7,40 | 98,5
Doanh nghiệp FDI | 8,62 | 6,15 | 285
Doanh nghiệp ngoài nhà nước | 7,94 | 5,30 | 156

II. NỢ LƯƠNG, NỢ BẢO HIỂM XÃ HỘI
Tính đến ngày 15/01/2024, trên địa bàn tỉnh có 14 doanh nghiệp nợ lương của 4.126 người lao động với số tiền 23,47 tỷ đồng; trong đó 3 doanh nghiệp có chủ bỏ trốn, nợ 8,9 tỷ đồng. Số nợ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp là 1.086,5 tỷ đồng, chiếm 4,2% số phải thu.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
ASOF = period("Tính đến ngày 15/01/2024", end="2024-01-15")

F = [
    fig("của 1.842 doanh nghiệp", "1.842", 1842, "count", "doanh nghiệp", "doanh nghiệp báo cáo tiền lương", Y23),
    fig("với 512.370 lao động", "512.370", 512370, "count", "lao động", "lao động của các doanh nghiệp báo cáo", Y23),
    fig("ước đạt 8,35 triệu", "8,35", 8_350_000, "money", "đồng/người/tháng", "tiền lương bình quân", Y23, status="estimate",
        change=change("increase", 5.2, baseline="năm 2022")),
    fig("dự kiến 5,82 triệu", "5,82", 5_820_000, "money", "đồng/người", "mức thưởng Tết Nguyên đán bình quân", status="forecast",
        change=change("decrease", 2.7, baseline="Tết Nguyên đán 2023")),
    fig("Có 96,4%", "96,4", 96.4, "percent", "%", "doanh nghiệp có kế hoạch thưởng Tết"),
    fig("66 doanh nghiệp (chiếm", "66", 66, "count", "doanh nghiệp", "doanh nghiệp không thưởng Tết do khó khăn về đơn hàng", percent=3.6),
    # table: units from the column headers, period only where the header names a year
    fig("| 9,85", "9,85", 9_850_000, "money", "đồng/người/tháng", "Tiền lương bình quân doanh nghiệp nhà nước", Y23),
    fig("| 7,40", "7,40", 7_400_000, "money", "đồng/người", "Thưởng Tết bình quân doanh nghiệp nhà nước"),
    fig("| 98,5", "98,5", 98_500_000, "money", "đồng/người", "Thưởng Tết cao nhất doanh nghiệp nhà nước"),
    fig("| 8,62", "8,62", 8_620_000, "money", "đồng/người/tháng", "Tiền lương bình quân doanh nghiệp FDI", Y23),
    fig("| 6,15", "6,15", 6_150_000, "money", "đồng/người", "Thưởng Tết bình quân doanh nghiệp FDI"),
    fig("| 285", "285", 285_000_000, "money", "đồng/người", "Thưởng Tết cao nhất doanh nghiệp FDI"),
    fig("| 7,94", "7,94", 7_940_000, "money", "đồng/người/tháng", "Tiền lương bình quân doanh nghiệp ngoài nhà nước", Y23),
    fig("| 5,30", "5,30", 5_300_000, "money", "đồng/người", "Thưởng Tết bình quân doanh nghiệp ngoài nhà nước"),
    fig("| 156", "156", 156_000_000, "money", "đồng/người", "Thưởng Tết cao nhất doanh nghiệp ngoài nhà nước"),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp nợ lương", ASOF),
    fig("của 4.126 người", "4.126", 4126, "count", "người lao động", "người lao động bị nợ lương", ASOF),
    fig("số tiền 23,47 tỷ", "23,47", 23_470_000_000, "money", "đồng", "số tiền nợ lương", ASOF),
    fig("trong đó 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp nợ lương có chủ bỏ trốn", ASOF, total=14),
    fig("nợ 8,9 tỷ", "8,9", 8_900_000_000, "money", "đồng", "số tiền nợ lương của doanh nghiệp có chủ bỏ trốn", ASOF,
        total=23_470_000_000),
    fig("là 1.086,5 tỷ", "1.086,5", 1_086_500_000_000, "money", "đồng",
        "số nợ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", inh(ASOF), percent=4.2),
]

NOTES = [
    "Formal report UBND tỉnh Đồng Nai Số 28/BC-UBND (22/01/2024): wages 2023, Tết bonus 2024, wage and social-insurance arrears; flattened '|' table.",
    "Distractors: Số: 28/BC-UBND, Công văn số 5120/LĐTBXH-QHLĐTL ngày 12/12/2023, section numbers I./II./1./2., 'Bảng 1', signature block.",
    "Table: units and multiplier from the column headers; only the salary column names a year (năm 2023 -> period); Tết-bonus columns get no period.",
    "'dự kiến 5,82 triệu' is forecast; '66 doanh nghiệp (chiếm 3,6%)' -> percent 3.6, no total (1.842 is not stated as its whole).",
    "'trong đó 3 doanh nghiệp …, nợ 8,9 tỷ đồng': parts of 14 doanh nghiệp and of 23,47 tỷ đồng respectively. The place-and-date line is the published date.",
]

write("p486-3", TEXT, NOTES, F, published="2024-01-22", location="Đồng Nai")
