"""p1290-3: formal report (UBND tỉnh Sơn La, Số: 112/BC-UBND): dông, lốc, mưa đá 03-06/4/2025, flattened '|' table."""
from lib import fig, per, day, inh, chg, tgt, write

TEXT = """UBND TỈNH SƠN LA
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn La, ngày 08 tháng 4 năm 2025

BÁO CÁO
Thiệt hại do dông, lốc, mưa đá từ ngày 03/4 đến ngày 06/4/2025 và công tác khắc phục hậu quả

I. TÌNH HÌNH THIỆT HẠI
1. Về người: 1 người chết tại huyện Mai Sơn do cây đổ; 4 người bị thương.
2. Về nhà ở: Tổng số nhà bị thiệt hại là 1.046 nhà, tăng gần 2,5 lần so với đợt dông lốc tháng 3/2025; trong đó 7 nhà bị sập, đổ hoàn toàn. Thiệt hại theo địa phương:
Đơn vị tính: nhà; ha; triệu đồng
TT | Huyện, thành phố | Nhà bị tốc mái | Cây trồng bị thiệt hại (ha) | Giá trị thiệt hại (triệu đồng)
1 | Mai Sơn | 412 | 356,2 | 8.450
2 | Yên Châu | 287 | 198,5 | 5.120
3 | Mộc Châu | 205 | 421,0 | 9.870
4 | Thành phố Sơn La | 135 | 24,3 | 1.760
| Tổng cộng | 1.039 | 1.000,0 | 25.200
Ngoài ra, 2 điểm trường bị tốc mái, 64 chuồng trại bị hư hỏng, 215 con gia cầm bị chết.
3. Ước tính thiệt hại: Tổng giá trị thiệt hại ước khoảng 25,2 tỷ đồng, trong đó thiệt hại về cây ăn quả (xoài, nhãn, mận đang ra quả) khoảng 16,3 tỷ đồng, chiếm 64,7%.

II. CÔNG TÁC KHẮC PHỤC HẬU QUẢ
UBND tỉnh đã hỗ trợ gia đình có người chết 10 triệu đồng/người, người bị thương 3 triệu đồng/người; đến ngày 07/4/2025 đã giải ngân 2,8/3,5 tỷ đồng kinh phí hỗ trợ từ ngân sách dự phòng. Các địa phương đã huy động 2.350 lượt người giúp dân lợp lại 894 nhà, đạt 85,5% số nhà bị thiệt hại.
Đài Khí tượng Thủy văn tỉnh dự báo từ nay đến hết tháng 5/2025 có thể xảy ra 3-4 đợt dông, lốc, mưa đá; cấp độ rủi ro thiên tai cấp 1.

Nơi nhận:
- Bộ Nông nghiệp và Môi trường;
- Văn phòng thường trực Ban Chỉ đạo quốc gia về PCTT;
- Lưu: VT, KT.
"""

