from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Cập nhật: 12/07/2024 08:30

Tỷ lệ hồ sơ trực tuyến cấp xã 6 tháng đầu năm tăng mạnh

(Quảng Ngãi) - Theo báo cáo của Văn phòng UBND tỉnh, 6 tháng đầu năm 2024, 173 xã, phường, thị trấn trên địa bàn tỉnh đã tiếp nhận 214.587 hồ sơ thủ tục hành chính, trong đó có 128.300 hồ sơ nộp trực tuyến, đạt tỷ lệ 59,79%, tăng 21,4 điểm phần trăm so với cùng kỳ năm 2023.

Tỷ lệ giải quyết hồ sơ đúng hạn ở cấp xã đạt 98,6%; số hồ sơ quá hạn là 2.915 hồ sơ, giảm 37% so với cùng kỳ. Có 41.260 hồ sơ thực hiện thanh toán trực tuyến với số tiền hơn 2,35 tỷ đồng.

Một số địa phương có tỷ lệ hồ sơ trực tuyến cấp xã cao là: thị xã Đức Phổ (78,2%), huyện Bình Sơn (71,5%), huyện Tư Nghĩa (69,04%) và thành phố Quảng Ngãi (66,3%). Ngược lại, các huyện miền núi Minh Long, Sơn Tây, Ba Tơ chỉ đạt từ 21% đến 34%.

Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cấp xã đạt 87,3%, chưa đạt chỉ tiêu 100% theo Kế hoạch số 96/KH-UBND. Chỉ số hài lòng của người dân đối với cấp xã qua hệ thống đánh giá điện tử đạt 4,62/5 điểm, với gần 96 nghìn lượt đánh giá.

Ông Võ Phiên, Phó Chánh Văn phòng UBND tỉnh cho biết, trong 6 tháng cuối năm, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến cấp xã đạt ít nhất 65%, tỷ lệ thanh toán trực tuyến đạt 40%. Mục tiêu đến cuối năm, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình theo Quyết định số 468/QĐ-TTg.

Người dân có thể phản ánh qua Đường dây nóng 0255.3822.386 hoặc ứng dụng Quảng Ngãi-S.

Lượt xem: 2.418
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
C6 = P("trong 6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("năm 2024, 173 xã", "173", 173, "count", "xã, phường, thị trấn", "xã, phường, thị trấn trên địa bàn tỉnh tiếp nhận hồ sơ", period=H6),
    F("tiếp nhận 214.587 hồ sơ", "214.587", 214587, "count", "hồ sơ", "hồ sơ thủ tục hành chính cấp xã tiếp nhận", period=H6),
    F("có 128.300 hồ sơ", "128.300", 128300, "count", "hồ sơ", "hồ sơ nộp trực tuyến", total=214587, percent=59.79,
      change={"direction": "increase", "value": 21.4, "unit": "điểm phần trăm", "baseline": "cùng kỳ năm 2023"}, period=H6),
    F("cấp xã đạt 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ giải quyết hồ sơ đúng hạn ở cấp xã", period=H6i),
    F("là 2.915 hồ sơ", "2.915", 2915, "count", "hồ sơ", "số hồ sơ quá hạn",
      change={"direction": "decrease", "value": 37, "unit": "%", "baseline": "cùng kỳ"}, period=H6i),
    F("Có 41.260 hồ sơ", "41.260", 41260, "count", "hồ sơ", "hồ sơ thực hiện thanh toán trực tuyến", period=H6i),
    F("hơn 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "số tiền thanh toán trực tuyến", approx="over", period=H6i),
    F("Đức Phổ (78,2%)", "78,2", 78.2, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", location="Đức Phổ", period=H6i),
    F("Bình Sơn (71,5%)", "71,5", 71.5, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", location="Bình Sơn", period=H6i),
    F("Tư Nghĩa (69,04%)", "69,04", 69.04, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", location="Tư Nghĩa", period=H6i),
    F("Quảng Ngãi (66,3%)", "66,3", 66.3, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", location="Quảng Ngãi", period=H6i),
    F("từ 21% đến 34%", "21", 21, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã các huyện miền núi", value_max=34, period=H6i),
    F("cấp xã đạt 87,3%", "87,3", 87.3, "percent", "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cấp xã",
      target={"value": 100, "unit": "%", "met": False}, period=H6i),
    F("đạt 4,62/5 điểm", "4,62", 4.62, "measure", "điểm", "chỉ số hài lòng của người dân đối với cấp xã", total=5, period=H6i),
    F("gần 96 nghìn lượt", "96", 96000, "count", "lượt đánh giá", "lượt đánh giá", approx="nearly", period=H6i),
    F("đạt ít nhất 65%", "65", 65, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", approx="at_least", status="target", period=C6),
    F("trực tuyến đạt 40%", "40", 40, "percent", "%", "tỷ lệ thanh toán trực tuyến", status="target", period=C6),
    F("năm, 100% thủ tục", "100", 100, "percent", "%", "thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình",
      status="target", period=P("đến cuối năm", None, "2024-12-31")),
]

HEADER = """Cổng TTĐT tỉnh Quảng Ngãi (province portal, 'Cập nhật: 12/07/2024 08:30', view counter at the end): commune-level one-stop results, 6 months 2024.
'đạt tỷ lệ 59,79%, tăng 21,4 điểm phần trăm so với cùng kỳ năm 2023' attach to 128.300 (part of 214.587 after 'trong đó').
District list sharing 'tỷ lệ hồ sơ trực tuyến cấp xã': district/town/city → location (thành phố Quảng Ngãi shares the province name).
'các huyện miền núi Minh Long, Sơn Tây, Ba Tơ chỉ đạt từ 21% đến 34%': one range for three districts → no single district, location stays the province.
'chưa đạt chỉ tiêu 100%' is the target of 87,3% (met false). '4,62/5 điểm' → total 5. Targets in '6 tháng cuối năm' → 2024-07-01..2024-12-31.
'Mục tiêu đến cuối năm, 100% thủ tục …' → status target, period ends 2024-12-31 (year from the dateline).
Distractors: Kế hoạch số 96/KH-UBND, Quyết định số 468/QĐ-TTg, hotline 0255.3822.386, app 'Quảng Ngãi-S', Lượt xem: 2.418."""

write(2, TEXT, HEADER, FIGS, published="2024-07-12", location="Quảng Ngãi")
