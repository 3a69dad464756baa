"""p1179-6: national newspaper, cam sành price slump in Vĩnh Long (Tam Bình, Trà Ôn)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế > Nông nghiệp
Thứ Bảy, 16/11/2024, 07:15 (GMT+7)

Giá cam sành rớt còn 3.000 đồng/kg, nhà vườn Vĩnh Long lo lỗ

Cam sành loại 1 tại huyện Tam Bình, tỉnh Vĩnh Long hiện được thương lái mua tại vườn 5.000-6.000 đồng/kg, cam dạt chỉ còn 3.000 đồng/kg, giảm khoảng 60% so với cùng kỳ năm ngoái. Hai tuần qua, giá giảm thêm 1.000 đồng/kg.

Ông Trần Văn Út ở xã Hòa Lộc, huyện Tam Bình có 1,5 ha cam sành đang cho trái. Theo ông, chi phí phân thuốc, công chăm sóc cho mỗi ký cam khoảng 4.500 đồng, bán giá này là lỗ. "Vườn tôi thu khoảng 60 tấn, nếu giá không lên thì năm nay lỗ gần 100 triệu đồng", ông Út nói.

Theo Sở NN&PTNT Vĩnh Long, toàn tỉnh có khoảng 13.500 ha cam sành, trong đó huyện Tam Bình 6.200 ha, Trà Ôn 3.100 ha; sản lượng năm 2024 dự kiến hơn 380.000 tấn. Nguyên nhân giá giảm là nguồn cung tăng mạnh do nhiều vườn trồng mới giai đoạn 2019-2020 đồng loạt cho trái.

Đại diện một doanh nghiệp thu mua ở huyện Trà Ôn cho biết, mỗi ngày đơn vị chỉ thu mua 20-30 tấn cam, trong khi năm trước có lúc lên tới 80 tấn/ngày.

Ngành nông nghiệp dự báo giá cam sành sẽ nhích lên 7.000-8.000 đồng/kg vào dịp Tết Nguyên đán. Tỉnh đặt mục tiêu trong giai đoạn 2025-2027 chuyển đổi khoảng 1.000 ha cam sành kém hiệu quả sang cây trồng khác, không khuyến khích trồng mới.

Ngọc Tài

Chia sẻ | Bình luận (12)
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
G = P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")

FIGS = [
    F("rớt còn 3.000", "3.000", 3000, "money", "đồng/kg", subject="giá cam sành"),
    F("vườn 5.000-6.000", "5.000", 5000, "money", "đồng/kg", value_max=6000,
      subject="giá thương lái mua cam sành loại 1 tại vườn", location="Tam Bình"),
    F("chỉ còn 3.000", "3.000", 3000, "money", "đồng/kg",
      change=C("decrease", 60, "%", "cùng kỳ năm ngoái", approx="about"), subject="giá cam dạt", location="Tam Bình"),
    F("giảm thêm 1.000", "1.000", 1000, "money", "đồng/kg", subject="mức giảm giá cam sành",
      location="Tam Bình"),
    F("có 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích cam sành đang cho trái của ông Trần Văn Út",
      location="Tam Bình"),
    F("khoảng 4.500 đồng", "4.500", 4500, "money", "đồng/kg", approx="about",
      subject="chi phí phân thuốc, công chăm sóc cho mỗi ký cam", location="Tam Bình"),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn", approx="about", subject="sản lượng vườn cam của ông Út",
      location="Tam Bình"),
    F("gần 100 triệu", "100", 100e6, "money", "đồng", approx="nearly", status="forecast", optional=True,
      subject="tiền lỗ của ông Út nếu giá không lên", location="Tam Bình"),
    F("khoảng 13.500 ha", "13.500", 13500, "measure", "ha", approx="about", subject="diện tích cam sành"),
    F("Tam Bình 6.200 ha", "6.200", 6200, "measure", "ha", total=13500, subject="diện tích cam sành",
      location="Tam Bình"),
    F("Trà Ôn 3.100 ha", "3.100", 3100, "measure", "ha", total=13500, subject="diện tích cam sành",
      location="Trà Ôn"),
    F("hơn 380.000 tấn", "380.000", 380000, "measure", "tấn", approx="over", status="forecast",
      subject="sản lượng cam sành", period=Y24),
    F("thu mua 20-30 tấn", "20", 20, "measure", "tấn/ngày", value_max=30,
      subject="lượng cam doanh nghiệp thu mua mỗi ngày", location="Trà Ôn"),
    F("tới 80 tấn/ngày", "80", 80, "measure", "tấn/ngày", subject="lượng cam doanh nghiệp thu mua năm trước",
      location="Trà Ôn"),
    F("lên 7.000-8.000", "7.000", 7000, "money", "đồng/kg", value_max=8000, status="forecast",
      subject="giá cam sành dịp Tết Nguyên đán"),
    F("khoảng 1.000 ha", "1.000", 1000, "measure", "ha", approx="about", status="target",
      subject="diện tích cam sành kém hiệu quả chuyển đổi sang cây trồng khác", period=G),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 16/11/2024, 07:15 (GMT+7)', byline 'Ngọc Tài' at the end, 'Bình luận (12)'. Default location Vĩnh Long.",
    "Tam Bình figures (prices in the first paragraph, the farm of ông Trần Văn Út in xã Hòa Lộc) → Tam Bình; the Trà Ôn buyer → Trà Ôn.",
    "'giảm khoảng 60% so với cùng kỳ năm ngoái' follows 'cam dạt chỉ còn 3.000 đồng/kg' → change of that figure.",
    "'Hai tuần qua, giá giảm thêm 1.000 đồng/kg': the drop is the claim (money figure, no change object); 'Hai tuần' is a time span.",
    "'cho mỗi ký cam khoảng 4.500 đồng' → a rate, unit đồng/kg. The quoted conditional loss 'nếu giá không lên … gần 100 triệu' is",
    "optional (forecast). 'mỗi ngày … 20-30 tấn' → tấn/ngày (like the per-kg cost), as '80 tấn/ngày'.",
    "'trong đó huyện Tam Bình 6.200 ha, Trà Ôn 3.100 ha' → total 13.500, location the district. 'dự kiến' → forecast, 'dự báo' → forecast,",
    "'đặt mục tiêu' → target. Distractors: time 07:15, GMT+7, 'giai đoạn 2019-2020', 'Hai tuần qua', 'Bình luận (12)', 'năm trước'.",
]

if __name__ == "__main__":
    write("p1179-6", TEXT, NOTES, FIGS, published="2024-11-16", location="Vĩnh Long")
