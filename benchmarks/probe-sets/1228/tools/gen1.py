"""p1228-1: Quảng Ngãi province portal, Dung Quất refinery (BSR) 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Lọc dầu Dung Quất nộp ngân sách hơn 21.000 tỷ đồng trong 9 tháng

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417

(quangngai.gov.vn) - Theo Công ty cổ phần Lọc hóa dầu Bình Sơn (BSR), 9 tháng đầu năm 2024, Nhà máy Lọc dầu Dung Quất đã tiếp nhận và chế biến 5,28 triệu tấn dầu thô, đạt 81,2% kế hoạch năm; sản xuất 5,08 triệu tấn sản phẩm các loại, tăng 3,4% so với cùng kỳ năm 2023. Trong đó, xăng các loại 1,72 triệu tấn, dầu diesel 2,15 triệu tấn, nhiên liệu phản lực Jet A-1 365 nghìn tấn, còn lại là LPG, dầu nhiên liệu và hạt nhựa polypropylene.

Nhà máy duy trì vận hành ở mức từ 105% đến 110% công suất thiết kế, riêng tháng 9 công suất bình quân đạt 112%. Tổng doanh thu 9 tháng ước đạt 101.350 tỷ đồng. BSR đã nộp ngân sách nhà nước hơn 21.000 tỷ đồng, chiếm khoảng 68% tổng thu ngân sách trên địa bàn tỉnh.

Tại xã Bình Trị, huyện Bình Sơn, hiện có 214 lao động đang làm việc cho BSR và các nhà thầu bảo dưỡng, trong đó 67 người là con em các hộ dân phải di dời để xây dựng nhà máy. Thu nhập bình quân của nhóm lao động này khoảng 18,5 triệu đồng/người/tháng, gấp hai lần lao động nông nghiệp trong xã. Hiện xã còn 31 hộ nghèo, giảm 12 hộ so với đầu năm.

Quý IV, nhà máy dự kiến chế biến khoảng 1,6 triệu tấn dầu thô, đưa tổng sản lượng cả năm lên gần 6,9 triệu tấn, vượt kế hoạch 6,5 triệu tấn. Dự án nâng cấp, mở rộng Nhà máy Lọc dầu Dung Quất có tổng mức đầu tư hơn 1,2 tỷ USD, dự kiến nâng công suất chế biến lên 171.000 thùng/ngày. BSR phấn đấu hoàn thành đợt bảo dưỡng tổng thể lần thứ 6 trong năm 2025 với thời gian dừng máy không quá 50 ngày.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE_S = P("9 tháng", "2024-01-01", "2024-09-30")
SEP = P("tháng 9", "2024-09-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")
BS = "Bình Sơn"
PROD = "sản phẩm các loại Nhà máy Lọc dầu Dung Quất sản xuất"

FIGS = [
    F("Quất nộp ngân sách hơn 21.000", "21.000", 21000e9, "money", "đồng", approx="over",
      subject="ngân sách Lọc dầu Dung Quất nộp", period=NINE_H),
    F("chế biến 5,28 triệu tấn", "5,28", 5.28e6, "measure", "tấn", percent=81.2,
      subject="dầu thô Nhà máy Lọc dầu Dung Quất tiếp nhận và chế biến", period=NINE),
    F("sản xuất 5,08 triệu tấn", "5,08", 5.08e6, "measure", "tấn",
      change=C("increase", 3.4, "%", "cùng kỳ năm 2023"), subject=PROD, period=NINE),
    F("xăng các loại 1,72 triệu", "1,72", 1.72e6, "measure", "tấn", total=5.08e6,
      subject="xăng các loại sản xuất", period=I(NINE)),
    F("dầu diesel 2,15 triệu", "2,15", 2.15e6, "measure", "tấn", total=5.08e6,
      subject="dầu diesel sản xuất", period=I(NINE)),
    F("A-1 365 nghìn tấn", "365", 365e3, "measure", "tấn", total=5.08e6,
      subject="nhiên liệu phản lực Jet A-1 sản xuất", period=I(NINE)),
    F("từ 105% đến 110%", "105", 105, "percent", "%", value_max=110,
      subject="mức vận hành so với công suất thiết kế", period=I(NINE)),
    F("đạt 112%", "112", 112, "percent", "%", subject="công suất bình quân", period=SEP),
    F("ước đạt 101.350 tỷ", "101.350", 101350e9, "money", "đồng", status="estimate",
      subject="tổng doanh thu", period=NINE_S),
    F("nhà nước hơn 21.000 tỷ", "21.000", 21000e9, "money", "đồng", approx="over", percent=68,
      subject="ngân sách nhà nước BSR đã nộp", period=I(NINE_S)),
    F("có 214 lao động", "214", 214, "count", "lao động",
      subject="lao động đang làm việc cho BSR và các nhà thầu bảo dưỡng", location=BS),
    F("trong đó 67 người", "67", 67, "count", "người", total=214,
      subject="con em các hộ dân phải di dời để xây dựng nhà máy", location=BS),
    F("khoảng 18,5 triệu", "18,5", 18.5e6, "money", "đồng/người/tháng", approx="about",
      change=C("increase", 2, "lần", "lao động nông nghiệp trong xã"),
      subject="thu nhập bình quân của nhóm lao động làm việc cho BSR", location=BS),
    F("còn 31 hộ nghèo", "31", 31, "count", "hộ nghèo",
      change=C("decrease", 12, "hộ", "đầu năm"), subject="hộ nghèo của xã", location=BS),
    F("khoảng 1,6 triệu tấn", "1,6", 1.6e6, "measure", "tấn", approx="about", status="forecast",
      subject="dầu thô nhà máy chế biến", period=Q4),
    F("gần 6,9 triệu tấn", "6,9", 6.9e6, "measure", "tấn", approx="nearly", status="forecast",
      target=T(6.5e6, "tấn", met=True), subject="tổng sản lượng cả năm", period=YEAR),
    F("hơn 1,2 tỷ USD", "1,2", 1.2e9, "money", "USD", approx="over",
      subject="tổng mức đầu tư dự án nâng cấp, mở rộng Nhà máy Lọc dầu Dung Quất"),
    F("lên 171.000 thùng/ngày", "171.000", 171000, "measure", "thùng/ngày", status="forecast",
      subject="công suất chế biến sau nâng cấp, mở rộng"),
    F("không quá 50 ngày", "50", 50, "measure", "ngày", approx="at_most", status="target",
      subject="thời gian dừng máy bảo dưỡng tổng thể", period=Y25),
]

NOTES = [
    "Province portal (Quảng Ngãi): Dung Quất refinery (BSR), 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: time 08:30, view counter 2.417, 'Jet A-1' (product name right before 365 nghìn tấn), 'lần thứ 6' (ordinal), 'năm 2025'.",
    "The refinery is only placed in 'Khu kinh tế Dung Quất' (not a district): its figures stay Quảng Ngãi. The xã Bình Trị passage is in huyện Bình Sơn.",
    "Parts after 'Trong đó' (next sentence) take the whole 5,08 triệu tấn although they do not add up ('còn lại là ...').",
    "'gấp hai lần lao động nông nghiệp' after the income is its change (2 lần). 'vượt kế hoạch 6,5 triệu tấn' is the target of 6,9 triệu (met).",
    "Year-less 'Quý IV', 'cả năm', 'tháng 9', '9 tháng' take 2024 (nearest earlier date). Headline 'trong 9 tháng' takes the published year.",
]

if __name__ == "__main__":
    write("p1228-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Quảng Ngãi")
