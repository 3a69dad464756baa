from lib import F, P, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo

Lai Châu: Giải ngân vốn Chương trình MTQG 1719 đạt 68,5% kế hoạch
Cập nhật: 14/10/2024 09:12
Lượt xem: 2.317

Theo báo cáo của Ban Dân tộc tỉnh, tổng vốn được giao năm 2024 thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Chương trình MTQG 1719, phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14/10/2021) của tỉnh Lai Châu là 1.046,7 tỷ đồng, gồm 738,2 tỷ đồng vốn đầu tư phát triển và 308,5 tỷ đồng vốn sự nghiệp.

Tính đến ngày 30/9/2024, toàn tỉnh đã giải ngân 716,9 tỷ đồng, đạt 68,5% kế hoạch, tăng 12,3% so với cùng kỳ năm 2023. Trong đó, vốn đầu tư phát triển giải ngân 561,4 tỷ đồng (đạt 76%), vốn sự nghiệp giải ngân 155,5 tỷ đồng (đạt 50,4%). Nhiều huyện có tỷ lệ giải ngân khá như: Tam Đường (82,6%), Tân Uyên (79,1%), Phong Thổ (74,3%); một số huyện còn thấp là Mường Tè (51,2%) và Nậm Nhùn (48,7%).

Về kết quả cụ thể, từ đầu năm đến nay, tỉnh đã hỗ trợ xây dựng nhà ở cho 1.215 hộ, trong đó 1.032 hộ đã hoàn thành, đưa vào sử dụng; hỗ trợ nước sinh hoạt phân tán cho 2.860 hộ; hỗ trợ chuyển đổi nghề cho 418 hộ thiếu đất sản xuất. Toàn tỉnh đã xây dựng 37 công trình nước sinh hoạt tập trung, tăng 9 công trình so với cùng kỳ.

Ban Dân tộc tỉnh ước đến hết năm 2024 giải ngân đạt khoảng 92% kế hoạch vốn. Tỉnh phấn đấu đến năm 2025 giảm tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số bình quân trên 3% mỗi năm.

Mọi ý kiến phản ánh xin gửi về Ban Dân tộc tỉnh Lai Châu, tầng 4, Nhà B, Trung tâm Hành chính - Chính trị tỉnh; điện thoại: 0213.3876.524.
"""

Y30 = P("Tính đến ngày 30/9/2024", end="2024-09-30")
Y30i = P("Tính đến ngày 30/9/2024", end="2024-09-30", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14", inherited=True)
TOTAL = 1046700000000
DISB = 716900000000
LIST = "tỷ lệ giải ngân"

figs = [
    F("1719 đạt 68,5% kế hoạch", "68,5", 68.5, "percent", "%", "giải ngân vốn Chương trình MTQG 1719"),
    F("là 1.046,7 tỷ đồng", "1.046,7", TOTAL, "money", "đồng",
      "tổng vốn được giao thực hiện Chương trình MTQG 1719", Y24),
    F("gồm 738,2 tỷ đồng", "738,2", 738200000000, "money", "đồng", "vốn đầu tư phát triển", Y24, total=TOTAL),
    F("và 308,5 tỷ đồng", "308,5", 308500000000, "money", "đồng", "vốn sự nghiệp", Y24, total=TOTAL),
    F("giải ngân 716,9 tỷ đồng", "716,9", DISB, "money", "đồng", "vốn giải ngân", Y30,
      percent=68.5, change=CH("increase", 12.3, "%", "cùng kỳ năm 2023")),
    F("giải ngân 561,4 tỷ đồng", "561,4", 561400000000, "money", "đồng", "vốn đầu tư phát triển giải ngân", Y30i,
      total=DISB, percent=76),
    F("giải ngân 155,5 tỷ đồng", "155,5", 155500000000, "money", "đồng", "vốn sự nghiệp giải ngân", Y30i,
      total=DISB, percent=50.4),
    F("Tam Đường (82,6%)", "82,6", 82.6, "percent", "%", LIST, Y30i, location="Tam Đường"),
    F("Tân Uyên (79,1%)", "79,1", 79.1, "percent", "%", LIST, Y30i, location="Tân Uyên"),
    F("Phong Thổ (74,3%)", "74,3", 74.3, "percent", "%", LIST, Y30i, location="Phong Thổ"),
    F("Mường Tè (51,2%)", "51,2", 51.2, "percent", "%", LIST, Y30i, location="Mường Tè"),
    F("Nậm Nhùn (48,7%)", "48,7", 48.7, "percent", "%", LIST, Y30i, location="Nậm Nhùn"),
    F("nhà ở cho 1.215 hộ", "1.215", 1215, "count", "hộ", "hộ được hỗ trợ xây dựng nhà ở", YTD),
    F("trong đó 1.032 hộ", "1.032", 1032, "count", "hộ", "hộ hoàn thành nhà ở, đưa vào sử dụng", YTD, total=1215),
    F("phân tán cho 2.860 hộ", "2.860", 2860, "count", "hộ", "hộ được hỗ trợ nước sinh hoạt phân tán", YTD),
    F("nghề cho 418 hộ", "418", 418, "count", "hộ", "hộ thiếu đất sản xuất được hỗ trợ chuyển đổi nghề", YTD),
    F("xây dựng 37 công trình", "37", 37, "count", "công trình", "công trình nước sinh hoạt tập trung xây dựng", YTDi,
      change=CH("increase", 9, "công trình", "cùng kỳ")),
    F("đạt khoảng 92%", "92", 92, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn",
      P("đến hết năm 2024", end="2024-12-31"), approx="about", status="estimate"),
    F("bình quân trên 3%", "3", 3, "percent", "%", "giảm tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số",
      P("đến năm 2025", end="2025-12-31"), approx="over", status="target"),
]

write("p450-1", TEXT, [
    "Cổng TTĐT tỉnh Lai Châu (province portal): Chương trình MTQG 1719, capital allocated and disbursed to 30/9/2024, districts, housing, water.",
    "Dateline 'Cập nhật: 14/10/2024 09:12'; 'Lượt xem: 2.317' is a counter. Distractors: 'MTQG 1719', 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021',",
    "'tầng 4', 'Nhà B', phone 0213.3876.524. 'gồm' parts take the whole 1.046,7 tỷ; 'Trong đó' parts of the disbursement take 716,9 tỷ.",
    "District list (Tam Đường …) shares the indicator 'tỷ lệ giải ngân'; places go to location; period inherited from 'Tính đến ngày 30/9/2024'.",
    "'từ đầu năm đến nay' runs from 2024-01-01 to the dateline. 'ước … khoảng 92%' estimate; 'phấn đấu … trên 3% mỗi năm' target, over.",
], figs, published="2024-10-14", location="Lai Châu")
