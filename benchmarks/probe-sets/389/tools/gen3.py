from lib import F, P, I, emit

TEXT = """ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH QUẢNG NGÃI
Tin tức » Cảnh báo thiên tai

Mưa lớn diện rộng, nguy cơ cao xảy ra sạt lở đất tại các huyện miền núi
Ngày đăng: 18/10/2024 | Lượt xem: 642

Toàn tỉnh Quảng Ngãi hiện có 87 trạm đo mưa tự động, trong đó 24 trạm do Trung ương đầu tư, còn lại do tỉnh và các dự án quốc tế hỗ trợ. Số liệu được truyền về Đài theo chu kỳ 10 phút/lần.

Từ 19 giờ ngày 16/10 đến 7 giờ ngày 18/10/2024, khu vực miền núi phía Tây của tỉnh có mưa to đến rất to, tổng lượng mưa phổ biến từ 250 đến 400 mm. Một số trạm có lượng mưa lớn như: Sơn Tây 512 mm, Ba Tơ 468 mm, Minh Long 437 mm, Sơn Hà 395 mm.

Đài KTTV tỉnh dự báo, từ ngày 18 đến 20/10/2024, khu vực tiếp tục có mưa to, lượng mưa phổ biến 150-250 mm, có nơi trên 300 mm. Cảnh báo rủi ro thiên tai do lũ quét, sạt lở đất ở cấp độ 2, có khả năng lên cấp độ 3.

Theo bản đồ phân vùng rủi ro, trong 173 xã, phường, thị trấn của tỉnh, có 58 xã thuộc vùng nguy cơ sạt lở từ trung bình đến rất cao, tập trung tại các huyện Ba Tơ (14 xã), Trà Bồng (12 xã), Sơn Tây (9 xã). Hiện có 2.340 hộ với khoảng 8.900 người ở 126 điểm xung yếu cần sơ tán khi có mưa lớn.

Sở Nông nghiệp và PTNT đề nghị các địa phương kiểm tra, sẵn sàng sơ tán dân; lực lượng xung kích tại chỗ gồm 1.850 người trực 24/24 giờ. Thông tin cảnh báo được cập nhật liên tục trên trang tin của Đài tại số 8 đường Phạm Văn Đồng, TP Quảng Ngãi; đường dây nóng 0255.3822.416.
"""

RAIN = P("Từ 19 giờ ngày 16/10 đến 7 giờ ngày 18/10/2024", "2024-10-16", "2024-10-18")
FC = P("từ ngày 18 đến 20/10/2024", "2024-10-18", "2024-10-20")
LOC = "Quảng Ngãi"

FIGS = [
    F("chu kỳ 10 phút/lần", "10", 10, "measure", "phút/lần", "chu kỳ truyền số liệu", optional=True),
    F("có 87 trạm", "87", 87, "count", "trạm", "trạm đo mưa tự động"),
    F("trong đó 24 trạm", "24", 24, "count", "trạm", "trạm đo mưa tự động do Trung ương đầu tư", total=87),
    F("từ 250 đến 400 mm", "250", 250, "measure", "mm", "tổng lượng mưa khu vực miền núi phía Tây", RAIN,
      value_max=400),
    F("Sơn Tây 512 mm", "512", 512, "measure", "mm", "lượng mưa", I(RAIN), location="Sơn Tây"),
    F("Ba Tơ 468 mm", "468", 468, "measure", "mm", "lượng mưa", I(RAIN), location="Ba Tơ"),
    F("Minh Long 437 mm", "437", 437, "measure", "mm", "lượng mưa", I(RAIN), location="Minh Long"),
    F("Sơn Hà 395 mm", "395", 395, "measure", "mm", "lượng mưa", I(RAIN), location="Sơn Hà"),
    F("phổ biến 150-250 mm", "150", 150, "measure", "mm", "lượng mưa", FC, value_max=250, status="forecast"),
    F("nơi trên 300 mm", "300", 300, "measure", "mm", "lượng mưa", FC, approx="over", status="forecast"),
    F("trong 173 xã", "173", 173, "count", "xã, phường, thị trấn", "xã, phường, thị trấn của tỉnh", optional=True),
    F("có 58 xã", "58", 58, "count", "xã", "xã thuộc vùng nguy cơ sạt lở từ trung bình đến rất cao", total=173),
    F("Ba Tơ (14 xã)", "14", 14, "count", "xã", "xã thuộc vùng nguy cơ sạt lở", location="Ba Tơ"),
    F("Trà Bồng (12 xã)", "12", 12, "count", "xã", "xã thuộc vùng nguy cơ sạt lở", location="Trà Bồng"),
    F("Sơn Tây (9 xã)", "9", 9, "count", "xã", "xã thuộc vùng nguy cơ sạt lở", location="Sơn Tây"),
    F("có 2.340 hộ", "2.340", 2340, "count", "hộ", "hộ ở điểm xung yếu cần sơ tán khi có mưa lớn"),
    F("khoảng 8.900 người", "8.900", 8900, "count", "người", "người ở điểm xung yếu cần sơ tán khi có mưa lớn",
      approx="about"),
    F("ở 126 điểm", "126", 126, "count", "điểm", "điểm xung yếu"),
    F("gồm 1.850 người", "1.850", 1850, "count", "người", "lực lượng xung kích tại chỗ"),
]

COMMENTS = [
    "Department site (Đài KTTV tỉnh Quảng Ngãi): rainfall from automatic rain gauges, forecast, landslide-risk communes, people to evacuate.",
    "'Ngày đăng: 18/10/2024 | Lượt xem: 642' gives published; the counter is page furniture.",
    "'10 phút/lần' (transmission interval, a setting) is optional. Distractors: times '19 giờ', '7 giờ', risk levels 'cấp độ 2', 'cấp độ 3' (like service levels),",
    "'24/24 giờ' (round-the-clock, not a fraction), address 'số 8 đường Phạm Văn Đồng', hotline 0255.3822.416.",
    "Rain event 'Từ 19 giờ ngày 16/10 đến 7 giờ ngày 18/10/2024' → 2024-10-16..2024-10-18; the station list inherits it. Stations named after",
    "districts (Sơn Tây, Ba Tơ, Minh Long, Sơn Hà) give that district as location. Forecast figures: status forecast, ranges with value_max.",
    "'trong 173 xã ..., có 58 xã' → total 173 (the 173 itself is structure: optional). District list '(14 xã)' etc. does not add up to 58: no total.",
    "'lực lượng xung kích tại chỗ gồm 1.850 người': 'gồm' follows no figure, so no total. The 87-station network count has no period.",
]

emit("p389-3", TEXT, COMMENTS, FIGS, published="2024-10-18", location=LOC)
