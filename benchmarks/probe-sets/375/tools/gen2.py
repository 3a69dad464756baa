from lib import F, P, build

TEXT = """Lục Nam tổ chức mừng thọ cho hơn 2.100 cụ nhân dịp Xuân Ất Tỵ
Thứ Hai, 20/01/2025 - 15:42

Thực hiện Luật Người cao tuổi và Kế hoạch số 12/KH-UBND ngày 06/01/2025 của UBND huyện, năm 2025, Hội Người cao tuổi huyện phối hợp với UBND 23 xã, thị trấn tổ chức mừng thọ, chúc thọ cho 2.146 cụ ở tuổi mừng thọ, tăng 8,2% so với năm 2024.

Trong đó, 18 cụ từ 100 tuổi trở lên, 64 cụ tròn 95 tuổi, 231 cụ tròn 90 tuổi, 497 cụ tròn 85 tuổi, 602 cụ tròn 80 tuổi và 734 cụ tròn 70, 75 tuổi. Cụ cao tuổi nhất là cụ Nguyễn Thị Lan, thôn Hố Cao, xã Bảo Đài, năm nay tròn 104 tuổi.

Quà mừng thọ được thực hiện theo Nghị quyết số 08/2024/NQ-HĐND của HĐND tỉnh. Theo đó, cụ thọ 100 tuổi được Chủ tịch nước tặng thư chúc thọ kèm 5 mét vải lụa và 700.000 đồng; cụ thọ 90 tuổi được Chủ tịch UBND tỉnh tặng quà 500.000 đồng; các độ tuổi còn lại được huyện, xã tặng quà từ 200.000 đến 300.000 đồng.

Tổng kinh phí tổ chức mừng thọ năm 2025 gần 1,2 tỷ đồng, trong đó ngân sách huyện, xã hỗ trợ 865 triệu đồng, phần còn lại do Hội Người cao tuổi và các nhà hảo tâm đóng góp.

Dịp này, Hội Người cao tuổi huyện biểu dương 56 gia đình tiêu biểu “Ông bà mẫu mực, con cháu hiếu thảo” và trao 120 suất quà cho người cao tuổi có hoàn cảnh khó khăn, mỗi suất trị giá 400.000 đồng.

Toàn huyện hiện có 31.580 người cao tuổi, chiếm 13,1% dân số; 100% chi hội người cao tuổi ở thôn, tổ dân phố duy trì sinh hoạt định kỳ.

Thu Hằng - Trung tâm VH-TT&TT huyện Lục Nam
Văn phòng Hội Người cao tuổi huyện, ĐT: 0204.3884.216
"""

Y = P("năm 2025", "2025-01-01", "2025-12-31")
Yi = P("năm 2025", "2025-01-01", "2025-12-31", inherited=True)

