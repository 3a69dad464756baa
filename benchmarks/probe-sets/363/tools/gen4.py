from lib import F, P, I, C, emit

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Tin tức - Sự kiện > Bưu chính

Mạng bưu chính công cộng: hơn 13.000 điểm phục vụ, phủ 100% số xã
Ngày đăng: 22/05/2024

(MIC) - Theo Vụ Bưu chính, tính đến hết quý I/2024, mạng bưu chính công cộng do Tổng công ty Bưu điện Việt Nam quản lý có 13.146 điểm phục vụ, trong đó 8.026 điểm bưu điện - văn hóa xã (BĐ-VHX), chiếm 61,1%; bán kính phục vụ bình quân 2,2 km/điểm, số dân phục vụ bình quân khoảng 7.600 người/điểm.

Sau hơn 25 năm hình thành, các điểm BĐ-VHX đã chuyển từ nơi đọc sách, báo sang điểm cung cấp dịch vụ công. Hiện có 6.190 điểm BĐ-VHX kết nối Internet băng rộng, khoảng 2.400 điểm tham gia tiếp nhận hồ sơ thủ tục hành chính tại chỗ. Năm 2023, mạng bưu chính công cộng tiếp nhận và trả kết quả hơn 12,5 triệu hồ sơ, gấp 1,4 lần năm 2022; chi trả lương hưu, trợ cấp BHXH cho gần 3 triệu người mỗi tháng.

Tuy nhiên, hiệu quả hoạt động chưa đồng đều. Quý I/2024, cả nước còn 312 điểm BĐ-VHX có doanh thu dưới 2 triệu đồng/tháng, chủ yếu ở miền núi phía Bắc và Tây Nguyên; các địa phương có tỷ lệ điểm BĐ-VHX tham gia dịch vụ công cao là Thái Bình (97%), Nam Định (94,5%) và Hà Nam (92,8%), thấp nhất là Điện Biên với 18,4%.

Theo Quy hoạch hạ tầng thông tin và truyền thông thời kỳ 2021-2030, tầm nhìn đến năm 2050, đến năm 2025 phấn đấu 100% điểm BĐ-VHX cung cấp dịch vụ công trực tuyến; đến năm 2030, mỗi điểm phục vụ bình quân không quá 6.000 người. Ngân sách nhà nước hỗ trợ duy trì mạng bưu chính công cộng giai đoạn 2021-2025 dự kiến từ 400 đến 450 tỷ đồng mỗi năm.
"""

ASOF = P("tính đến hết quý I/2024", None, "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("hơn 13.000 điểm", "13.000", 13000, "count", "điểm phục vụ", "điểm phục vụ mạng bưu chính công cộng", I(ASOF),
      approx="over"),
    F("phủ 100% số xã", "100", 100, "percent", "%", "số xã có điểm phục vụ bưu chính", I(ASOF)),
    F("có 13.146 điểm", "13.146", 13146, "count", "điểm phục vụ", "điểm phục vụ mạng bưu chính công cộng", ASOF),
    F("đó 8.026 điểm", "8.026", 8026, "count", "điểm bưu điện - văn hóa xã", "điểm bưu điện - văn hóa xã (BĐ-VHX)",
      ASOF, total=13146, percent=61.1),
    F("2,2 km/điểm", "2,2", 2.2, "measure", "km/điểm", "bán kính phục vụ bình quân", ASOF),
    F("khoảng 7.600 người/điểm", "7.600", 7600, "measure", "người/điểm", "số dân phục vụ bình quân", ASOF,
      approx="about"),
    F("hơn 25 năm", "25", 25, "measure", "năm", "thời gian hình thành điểm BĐ-VHX", approx="over", optional=True),
    F("có 6.190 điểm", "6.190", 6190, "count", "điểm BĐ-VHX", "điểm BĐ-VHX kết nối Internet băng rộng"),
    F("khoảng 2.400 điểm", "2.400", 2400, "count", "điểm", "điểm tham gia tiếp nhận hồ sơ thủ tục hành chính tại chỗ",
      approx="about"),
    F("hơn 12,5 triệu hồ sơ", "12,5", 12_500_000, "count", "hồ sơ",
      "hồ sơ tiếp nhận và trả kết quả qua mạng bưu chính công cộng", Y23, approx="over",
      change=C("increase", 1.4, "lần", "năm 2022")),
    F("gần 3 triệu người", "3", 3_000_000, "count", "người", "người được chi trả lương hưu, trợ cấp BHXH mỗi tháng",
      Y23, approx="nearly"),
    F("còn 312 điểm", "312", 312, "count", "điểm BĐ-VHX", "điểm BĐ-VHX có doanh thu dưới 2 triệu đồng/tháng", Q1),
    F("dưới 2 triệu đồng", "2", 2_000_000, "money", "đồng/tháng", "doanh thu điểm BĐ-VHX", Q1, approx="under",
      optional=True),
    F("Thái Bình (97%)", "97", 97, "percent", "%", "tỷ lệ điểm BĐ-VHX tham gia dịch vụ công", Q1, location="Thái Bình"),
    F("Nam Định (94,5%)", "94,5", 94.5, "percent", "%", "tỷ lệ điểm BĐ-VHX tham gia dịch vụ công", Q1,
      location="Nam Định"),
    F("Hà Nam (92,8%)", "92,8", 92.8, "percent", "%", "tỷ lệ điểm BĐ-VHX tham gia dịch vụ công", Q1, location="Hà Nam"),
    F("với 18,4%", "18,4", 18.4, "percent", "%", "tỷ lệ điểm BĐ-VHX tham gia dịch vụ công", Q1, location="Điện Biên"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "điểm BĐ-VHX cung cấp dịch vụ công trực tuyến",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("không quá 6.000 người", "6.000", 6000, "measure", "người/điểm", "số dân mỗi điểm phục vụ bình quân",
      P("đến năm 2030", None, "2030-12-31"), approx="at_most", status="target"),
    F("từ 400 đến 450 tỷ đồng", "400", 400_000_000_000, "money", "đồng",
      "Ngân sách nhà nước hỗ trợ duy trì mạng bưu chính công cộng mỗi năm",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), value_max=450_000_000_000, status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ TT&TT, '(MIC)'): the public postal network and cultural post offices (BĐ-VHX), national, as of Q1/2024.",
    "Dateline 'Ngày đăng: 22/05/2024' without time. Location Việt Nam; provinces in the rate list are their items' locations.",
    "Distractors: 'quý I/2024' (as-of), 'năm 2022' (baseline), 'thời kỳ 2021-2030, tầm nhìn đến năm 2050' (plan name), 'giai đoạn 2021-2025'.",
    "8.026 after 'trong đó' -> total 13.146, share 61,1%. 'km/điểm', 'người/điểm' are rates: measure with the denominator in the unit.",
    "'hơn 25 năm hình thành' is a duration (optional). 'dưới 2 triệu đồng/tháng' is a threshold inside a count's definition (optional).",
    "'gấp 1,4 lần năm 2022' is the change of 12,5 triệu hồ sơ. Regions 'miền núi phía Bắc và Tây Nguyên' are no province: Việt Nam.",
    "'Quý I/2024' heads the sentence and covers the list of provincial rates after ';'.",
    "'đến năm 2030, mỗi điểm phục vụ bình quân không quá 6.000 người': target, at_most; a per-point rate like 7.600 người/điểm (measure).",
    "'dự kiến từ 400 đến 450 tỷ đồng mỗi năm' forecast range; period is the 'giai đoạn 2021-2025' of the same sentence.",
]

emit("p363-4", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Việt Nam")
