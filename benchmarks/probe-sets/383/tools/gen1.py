from lib import F, P, I, C, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức > Văn hóa - Xã hội

Thanh Hóa: 89,6% hộ gia đình đạt danh hiệu "Gia đình văn hóa" năm 2024
Cập nhật: 14/01/2025 09:30 | Lượt xem: 1.274

Ngày 13/1, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.

Theo báo cáo, năm 2024 toàn tỉnh có 889.412 hộ gia đình được công nhận danh hiệu "Gia đình văn hóa", đạt 89,6% tổng số hộ, tăng 1,2% so với năm 2023. Trong đó, có 312.540 gia đình được công nhận "Gia đình văn hóa" 3 năm liên tục. Toàn tỉnh có 4.215/4.630 thôn, tổ dân phố đạt danh hiệu "Thôn, tổ dân phố văn hóa", chiếm 91,04%; 2.987 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa, đạt 93,5%.

Về thiết chế văn hóa, tính đến ngày 31/12/2024, 100% xã, phường, thị trấn có trung tâm văn hóa - thể thao; 4.398 thôn, tổ dân phố có nhà văn hóa, đạt 95%. Trong năm, các địa phương xây mới 126 nhà văn hóa thôn và sửa chữa, nâng cấp 341 nhà văn hóa với tổng kinh phí khoảng 187,5 tỷ đồng, trong đó nguồn xã hội hóa gần 64 tỷ đồng (chiếm 34,1%).

Một số địa phương có tỷ lệ gia đình văn hóa cao là: thị xã Bỉm Sơn (94,8%), huyện Hoằng Hóa (93,2%), huyện Thọ Xuân (92,7%); thấp nhất là huyện Mường Lát với 71,3%.

Theo Kế hoạch số 215/KH-UBND, năm 2025 tỉnh phấn đấu có trên 90% hộ gia đình đạt danh hiệu "Gia đình văn hóa", 92% thôn, tổ dân phố đạt danh hiệu văn hóa; mỗi huyện xây dựng ít nhất 2 thôn văn hóa kiểu mẫu.

Minh Hằng
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2024-01-01", "2024-12-31")
D31 = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
GDVH = "hộ gia đình được công nhận danh hiệu Gia đình văn hóa"

FIGS = [
    F("Thanh Hóa: 89,6% hộ", "89,6", 89.6, "percent", "%", "hộ gia đình đạt danh hiệu Gia đình văn hóa",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 889.412 hộ", "889.412", 889412, "count", "hộ gia đình", GDVH, Y24,
      percent=89.6, change=C("increase", 1.2, "%", "năm 2023")),
    F("có 312.540 gia đình", "312.540", 312540, "count", "gia đình",
      "gia đình được công nhận Gia đình văn hóa 3 năm liên tục", I(Y24), total=889412),
    F("văn hóa\" 3 năm liên tục", "3", 3, "measure", "năm", optional=True),
    F("có 4.215/4.630 thôn", "4.215", 4215, "count", "thôn, tổ dân phố",
      "thôn, tổ dân phố đạt danh hiệu Thôn, tổ dân phố văn hóa", I(Y24), total=4630, percent=91.04),
    F("2.987 cơ quan", "2.987", 2987, "count", "cơ quan, đơn vị, doanh nghiệp",
      "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", I(Y24), percent=93.5),
    F("2024, 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có trung tâm văn hóa - thể thao", D31),
    F("4.398 thôn", "4.398", 4398, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có nhà văn hóa", D31, percent=95),
    F("xây mới 126 nhà", "126", 126, "count", "nhà văn hóa thôn", "nhà văn hóa thôn xây mới", TN),
    F("nâng cấp 341 nhà", "341", 341, "count", "nhà văn hóa", "nhà văn hóa sửa chữa, nâng cấp", TN),
    F("khoảng 187,5 tỷ đồng", "187,5", 187.5e9, "money", "đồng", "tổng kinh phí xây mới, sửa chữa nhà văn hóa", TN,
      approx="about"),
    F("gần 64 tỷ đồng", "64", 64e9, "money", "đồng", "nguồn xã hội hóa", TN, approx="nearly",
      total=187.5e9, percent=34.1),
    F("Bỉm Sơn (94,8%)", "94,8", 94.8, "percent", "%", "tỷ lệ gia đình văn hóa", I(Y24), location="Bỉm Sơn"),
    F("Hoằng Hóa (93,2%)", "93,2", 93.2, "percent", "%", "tỷ lệ gia đình văn hóa", I(Y24), location="Hoằng Hóa"),
    F("Thọ Xuân (92,7%)", "92,7", 92.7, "percent", "%", "tỷ lệ gia đình văn hóa", I(Y24), location="Thọ Xuân"),
    F("với 71,3%", "71,3", 71.3, "percent", "%", "tỷ lệ gia đình văn hóa", I(Y24), location="Mường Lát"),
    F("trên 90% hộ", "90", 90, "percent", "%", "hộ gia đình đạt danh hiệu Gia đình văn hóa", Y25,
      approx="over", status="target"),
    F("92% thôn", "92", 92, "percent", "%", "thôn, tổ dân phố đạt danh hiệu văn hóa", Y25, status="target"),
    F("ít nhất 2 thôn", "2", 2, "count", "thôn", "thôn văn hóa kiểu mẫu mỗi huyện xây dựng", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Thanh Hóa): year-end review of the movement 'Toàn dân đoàn kết xây dựng đời sống văn hóa' 2024.",
    "'Cập nhật: 14/01/2025 09:30' is the dateline; 'Lượt xem: 1.274' page furniture. Distractors: 'Ngày 13/1', 'năm 2025' (meeting), 'Kế hoạch số 215/KH-UBND'.",
    "Headline 89,6% is a figure (period from the headline's 'năm 2024'); in the body 89,6% is the share (percent) of 889.412 hộ and 'tăng 1,2% so với năm 2023' its change.",
    "'Trong đó, có 312.540 gia đình' (sentence break) is part of 889.412. '3 năm liên tục' is a criterion of the title: optional.",
    "'4.215/4.630 …, chiếm 91,04%' total + percent. 'tính đến ngày 31/12/2024' is an as-of date. 'Trong năm' in a year report = 2024.",
    "'gần 64 tỷ đồng (chiếm 34,1%)' after 'trong đó' is part of 'khoảng 187,5 tỷ đồng'. District list: place -> location, subject = list indicator.",
    "Targets for 2025 ('phấn đấu') are status target; 'ít nhất 2 thôn' at_least.",
]

emit("p383-1", TEXT, COMMENTS, FIGS, published="2025-01-14", location="Thanh Hóa")
