"""p1181-1: Quảng Nam province portal, hydropower reservoirs discharging during storm no. 6 (Oct 2024)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Phòng chống thiên tai

Quảng Nam: Hơn 4.300 hộ dân vùng hạ du phải di dời khi các hồ thủy điện xả lũ

Cập nhật: 29/10/2024 16:40 | Lượt xem: 3.128

(quangnam.gov.vn) - Do ảnh hưởng của bão số 6, từ ngày 27 đến 29/10, lưu vực sông Vu Gia - Thu Bồn có mưa to đến rất to, tổng lượng mưa phổ biến từ 350 đến 500 mm, có nơi trên 700 mm.

Lúc 7 giờ ngày 29/10, lưu lượng nước về hồ thủy điện Sông Tranh 2 đạt 3.850 m³/s, mực nước hồ 174,2 m, thấp hơn mực nước dâng bình thường 0,8 m. Nhà máy vận hành 5 cửa xả mặt với tổng lưu lượng xả 3.200 m³/s. Cùng thời điểm, thủy điện A Vương xả 1.150 m³/s, thủy điện Sông Bung 4 xả 1.420 m³/s.

Tại hạ du, lúc 13 giờ, mực nước sông Thu Bồn tại trạm Câu Lâu đạt 5,12 m, trên báo động III 1,12 m; sông Vu Gia tại trạm Ái Nghĩa đạt 10,35 m, trên báo động III 0,35 m.

Ban Chỉ huy PCTT&TKCN tỉnh đã phát 14 bản tin cảnh báo xả lũ, gửi hơn 215.000 tin nhắn đến thuê bao di động vùng hạ du. Các huyện Đại Lộc, Duy Xuyên, Nông Sơn và thị xã Điện Bàn đã di dời 4.362 hộ (14.870 người) đến nơi an toàn, trong đó huyện Đại Lộc 1.905 hộ, huyện Duy Xuyên 1.236 hộ. Toàn tỉnh hiện có 52 thôn thuộc 13 xã bị ngập sâu từ 1 đến 2,5 m; Quốc lộ 14B, ĐT 609 bị chia cắt nhiều đoạn.

UBND tỉnh yêu cầu các chủ hồ thông báo cho địa phương trước ít nhất 4 giờ khi tăng lưu lượng xả, không để tổng lưu lượng xả vượt lưu lượng đến hồ. Mọi thông tin về tình hình xả lũ, người dân liên hệ đường dây nóng 0235.3852.112.
"""

RAIN = P("từ ngày 27 đến 29/10", "2024-10-27", "2024-10-29")
D29 = P("Lúc 7 giờ ngày 29/10", "2024-10-29", "2024-10-29")
EVAC = "hộ dân vùng hạ du di dời đến nơi an toàn"

