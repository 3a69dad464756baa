"""p1521-8: radio/TV site (Đài PT-TH TP Cần Thơ): fire at a wallpaper warehouse in Ninh Kiều; city fire figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Pháp luật | Truyền hình trực tiếp

Cháy kho giấy dán tường ở Ninh Kiều, thiệt hại hơn 1,5 tỷ đồng

20:15, 28/03/2025

(THTPCT) - Khoảng 14 giờ chiều nay (28/3), kho chứa giấy dán tường và tấm ốp nhựa của Công ty TNHH Nội thất Tây Đô trên đường 30 Tháng 4, quận Ninh Kiều bất ngờ bốc cháy.

Nhận tin báo, Phòng Cảnh sát PCCC và CNCH Công an TP Cần Thơ điều động 6 xe chữa cháy cùng gần 40 cán bộ, chiến sĩ đến hiện trường; gần ba chục hộ dân xung quanh được di dời tài sản ra ngoài. Sau khoảng 2 giờ, đám cháy được khống chế. Vụ cháy thiêu rụi khoảng 300 m2 nhà kho cùng hơn 3.000 cuộn giấy dán tường, thiệt hại ban đầu ước tính hơn 1,5 tỷ đồng; rất may không có thiệt hại về người.

Theo Công an thành phố, quý I/2025, trên địa bàn TP Cần Thơ xảy ra 11 vụ cháy, giảm 4 vụ so với cùng kỳ năm 2024; trong đó 3 vụ tại cơ sở kinh doanh vật liệu trang trí nội thất. Toàn thành phố hiện có 215 cơ sở kinh doanh giấy dán tường, tấm ốp, rèm, thảm. Năm 2024, lực lượng chức năng kiểm tra 198 lượt cơ sở, xử phạt 26 cơ sở với tổng số tiền 540 triệu đồng.

Thượng tá Phan Văn Lợi, Phó Trưởng phòng Cảnh sát PCCC và CNCH, khuyến cáo các cơ sở không chứa hàng dễ cháy trong nhà ở, lắp đặt hệ thống báo cháy tự động; năm 2025, thành phố phấn đấu kiểm tra 100% cơ sở loại này.

Nhóm phóng viên thời sự
Xem thêm: Bản tin Thời sự 19 giờ ngày 28/3/2025
"""

Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
NK = "Ninh Kiều"

FIGS = [
    fig("thiệt hại hơn 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="over",
        subject="thiệt hại vụ cháy kho giấy dán tường", location=NK),
    fig("động 6 xe", "6", 6, "count", "xe chữa cháy", subject="xe chữa cháy được điều động", location=NK),
    fig("gần 40 cán bộ", "40", 40, "count", "cán bộ, chiến sĩ", approx="nearly",
        subject="cán bộ, chiến sĩ đến hiện trường", location=NK),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ dân", approx="nearly",
        subject="hộ dân xung quanh được di dời tài sản", location=NK),
    fig("Sau khoảng 2 giờ", "2", 2, "measure", "giờ", approx="about",
        subject="thời gian khống chế đám cháy", location=NK, optional=True),
    fig("khoảng 300 m2", "300", 300, "measure", "m2", approx="about",
        subject="nhà kho bị thiêu rụi", location=NK),
    fig("hơn 3.000 cuộn", "3.000", 3000, "count", "cuộn", approx="over",
        subject="giấy dán tường bị thiêu rụi", location=NK),
    fig("ước tính hơn 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="over", status="estimate",
        subject="thiệt hại ban đầu", location=NK),
    fig("ra 11 vụ", "11", 11, "count", "vụ cháy", change=chg("decrease", 4, "vụ", "cùng kỳ năm 2024"),
        subject="vụ cháy", period=Q1),
    fig("đó 3 vụ", "3", 3, "count", "vụ", total=11,
        subject="vụ cháy tại cơ sở kinh doanh vật liệu trang trí nội thất", period=Q1),
    fig("có 215 cơ sở", "215", 215, "count", "cơ sở",
        subject="cơ sở kinh doanh giấy dán tường, tấm ốp, rèm, thảm"),
    fig("kiểm tra 198 lượt", "198", 198, "count", "lượt cơ sở", subject="lượt cơ sở được kiểm tra",
        period=Y24),
    fig("xử phạt 26 cơ sở", "26", 26, "count", "cơ sở", subject="cơ sở bị xử phạt", period=Y24),
    fig("tiền 540 triệu", "540", 540e6, "money", "đồng", subject="tổng số tiền xử phạt", period=Y24),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở loại này được kiểm tra", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ, tag '(THTPCT) -', '20:15, 28/03/2025'): a wallpaper warehouse fire in quận Ninh Kiều, city fire figures.",
    "Distractors: '14 giờ chiều nay (28/3)', 'đường 30 Tháng 4', '20:15', 'Bản tin Thời sự 19 giờ ngày 28/3/2025'.",
    "Fire passage: location Ninh Kiều, no period (the event date is a date, not a period). 'gần ba chục hộ' = nearly 30 (number word).",
    "'Sau khoảng 2 giờ' is the firefighting duration (optional: a duration that only places the event in time, or a measured fact).",
    "Headline 'thiệt hại hơn 1,5 tỷ đồng' is its own figure (actual: no cue); body 'ước tính hơn 1,5 tỷ' → estimate + over.",
    "'giảm 4 vụ so với cùng kỳ năm 2024' → change in vụ; '3 vụ' after '; trong đó' → total 11, same sentence (period scored).",
    "'năm 2025, thành phố phấn đấu kiểm tra 100%' → target. Default location Cần Thơ.",
]

if __name__ == "__main__":
    write("p1521-8", TEXT, NOTES, FIGS, published="2025-03-28", location="Cần Thơ")
