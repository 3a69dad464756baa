"""p581-6: national press — market-control force H1/2024: inspections, violations, budget collections, counterfeit, e-commerce, provinces."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 10/7/2024, 06:30 (GMT+7)

Quản lý thị trường thu nộp ngân sách gần 260 tỷ đồng trong 6 tháng

Lực lượng quản lý thị trường cả nước đã kiểm tra 33.418 vụ, phát hiện 27.106 vụ vi phạm trong 6 tháng đầu năm 2024, giảm 4,7% so với cùng kỳ năm 2023.

Tổng số tiền thu nộp ngân sách nhà nước là 258,7 tỷ đồng, đạt 51,7% kế hoạch năm, trong đó tiền phạt vi phạm hành chính 176,4 tỷ đồng, tiền bán hàng tịch thu 45,2 tỷ đồng. Trị giá hàng hóa vi phạm chưa bán ước khoảng 78 tỷ đồng.

Riêng lĩnh vực hàng giả, hàng xâm phạm quyền sở hữu trí tuệ, lực lượng đã xử lý 2.815 vụ, tăng 12,4%; lĩnh vực thương mại điện tử xử lý 1.326 vụ với số tiền phạt hơn 21 tỷ đồng. Số vụ vi phạm về hàng giả và thương mại điện tử lần lượt chiếm 10,4% và 4,9% tổng số vụ vi phạm.

Các địa phương có số vụ vi phạm được xử lý nhiều là Hà Nội (2.134 vụ), TP. Hồ Chí Minh (1.987 vụ), Thanh Hóa (1.045 vụ) và Nghệ An (968 vụ).

Theo Tổng cục Quản lý thị trường, qua đường dây nóng 0243.7761.234 và ứng dụng tiếp nhận phản ánh, đơn vị đã nhận 1.642 tin báo, trong đó 1.518 tin đã được xác minh, xử lý, đạt 92,4%.

Trong 6 tháng cuối năm, Tổng cục phấn đấu số thu nộp ngân sách cả năm 2024 đạt khoảng 520 tỷ đồng; đồng thời dự kiến rà soát trên 4.500 website, gian hàng trên sàn thương mại điện tử.

Minh Phương
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("gần 260 tỷ đồng", "260", 260000000000, "money", "đồng",
      "thu nộp ngân sách của lực lượng quản lý thị trường", P("trong 6 tháng", "2024-01-01", "2024-06-30"),
      approx="nearly"),
    F("kiểm tra 33.418 vụ", "33.418", 33418, "count", "vụ",
      "vụ lực lượng quản lý thị trường cả nước kiểm tra", H1),
    F("phát hiện 27.106 vụ", "27.106", 27106, "count", "vụ vi phạm", "vụ vi phạm phát hiện", H1,
      change=CH("decrease", 4.7, baseline="cùng kỳ năm 2023")),
    F("là 258,7 tỷ đồng", "258,7", 258700000000, "money", "đồng", "tổng số tiền thu nộp ngân sách nhà nước", INH(H1),
      percent=51.7),
    F("hành chính 176,4 tỷ đồng", "176,4", 176400000000, "money", "đồng", "tiền phạt vi phạm hành chính",
      INH(H1), total=258700000000),
    F("tịch thu 45,2 tỷ đồng", "45,2", 45200000000, "money", "đồng", "tiền bán hàng tịch thu",
      INH(H1), total=258700000000),
    F("khoảng 78 tỷ đồng", "78", 78000000000, "money", "đồng", "trị giá hàng hóa vi phạm chưa bán",
      INH(H1), approx="about", status="estimate"),
    F("xử lý 2.815 vụ", "2.815", 2815, "count", "vụ",
      "vụ vi phạm lĩnh vực hàng giả, hàng xâm phạm quyền sở hữu trí tuệ xử lý", INH(H1),
      change=CH("increase", 12.4)),
    F("xử lý 1.326 vụ", "1.326", 1326, "count", "vụ", "vụ vi phạm lĩnh vực thương mại điện tử xử lý", INH(H1)),
    F("hơn 21 tỷ đồng", "21", 21000000000, "money", "đồng", "số tiền phạt lĩnh vực thương mại điện tử",
      INH(H1), approx="over"),
    F("chiếm 10,4%", "10,4", 10.4, "percent", "%", "số vụ vi phạm về hàng giả trong tổng số vụ vi phạm", INH(H1)),
    F("và 4,9%", "4,9", 4.9, "percent", "%", "số vụ vi phạm về thương mại điện tử trong tổng số vụ vi phạm", INH(H1)),
    F("(2.134 vụ)", "2.134", 2134, "count", "vụ", "số vụ vi phạm được xử lý", INH(H1), location="Hà Nội"),
    F("(1.987 vụ)", "1.987", 1987, "count", "vụ", "số vụ vi phạm được xử lý", INH(H1), location="TP. Hồ Chí Minh"),
    F("(1.045 vụ)", "1.045", 1045, "count", "vụ", "số vụ vi phạm được xử lý", INH(H1), location="Thanh Hóa"),
    F("(968 vụ)", "968", 968, "count", "vụ", "số vụ vi phạm được xử lý", INH(H1), location="Nghệ An"),
    F("nhận 1.642 tin báo", "1.642", 1642, "count", "tin báo",
      "tin báo qua đường dây nóng và ứng dụng tiếp nhận phản ánh", INH(H1)),
    F("trong đó 1.518 tin", "1.518", 1518, "count", "tin", "tin báo đã được xác minh, xử lý", INH(H1),
      total=1642, percent=92.4),
    F("khoảng 520 tỷ đồng", "520", 520000000000, "money", "đồng", "số thu nộp ngân sách cả năm",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
    F("trên 4.500 website", "4.500", 4500, "count", "website",
      "website, gian hàng trên sàn thương mại điện tử rà soát",
      P("Trong 6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="over", status="forecast"),
]

COMMENTS = [
    "National press (invented): lực lượng quản lý thị trường 6 tháng đầu năm 2024. Dateline 'Thứ tư, 10/7/2024, 06:30 (GMT+7)' = published.",
    "Not figures: '(GMT+7)', phone '0243.7761.234', the byline. National figures: location Việt Nam; the four provinces in brackets",
    "carry their own location (subject = the list's indicator). Headline 'trong 6 tháng' takes 2024 from the dateline/lead.",
    "'giảm 4,7% so với cùng kỳ' follows 27.106 vụ vi phạm (its change). 176,4 and 45,2 tỷ follow 'trong đó' after 258,7 tỷ: total.",
    "'đạt 51,7% kế hoạch năm' after 258,7 tỷ is its percent. 'ước khoảng 78 tỷ' → estimate + about. 'lần lượt chiếm 10,4% và 4,9%' — percents standing alone: two percent figures.",
    "1.518 tin follows 'trong đó' after 1.642 tin báo: total 1642, percent 92,4. 'phấn đấu' → target (period 'năm 2024');",
    "'đồng thời dự kiến' → forecast, its period '6 tháng cuối năm' (July-December 2024).",
]

if __name__ == "__main__":
    emit("p581-6", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Việt Nam")
