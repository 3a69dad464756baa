"""p812-5: Báo Lai Châu (Party/provincial paper), mận ở huyện Tam Đường, 2023; byline and bare date at the end."""
from lib import F, P, Y, I, C, T, write

TEXT = """Nông dân Tam Đường thu tiền tỷ từ mận

Những ngày này, trên các triền đồi xã Bình Lư, Sơn Bình, Bản Bo (huyện Tam Đường), người dân đang tất bật thu hoạch mận. Năm nay, toàn huyện có 1.320 ha mận, trong đó mận tam hoa 780 ha, mận hậu 540 ha; diện tích cho thu hoạch gần 1.000 ha, sản lượng ước đạt 7.500 tấn.

Gia đình ông Tẩn Láo Tả ở bản Hua Bum, xã Bình Lư có 2,5 ha mận tam hoa trồng từ năm 2010. Vụ này, gia đình thu khoảng 25 tấn quả, với giá bán bình quân 20.000 đồng/kg, trừ chi phí còn lãi hơn 300 triệu đồng. "Nhờ cây mận, gia đình tôi đã làm được nhà, mua được xe máy", ông Tả phấn khởi.

Theo ông Lò Văn Thành, Phó Trưởng phòng Nông nghiệp và PTNT huyện, giá mận năm nay cao hơn năm 2022 từ 3.000 đến 5.000 đồng/kg do chất lượng quả được cải thiện. Huyện đã hỗ trợ 120 hộ áp dụng quy trình VietGAP trên diện tích 85 ha; xây dựng 2 chuỗi liên kết tiêu thụ với doanh nghiệp, bao tiêu khoảng 1.500 tấn quả. Tổng giá trị thu từ mận năm 2023 ước đạt 140 tỷ đồng, gấp đôi năm 2019.

Cùng với thu hoạch quả, các bản dọc Quốc lộ 4D như Sin Súi Hồ, Hua Bum đã làm du lịch vườn mận; 6 tháng đầu năm đón trên 9.000 lượt khách, tăng 35% so với cùng kỳ.

Năm 2024, huyện phấn đấu nâng diện tích mận đạt tiêu chuẩn VietGAP lên 150 ha, tổ chức Hội chợ mận Tam Đường lần thứ 2 để quảng bá sản phẩm, kết hợp phát triển du lịch trải nghiệm vườn mận.

TRUNG DŨNG
28/06/2023
"""

NOTES = [
    "Báo Lai Châu: mận ở huyện Tam Đường năm 2023 — diện tích (mận tam hoa, mận hậu), sản lượng, hộ điển hình, giá, VietGAP, liên kết, du lịch vườn, mục tiêu 2024.",
    "Byline 'TRUNG DŨNG' and bare date '28/06/2023' at the end give published. 'năm 2010', 'Quốc lộ 4D', 'lần thứ 2' are not figures.",
    "780 ha and 540 ha after 'trong đó' add up to the 1.320 ha: total 1320. 'gần 1.000 ha' has no part-of cue.",
    "'cao hơn năm 2022 từ 3.000 đến 5.000 đồng/kg' has no base amount: a money figure (range) of its own, no change.",
    "'gấp đôi năm 2019' after 140 tỷ đồng is its change (2 lần). '6 tháng đầu năm' takes 2023 (published / năm 2023 above).",
    "revised: period text of the 3.000-5.000 đồng/kg range corrected to 'năm nay' (its own sentence; dates unchanged).",
    "The household's figures stay in Tam Đường (xã Bình Lư lies in it). 'Vụ này' is not given a dated period.",
]

y23 = Y("Năm nay", 2023)
FIGS = [
    F("có 1.320 ha mận", "1.320", 1320, "measure", "ha", "diện tích mận", y23),
    F("mận tam hoa 780 ha", "780", 780, "measure", "ha", "diện tích mận tam hoa", y23, total=1320),
    F("mận hậu 540 ha", "540", 540, "measure", "ha", "diện tích mận hậu", y23, total=1320),
    F("gần 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích mận cho thu hoạch", y23, approx="nearly"),
    F("ước đạt 7.500 tấn", "7.500", 7500, "measure", "tấn", "sản lượng mận", y23, status="estimate"),
    F("có 2,5 ha mận", "2,5", 2.5, "measure", "ha", "diện tích mận tam hoa của gia đình ông Tẩn Láo Tả"),
    F("khoảng 25 tấn quả", "25", 25, "measure", "tấn", "sản lượng mận của gia đình ông Tẩn Láo Tả", approx="about"),
    F("bình quân 20.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", "giá bán mận bình quân"),
    F("hơn 300 triệu đồng", "300", 300e6, "money", "đồng", "lãi từ mận của gia đình ông Tẩn Láo Tả", approx="over"),
    F("từ 3.000 đến 5.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá mận cao hơn năm 2022", Y("năm nay", 2023), value_max=5000),
    F("hỗ trợ 120 hộ", "120", 120, "count", "hộ", "hộ được hỗ trợ áp dụng quy trình VietGAP"),
    F("diện tích 85 ha", "85", 85, "measure", "ha", "diện tích mận áp dụng quy trình VietGAP"),
    F("xây dựng 2 chuỗi", "2", 2, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ mận với doanh nghiệp"),
    F("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn", "mận được bao tiêu", approx="about"),
    F("ước đạt 140 tỷ đồng", "140", 140e9, "money", "đồng", "tổng giá trị thu từ mận", Y("năm 2023", 2023),
      status="estimate", change=C("increase", 2, "lần", "năm 2019")),
    F("trên 9.000 lượt khách", "9.000", 9000, "count", "lượt khách", "lượt khách du lịch vườn mận",
      P("6 tháng đầu năm", "2023-01-01", "2023-06-30"), approx="over", change=C("increase", 35, "%", "cùng kỳ")),
    F("lên 150 ha", "150", 150, "measure", "ha", "diện tích mận đạt tiêu chuẩn VietGAP", Y("Năm 2024", 2024), status="target"),
]

if __name__ == "__main__":
    write("p812-5", TEXT, NOTES, FIGS, published="2023-06-28", location="Tam Đường")
