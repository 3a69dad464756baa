from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ » Tin tức » Tin hoạt động

Hơn 66% bãi tắm đang khai thác đã có lực lượng cứu hộ

08/05/2025 10:30 | Lượt xem: 1.147

Theo kết quả rà soát của Cục Du lịch Quốc gia Việt Nam tại 28 tỉnh, thành phố ven biển, năm 2024 cả nước có 623 bãi tắm biển đang được khai thác phục vụ khách du lịch, trong đó 412 bãi tắm đã bố trí lực lượng cứu hộ, chiếm 66,1%. Các địa phương có nhiều bãi tắm có cứu hộ nhất lần lượt là Khánh Hòa (48 bãi), Bà Rịa - Vũng Tàu (41 bãi), Bình Thuận (36 bãi) và Đà Nẵng (22 bãi).

Hiện cả nước có khoảng 7.900 nhân viên cứu hộ làm việc tại các bãi biển, trong đó 4.860 người đã được cấp chứng chỉ nghiệp vụ cứu hộ, chiếm 61,5%. Năm 2024, lực lượng này đã cứu hơn 3.200 người gặp nạn trên biển, gấp 1,3 lần năm 2023.

Tuy nhiên, tình trạng đuối nước vẫn diễn biến phức tạp. Năm 2024, tại các bãi biển xảy ra 126 vụ đuối nước làm 143 người chết, giảm 18,2% so với năm 2023. Theo Bộ Lao động - Thương binh và Xã hội, mỗi năm cả nước có khoảng 2.000 trẻ em tử vong do đuối nước, trong đó gần 30% xảy ra ở vùng ven biển.

Thực hiện Chỉ thị số 23/CT-TTg và Quyết định số 1248/QĐ-BVHTTDL, Cục đặt mục tiêu đến năm 2030 có 100% bãi tắm đang khai thác du lịch bố trí lực lượng cứu hộ chuyên nghiệp. Dự kiến giai đoạn 2025-2030, Cục phối hợp với các địa phương đào tạo khoảng 5.000 nhân viên cứu hộ với tổng kinh phí khoảng 35 tỷ đồng.

Năm 2024, du lịch biển thu hút khoảng 70% trong tổng số 110 triệu lượt khách nội địa.

Cục Du lịch Quốc gia Việt Nam - Số 80 Quán Sứ, Hoàn Kiếm, Hà Nội. ĐT: 024.3942.3760
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
G = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("Hơn 66% bãi tắm", "66", 66, "percent", "%", "bãi tắm đang khai thác đã có lực lượng cứu hộ",
      I(Y24), approx="over"),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển được rà soát", Y24),
    F("có 623 bãi tắm", "623", 623, "count", "bãi tắm biển", "bãi tắm biển đang được khai thác phục vụ khách du lịch",
      Y24),
    F("trong đó 412 bãi tắm", "412", 412, "count", "bãi tắm", "bãi tắm đã bố trí lực lượng cứu hộ", Y24,
      total=623, percent=66.1),
    F("Khánh Hòa (48 bãi)", "48", 48, "count", "bãi", "bãi tắm có cứu hộ", I(Y24), location="Khánh Hòa"),
    F("Vũng Tàu (41 bãi)", "41", 41, "count", "bãi", "bãi tắm có cứu hộ", I(Y24), location="Bà Rịa - Vũng Tàu"),
    F("Bình Thuận (36 bãi)", "36", 36, "count", "bãi", "bãi tắm có cứu hộ", I(Y24), location="Bình Thuận"),
    F("Đà Nẵng (22 bãi)", "22", 22, "count", "bãi", "bãi tắm có cứu hộ", I(Y24), location="Đà Nẵng"),
    F("khoảng 7.900 nhân viên", "7.900", 7900, "count", "nhân viên cứu hộ",
      "nhân viên cứu hộ làm việc tại các bãi biển", approx="about"),
    F("trong đó 4.860 người", "4.860", 4860, "count", "người",
      "nhân viên cứu hộ đã được cấp chứng chỉ nghiệp vụ cứu hộ", total=7900, percent=61.5),
    F("cứu hơn 3.200 người", "3.200", 3200, "count", "người", "người gặp nạn trên biển được cứu", Y24b,
      approx="over", change=C("increase", 1.3, "lần", "năm 2023")),
    F("xảy ra 126 vụ", "126", 126, "count", "vụ đuối nước", "vụ đuối nước tại các bãi biển",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("làm 143 người chết", "143", 143, "count", "người", "người chết do đuối nước tại các bãi biển",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=C("decrease", 18.2, "%", "năm 2023")),
    F("khoảng 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em tử vong do đuối nước mỗi năm",
      approx="about"),
    F("gần 30% xảy ra", "30", 30, "percent", "%", "trẻ em tử vong do đuối nước ở vùng ven biển",
      approx="nearly"),
    F("có 100% bãi tắm", "100", 100, "percent", "%", "bãi tắm đang khai thác du lịch bố trí lực lượng cứu hộ chuyên nghiệp",
      T30, status="target"),
    F("khoảng 5.000 nhân viên", "5.000", 5000, "count", "nhân viên cứu hộ", "nhân viên cứu hộ được đào tạo", G,
      approx="about", status="forecast"),
    F("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", "tổng kinh phí đào tạo nhân viên cứu hộ", G,
      approx="about", status="forecast"),
    F("khoảng 70% trong", "70", 70, "percent", "%", "khách nội địa lựa chọn du lịch biển",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("tổng số 110 triệu", "110", 110e6, "count", "lượt khách", "lượt khách nội địa",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Ministry site (Cục Du lịch Quốc gia Việt Nam, Bộ VHTTDL), 08/05/2025: national review of beaches with lifeguards, certificates, rescues, drownings, 2030 target.",
    "National figures are Việt Nam; items of the 'lần lượt là Khánh Hòa (48 bãi), ...' ranking list take their province as location, no total (they do not add up to 412).",
    "412 bãi after 'trong đó' gets total 623 and 'chiếm 66,1%' as percent; 4.860 likewise (total 7.900, percent 61,5). 'gấp 1,3 lần năm 2023' after 3.200 người is its change (unit lần).",
    "'giảm 18,2% so với năm 2023' follows 143 người chết: change of that figure. 'gần 30%' after 'trong đó' is a share of another whole: a percent figure of its own.",
    "'khoảng 70% trong tổng số 110 triệu lượt khách': 70% is a percent figure, 110 triệu a count of its own (the whole is stated after the share, so no total on a percent).",
    "Headline 'Hơn 66%' takes năm 2024 from the body (inherited). 'Hiện' and 'mỗi năm' sentences get no period. Distractors: Chỉ thị số 23/CT-TTg, Quyết định số 1248/QĐ-BVHTTDL, address, phone, Lượt xem.",
]

write(4, TEXT, FIGS, NOTES, published="2025-05-08", location="Việt Nam")
