"""p781-2: huyện Ninh Hải district portal - hatchling release at Núi Chúa (Ninh Thuận)."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH HẢI
Trang chủ > Tin tức - Sự kiện > Tin hoạt động

Thả 1.126 rùa con về biển tại Vườn quốc gia Núi Chúa

Thứ Ba, 16/07/2024 - 09:25

Sáng 14/7, tại bãi Thịt (xã Vĩnh Hải), Vườn quốc gia Núi Chúa phối hợp với UBND xã Vĩnh Hải và Đồn Biên phòng Vĩnh Hải tổ chức thả 1.126 rùa con về biển. Số rùa con này nở từ 14 ổ trứng được ấp tại khu ấp bán tự nhiên của Vườn.

Theo Ban Quản lý Vườn quốc gia Núi Chúa, từ đầu năm 2024 đến nay, lực lượng bảo vệ rừng đã phát hiện 27 lượt rùa mẹ lên bãi, tăng 9 lượt so với cùng kỳ năm 2023; trong đó có 23 lượt đẻ thành công với 2.314 quả trứng. Tỷ lệ nở của các ổ đã ấp xong đạt 81,7%.

Núi Chúa hiện là một trong số ít bãi đẻ tự nhiên của rùa biển còn lại trên đất liền. Để bảo vệ bãi đẻ dài khoảng 1,5 km, Vườn đã thành lập 3 tổ tuần tra với 12 người thay phiên trực đêm trong mùa sinh sản (từ tháng 5 đến tháng 10 hằng năm). Kinh phí bảo tồn năm 2024 là 650 triệu đồng, trong đó ngân sách tỉnh cấp 420 triệu đồng, phần còn lại do tổ chức IUCN tài trợ.

Cũng trong 6 tháng đầu năm, Hạt Kiểm lâm đã tuyên truyền cho 1.350 lượt người dân và du khách, thu gom khoảng 2,8 tấn rác thải nhựa trên bãi biển; phát hiện, xử lý 4 trường hợp vi phạm với tổng số tiền phạt 17,5 triệu đồng.

Du khách có nhu cầu tham gia thả rùa con liên hệ Trạm Kiểm lâm bãi Thịt, Km 18 Tỉnh lộ 702, điện thoại 0259.3890.112.

Minh Tâm - Trung tâm VH-TT&TT huyện
"""

YTD = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-07-16")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("Thả 1.126 rùa con", "1.126", 1126, "count", "rùa con", "rùa con thả về biển tại Vườn quốc gia Núi Chúa"),
    F("thả 1.126 rùa con", "1.126", 1126, "count", "rùa con", "rùa con thả về biển"),
    F("từ 14 ổ", "14", 14, "count", "ổ trứng", "ổ trứng được ấp tại khu ấp bán tự nhiên"),
    F("phát hiện 27 lượt", "27", 27, "count", "lượt", "lượt rùa mẹ lên bãi", YTD,
      change=CH("increase", 9, "lượt", "cùng kỳ năm 2023")),
    F("có 23 lượt", "23", 23, "count", "lượt", "lượt đẻ thành công", YTD, total=27),
    F("với 2.314 quả", "2.314", 2314, "count", "quả trứng", "quả trứng", YTD),
    F("đạt 81,7%", "81,7", 81.7, "percent", "%", "tỷ lệ nở của các ổ đã ấp xong", I(YTD)),
    F("khoảng 1,5 km", "1,5", 1.5, "measure", "km", "chiều dài bãi đẻ", approx="about"),
    F("3 tổ tuần tra", "3", 3, "count", "tổ tuần tra", "tổ tuần tra"),
    F("với 12 người", "12", 12, "count", "người", "người thay phiên trực đêm trong mùa sinh sản"),
    F("là 650 triệu", "650", 650_000_000, "money", "đồng", "kinh phí bảo tồn", Y24),
    F("cấp 420 triệu", "420", 420_000_000, "money", "đồng", "kinh phí bảo tồn ngân sách tỉnh cấp", Y24,
      total=650_000_000),
    F("cho 1.350 lượt", "1.350", 1350, "count", "lượt người",
      "lượt người dân và du khách được tuyên truyền", H1),
    F("khoảng 2,8 tấn", "2,8", 2.8, "measure", "tấn", "rác thải nhựa thu gom trên bãi biển", H1,
      approx="about"),
    F("xử lý 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp vi phạm bị phát hiện, xử lý", H1),
    F("phạt 17,5 triệu", "17,5", 17_500_000, "money", "đồng", "tổng số tiền phạt", H1),
]

COMMENTS = [
    "Cổng TTĐT huyện Ninh Hải: thả rùa con tại Vườn quốc gia Núi Chúa (bãi Thịt, xã Vĩnh Hải); kết quả bảo tồn từ đầu năm 2024.",
    "Dateline 'Thứ Ba, 16/07/2024 - 09:25'. District portal: location 'Ninh Hải' (the commune Vĩnh Hải lies in it).",
    "'Sáng 14/7' dates the event and is no period of a total; 'từ tháng 5 đến tháng 10 hằng năm' is a recurring season, not a figure's period.",
    "'từ đầu năm 2024 đến nay' ends at the dateline. '6 tháng đầu năm' (no year) takes 2024 from the earlier period.",
    "'23 lượt' follows 'trong đó' after 27 lượt (same unit): total 27. 420 triệu follows 'trong đó' after 650 triệu: total.",
    "The headline and the lead both state 1.126 rùa con: two figures. 'Km 18 Tỉnh lộ 702', the phone, 'Sáng 14/7' are distractors.",
]

if __name__ == "__main__":
    emit("p781-2", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Ninh Hải")
