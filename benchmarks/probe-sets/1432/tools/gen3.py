"""p1432-3: formal report (UBND tỉnh Hưng Yên, Số: 27/BC-UBND): stevia 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển cây cỏ ngọt năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích cỏ ngọt toàn tỉnh đạt 242,6 ha, tăng 10,9% so với năm 2023, đạt 97% kế hoạch. Năng suất lá khô bình quân 3,5 tấn/ha; sản lượng đạt 849 tấn, tăng 14,3%.

Diện tích cỏ ngọt phân theo huyện
Đơn vị tính: ha
Huyện | Năm 2023 | Năm 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Khoái Châu | 96,4 | 112,0 | 125,0 | 116,2
Kim Động | 58,7 | 63,5 | 70,0 | 108,2
Văn Giang | 41,2 | 39,8 | 40,0 | 96,6
Các huyện khác | 22,5 | 27,3 | 35,0 | 121,3
Tổng cộng | 218,8 | 242,6 | 270,0 | 110,9

2. Liên kết, tiêu thụ
Toàn tỉnh có 4 hợp tác xã và 1 doanh nghiệp tham gia chuỗi liên kết, bao tiêu 620 tấn, chiếm 73% sản lượng. Giá cỏ ngọt khô bình quân năm 2024 là 34.500 đồng/kg, giảm 5,5% so với năm 2023. Thực hiện Quyết định số 1875/QĐ-UBND, ngân sách tỉnh hỗ trợ 1,86 tỷ đồng mua giống, phân bón cho 57 ha trồng mới.

II. NHIỆM VỤ NĂM 2025
Phấn đấu diện tích cỏ ngọt đạt 270 ha, sản lượng lá khô trên 950 tấn; xây dựng thêm 2 vùng nguyên liệu đạt chứng nhận VietGAP, quy mô mỗi vùng từ 15 ha trở lên.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT1.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Khánh
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
SEC1 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
SEC2 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [("năm 2023", Y23c, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target"),
        ("so với cùng kỳ", inh(Y24), None)]
ROWS = [("Khoái Châu", ["96,4", "112,0", "125,0", "116,2"]),
        ("Kim Động", ["58,7", "63,5", "70,0", "108,2"]),
        ("Văn Giang", ["41,2", "39,8", "40,0", "96,6"]),
        ("Các huyện khác", ["22,5", "27,3", "35,0", "121,3"]),
        ("Tổng cộng", ["218,8", "242,6", "270,0", "110,9"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, period, status), n in zip(COLS, nums):
            v = float(n.replace(",", "."))
            if label == "Khoái Châu" or label == "Kim Động" or label == "Văn Giang":
                subj, loc = f"diện tích cỏ ngọt {col}", label
            elif label == "Các huyện khác":
                subj, loc = f"diện tích cỏ ngọt các huyện khác {col}", None
            else:
                subj, loc = f"tổng diện tích cỏ ngọt {col}", None
            kw = {}
            if status:
                kw["status"] = status
            if loc:
                kw["location"] = loc
            if col == "so với cùng kỳ":
                out.append(fig(f"{prev} | {n}", n, v, "percent", "%", subject=subj, period=period, **kw))
            else:
                out.append(fig(f"{prev} | {n}", n, v, "measure", "ha", subject=subj, period=period, **kw))
            prev = n
    return out


FIGS = [
    fig("đạt 242,6 ha", "242,6", 242.6, "measure", "ha", percent=97,
        change=chg("increase", 10.9, "%", "năm 2023"), subject="diện tích cỏ ngọt toàn tỉnh", period=Y24),
    fig("bình quân 3,5 tấn/ha", "3,5", 3.5, "measure", "tấn/ha",
        subject="năng suất lá khô bình quân", period=inh(Y24)),
    fig("đạt 849 tấn", "849", 849, "measure", "tấn", change=chg("increase", 14.3, "%"),
        subject="sản lượng", period=inh(Y24)),
] + cells() + [
    fig("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã",
        subject="hợp tác xã tham gia chuỗi liên kết"),
    fig("và 1 doanh nghiệp", "1", 1, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia chuỗi liên kết"),
    fig("bao tiêu 620 tấn", "620", 620, "measure", "tấn", percent=73,
        subject="sản lượng được bao tiêu", period=SEC1),
    fig("là 34.500 đồng/kg", "34.500", 34500, "money", "đồng/kg",
        change=chg("decrease", 5.5, "%", "năm 2023"), subject="giá cỏ ngọt khô bình quân", period=Y24b),
    fig("hỗ trợ 1,86 tỷ", "1,86", 1.86e9, "money", "đồng",
        subject="ngân sách tỉnh hỗ trợ mua giống, phân bón", period=SEC1),
    fig("cho 57 ha", "57", 57, "measure", "ha",
        subject="diện tích trồng mới được hỗ trợ", period=SEC1),
    fig("đạt 270 ha", "270", 270, "measure", "ha", status="target",
        subject="diện tích cỏ ngọt", period=SEC2),
    fig("trên 950 tấn", "950", 950, "measure", "tấn", approx="over", status="target",
        subject="sản lượng lá khô", period=SEC2),
    fig("thêm 2 vùng", "2", 2, "count", "vùng nguyên liệu", status="target",
        subject="vùng nguyên liệu đạt chứng nhận VietGAP xây dựng thêm", period=SEC2),
    fig("từ 15 ha trở lên", "15", 15, "measure", "ha", approx="at_least", status="target",
        subject="quy mô mỗi vùng", period=SEC2),
]

NOTES = [
    "Formal report: 'UBND TỈNH HƯNG YÊN', 'Số: 27/BC-UBND', 'Hưng Yên, ngày 15 tháng 01 năm 2025', sections I/II and 1-2, 'Nơi nhận', signature.",
    "Distractors: Số 27/BC-UBND, Quyết định số 1875/QĐ-UBND, 'KT1', section numbers, the letterhead date.",
    "'đạt 97% kế hoạch' → percent; 'tăng 14,3%' without a baseline → change with no baseline; periods of sentence 2 inherited.",
    "Flattened '|' table, 'Đơn vị tính: ha': district rows → location; subject = indicator + column; periods from column headers",
    "(scored); 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures (2024 as % of 2023), status actual (the",
    "header has no cue), period 2024 marked inherited (the header states none). 'Các huyện khác'/'Tổng cộng' → Hưng Yên. No totals for cells.",
    "Section I figures without a period of their own inherit 'NĂM 2024' from the heading; section II targets inherit 'NĂM 2025'.",
    "'từ 15 ha trở lên' = at least 15 ha (at_least). 'Phấn đấu' governs the whole section-II sentence (target).",
]

if __name__ == "__main__":
    write("p1432-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Hưng Yên")