FIGS = [
    F("hơn 2.100 cụ", "2.100", 2100, "count", "cụ", "cụ được mừng thọ", approx="over"),
    F("UBND 23 xã, thị trấn", "23", 23, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
    F("cho 2.146 cụ", "2.146", 2146, "count", "cụ", "cụ được mừng thọ, chúc thọ",
      change={"direction": "increase", "value": 8.2, "unit": "%", "baseline": "năm 2024"}, period=Y),
    F("18 cụ từ 100", "18", 18, "count", "cụ", "cụ từ 100 tuổi trở lên được mừng thọ", total=2146, period=Yi),
    F("cụ từ 100 tuổi", "100", 100, "measure", "tuổi", approx="at_least", optional=True),
    F("64 cụ tròn", "64", 64, "count", "cụ", "cụ tròn 95 tuổi được mừng thọ", total=2146, period=Yi),
    F("tròn 95 tuổi", "95", 95, "measure", "tuổi", optional=True),
    F("231 cụ tròn", "231", 231, "count", "cụ", "cụ tròn 90 tuổi được mừng thọ", total=2146, period=Yi),
    F("tròn 90 tuổi", "90", 90, "measure", "tuổi", optional=True),
    F("497 cụ tròn", "497", 497, "count", "cụ", "cụ tròn 85 tuổi được mừng thọ", total=2146, period=Yi),
    F("tròn 85 tuổi", "85", 85, "measure", "tuổi", optional=True),
    F("602 cụ tròn", "602", 602, "count", "cụ", "cụ tròn 80 tuổi được mừng thọ", total=2146, period=Yi),
    F("tròn 80 tuổi", "80", 80, "measure", "tuổi", optional=True),
    F("734 cụ tròn", "734", 734, "count", "cụ", "cụ tròn 70, 75 tuổi được mừng thọ", total=2146, period=Yi),
    F("tròn 70, 75", "70", 70, "measure", "tuổi", optional=True),
    F("70, 75 tuổi", "75", 75, "measure", "tuổi", optional=True),
    F("tròn 104 tuổi", "104", 104, "measure", "tuổi", "tuổi của cụ cao tuổi nhất", optional=True),
    F("cụ thọ 100 tuổi", "100", 100, "measure", "tuổi", optional=True),
    F("kèm 5 mét", "5", 5, "measure", "mét", "vải lụa tặng cụ thọ 100 tuổi"),
    F("và 700.000 đồng", "700.000", 700000, "money", "đồng", "quà Chủ tịch nước tặng cụ thọ 100 tuổi"),
    F("cụ thọ 90 tuổi", "90", 90, "measure", "tuổi", optional=True),
    F("quà 500.000 đồng", "500.000", 500000, "money", "đồng", "quà Chủ tịch UBND tỉnh tặng cụ thọ 90 tuổi"),
    F("từ 200.000 đến", "200.000", 200000, "money", "đồng", "quà huyện, xã tặng các độ tuổi còn lại",
      value_max=300000),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí tổ chức mừng thọ", approx="nearly", period=Y),
    F("hỗ trợ 865 triệu", "865", 865e6, "money", "đồng", "ngân sách huyện, xã hỗ trợ", total=1.2e9, period=Y),
    F("biểu dương 56 gia đình", "56", 56, "count", "gia đình", "gia đình tiêu biểu được biểu dương", period=Yi),
    F("trao 120 suất quà", "120", 120, "count", "suất quà", "suất quà trao cho người cao tuổi có hoàn cảnh khó khăn",
      period=Yi),
    F("trị giá 400.000 đồng", "400.000", 400000, "money", "đồng", "trị giá mỗi suất quà", period=Yi),
    F("có 31.580 người", "31.580", 31580, "count", "người cao tuổi", "người cao tuổi", percent=13.1),
    F("dân số; 100%", "100", 100, "percent", "%", "chi hội người cao tuổi ở thôn, tổ dân phố duy trì sinh hoạt định kỳ"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lục Nam (Bắc Giang), district portal: mừng thọ người cao tuổi năm 2025. Dateline 'Thứ Hai, 20/01/2025 - 15:42'; byline and phone at the end.",
    "Distractors: 'Xuân Ất Tỵ', 'Kế hoạch số 12/KH-UBND ngày 06/01/2025', 'Nghị quyết số 08/2024/NQ-HĐND', commune/village names, phone 0204.3884.216.",
    "Ages (70, 75, 80, 85, 90, 95, 100, 104 tuổi) are optional measures in 'tuổi' (as 'từ 15 tuổi' in shared 000). '23 xã, thị trấn' is structure: optional.",
    "The 'Trong đó' age-group list adds up to 2.146: each part has total 2146 and inherits 'năm 2025' from the previous sentence.",
    "'tăng 8,2% so với năm 2024' is the change of 2.146. Title 'hơn 2.100 cụ' has no period in the title. '5 mét vải lụa' is a measure (quantity of the gift).",
    "'gần 1,2 tỷ đồng, trong đó … 865 triệu đồng': part with total 1,2 tỷ; period 'năm 2025' stands in the sentence. 'hiện có' gives no period.",
]

if __name__ == "__main__":
    build("p375-2", TEXT, FIGS, COMMENTS, published="2025-01-20", location="Lục Nam")
