from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN
Trang chủ » Tin tức » Kinh tế - Xã hội
Kỳ Sơn: 190/204 bản đã có sóng điện thoại di động
Thứ Năm, 21/03/2024 - 09:20

Tính đến ngày 15/3/2024, toàn huyện Kỳ Sơn có 190/204 bản có sóng điện thoại di động, đạt 93,1%, tăng 23 bản so với cuối năm 2022.

Trong quý I/2024, Viettel Nghệ An và VNPT Nghệ An đã đưa vào hoạt động 9 trạm BTS mới tại các xã Mường Lống, Na Ngoi, Huồi Tụ và Bắc Lý với tổng vốn đầu tư khoảng 12,5 tỷ đồng. Riêng hai bản Xốp Lau 2 và Huồi Khe 1 lần đầu tiên có sóng 4G sau nhiều năm "trắng sóng". 14 bản còn lại chưa có sóng đều thuộc vùng đặc biệt khó khăn, cách trung tâm xã từ 15 đến 25 km, chưa có đường ô tô và điện lưới quốc gia.

Toàn huyện hiện có 41.260 thuê bao di động, trong đó 27.830 thuê bao sử dụng điện thoại thông minh; mật độ thuê bao di động đạt 51,6 thuê bao/100 dân. Số hộ gia đình có kết nối internet cáp quang đạt 6.915 hộ, chiếm khoảng 37% tổng số hộ, tăng 1.120 hộ so với cùng kỳ năm 2023. Qua chương trình "Sóng và máy tính cho em", gần 1.300 học sinh đã được hỗ trợ máy tính bảng với kinh phí hơn 3,2 tỷ đồng.

Năm 2024, huyện phấn đấu xóa thêm 8 bản lõm sóng; đến năm 2025 phủ sóng di động 100% bản và nâng tỷ lệ hộ dùng cáp quang lên 50%.

Lô Văn Thắng - Văn phòng HĐND và UBND huyện
Địa chỉ: Khối 2, thị trấn Mường Xén, huyện Kỳ Sơn, tỉnh Nghệ An. Điện thoại: 0238.3875.226
"""

ASOF = P("Tính đến ngày 15/3/2024", None, "2024-03-15")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Kỳ Sơn: 190/204 bản", "190", 190, "count", "bản", "bản đã có sóng điện thoại di động", I(ASOF), total=204),
    F("có 190/204 bản có sóng", "190", 190, "count", "bản", "bản có sóng điện thoại di động", ASOF,
      total=204, percent=93.1, change=CH("increase", 23, "bản", "cuối năm 2022")),
    F("hoạt động 9 trạm BTS", "9", 9, "count", "trạm BTS", "trạm BTS mới đưa vào hoạt động", Q1),
    F("khoảng 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng", "tổng vốn đầu tư trạm BTS mới", Q1, approx="about"),
    F("Riêng hai bản", "hai", 2, "count", "bản", "bản lần đầu tiên có sóng 4G"),
    F("14 bản còn lại", "14", 14, "count", "bản", "bản còn lại chưa có sóng"),
    F("từ 15 đến 25 km", "15", 15, "measure", "km", "khoảng cách từ bản chưa có sóng đến trung tâm xã", value_max=25),
    F("có 41.260 thuê bao", "41.260", 41260, "count", "thuê bao", "thuê bao di động"),
    F("27.830 thuê bao", "27.830", 27830, "count", "thuê bao", "thuê bao sử dụng điện thoại thông minh", total=41260),
    F("51,6 thuê bao/100 dân", "51,6", 51.6, "measure", "thuê bao/100 dân", "mật độ thuê bao di động"),
    F("đạt 6.915 hộ", "6.915", 6915, "count", "hộ", "hộ gia đình có kết nối internet cáp quang",
      percent=37, change=CH("increase", 1120, "hộ", "cùng kỳ năm 2023")),
    F("gần 1.300 học sinh", "1.300", 1300, "count", "học sinh", "học sinh được hỗ trợ máy tính bảng", approx="nearly"),
    F("hơn 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí hỗ trợ máy tính bảng", approx="over"),
    F("thêm 8 bản", "8", 8, "count", "bản", "bản lõm sóng được xóa", Y24, status="target"),
    F("100% bản", "100", 100, "percent", "%", "tỷ lệ bản được phủ sóng di động", Y25, status="target"),
    F("lên 50%", "50", 50, "percent", "%", "tỷ lệ hộ dùng cáp quang", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Kỳ Sơn (Nghệ An, invented): bản có sóng di động, trạm BTS quý I/2024, thuê bao, cáp quang, máy tính bảng.",
    "Dateline 'Thứ Năm, 21/03/2024 - 09:20'; byline and address/phone at the end. District portal: location 'Kỳ Sơn'.",
    "Not figures: 'Xốp Lau 2', 'Huồi Khe 1' (village names), 'lần đầu tiên', 'Khối 2', the phone number, '4G'.",
    "'190/204 … đạt 93,1%, tăng 23 bản so với cuối năm 2022' → total 204, percent 93.1, change +23 bản. The headline 190/204",
    "repeats it (inherited as-of period). 'hai bản' is a word number (count 2). '14 bản còn lại' has no part-of cue: no total.",
    "'hiện có' gives no period; 'Năm 2024, huyện phấn đấu …' target; 'đến năm 2025' targets end 2025-12-31.",
]

emit("p597-2", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Kỳ Sơn")
