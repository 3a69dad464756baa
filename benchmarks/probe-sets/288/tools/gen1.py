from lib import *

T = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Sơn La tăng cường đấu tranh, triệt phá các đường dây mua bán ma túy
Cập nhật: 14/07/2024 09:30 | Lượt xem: 2.315

Theo báo cáo của Công an tỉnh, trong 6 tháng đầu năm 2024, lực lượng chức năng toàn tỉnh đã phát hiện, bắt giữ 412 vụ, 598 đối tượng phạm tội về ma túy, tăng 8,4% số vụ so với cùng kỳ năm 2023. Trong đó, có 156 vụ mua bán, vận chuyển trái phép chất ma túy với số lượng lớn, chiếm 37,9% tổng số vụ.

Tang vật thu giữ gồm 86,5 kg heroin, 12,3 kg ma túy đá, 124.600 viên ma túy tổng hợp, 2,7 kg thuốc phiện và 450 gam cần sa; ngoài ra thu giữ 27 xe mô tô, 3 ô tô và hơn 1,35 tỷ đồng tiền mặt. Riêng chuyên án mang bí số 0124S do Phòng Cảnh sát điều tra tội phạm về ma túy chủ trì đã bóc gỡ một đường dây liên tỉnh, thu giữ 30 bánh heroin.

Các địa bàn phát hiện nhiều vụ việc là huyện Mộc Châu (48 vụ), Mai Sơn (41 vụ), Thuận Châu (37 vụ) và thành phố Sơn La (29 vụ).

Công tác quản lý người nghiện tiếp tục được quan tâm. Toàn tỉnh hiện có 6.842 người nghiện ma túy có hồ sơ quản lý, giảm 215 người so với cuối năm 2023; 9 xã, phường đã được công nhận không có tệ nạn ma túy.

Thực hiện Kế hoạch số 125/KH-UBND ngày 20/02/2024 của UBND tỉnh, phấn đấu đến cuối năm 2024, 100% người nghiện có hồ sơ được quản lý, tư vấn; giảm ít nhất 5% số người nghiện so với năm 2023. Người dân phát hiện hành vi vi phạm pháp luật về ma túy có thể báo tin qua đường dây nóng 069.3852.118.

Nguồn: Công an tỉnh Sơn La
"""

H1 = P("trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
figs = [
    F("bắt giữ 412 vụ", "412", 412, "count", "vụ", "vụ phạm tội về ma túy phát hiện, bắt giữ", H1,
      change=ch("increase", 8.4, "%", "cùng kỳ năm 2023")),
    F("vụ, 598 đối tượng", "598", 598, "count", "đối tượng", "đối tượng phạm tội về ma túy bị bắt giữ", H1),
    F("có 156 vụ", "156", 156, "count", "vụ", "vụ mua bán, vận chuyển trái phép chất ma túy với số lượng lớn", H1i,
      total=412, percent=37.9),
    F("gồm 86,5 kg heroin", "86,5", 86.5, "measure", "kg", "heroin thu giữ", H1i),
    F("12,3 kg ma túy đá", "12,3", 12.3, "measure", "kg", "ma túy đá thu giữ", H1i),
    F("124.600 viên", "124.600", 124600, "count", "viên", "viên ma túy tổng hợp thu giữ", H1i),
    F("2,7 kg thuốc phiện", "2,7", 2.7, "measure", "kg", "thuốc phiện thu giữ", H1i),
    F("450 gam cần sa", "450", 450, "measure", "gam", "cần sa thu giữ", H1i),
    F("27 xe mô tô", "27", 27, "count", "xe mô tô", "xe mô tô thu giữ", H1i),
    F("3 ô tô", "3", 3, "count", "ô tô", "ô tô thu giữ", H1i),
    F("hơn 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "tiền mặt thu giữ", H1i, approx="over"),
    F("thu giữ 30 bánh heroin", "30", 30, "count", "bánh", "heroin thu giữ trong chuyên án", H1i),
    F("Mộc Châu (48 vụ)", "48", 48, "count", "vụ", "vụ việc phát hiện", H1i, location="Mộc Châu"),
    F("Mai Sơn (41 vụ)", "41", 41, "count", "vụ", "vụ việc phát hiện", H1i, location="Mai Sơn"),
    F("Thuận Châu (37 vụ)", "37", 37, "count", "vụ", "vụ việc phát hiện", H1i, location="Thuận Châu"),
    F("thành phố Sơn La (29 vụ)", "29", 29, "count", "vụ", "vụ việc phát hiện", H1i, location="thành phố Sơn La"),
    F("có 6.842 người", "6.842", 6842, "count", "người", "người nghiện ma túy có hồ sơ quản lý",
      change=ch("decrease", 215, "người", "cuối năm 2023")),
    F("9 xã, phường", "9", 9, "count", "xã, phường", "xã, phường được công nhận không có tệ nạn ma túy"),
    F("2024, 100% người nghiện", "100", 100, "percent", "%", "người nghiện có hồ sơ được quản lý, tư vấn",
      P("đến cuối năm 2024", None, "2024-12-31"), status="target"),
    F("ít nhất 5% số người nghiện", "5", 5, "percent", "%", "giảm số người nghiện",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
]
build(1, T, [
    "Cổng TTĐT tỉnh Sơn La (province portal): drug-crime results, 6 months 2024. Dateline 'Cập nhật: 14/07/2024 09:30 | Lượt xem: 2.315'.",
    "Distractors: view counter, 'chuyên án mang bí số 0124S', 'Kế hoạch số 125/KH-UBND ngày 20/02/2024', hotline 069.3852.118.",
    "'tăng 8,4% số vụ' after the 598 đối tượng names the vụ count: the change is 412's. '156 vụ ... chiếm 37,9% tổng số vụ' after 'Trong đó' → total 412.",
    "'Tang vật thu giữ gồm ...' has no numeric whole: no totals. District list items: place is location, subject the list's indicator.",
    "'hiện có 6.842' has no period (null). 'giảm ít nhất 5% số người nghiện' is a target rate, its own percent figure without change.",
], figs, published="2024-07-14", location="Sơn La")
