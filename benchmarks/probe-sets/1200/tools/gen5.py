"""p1200-5: Party newspaper (Báo Nghệ An), fiber internet for highland schools; a school in Kỳ Sơn."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Internet cáp quang về với trường vùng cao Nghệ An

Tính đến tháng 10/2024, toàn tỉnh Nghệ An có 1.618 trường học được kết nối internet cáp quang, chiếm 96,3% tổng số trường, tăng 41 trường so với cùng kỳ năm 2023. Riêng 6 huyện miền núi cao còn 62 điểm trường lẻ chưa có đường truyền, phần lớn ở Kỳ Sơn, Tương Dương và Quế Phong.

Trường Phổ thông Dân tộc bán trú Tiểu học Mường Lống 1 (huyện Kỳ Sơn) nằm ở độ cao hơn 1.500 m, cách trung tâm huyện khoảng 50 km. Tháng 9 vừa qua, VNPT Nghệ An kéo tuyến cáp quang dài 7 km lên xã Mường Lống, đường truyền tốc độ 300 Mbps được lắp đặt miễn phí cho nhà trường. Mỗi tháng, trường được ngân sách tỉnh hỗ trợ 250.000 đồng tiền cước.

Thầy Lô Văn Hùng, Hiệu trưởng nhà trường cho biết, trường có 412 học sinh, trong đó 386 em là người Mông. "Trước đây, giáo viên phải ra thị trấn Mường Xén, cách hơn 40 km, để gửi báo cáo. Nay 100% giáo viên đã dạy bằng bài giảng điện tử", thầy Hùng nói.

Theo Sở Giáo dục và Đào tạo, năm học vừa qua, ngành đã phối hợp với Viettel, VNPT kéo cáp quang đến 57 điểm trường, kinh phí gần 3,6 tỷ đồng do các doanh nghiệp tài trợ. Giai đoạn 2025-2026, tỉnh dự kiến dành khoảng 18 tỷ đồng để kéo cáp quang đến các điểm trường lẻ còn lại; phấn đấu đến hết năm 2026, 100% điểm trường có học sinh bán trú được kết nối internet băng rộng.

KHÁNH LY
25/11/2024
"""

ASOF = per("Tính đến tháng 10/2024", None, "2024-10-31")
SEP = per("Tháng 9 vừa qua", "2024-09-01", "2024-09-30")
G2526 = per("Giai đoạn 2025-2026", "2025-01-01", "2026-12-31")
BY26 = per("đến hết năm 2026", None, "2026-12-31")
KS = "Kỳ Sơn"

FIGS = [
    fig("có 1.618 trường", "1.618", 1618, "count", "trường học", percent=96.3,
        change=chg("increase", 41, "trường", "cùng kỳ năm 2023"),
        subject="trường học được kết nối internet cáp quang", period=ASOF),
    fig("Riêng 6 huyện", "6", 6, "count", "huyện", optional=True, subject="huyện miền núi cao"),
    fig("còn 62 điểm trường", "62", 62, "count", "điểm trường lẻ",
        subject="điểm trường lẻ chưa có đường truyền ở 6 huyện miền núi cao", period=inh(ASOF)),
    fig("hơn 1.500 m", "1.500", 1500, "measure", "m", approx="over",
        subject="độ cao của trường", location=KS),
    fig("khoảng 50 km", "50", 50, "measure", "km", approx="about",
        subject="khoảng cách từ trường đến trung tâm huyện", location=KS),
    fig("dài 7 km", "7", 7, "measure", "km", subject="tuyến cáp quang lên xã Mường Lống",
        period=SEP, location=KS),
    fig("tốc độ 300 Mbps", "300", 300, "measure", "Mbps", subject="tốc độ đường truyền lắp cho nhà trường",
        location=KS),
    fig("hỗ trợ 250.000 đồng", "250.000", 250000, "money", "đồng/tháng",
        subject="tiền cước ngân sách tỉnh hỗ trợ trường", location=KS),
    fig("có 412 học sinh", "412", 412, "count", "học sinh", subject="học sinh của trường", location=KS),
    fig("386 em", "386", 386, "count", "em", total=412, subject="học sinh là người Mông", location=KS),
    fig("cách hơn 40 km", "40", 40, "measure", "km", approx="over",
        subject="khoảng cách đến thị trấn Mường Xén", location=KS),
    fig("Nay 100% giáo viên", "100", 100, "percent", "%",
        subject="giáo viên đã dạy bằng bài giảng điện tử", location=KS),
    fig("đến 57 điểm trường", "57", 57, "count", "điểm trường", subject="điểm trường được kéo cáp quang đến"),
    fig("gần 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", approx="nearly",
        subject="kinh phí kéo cáp quang do các doanh nghiệp tài trợ"),
    fig("khoảng 18 tỷ đồng", "18", 18e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí kéo cáp quang đến các điểm trường lẻ còn lại", period=G2526),
    fig("2026, 100% điểm trường", "100", 100, "percent", "%", status="target",
        subject="điểm trường có học sinh bán trú được kết nối internet băng rộng", period=BY26),
]

NOTES = [
    "Party newspaper (Báo Nghệ An): byline 'KHÁNH LY' and bare date '25/11/2024' at the end. Province figures + a school in huyện Kỳ Sơn.",
    "Distractors: school name 'Mường Lống 1', 'Giai đoạn 2025-2026' (a period), 'Tháng 9 vừa qua' (a period).",
    "School passage figures (altitude, distances, line, fee, pupils, teachers) are located in Kỳ Sơn. 'năm học vừa qua' is left",
    "without a period (a school year has no fixed dates in the spec). '6 huyện miền núi cao' names a group: optional.",
    "'Tháng 9 vừa qua' takes 2024 from 'tháng 10/2024' earlier. The support 'Mỗi tháng ... 250.000 đồng' is a per-month rate.",
]

if __name__ == "__main__":
    build("p1200-5", TEXT, NOTES, FIGS, published="2024-11-25", location="Nghệ An")
