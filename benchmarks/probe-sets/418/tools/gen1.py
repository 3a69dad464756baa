from lib import F, P, Y, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Nghệ An công bố kết quả sơ bộ Điều tra dân số và nhà ở giữa kỳ năm 2024
Cập nhật: 15/10/2024 09:20 | Lượt xem: 2.847

Sáng 14/10, Cục Thống kê tỉnh Nghệ An tổ chức hội nghị công bố kết quả sơ bộ Điều tra dân số và nhà ở giữa kỳ năm 2024, thực hiện theo Quyết định số 1185/QĐ-TTg của Thủ tướng Chính phủ.

Theo kết quả sơ bộ, tại thời điểm 0 giờ ngày 1/4/2024, dân số toàn tỉnh là 3.442.861 người, trong đó nam 1.718.304 người, chiếm 49,9%; nữ 1.724.557 người. Tỉnh có 961.525 hộ dân cư, quy mô hộ bình quân 3,58 người/hộ. Tốc độ tăng dân số bình quân giai đoạn 2019-2024 là 0,68%/năm, thấp hơn 0,15 điểm phần trăm so với giai đoạn 2009-2019.

Toàn tỉnh có 21 đơn vị hành chính cấp huyện. TP Vinh là địa phương có quy mô dân số lớn nhất với 352.640 người, tiếp đến là huyện Quỳnh Lưu 298.115 người, Diễn Châu 292.406 người và Yên Thành 288.930 người; huyện Quế Phong có mật độ dân số thấp nhất, chỉ 36 người/km².

Về nhà ở, 98,7% số hộ đang sống trong nhà kiên cố và bán kiên cố; diện tích nhà ở bình quân đầu người đạt 27,4 m², tăng 3,1 m² so với năm 2019. Tỷ lệ hộ được sử dụng nước sạch đạt 93,2%.

Thời gian thu thập thông tin tại địa bàn từ ngày 1/4 đến 30/4/2024. Cuộc điều tra được thực hiện tại 1.126 địa bàn mẫu với gần 45.000 hộ, do 1.180 điều tra viên và 218 tổ trưởng đảm nhận.

Mọi thông tin chi tiết xin liên hệ Phòng Thống kê Dân số - Văn xã, Cục Thống kê tỉnh Nghệ An, số 8 đường Trường Thi, TP Vinh; điện thoại 0238.3844.519.
"""

AS = P("tại thời điểm 0 giờ ngày 1/4/2024", None, "2024-04-01")
ASi = P("tại thời điểm 0 giờ ngày 1/4/2024", None, "2024-04-01", inh=True)
GD = P("giai đoạn 2019-2024", "2019-01-01", "2024-12-31")
TK = P("từ ngày 1/4 đến 30/4/2024", "2024-04-01", "2024-04-30", inh=True)

FIGS = [
    F("toàn tỉnh là 3.442.861 người", "3.442.861", 3442861, "count", "người", "dân số toàn tỉnh", AS),
    F("nam 1.718.304 người", "1.718.304", 1718304, "count", "người", "dân số nam", AS,
      total=3442861, percent=49.9),
    F("nữ 1.724.557 người", "1.724.557", 1724557, "count", "người", "dân số nữ", AS, total=3442861),
    F("có 961.525 hộ", "961.525", 961525, "count", "hộ", "hộ dân cư", ASi),
    F("bình quân 3,58 người/hộ", "3,58", 3.58, "measure", "người/hộ", "quy mô hộ bình quân", ASi),
    F("là 0,68%/năm", "0,68", 0.68, "percent", "%", "tốc độ tăng dân số bình quân", GD,
      change=CH("-", 0.15, "điểm phần trăm", "giai đoạn 2009-2019")),
    F("có 21 đơn vị hành chính", "21", 21, "count", "đơn vị hành chính cấp huyện",
      "đơn vị hành chính cấp huyện", optional=True),
    F("với 352.640 người", "352.640", 352640, "count", "người", "quy mô dân số", ASi, location="Vinh"),
    F("Quỳnh Lưu 298.115 người", "298.115", 298115, "count", "người", "quy mô dân số", ASi, location="Quỳnh Lưu"),
    F("Diễn Châu 292.406 người", "292.406", 292406, "count", "người", "quy mô dân số", ASi, location="Diễn Châu"),
    F("Yên Thành 288.930 người", "288.930", 288930, "count", "người", "quy mô dân số", ASi, location="Yên Thành"),
    F("chỉ 36 người/km²", "36", 36, "measure", "người/km²", "mật độ dân số", ASi, location="Quế Phong"),
    F("nhà ở, 98,7% số hộ", "98,7", 98.7, "percent", "%", "hộ đang sống trong nhà kiên cố và bán kiên cố", ASi),
    F("đạt 27,4 m²", "27,4", 27.4, "measure", "m²", "diện tích nhà ở bình quân đầu người", ASi,
      change=CH("+", 3.1, "m²", "năm 2019")),
    F("sạch đạt 93,2%", "93,2", 93.2, "percent", "%", "tỷ lệ hộ được sử dụng nước sạch", ASi),
    F("tại 1.126 địa bàn", "1.126", 1126, "count", "địa bàn", "địa bàn mẫu điều tra", TK),
    F("gần 45.000 hộ", "45.000", 45000, "count", "hộ", "hộ được điều tra", TK, approx="nearly"),
    F("do 1.180 điều tra viên", "1.180", 1180, "count", "điều tra viên", "điều tra viên", TK),
    F("và 218 tổ trưởng", "218", 218, "count", "tổ trưởng", "tổ trưởng", TK),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (province portal): preliminary results of the 2024 mid-term population and housing survey.",
    "Dateline 'Cập nhật: 15/10/2024 09:20'; 'Lượt xem: 2.847' is page furniture. Distractors: Quyết định số 1185/QĐ-TTg, '0 giờ' (time of day),",
    "'Sáng 14/10', address 'số 8 đường Trường Thi', phone 0238.3844.519, 'giai đoạn 2009-2019' (a baseline, not a figure).",
    "Census reference moment 'tại thời điểm 0 giờ ngày 1/4/2024' is an as-of date (start null, end 2024-04-01).",
    "nam/nữ after 'trong đó' (and after ';') are parts of the 3.442.861 (they add up). 0,68%/năm is a growth rate as the claim (percent, unit %),",
    "its gap 'thấp hơn 0,15 điểm phần trăm so với giai đoạn 2009-2019' is its change. District list: subject = indicator, place -> location.",
    "'21 đơn vị hành chính cấp huyện' is structure: optional. Fieldwork counts take the fieldwork dates of the previous sentence (inherited).",
]

emit("p418-1", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Nghệ An")
