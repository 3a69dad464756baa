from lib import F, P, C, T, write

TEXT = """Hà Tĩnh: Gần 86 nghìn người được xét nghiệm sàng lọc đái tháo đường
THU HÀ
22/08/2024 10:47

(Baohatinh.vn) - Từ đầu năm đến nay, ngành Y tế Hà Tĩnh đã xét nghiệm đường huyết cho gần 86 nghìn người từ 40 tuổi trở lên, phát hiện 2.640 người có chỉ số đường huyết cao, chuyển khám chẩn đoán xác định. Riêng tháng 7/2024, có 12.430 người được xét nghiệm, tăng 18,5% so với tháng trước.

Các huyện Cẩm Xuyên, Thạch Hà và thị xã Kỳ Anh có số người được xét nghiệm nhiều nhất, lần lượt 11.240, 9.870 và 8.315 người. Ở các huyện miền núi như Hương Khê, Vũ Quang, tỷ lệ người dân tham gia sàng lọc chỉ đạt từ 35% đến 42% kế hoạch.

Theo BS.CKII Nguyễn Thị Lan, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, tỷ lệ người mắc đái tháo đường trong cộng đồng ở mức 5,5-6,5%, nhưng khoảng 60% người mắc chưa được phát hiện. Năm 2023, toàn tỉnh quản lý 6.820 người bệnh đái tháo đường, đạt 31,4% số người mắc ước tính.

Hiện 209/209 trạm y tế xã, phường, thị trấn đã có máy đo đường huyết; 186 trạm có đủ thuốc điều trị đái tháo đường nhóm Metformin, chiếm 89%. Tổng kinh phí cho hoạt động sàng lọc năm 2024 khoảng 2,35 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,5 tỷ đồng.

Theo Kế hoạch số 245/KH-UBND ngày 8/3/2022 của UBND tỉnh, đến năm 2025, Hà Tĩnh phấn đấu 55% người mắc đái tháo đường được phát hiện và 50% số người phát hiện được quản lý điều trị theo hướng dẫn chuyên môn.

Người dân có thể đến khám tại Bệnh viện Đa khoa tỉnh (số 75 đường Hải Thượng Lãn Ông, TP Hà Tĩnh) hoặc trạm y tế nơi cư trú.
"""

HEADER = [
    "Báo Hà Tĩnh (Party newspaper): xét nghiệm sàng lọc đái tháo đường từ đầu năm 2024; byline 'THU HÀ' then bare '22/08/2024 10:47'.",
    "'Từ đầu năm đến nay' = 2024-01-01 to the dateline. The headline figure restates the body figure; its period stands in the body (inherited).",
    "Distractors: '(Baohatinh.vn)', 'Kế hoạch số 245/KH-UBND ngày 8/3/2022', 'số 75 đường Hải Thượng Lãn Ông', 'BS.CKII', 'tháng 7/2024' (period).",
    "District list (lần lượt) gets locations; 'Hương Khê, Vũ Quang … từ 35% đến 42%' is one range for two districts: location left as province (optional).",
    "'5,5-6,5%' is a range. '186 trạm …, chiếm 89%': percent attribute; no part-of cue, so no total 209. 1,5 tỷ is part of 2,35 tỷ (trong đó).",
    "'đạt 31,4% số người mắc ước tính' is the 6.820's share (actual). The age '40 tuổi trở lên' is optional.",
]

TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")
TDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-22", True)
SUBJ_L = "người được xét nghiệm"
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 86 nghìn người", "86", 86000, "count", "người", "người được xét nghiệm sàng lọc đái tháo đường",
      approx="nearly", period=TDi),
    F("cho gần 86 nghìn người", "86", 86000, "count", "người", "người từ 40 tuổi trở lên được xét nghiệm đường huyết",
      approx="nearly", period=TD),
    F("người từ 40 tuổi trở lên, phát", "40", 40, "measure", "tuổi", approx="at_least", optional=True),
    F("phát hiện 2.640 người", "2.640", 2640, "count", "người", "người có chỉ số đường huyết cao", period=TD),
    F("có 12.430 người", "12.430", 12430, "count", "người", "người được xét nghiệm",
      change=C("increase", 18.5, "%", "tháng trước"), period=P("tháng 7/2024", "2024-07-01", "2024-07-31")),
    F("lần lượt 11.240", "11.240", 11240, "count", "người", SUBJ_L, period=TDi, location="Cẩm Xuyên"),
    F("11.240, 9.870 và", "9.870", 9870, "count", "người", SUBJ_L, period=TDi, location="Thạch Hà"),
    F("và 8.315 người", "8.315", 8315, "count", "người", SUBJ_L, period=TDi, location="Kỳ Anh"),
    F("từ 35% đến 42%", "35", 35, "percent", "%", "tỷ lệ người dân tham gia sàng lọc so với kế hoạch", value_max=42,
      period=TDi, optional=True),
    F("ở mức 5,5-6,5%", "5,5", 5.5, "percent", "%", "tỷ lệ người mắc đái tháo đường trong cộng đồng", value_max=6.5),
    F("khoảng 60% người mắc", "60", 60, "percent", "%", "người mắc chưa được phát hiện", approx="about"),
    F("quản lý 6.820 người bệnh", "6.820", 6820, "count", "người bệnh", "người bệnh đái tháo đường được quản lý",
      percent=31.4, period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("Hiện 209/209 trạm", "209", 209, "count", "trạm y tế xã, phường, thị trấn", "trạm y tế xã, phường, thị trấn có máy đo đường huyết",
      total=209),
    F("186 trạm", "186", 186, "count", "trạm", "trạm có đủ thuốc điều trị đái tháo đường nhóm Metformin", percent=89),
    F("khoảng 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "Tổng kinh phí cho hoạt động sàng lọc", approx="about",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=2350000000,
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("phấn đấu 55% người", "55", 55, "percent", "%", "người mắc đái tháo đường được phát hiện", status="target", period=Y25),
    F("và 50% số người", "50", 50, "percent", "%", "số người phát hiện được quản lý điều trị theo hướng dẫn chuyên môn",
      status="target", period=Y25),
]

write(4, TEXT, HEADER, FIGS, published="2024-08-22", location="Hà Tĩnh")
