"""p862-5: Party/provincial newspaper (Báo Bắc Giang), self-service laundromats around industrial parks, Việt Yên."""
from lib import F, P, I, C, write

TEXT = """
Giặt sấy tự phục vụ "nở rộ" quanh khu công nghiệp

Cùng với sự phát triển của các khu công nghiệp, dịch vụ giặt sấy tự phục vụ tại thị xã Việt Yên phát triển nhanh. Theo Phòng Kinh tế thị xã, đến hết tháng 9/2024, trên địa bàn có 136 cửa hàng giặt sấy, tăng 89 cửa hàng so với cuối năm 2021; tập trung chủ yếu ở các phường Nếnh (41 cửa hàng), Vân Trung (29 cửa hàng) và Hoàng Ninh (23 cửa hàng). Số máy giặt công suất lớn tại các cửa hàng hiện gấp khoảng 4 lần thời điểm trước dịch Covid-19.

Chị Hoàng Thị Tám, chủ một cửa hàng trên đường 295B cho biết, cửa hàng đầu tư 6 máy giặt và 6 máy sấy công nghiệp với tổng vốn khoảng 450 triệu đồng. Giá giặt sấy 18.000 đồng/kg, hoặc 35.000-40.000 đồng/lượt cho mỗi máy loại 10 kg. Trung bình mỗi ngày cửa hàng phục vụ 80-100 lượt khách, doanh thu khoảng 2,5 triệu đồng/ngày.

Theo khảo sát của Liên đoàn Lao động tỉnh, khoảng 65% công nhân thuê trọ tại Việt Yên sử dụng dịch vụ giặt sấy ít nhất 1 lần/tuần, chi phí bình quân 150.000-200.000 đồng/người/tháng.

Ông Nguyễn Văn Ba, Phó Chủ tịch UBND phường Nếnh cho biết, từ đầu năm đến nay, phường đã kiểm tra 18 cửa hàng, yêu cầu 7 cửa hàng bổ sung bể lắng, lọc nước thải trước khi xả ra môi trường. Dự kiến đến năm 2025, số cửa hàng giặt sấy trên địa bàn thị xã sẽ vượt 170 cửa hàng.

NGỌC HÀ
18/11/2024
"""

ASOF = P("đến hết tháng 9/2024", None, "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-18")
SUBJ = "cửa hàng giặt sấy"

FIGS = [
    F("có 136 cửa hàng", "136", 136, "count", "cửa hàng",
      change=C("increase", 89, "cửa hàng", "cuối năm 2021"), subject=SUBJ, period=ASOF),
    F("Nếnh (41 cửa hàng)", "41", 41, "count", "cửa hàng", subject=SUBJ, period=ASOF,
      location="Nếnh"),
    F("Vân Trung (29 cửa hàng)", "29", 29, "count", "cửa hàng", subject=SUBJ, period=ASOF,
      location="Vân Trung"),
    F("Hoàng Ninh (23 cửa hàng)", "23", 23, "count", "cửa hàng", subject=SUBJ, period=ASOF,
      location="Hoàng Ninh"),
    F("gấp khoảng 4 lần", "4", 4, "multiple", "lần", approx="about",
      subject="số máy giặt công suất lớn tại các cửa hàng so với trước dịch"),
    F("đầu tư 6 máy giặt", "6", 6, "count", "máy giặt", subject="máy giặt cửa hàng đầu tư"),
    F("6 máy sấy", "6", 6, "count", "máy sấy", subject="máy sấy công nghiệp cửa hàng đầu tư"),
    F("khoảng 450 triệu đồng", "450", 450_000_000, "money", "đồng", approx="about",
      subject="tổng vốn đầu tư cửa hàng giặt sấy"),
    F("18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", subject="giá giặt sấy"),
    F("35.000-40.000 đồng/lượt", "35.000", 35000, "money", "đồng/lượt", value_max=40000,
      subject="giá giặt sấy mỗi lượt máy"),
    F("loại 10 kg", "10", 10, "measure", "kg", subject="khối lượng giặt mỗi máy", optional=True),
    F("80-100 lượt khách", "80", 80, "count", "lượt khách", value_max=100,
      subject="lượt khách cửa hàng phục vụ mỗi ngày"),
    F("khoảng 2,5 triệu đồng/ngày", "2,5", 2_500_000, "money", "đồng/ngày", approx="about",
      subject="doanh thu cửa hàng giặt sấy"),
    F("khoảng 65% công nhân", "65", 65, "percent", "%", approx="about",
      subject="công nhân thuê trọ sử dụng dịch vụ giặt sấy"),
    F("ít nhất 1 lần/tuần", "1", 1, "measure", "lần/tuần", approx="at_least",
      subject="tần suất sử dụng dịch vụ giặt sấy", optional=True),
    F("150.000-200.000 đồng/người/tháng", "150.000", 150000, "money", "đồng/người/tháng",
      value_max=200000, subject="chi phí giặt sấy bình quân của công nhân"),
    F("kiểm tra 18 cửa hàng", "18", 18, "count", "cửa hàng", subject="cửa hàng giặt sấy được kiểm tra",
      period=YTD, location="Nếnh"),
    F("yêu cầu 7 cửa hàng", "7", 7, "count", "cửa hàng",
      subject="cửa hàng được yêu cầu bổ sung bể lắng, lọc nước thải", period=YTD, location="Nếnh"),
    F("vượt 170 cửa hàng", "170", 170, "count", "cửa hàng", approx="over", status="forecast",
      subject=SUBJ, period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Báo Bắc Giang (Party paper): self-service laundromats around industrial parks in thị xã Việt Yên; byline and bare date at the end.",
    "Distractors: Covid-19, đường 295B, names Hoàng Thị Tám and Nguyễn Văn Ba, the bare date 18/11/2024.",
    "Ward list (41+29+23 ≠ 136) shares the indicator; each ward is the location (choice). 'gấp khoảng 4 lần' stands alone: multiple.",
    "The machine size '10 kg' and the survey threshold 'ít nhất 1 lần/tuần' are optional.",
    "'từ đầu năm đến nay' ends at the bare date after the byline (published).",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2024-11-18", location="Việt Yên")
