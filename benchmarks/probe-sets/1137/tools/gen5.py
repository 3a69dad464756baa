"""p1137-5: Party newspaper (Báo Sơn La): solar pumps lifting water to hillside orchards, a cooperative in Mai Sơn."""
from lib import F, P, I, C, T, write

TEXT = """Bơm nước bằng năng lượng mặt trời lên đồi cây ăn quả

Những năm gần đây, nhiều hộ dân và hợp tác xã ở huyện Mai Sơn đã đầu tư hệ thống bơm nước sử dụng năng lượng mặt trời để đưa nước từ suối, hồ lên tưới cho cây ăn quả trên đất dốc.

Hợp tác xã Nông nghiệp Tiến Thành, xã Chiềng Mung, có 45 ha xoài, nhãn và bưởi. Trước đây, hợp tác xã phải dùng máy bơm chạy dầu, mỗi tháng mùa khô tốn khoảng 12 triệu đồng tiền nhiên liệu. Năm 2023, hợp tác xã lắp đặt 2 hệ thống bơm năng lượng mặt trời với tổng công suất 11 kWp, đẩy nước lên độ cao hơn 70 m vào 3 bể chứa có tổng dung tích 600 m3, chi phí khoảng 420 triệu đồng, trong đó Nhà nước hỗ trợ 40%.

Giám đốc hợp tác xã Lò Văn Thành cho biết, từ khi có bơm năng lượng mặt trời, diện tích được tưới chủ động tăng từ 18 ha lên 45 ha; sản lượng xoài năm 2024 đạt 310 tấn, gấp đôi năm 2022. Trung bình mỗi năm hợp tác xã tiết kiệm trên 80 triệu đồng chi phí bơm nước.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có 1.260 ha cây trồng được tưới tiết kiệm nước, trong đó khoảng 290 ha sử dụng nguồn bơm năng lượng mặt trời. Từ đầu năm đến nay, tỉnh đã hỗ trợ 3,6 tỷ đồng cho 58 dự án tưới tiết kiệm theo Nghị quyết số 08/2021/NQ-HĐND. Mục tiêu đến năm 2025, Sơn La có 2.000 ha cây ăn quả được tưới tiết kiệm, phấn đấu mỗi huyện có ít nhất một mô hình bơm năng lượng mặt trời quy mô trên 10 ha.

THU HẰNG
22/05/2025
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-05-22")
T25 = P("đến năm 2025", None, "2025-12-31")
MS = "Mai Sơn"
HTX = "Hợp tác xã Nông nghiệp Tiến Thành"

FIGS = [
    F("có 45 ha", "45", 45, "measure", "ha", location=MS, subject="diện tích xoài, nhãn và bưởi của hợp tác xã"),
    F("khoảng 12 triệu", "12", 12000000, "money", "đồng/tháng", approx="about", location=MS,
      subject="tiền nhiên liệu chạy máy bơm dầu mỗi tháng mùa khô"),
    F("lắp đặt 2 hệ thống", "2", 2, "count", "hệ thống", location=MS,
      subject="hệ thống bơm năng lượng mặt trời hợp tác xã lắp đặt", period=Y23),
    F("công suất 11 kWp", "11", 11, "measure", "kWp", location=MS,
      subject="tổng công suất hệ thống bơm năng lượng mặt trời", period=Y23),
    F("hơn 70 m", "70", 70, "measure", "m", approx="over", location=MS,
      subject="độ cao đẩy nước", period=Y23),
    F("vào 3 bể", "3", 3, "count", "bể chứa", location=MS, subject="bể chứa nước", period=Y23),
    F("dung tích 600 m3", "600", 600, "measure", "m3", location=MS, subject="tổng dung tích bể chứa",
      period=Y23),
    F("khoảng 420 triệu", "420", 420000000, "money", "đồng", approx="about", location=MS,
      subject="chi phí lắp đặt hệ thống bơm năng lượng mặt trời", period=Y23),
    F("hỗ trợ 40%", "40", 40, "percent", "%", location=MS,
      subject="tỷ lệ Nhà nước hỗ trợ chi phí lắp đặt", period=Y23),
    F("từ 18 ha", "18", 18, "measure", "ha", location=MS, subject="diện tích được tưới chủ động trước đây"),
    F("lên 45 ha", "45", 45, "measure", "ha", location=MS, subject="diện tích được tưới chủ động"),
    F("đạt 310 tấn", "310", 310, "measure", "tấn", location=MS,
      change=C("increase", 2, "lần", "năm 2022"), subject="sản lượng xoài", period=Y24),
    F("trên 80 triệu", "80", 80000000, "money", "đồng/năm", approx="over", location=MS,
      subject="chi phí bơm nước hợp tác xã tiết kiệm mỗi năm"),
    F("có 1.260 ha", "1.260", 1260, "measure", "ha", subject="cây trồng được tưới tiết kiệm nước"),
    F("khoảng 290 ha", "290", 290, "measure", "ha", approx="about", total=1260,
      subject="diện tích tưới tiết kiệm sử dụng nguồn bơm năng lượng mặt trời"),
    F("hỗ trợ 3,6 tỷ", "3,6", 3600000000, "money", "đồng",
      subject="kinh phí hỗ trợ dự án tưới tiết kiệm", period=YTD),
    F("cho 58 dự án", "58", 58, "count", "dự án", subject="dự án tưới tiết kiệm được hỗ trợ", period=YTD),
    F("có 2.000 ha", "2.000", 2000, "measure", "ha", status="target",
      subject="cây ăn quả được tưới tiết kiệm", period=T25),
    F("ít nhất một mô hình", "một", 1, "count", "mô hình", approx="at_least", status="target",
      subject="mô hình bơm năng lượng mặt trời mỗi huyện", period=T25),
    F("trên 10 ha", "10", 10, "measure", "ha", approx="over", status="target",
      subject="quy mô mô hình bơm năng lượng mặt trời", period=T25, optional=True),
]

NOTES = [
    "Party newspaper (Báo Sơn La): byline 'THU HẰNG' and bare date '22/05/2025' at the end → published 2025-05-22.",
    "Distractors: 'Nghị quyết số 08/2021/NQ-HĐND', 'Những năm gần đây', 'năm 2022' (baseline of gấp đôi).",
    "Cooperative figures are placed in huyện Mai Sơn (xã Chiềng Mung): location Mai Sơn in every sentence about it; province figures Sơn La.",
    "'trong đó Nhà nước hỗ trợ 40%' is a percent figure of its own (not a share of 420 triệu by đạt/chiếm/bằng).",
    "'tăng từ 18 ha lên 45 ha': two measures, no change value stated. 'gấp đôi năm 2022' after 310 tấn → change 2 lần.",
    "'Từ đầu năm đến nay' → 2025-01-01 … published. 'phấn đấu mỗi huyện có ít nhất một mô hình': number word một, target.",
    "'quy mô trên 10 ha' defines the kind of model (a threshold, not a stated amount): optional.",
    "revised after the first run: cooperative's name dropped from the 45 ha subject (the owner is not the indicator).",
]

if __name__ == "__main__":
    write("p1137-5", TEXT, NOTES, FIGS, published="2025-05-22", location="Sơn La")
