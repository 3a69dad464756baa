from lib import F, P, C, T, write

TEXT = """Thanh Hóa: 6 tháng đầu năm 2024 tiếp 4.126 lượt công dân
Cập nhật: 12/07/2024 15:20 | Lượt xem: 1.837

Theo báo cáo của Thanh tra tỉnh tại phiên họp thường kỳ tháng 7 của UBND tỉnh, 6 tháng đầu năm 2024, các cơ quan hành chính nhà nước trong tỉnh đã tiếp 4.126 lượt công dân, giảm 8,4% so với cùng kỳ năm 2023, với 3.508 vụ việc; trong đó có 27 đoàn đông người. Lãnh đạo UBND tỉnh tiếp công dân định kỳ 6 buổi, lãnh đạo UBND cấp huyện tiếp 214 buổi theo quy định của Luật Tiếp công dân năm 2013.

Về tiếp nhận đơn thư, toàn tỉnh tiếp nhận 5.372 đơn, tăng 3,1% so với cùng kỳ; trong đó 1.105 đơn khiếu nại, 412 đơn tố cáo và 3.855 đơn kiến nghị, phản ánh. Sau khi phân loại, có 2.164 vụ việc đủ điều kiện xử lý thuộc thẩm quyền. Đến nay, các cơ quan đã giải quyết 1.879/2.164 vụ việc, đạt 86,8%.

Lĩnh vực đất đai tiếp tục là điểm nóng, chiếm 71,5% tổng số đơn; nội dung chủ yếu là tranh chấp quyền sử dụng đất, khiếu nại về giá bồi thường, hỗ trợ tái định cư khi Nhà nước thu hồi đất. Qua giải quyết khiếu nại, tố cáo, đã kiến nghị thu hồi cho Nhà nước gần 3,2 tỷ đồng và 1,46 ha đất; trả lại cho 19 hộ dân 5.820 m2 đất.

Số vụ việc tồn đọng, kéo dài tập trung tại thị xã Nghi Sơn (63 vụ việc), thành phố Sầm Sơn (41 vụ việc) và huyện Quảng Xương (28 vụ việc), chủ yếu liên quan đến bồi thường, giải phóng mặt bằng các dự án khu kinh tế và khu du lịch ven biển.

Chỉ đạo nhiệm vụ 6 tháng cuối năm, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương phấn đấu tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt trên 90%; 100% vụ việc đông người, phức tạp phải được tập trung giải quyết dứt điểm. Thực hiện Nghị định số 124/2020/NĐ-CP, công dân có thể phản ánh qua đường dây nóng 0237.3852.468 hoặc đến Trụ sở Tiếp công dân tỉnh, số 35 Đại lộ Lê Lợi.

Thanh Tâm
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("tháng đầu năm 2024 tiếp 4.126 lượt", "4.126", 4126, "count", "lượt công dân",
      "lượt công dân được tiếp", period=H1),
    F("đã tiếp 4.126 lượt công dân", "4.126", 4126, "count", "lượt công dân",
      "lượt công dân các cơ quan hành chính nhà nước tiếp", period=H1,
      change=C("decrease", 8.4, "%", "cùng kỳ năm 2023")),
    F("với 3.508 vụ việc", "3.508", 3508, "count", "vụ việc", "vụ việc", period=H1),
    F("có 27 đoàn đông người", "27", 27, "count", "đoàn", "đoàn đông người", period=H1),
    F("định kỳ 6 buổi", "6", 6, "count", "buổi", "buổi tiếp công dân định kỳ của lãnh đạo UBND tỉnh", period=H1i),
    F("tiếp 214 buổi", "214", 214, "count", "buổi", "buổi tiếp công dân của lãnh đạo UBND cấp huyện", period=H1i),
    F("tiếp nhận 5.372 đơn", "5.372", 5372, "count", "đơn", "đơn thư tiếp nhận", period=H1i,
      change=C("increase", 3.1, "%", "cùng kỳ")),
    F("1.105 đơn khiếu nại", "1.105", 1105, "count", "đơn", "đơn khiếu nại", total=5372, period=H1i),
    F("412 đơn tố cáo", "412", 412, "count", "đơn", "đơn tố cáo", total=5372, period=H1i),
    F("3.855 đơn kiến nghị", "3.855", 3855, "count", "đơn", "đơn kiến nghị, phản ánh", total=5372, period=H1i),
    F("có 2.164 vụ việc", "2.164", 2164, "count", "vụ việc", "vụ việc đủ điều kiện xử lý thuộc thẩm quyền", period=H1i),
    F("1.879/2.164 vụ việc", "1.879", 1879, "count", "vụ việc", "vụ việc đã giải quyết", total=2164, percent=86.8),
    F("chiếm 71,5% tổng số đơn", "71,5", 71.5, "percent", "%", "tỷ lệ đơn thuộc lĩnh vực đất đai trong tổng số đơn", period=H1i),
    F("gần 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "tiền kiến nghị thu hồi cho Nhà nước", approx="nearly", period=H1i),
    F("1,46 ha đất", "1,46", 1.46, "measure", "ha", "đất kiến nghị thu hồi cho Nhà nước", period=H1i),
    F("cho 19 hộ dân", "19", 19, "count", "hộ dân", "hộ dân được trả lại đất", period=H1i),
    F("5.820 m2 đất", "5.820", 5820, "measure", "m2", "đất trả lại cho hộ dân", period=H1i),
    F("Nghi Sơn (63 vụ việc)", "63", 63, "count", "vụ việc", "vụ việc tồn đọng, kéo dài", location="Nghi Sơn"),
    F("Sầm Sơn (41 vụ việc)", "41", 41, "count", "vụ việc", "vụ việc tồn đọng, kéo dài", location="Sầm Sơn"),
    F("Quảng Xương (28 vụ việc)", "28", 28, "count", "vụ việc", "vụ việc tồn đọng, kéo dài", location="Quảng Xương"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền",
      approx="over", status="target", period=H2),
    F("100% vụ việc đông người", "100", 100, "percent", "%", "vụ việc đông người, phức tạp được giải quyết dứt điểm",
      status="target", period=H2),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): tiếp công dân, đơn thư, 6 tháng đầu năm 2024. Dateline 'Cập nhật: 12/07/2024 15:20 | Lượt xem: 1.837'.",
    "Distractors: counter, 'phiên họp thường kỳ tháng 7', 'Luật Tiếp công dân năm 2013', 'Nghị định số 124/2020/NĐ-CP', phone, address 'số 35 Đại lộ Lê Lợi'.",
    "The headline 4.126 is a figure of its own (as in h30). 'giảm 8,4% …' follows 4.126 directly: its change. '27 đoàn' after 'trong đó' counts delegations,",
    "not vụ việc: no total. The three kinds of đơn add up to 5.372 (total). '1.879/2.164 vụ việc, đạt 86,8%' total + percent.",
    "Sentences after the first paragraph take '6 tháng đầu năm 2024' (inherited); 'Đến nay' on 1.879 is not given a period. District list: location per item.",
    "'6 tháng cuối năm' (no year) takes 2024 from the earlier period; 'phấn đấu' makes both last figures targets.",
]

write("p435-1", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Thanh Hóa")
