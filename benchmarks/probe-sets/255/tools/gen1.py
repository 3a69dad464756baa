from lib import F, P, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Bắc Giang cấp hơn 18.600 giấy chứng nhận quyền sử dụng đất trong 9 tháng
Cập nhật: 08/10/2024 16:42
Lượt xem: 2.057

Theo báo cáo của Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, toàn tỉnh đã cấp 18.642 giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (GCN), đạt 77,7% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, cấp lần đầu 3.215 GCN với diện tích 412,6 ha; cấp đổi, cấp lại và đăng ký biến động 15.427 GCN.

Các địa phương cấp GCN lần đầu nhiều là huyện Lục Ngạn (642 GCN), Yên Thế (518 GCN) và Lạng Giang (455 GCN). Ngược lại, thành phố Bắc Giang chỉ cấp được 37 GCN lần đầu do quỹ đất ở tồn đọng ít.

Tính đến ngày 30/9/2024, toàn tỉnh còn 4.318 thửa đất đủ điều kiện nhưng chưa được cấp GCN lần đầu, giảm 1.106 thửa so với đầu năm; trong đó có 1.752 thửa đất có nguồn gốc giao đất trái thẩm quyền, chiếm 40,6%. Tỷ lệ cấp GCN lần đầu toàn tỉnh đạt 98,9% diện tích cần cấp.

Trong 9 tháng, Văn phòng Đăng ký đất đai và 10 chi nhánh tiếp nhận 61.284 hồ sơ đăng ký đất đai, trong đó 23.907 hồ sơ nộp trực tuyến (chiếm 39%); thu phí, lệ phí và nghĩa vụ tài chính về đất đai khoảng 1.146 tỷ đồng.

Quý IV/2024, Sở phấn đấu cấp thêm khoảng 5.400 GCN để hoàn thành chỉ tiêu 24.000 GCN của năm 2024; đồng thời phấn đấu đến hết năm 2024 có 10/10 huyện, thành phố hoàn thành cơ sở dữ liệu đất đai theo Quyết định số 1023/QĐ-UBND. Mọi ý kiến phản ánh xin gọi số 0204.3854.219.

Minh Hằng (Sở TN&MT)
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)

FIGS = [
    F("cấp hơn 18.600 giấy", "18.600", 18600, "count", "giấy chứng nhận quyền sử dụng đất",
      "giấy chứng nhận quyền sử dụng đất cấp", P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("cấp 18.642 giấy", "18.642", 18642, "count", "giấy chứng nhận quyền sử dụng đất",
      "giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất cấp", N9,
      percent=77.7, change=CH("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("cấp lần đầu 3.215 GCN", "3.215", 3215, "count", "GCN", "GCN cấp lần đầu", N9i, total=18642),
    F("diện tích 412,6 ha", "412,6", 412.6, "measure", "ha", "diện tích cấp GCN lần đầu", N9i),
    F("biến động 15.427 GCN", "15.427", 15427, "count", "GCN", "GCN cấp đổi, cấp lại và đăng ký biến động", N9i,
      total=18642),
    F("Lục Ngạn (642 GCN)", "642", 642, "count", "GCN", "GCN cấp lần đầu", N9i, location="Lục Ngạn"),
    F("Yên Thế (518 GCN)", "518", 518, "count", "GCN", "GCN cấp lần đầu", N9i, location="Yên Thế"),
    F("Lạng Giang (455 GCN)", "455", 455, "count", "GCN", "GCN cấp lần đầu", N9i, location="Lạng Giang"),
    F("cấp được 37 GCN", "37", 37, "count", "GCN", "GCN cấp lần đầu", N9i, location="thành phố Bắc Giang"),
    F("còn 4.318 thửa", "4.318", 4318, "count", "thửa đất",
      "thửa đất đủ điều kiện nhưng chưa được cấp GCN lần đầu", AS, change=CH("decrease", 1106, "thửa", "đầu năm")),
    F("có 1.752 thửa", "1.752", 1752, "count", "thửa đất",
      "thửa đất có nguồn gốc giao đất trái thẩm quyền chưa được cấp GCN", AS, total=4318, percent=40.6),
    F("đạt 98,9%", "98,9", 98.9, "percent", "%", "Tỷ lệ cấp GCN lần đầu toàn tỉnh", ASi),
    F("và 10 chi nhánh", "10", 10, "count", "chi nhánh", "chi nhánh Văn phòng Đăng ký đất đai", optional=True),
    F("tiếp nhận 61.284 hồ sơ", "61.284", 61284, "count", "hồ sơ", "hồ sơ đăng ký đất đai tiếp nhận",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("23.907 hồ sơ", "23.907", 23907, "count", "hồ sơ", "hồ sơ nộp trực tuyến",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"), total=61284, percent=39),
    F("khoảng 1.146 tỷ đồng", "1.146", 1146000000000, "money", "đồng",
      "phí, lệ phí và nghĩa vụ tài chính về đất đai thu", P("Trong 9 tháng", "2024-01-01", "2024-09-30"),
      approx="about"),
    F("khoảng 5.400 GCN", "5.400", 5400, "count", "GCN", "GCN cấp thêm", P("Quý IV/2024", "2024-10-01", "2024-12-31"),
      approx="about", status="target"),
    F("chỉ tiêu 24.000 GCN", "24.000", 24000, "count", "GCN", "chỉ tiêu GCN cấp",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("có 10/10 huyện", "10", 10, "count", "huyện, thành phố", "huyện, thành phố hoàn thành cơ sở dữ liệu đất đai",
      P("đến hết năm 2024", None, "2024-12-31"), total=10, status="target"),
]

COMMENTS = [
    "Province portal of Bắc Giang (breadcrumb, 'Cập nhật: 08/10/2024 16:42', 'Lượt xem: 2.057'): land-use right certificates (GCN), 9 months 2024.",
    "Headline 'trong 9 tháng' has no year; no earlier date in the article, so it takes the year of 'published' (2024).",
    "'đạt 77,7% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023' -> percent and change of 18.642. 'Trong đó' parts (next sentence) -> total 18.642.",
    "District list: location = district, subject = the list's indicator (GCN cấp lần đầu); period '9 tháng đầu năm 2024' inherited.",
    "'giảm 1.106 thửa so với đầu năm' is the change of 4.318 (unit thửa). '1.752 ..., chiếm 40,6%' after 'trong đó': total 4.318 and percent.",
    "'23.907 hồ sơ ... (chiếm 39%)' after 'trong đó': total 61.284, percent 39. '10 chi nhánh' is structure: optional.",
    "'chỉ tiêu 24.000 GCN của năm 2024' is a figure named as a target (status target); '10/10 huyện' a target count with total 10.",
    "Distractors: breadcrumb, dateline, 'Lượt xem: 2.057', 'ngày 30/9/2024', 'Quyết định số 1023/QĐ-UBND', phone 0204.3854.219.",
]

emit("p255-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bắc Giang")
