"""p1307-7: news agency (TTXVN): grafted local jujube (táo ta ghép) in Hải Dương, a cooperative in Gia Lộc."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Nông nghiệp

Hải Dương: Táo ta ghép cành cho thu nhập cao

19/11/2024 14:05

Hải Dương (TTXVN) - Những năm gần đây, nhiều nông dân Hải Dương đã chuyển đất trồng lúa kém hiệu quả sang trồng táo ta ghép cành, giống táo lai Đài Loan và táo Thiện Phiến.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có hơn 600 ha táo, trong đó táo ta ghép khoảng 420 ha, tập trung chủ yếu tại huyện Gia Lộc (215 ha) và Tứ Kỳ (118 ha). Năng suất táo ta ghép bình quân 25-30 tấn/ha; đầu vụ táo 2024-2025, giá bán tại vườn từ 20.000 đến 25.000 đồng/kg.

Dọc Quốc lộ 37 qua xã Yết Kiêu (huyện Gia Lộc), Hợp tác xã Dịch vụ nông nghiệp Yết Kiêu có 36 thành viên, gồm 30 hộ trồng táo và 6 hộ thu mua, tiêu thụ. Năm 2023, hợp tác xã đạt doanh thu 9,8 tỷ đồng, vượt 12% kế hoạch, xếp thứ 3 trong các hợp tác xã nông nghiệp của huyện. Ông Vũ Đức Thịnh, Giám đốc hợp tác xã cho biết, mỗi sào táo (360 m2) cho thu nhập 18-20 triệu đồng/năm, cao gấp 4 lần cấy lúa.

Theo Cục Thống kê tỉnh, 10 tháng năm 2024, giá trị sản xuất cây ăn quả của tỉnh ước đạt 6.200 tỷ đồng, tăng 4,8% so với cùng kỳ, trong đó táo đóng góp gần 310 tỷ đồng.

Tỉnh Hải Dương đặt mục tiêu đến năm 2025 nâng diện tích táo lên 700 ha, hình thành ít nhất hai vùng sản xuất tập trung, mỗi vùng từ 50 ha trở lên.

(TTXVN/Vietnam+)
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T25 = per("đến năm 2025", None, "2025-12-31")
GL = "Gia Lộc"
LIST = "diện tích táo ta ghép"

FIGS = [
    fig("hơn 600 ha", "600", 600, "measure", "ha", approx="over", subject="diện tích táo toàn tỉnh"),
    fig("khoảng 420 ha", "420", 420, "measure", "ha", approx="about", total=600, subject="diện tích táo ta ghép"),
    fig("Gia Lộc (215 ha)", "215", 215, "measure", "ha", subject=LIST, location=GL),
    fig("Tứ Kỳ (118 ha)", "118", 118, "measure", "ha", subject=LIST, location="Tứ Kỳ"),
    fig("bình quân 25-30", "25", 25, "measure", "tấn/ha", value_max=30, subject="năng suất táo ta ghép bình quân"),
    fig("từ 20.000 đến 25.000", "20.000", 20000, "money", "đồng/kg", value_max=25000, subject="giá bán tại vườn"),
    fig("có 36 thành viên", "36", 36, "count", "thành viên", subject="thành viên hợp tác xã", location=GL),
    fig("gồm 30 hộ", "30", 30, "count", "hộ", total=36, subject="hộ trồng táo", location=GL),
    fig("và 6 hộ", "6", 6, "count", "hộ", total=36, subject="hộ thu mua, tiêu thụ", location=GL),
    fig("doanh thu 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", change=chg("increase", 12, "%", "kế hoạch"),
        subject="doanh thu hợp tác xã", period=Y23, location=GL),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="doanh thu hợp tác xã",
        period=Y23, location=GL),
    fig("(360 m2)", "360", 360, "measure", "m2", subject="diện tích một sào", optional=True, location=GL),
    fig("thu nhập 18-20 triệu", "18", 18e6, "money", "đồng/sào/năm", value_max=20e6,
        change=chg("increase", 4, "lần", "cấy lúa"), subject="thu nhập mỗi sào táo", location=GL),
    fig("ước đạt 6.200 tỷ", "6.200", 6200e9, "money", "đồng", status="estimate",
        change=chg("increase", 4.8, "%", "cùng kỳ"), subject="giá trị sản xuất cây ăn quả của tỉnh", period=M10),
    fig("gần 310 tỷ", "310", 310e9, "money", "đồng", approx="nearly", total=6200e9, status="estimate",
        subject="giá trị sản xuất táo đóng góp", period=M10),
    fig("lên 700 ha", "700", 700, "measure", "ha", status="target", subject="diện tích táo", period=T25),
    fig("ít nhất hai vùng", "hai", 2, "count", "vùng", approx="at_least", status="target",
        subject="vùng sản xuất tập trung", period=T25),
    fig("từ 50 ha trở lên", "50", 50, "measure", "ha", approx="at_least", status="target",
        subject="quy mô mỗi vùng sản xuất tập trung", period=T25),
]

NOTES = [
    "News agency (TTXVN): section menu, '19/11/2024 14:05', 'Hải Dương (TTXVN) -', '(TTXVN/Vietnam+)' at the end.",
    "Distractors: 14:05, 'Những năm gần đây', 'vụ táo 2024-2025' (a season name), 'Quốc lộ 37', '(TTXVN/Vietnam+)'.",
    "'hơn 600 ha táo, trong đó táo ta ghép khoảng 420 ha' → total 600; the district list after 'tập trung chủ yếu tại' has no",
    "cue and does not add up to 420 → no total, districts → location.",
    "'gồm 30 hộ trồng táo và 6 hộ thu mua' → parts of 36 thành viên (30 + 6 = 36). 'vượt 12% kế hoạch' → change, baseline kế hoạch.",
    "'xếp thứ 3 trong các hợp tác xã nông nghiệp của huyện' → rank 3 (Năm 2023, location Gia Lộc).",
    "revised after the first run: rank subject 'doanh thu hợp tác xã trong các hợp tác xã nông nghiệp của huyện' → 'doanh thu hợp",
    "tác xã' (the ranked index only; the field of the ranking is left out, as 'toàn quốc' in the shared gold's ranks).",
    "Optional: '(360 m2)' defines the unit sào (a conversion, not a fact about the cooperative).",
    "'mỗi sào táo ... 18-20 triệu đồng/năm, cao gấp 4 lần cấy lúa' → unit đồng/sào/năm; 'gấp 4 lần' after an amount → change.",
    "'10 tháng năm 2024' → Jan–Oct 2024; 'trong đó táo đóng góp gần 310 tỷ' → total 6.200 tỷ, estimate carried.",
    "'từ 50 ha trở lên' = at least 50 ha → at_least; 'ít nhất hai vùng' → at_least; all three under 'đặt mục tiêu' → target.",
]

if __name__ == "__main__":
    write("p1307-7", TEXT, NOTES, FIGS, published="2024-11-19", location="Hải Dương")
