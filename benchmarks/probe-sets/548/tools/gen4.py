from lib import F, P, I, CH, emit

TEXT = """THANH TRA CHÍNH PHỦ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động ngành Thanh tra

Năm 2023, ngành Thanh tra kiến nghị thu hồi hơn 61 nghìn tỷ đồng
Ngày đăng: 12/01/2024 | Lượt xem: 3.215

Tại Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 tổ chức ngày 11/1 tại Hà Nội, Thanh tra Chính phủ cho biết năm 2023 toàn ngành đã triển khai 6.913 cuộc thanh tra hành chính, giảm 2,8% so với năm 2022, và 176.250 cuộc thanh tra, kiểm tra chuyên ngành.

Qua thanh tra, phát hiện vi phạm về kinh tế 182.436 tỷ đồng và 3.862 ha đất; kiến nghị thu hồi 61.278 tỷ đồng và 1.145 ha đất; kiến nghị xử lý khác 121.158 tỷ đồng và 2.717 ha đất. Tổng số tiền đã thu hồi là 18.420 tỷ đồng, đạt 30,1% số phải thu. Số tiền thu hồi năm 2023 gấp 1,4 lần năm 2022.

Các địa phương có số tiền kiến nghị thu hồi lớn là TP. Hồ Chí Minh (8.315,6 tỷ đồng), Hà Nội (5.972 tỷ đồng), Đồng Nai (2.468 tỷ đồng) và Quảng Ninh (1.137 tỷ đồng).

Các cơ quan thanh tra đã kiến nghị xử lý hành chính 1.952 tập thể và 6.845 cá nhân; chuyển cơ quan điều tra 354 vụ việc, tăng 27 vụ so với năm 2022, với 287 đối tượng.

Về phòng, chống tham nhũng, qua tự kiểm tra nội bộ đã phát hiện 96 vụ việc tham nhũng với 214 đối tượng; qua giải quyết tố cáo phát hiện 43 vụ, 78 đối tượng.

Năm 2024, ngành Thanh tra phấn đấu đưa tỷ lệ thu hồi tiền sai phạm lên từ 40 đến 50%; đến năm 2025, 100% kết luận thanh tra được công khai theo Điều 79 Luật Thanh tra năm 2022.

Địa chỉ: Số 1 Đặng Thùy Trâm, Cầu Giấy, Hà Nội. Điện thoại: 080.48228.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
IY = I(Y23)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
S = "tiền kiến nghị thu hồi"

FIGS = [
    F("hơn 61 nghìn tỷ", "61", 61e12, "money", "đồng", "kiến nghị thu hồi", P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("6.913 cuộc", "6.913", 6913, "count", "cuộc thanh tra", "cuộc thanh tra hành chính", Y23,
      change=CH("decrease", 2.8, "%", "năm 2022")),
    F("176.250 cuộc", "176.250", 176250, "count", "cuộc thanh tra", "cuộc thanh tra, kiểm tra chuyên ngành", Y23),
    F("182.436 tỷ", "182.436", 182436e9, "money", "đồng", "vi phạm về kinh tế phát hiện qua thanh tra", IY),
    F("3.862 ha", "3.862", 3862, "measure", "ha", "đất vi phạm phát hiện qua thanh tra", IY),
    F("61.278 tỷ", "61.278", 61278e9, "money", "đồng", "kiến nghị thu hồi tiền", IY),
    F("1.145 ha", "1.145", 1145, "measure", "ha", "đất kiến nghị thu hồi", IY),
    F("121.158 tỷ", "121.158", 121158e9, "money", "đồng", "tiền kiến nghị xử lý khác", IY),
    F("2.717 ha", "2.717", 2717, "measure", "ha", "đất kiến nghị xử lý khác", IY),
    F("18.420 tỷ", "18.420", 18420e9, "money", "đồng", "tổng số tiền đã thu hồi", IY, percent=30.1),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "số tiền thu hồi năm 2023 so với năm 2022", Y23),
    F("(8.315,6 tỷ", "8.315,6", 8315.6e9, "money", "đồng", S, IY, location="TP. Hồ Chí Minh"),
    F("(5.972 tỷ", "5.972", 5972e9, "money", "đồng", S, IY, location="Hà Nội"),
    F("(2.468 tỷ", "2.468", 2468e9, "money", "đồng", S, IY, location="Đồng Nai"),
    F("(1.137 tỷ", "1.137", 1137e9, "money", "đồng", S, IY, location="Quảng Ninh"),
    F("1.952 tập thể", "1.952", 1952, "count", "tập thể", "tập thể bị kiến nghị xử lý hành chính", IY),
    F("6.845 cá nhân", "6.845", 6845, "count", "cá nhân", "cá nhân bị kiến nghị xử lý hành chính", IY),
    F("354 vụ việc", "354", 354, "count", "vụ việc", "vụ việc chuyển cơ quan điều tra", IY,
      change=CH("increase", 27, "vụ", "năm 2022")),
    F("287 đối tượng", "287", 287, "count", "đối tượng", "đối tượng chuyển cơ quan điều tra", IY),
    F("96 vụ việc", "96", 96, "count", "vụ việc", "vụ việc tham nhũng phát hiện qua tự kiểm tra nội bộ", IY),
    F("214 đối tượng", "214", 214, "count", "đối tượng", "đối tượng tham nhũng phát hiện qua tự kiểm tra nội bộ", IY),
    F("43 vụ", "43", 43, "count", "vụ", "vụ tham nhũng phát hiện qua giải quyết tố cáo", IY),
    F("78 đối tượng", "78", 78, "count", "đối tượng", "đối tượng tham nhũng phát hiện qua giải quyết tố cáo", IY),
    F("từ 40 đến 50%", "40", 40, "percent", "%", "tỷ lệ thu hồi tiền sai phạm", Y24, value_max=50, status="target"),
    F("100% kết luận", "100", 100, "percent", "%", "kết luận thanh tra được công khai", T25, status="target"),
]

COMMENTS = [
    "Ministry site (Thanh tra Chính phủ): national results of the inspection sector in 2023. 'Ngày đăng: 12/01/2024 | Lượt xem: 3.215'.",
    "Location Việt Nam; provinces in the bracketed list of recovery amounts are the items' locations (subject = the list's indicator).",
    "'gấp 1,4 lần năm 2022' stands alone as its own sentence: a multiple. 'tăng 27 vụ so với năm 2022' is the change of 354 vụ việc.",
    "Điều 79, 'Luật Thanh tra năm 2022', address 'Số 1 Đặng Thùy Trâm', phone 080.48228 are not figures.",
    "'Năm 2024 … phấn đấu … từ 40 đến 50%' is a target range; '; đến năm 2025, 100% …' a target ending 2025-12-31.",
]

if __name__ == "__main__":
    emit("p548-4", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