FIGS = [
    F("Hơn 4.300 hộ dân", "4.300", 4300, "count", "hộ dân", approx="over",
      subject="hộ dân vùng hạ du phải di dời khi các hồ thủy điện xả lũ"),
    F("từ 350 đến 500 mm", "350", 350, "measure", "mm", value_max=500,
      subject="tổng lượng mưa phổ biến lưu vực sông Vu Gia - Thu Bồn", period=RAIN),
    F("trên 700 mm", "700", 700, "measure", "mm", approx="over",
      subject="tổng lượng mưa có nơi lưu vực sông Vu Gia - Thu Bồn", period=RAIN),
    F("đạt 3.850 m³/s", "3.850", 3850, "measure", "m³/s",
      subject="lưu lượng nước về hồ thủy điện Sông Tranh 2", period=D29),
    F("hồ 174,2 m", "174,2", 174.2, "measure", "m",
      change=C("decrease", 0.8, "m", "mực nước dâng bình thường"),
      subject="mực nước hồ thủy điện Sông Tranh 2", period=D29),
    F("vận hành 5 cửa xả mặt", "5", 5, "count", "cửa xả mặt",
      subject="cửa xả mặt Sông Tranh 2 vận hành", period=I(D29)),
    F("xả 3.200 m³/s", "3.200", 3200, "measure", "m³/s",
      subject="tổng lưu lượng xả thủy điện Sông Tranh 2", period=I(D29)),
    F("xả 1.150 m³/s", "1.150", 1150, "measure", "m³/s",
      subject="lưu lượng xả thủy điện A Vương", period=I(D29)),
    F("xả 1.420 m³/s", "1.420", 1420, "measure", "m³/s",
      subject="lưu lượng xả thủy điện Sông Bung 4", period=I(D29)),
    F("đạt 5,12 m", "5,12", 5.12, "measure", "m",
      change=C("increase", 1.12, "m", "báo động III"),
      subject="mực nước sông Thu Bồn tại trạm Câu Lâu", period=I(D29)),
    F("đạt 10,35 m", "10,35", 10.35, "measure", "m",
      change=C("increase", 0.35, "m", "báo động III"),
      subject="mực nước sông Vu Gia tại trạm Ái Nghĩa", period=I(D29)),
    F("phát 14 bản tin", "14", 14, "count", "bản tin",
      subject="bản tin cảnh báo xả lũ Ban Chỉ huy PCTT&TKCN tỉnh phát"),
    F("hơn 215.000 tin nhắn", "215.000", 215000, "count", "tin nhắn", approx="over",
      subject="tin nhắn cảnh báo gửi thuê bao di động vùng hạ du"),
    F("di dời 4.362 hộ", "4.362", 4362, "count", "hộ", subject=EVAC),
    F("(14.870 người)", "14.870", 14870, "count", "người", subject="người vùng hạ du di dời đến nơi an toàn"),
    F("Đại Lộc 1.905 hộ", "1.905", 1905, "count", "hộ", total=4362, subject=EVAC, location="Đại Lộc"),
    F("Duy Xuyên 1.236 hộ", "1.236", 1236, "count", "hộ", total=4362, subject=EVAC, location="Duy Xuyên"),
    F("có 52 thôn", "52", 52, "count", "thôn", subject="thôn bị ngập sâu"),
    F("thuộc 13 xã", "13", 13, "count", "xã", subject="xã có thôn bị ngập sâu"),
    F("từ 1 đến 2,5 m", "1", 1, "measure", "m", value_max=2.5, subject="độ ngập sâu tại các thôn"),
    F("trước ít nhất 4 giờ", "4", 4, "measure", "giờ", approx="at_least",
      subject="thời gian chủ hồ thông báo cho địa phương trước khi tăng lưu lượng xả"),
]

NOTES = [
    "Province portal (Quảng Nam): reservoirs discharging during storm no. 6, 27-29/10/2024. Breadcrumb, 'Cập nhật: 29/10/2024 16:40 | Lượt xem: 3.128'.",
    "Distractors: view counter 3.128, time 16:40, 'bão số 6', 'Sông Tranh 2', 'Sông Bung 4' (plant names), 'Lúc 7 giờ', 'lúc 13 giờ',",
    "'báo động III', 'Quốc lộ 14B', 'ĐT 609', hotline 0235.3852.112, 'thị xã Điện Bàn' list of districts.",
    "Readings 'Lúc 7 giờ ngày 29/10' give a one-day period (start = end); the next sentences ('Nhà máy vận hành', 'Cùng thời điểm',",
    "'lúc 13 giờ') take that day from another sentence (inherited). 'trên báo động III 1,12 m' and 'thấp hơn mực nước dâng",
    "bình thường 0,8 m' are changes of the level before them. 4.362 hộ covers several districts: location Quảng Nam;",
    "its parts after 'trong đó' go to their districts. '(14.870 người)' is the same group in persons: its own count, no total.",
    "'trước ít nhất 4 giờ' is the required advance notice (a measure of the rule, not a time that locates a figure).",
]

if __name__ == "__main__":
    write("p1181-1", TEXT, NOTES, FIGS, published="2024-10-29", location="Quảng Nam")
