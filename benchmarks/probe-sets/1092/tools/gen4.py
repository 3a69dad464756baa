"""p1092-4: Bộ LĐ-TB&XH (ministry site), Tổng đài 111 and child protection nationwide, 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức - Sự kiện > Bảo vệ, chăm sóc trẻ em
Tổng đài 111 tiếp nhận hơn 362 nghìn cuộc gọi trong năm 2023
Ngày đăng: 15/01/2024 10:30 | Lượt đọc: 1.206

Theo báo cáo của Cục Trẻ em, năm 2023 Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 (hoạt động 24/7, miễn phí) đã tiếp nhận 362.415 cuộc gọi, tăng 12,4% so với năm 2022. Trong đó có 27.836 cuộc gọi tư vấn, cung cấp thông tin về trẻ em, chiếm 7,7%; 1.284 cuộc gọi đề nghị can thiệp, hỗ trợ trẻ em có nguy cơ hoặc bị xâm hại. Tổng đài đã kết nối, chuyển tuyến 1.152 ca đến cơ quan chức năng của 63/63 tỉnh, thành phố để xác minh, can thiệp.

Các ca được can thiệp chủ yếu liên quan đến bạo lực (41,3%), xâm hại tình dục (27,6%), bỏ rơi, sao nhãng (18,2%) và mua bán trẻ em (2,1%).

Cũng trong năm 2023, cả nước phát hiện 2.021 vụ xâm hại trẻ em với 2.209 trẻ em bị xâm hại, giảm 6,3% số vụ so với năm 2022; trong đó xâm hại tình dục chiếm 78%. Hiện cả nước có khoảng 1,5 triệu trẻ em có hoàn cảnh đặc biệt, chiếm gần 6% tổng số trẻ em. Quỹ Bảo trợ trẻ em Việt Nam đã vận động 245,8 tỷ đồng, hỗ trợ hơn 430.000 lượt trẻ em.

Năm 2024, Bộ đặt mục tiêu 90% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc; giảm 5% số vụ xâm hại trẻ em so với năm 2023. Dự kiến Tổng đài 111 sẽ tiếp nhận khoảng 400.000 cuộc gọi và bố trí thêm 8 tư vấn viên trực tổng đài. Các nhiệm vụ được triển khai theo Quyết định số 2361/QĐ-TTg của Thủ tướng Chính phủ về Chương trình bảo vệ trẻ em.

Cục Trẻ em - Số 35 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.3936.2105
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 362 nghìn cuộc gọi", "362", 362000, "count", "cuộc gọi", "cuộc gọi Tổng đài 111 tiếp nhận",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("tiếp nhận 362.415 cuộc gọi", "362.415", 362415, "count", "cuộc gọi", "cuộc gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tiếp nhận",
      Y23, change=C("increase", 12.4, "%", "năm 2022")),
    F("có 27.836 cuộc gọi", "27.836", 27836, "count", "cuộc gọi", "cuộc gọi tư vấn, cung cấp thông tin về trẻ em", I(Y23),
      total=362415, percent=7.7),
    F("1.284 cuộc gọi", "1.284", 1284, "count", "cuộc gọi", "cuộc gọi đề nghị can thiệp, hỗ trợ trẻ em", I(Y23),
      total=362415),
    F("chuyển tuyến 1.152 ca", "1.152", 1152, "count", "ca", "ca kết nối, chuyển tuyến đến cơ quan chức năng", I(Y23)),
    F("của 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố nhận chuyển tuyến ca can thiệp", I(Y23),
      total=63),
    F("bạo lực (41,3%)", "41,3", 41.3, "percent", "%", "ca can thiệp liên quan đến bạo lực", I(Y23)),
    F("tình dục (27,6%)", "27,6", 27.6, "percent", "%", "ca can thiệp liên quan đến xâm hại tình dục", I(Y23)),
    F("sao nhãng (18,2%)", "18,2", 18.2, "percent", "%", "ca can thiệp liên quan đến bỏ rơi, sao nhãng", I(Y23)),
    F("trẻ em (2,1%)", "2,1", 2.1, "percent", "%", "ca can thiệp liên quan đến mua bán trẻ em", I(Y23)),
    F("phát hiện 2.021 vụ", "2.021", 2021, "count", "vụ", "vụ xâm hại trẻ em", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=C("decrease", 6.3, "%", "năm 2022")),
    F("với 2.209 trẻ em", "2.209", 2209, "count", "trẻ em", "trẻ em bị xâm hại", Y23),
    F("chiếm 78%", "78", 78, "percent", "%", "xâm hại tình dục trong số vụ xâm hại trẻ em", Y23),
    F("khoảng 1,5 triệu trẻ em", "1,5", 1.5e6, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", approx="about",
      percent=6),
    F("vận động 245,8 tỷ đồng", "245,8", 245.8e9, "money", "đồng", "kinh phí Quỹ Bảo trợ trẻ em Việt Nam vận động", I(Y23)),
    F("hơn 430.000 lượt trẻ em", "430.000", 430000, "count", "lượt trẻ em", "lượt trẻ em được Quỹ Bảo trợ trẻ em Việt Nam hỗ trợ",
      I(Y23), approx="over"),
    F("mục tiêu 90%", "90", 90, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", Y24, status="target"),
    F("giảm 5% số vụ", "5", 5, "percent", "%", "giảm số vụ xâm hại trẻ em so với năm 2023", Y24, status="target"),
    F("khoảng 400.000 cuộc gọi", "400.000", 400000, "count", "cuộc gọi", "cuộc gọi Tổng đài 111 tiếp nhận", I(Y24),
      approx="about", status="forecast"),
    F("thêm 8 tư vấn viên", "8", 8, "count", "tư vấn viên", "tư vấn viên trực tổng đài bố trí thêm", I(Y24),
      status="forecast"),
]

NOTES = [
    "Bộ LĐ-TB&XH (ministry site): Tổng đài 111, xâm hại trẻ em, trẻ em có hoàn cảnh đặc biệt, Quỹ Bảo trợ trẻ em Việt Nam, năm 2023.",
    "'Ngày đăng: 15/01/2024 10:30' gives published; 'Lượt đọc: 1.206' is page furniture. All figures are national (Việt Nam);",
    "the Cục's address in Hà Nội localises nothing. Distractors: Tổng đài 111, '24/7', Quyết định số 2361/QĐ-TTg, address, phone.",
    "'giảm 6,3% số vụ' is the change of 2.021 vụ (it names 'số vụ'), not of 2.209 trẻ em before it.",
    "'trong đó xâm hại tình dục chiếm 78%' has no base amount: a percent figure of its own.",
    "'giảm 5% số vụ ... so với năm 2023' as a target with no base amount: a percent figure, status target, no change.",
    "'Hiện cả nước có khoảng 1,5 triệu' has no period ('Hiện').",
]

write("p1092-4", TEXT, NOTES, FIGS, published="2024-01-15", location="Việt Nam")
