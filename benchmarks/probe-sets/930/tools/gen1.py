"""p930-1: Bạc Liêu province portal, 2023 results of wild bird protection."""
from lib import F, P, I, Y, C, T, write

TEXT = """
Cổng Thông tin điện tử tỉnh Bạc Liêu
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Môi trường

Năm 2023, tháo gỡ hơn 3.400 m lưới bẫy chim hoang dã

Cập nhật: 14/03/2024 09:45 | Lượt xem: 2.316

Theo Chi cục Kiểm lâm tỉnh Bạc Liêu, năm 2023 lực lượng kiểm lâm đã phối hợp với công an, Ủy ban nhân dân cấp xã tổ chức 412 đợt tuần tra, kiểm tra tại các sân chim và rừng phòng hộ ven biển, tăng 18,5% so với năm trước. Qua đó, đã phát hiện, tháo gỡ 3.426 m lưới bẫy chim, thu giữ 265 bẫy kẹp, bẫy keo các loại; giải cứu và thả về tự nhiên 1.870 cá thể chim, trong đó có 36 cá thể thuộc loài nguy cấp, quý, hiếm.

Trong năm, cơ quan chức năng phát hiện 27 vụ vi phạm về săn bắt, nuôi nhốt, buôn bán chim hoang dã, giảm 9 vụ so với năm 2022; trong đó xử phạt vi phạm hành chính 24 vụ với tổng số tiền 186,5 triệu đồng, chuyển cơ quan điều tra 3 vụ có dấu hiệu tội phạm. Các địa phương có nhiều vụ vi phạm là huyện Đông Hải (8 vụ), huyện Hòa Bình (6 vụ) và thị xã Giá Rai (5 vụ).

Hiện toàn tỉnh có 5 sân chim tập trung với tổng diện tích khoảng 420 ha, là nơi cư trú của trên 40.000 cá thể chim thuộc 54 loài. Khu du lịch Vườn chim Bạc Liêu rộng 385 ha, ghi nhận gần 30.000 cá thể chim. Năm 2023, tỉnh đã chi trả 1,2 tỷ đồng tiền khoán bảo vệ cho 128 hộ dân sống gần các sân chim, bình quân 9,4 triệu đồng/hộ/năm.

Năm 2024, tỉnh phấn đấu tháo gỡ 100% lưới bẫy chim phát hiện được, giảm ít nhất 20% số vụ vi phạm so với năm 2023 và thả về tự nhiên không dưới 2.000 cá thể chim. Người dân phát hiện hành vi săn bắt chim trái phép có thể báo qua đường dây nóng 0291.3822.145 của Chi cục Kiểm lâm, số 12 đường Hoàng Văn Thụ, phường 3.
"""

Y23 = Y(2023)
Y23i = Y(2023, inherited=True)
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = Y(2024)

FIGS = [
    F("Năm 2023, tháo gỡ hơn 3.400 m", "3.400", 3400, "measure", "m", "lưới bẫy chim hoang dã tháo gỡ",
      Y(2023, "Năm 2023"), approx="over"),
    F("tổ chức 412 đợt", "412", 412, "count", "đợt", "đợt tuần tra, kiểm tra tại các sân chim và rừng phòng hộ ven biển",
      Y23, change=C("increase", 18.5, baseline="năm trước")),
    F("tháo gỡ 3.426 m", "3.426", 3426, "measure", "m", "lưới bẫy chim phát hiện, tháo gỡ", Y23i),
    F("thu giữ 265 bẫy", "265", 265, "count", "bẫy", "bẫy kẹp, bẫy keo thu giữ", Y23i),
    F("tự nhiên 1.870 cá thể", "1.870", 1870, "count", "cá thể", "chim giải cứu và thả về tự nhiên", Y23i),
    F("có 36 cá thể", "36", 36, "count", "cá thể", "chim thả về tự nhiên thuộc loài nguy cấp, quý, hiếm", Y23i,
      total=1870),
    F("phát hiện 27 vụ", "27", 27, "count", "vụ", "vụ vi phạm về săn bắt, nuôi nhốt, buôn bán chim hoang dã", TN,
      change=C("decrease", 9, "vụ", "năm 2022")),
    F("hành chính 24 vụ", "24", 24, "count", "vụ", "vụ xử phạt vi phạm hành chính", TN, total=27),
    F("tiền 186,5 triệu đồng", "186,5", 186500000, "money", "đồng", "tiền xử phạt vi phạm hành chính", TN),
    F("điều tra 3 vụ", "3", 3, "count", "vụ", "vụ chuyển cơ quan điều tra", TN, total=27),
    F("Đông Hải (8 vụ)", "8", 8, "count", "vụ", "vụ vi phạm", Y23i, location="Đông Hải"),
    F("Hòa Bình (6 vụ)", "6", 6, "count", "vụ", "vụ vi phạm", Y23i, location="Hòa Bình"),
    F("Giá Rai (5 vụ)", "5", 5, "count", "vụ", "vụ vi phạm", Y23i, location="Giá Rai"),
    F("có 5 sân chim", "5", 5, "count", "sân chim", "sân chim tập trung"),
    F("khoảng 420 ha", "420", 420, "measure", "ha", "tổng diện tích sân chim", approx="about"),
    F("trên 40.000 cá thể", "40.000", 40000, "count", "cá thể", "chim cư trú tại các sân chim", approx="over"),
    F("thuộc 54 loài", "54", 54, "count", "loài", "loài chim tại các sân chim"),
    F("rộng 385 ha", "385", 385, "measure", "ha", "diện tích Khu du lịch Vườn chim Bạc Liêu"),
    F("gần 30.000 cá thể", "30.000", 30000, "count", "cá thể", "chim ghi nhận tại Vườn chim Bạc Liêu", approx="nearly"),
    F("chi trả 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tiền khoán bảo vệ sân chim chi trả", Y(2023, "Năm 2023")),
    F("cho 128 hộ", "128", 128, "count", "hộ", "hộ dân nhận khoán bảo vệ sân chim", Y(2023, "Năm 2023")),
    F("bình quân 9,4 triệu", "9,4", 9400000, "money", "đồng/hộ/năm", "tiền khoán bảo vệ bình quân", Y(2023, "Năm 2023")),
    F("tháo gỡ 100% lưới", "100", 100, "percent", "%", "lưới bẫy chim phát hiện được tháo gỡ", Y(2024, "Năm 2024"),
      status="target"),
    F("ít nhất 20% số vụ", "20", 20, "percent", "%", "số vụ vi phạm giảm so với năm 2023", Y(2024, "Năm 2024"),
      approx="at_least", status="target"),
    F("không dưới 2.000 cá thể", "2.000", 2000, "count", "cá thể", "chim thả về tự nhiên", Y(2024, "Năm 2024"),
      approx="at_least", status="target"),
]

NOTES = [
    "Bạc Liêu province portal: 2023 results of wild bird protection (patrols, nets removed, birds released, violations), bird colonies, 2024 targets.",
    "Headline 'Năm 2023 ... hơn 3.400 m' is a figure of its own. 'Trong năm' takes 2023 (nearest earlier period; the 18,5% baseline is 'năm trước').",
    "24 vụ and 3 vụ follow 'trong đó' after 27 vụ: total 27. The ranking list of districts does not add up: no total; districts are locations.",
    "'Hiện' sentences carry no period. Distractors: Lượt xem 2.316, hotline 0291.3822.145, 'số 12 ... phường 3', times.",
]

write(1, TEXT, FIGS, NOTES, published="2024-03-14", location="Bạc Liêu")
