"""p1517-5: Party newspaper (Báo Bắc Giang điện tử, BGĐT): a printing company's Tết calendar season in thị xã Việt Yên."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế

Mùa lịch Tết ở xưởng in Đình Trám

Thứ Hai, 25/11/2024 - 07:45

(BGĐT) - Từ đầu tháng 10 đến nay, xưởng in của Công ty cổ phần In Sông Thương tại Khu công nghiệp Đình Trám (thị xã Việt Yên) hoạt động hết công suất để kịp giao lịch Tết Ất Tỵ 2025 cho khách hàng.

Năm nay, công ty nhận in khoảng 1,8 triệu cuốn lịch các loại, tăng khoảng 200 nghìn cuốn so với năm 2023. Trong đó, hơn 1 triệu cuốn là lịch treo tường in theo thiết kế riêng cho gần 300 doanh nghiệp, cơ quan trong và ngoài tỉnh. Để kịp tiến độ, xưởng hoạt động 24/24 giờ, hai máy in offset khổ lớn chạy liên tục với công suất 15.000 tờ/giờ mỗi máy.

Ông Hoàng Văn Kiên, Giám đốc công ty cho biết, giá giấy couche tăng nên giá lịch năm nay tăng khoảng 5-7%. Lịch bloc của công ty có giá bán lẻ từ 35.000 đồng đến 120.000 đồng/cuốn. Công ty hiện có 65 công nhân, mùa lịch tuyển thêm 20 lao động thời vụ; thu nhập bình quân đạt 9,2 triệu đồng/người/tháng, cao hơn 0,8 triệu đồng so với năm trước.

Theo Sở Thông tin và Truyền thông, toàn tỉnh có 9 cơ sở in lịch. Năm 2024, các cơ sở dự kiến in khoảng 4,5 triệu bản lịch, đáp ứng khoảng 70% nhu cầu trong tỉnh. Công ty cổ phần In Sông Thương đứng thứ 2 về sản lượng lịch trong số các cơ sở này. Mục tiêu đến năm 2030, tỉnh có ít nhất 3 cơ sở in lịch được cấp chứng nhận ISO 9001 về quản lý chất lượng.

Nguyễn Hương
"""

NOW = period("Năm nay", "2024-01-01", "2024-12-31")
now = period("năm nay", "2024-01-01", "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
VY = "Việt Yên"
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 1,8 triệu", "1,8", 1.8e6, "count", "cuốn", "lịch các loại công ty nhận in", NOW, approx="about",
      change=change("increase", 200000, "cuốn", "năm 2023", approx="about"), location=VY),
    F("hơn 1 triệu cuốn", "1", 1e6, "count", "cuốn", "lịch treo tường in theo thiết kế riêng", inherit(NOW),
      approx="over", total=1.8e6, location=VY),
    F("gần 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp, cơ quan",
      "doanh nghiệp, cơ quan đặt in lịch treo tường theo thiết kế riêng", inherit(NOW), approx="nearly", location=VY),
    F("hoạt động 24/24 giờ", "24", 24, "measure", "giờ", "thời gian xưởng hoạt động mỗi ngày", total=24,
      location=VY, optional=True),
    F("hai máy in", "hai", 2, "count", "máy in offset", "máy in offset khổ lớn", location=VY),
    F("suất 15.000 tờ/giờ", "15.000", 15000, "measure", "tờ/giờ", "công suất mỗi máy in offset", location=VY),
    F("tăng khoảng 5-7%", "5", 5, "percent", "%", "giá lịch", now, value_max=7, approx="about", location=VY),
    F("từ 35.000 đồng", "35.000", 35000, "money", "đồng/cuốn", "giá bán lẻ lịch bloc của công ty",
      value_max=120000, location=VY),
    F("có 65 công nhân", "65", 65, "count", "công nhân", "công nhân của công ty", location=VY),
    F("thêm 20 lao động", "20", 20, "count", "lao động", "lao động thời vụ tuyển thêm mùa lịch", location=VY),
    F("đạt 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", "thu nhập bình quân", location=VY,
      change=change("increase", 800000, "đồng", "năm trước")),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở in lịch"),
    F("khoảng 4,5 triệu", "4,5", 4.5e6, "count", "bản", "bản lịch các cơ sở in", Y24, approx="about",
      status="forecast", percent=70),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "sản lượng lịch của Công ty cổ phần In Sông Thương trong số các cơ sở",
      location=VY),
    F("ít nhất 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở in lịch được cấp chứng nhận ISO 9001", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang điện tử): section, headline, 'Thứ Hai, 25/11/2024 - 07:45', sapo with '(BGĐT) -', byline at the end.",
    "The company passage is located in thị xã Việt Yên (stated in the sapo); the province's 9 facilities and 4,5 triệu forecast are Bắc Giang.",
    "'tăng khoảng 200 nghìn cuốn so với năm 2023' → change in cuốn, approx about. 'Trong đó, hơn 1 triệu cuốn' (after a sentence break) takes total 1,8 triệu.",
    "'xưởng hoạt động 24/24 giờ' is the idiom 'round the clock': optional (a reader may or may not count it).",
    "'giá lịch năm nay tăng khoảng 5-7%' is a growth rate as the claim: percent range, no change; it stands in the director's passage (Việt Yên, borderline).",
    "'đáp ứng khoảng 70% nhu cầu trong tỉnh' is read as the share (percent attribute) of the forecast 4,5 triệu bản.",
    "'đứng thứ 2 ... trong số các cơ sở này' ranks the company: located at the company (Việt Yên; borderline).",
    "'Mục tiêu đến năm 2030 ... ít nhất 3 cơ sở' → target, at_least, end 2030-12-31. Distractors: 'ISO 9001', 07:45, 'Ất Tỵ 2025', 'Từ đầu tháng 10 đến nay' (a period without a figure), byline.",
]

if __name__ == "__main__":
    write("p1517-5", TEXT, NOTES, FIGS, published="2024-11-25", location="Bắc Giang")
