from lib import F, P, I, CH, TG, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Cục Trẻ em | Tin tức - Sự kiện

Năm 2023, Tổng đài 111 tiếp nhận hơn 420 nghìn cuộc gọi
14/03/2024

Theo báo cáo của Cục Trẻ em, năm 2023, cả nước phát hiện, xử lý 1.856 vụ xâm hại trẻ em, giảm 8,4% so với năm 2022. Trong đó, xâm hại tình dục 1.412 vụ, chiếm 76,1%; bạo lực 287 vụ; mua bán, bắt cóc 23 vụ; các hình thức khác 134 vụ.

Tổng số trẻ em bị xâm hại là 2.012 em, trong đó 1.695 em gái (chiếm 84,2%) và 317 em trai. Các địa phương phát hiện nhiều vụ việc là TP Hồ Chí Minh (112 vụ), Hà Nội (97 vụ), Đồng Nai (68 vụ) và Nghệ An (61 vụ).

Cũng trong năm 2023, Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 đã tiếp nhận 423.580 cuộc gọi, tăng gần 1,3 lần so với năm 2022; kết nối, chuyển tuyến can thiệp, hỗ trợ 1.127 ca trẻ em cần được bảo vệ. Khoảng 38% số cuộc gọi đến vào khung giờ từ 19 giờ đến 22 giờ.

Theo Chương trình bảo vệ trẻ em giai đoạn 2021-2025 ban hành kèm Quyết định số 23/QĐ-TTg, mục tiêu đến năm 2025 giảm 10% số vụ xâm hại trẻ em so với giai đoạn 2016-2020; 90% trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời.

Phó Cục trưởng Cục Trẻ em cho biết, quý I/2024, cả nước ghi nhận 418 vụ xâm hại trẻ em, thấp hơn 27 vụ so với quý I/2023. Luật Trẻ em 2016 và Nghị định số 56/2017/NĐ-CP quy định rõ trách nhiệm của các cơ quan, tổ chức, gia đình trong việc thông báo, tố giác hành vi xâm hại trẻ em.

Người dân có thể gọi miễn phí Tổng đài 111 hoặc gửi thông tin qua trang tongdai111.vn 24/7.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("hơn 420 nghìn cuộc gọi", "420", 420000, "count", "cuộc gọi", "cuộc gọi Tổng đài 111 tiếp nhận",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("xử lý 1.856 vụ", "1.856", 1856, "count", "vụ", "vụ xâm hại trẻ em phát hiện, xử lý", Y23,
      change=CH("decrease", 8.4, baseline="năm 2022")),
    F("tình dục 1.412 vụ", "1.412", 1412, "count", "vụ", "vụ xâm hại tình dục", I(Y23), total=1856, percent=76.1),
    F("bạo lực 287 vụ", "287", 287, "count", "vụ", "vụ bạo lực", I(Y23), total=1856),
    F("bắt cóc 23 vụ", "23", 23, "count", "vụ", "vụ mua bán, bắt cóc", I(Y23), total=1856),
    F("khác 134 vụ", "134", 134, "count", "vụ", "vụ các hình thức khác", I(Y23), total=1856),
    F("là 2.012 em", "2.012", 2012, "count", "em", "tổng số trẻ em bị xâm hại", I(Y23)),
    F("1.695 em gái", "1.695", 1695, "count", "em gái", "trẻ em bị xâm hại là em gái", I(Y23), total=2012, percent=84.2),
    F("317 em trai", "317", 317, "count", "em trai", "trẻ em bị xâm hại là em trai", I(Y23), total=2012),
    F("Hồ Chí Minh (112 vụ)", "112", 112, "count", "vụ", "vụ xâm hại trẻ em phát hiện", I(Y23), location="Hồ Chí Minh"),
    F("Hà Nội (97 vụ)", "97", 97, "count", "vụ", "vụ xâm hại trẻ em phát hiện", I(Y23), location="Hà Nội"),
    F("Đồng Nai (68 vụ)", "68", 68, "count", "vụ", "vụ xâm hại trẻ em phát hiện", I(Y23), location="Đồng Nai"),
    F("Nghệ An (61 vụ)", "61", 61, "count", "vụ", "vụ xâm hại trẻ em phát hiện", I(Y23), location="Nghệ An"),
    F("tiếp nhận 423.580 cuộc gọi", "423.580", 423580, "count", "cuộc gọi",
      "cuộc gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tiếp nhận", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 1.3, "lần", "năm 2022", approx="nearly")),
    F("hỗ trợ 1.127 ca", "1.127", 1127, "count", "ca", "ca trẻ em cần được bảo vệ được kết nối, chuyển tuyến can thiệp, hỗ trợ",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("Khoảng 38%", "38", 38, "percent", "%", "số cuộc gọi đến vào khung giờ từ 19 giờ đến 22 giờ", I(Y23), approx="about"),
    F("giảm 10%", "10", 10, "percent", "%", "giảm số vụ xâm hại trẻ em so với giai đoạn 2016-2020", T25, status="target"),
    F("90% trẻ em", "90", 90, "percent", "%", "trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời", T25, status="target"),
    F("ghi nhận 418 vụ", "418", 418, "count", "vụ", "vụ xâm hại trẻ em", P("quý I/2024", "2024-01-01", "2024-03-31"),
      change=CH("decrease", 27, "vụ", "quý I/2023")),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH, Cục Trẻ em): xâm hại trẻ em năm 2023 by form and sex, top provinces, Tổng đài 111, 2025 targets, quý I/2024.",
    "Bare date line '14/03/2024' under the title. Distractors: 'Tổng đài 111' (a name/phone), Quyết định số 23/QĐ-TTg, Luật Trẻ em 2016,",
    "Nghị định số 56/2017/NĐ-CP, times 'từ 19 giờ đến 22 giờ', '24/7', 'giai đoạn 2016-2020' (baseline period), web address.",
    "National figures: location Việt Nam; province list items take their province as location, subject = the list's indicator.",
    "Parts after 'Trong đó' (1.412 + 287 + 23 + 134 = 1.856) take total 1856; 1.695 + 317 = 2.012 (trong đó).",
    "'tăng gần 1,3 lần so với năm 2022' is the change of 423.580 (unit lần, approx nearly). Headline 'hơn 420 nghìn' is its own figure.",
    "'mục tiêu đến năm 2025 giảm 10% … so với giai đoạn 2016-2020': a rate as the target claim (percent figure, no change object).",
    "'thấp hơn 27 vụ so với quý I/2023' is the change (unit vụ) of the 418 cases.",
]
emit("p460-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
