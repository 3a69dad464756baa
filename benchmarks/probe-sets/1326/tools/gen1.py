"""p1326-1: province portal (Khánh Hòa): VAT refunds for foreign visitors at Cam Ranh, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hoàn thuế giá trị gia tăng cho khách nước ngoài tăng gần 40%

Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.386

Theo Cục Hải quan tỉnh Khánh Hòa, 9 tháng đầu năm 2024, Chi cục Hải quan cửa khẩu Cảng hàng không quốc tế Cam Ranh đã hoàn thuế giá trị gia tăng (GTGT) cho 6.842 lượt người nước ngoài xuất cảnh, tăng 39,6% so với cùng kỳ năm 2023. Tổng trị giá hàng hóa được hoàn thuế đạt 71,5 tỷ đồng; số thuế GTGT đã hoàn ước đạt 5,9 tỷ đồng, bằng 84% kế hoạch năm.

Khách Nga chiếm khoảng 46% số lượt được hoàn thuế, tiếp đến là khách Hàn Quốc (27%) và khách Trung Quốc (14%). Mặt hàng được mua nhiều nhất là trang sức, yến sào, cà phê và đồ gốm sứ.

Hiện toàn tỉnh có 48 doanh nghiệp đủ điều kiện bán hàng hoàn thuế, trong đó 41 doanh nghiệp tại TP Nha Trang. Từ đầu năm đến nay, tỉnh công nhận thêm 7 doanh nghiệp. Riêng Công ty TNHH Yến sào Hòn Nội ở số 26 Trần Phú, TP Nha Trang, trong 9 tháng đã xuất hơn 1.900 hóa đơn hoàn thuế với doanh thu khoảng 18 tỷ đồng.

Theo quy định, người nước ngoài được hoàn thuế khi mua hàng có trị giá tối thiểu 2 triệu đồng trong ngày tại một doanh nghiệp và mang hàng qua cửa khẩu trong vòng 60 ngày kể từ ngày mua.

Quý IV, ngành hải quan phấn đấu hoàn thuế thêm khoảng 2.500 lượt khách, đưa số thuế hoàn cả năm lên trên 7 tỷ đồng.

Tin liên quan:
- Khánh Hòa đón chuyến bay thẳng đầu tiên từ Almaty trong năm 2024
- Hội nghị xúc tiến du lịch Khánh Hòa tại Seoul lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NT = "Nha Trang"
SHARE = "số lượt được hoàn thuế"

FIGS = [
    fig("tăng gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="hoàn thuế giá trị gia tăng cho khách nước ngoài"),
    fig("cho 6.842 lượt", "6.842", 6842, "count", "lượt người",
        change=chg("increase", 39.6, "%", "cùng kỳ năm 2023"),
        subject="lượt người nước ngoài xuất cảnh được hoàn thuế GTGT", period=NINE),
    fig("đạt 71,5 tỷ", "71,5", 71.5e9, "money", "đồng",
        subject="tổng trị giá hàng hóa được hoàn thuế", period=inh(NINE)),
    fig("ước đạt 5,9 tỷ", "5,9", 5.9e9, "money", "đồng", status="estimate", percent=84,
        subject="số thuế GTGT đã hoàn", period=inh(NINE)),
    fig("khoảng 46%", "46", 46, "percent", "%", approx="about",
        subject=f"khách Nga trong {SHARE}", period=inh(NINE)),
    fig("Hàn Quốc (27%)", "27", 27, "percent", "%",
        subject=f"khách Hàn Quốc trong {SHARE}", period=inh(NINE)),
    fig("Trung Quốc (14%)", "14", 14, "percent", "%",
        subject=f"khách Trung Quốc trong {SHARE}", period=inh(NINE)),
    fig("có 48 doanh nghiệp", "48", 48, "count", "doanh nghiệp",
        subject="doanh nghiệp đủ điều kiện bán hàng hoàn thuế"),
    fig("đó 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=48,
        subject="doanh nghiệp đủ điều kiện bán hàng hoàn thuế", location=NT),
    fig("thêm 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp tỉnh công nhận thêm", period=YTD),
    fig("hơn 1.900 hóa đơn", "1.900", 1900, "count", "hóa đơn", approx="over",
        subject="hóa đơn hoàn thuế Công ty TNHH Yến sào Hòn Nội xuất", period=NINE_S, location=NT),
    fig("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about",
        subject="doanh thu hàng hoàn thuế của Công ty TNHH Yến sào Hòn Nội", period=NINE_S, location=NT),
    fig("tối thiểu 2 triệu", "2", 2e6, "money", "đồng", approx="at_least",
        subject="trị giá hàng mua tối thiểu để được hoàn thuế", optional=True),
    fig("trong vòng 60 ngày", "60", 60, "measure", "ngày", approx="at_most",
        subject="thời hạn mang hàng qua cửa khẩu kể từ ngày mua", optional=True),
    fig("thêm khoảng 2.500", "2.500", 2500, "count", "lượt khách", approx="about", status="target",
        subject="lượt khách hoàn thuế thêm", period=Q4),
    fig("trên 7 tỷ", "7", 7e9, "money", "đồng", approx="over", status="target",
        subject="số thuế hoàn cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Khánh Hòa): VAT refunds for foreign visitors at Cam Ranh airport, 9 months 2024;",
    "breadcrumb, 'Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.386' (dateline + view counter), related links.",
    "Distractors: 09:45, Lượt xem 1.386, 'số 26 Trần Phú', 'lần thứ 3', 'năm 2024' in a link title.",
    "Headline 'tăng gần 40%' is a growth rate as the claim (percent, nearly, no change, no period in the headline).",
    "'Cảng hàng không quốc tế Cam Ranh' is a name: the refund figures are the province's (Khánh Hòa).",
    "'bằng 84% kế hoạch năm' → percent attribute of 5,9 tỷ; 'ước đạt' makes it estimate. Nationality shares are percent",
    "figures (a nationality is not a place). '41 doanh nghiệp tại TP Nha Trang' after 'trong đó' → total 48, location Nha Trang.",
    "The rule thresholds 'tối thiểu 2 triệu đồng' and 'trong vòng 60 ngày' are optional (rule values, not results).",
    "revised after the first run: 41 doanh nghiệp subject loses 'tại TP Nha Trang' (a city goes to location, never to the subject).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14; 'Quý IV', 'cả năm' take 2024; 'phấn đấu' → target for both clauses.",
]

if __name__ == "__main__":
    write("p1326-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Khánh Hòa")
