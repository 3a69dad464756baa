"""p868-8: Báo Bắc Giang online - smart water meters installed in 2024, reading time, billing errors, 2025 plan."""
from lib import F, P, I, C, T, write

TEXT = """Bắc Giang: Hơn 12 nghìn đồng hồ nước thông minh được lắp đặt
Cập nhật lúc 15:10, Thứ hai, 17/03/2025

(BBG) - Năm 2024, Công ty cổ phần Nước sạch Bắc Giang đã lắp đặt 12.460 đồng hồ nước thông minh có chức năng đọc chỉ số từ xa, gấp 3 lần năm 2023, nâng tổng số đồng hồ thông minh trên địa bàn lên 18.900 chiếc, chiếm 21,6% tổng số đồng hồ của công ty.

Số đồng hồ lắp mới tập trung tại TP Bắc Giang (5.120 chiếc), huyện Lạng Giang (2.870 chiếc), thị xã Việt Yên (2.410 chiếc) và huyện Yên Dũng (1.060 chiếc); số còn lại lắp tại các huyện khác.

Ông Hoàng Văn Tư, Giám đốc công ty cho biết, với đồng hồ thông minh, thời gian ghi chỉ số cho mỗi khách hàng giảm từ 3-4 phút xuống còn dưới 30 giây; tỷ lệ hóa đơn phải điều chỉnh do ghi sai chỉ số giảm từ 0,8% xuống 0,1%. Nhờ phát hiện sớm rò rỉ sau đồng hồ, công ty đã cảnh báo cho hơn 2.300 hộ dân, giúp tiết kiệm khoảng 41.000 m3 nước.

Cả năm 2024, tổng sản lượng nước thương phẩm của công ty đạt 21,3 triệu m3, tăng 9,2% so với năm trước; tỷ lệ thất thoát giảm còn 15,4%. Nhà máy nước số 2 tại xã Song Khê, cạnh Quốc lộ 17, dự kiến vận hành trong quý III/2025 với công suất 20.000 m3/ngày đêm.

Năm 2025, công ty đặt mục tiêu lắp thêm 15.000 đồng hồ thông minh, đưa tỷ lệ đồng hồ thông minh lên trên 35%; tổng vốn đầu tư dự kiến khoảng 30 tỷ đồng.

Minh Thu
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
NEW = "đồng hồ nước thông minh lắp mới"

FIGS = [
    F("Hơn 12 nghìn đồng hồ", "12", 12_000, "count", "đồng hồ", "đồng hồ nước thông minh được lắp đặt", approx="over"),
    F("lắp đặt 12.460 đồng hồ", "12.460", 12_460, "count", "đồng hồ",
      "đồng hồ nước thông minh có chức năng đọc chỉ số từ xa được lắp đặt", Y24,
      change=C("increase", 3, "lần", "năm 2023")),
    F("lên 18.900 chiếc", "18.900", 18_900, "count", "chiếc", "tổng số đồng hồ thông minh trên địa bàn", Y24, percent=21.6),
    F("Bắc Giang (5.120 chiếc)", "5.120", 5_120, "count", "chiếc", NEW, I(Y24), location="Bắc Giang"),
    F("Lạng Giang (2.870 chiếc)", "2.870", 2_870, "count", "chiếc", NEW, I(Y24), location="Lạng Giang"),
    F("Việt Yên (2.410 chiếc)", "2.410", 2_410, "count", "chiếc", NEW, I(Y24), location="Việt Yên"),
    F("Yên Dũng (1.060 chiếc)", "1.060", 1_060, "count", "chiếc", NEW, I(Y24), location="Yên Dũng"),
    F("từ 3-4 phút", "3", 3, "measure", "phút", "thời gian ghi chỉ số cho mỗi khách hàng", value_max=4),
    F("dưới 30 giây", "30", 30, "measure", "giây", "thời gian ghi chỉ số cho mỗi khách hàng", approx="under"),
    F("từ 0,8%", "0,8", 0.8, "percent", "%", "tỷ lệ hóa đơn phải điều chỉnh do ghi sai chỉ số"),
    F("xuống 0,1%", "0,1", 0.1, "percent", "%", "tỷ lệ hóa đơn phải điều chỉnh do ghi sai chỉ số"),
    F("hơn 2.300 hộ", "2.300", 2_300, "count", "hộ", "hộ dân được cảnh báo rò rỉ sau đồng hồ", approx="over"),
    F("khoảng 41.000 m3", "41.000", 41_000, "measure", "m3", "nước tiết kiệm được", approx="about"),
    F("đạt 21,3 triệu m3", "21,3", 21_300_000, "measure", "m3", "tổng sản lượng nước thương phẩm",
      P("Cả năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 9.2, "%", "năm trước")),
    F("còn 15,4%", "15,4", 15.4, "percent", "%", "tỷ lệ thất thoát", P("Cả năm 2024", "2024-01-01", "2024-12-31")),
    F("công suất 20.000 m3/ngày đêm", "20.000", 20_000, "measure", "m3/ngày đêm", "công suất Nhà máy nước số 2",
      status="forecast"),
    F("thêm 15.000 đồng hồ", "15.000", 15_000, "count", "đồng hồ", "đồng hồ thông minh lắp thêm", Y25, status="target"),
    F("trên 35%", "35", 35, "percent", "%", "tỷ lệ đồng hồ thông minh", Y25, approx="over", status="target"),
    F("khoảng 30 tỷ đồng", "30", 30_000_000_000, "money", "đồng", "tổng vốn đầu tư", Y25, approx="about",
      status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang): headline with a figure ('Hơn 12 nghìn'), 'Cập nhật lúc 15:10, Thứ hai, 17/03/2025', tag '(BBG) -'.",
    "'gấp 3 lần năm 2023' after a count is its change (unit lần). 18.900 is the level reached in the sentence of 'Năm 2024': period 2024, percent 21,6.",
    "District list (TP Bắc Giang, Lạng Giang, Việt Yên, Yên Dũng): no part-of cue and the items do not add up to 12.460 ('số còn lại'): no total.",
    "'giảm từ 3-4 phút xuống còn dưới 30 giây', 'giảm từ 0,8% xuống 0,1%': both ends are figures, no change value stated. Ông Hoàng Văn Tư's paragraph has no period.",
    "The plant's capacity is forecast ('dự kiến vận hành'); quý III/2025 is a schedule, not its period. Distractors: 15:10, Thứ hai, (BBG), Nhà máy nước số 2, xã Song Khê, Quốc lộ 17.",
]

write("p868-8", TEXT, NOTES, FIGS, published="2025-03-17", location="Bắc Giang")
