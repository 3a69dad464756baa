"""p1137-1: Ninh Thuận province portal, 9 months 2024: water-saving irrigation area, solar pumps, a vineyard."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Ninh Thuận: Gần 9.800 ha cây trồng được tưới tiết kiệm nước

Cập nhật: 08/10/2024 08:30 | Lượt xem: 2.417

(ninhthuan.gov.vn) - 9 tháng đầu năm 2024, toàn tỉnh phát triển mới 1.265 ha cây trồng áp dụng tưới tiết kiệm nước, đạt 84,3% kế hoạch năm, nâng tổng diện tích tưới tiết kiệm lên 9.786 ha. Trong đó, tưới nhỏ giọt 5.412 ha, tưới phun mưa 3.108 ha, còn lại là tưới phun sương và tưới ngầm.

Các địa phương có diện tích tưới tiết kiệm lớn là Ninh Phước, Thuận Nam và Ninh Sơn với lần lượt 3.240 ha, 2.185 ha và 1.730 ha; cây trồng chủ yếu là nho, táo, măng tây xanh và cỏ chăn nuôi.

Toàn tỉnh đã có 412 hệ thống bơm nước sử dụng năng lượng mặt trời phục vụ tưới, tăng 96 hệ thống so với cuối năm 2023, tổng công suất pin khoảng 1,6 MWp. Mỗi hệ thống thường có công suất từ 3 đến 5 kWp, bơm được 15-25 m3/giờ, giúp hộ dân tiết kiệm từ 1,5 đến 2 triệu đồng tiền điện mỗi tháng trong mùa khô.

Tại xã Phước Hậu, huyện Ninh Phước, ông Nguyễn Văn Tư đầu tư hệ thống tưới nhỏ giọt kết hợp bơm năng lượng mặt trời cho 1,2 ha nho với chi phí khoảng 180 triệu đồng. Theo ông Tư, lượng nước tưới nay còn khoảng 3.500 m3/ha/năm, bằng 55% so với tưới rãnh trước đây; vườn chỉ cần hai lao động thay vì năm người như trước. Năng suất nho đạt 28 tấn/ha/năm, tăng 4 tấn so với trước khi lắp đặt.

Theo Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh, hộ dân lắp đặt hệ thống tưới tiết kiệm được hỗ trợ 50% chi phí thiết bị, tối đa 30 triệu đồng/ha. Từ năm 2022 đến nay, ngân sách tỉnh đã hỗ trợ hơn 21,4 tỷ đồng cho 1.037 hộ. Năm 2025, tỉnh phấn đấu đạt 11.500 ha tưới tiết kiệm nước, trong đó có ít nhất 600 hệ thống bơm năng lượng mặt trời.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
SINCE = P("Từ năm 2022 đến nay", "2022-01-01", "2024-10-08")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
AREA = "diện tích tưới tiết kiệm nước"
TU = "Ninh Phước"

FIGS = [
    F("Gần 9.800 ha", "9.800", 9800, "measure", "ha", approx="nearly",
      subject="cây trồng được tưới tiết kiệm nước"),
    F("phát triển mới 1.265 ha", "1.265", 1265, "measure", "ha", percent=84.3,
      subject="diện tích cây trồng áp dụng tưới tiết kiệm nước phát triển mới", period=M9),
    F("lên 9.786 ha", "9.786", 9786, "measure", "ha", subject="tổng diện tích tưới tiết kiệm", period=M9),
    F("nhỏ giọt 5.412 ha", "5.412", 5412, "measure", "ha", total=9786,
      subject="diện tích tưới nhỏ giọt", period=I(M9)),
    F("phun mưa 3.108 ha", "3.108", 3108, "measure", "ha", total=9786,
      subject="diện tích tưới phun mưa", period=I(M9)),
    F("lần lượt 3.240 ha", "3.240", 3240, "measure", "ha", subject=AREA, location="Ninh Phước", period=I(M9)),
    F("2.185 ha và", "2.185", 2185, "measure", "ha", subject=AREA, location="Thuận Nam", period=I(M9)),
    F("1.730 ha;", "1.730", 1730, "measure", "ha", subject=AREA, location="Ninh Sơn", period=I(M9)),
    F("có 412 hệ thống", "412", 412, "count", "hệ thống",
      change=C("increase", 96, "hệ thống", "cuối năm 2023"),
      subject="hệ thống bơm nước sử dụng năng lượng mặt trời phục vụ tưới"),
    F("khoảng 1,6 MWp", "1,6", 1.6, "measure", "MWp", approx="about",
      subject="tổng công suất pin của hệ thống bơm năng lượng mặt trời"),
    F("từ 3 đến 5 kWp", "3", 3, "measure", "kWp", value_max=5,
      subject="công suất mỗi hệ thống bơm năng lượng mặt trời"),
    F("15-25 m3/giờ", "15", 15, "measure", "m3/giờ", value_max=25,
      subject="lưu lượng bơm của mỗi hệ thống"),
    F("từ 1,5 đến 2 triệu", "1,5", 1500000, "money", "đồng/tháng", value_max=2000000,
      subject="tiền điện hộ dân tiết kiệm mỗi tháng trong mùa khô"),
    F("cho 1,2 ha nho", "1,2", 1.2, "measure", "ha", location=TU,
      subject="diện tích nho tưới nhỏ giọt kết hợp bơm năng lượng mặt trời"),
    F("khoảng 180 triệu", "180", 180000000, "money", "đồng", approx="about", location=TU,
      subject="chi phí đầu tư hệ thống tưới nhỏ giọt kết hợp bơm năng lượng mặt trời"),
    F("khoảng 3.500 m3/ha/năm", "3.500", 3500, "measure", "m3/ha/năm", approx="about", percent=55,
      location=TU, subject="lượng nước tưới nho"),
    F("cần hai lao động", "hai", 2, "count", "lao động", location=TU,
      subject="lao động vườn nho cần"),
    F("thay vì năm người", "năm", 5, "count", "người", location=TU,
      subject="lao động vườn nho cần như trước"),
    F("đạt 28 tấn/ha/năm", "28", 28, "measure", "tấn/ha/năm",
      change=C("increase", 4, "tấn", "trước khi lắp đặt"), location=TU, subject="năng suất nho"),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%",
      subject="mức hỗ trợ chi phí thiết bị tưới tiết kiệm cho hộ dân"),
    F("tối đa 30 triệu", "30", 30000000, "money", "đồng/ha", approx="at_most",
      subject="mức hỗ trợ chi phí thiết bị tưới tiết kiệm"),
    F("hơn 21,4 tỷ", "21,4", 21400000000, "money", "đồng", approx="over",
      subject="ngân sách tỉnh hỗ trợ tưới tiết kiệm", period=SINCE),
    F("cho 1.037 hộ", "1.037", 1037, "count", "hộ", subject="hộ được hỗ trợ lắp đặt hệ thống tưới tiết kiệm",
      period=SINCE),
    F("đạt 11.500 ha", "11.500", 11500, "measure", "ha", status="target",
      subject="diện tích tưới tiết kiệm nước", period=Y25),
    F("ít nhất 600 hệ thống", "600", 600, "count", "hệ thống", approx="at_least", status="target",
      subject="hệ thống bơm năng lượng mặt trời", period=Y25),
]

NOTES = [
    "Province portal (Ninh Thuận): water-saving irrigation, 9 months 2024. Breadcrumb, 'Cập nhật: 08/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:30, Nghị quyết số 12/2022/NQ-HĐND, 'cuối năm 2023' (baseline), site tag.",
    "Parts after 'Trong đó' take the whole 9.786 ha (the figure the cue follows), not 1.265 ha. District list gets no total.",
    "'ít nhất 600 hệ thống' follows 'trong đó' after 11.500 ha but counts systems, not hectares: no total.",
    "'bằng 55% so với tưới rãnh' is the share (percent) of 3.500 m3/ha/năm. 'hai lao động', 'năm người' are number words (năm = five).",
    "Solar-pump capacity and savings sentences carry no period (standing stock / technical specs). 'Từ năm 2022 đến nay' ends at published.",
    "revised after the first run: owner name dropped from the 1,2 ha subject (the actor is not the indicator); 'chăm sóc' (not in the sentence) dropped from the two labour subjects.",
]

if __name__ == "__main__":
    write("p1137-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Ninh Thuận")
