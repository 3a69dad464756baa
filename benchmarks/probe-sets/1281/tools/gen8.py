"""p1281-8: radio/TV site (Đài PT-TH Hải Dương): cage-fish farmers and feed prices; a farmer in Chí Linh; a feed mill in Nam Sách."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự | Kinh tế | Xã hội | Truyền hình | Phát thanh

Người nuôi cá lồng lo giá thức ăn neo cao

Thứ Tư, 20/11/2024 - 10:12

▶ Xem video (03:25)

Toàn tỉnh Hải Dương hiện có 1.826 lồng nuôi cá trên sông Kinh Thầy, sông Thái Bình và sông Luộc, tăng 94 lồng so với cuối năm 2023. Sản lượng cá lồng 10 tháng đầu năm 2024 ước đạt 7.450 tấn. Tuy nhiên, giá thức ăn công nghiệp cho cá rô phi, cá điêu hồng vẫn ở mức cao, 13.500-15.000 đồng/kg.

Tại phường Cộng Hòa, TP Chí Linh, anh Phạm Văn Tiến nuôi 12 lồng cá điêu hồng, mỗi lồng thả khoảng 2.500 con. Mỗi tháng, trại của anh dùng hết 9-10 tấn thức ăn, riêng tiền thức ăn đã gần 140 triệu đồng. "Giá cá điêu hồng thương phẩm chỉ 38.000-40.000 đồng/kg, trừ chi phí lãi khoảng 3.000 đồng/kg" - anh Tiến nói.

Ở huyện Nam Sách, Công ty TNHH Thức ăn chăn nuôi Hồng Hà Việt đã dành một dây chuyền công suất 5 tấn/giờ chuyên sản xuất thức ăn cá, cung cấp khoảng 60% lượng thức ăn cho người nuôi cá lồng. Công ty dự kiến hỗ trợ 1.000 đồng/kg trong quý I năm 2025 cho các hộ mua từ 5 tấn trở lên.

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2025 tỉnh phấn đấu sản lượng nuôi trồng thủy sản đạt 108.000 tấn, trong đó cá lồng trên 8.500 tấn.

Phóng viên: Thu Trang - Văn Khánh
Từ khóa: thức ăn thủy sản, cá lồng, Chí Linh

Tin khác:
- Hải Dương: thả cá giống tái tạo nguồn lợi thủy sản năm 2024
"""

M10 = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
Q1 = per("quý I năm 2025", "2025-01-01", "2025-03-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
CL = "Chí Linh"
NS = "Nam Sách"

FIGS = [
    fig("có 1.826 lồng", "1.826", 1826, "count", "lồng", change=chg("increase", 94, "lồng", "cuối năm 2023"),
        subject="lồng nuôi cá"),
    fig("ước đạt 7.450 tấn", "7.450", 7450, "measure", "tấn", status="estimate",
        subject="sản lượng cá lồng", period=M10),
    fig("cao, 13.500-15.000", "13.500", 13500, "money", "đồng/kg", value_max=15000,
        subject="giá thức ăn công nghiệp cho cá rô phi, cá điêu hồng"),
    fig("nuôi 12 lồng", "12", 12, "count", "lồng", subject="lồng cá điêu hồng anh Tiến nuôi", location=CL),
    fig("khoảng 2.500 con", "2.500", 2500, "measure", "con/lồng", approx="about",
        subject="cá thả mỗi lồng", location=CL),
    fig("hết 9-10 tấn", "9", 9, "measure", "tấn/tháng", value_max=10,
        subject="thức ăn trại dùng mỗi tháng", location=CL),
    fig("gần 140 triệu", "140", 140e6, "money", "đồng/tháng", approx="nearly",
        subject="tiền thức ăn mỗi tháng", location=CL),
    fig("chỉ 38.000-40.000", "38.000", 38000, "money", "đồng/kg", value_max=40000,
        subject="giá cá điêu hồng thương phẩm", location=CL),
    fig("lãi khoảng 3.000", "3.000", 3000, "money", "đồng/kg", approx="about", subject="lãi sau khi trừ chi phí",
        location=CL),
    fig("dành một dây chuyền", "một", 1, "count", "dây chuyền",
        subject="dây chuyền chuyên sản xuất thức ăn cá", location=NS),
    fig("công suất 5 tấn/giờ", "5", 5, "measure", "tấn/giờ", subject="công suất dây chuyền", location=NS),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="lượng thức ăn công ty cung cấp cho người nuôi cá lồng", location=NS),
    fig("hỗ trợ 1.000 đồng/kg", "1.000", 1000, "money", "đồng/kg", status="forecast",
        subject="mức hỗ trợ giá thức ăn", period=Q1, location=NS),
    fig("từ 5 tấn trở lên", "5", 5, "measure", "tấn", approx="at_least",
        subject="lượng thức ăn mua tối thiểu để được hỗ trợ", location=NS, optional=True),
    fig("đạt 108.000 tấn", "108.000", 108000, "measure", "tấn", status="target",
        subject="sản lượng nuôi trồng thủy sản", period=Y25),
    fig("trên 8.500 tấn", "8.500", 8500, "measure", "tấn", approx="over", total=108000, status="target",
        subject="sản lượng cá lồng", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hải Dương): menu, 'Thứ Tư, 20/11/2024 - 10:12', video duration '(03:25)', reporters, tags, 'Tin khác'.",
    "Distractors: 10:12, video duration 03:25, 'phường Cộng Hòa', 'cuối năm 2023' (a baseline), 'năm 2024' in a link title.",
    "'tăng 94 lồng so với cuối năm 2023' → change of 1.826 lồng ('hiện': no period).",
    "Farmer in TP Chí Linh: location Chí Linh; 'Mỗi tháng' governs the sentence (tấn/tháng, đồng/tháng); 'mỗi lồng ... 2.500 con' → con/lồng.",
    "Mill in huyện Nam Sách: location Nam Sách; 'một dây chuyền' = 1; 'dự kiến hỗ trợ ... quý I năm 2025' → forecast;",
    "'từ 5 tấn trở lên' is an eligibility threshold, not a fact (optional).",
    "revised after the first run: subject of 'trừ chi phí lãi khoảng 3.000 đồng/kg' 'lãi' → 'lãi sau khi trừ chi phí' (the sentence's qualifier).",
    "'năm 2025 tỉnh phấn đấu' → target; 'trong đó cá lồng trên 8.500 tấn' → total 108.000, over, target.",
]

if __name__ == "__main__":
    write("p1281-8", TEXT, NOTES, FIGS, published="2024-11-20", location="Hải Dương")
