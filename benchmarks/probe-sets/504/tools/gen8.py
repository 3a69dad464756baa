"""p504-8: Báo Quảng Trị (provincial newspaper, byline + time + date) - housing support for poor households, 2024."""
from lib import F, P, I, CH, emit

TEXT = """Xã hội › Giảm nghèo

Quảng Trị hỗ trợ xây mới, sửa chữa gần 1.500 căn nhà cho hộ nghèo

NGỌC TRANG 08:15, 22/11/2024

(QTO) - Từ đầu năm đến nay, toàn tỉnh đã hỗ trợ xây mới, sửa chữa 1.486 căn nhà cho hộ nghèo, hộ cận nghèo và hộ gia đình chính sách, đạt 82,6% kế hoạch năm 2024. Trong đó, xây mới 1.052 căn, sửa chữa 434 căn.

Tổng kinh phí thực hiện hơn 71,3 tỷ đồng, gồm ngân sách trung ương 38,5 tỷ đồng (chủ yếu từ Dự án 5 thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững), ngân sách địa phương 14,2 tỷ đồng, còn lại là nguồn xã hội hóa và đóng góp của người dân. Mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa là 30 triệu đồng/căn.

Hai huyện miền núi Hướng Hóa và Đakrông có số nhà được hỗ trợ nhiều nhất, lần lượt 412 căn và 367 căn. Tại xã A Dơi, huyện Hướng Hóa, nhiều ngôi nhà mới đã mọc lên dọc tuyến Quốc lộ 9, thay thế những căn nhà tạm bợ.

Theo Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh, đến ngày 31/10/2024, toàn tỉnh còn khoảng 1.800 hộ đang ở nhà tạm, nhà dột nát. Tỉnh phấn đấu đến năm 2025 cơ bản hoàn thành xóa nhà tạm, nhà dột nát; dự kiến tổng nhu cầu vốn khoảng 110 tỷ đồng.

Người dân có thể phản ánh, đóng góp ý kiến qua đường dây nóng 0233.3852.416 của Sở Lao động - Thương binh và Xã hội.
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-22")

FIGS = [
    F("gần 1.500 căn", "1.500", 1500, "count", "căn nhà", "căn nhà cho hộ nghèo được hỗ trợ xây mới, sửa chữa", approx="nearly"),
    F("sửa chữa 1.486 căn", "1.486", 1486, "count", "căn nhà", "căn nhà được hỗ trợ xây mới, sửa chữa cho hộ nghèo, hộ cận nghèo và hộ gia đình chính sách",
      YTD, percent=82.6),
    F("xây mới 1.052 căn", "1.052", 1052, "count", "căn", "căn nhà xây mới", I(YTD), total=1486),
    F("sửa chữa 434 căn", "434", 434, "count", "căn", "căn nhà sửa chữa", I(YTD), total=1486),
    F("hơn 71,3 tỷ đồng", "71,3", 71.3e9, "money", "đồng", "Tổng kinh phí thực hiện", I(YTD), approx="over"),
    F("trung ương 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "kinh phí từ ngân sách trung ương", I(YTD), total=71.3e9),
    F("địa phương 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "kinh phí từ ngân sách địa phương", I(YTD), total=71.3e9),
    F("là 60 triệu", "60", 60e6, "money", "đồng/căn", "Mức hỗ trợ xây mới"),
    F("là 30 triệu", "30", 30e6, "money", "đồng/căn", "mức hỗ trợ sửa chữa"),
    # revised after the first scoring: a count that only sizes a top list (cf. shared h18, h27)
    F("Hai huyện", "Hai", 2, "count", "huyện", "huyện có số nhà được hỗ trợ nhiều nhất", optional=True),
    F("lần lượt 412 căn", "412", 412, "count", "căn", "số nhà được hỗ trợ", I(YTD), location="Hướng Hóa"),
    F("và 367 căn", "367", 367, "count", "căn", "số nhà được hỗ trợ", I(YTD), location="Đakrông"),
    F("khoảng 1.800 hộ", "1.800", 1800, "count", "hộ", "hộ đang ở nhà tạm, nhà dột nát",
      P("đến ngày 31/10/2024", end="2024-10-31"), approx="about"),
    F("khoảng 110 tỷ đồng", "110", 110e9, "money", "đồng", "tổng nhu cầu vốn xóa nhà tạm, nhà dột nát",
      P("đến năm 2025", end="2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Quảng Trị (QTO, invented): hỗ trợ nhà ở cho hộ nghèo năm 2024. Byline dateline 'NGỌC TRANG 08:15, 22/11/2024' gives published.",
    "'Từ đầu năm đến nay' runs 2024-01-01 .. published. 'Dự án 5', 'Quốc lộ 9', 'xã A Dơi', the hotline number are not figures.",
    "1.052 + 434 = 1.486 (Trong đó, across a sentence break); 38,5 + 14,2 tỷ are parts after 'gồm' of 71,3 tỷ (the rest unnumbered).",
    "'đạt 82,6% kế hoạch năm 2024' is the percent of 1.486. Support levels are money with unit đồng/căn (no period stated).",
    "The headline 'gần 1.500 căn' has no period in its sentence. Hướng Hóa / Đakrông 'lần lượt' items take their district as location.",
    "'dự kiến tổng nhu cầu vốn khoảng 110 tỷ đồng' is a forecast in the sentence of 'đến năm 2025'.",
    "revised: 'Hai huyện miền núi' (the size of a top-2 list) added as optional, as shared h18/h27 treat such counts.",
]

if __name__ == "__main__":
    emit("p504-8", TEXT, COMMENTS, FIGS, published="2024-11-22", location="Quảng Trị")
