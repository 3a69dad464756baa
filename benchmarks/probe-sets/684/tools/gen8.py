"""p684-8: Hànộimới (city Party newspaper, (HNM) tag) — Hà Nội tuition support disbursed, 9 months 2024."""
from lib import *

TEXT = """Kinh tế - Xã hội › Giáo dục

Hà Nội giải ngân gần 1.820 tỷ đồng hỗ trợ học phí

Thứ Hai, 07/10/2024 14:32

(HNM) - Theo Sở Tài chính Hà Nội, tính đến ngày 30/9/2024, các quận, huyện, thị xã đã giải ngân 1.819,6 tỷ đồng hỗ trợ học phí năm học 2023-2024 cho trẻ mầm non, học sinh phổ thông, đạt 94,3% kinh phí được giao.

Theo Nghị quyết số 05/2023/NQ-HĐND của HĐND thành phố, Hà Nội hỗ trợ 50% học phí cho học sinh công lập và ngoài công lập trong năm học 2023-2024. Tổng số trẻ em, học sinh được hỗ trợ là 1.726.540 em, trong đó khối công lập chiếm 83,2%.

Riêng quý III/2024, các địa phương giải ngân 412,5 tỷ đồng, tăng 2,1 lần so với quý II/2024. Trong 9 tháng năm 2024, các quận, huyện giải ngân nhiều gồm Hoàng Mai (118,4 tỷ đồng), Hà Đông (104,7 tỷ đồng) và Nam Từ Liêm (97,2 tỷ đồng); thấp nhất là huyện Mỹ Đức với 21,3 tỷ đồng.

Mức hỗ trợ cao nhất là 155.000 đồng/học sinh/tháng với học sinh THCS ở các quận; thấp nhất 25.000 đồng/học sinh/tháng với trẻ mầm non ở các xã miền núi. Ngoài ra, thành phố hỗ trợ chi phí học tập cho 43.218 học sinh thuộc hộ nghèo, cận nghèo với mức 150.000 đồng/học sinh/tháng.

Năm học 2024-2025, Hà Nội dự kiến miễn 100% học phí cho trẻ mầm non, học sinh phổ thông công lập với kinh phí khoảng 3.900 tỷ đồng.

Báo Hànộimới, 44 Lê Thái Tổ, Hoàn Kiếm; Đường dây nóng: 024.3825.3067
"""

ASOF30 = ASOF("tính đến ngày 30/9/2024", "2024-09-30")
NH23 = NH("năm học 2023-2024", 2023)
NH24 = NH("Năm học 2024-2025", 2024)
M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
SUBJ = "kinh phí hỗ trợ học phí giải ngân"

FIGS = [
    F("gần 1.820 tỷ đồng", "1.820", 1820000000000, "money", "đồng", SUBJ, I(ASOF30), approx="nearly"),
    F("giải ngân 1.819,6 tỷ đồng", "1.819,6", 1819600000000, "money", "đồng",
      "kinh phí hỗ trợ học phí năm học 2023-2024 giải ngân", ASOF30, percent=94.3),
    F("hỗ trợ 50% học phí", "50", 50, "percent", "%",
      "mức hỗ trợ học phí cho học sinh công lập và ngoài công lập", NH23),
    F("là 1.726.540 em", "1.726.540", 1726540, "count", "em", "trẻ em, học sinh được hỗ trợ", I(NH23)),
    F("chiếm 83,2%", "83,2", 83.2, "percent", "%",
      "tỷ trọng khối công lập trong trẻ em, học sinh được hỗ trợ", I(NH23)),
    F("giải ngân 412,5 tỷ đồng", "412,5", 412500000000, "money", "đồng", SUBJ,
      P("quý III/2024", "2024-07-01", "2024-09-30"), change=CH("increase", 2.1, "lần", "quý II/2024")),
    F("Hoàng Mai (118,4 tỷ đồng)", "118,4", 118400000000, "money", "đồng", SUBJ, M9, location="Hoàng Mai"),
    F("Hà Đông (104,7 tỷ đồng)", "104,7", 104700000000, "money", "đồng", SUBJ, M9, location="Hà Đông"),
    F("Nam Từ Liêm (97,2 tỷ đồng)", "97,2", 97200000000, "money", "đồng", SUBJ, M9, location="Nam Từ Liêm"),
    F("với 21,3 tỷ đồng", "21,3", 21300000000, "money", "đồng", SUBJ, M9, location="Mỹ Đức"),
    F("là 155.000 đồng", "155.000", 155000, "money", "đồng/học sinh/tháng",
      "mức hỗ trợ học phí cao nhất với học sinh THCS ở các quận", I(NH23)),
    F("thấp nhất 25.000 đồng", "25.000", 25000, "money", "đồng/học sinh/tháng",
      "mức hỗ trợ học phí thấp nhất với trẻ mầm non ở các xã miền núi", I(NH23)),
    F("cho 43.218 học sinh", "43.218", 43218, "count", "học sinh",
      "học sinh thuộc hộ nghèo, cận nghèo được hỗ trợ chi phí học tập"),
    F("mức 150.000 đồng", "150.000", 150000, "money", "đồng/học sinh/tháng", "mức hỗ trợ chi phí học tập"),
    F("miễn 100% học phí", "100", 100, "percent", "%",
      "mức miễn học phí cho trẻ mầm non, học sinh phổ thông công lập", NH24, status="forecast"),
    F("khoảng 3.900 tỷ đồng", "3.900", 3900000000000, "money", "đồng",
      "kinh phí miễn học phí", NH24, approx="about", status="forecast"),
]

COMMENTS = [
    "Hànộimới (city Party newspaper; '(HNM) -' tag, 'Thứ Hai, 07/10/2024 14:32'): hỗ trợ học phí năm học 2023-2024 giải ngân đến 30/9/2024.",
    "'tính đến ngày 30/9/2024' is the as-of period of 1.819,6 tỷ (start null); headline takes it inherited.",
    "'trong đó khối công lập chiếm 83,2%' is a share of a part (not of 1.726.540 itself): its own percent figure.",
    "'tăng 2,1 lần so với quý II/2024' is the change of 412,5 tỷ (unit lần). District list: location per item, '9 tháng năm 2024' period;",
    "'gồm' follows no whole figure, so no total. 'dự kiến' governs both 2024-2025 figures (forecast).",
    "Distractors: NQ 05/2023/NQ-HĐND, 44 Lê Thái Tổ, hotline 024.3825.3067, dateline, quý II/2024 baseline.",
]

if __name__ == "__main__":
    emit("p684-8", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Hà Nội")
