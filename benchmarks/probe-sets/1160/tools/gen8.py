"""p1160-8: provincial newspaper online (Báo Lào Cai, '(BLC) -'): Bưu điện tỉnh H1 2025, BĐVHX, stamp club."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế

Bưu điện tỉnh Lào Cai: Doanh thu 6 tháng tăng gần 10%

18/07/2025 09:12

(BLC) - 6 tháng đầu năm 2025, Bưu điện tỉnh Lào Cai đạt tổng doanh thu 86,4 tỷ đồng, bằng 52% kế hoạch năm, tăng 9,8% so với cùng kỳ năm 2024. Trong đó, doanh thu dịch vụ bưu chính công ích và hành chính công đạt 12,7 tỷ đồng, chiếm 14,7% tổng doanh thu.

Các huyện có doanh thu bưu chính công ích cao là Bảo Thắng, Bát Xát và Văn Bàn, lần lượt đạt 3,2 tỷ, 2,7 tỷ và 2,1 tỷ đồng. Toàn tỉnh hiện có 127 điểm bưu điện văn hóa xã, trong đó 41 điểm đã được trang bị máy tính để hỗ trợ người dân nộp hồ sơ trực tuyến.

Tại điểm BĐVHX xã Y Tý (huyện Bát Xát), cách trung tâm huyện khoảng 70 km, từ đầu năm đến nay chị Sần Thị Mẩy đã hướng dẫn 318 lượt người dân nộp hồ sơ trực tuyến và chi trả trợ cấp cho 96 hộ nghèo. Thu nhập từ công việc ở điểm bưu điện khoảng 4 triệu đồng/tháng, đủ để chị trang trải cuộc sống.

Hướng tới kỷ niệm 80 năm Ngày truyền thống ngành Bưu điện (15/8/1945 - 15/8/2025), Bưu điện tỉnh phối hợp với Câu lạc bộ Tem Lào Cai trưng bày 24 khung tem tại Nhà văn hóa tỉnh, bán ra hơn 850 bộ tem. Câu lạc bộ hiện có 32 hội viên, sinh hoạt định kỳ tại Bưu điện thành phố Lào Cai, số 001 đường Hoàng Liên.

6 tháng cuối năm, Bưu điện tỉnh phấn đấu đạt doanh thu từ 80 đến 85 tỷ đồng; dự kiến mở thêm 15 điểm bán tem tại các trường THCS.

MINH HẢI
"""

H1 = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
H1h = P("Doanh thu 6 tháng", "2025-01-01", "2025-06-30")
YTD = P("từ đầu năm đến nay", "2025-01-01", "2025-07-18")
H2 = P("6 tháng cuối năm", "2025-07-01", "2025-12-31")
BX = "Bát Xát"
LIST = "doanh thu bưu chính công ích"

FIGS = [
    F("tăng gần 10%", "10", 10, "percent", "%", approx="nearly",
      subject="doanh thu Bưu điện tỉnh Lào Cai", period=H1h),
    F("doanh thu 86,4 tỷ", "86,4", 86.4e9, "money", "đồng", percent=52,
      change=C("increase", 9.8, "%", "cùng kỳ năm 2024"),
      subject="tổng doanh thu Bưu điện tỉnh Lào Cai", period=H1),
    F("đạt 12,7 tỷ", "12,7", 12.7e9, "money", "đồng", total=86.4e9, percent=14.7,
      subject="doanh thu dịch vụ bưu chính công ích và hành chính công", period=I(H1)),
    F("đạt 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", subject=LIST, location="Bảo Thắng", period=I(H1)),
    F("3,2 tỷ, 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", subject=LIST, location=BX, period=I(H1)),
    F("2,1 tỷ", "2,1", 2.1e9, "money", "đồng", subject=LIST, location="Văn Bàn", period=I(H1)),
    F("có 127 điểm", "127", 127, "count", "điểm bưu điện văn hóa xã", subject="điểm bưu điện văn hóa xã"),
    F("trong đó 41 điểm", "41", 41, "count", "điểm", total=127,
      subject="điểm bưu điện văn hóa xã được trang bị máy tính"),
    F("khoảng 70 km", "70", 70, "measure", "km", approx="about", location=BX,
      subject="khoảng cách từ điểm BĐVHX xã Y Tý đến trung tâm huyện"),
    F("dẫn 318 lượt", "318", 318, "count", "lượt người dân", location=BX,
      subject="lượt người dân được hướng dẫn nộp hồ sơ trực tuyến", period=YTD),
    F("cho 96 hộ", "96", 96, "count", "hộ nghèo", location=BX, subject="hộ nghèo được chi trả trợ cấp", period=YTD),
    F("khoảng 4 triệu", "4", 4e6, "money", "đồng/tháng", approx="about", location=BX,
      subject="thu nhập từ công việc ở điểm bưu điện văn hóa xã Y Tý"),
    F("bày 24 khung", "24", 24, "count", "khung tem", subject="khung tem trưng bày"),
    F("hơn 850 bộ", "850", 850, "count", "bộ tem", approx="over", subject="bộ tem bán ra"),
    F("có 32 hội viên", "32", 32, "count", "hội viên", subject="hội viên Câu lạc bộ Tem Lào Cai"),
    F("từ 80 đến 85 tỷ", "80", 80e9, "money", "đồng", value_max=85e9, status="target",
      subject="doanh thu Bưu điện tỉnh", period=H2),
    F("thêm 15 điểm", "15", 15, "count", "điểm bán tem", status="forecast",
      subject="điểm bán tem mở thêm tại các trường THCS", period=H2),
]

NOTES = [
    "Provincial newspaper online (Báo Lào Cai): '(BLC) -' tag, dateline '18/07/2025 09:12' (published), byline at the end.",
    "Headline 'Doanh thu 6 tháng tăng gần 10%' is a growth rate standing as the claim (percent, nearly); its year comes from published.",
    "'Trong đó … 12,7 tỷ đồng, chiếm 14,7% tổng doanh thu' → total 86,4 tỷ and percent 14,7 (period inherited).",
    "'lần lượt đạt 3,2 tỷ, 2,7 tỷ và 2,1 tỷ đồng': list items share the indicator; the districts go to location.",
    "Commune passage (xã Y Tý, huyện Bát Xát): location Bát Xát, also in the next sentence ('chị'); 'từ đầu năm đến nay' ends at published.",
    "Distractors: '80 năm Ngày truyền thống', '(15/8/1945 - 15/8/2025)', 'số 001 đường Hoàng Liên', time 09:12, tag BLC.",
    "'6 tháng cuối năm' = 2025-07-01…2025-12-31 (year of the nearest earlier date 15/8/2025 / published).",
]

if __name__ == "__main__":
    write("p1160-8", TEXT, NOTES, FIGS, published="2025-07-18", location="Lào Cai")
