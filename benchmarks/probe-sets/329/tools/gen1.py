from lib import F, P, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ » Tin tức » Kinh tế

Hàng hóa thông qua cảng biển 6 tháng đầu năm tăng 12,4%
Cập nhật: 10/07/2024 15:42 | Lượt xem: 2.317

(QNP) - Theo báo cáo của Cảng vụ Hàng hải Quảng Ninh, 6 tháng đầu năm 2024, tổng sản lượng hàng hóa thông qua các cảng biển trên địa bàn tỉnh ước đạt 71,6 triệu tấn, tăng 12,4% so với cùng kỳ năm 2023, bằng 54,2% kế hoạch năm. Trong đó, hàng xuất khẩu đạt 9,8 triệu tấn; hàng nhập khẩu 28,3 triệu tấn; hàng nội địa 33,5 triệu tấn, chiếm 46,8% tổng sản lượng.

Số lượt tàu ra, vào các cảng biển của tỉnh đạt 9.214 lượt, tăng 6,1% so với cùng kỳ; trong đó có 2.745 lượt tàu nước ngoài (chiếm 29,8%). Tổng dung tích tàu đạt hơn 104 triệu GT.

Phân theo địa phương, sản lượng hàng hóa qua cảng tại Cẩm Phả đạt 38,2 triệu tấn; Hạ Long 24,7 triệu tấn; Móng Cái 3,1 triệu tấn. Riêng hàng container qua Cảng Cái Lân đạt gần 48.600 TEU, giảm 4,5% do một số hãng tàu điều chỉnh tuyến.

Năm 2024, tỉnh đặt chỉ tiêu sản lượng hàng hóa thông qua cảng biển đạt 132 triệu tấn. Để hoàn thành chỉ tiêu, UBND tỉnh đã ban hành Kế hoạch số 146/KH-UBND ngày 05/4/2024 về nâng cao hiệu quả khai thác cảng biển, tập trung hoàn thiện hạ tầng bến số 2, bến số 3 Cảng Cái Lân và tuyến đường kết nối Quốc lộ 18.

Theo Quy hoạch tỉnh, đến năm 2030 sản lượng hàng hóa qua cảng biển Quảng Ninh phấn đấu đạt khoảng 180 triệu tấn, hàng container đạt 1,5 triệu TEU.

Trung tâm Truyền thông tỉnh Quảng Ninh - Địa chỉ: số 2 đường Lê Lợi, TP Hạ Long - ĐT: 0203.3835.777
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
SUBJ = "sản lượng hàng hóa thông qua các cảng biển"
FIGS = [
    F("đầu năm tăng 12,4%", "12,4", "percent", "%", "hàng hóa thông qua cảng biển",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("ước đạt 71,6 triệu tấn", "71,6", "measure", "tấn", "tổng sản lượng hàng hóa thông qua các cảng biển", "triệu",
      percent=54.2, change=C("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate", period=H1),
    F("hàng xuất khẩu đạt 9,8 triệu tấn", "9,8", "measure", "tấn", "hàng xuất khẩu", "triệu",
      total=71600000, status="estimate", period=H1i),
    F("hàng nhập khẩu 28,3 triệu tấn", "28,3", "measure", "tấn", "hàng nhập khẩu", "triệu",
      total=71600000, status="estimate", period=H1i),
    F("hàng nội địa 33,5 triệu tấn", "33,5", "measure", "tấn", "hàng nội địa", "triệu",
      total=71600000, percent=46.8, status="estimate", period=H1i),
    F("đạt 9.214 lượt", "9.214", "count", "lượt", "lượt tàu ra, vào các cảng biển",
      change=C("increase", 6.1, baseline="cùng kỳ"), period=H1i),
    F("có 2.745 lượt", "2.745", "count", "lượt", "lượt tàu nước ngoài",
      total=9214, percent=29.8, period=H1i),
    F("hơn 104 triệu GT", "104", "measure", "GT", "tổng dung tích tàu", "triệu", approx="over", period=H1i),
    F("Cẩm Phả đạt 38,2 triệu tấn", "38,2", "measure", "tấn", "sản lượng hàng hóa qua cảng", "triệu",
      location="Cẩm Phả", period=H1i),
    F("Hạ Long 24,7 triệu tấn", "24,7", "measure", "tấn", "sản lượng hàng hóa qua cảng", "triệu",
      location="Hạ Long", period=H1i),
    F("Móng Cái 3,1 triệu tấn", "3,1", "measure", "tấn", "sản lượng hàng hóa qua cảng", "triệu",
      location="Móng Cái", period=H1i),
    F("gần 48.600 TEU", "48.600", "measure", "TEU", "hàng container qua Cảng Cái Lân",
      approx="nearly", change=C("decrease", 4.5), period=H1i),
    F("đạt 132 triệu tấn", "132", "measure", "tấn", "chỉ tiêu sản lượng hàng hóa thông qua cảng biển", "triệu",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 180 triệu tấn", "180", "measure", "tấn", "sản lượng hàng hóa qua cảng biển", "triệu",
      approx="about", status="target", period=P("đến năm 2030", None, "2030-12-31")),
    F("đạt 1,5 triệu TEU", "1,5", "measure", "TEU", "hàng container", "triệu",
      status="target", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ninh: hàng hóa thông qua cảng biển 6 tháng đầu năm 2024. 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem: N' dateline.",
    "Distractors: 'Lượt xem: 2.317', 'Kế hoạch số 146/KH-UBND ngày 05/4/2024', 'bến số 2, bến số 3' (names), 'Quốc lộ 18', address 'số 2 đường Lê Lợi, TP Hạ Long', phone.",
    "Title growth rate 'tăng 12,4%' is the claim of the title sentence: a percent figure (period '6 tháng đầu năm' with the year of the dateline).",
    "'ước đạt 71,6 triệu tấn, tăng 12,4% …, bằng 54,2% kế hoạch năm': change + percent attribute; parts after 'Trong đó' take total 71,6 triệu and",
    "the estimate status (as shared h14 does for the parts after 'Trong đó'). TEU, GT, tấn are measures; 'lượt' a count.",
    "Places in the list (Cẩm Phả, Hạ Long, Móng Cái) are locations; 'Cảng Cái Lân' is a port, not a place (default Quảng Ninh).",
    "'chỉ tiêu … đạt 132 triệu tấn' and 'đến năm 2030 … phấn đấu đạt' are target figures.",
]

write(1, TEXT, COMMENTS, FIGS, published="2024-07-10", location="Quảng Ninh")
