"""p1198-5: Party newspaper (Báo Hậu Giang): a cooperative dryer in huyện Châu Thành A; provincial dryer figures."""
from lib import F, P, I, C, T, write

TEXT = """Hợp tác xã làm chủ khâu sấy, nông dân bớt lo "lúa ướt"

Những ngày cuối tháng 3, lò sấy của Hợp tác xã Nông nghiệp Tân Hòa (xã Tân Hòa, huyện Châu Thành A, tỉnh Hậu Giang) hoạt động hết công suất. Hợp tác xã có 3 lò sấy vỉ ngang và 1 máy sấy tháp, tổng công suất 150 tấn/mẻ, được đầu tư với tổng vốn gần 4,2 tỷ đồng, trong đó vốn hỗ trợ từ ngân sách 1,26 tỷ đồng.

Ông Trần Văn Út, Giám đốc hợp tác xã, cho biết từ đầu vụ Đông Xuân đến nay, hợp tác xã đã sấy gần 6.000 tấn lúa, trong đó 4.350 tấn của 212 thành viên. Giá sấy cho thành viên là 150.000 đồng/tấn, thấp hơn 30.000 đồng so với giá ngoài thị trường. Nhờ sấy kịp thời, lúa của thành viên bán được giá cao hơn lúa phơi khoảng 300 đồng/kg. "Trước đây bà con phơi lúa trên lộ, gặp mưa là lúa nảy mầm, hao hụt cả chục phần trăm", ông Út nhớ lại.

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Hậu Giang, toàn tỉnh hiện có 412 lò sấy lúa, tăng 37 lò so với năm 2022, tổng công suất khoảng 8.600 tấn/mẻ. Năm 2023, tỉnh đã hỗ trợ 14 hợp tác xã đầu tư lò sấy, kho chứa, đạt 87,5% kế hoạch, với tổng kinh phí 12,5 tỷ đồng. Mục tiêu đến năm 2025, 100% hợp tác xã trong vùng nguyên liệu lúa chất lượng cao có lò sấy hoặc liên kết dịch vụ sấy.

Ông Út chia sẻ, thời gian tới hợp tác xã dự kiến xây thêm một kho chứa 2.000 tấn để giữ lúa chờ giá, nâng số lao động thường xuyên từ 9 lên 15 người.

HOÀNG YẾN
28/3/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NOW = P("từ đầu vụ Đông Xuân đến nay", None, "2024-03-28")
CTA = "Châu Thành A"

FIGS = [
    F("có 3 lò sấy", "3", 3, "count", "lò sấy", subject="lò sấy vỉ ngang của hợp tác xã", location=CTA),
    F("và 1 máy sấy", "1", 1, "count", "máy sấy", subject="máy sấy tháp của hợp tác xã", location=CTA),
    F("công suất 150 tấn/mẻ", "150", 150, "measure", "tấn/mẻ",
      subject="tổng công suất lò sấy của hợp tác xã", location=CTA),
    F("gần 4,2 tỷ", "4,2", 4200000000, "money", "đồng", approx="nearly",
      subject="tổng vốn đầu tư lò sấy của hợp tác xã", location=CTA),
    F("ngân sách 1,26 tỷ", "1,26", 1260000000, "money", "đồng", total=4200000000,
      subject="vốn hỗ trợ từ ngân sách", location=CTA),
    F("gần 6.000 tấn", "6.000", 6000, "measure", "tấn", approx="nearly",
      subject="lúa hợp tác xã đã sấy", period=NOW, location=CTA),
    F("4.350 tấn", "4.350", 4350, "measure", "tấn", total=6000,
      subject="lúa của thành viên đã sấy", period=NOW, location=CTA),
    F("212 thành viên", "212", 212, "count", "thành viên",
      subject="thành viên có lúa được hợp tác xã sấy", period=NOW, location=CTA),
    F("là 150.000", "150.000", 150000, "money", "đồng/tấn",
      change=C("decrease", 30000, "đồng", "giá ngoài thị trường"),
      subject="giá sấy cho thành viên", location=CTA),
    F("khoảng 300 đồng/kg", "300", 300, "money", "đồng/kg", approx="about",
      subject="giá lúa sấy cao hơn lúa phơi", location=CTA),
    F("cả chục phần trăm", "chục", 10, "percent", "%", approx="about", optional=True,
      subject="hao hụt khi phơi lúa trên lộ gặp mưa", location=CTA),
    F("có 412 lò", "412", 412, "count", "lò sấy", change=C("increase", 37, "lò", "năm 2022"),
      subject="lò sấy lúa"),
    F("khoảng 8.600 tấn/mẻ", "8.600", 8600, "measure", "tấn/mẻ", approx="about",
      subject="tổng công suất lò sấy lúa"),
    F("hỗ trợ 14 hợp tác xã", "14", 14, "count", "hợp tác xã", percent=87.5,
      subject="hợp tác xã được hỗ trợ đầu tư lò sấy, kho chứa", period=Y23),
    F("12,5 tỷ", "12,5", 12500000000, "money", "đồng",
      subject="tổng kinh phí hỗ trợ hợp tác xã đầu tư lò sấy, kho chứa", period=Y23),
    F("2025, 100%", "100", 100, "percent", "%", status="target",
      subject="hợp tác xã trong vùng nguyên liệu lúa chất lượng cao có lò sấy hoặc liên kết dịch vụ sấy",
      period=T25),
    F("thêm một kho", "một", 1, "count", "kho chứa", status="forecast",
      subject="kho chứa hợp tác xã xây thêm", location=CTA),
    F("chứa 2.000 tấn", "2.000", 2000, "measure", "tấn", status="forecast",
      subject="sức chứa kho xây thêm", location=CTA),
    F("từ 9 lên", "9", 9, "count", "người", optional=True,
      subject="lao động thường xuyên hiện nay của hợp tác xã", location=CTA),
    F("lên 15 người", "15", 15, "count", "người", status="forecast",
      subject="lao động thường xuyên của hợp tác xã", location=CTA),
]

NOTES = [
    "Party newspaper (Báo Hậu Giang): feature, byline 'HOÀNG YẾN' and bare date '28/3/2024' at the end (published).",
    "Distractors: 'Những ngày cuối tháng 3', quote marks, 'năm 2022' baseline; 'cả chục phần trăm' (a rough number word) is optional.",
    "Cooperative passage (xã Tân Hòa, huyện Châu Thành A): location Châu Thành A, also in the later sentences about it ('Ông Út chia sẻ …').",
    "'trong đó vốn hỗ trợ từ ngân sách 1,26 tỷ đồng' -> total 4,2 tỷ; '4.350 tấn của 212 thành viên' -> total 6.000 tấn.",
    "'thấp hơn 30.000 đồng so với giá ngoài thị trường' is the change of the 150.000 đồng/tấn price; 'giá cao hơn … khoảng 300 đồng/kg'",
    "is the claim itself (a price gap with no base amount): money figure, no change.",
    "revised: 'từ đầu vụ Đông Xuân đến nay' gives start null (season start, no date), end = published (FIGURES.md: '… đến nay' ends at",
    "`published`); set for 6.000 tấn, 4.350 tấn, 212 thành viên (the first gold had no period).",
    "'đạt 87,5% kế hoạch' is the share of the 14 hợp tác xã. 'từ 9 lên 15 người': 15 is the forecast (dự kiến); 9, the current level, optional.",
]

if __name__ == "__main__":
    write("p1198-5", TEXT, NOTES, FIGS, published="2024-03-28", location="Hậu Giang")
