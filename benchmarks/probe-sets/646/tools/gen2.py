from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Tin hoạt động | Thứ Năm, 17/10/2024 - 15:20

Đức Hòa: Rà soát hơn 3.400 cơ sở nhà trọ phục vụ công nhân

Đức Hòa hiện có 11 khu công nghiệp và 9 cụm công nghiệp đang hoạt động với khoảng 128.000 lao động, trong đó hơn 70% là lao động từ các tỉnh khác đến làm việc. Nhu cầu chỗ ở của công nhân chủ yếu được đáp ứng qua hệ thống nhà trọ do người dân xây dựng.

Kết quả rà soát 9 tháng năm 2024 cho thấy, toàn huyện có 3.462 cơ sở nhà trọ với 41.250 phòng, tăng 1.830 phòng so với cuối năm 2023, đáp ứng chỗ ở cho khoảng 86.000 người. Các cơ sở tập trung tại xã Đức Hòa Hạ (612 cơ sở), xã Hựu Thạnh (548 cơ sở), thị trấn Hậu Nghĩa (437 cơ sở) và xã Tân Mỹ (391 cơ sở). Diện tích phòng phổ biến từ 12 đến 16 m², giá thuê từ 1,2 đến 1,8 triệu đồng/phòng/tháng, chưa bao gồm tiền điện, nước.

Qua rà soát, chỉ có 1.215 cơ sở đạt tiêu chuẩn theo Quyết định số 45/2021/QĐ-UBND của UBND tỉnh, chiếm 35,1%. Đoàn liên ngành của huyện đã kiểm tra 274 cơ sở, lập biên bản 38 trường hợp vi phạm về phòng cháy, chữa cháy, xử phạt hành chính 214,5 triệu đồng.

Về nhà ở xã hội, dự án khu nhà ở công nhân tại Khu công nghiệp Tân Đức có quy mô 5,2 ha, gồm 1.050 căn hộ, tổng vốn đầu tư khoảng 760 tỷ đồng, dự kiến hoàn thành năm 2026. Giai đoạn 2021-2025, huyện phấn đấu có 30% công nhân có nhu cầu được thuê nhà ở xã hội.

Phòng Kinh tế - Hạ tầng huyện Đức Hòa, đường Nguyễn Văn Thế, khu phố 3, thị trấn Đức Hòa.
MINH THƯ
"""

NINE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
LIST = "cơ sở nhà trọ"

FIGS = [
    F("hơn 3.400 cơ sở", "3.400", 3400, "count", "cơ sở", "cơ sở nhà trọ phục vụ công nhân được rà soát",
      INH(NINE), approx="over"),
    F("có 11 khu công nghiệp", "11", 11, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
    F("và 9 cụm công nghiệp", "9", 9, "count", "cụm công nghiệp", "cụm công nghiệp đang hoạt động"),
    F("khoảng 128.000 lao động", "128.000", 128000, "count", "lao động",
      "lao động trong các khu, cụm công nghiệp", approx="about"),
    F("hơn 70%", "70", 70, "percent", "%", "lao động từ các tỉnh khác đến làm việc", approx="over"),
    F("có 3.462 cơ sở", "3.462", 3462, "count", "cơ sở", "cơ sở nhà trọ", NINE),
    F("với 41.250 phòng", "41.250", 41250, "count", "phòng", "phòng trọ", NINE,
      change=CH("increase", 1830, unit="phòng", baseline="cuối năm 2023")),
    F("khoảng 86.000 người", "86.000", 86000, "count", "người", "người được nhà trọ đáp ứng chỗ ở", NINE,
      approx="about"),
    F("(612 cơ sở)", "612", 612, "count", "cơ sở", LIST + " tại xã Đức Hòa Hạ", INH(NINE)),
    F("(548 cơ sở)", "548", 548, "count", "cơ sở", LIST + " tại xã Hựu Thạnh", INH(NINE)),
    F("(437 cơ sở)", "437", 437, "count", "cơ sở", LIST + " tại thị trấn Hậu Nghĩa", INH(NINE)),
    F("(391 cơ sở)", "391", 391, "count", "cơ sở", LIST + " tại xã Tân Mỹ", INH(NINE)),
    F("từ 12 đến 16 m²", "12", 12, "measure", "m²", "diện tích phòng trọ phổ biến", value_max=16),
    F("từ 1,2 đến 1,8 triệu", "1,2", 1200000, "money", "đồng/phòng/tháng", "giá thuê phòng trọ",
      value_max=1800000),
    F("có 1.215 cơ sở", "1.215", 1215, "count", "cơ sở", "cơ sở nhà trọ đạt tiêu chuẩn", percent=35.1),
    F("kiểm tra 274 cơ sở", "274", 274, "count", "cơ sở", "cơ sở nhà trọ được đoàn liên ngành kiểm tra"),
    F("biên bản 38 trường hợp", "38", 38, "count", "trường hợp", "trường hợp vi phạm về phòng cháy, chữa cháy"),
    F("214,5 triệu đồng", "214,5", 214500000, "money", "đồng", "xử phạt hành chính vi phạm về phòng cháy, chữa cháy"),
    F("quy mô 5,2 ha", "5,2", 5.2, "measure", "ha", "quy mô dự án khu nhà ở công nhân tại Khu công nghiệp Tân Đức"),
    F("gồm 1.050 căn hộ", "1.050", 1050, "count", "căn hộ", "căn hộ của dự án khu nhà ở công nhân tại Khu công nghiệp Tân Đức"),
    F("khoảng 760 tỷ đồng", "760", 760e9, "money", "đồng", "tổng vốn đầu tư dự án khu nhà ở công nhân",
      approx="about"),
    F("có 30% công nhân", "30", 30, "percent", "%", "công nhân có nhu cầu được thuê nhà ở xã hội",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "District portal of huyện Đức Hòa (Long An): header line with 'Thứ Năm, 17/10/2024 - 15:20', byline at the end.",
    "Location: the district (Đức Hòa) throughout. Commune/town items (xã Đức Hòa Hạ, thị trấn Hậu Nghĩa...) are below the",
    "province/city/district level of FIGURES.md, so location stays Đức Hòa and the commune stays in the subject",
    "(revised after the first run: the commune was at first left out of the subject). The list items do not add up to 3.462 and have",
    "no cue, so no total. 'tăng 1.830 phòng so với cuối năm 2023' -> change in phòng. 'chiếm 35,1%' -> percent of 1.215.",
    "'hơn 70%' after 'trong đó' is a percent figure of its own. 760 tỷ stands before 'dự kiến', so actual.",
    "Distractors: Quyết định số 45/2021/QĐ-UBND, khu phố 3, năm 2026 (a completion year), dates.",
]

if __name__ == "__main__":
    emit("p646-2", TEXT, COMMENTS, FIGS, published="2024-10-17", location="Đức Hòa")
