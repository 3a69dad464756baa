from lib import F, P, CH, emit

TEXT = """BÁO LÂM ĐỒNG - Kinh tế

Mực nước nhiều hồ thủy điện xuống thấp, ưu tiên xả nước cho sản xuất

14/03/2024 10:42

(LĐ online) - Theo Sở Công Thương, tính đến ngày 13/3/2024, tổng dung tích hữu ích của 12 hồ thủy điện trên địa bàn tỉnh còn khoảng 812 triệu m³, đạt 58,3% dung tích thiết kế, thấp hơn 9,6% so với cùng kỳ năm 2023.

Mực nước các hồ lớn đều thấp hơn mực nước dâng bình thường: hồ Đại Ninh ở cao trình 876,4 m (thấp hơn 3,6 m), hồ Đồng Nai 3 ở 579,2 m (thấp hơn 10,8 m), hồ Hàm Thuận 598,7 m, hồ Đa Nhim 1.037,5 m.

Lượng mưa từ đầu mùa khô đến nay chỉ khoảng 35 mm, bằng 42% trung bình nhiều năm; nhiệt độ cao nhất có ngày lên tới 31,5 độ C. Dự báo từ nay đến cuối tháng 4, dòng chảy về các hồ tiếp tục giảm 15-20% so với trung bình nhiều năm.

Sở Công Thương yêu cầu các chủ hồ ưu tiên xả nước phục vụ tưới cho khoảng 18.500 ha cây trồng vùng hạ du, trong đó huyện Đức Trọng 6.200 ha, Đơn Dương 4.800 ha, Lâm Hà 3.100 ha. Năm 2023, các chủ hồ đã chi hơn 42 tỷ đồng sửa chữa, bảo trì đập, cửa van, tăng 12% so với năm trước; 11/12 hồ đã hoàn thành kiểm định an toàn đập định kỳ.

Theo Viện Vật lý địa cầu, từ đầu năm đến nay khu vực hồ Đại Ninh ghi nhận 2 trận động đất nhỏ có độ lớn 2,6 và 2,9 độ richter, không gây thiệt hại. Người dân phát hiện sự cố tại đập, hồ chứa báo về số 0263.3822.115.

NGUYỄN ANH
"""

AS = P("tính đến ngày 13/3/2024", None, "2024-03-13")
ASi = P("tính đến ngày 13/3/2024", None, "2024-03-13", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-03-14")
MN = "mực nước hồ"

FIGS = [
    F("của 12 hồ", "12", 12, "count", "hồ thủy điện", "hồ thủy điện trên địa bàn tỉnh", AS),
    F("khoảng 812 triệu m³", "812", 812000000, "measure", "m³", "tổng dung tích hữu ích", AS, approx="about", percent=58.3,
      change=CH("decrease", 9.6, "%", "cùng kỳ năm 2023")),
    F("cao trình 876,4 m", "876,4", 876.4, "measure", "m", MN + " Đại Ninh", ASi,
      change=CH("decrease", 3.6, "m", "mực nước dâng bình thường")),
    F("ở 579,2 m", "579,2", 579.2, "measure", "m", MN + " Đồng Nai 3", ASi,
      change=CH("decrease", 10.8, "m", "mực nước dâng bình thường")),
    F("Thuận 598,7 m", "598,7", 598.7, "measure", "m", MN + " Hàm Thuận", ASi),
    F("Nhim 1.037,5 m", "1.037,5", 1037.5, "measure", "m", MN + " Đa Nhim", ASi),
    F("khoảng 35 mm", "35", 35, "measure", "mm", "lượng mưa từ đầu mùa khô", approx="about", percent=42),
    F("tới 31,5 độ C", "31,5", 31.5, "measure", "độ C", "nhiệt độ cao nhất"),
    F("giảm 15-20%", "15", 15, "percent", "%", "dòng chảy về các hồ giảm so với trung bình nhiều năm",
      P("từ nay đến cuối tháng 4", "2024-03-14", "2024-04-30"), value_max=20, status="forecast"),
    F("khoảng 18.500 ha", "18.500", 18500, "measure", "ha", "cây trồng vùng hạ du được ưu tiên xả nước tưới", approx="about"),
    F("Trọng 6.200 ha", "6.200", 6200, "measure", "ha", "cây trồng vùng hạ du được ưu tiên xả nước tưới", total=18500, location="Đức Trọng"),
    F("Dương 4.800 ha", "4.800", 4800, "measure", "ha", "cây trồng vùng hạ du được ưu tiên xả nước tưới", total=18500, location="Đơn Dương"),
    F("Hà 3.100 ha", "3.100", 3100, "measure", "ha", "cây trồng vùng hạ du được ưu tiên xả nước tưới", total=18500, location="Lâm Hà"),
    F("hơn 42 tỷ đồng", "42", 42000000000, "money", "đồng", "chi sửa chữa, bảo trì đập, cửa van", Y23, approx="over",
      change=CH("increase", 12, "%", "năm trước")),
    F("11/12 hồ", "11", 11, "count", "hồ", "hồ hoàn thành kiểm định an toàn đập định kỳ", Y23, total=12),
    F("ghi nhận 2 trận", "2", 2, "count", "trận động đất", "trận động đất nhỏ khu vực hồ Đại Ninh", YTD),
    F("độ lớn 2,6 và", "2,6", 2.6, "measure", "độ richter", "độ lớn động đất", YTD),
    F("và 2,9 độ richter", "2,9", 2.9, "measure", "độ richter", "độ lớn động đất", YTD),
]

COMMENTS = [
    "Party newspaper (Báo Lâm Đồng, LĐ online): hydropower reservoir water levels in the 2024 dry season, downstream irrigation, dam upkeep, small quakes.",
    "Bare dateline '14/03/2024 10:42', byline at the end. 'Đồng Nai 3' is a reservoir name (distractor); phone 0263.3822.115.",
    "'đạt 58,3% dung tích thiết kế' = percent, 'thấp hơn 9,6% so với cùng kỳ năm 2023' = change of 812 triệu m³. The water-level list after ':' shares",
    "the indicator 'mực nước'; '(thấp hơn 3,6 m)' is each level's change vs the normal level. Levels take the as-of date of the previous sentence (inherited).",
    "'từ đầu mùa khô đến nay' has no calendar start: no period annotated (not scored). 'tiếp tục giảm 15-20%' = a forecast rate (percent, no change),",
    "period from the dateline to end of April. '18.500 ha … trong đó Đức Trọng 6.200 ha …' = parts with total 18.500, districts as locations.",
    "'11/12 hồ' stands in the 'Năm 2023' sentence. Default location Lâm Đồng (provincial paper).",
]

emit("p419-5", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Lâm Đồng")
