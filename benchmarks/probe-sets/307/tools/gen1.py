from lib import F, P, write

ART = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Bình Dương: Số vụ cháy 6 tháng đầu năm giảm gần 12%
Cập nhật: 12/07/2024 08:45 | Lượt xem: 2.315

Theo báo cáo của Phòng Cảnh sát PCCC và CNCH Công an tỉnh, 6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 187 vụ cháy, giảm 25 vụ (giảm 11,8%) so với cùng kỳ năm 2023; làm chết 4 người, bị thương 9 người; thiệt hại về tài sản ước tính khoảng 38,6 tỷ đồng. Trong đó, 96 vụ xảy ra tại cơ sở sản xuất, kinh doanh, chiếm 51,3%; 58 vụ cháy nhà ở, chiếm 31%; còn lại là cháy xe, cháy bãi cỏ, rác. Nguyên nhân chủ yếu do sự cố hệ thống, thiết bị điện (112 vụ) và sơ suất trong sử dụng nguồn lửa (41 vụ). Ngoài ra, xảy ra 2 vụ nổ, làm bị thương 3 người.

Các địa phương xảy ra nhiều vụ cháy là TP Thủ Dầu Một (38 vụ), TP Thuận An (35 vụ), TP Dĩ An (29 vụ) và TX Bến Cát (24 vụ).

Lực lượng Cảnh sát PCCC và CNCH đã tham gia 64 vụ cứu nạn, cứu hộ, tăng 14 vụ so với cùng kỳ, trực tiếp cứu được 38 người, tìm kiếm 21 thi thể nạn nhân; trong đó có 29 vụ đuối nước.

Công tác kiểm tra an toàn PCCC theo Nghị định số 136/2020/NĐ-CP được duy trì thường xuyên: toàn tỉnh kiểm tra 5.412 lượt cơ sở, đạt 108,2% kế hoạch; phát hiện 1.036 trường hợp vi phạm, xử phạt vi phạm hành chính 318 trường hợp với tổng số tiền hơn 4,27 tỷ đồng; tạm đình chỉ hoạt động 17 cơ sở. Các đơn vị đã tổ chức thực tập 1.280 phương án chữa cháy, trong đó có 46 phương án do cơ quan Công an chủ trì.

6 tháng cuối năm, Công an tỉnh phấn đấu giảm ít nhất 5% số vụ cháy so với năm 2023, 100% cơ sở thuộc diện quản lý được kiểm tra định kỳ. Khi phát hiện cháy, người dân gọi ngay số 114 hoặc 0274.3822.114.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

figs = [
    F("giảm gần 12%", "12", 12, "percent", "%", "mức giảm số vụ cháy", approx="nearly",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("xảy ra 187 vụ cháy", "187", 187, "count", "vụ", "vụ cháy",
      change={"direction": "decrease", "value": 25, "unit": "vụ", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("(giảm 11,8%)", "11,8", 11.8, "percent", "%", "mức giảm số vụ cháy", optional=True, period=H1),
    F("làm chết 4 người", "4", 4, "count", "người", "người chết do cháy", period=H1),
    F("bị thương 9 người", "9", 9, "count", "người", "người bị thương do cháy", period=H1),
    F("khoảng 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "thiệt hại về tài sản do cháy", approx="about",
      status="estimate", period=H1),
    F("96 vụ xảy ra", "96", 96, "count", "vụ", "vụ cháy tại cơ sở sản xuất, kinh doanh", total=187, percent=51.3, period=H1i),
    F("58 vụ cháy nhà ở", "58", 58, "count", "vụ", "vụ cháy nhà ở", total=187, percent=31, period=H1i),
    F("(112 vụ)", "112", 112, "count", "vụ", "vụ cháy do sự cố hệ thống, thiết bị điện", period=H1i),
    F("(41 vụ)", "41", 41, "count", "vụ", "vụ cháy do sơ suất trong sử dụng nguồn lửa", period=H1i),
    F("xảy ra 2 vụ nổ", "2", 2, "count", "vụ", "vụ nổ", period=H1i),
    F("bị thương 3 người", "3", 3, "count", "người", "người bị thương do nổ", period=H1i),
    F("Thủ Dầu Một (38 vụ)", "38", 38, "count", "vụ", "vụ cháy", location="Thủ Dầu Một", period=H1i),
    F("Thuận An (35 vụ)", "35", 35, "count", "vụ", "vụ cháy", location="Thuận An", period=H1i),
    F("Dĩ An (29 vụ)", "29", 29, "count", "vụ", "vụ cháy", location="Dĩ An", period=H1i),
    F("Bến Cát (24 vụ)", "24", 24, "count", "vụ", "vụ cháy", location="Bến Cát", period=H1i),
    F("tham gia 64 vụ", "64", 64, "count", "vụ", "vụ cứu nạn, cứu hộ",
      change={"direction": "increase", "value": 14, "unit": "vụ", "baseline": "cùng kỳ"}, period=H1i),
    F("cứu được 38 người", "38", 38, "count", "người", "người được cứu", period=H1i),
    F("tìm kiếm 21 thi thể", "21", 21, "count", "thi thể", "thi thể nạn nhân tìm kiếm", period=H1i),
    F("có 29 vụ đuối nước", "29", 29, "count", "vụ", "vụ cứu nạn đuối nước", total=64, period=H1i),
    F("kiểm tra 5.412 lượt", "5.412", 5412, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra an toàn PCCC",
      percent=108.2, period=H1i),
    F("phát hiện 1.036 trường hợp", "1.036", 1036, "count", "trường hợp", "trường hợp vi phạm phát hiện", period=H1i),
    F("hành chính 318 trường hợp", "318", 318, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", period=H1i),
    F("hơn 4,27 tỷ đồng", "4,27", 4.27e9, "money", "đồng", "tiền xử phạt vi phạm hành chính", approx="over", period=H1i),
    F("hoạt động 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", period=H1i),
    F("thực tập 1.280 phương án", "1.280", 1280, "count", "phương án", "phương án chữa cháy được thực tập", period=H1i),
    F("có 46 phương án", "46", 46, "count", "phương án", "phương án do cơ quan Công an chủ trì", total=1280, period=H1i),
    F("ít nhất 5% số vụ cháy", "5", 5, "percent", "%", "mức giảm số vụ cháy", approx="at_least", status="target", period=H2),
    F("100% cơ sở thuộc diện", "100", 100, "percent", "%", "tỷ lệ cơ sở thuộc diện quản lý được kiểm tra định kỳ",
      status="target", period=H2),
]

write("p307-1", ART, figs, [
    "Cổng TTĐT tỉnh Bình Dương: kết quả PCCC và CNCH 6 tháng đầu năm 2024. Dateline 'Cập nhật: 12/07/2024 08:45 | Lượt xem: 2.315' (counter = furniture).",
    "Headline 'giảm gần 12%' is a rate as the claim (percent, no change); year-less '6 tháng đầu năm' takes 2024 from published.",
    "'giảm 25 vụ (giảm 11,8%)': the first change is the attribute of 187 vụ, the bracketed second one an optional percent figure.",
    "'Trong đó, 96 vụ ..., chiếm 51,3%' parts of 187 with shares; cause counts in brackets have no part-of cue (no total).",
    "'6 tháng cuối năm' targets: period 2024-07-01..2024-12-31, 'phấn đấu' makes both status target. Distractors: Nghị định số 136/2020/NĐ-CP, 114, phone.",
], published="2024-07-12", location="Bình Dương")
