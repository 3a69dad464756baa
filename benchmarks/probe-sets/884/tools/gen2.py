"""p884-2: city/commune portal, Hội An (xã đảo Tân Hiệp, Cù Lao Chàm), plastic-free island."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỘI AN
Trang chủ > Tin tức > Kinh tế - Xã hội

Cù Lao Chàm: Nói không với túi ni lông, đón hơn 310.000 lượt khách

Thứ Hai, 16/10/2023 - 15:20

9 tháng đầu năm, xã đảo Tân Hiệp (Cù Lao Chàm) đã đón hơn 310.000 lượt khách tham quan, tăng 42% so với cùng kỳ năm 2022. Dù lượng khách tăng mạnh, tổng lượng rác thải nhựa phát sinh trên đảo chỉ khoảng 1,2 tấn/tháng, giảm 15% so với năm 2019.

Từ khi Khu dự trữ sinh quyển thế giới Cù Lao Chàm được UNESCO công nhận năm 2009, xã kiên trì vận động người dân hạn chế túi ni lông. Hiện 100% hộ kinh doanh, 42 nhà hàng và 36 homestay trên đảo đã cam kết không sử dụng túi ni lông, ống hút nhựa và chai nhựa dùng một lần. Xã duy trì 3 điểm kiểm tra tại bến Bãi Làng, Bãi Ông và Bãi Chồng; bình quân mỗi tháng thu giữ khoảng 150 túi ni lông du khách mang theo và đổi lại túi vải, túi giấy.

Chợ Tân Hiệp hiện có 58 tiểu thương. Trong tháng 6/2023, chợ được Hội Liên hiệp Phụ nữ thành phố hỗ trợ 2.000 túi giấy và 500 giỏ tre đan. Mỗi túi giấy có giá khoảng 1.500-2.000 đồng. Mức giá này gấp 3-4 lần túi ni lông nên phần lớn tiểu thương chuyển sang dùng lá chuối, lá sen để gói hàng.

Ông Nguyễn Văn Ba, Chủ tịch UBND xã cho biết, năm 2024 xã phấn đấu giảm thêm 20% lượng rác thải nhựa so với năm 2023, đồng thời vận động 100% du khách không mang túi ni lông ra đảo.

Ban biên tập: UBND thành phố Hội An, số 9 Trần Hưng Đạo, phường Minh An. Điện thoại: 0235.3861.263.
"""

NOTES = [
    "p884-2: Hội An city portal, commune news (xã đảo Tân Hiệp). Commune figures take the city (district level): Hội An.",
    "'9 tháng đầu năm' has no year: the dateline 16/10/2023 stands before it (and 'cùng kỳ năm 2022' implies 2023).",
    "Headline figure has no period of its own. 'gấp 3-4 lần' stands as its own sentence: a multiple range.",
    "Distractors: 'năm 2009', 'Nguyễn Văn Ba', 'số 9 Trần Hưng Đạo', phone, dateline time.",
]
M9 = P("9 tháng đầu năm", "2023-01-01", "2023-09-30")
J6 = P("Trong tháng 6/2023", "2023-06-01", "2023-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("túi ni lông, đón hơn 310.000", "310.000", 310000, "count", "lượt khách", "lượt khách tham quan Cù Lao Chàm",
      approx="over"),
    F("đã đón hơn 310.000", "310.000", 310000, "count", "lượt khách", "lượt khách tham quan", M9,
      approx="over", change=C("increase", 42, "%", "cùng kỳ năm 2022")),
    F("khoảng 1,2 tấn/tháng", "1,2", 1.2, "measure", "tấn/tháng", "rác thải nhựa phát sinh trên đảo",
      approx="about", change=C("decrease", 15, "%", "năm 2019")),
    F("Hiện 100% hộ", "100", 100, "percent", "%",
      "hộ kinh doanh cam kết không sử dụng túi ni lông, ống hút nhựa và chai nhựa dùng một lần"),
    F("42 nhà hàng", "42", 42, "count", "nhà hàng",
      "nhà hàng cam kết không sử dụng túi ni lông, ống hút nhựa và chai nhựa dùng một lần"),
    F("36 homestay", "36", 36, "count", "homestay",
      "homestay cam kết không sử dụng túi ni lông, ống hút nhựa và chai nhựa dùng một lần"),
    F("duy trì 3 điểm", "3", 3, "count", "điểm kiểm tra", "điểm kiểm tra tại các bến"),
    F("khoảng 150 túi", "150", 150, "count", "túi ni lông/tháng", "túi ni lông du khách mang theo bị thu giữ mỗi tháng",
      approx="about"),
    F("có 58 tiểu thương", "58", 58, "count", "tiểu thương", "tiểu thương chợ Tân Hiệp"),
    F("hỗ trợ 2.000 túi", "2.000", 2000, "count", "túi giấy", "túi giấy hỗ trợ cho chợ", J6),
    F("và 500 giỏ", "500", 500, "count", "giỏ tre đan", "giỏ tre đan hỗ trợ cho chợ", J6),
    F("khoảng 1.500-2.000 đồng", "1.500", 1500, "money", "đồng/túi", "giá mỗi túi giấy",
      approx="about", value_max=2000),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", "giá túi giấy so với túi ni lông", value_max=4),
    F("giảm thêm 20%", "20", 20, "percent", "%", "lượng rác thải nhựa giảm thêm so với năm 2023", Y24,
      status="target"),
    F("vận động 100% du khách", "100", 100, "percent", "%", "du khách không mang túi ni lông ra đảo", Y24,
      status="target"),
]
write("p884-2", TEXT, NOTES, FIGS, published="2023-10-16", location="Hội An")
