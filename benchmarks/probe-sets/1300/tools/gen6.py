"""p1300-6: department site (Chi cục Thủy sản Kiên Giang), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC THỦY SẢN TỈNH KIÊN GIANG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Nuôi hải sâm ở Kiên Giang tăng trưởng khá

Năm 2024, diện tích nuôi hải sâm toàn tỉnh ước đạt 540 ha, tăng 65 ha so với năm trước; số con giống thả nuôi ước khoảng 7,4 triệu con, trong đó giống sản xuất trong tỉnh chiếm 58%. Hải sâm được nuôi lồng, nuôi đăng quầng ven các đảo và nuôi ghép trong ao tôm.

Sản lượng hải sâm nuôi phân theo địa phương
Đơn vị tính: tấn
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Phú Quốc
168,4
195,0
210
Huyện Kiên Hải
92,6
88,3
95
Huyện Kiên Lương
35,0
47,5
55
Tổng cộng
296,0
330,8
360

Tại huyện Kiên Hải, sản lượng giảm do đợt nắng nóng kéo dài làm khoảng 15% số lồng nuôi bị thiệt hại.

Giá hải sâm đen tươi thu mua tại các đảo dao động 90.000-110.000 đồng/kg; hải sâm vú khô bán tại TP Phú Quốc có giá trên 5 triệu đồng/kg.

Chi cục đang phối hợp với Trường Đại học Nha Trang thực hiện đề tài sản xuất giống hải sâm vú, dự kiến năm 2025 cung cấp 200.000 con giống cho người nuôi.

Bài viết khác:
- Lịch thời vụ thả giống tôm nước lợ năm 2025
- Kiểm tra cơ sở sản xuất giống thủy sản đợt 2

CHI CỤC THỦY SẢN TỈNH KIÊN GIANG
Địa chỉ: 1196 Nguyễn Trung Trực, phường An Bình, TP Rạch Giá
Điện thoại: 0297.3862.215
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("TP Phú Quốc", "Phú Quốc", ["168,4", "195,0", "210"]),
        ("Huyện Kiên Hải", "Kiên Hải", ["92,6", "88,3", "95"]),
        ("Huyện Kiên Lương", "Kiên Lương", ["35,0", "47,5", "55"]),
        ("Tổng cộng", None, ["296,0", "330,8", "360"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"sản lượng hải sâm nuôi {col.lower()}"
        else:
            subj = f"sản lượng hải sâm nuôi tổng cộng {col.lower()}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "measure", "tấn",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 540 ha", "540", 540, "measure", "ha", status="estimate",
        change=chg("increase", 65, "ha", "năm trước"), subject="diện tích nuôi hải sâm toàn tỉnh", period=Y24),
    fig("ước khoảng 7,4 triệu", "7,4", 7.4e6, "count", "con", approx="about", status="estimate",
        subject="số con giống thả nuôi", period=Y24),
    fig("chiếm 58%", "58", 58, "percent", "%", status="estimate",
        subject="tỷ trọng giống sản xuất trong tỉnh trong số con giống thả nuôi", period=Y24),
] + CELLS + [
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about", subject="số lồng nuôi bị thiệt hại",
        location="Kiên Hải"),
    fig("90.000-110.000", "90.000", 90000, "money", "đồng/kg", value_max=110000,
        subject="giá hải sâm đen tươi thu mua tại các đảo"),
    fig("trên 5 triệu", "5", 5e6, "money", "đồng/kg", approx="over", subject="giá hải sâm vú khô",
        location="Phú Quốc"),
    fig("cung cấp 200.000 con", "200.000", 200000, "count", "con giống", status="forecast",
        subject="con giống hải sâm vú cung cấp cho người nuôi", period=y25),
]

NOTES = [
    "Department site (Chi cục Thủy sản Kiên Giang), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: '1196 Nguyễn Trung Trực', phone 0297.3862.215, 'Lượt truy cập: 1.204.377', 'đợt 2', 'năm 2025' in a link title.",
    "First sentence: 'ước đạt 540 ha, tăng 65 ha so với năm trước' (change in ha); 'ước khoảng 7,4 triệu con' (estimate + about);",
    "'trong đó giống sản xuất trong tỉnh chiếm 58%' is a percent figure of its own; it continues the estimate clause (estimate).",
    "One-cell-per-line table, 'Đơn vị tính: tấn', place column: a district/city row gives the cell's location (Phú Quốc, Kiên Hải,",
    "Kiên Lương); the 'Tổng cộng' row stays Kiên Giang. Subject = caption indicator + column label (+ 'tổng cộng').",
    "Period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells carry no total.",
    "'khoảng 15% số lồng nuôi bị thiệt hại' in Kiên Hải; 'hải sâm vú khô bán tại TP Phú Quốc' → Phú Quốc; island buying price → province.",
    "'dự kiến năm 2025 cung cấp 200.000 con giống' → forecast, period năm 2025.",
]

if __name__ == "__main__":
    write("p1300-6", TEXT, NOTES, FIGS, location="Kiên Giang")
