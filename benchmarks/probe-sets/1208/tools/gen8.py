"""p1208-8: provincial newspaper online (Báo Quảng Bình, (QBĐT) -), gratitude houses 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG BÌNH ĐIỆN TỬ
Trang chủ > Xã hội

Hơn 4,2 tỷ đồng xây, sửa nhà tình nghĩa cho người có công

Cập nhật lúc 10:05, Thứ Ba, 23/07/2024

(QBĐT) - 6 tháng đầu năm 2024, Quỹ Đền ơn đáp nghĩa tỉnh vận động được 5,2/5 tỷ đồng kế hoạch năm. Từ nguồn quỹ và ngân sách, các địa phương đã hỗ trợ xây mới 38 nhà, sửa chữa 51 nhà tình nghĩa với tổng kinh phí hơn 4,2 tỷ đồng, tăng 18,6% so với cùng kỳ năm 2023. Các địa phương hỗ trợ nhiều nhà là Lệ Thủy, Quảng Ninh và Bố Trạch, lần lượt 17, 14 và 12 nhà. Với kết quả này, Quảng Bình đứng thứ 2 khu vực Bắc Trung Bộ về tiến độ hỗ trợ nhà ở cho người có công.

Tại huyện Lệ Thủy, Công ty TNHH Xây dựng Hoàng Phúc vừa trao 10 nhà tình nghĩa cho gia đình thương binh, liệt sĩ ở các xã Sen Thủy, Ngư Thủy Bắc, mỗi nhà trị giá 70 triệu đồng. Đây là năm thứ 5 liên tiếp doanh nghiệp đồng hành với huyện; từ năm 2020 đến nay, công ty đã dành gần 2 tỷ đồng cho công tác đền ơn đáp nghĩa, hỗ trợ 26 nhà và 400 tấn xi măng.

Hiện toàn tỉnh có 23.450 người có công hưởng trợ cấp hằng tháng, trong đó 2.968 thương binh. Từ ngày 1/7/2024, mức chuẩn trợ cấp ưu đãi người có công được nâng lên 2.789.000 đồng, tăng 35,7% so với mức cũ. Tỉnh còn hỗ trợ thêm 500.000 đồng/người/tháng cho người có công cô đơn, không nơi nương tựa.

Trong quý III, tỉnh phấn đấu hoàn thành thêm 45 nhà; cả năm hỗ trợ ít nhất 150 nhà, ước kinh phí khoảng 7,5 tỷ đồng.

Minh Phương
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = P("từ năm 2020 đến nay", "2020-01-01", "2024-07-23")
Q3 = P("Trong quý III", "2024-07-01", "2024-09-30")
YR = P("cả năm", "2024-01-01", "2024-12-31")
LT = "Lệ Thủy"
LIST = "nhà tình nghĩa các địa phương hỗ trợ"

FIGS = [
    F("Hơn 4,2 tỷ", "4,2", 4200000000, "money", "đồng", approx="over",
      subject="kinh phí xây, sửa nhà tình nghĩa cho người có công"),
    F("được 5,2/5", "5,2", 5200000000, "money", "đồng", target=T(5000000000, "đồng"),
      subject="Quỹ Đền ơn đáp nghĩa tỉnh vận động được", period=H1),
    F("xây mới 38 nhà", "38", 38, "count", "nhà", subject="nhà tình nghĩa hỗ trợ xây mới", period=I(H1)),
    F("sửa chữa 51 nhà", "51", 51, "count", "nhà", subject="nhà tình nghĩa hỗ trợ sửa chữa", period=I(H1)),
    F("hơn 4,2 tỷ", "4,2", 4200000000, "money", "đồng", approx="over",
      change=C("increase", 18.6, "%", "cùng kỳ năm 2023"),
      subject="tổng kinh phí xây mới, sửa chữa nhà tình nghĩa", period=I(H1)),
    F("lần lượt 17", "17", 17, "count", "nhà", subject=LIST, period=I(H1), location="Lệ Thủy"),
    F("17, 14", "14", 14, "count", "nhà", subject=LIST, period=I(H1), location="Quảng Ninh"),
    F("và 12 nhà", "12", 12, "count", "nhà", subject=LIST, period=I(H1), location="Bố Trạch"),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="tiến độ hỗ trợ nhà ở cho người có công khu vực Bắc Trung Bộ", period=I(H1)),
    F("trao 10 nhà", "10", 10, "count", "nhà tình nghĩa",
      subject="nhà tình nghĩa Công ty TNHH Xây dựng Hoàng Phúc trao", location=LT),
    F("trị giá 70 triệu", "70", 70000000, "money", "đồng/nhà", subject="trị giá mỗi nhà tình nghĩa", location=LT),
    F("gần 2 tỷ", "2", 2000000000, "money", "đồng", approx="nearly",
      subject="kinh phí công ty dành cho công tác đền ơn đáp nghĩa", period=SINCE, location=LT),
    F("hỗ trợ 26 nhà", "26", 26, "count", "nhà", subject="nhà công ty hỗ trợ", period=SINCE, location=LT),
    F("400 tấn", "400", 400, "measure", "tấn", subject="xi măng công ty hỗ trợ", period=SINCE, location=LT),
    F("có 23.450 người", "23.450", 23450, "count", "người có công",
      subject="người có công hưởng trợ cấp hằng tháng"),
    F("2.968 thương binh", "2.968", 2968, "count", "thương binh", total=23450,
      subject="thương binh hưởng trợ cấp hằng tháng"),
    F("lên 2.789.000", "2.789.000", 2789000, "money", "đồng",
      change=C("increase", 35.7, "%", "mức cũ"), subject="mức chuẩn trợ cấp ưu đãi người có công"),
    F("thêm 500.000", "500.000", 500000, "money", "đồng/người/tháng",
      subject="hỗ trợ thêm cho người có công cô đơn, không nơi nương tựa"),
    F("thêm 45 nhà", "45", 45, "count", "nhà", status="target", subject="nhà hoàn thành thêm", period=Q3),
    F("ít nhất 150 nhà", "150", 150, "count", "nhà", approx="at_least", status="target",
      subject="nhà hỗ trợ", period=YR),
    F("khoảng 7,5 tỷ", "7,5", 7500000000, "money", "đồng", approx="about", status="estimate",
      subject="kinh phí hỗ trợ nhà", period=YR),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình): 'Cập nhật lúc 10:05, Thứ Ba, 23/07/2024', tag '(QBĐT) -', byline at the end.",
    "'5,2/5 tỷ đồng kế hoạch năm' → value 5,2 tỷ, target 5 tỷ (the plan), not a total. 'tăng 18,6%' → change of the 4,2 tỷ before it.",
    "List 'Lệ Thủy, Quảng Ninh và Bố Trạch, lần lượt 17, 14 và 12 nhà': districts → location ('Quảng Ninh' is a district of Quảng Bình).",
    "'đứng thứ 2 khu vực Bắc Trung Bộ' → rank, location Quảng Bình. Company passage in huyện Lệ Thủy → location Lệ Thủy.",
    "'từ năm 2020 đến nay' → 2020-01-01 … published. 'Từ ngày 1/7/2024' is not a spec period (no gold period, unscored).",
    "'nâng lên 2.789.000 đồng, tăng 35,7% so với mức cũ' → change on the new level. 'quý III', 'cả năm' take 2024.",
    "'ước kinh phí khoảng 7,5 tỷ' → estimate (own cue), although the sentence begins with 'phấn đấu'.",
    "revised after the first run: 'cả năm' removed from two subjects (it is the period, not the indicator).",
    "Distractors: 'năm thứ 5' (ordinal), '(QBĐT)', time 10:05, dates 1/7/2024, 23/07/2024.",
]

if __name__ == "__main__":
    write("p1208-8", TEXT, NOTES, FIGS, published="2024-07-23", location="Quảng Bình")
