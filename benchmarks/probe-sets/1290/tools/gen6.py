"""p1290-6: department site (Sở NN&PTNT Thái Bình), no dateline, one-cell-per-line table: dông lốc 6 tháng 2024."""
from lib import fig, per, day, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Giới thiệu | Tin tức - Sự kiện | Phòng chống thiên tai | Văn bản | Hỏi đáp

Dông, lốc gây thiệt hại lớn trong 6 tháng đầu năm 2024

Theo Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, 6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 11 đợt dông, lốc, mưa đá, nhiều hơn 4 đợt so với cùng kỳ năm 2023. Đợt nặng nhất ngày 18/5 tại huyện Hưng Hà làm 214 nhà bị tốc mái, 630 ha lúa chiêm xuân bị đổ ngã.

Thiệt hại do dông, lốc, mưa đá
Chỉ tiêu
Năm 2023
6 tháng đầu năm 2024
So với cùng kỳ (%)
Số đợt dông, lốc (đợt)
14
11
157,1
Tổng số nhà bị thiệt hại (nhà)
386
529
210,8
Trong đó: nhà bị sập, đổ
9
12
240,0
Lúa, hoa màu bị đổ ngã (ha)
2.450
1.872
185,3
Giá trị thiệt hại (tỷ đồng)
18,6
23,4
219,7

Tính đến ngày 30/6/2024, các địa phương đã khắc phục xong 517 nhà, đạt 97,7% số nhà bị thiệt hại. Năng suất lúa trên diện tích bị đổ ngã chỉ đạt bình quân 5,2 tấn/ha, thấp hơn 1,1 tấn/ha so với diện tích không bị ảnh hưởng. Quỹ Phòng, chống thiên tai tỉnh đã thu 32,5 tỷ đồng, vượt 8% kế hoạch năm.

Mục tiêu đến năm 2025, 100% xã, thị trấn có phương án ứng phó với dông, lốc, sét, mưa đá.

Tin mới:
- Hướng dẫn chăm sóc lúa mùa sau đợt mưa lớn đầu tháng 7
- Thông báo lịch cắt điện tại trạm bơm Nguyệt Lâm 2

Sở Nông nghiệp và PTNT tỉnh Thái Bình
Địa chỉ: Số 8 Lý Bôn, TP Thái Bình | Điện thoại: 0227.3831.540
Lượt truy cập: 1.204.771 | Đang trực tuyến: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H24 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H24s = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
HH = "Hưng Hà"

ROWS = [("Số đợt dông, lốc (đợt)", "đợt dông, lốc", "count", "đợt", 1.0, ["14", "11", "157,1"]),
        ("Tổng số nhà bị thiệt hại (nhà)", "tổng số nhà bị thiệt hại", "count", "nhà", 1.0, ["386", "529", "210,8"]),
        ("Trong đó: nhà bị sập, đổ", "nhà bị sập, đổ", "count", "nhà", 1.0, ["9", "12", "240,0"]),
        ("Lúa, hoa màu bị đổ ngã (ha)", "diện tích lúa, hoa màu bị đổ ngã", "measure", "ha", 1.0,
         ["2.450", "1.872", "185,3"]),
        ("Giá trị thiệt hại (tỷ đồng)", "giá trị thiệt hại", "money", "đồng", 1e9, ["18,6", "23,4", "219,7"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, subj, kind, unit, m, (a, b, c) in ROWS:
    kw_a, kw_b = {}, {}
    if label.startswith("Trong đó"):
        kw_a, kw_b = {"total": 386}, {"total": 529}
    CELLS.append(fig(f"{label}\n{a}", a, num(a) * m, kind, unit, subject=f"{subj} năm 2023", period=Y23, **kw_a))
    CELLS.append(fig(f"\n{a}\n{b}\n", b, num(b) * m, kind, unit, subject=f"{subj} 6 tháng đầu năm 2024",
                     period=H24, **kw_b))
    CELLS.append(fig(f"\n{b}\n{c}", c, num(c), "percent", "%", subject=f"{subj} so với cùng kỳ"))

FIGS = [
    fig("xảy ra 11 đợt", "11", 11, "count", "đợt", change=chg("increase", 4, "đợt", "cùng kỳ năm 2023"),
        subject="đợt dông, lốc, mưa đá", period=H24s),
    fig("làm 214 nhà", "214", 214, "count", "nhà", subject="nhà bị tốc mái",
        period=day("ngày 18/5", "2024-05-18"), location=HH),
    fig("630 ha", "630", 630, "measure", "ha", subject="diện tích lúa chiêm xuân bị đổ ngã",
        period=day("ngày 18/5", "2024-05-18"), location=HH),
] + CELLS + [
    fig("xong 517 nhà", "517", 517, "count", "nhà", percent=97.7, subject="nhà đã khắc phục xong", period=ASOF),
    fig("quân 5,2 tấn/ha", "5,2", 5.2, "measure", "tấn/ha",
        change=chg("decrease", 1.1, "tấn/ha", "diện tích không bị ảnh hưởng"),
        subject="năng suất lúa trên diện tích bị đổ ngã"),
    fig("thu 32,5 tỷ", "32,5", 32.5e9, "money", "đồng", change=chg("increase", 8, "%", "kế hoạch năm"),
        subject="Quỹ Phòng, chống thiên tai tỉnh đã thu"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="xã, thị trấn có phương án ứng phó với dông, lốc, sét, mưa đá",
        period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Department site (Sở NN&PTNT Thái Bình), no dateline: menu, 'Tin mới' links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'ngày 18/5', 'tháng 7', 'trạm bơm Nguyệt Lâm 2', 'Số 8 Lý Bôn', 0227.3831.540, 1.204.771, 52.",
    "'nhiều hơn 4 đợt so với cùng kỳ năm 2023' → change +4 đợt on 11 đợt. 'ngày 18/5' (year from '6 tháng đầu năm 2024') → one-day period, Hưng Hà.",
    "One-cell-per-line table: header 'Chỉ tiêu | Năm 2023 | 6 tháng đầu năm 2024 | So với cùng kỳ (%)'; unit from the row label",
    "('(tỷ đồng)' → ×10^9 đồng); period from the column (scored); 'So với cùng kỳ (%)' cells are percent figures, no period;",
    "'Trong đó: nhà bị sập, đổ' sub-row → total = the 'Tổng số nhà bị thiệt hại' cell of the same column (part after 'trong đó').",
    "'517 nhà, đạt 97,7%' → percent. '5,2 tấn/ha, thấp hơn 1,1 tấn/ha so với ...' → change −1,1 tấn/ha.",
    "'thu 32,5 tỷ đồng, vượt 8% kế hoạch năm' → change +8% baseline kế hoạch năm (FIGURES.md: a gap to a plan is a change).",
    "'Mục tiêu đến năm 2025, 100% xã, thị trấn ...' → percent target, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1290-6", TEXT, NOTES, FIGS, location="Thái Bình")
