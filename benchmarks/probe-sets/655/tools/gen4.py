"""p655-4: ministry site (Bộ LĐ-TB&XH), national unemployment insurance results 2023."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ / Tin tức / Việc làm

Năm 2023: Hơn 1 triệu người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp

Ngày đăng: 26/02/2024 | Lượt xem: 2.118

Theo báo cáo của Cục Việc làm, năm 2023 cả nước có 1.010.526 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 7,2% so với năm 2022; có 987.435 người có quyết định hưởng trợ cấp thất nghiệp, đạt 97,7% số người nộp hồ sơ.

Các địa phương có số người hưởng trợ cấp cao nhất lần lượt là TP. Hồ Chí Minh, Bình Dương, Đồng Nai và Hà Nội với 183.620, 124.305, 67.912 và 58.447 người.

Mức hưởng trợ cấp thất nghiệp bình quân cả nước khoảng 4,7 triệu đồng/tháng, thời gian hưởng bình quân 3,6 tháng. Tổng số tiền chi trợ cấp thất nghiệp trong năm ước đạt 17.912 tỷ đồng, bằng 86,4% tổng chi của Quỹ bảo hiểm thất nghiệp.

Công tác tư vấn, giới thiệu việc làm được đẩy mạnh với hơn 1,6 triệu lượt người thất nghiệp được tư vấn; 28.670 người được hỗ trợ học nghề, tăng gần 1,3 lần so với năm 2022. Đến nay, 63/63 tỉnh, thành phố đã kết nối dữ liệu giải quyết hưởng với cơ quan bảo hiểm xã hội.

Tính đến ngày 31/12/2023, cả nước có 14,69 triệu người tham gia bảo hiểm thất nghiệp, chiếm khoảng 28,8% lực lượng lao động trong độ tuổi; số dư Quỹ bảo hiểm thất nghiệp khoảng 62.000 tỷ đồng.

Thực hiện Nghị quyết số 28-NQ/TW, phấn đấu đến năm 2025 có khoảng 35% lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp và đến năm 2030 đạt khoảng 45%.

Cục Việc làm - Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")

FIGS = [
    F("Hơn 1 triệu người", "1", 1e6, "count", "người",
      "người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="over"),
    F("có 1.010.526 người", "1.010.526", 1010526, "count", "người",
      "người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Y23,
      change=CH("increase", 7.2, "%", "năm 2022")),
    F("có 987.435 người", "987.435", 987435, "count", "người",
      "người có quyết định hưởng trợ cấp thất nghiệp", Y23, percent=97.7),
    F("với 183.620,", "183.620", 183620, "count", "người", "người hưởng trợ cấp", INH(Y23),
      location="Hồ Chí Minh"),
    F("183.620, 124.305,", "124.305", 124305, "count", "người", "người hưởng trợ cấp", INH(Y23),
      location="Bình Dương"),
    F("124.305, 67.912 và", "67.912", 67912, "count", "người", "người hưởng trợ cấp", INH(Y23),
      location="Đồng Nai"),
    F("và 58.447 người", "58.447", 58447, "count", "người", "người hưởng trợ cấp", INH(Y23),
      location="Hà Nội"),
    F("khoảng 4,7 triệu đồng/tháng", "4,7", 4.7e6, "money", "đồng/tháng",
      "mức hưởng trợ cấp thất nghiệp bình quân", INH(Y23), approx="about"),
    F("bình quân 3,6 tháng", "3,6", 3.6, "measure", "tháng", "thời gian hưởng bình quân", INH(Y23)),
    F("ước đạt 17.912 tỷ đồng", "17.912", 17912e9, "money", "đồng",
      "tổng số tiền chi trợ cấp thất nghiệp", P("trong năm", "2023-01-01", "2023-12-31"),
      percent=86.4, status="estimate"),
    F("hơn 1,6 triệu lượt người", "1,6", 1.6e6, "count", "lượt người",
      "lượt người thất nghiệp được tư vấn", INH(Y23), approx="over"),
    F("28.670 người", "28.670", 28670, "count", "người", "người được hỗ trợ học nghề", INH(Y23),
      change=CH("increase", 1.3, "lần", "năm 2022", approx="nearly")),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã kết nối dữ liệu giải quyết hưởng với cơ quan bảo hiểm xã hội",
      P("Đến nay", None, "2024-02-26"), total=63),
    F("có 14,69 triệu người", "14,69", 14.69e6, "count", "người",
      "người tham gia bảo hiểm thất nghiệp", ASOF, percent=28.8),
    F("khoảng 62.000 tỷ đồng", "62.000", 62000e9, "money", "đồng",
      "số dư Quỹ bảo hiểm thất nghiệp", ASOF, approx="about"),
    F("khoảng 35%", "35", 35, "percent", "%",
      "lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp", P("đến năm 2025", None, "2025-12-31"),
      approx="about", status="target"),
    F("khoảng 45%", "45", 45, "percent", "%",
      "lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp", P("đến năm 2030", None, "2030-12-31"),
      approx="about", status="target"),
]

COMMENTS = [
    "Bộ LĐ-TB&XH site: kết quả thực hiện bảo hiểm thất nghiệp năm 2023 (cả nước). 'Ngày đăng: 26/02/2024 | Lượt xem: 2.118'.",
    "National figures: location Việt Nam; the 'lần lượt' list gives each province its own figure (subject = the list's indicator).",
    "'đạt 97,7% số người nộp hồ sơ' and 'bằng 86,4% tổng chi' are shares (percent attributes); 'tăng gần 1,3 lần' is a change (lần, nearly).",
    "'trong năm' in a yearly report = 2023 (by analogy with 'trong tháng'). 'Đến nay' ends at the dateline. 63/63 gives total 63.",
    "Targets 'đến năm 2025 ... 35%' and 'đến năm 2030 đạt khoảng 45%' are percent figures with status target.",
    "Distractors: 'Nghị quyết số 28-NQ/TW', 'Số 12 Ngô Quyền', counter, dateline.",
]

if __name__ == "__main__":
    emit("p655-4", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Việt Nam")
