"""p1181-6: national newspaper, Hòa Bình closes bottom outlets, Red River at Hà Nội falls (Sept 2024). Places per figure."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự › Thiên tai

Thứ Năm, 12/9/2024, 10:15 (GMT+7)

Thủy điện Hòa Bình đóng bớt cửa xả đáy, sông Hồng qua Hà Nội xuống dần

EVN cho biết sáng 12/9, thủy điện Hòa Bình đã đóng 2 trong số 5 cửa xả đáy đang mở. Lúc 8 giờ, lưu lượng về hồ khoảng 6.800 m³/s, tổng lưu lượng xả 7.650 m³/s; mực nước hồ 115,6 m, thấp hơn mực nước dâng bình thường 1,4 m.

Tại hồ Thác Bà (Yên Bái), mực nước lúc 7 giờ đạt 59,4 m, vượt mực nước dâng bình thường 1,2 m, nhà máy vẫn mở 3 cửa xả mặt. Hồ Tuyên Quang xả qua 6 cửa xả đáy và 2 cửa xả mặt với tổng lưu lượng 4.900 m³/s.

Ở hạ du, mực nước sông Hồng tại trạm Long Biên (Hà Nội) lúc 7 giờ là 9,76 m, giảm 0,48 m so với cùng giờ hôm qua, dưới báo động II 0,74 m. Trung tâm Dự báo khí tượng thủy văn quốc gia nhận định trong 24 giờ tới mực nước tại đây tiếp tục xuống, khả năng ở mức 8,9-9,2 m.

Đợt lũ khiến hơn 14.200 hộ ở 18 quận, huyện ven sông của Hà Nội phải di dời; hơn 3.000 ha hoa màu bị ngập. Từ ngày 8 đến 11/9, riêng hồ Hòa Bình đã cắt, giảm lũ cho hạ du với tổng lượng khoảng 3,2 tỷ m³, giúp hạ mực nước sông Hồng tại Hà Nội khoảng 1,5 m.

Theo quy trình vận hành liên hồ chứa, khi mực nước tại Long Biên xuống dưới 9,5 m và có xu thế giảm, các hồ được phép đóng dần cửa xả, mỗi lần đóng không quá 1 cửa.

Gia Chính
"""

D12 = P("sáng 12/9", "2024-09-12", "2024-09-12")
CUT = P("Từ ngày 8 đến 11/9", "2024-09-08", "2024-09-11")

FIGS = [
    F("đóng 2 trong", "2", 2, "count", "cửa xả đáy", total=5,
      subject="cửa xả đáy thủy điện Hòa Bình đã đóng", period=D12, location="Hòa Bình"),
    F("số 5 cửa", "5", 5, "count", "cửa xả đáy", optional=True,
      subject="cửa xả đáy đang mở", location="Hòa Bình"),
    F("khoảng 6.800 m³/s", "6.800", 6800, "measure", "m³/s", approx="about",
      subject="lưu lượng về hồ Hòa Bình", period=I(D12), location="Hòa Bình"),
    F("xả 7.650 m³/s", "7.650", 7650, "measure", "m³/s",
      subject="tổng lưu lượng xả thủy điện Hòa Bình", period=I(D12), location="Hòa Bình"),
    F("hồ 115,6 m", "115,6", 115.6, "measure", "m", change=C("decrease", 1.4, "m", "mực nước dâng bình thường"),
      subject="mực nước hồ Hòa Bình", period=I(D12), location="Hòa Bình"),
    F("đạt 59,4 m", "59,4", 59.4, "measure", "m", change=C("increase", 1.2, "m", "mực nước dâng bình thường"),
      subject="mực nước hồ Thác Bà", period=I(D12), location="Yên Bái"),
    F("mở 3 cửa", "3", 3, "count", "cửa xả mặt", subject="cửa xả mặt hồ Thác Bà mở",
      period=I(D12), location="Yên Bái"),
    F("qua 6 cửa", "6", 6, "count", "cửa xả đáy", subject="cửa xả đáy hồ Tuyên Quang xả",
      period=I(D12), location="Tuyên Quang"),
    F("và 2 cửa xả mặt", "2", 2, "count", "cửa xả mặt", subject="cửa xả mặt hồ Tuyên Quang xả",
      period=I(D12), location="Tuyên Quang"),
    F("lượng 4.900 m³/s", "4.900", 4900, "measure", "m³/s", subject="tổng lưu lượng xả hồ Tuyên Quang",
      period=I(D12), location="Tuyên Quang"),
    F("là 9,76 m", "9,76", 9.76, "measure", "m", change=C("decrease", 0.48, "m", "cùng giờ hôm qua"),
      subject="mực nước sông Hồng tại trạm Long Biên", period=I(D12), location="Hà Nội"),
    F("II 0,74 m", "0,74", 0.74, "measure", "m", optional=True,
      subject="mực nước sông Hồng tại trạm Long Biên dưới báo động II", location="Hà Nội"),
    F("mức 8,9-9,2 m", "8,9", 8.9, "measure", "m", value_max=9.2, status="forecast",
      subject="mực nước sông Hồng tại Long Biên", location="Hà Nội"),
    F("hơn 14.200 hộ", "14.200", 14200, "count", "hộ", approx="over",
      subject="hộ ven sông phải di dời", location="Hà Nội"),
    F("ở 18 quận", "18", 18, "count", "quận, huyện", subject="quận, huyện ven sông có hộ phải di dời",
      location="Hà Nội"),
    F("hơn 3.000 ha", "3.000", 3000, "measure", "ha", approx="over",
      subject="diện tích hoa màu bị ngập", location="Hà Nội"),
    F("khoảng 3,2 tỷ m³", "3,2", 3200000000, "measure", "m³", approx="about",
      subject="tổng lượng cắt, giảm lũ cho hạ du của hồ Hòa Bình", period=CUT, location="Hòa Bình"),
    F("khoảng 1,5 m", "1,5", 1.5, "measure", "m", approx="about",
      subject="mức hạ mực nước sông Hồng tại Hà Nội", period=CUT, location="Hà Nội"),
    F("dưới 9,5 m", "9,5", 9.5, "measure", "m", approx="under", optional=True,
      subject="ngưỡng mực nước tại Long Biên cho phép đóng dần cửa xả", location="Hà Nội"),
    F("không quá 1 cửa", "1", 1, "count", "cửa", approx="at_most", optional=True,
      subject="số cửa mỗi lần đóng"),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 12/9/2024, 10:15 (GMT+7)', byline 'Gia Chính' at the end. No default location: each reservoir",
    "or station gives its own place (Hòa Bình, Yên Bái, Tuyên Quang, Hà Nội).",
    "Distractors: '(GMT+7)', time 10:15, 'Lúc 8 giờ', 'lúc 7 giờ', 'báo động II', 'trong 24 giờ tới'.",
    "'đóng 2 trong số 5 cửa xả đáy' → 2 with total 5 (the 5 as a figure of open gates is optional).",
    "'giảm 0,48 m so với cùng giờ hôm qua, dưới báo động II 0,74 m': the first gap is the change; the second is its own",
    "figure (one change per figure; optional per FIGURES.md). The readings after 'Lúc 8 giờ' / 'lúc 7 giờ' inherit the day of 'sáng 12/9'.",
    "The operating rule's thresholds ('dưới 9,5 m', 'không quá 1 cửa') are optional. The 24-hour forecast gets no period.",
]

if __name__ == "__main__":
    write("p1181-6", TEXT, NOTES, FIGS, published="2024-09-12")