EV = per("từ ngày 03/4 đến ngày 06/4/2025", "2025-04-03", "2025-04-06", inherited=True)
ASOF = per("đến ngày 07/4/2025", None, "2025-04-07")
FC = per("từ nay đến hết tháng 5/2025", "2025-04-08", "2025-05-31")
MS, YC, MC, TP = "Mai Sơn", "Yên Châu", "Mộc Châu", "Sơn La"
COLS = [("nhà bị tốc mái", "count", "nhà", 1.0),
        ("cây trồng bị thiệt hại", "measure", "ha", 1.0),
        ("giá trị thiệt hại", "money", "đồng", 1e6)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


ROWS = [("Mai Sơn", MS, ["412", "356,2", "8.450"]), ("Yên Châu", YC, ["287", "198,5", "5.120"]),
        ("Mộc Châu", MC, ["205", "421,0", "9.870"]), ("Thành phố Sơn La", TP, ["135", "24,3", "1.760"]),
        ("Tổng cộng", None, ["1.039", "1.000,0", "25.200"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, kind, unit, m), n in zip(COLS, nums):
        kw = {"location": place} if place else {}
        subj = col if place else f"tổng cộng {col}"
        CELLS.append(fig(f"{prev} | {n}", n, num(n) * m, kind, unit, subject=subj, period=EV, **kw))
        prev = n

FIGS = [
    fig("1 người chết", "1", 1, "count", "người", subject="người chết do cây đổ", period=EV, location=MS),
    fig("4 người bị thương", "4", 4, "count", "người", subject="người bị thương", period=EV),
    fig("là 1.046 nhà", "1.046", 1046, "count", "nhà",
        change=chg("increase", 2.5, "lần", "đợt dông lốc tháng 3/2025", approx="nearly"),
        subject="tổng số nhà bị thiệt hại", period=EV),
    fig("đó 7 nhà", "7", 7, "count", "nhà", total=1046, subject="nhà bị sập, đổ hoàn toàn", period=EV),
] + CELLS + [
    fig("2 điểm trường", "2", 2, "count", "điểm trường", subject="điểm trường bị tốc mái", period=EV),
    fig("64 chuồng trại", "64", 64, "count", "chuồng trại", subject="chuồng trại bị hư hỏng", period=EV),
    fig("215 con", "215", 215, "count", "con gia cầm", subject="gia cầm bị chết", period=EV),
    fig("khoảng 25,2 tỷ", "25,2", 25.2e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng giá trị thiệt hại", period=EV),
    fig("khoảng 16,3 tỷ", "16,3", 16.3e9, "money", "đồng", approx="about", status="estimate",
        total=25.2e9, percent=64.7, subject="thiệt hại về cây ăn quả", period=EV),
    fig("chết 10 triệu", "10", 10e6, "money", "đồng/người", subject="hỗ trợ gia đình có người chết"),
    fig("thương 3 triệu", "3", 3e6, "money", "đồng/người", subject="hỗ trợ người bị thương"),
    fig("ngân 2,8/3,5", "2,8", 2.8e9, "money", "đồng", total=3.5e9,
        subject="kinh phí hỗ trợ từ ngân sách dự phòng đã giải ngân", period=ASOF),
    fig("huy động 2.350 lượt", "2.350", 2350, "count", "lượt người",
        subject="lượt người huy động giúp dân lợp lại nhà"),
    fig("lại 894 nhà", "894", 894, "count", "nhà", percent=85.5, subject="nhà được lợp lại"),
    fig("ra 3-4 đợt", "3", 3, "count", "đợt", value_max=4, status="forecast",
        subject="đợt dông, lốc, mưa đá", period=FC),
]

NOTES = [
    "Formal report: 'UBND TỈNH SƠN LA', 'Số: 112/BC-UBND', 'Sơn La, ngày 08 tháng 4 năm 2025' (published), sections I/II, 1.-3., 'Nơi nhận'.",
    "The event period 'từ ngày 03/4 đến ngày 06/4/2025' stands in the title: inherited (not scored) for the damage figures.",
    "Flattened '|' table, 'Đơn vị tính: nhà; ha; triệu đồng' (one unit per column; the money column ×10^6 đồng).",
    "Cells: subject = column label, the row (a district or the city) → location; 'Tổng cộng' row → location Sơn La (province);",
    "row numbers 1-4 are not figures; cells get no total. '1.000,0' = 1000 ha.",
    "'tăng gần 2,5 lần so với đợt dông lốc tháng 3/2025' → change on 1.046 (unit lần, nearly). 'trong đó 7 nhà' → total 1.046.",
    "'16,3 tỷ ... chiếm 64,7%' after 'trong đó' → total 25,2 tỷ and percent; it continues the 'ước' clause → estimate.",
    "'giải ngân 2,8/3,5 tỷ đồng kinh phí' → total 3,5 tỷ (a/b; not a plan). '894 nhà, đạt 85,5%' → percent.",
    "'dự báo từ nay đến hết tháng 5/2025 ... 3-4 đợt' → forecast, period from the report date to 2025-05-31.",
    "Distractors: Số: 112/BC-UBND, the letterhead date, 'tháng 3/2025' as a baseline, section numbers, 'cấp độ rủi ro thiên tai cấp 1' (a level).",
]

if __name__ == "__main__":
    write("p1290-3", TEXT, NOTES, FIGS, published="2025-04-08", location="Sơn La")
