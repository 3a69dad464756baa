"""p1245-7: news agency (TTXVN): Hải Phòng restores cage fish farming after storm No. 3 (Yagi)."""
from lib import F, period, inherit, change, target, write

TEXT = """Hải Phòng khôi phục nghề nuôi cá lồng bè sau bão số 3

Hải Phòng, 15/10/2024 (TTXVN) - Sau hơn một tháng bão số 3 (Yagi) đổ bộ, người nuôi cá lồng bè ở Hải Phòng đang khẩn trương khôi phục sản xuất.

Theo Sở Nông nghiệp và Phát triển nông thôn Hải Phòng, bão số 3 đã làm hư hỏng, trôi dạt 2.870 ô lồng nuôi cá trên địa bàn thành phố, tập trung chủ yếu tại huyện Cát Hải; khoảng 1.150 tấn cá thương phẩm bị thất thoát, tổng thiệt hại ước trên 210 tỷ đồng.

Tính đến ngày 10/10/2024, các hộ nuôi đã sửa chữa, làm mới được 1.960 ô lồng, đạt 68,3% số lồng bị thiệt hại; thả lại khoảng 1,4 triệu con cá giống, trong đó cá vược (cá chẽm) 620.000 con.

Để hỗ trợ người dân, thành phố đã chi 18,6 tỷ đồng hỗ trợ khôi phục sản xuất, mức hỗ trợ từ 4 đến 6 triệu đồng/ô lồng. Các ngân hàng trên địa bàn cho 312 hộ vay mới với tổng dư nợ 46 tỷ đồng, lãi suất giảm 1-2%/năm so với trước bão.

Ông Vũ Văn Thắng, chủ bè nuôi ở xã Việt Hải (huyện Cát Hải), cho biết gia đình mất 40 ô lồng cùng khoảng 12 tấn cá vược sắp thu hoạch. "Nhờ được vay 300 triệu đồng, tôi đã làm lại 25 ô lồng bằng khung thép mạ kẽm, phao nhựa HDPE", ông Thắng nói.

Thành phố phấn đấu đến hết quý I/2025 khôi phục 100% số lồng bè bị thiệt hại. Về lâu dài, thành phố đặt mục tiêu giữ ít nhất 70% diện tích mặt nước vịnh Lan Hạ không nuôi trồng để bảo vệ cảnh quan, môi trường.

Hoàng Ngọc (TTXVN)
"""

ASOF = period("Tính đến ngày 10/10/2024", None, "2024-10-10")
Q1 = period("đến hết quý I/2025", None, "2025-03-31")
CH = "Cát Hải"

FIGS = [
    F("trôi dạt 2.870 ô lồng", "2.870", 2870, "count", "ô lồng", "ô lồng nuôi cá bị hư hỏng, trôi dạt"),
    F("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", "cá thương phẩm bị thất thoát", approx="about"),
    F("ước trên 210 tỷ", "210", 210e9, "money", "đồng", "tổng thiệt hại", approx="over", status="estimate"),
    F("được 1.960 ô lồng", "1.960", 1960, "count", "ô lồng", "ô lồng đã sửa chữa, làm mới", ASOF, percent=68.3),
    F("khoảng 1,4 triệu", "1,4", 1.4e6, "count", "con", "cá giống thả lại", ASOF, approx="about"),
    F("620.000 con", "620.000", 620000, "count", "con", "cá vược (cá chẽm) giống thả lại", ASOF, total=1.4e6),
    F("chi 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", "kinh phí hỗ trợ khôi phục sản xuất"),
    F("từ 4 đến 6 triệu", "4", 4e6, "money", "đồng/ô lồng", "mức hỗ trợ", value_max=6e6),
    F("cho 312 hộ", "312", 312, "count", "hộ", "hộ được vay mới"),
    F("dư nợ 46 tỷ", "46", 46e9, "money", "đồng", "tổng dư nợ cho vay mới"),
    F("giảm 1-2%", "1", 1, "percent", "%", "lãi suất cho vay mới", value_max=2),
    F("mất 40 ô lồng", "40", 40, "count", "ô lồng", "ô lồng gia đình ông Vũ Văn Thắng bị mất", location=CH),
    F("khoảng 12 tấn", "12", 12, "measure", "tấn", "cá vược sắp thu hoạch bị mất", approx="about", location=CH),
    F("vay 300 triệu", "300", 300e6, "money", "đồng", "khoản vay", location=CH),
    F("lại 25 ô lồng", "25", 25, "count", "ô lồng", "ô lồng làm lại", location=CH),
    F("khôi phục 100%", "100", 100, "percent", "%", "số lồng bè bị thiệt hại được khôi phục", Q1, status="target"),
    F("ít nhất 70%", "70", 70, "percent", "%", "diện tích mặt nước vịnh Lan Hạ không nuôi trồng",
      approx="at_least", status="target"),
]

NOTES = [
    "News agency (TTXVN): headline, dateline 'Hải Phòng, 15/10/2024 (TTXVN) -', byline at the end.",
    "Distractors: 'bão số 3' (a storm's name, twice), 'Sau hơn một tháng' (a duration that only places the story in time),",
    "'quý I/2025' (a deadline), the dateline date, 'Tính đến ngày 10/10/2024'.",
    "'2.870 ô lồng ... trên địa bàn thành phố, tập trung chủ yếu tại huyện Cát Hải' → location Hải Phòng (the city-wide count).",
    "'khoảng 1.150 tấn ... bị thất thoát' is actual; 'ước' governs only its own clause 'tổng thiệt hại ước trên 210 tỷ'.",
    "'đạt 68,3% số lồng bị thiệt hại' → percent attribute; the whole is not restated as a number, so no total.",
    "'khoảng 1,4 triệu con ..., trong đó cá vược (cá chẽm) 620.000 con' → total 1 400 000; as-of period for the sentence.",
    "'lãi suất giảm 1-2%/năm so với trước bão' is a rate change standing as its own claim (another indicator than the 46 tỷ loan",
    "balance): percent figure 1-2, unit '%', no change.",
    "revised after the first run: its subject 'lãi suất giảm so với trước bão' → 'lãi suất cho vay mới': a rate standing as the claim",
    "has a subject that names the indicator (FIGURES.md §3); the direction 'giảm' and the baseline 'trước bão' are not part of it.",
    "Farmer passage (xã Việt Hải, huyện Cát Hải) → location Cát Hải. 'phấn đấu đến hết quý I/2025 ... 100%' → target, end 2025-03-31.",
    "'đặt mục tiêu giữ ít nhất 70%' → target, at_least; vịnh Lan Hạ is no province or district → location stays Hải Phòng.",
]

if __name__ == "__main__":
    write("p1245-7", TEXT, NOTES, FIGS, published="2024-10-15", location="Hải Phòng")
