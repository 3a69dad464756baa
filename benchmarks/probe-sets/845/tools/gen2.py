"""p845-2: district portal (huyện Cẩm Xuyên, Hà Tĩnh), elderly people, allowance, longevity celebrations."""
from lib import F, P, I, build

TEXT = """UBND HUYỆN CẨM XUYÊN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ › Tin tức - Sự kiện › Văn hóa - Xã hội
Cẩm Xuyên: Chăm lo đời sống người cao tuổi
Đăng ngày: 26/10/2023 16:05

Theo Phòng Lao động - Thương binh và Xã hội huyện, tính đến ngày 30/9/2023, toàn huyện có 21.456 người cao tuổi, chiếm 15,8% dân số; trong đó người từ 80 tuổi trở lên là 5.812 người. Cẩm Xuyên là địa phương có số người cao tuổi đông thứ 2 toàn tỉnh, sau huyện Thạch Hà. Hội Người cao tuổi huyện có 27 hội cơ sở với 18.930 hội viên.

Hiện nay, toàn huyện có 6.284 người cao tuổi đang hưởng trợ cấp xã hội hằng tháng theo Nghị định số 20/2021/NĐ-CP, với mức thấp nhất 360.000 đồng/người/tháng; 1.027 người cao tuổi thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế miễn phí. Riêng 9 tháng, huyện đã chi trả trợ cấp hơn 21,6 tỷ đồng, đạt 74,2% dự toán năm.

Nhân Ngày Quốc tế Người cao tuổi (1/10), UBND huyện tổ chức mừng thọ cho 2.318 cụ từ 70 tuổi trở lên, với tổng kinh phí gần 1,1 tỷ đồng. Trong đó, 23 cụ tròn 100 tuổi được Chủ tịch nước tặng thiệp chúc thọ kèm quà 700.000 đồng và 5 mét vải lụa; các cụ tròn 90 tuổi được UBND tỉnh tặng 500.000 đồng/người.

Ông Nguyễn Văn Tám, Trưởng phòng Lao động - Thương binh và Xã hội huyện cho biết, năm 2024 huyện phấn đấu 100% người cao tuổi được chúc thọ, mừng thọ đúng độ tuổi và trên 95% người cao tuổi có thẻ bảo hiểm y tế. Mọi thông tin xin liên hệ số điện thoại 0239.3861.245.

Thu Hà - Trung tâm Văn hóa - Truyền thông huyện
"""

ASOF = P("tính đến ngày 30/9/2023", None, "2023-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 21.456 người cao tuổi", "21.456", 21456, "count", "người cao tuổi", "người cao tuổi", ASOF,
      percent=15.8),
    F("người từ 80 tuổi trở lên", "80", 80, "measure", "tuổi", "độ tuổi", approx="at_least", optional=True),
    F("trở lên là 5.812 người", "5.812", 5812, "count", "người", "người cao tuổi từ 80 tuổi trở lên", ASOF,
      total=21456),
    F("đông thứ 2 toàn tỉnh", "2", 2, "rank", "hạng", "số người cao tuổi"),
    F("có 27 hội cơ sở", "27", 27, "count", "hội cơ sở", "hội cơ sở của Hội Người cao tuổi huyện", I(ASOF)),
    F("18.930 hội viên", "18.930", 18930, "count", "hội viên", "hội viên Hội Người cao tuổi huyện", I(ASOF)),
    F("có 6.284 người cao tuổi", "6.284", 6284, "count", "người cao tuổi",
      "người cao tuổi đang hưởng trợ cấp xã hội hằng tháng"),
    F("thấp nhất 360.000 đồng/người/tháng", "360.000", 360000, "money", "đồng/người/tháng",
      "mức trợ cấp xã hội hằng tháng thấp nhất"),
    F("1.027 người cao tuổi", "1.027", 1027, "count", "người cao tuổi",
      "người cao tuổi thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế miễn phí"),
    F("hơn 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", "kinh phí chi trả trợ cấp",
      P("9 tháng", "2023-01-01", "2023-09-30"), approx="over", percent=74.2),
    F("cho 2.318 cụ", "2.318", 2318, "count", "cụ", "cụ được mừng thọ"),
    F("từ 70 tuổi trở lên", "70", 70, "measure", "tuổi", "độ tuổi mừng thọ", approx="at_least", optional=True),
    F("gần 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "tổng kinh phí mừng thọ", approx="nearly"),
    F("23 cụ tròn 100 tuổi", "23", 23, "count", "cụ", "cụ tròn 100 tuổi được Chủ tịch nước tặng thiệp chúc thọ",
      total=2318),
    F("cụ tròn 100 tuổi", "100", 100, "measure", "tuổi", "độ tuổi", optional=True),
    F("quà 700.000 đồng", "700.000", 700000, "money", "đồng", "quà chúc thọ của Chủ tịch nước"),
    F("5 mét vải lụa", "5", 5, "measure", "mét", "vải lụa tặng kèm", optional=True),
    F("cụ tròn 90 tuổi", "90", 90, "measure", "tuổi", "độ tuổi", optional=True),
    F("tặng 500.000 đồng/người", "500.000", 500000, "money", "đồng/người", "quà mừng thọ cụ tròn 90 tuổi"),
    F("phấn đấu 100% người cao tuổi", "100", 100, "percent", "%",
      "tỷ lệ người cao tuổi được chúc thọ, mừng thọ đúng độ tuổi", Y24, status="target"),
    F("trên 95% người cao tuổi", "95", 95, "percent", "%", "tỷ lệ người cao tuổi có thẻ bảo hiểm y tế", Y24,
      approx="over", status="target"),
]

COMMENTS = [
    "District portal (Cẩm Xuyên, Hà Tĩnh): elderly population as of 30/9/2023, allowance, longevity celebrations, 2024 targets.",
    "Distractors: Nghị định số 20/2021/NĐ-CP, 'Ngày Quốc tế Người cao tuổi (1/10)', phone 0239.3861.245, name 'Nguyễn Văn Tám', time 16:05.",
    "Ages (80, 70, 100, 90 tuổi) name categories: optional. '5 mét vải lụa' is the gift's specification: optional.",
    "23 cụ after 'Trong đó' are among the 2.318 cụ (the money figure in between counts something else). 'mức thấp nhất 360.000' is exact.",
    "'Riêng 9 tháng' takes 2023 from 30/9/2023. Celebration figures get no period ('(1/10)' names the International Day).",
]

if __name__ == "__main__":
    build("p845-2", TEXT, FIGS, COMMENTS, published="2023-10-26", location="Cẩm Xuyên")
