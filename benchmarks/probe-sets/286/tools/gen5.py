from lib import F, P, ch, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÀM THUẬN BẮC
Thứ Sáu, 11/10/2024 - 15:40

Hàm Thuận Bắc: Rà soát an toàn đập, hồ chứa nước trước mùa mưa lũ

Thực hiện Công văn số 2317/UBND-KT của UBND tỉnh Bình Thuận, trong quý III/2024, UBND huyện đã thành lập 3 đoàn kiểm tra an toàn 14 hồ chứa và 9 đập dâng trên địa bàn. Kết quả cho thấy có 5 hồ chứa bị xuống cấp, trong đó 2 hồ (hồ Suối Le và hồ Đá Bàn) có hiện tượng thấm qua thân đập, mái hạ lưu bị sạt lở khoảng 120 m2.

Tính đến 7 giờ ngày 10/10/2024, hồ Sông Quao tích được 58,42 triệu m3, đạt 79,8% dung tích thiết kế; mực nước hồ ở cao trình 67,85 m, thấp hơn mực nước dâng bình thường 1,65 m. Huyện đã đề nghị Công ty TNHH MTV Khai thác công trình thủy lợi Bình Thuận duy trì mực nước đón lũ không vượt quá cao trình 68,0 m đến hết tháng 11/2024.

Trong 9 tháng năm 2024, tổng diện tích gieo trồng được tưới từ các công trình thủy lợi của huyện đạt 18.640 ha, tăng 6,2% so với cùng kỳ, trong đó lúa 13.200 ha, thanh long 3.910 ha, cây trồng khác 1.530 ha. Tổng lượng nước đã cấp cho sản xuất và sinh hoạt ước đạt 96,5 triệu m3.

Năm 2024, huyện bố trí 4,75 tỷ đồng để sửa chữa, nâng cấp 6 công trình thủy lợi; tính đến ngày 30/9/2024 đã giải ngân 3,12 tỷ đồng, đạt 65,7% kế hoạch vốn. Huyện phấn đấu đến hết năm 2024 giải ngân 100% kế hoạch.

Mọi phản ánh về sự cố công trình, đề nghị liên hệ Phòng Nông nghiệp và PTNT huyện, số 12 đường Nguyễn Tất Thành, thị trấn Ma Lâm; điện thoại 0252.3865.107.

Minh Tuấn - Phòng NN&PTNT
"""

Q3 = P("trong quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("trong quý III/2024", "2024-07-01", "2024-09-30", inh=True)
AS = P("Tính đến 7 giờ ngày 10/10/2024", None, "2024-10-10")
N9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thành lập 3 đoàn", "3", 3, "count", "đoàn kiểm tra", "đoàn kiểm tra an toàn", Q3),
    F("an toàn 14 hồ", "14", 14, "count", "hồ chứa", "hồ chứa được kiểm tra an toàn", Q3),
    F("và 9 đập", "9", 9, "count", "đập dâng", "đập dâng được kiểm tra an toàn", Q3),
    F("có 5 hồ", "5", 5, "count", "hồ chứa", "hồ chứa bị xuống cấp", Q3i),
    F("trong đó 2 hồ", "2", 2, "count", "hồ", "hồ có hiện tượng thấm qua thân đập", Q3i, total=5),
    F("khoảng 120 m2", "120", 120, "measure", "m2", "mái hạ lưu bị sạt lở", Q3i, approx="about"),
    F("tích được 58,42 triệu m3", "58,42", 58420000, "measure", "m3", "dung tích hồ Sông Quao", AS, percent=79.8),
    F("cao trình 67,85 m", "67,85", 67.85, "measure", "m", "mực nước hồ Sông Quao", AS,
      change=ch("decrease", 1.65, "m", "mực nước dâng bình thường")),
    F("cao trình 68,0 m", "68,0", 68.0, "measure", "m", "mực nước đón lũ", P("đến hết tháng 11/2024", None, "2024-11-30"),
      approx="at_most", status="target", optional=True),
    F("đạt 18.640 ha", "18.640", 18640, "measure", "ha", "tổng diện tích gieo trồng được tưới từ các công trình thủy lợi",
      N9, change=ch("increase", 6.2, "%", "cùng kỳ")),
    F("lúa 13.200 ha", "13.200", 13200, "measure", "ha", "diện tích lúa được tưới", N9, total=18640),
    F("thanh long 3.910 ha", "3.910", 3910, "measure", "ha", "diện tích thanh long được tưới", N9, total=18640),
    F("khác 1.530 ha", "1.530", 1530, "measure", "ha", "diện tích cây trồng khác được tưới", N9, total=18640),
    F("ước đạt 96,5 triệu m3", "96,5", 96500000, "measure", "m3", "tổng lượng nước đã cấp cho sản xuất và sinh hoạt",
      N9i, status="estimate"),
    F("bố trí 4,75 tỷ đồng", "4,75", 4750000000, "money", "đồng", "kinh phí sửa chữa, nâng cấp công trình thủy lợi", Y24),
    F("nâng cấp 6 công trình", "6", 6, "count", "công trình thủy lợi", "công trình thủy lợi được sửa chữa, nâng cấp", Y24),
    F("giải ngân 3,12 tỷ đồng", "3,12", 3120000000, "money", "đồng", "vốn sửa chữa, nâng cấp công trình thủy lợi đã giải ngân",
      P("tính đến ngày 30/9/2024", None, "2024-09-30"), percent=65.7),
    F("giải ngân 100% kế hoạch", "100", 100, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "District portal of Hàm Thuận Bắc (Bình Thuận): dam-safety inspection in quý III/2024, hồ Sông Quao storage, irrigated area",
    "9 months 2024, repair funds. Dateline 'Thứ Sáu, 11/10/2024 - 15:40'. Default location is the district (the portal's own place).",
    "Distractors: 'Công văn số 2317/UBND-KT', '7 giờ', address 'số 12 đường Nguyễn Tất Thành', phone 0252.3865.107, 'tháng 11/2024'.",
    "'5 hồ chứa bị xuống cấp' has no cue tying it to the 14 inspected (no total); '2 hồ' after 'trong đó' has total 5.",
    "'không vượt quá cao trình 68,0 m' is an operating ceiling (at_most, target): optional. 'tăng 6,2% so với cùng kỳ' is the",
    "change of 18.640 ha; the crop parts after 'trong đó' add up to it. 'đạt 65,7% kế hoạch vốn' is the share of 3,12 tỷ.",
    "'giải ngân 100% kế hoạch' with 'phấn đấu ... đến hết năm 2024' is a target percent.",
]

emit("p286-5", TEXT, COMMENTS, FIGS, published="2024-10-11", location="Hàm Thuận Bắc")
