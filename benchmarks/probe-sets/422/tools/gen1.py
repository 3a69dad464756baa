from lib import F, P, C, T, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Đồng Nai: Số vụ cháy 6 tháng đầu năm 2024 giảm hơn 20% so với cùng kỳ
Cập nhật: 16/07/2024 08:45 | Lượt xem: 3.214

Theo báo cáo của Phòng Cảnh sát PCCC và CNCH Công an tỉnh, 6 tháng đầu năm 2024, trên địa bàn tỉnh Đồng Nai xảy ra 47 vụ cháy, giảm 13 vụ (tương đương 21,7%) so với cùng kỳ năm 2023; làm chết 3 người, bị thương 5 người; thiệt hại về tài sản ước tính khoảng 18,6 tỷ đồng. Trong số 47 vụ cháy, có 19 vụ xảy ra tại cơ sở sản xuất, kinh doanh, chiếm 40,4%; 14 vụ tại nhà ở hộ gia đình; còn lại là cháy xe, cháy cỏ, rác. Ngoài ra, đã xảy ra 2 vụ nổ, không gây thiệt hại về người.

Về cứu nạn, cứu hộ, lực lượng Cảnh sát PCCC và CNCH đã tổ chức 38 vụ, tăng 9 vụ so với cùng kỳ; trực tiếp cứu được 24 người, tìm kiếm 21 thi thể nạn nhân, chủ yếu là các vụ đuối nước trên sông Đồng Nai và hồ Trị An. Thời gian trung bình từ khi nhận tin báo đến khi có mặt tại hiện trường là 9 phút.

Từ đầu năm đến nay, Công an tỉnh đã kiểm tra 6.842 lượt cơ sở, đạt 57% kế hoạch năm; kiến nghị khắc phục hơn 1.900 thiếu sót, vi phạm. Qua đó, xử phạt vi phạm hành chính 412 trường hợp với tổng số tiền trên 5,37 tỷ đồng, tăng 1,2 tỷ đồng so với cùng kỳ; tạm đình chỉ hoạt động 27 cơ sở, đình chỉ 9 cơ sở. Riêng thành phố Biên Hòa có 156 trường hợp bị xử phạt, huyện Trảng Bom 73 trường hợp.

6 tháng cuối năm, Công an tỉnh phấn đấu hoàn thành 100% kế hoạch kiểm tra định kỳ; tổ chức thực tập phương án chữa cháy tại ít nhất 350 cơ sở. Khi phát hiện cháy, nổ, người dân gọi ngay số 114 hoặc đường dây nóng 0251.3822.114.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-16")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-16", inherited=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("giảm hơn 20% so với", "20", 20, "percent", "%", "số vụ cháy giảm so với cùng kỳ", approx="over",
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("xảy ra 47 vụ cháy", "47", 47, "count", "vụ cháy", "vụ cháy",
      change=C("decrease", 13, "vụ", "cùng kỳ năm 2023"), period=H1),
    F("(tương đương 21,7%)", "21,7", 21.7, "percent", "%", "số vụ cháy giảm so với cùng kỳ năm 2023",
      period=H1, optional=True),
    F("làm chết 3 người", "3", 3, "count", "người", "người chết do cháy", period=H1),
    F("bị thương 5 người", "5", 5, "count", "người", "người bị thương do cháy", period=H1),
    F("khoảng 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng", "thiệt hại về tài sản",
      approx="about", status="estimate", period=H1),
    F("Trong số 47 vụ cháy", "47", 47, "count", "vụ cháy", "vụ cháy", period=H1i, optional=True),
    F("có 19 vụ xảy ra", "19", 19, "count", "vụ", "vụ cháy xảy ra tại cơ sở sản xuất, kinh doanh",
      total=47, percent=40.4, period=H1i),
    F("14 vụ tại nhà ở", "14", 14, "count", "vụ", "vụ cháy tại nhà ở hộ gia đình", total=47, period=H1i),
    F("xảy ra 2 vụ nổ", "2", 2, "count", "vụ nổ", "vụ nổ", period=H1i),
    F("tổ chức 38 vụ", "38", 38, "count", "vụ", "vụ cứu nạn, cứu hộ được tổ chức",
      change=C("increase", 9, "vụ", "cùng kỳ"), period=H1i),
    F("cứu được 24 người", "24", 24, "count", "người", "người được cứu", period=H1i),
    F("tìm kiếm 21 thi thể", "21", 21, "count", "thi thể", "thi thể nạn nhân được tìm kiếm", period=H1i),
    F("là 9 phút", "9", 9, "measure", "phút",
      "thời gian trung bình từ khi nhận tin báo đến khi có mặt tại hiện trường", period=H1i),
    F("kiểm tra 6.842 lượt cơ sở", "6.842", 6842, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra",
      percent=57, period=YTD),
    F("hơn 1.900 thiếu sót", "1.900", 1900, "count", "thiếu sót, vi phạm", "thiếu sót, vi phạm được kiến nghị khắc phục",
      approx="over", period=YTD),
    F("hành chính 412 trường hợp", "412", 412, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính",
      period=YTDi),
    F("trên 5,37 tỷ đồng", "5,37", 5370000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính",
      approx="over", change=C("increase", 1200000000, "đồng", "cùng kỳ"), period=YTDi),
    F("hoạt động 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", period=YTDi),
    F("đình chỉ 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động", period=YTDi),
    F("Biên Hòa có 156 trường hợp", "156", 156, "count", "trường hợp", "trường hợp bị xử phạt",
      location="Biên Hòa", period=YTDi),
    F("Trảng Bom 73 trường hợp", "73", 73, "count", "trường hợp", "trường hợp bị xử phạt",
      location="Trảng Bom", period=YTDi),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "kế hoạch kiểm tra định kỳ hoàn thành",
      status="target", period=H2),
    F("ít nhất 350 cơ sở", "350", 350, "count", "cơ sở", "cơ sở tổ chức thực tập phương án chữa cháy",
      approx="at_least", status="target", period=H2),
]

write(1, TEXT, [
    "Cổng TTĐT tỉnh Đồng Nai (province portal): cháy, nổ, CNCH, kiểm tra và xử phạt 6 tháng đầu năm 2024; 'Cập nhật:' dateline with time and a view counter.",
    "Title growth rate 'giảm hơn 20%' is a percent figure (no base amount). 'giảm 13 vụ (tương đương 21,7%)': first change is the attribute, the bracketed",
    "second change is an optional percent figure. 'Trong số 47 vụ cháy' restates the whole (optional); its parts 19 and 14 take total 47.",
    "'Từ đầu năm đến nay' runs to the dateline 2024-07-16. 'đạt 57% kế hoạch năm' is the share of 6.842 (as h14's 'đạt 57,31% kế hoạch').",
    "Distractors: 'Lượt xem: 3.214', dateline time, hotline 114, phone 0251.3822.114, menu path.",
], FIGS, published="2024-07-16", location="Đồng Nai")
