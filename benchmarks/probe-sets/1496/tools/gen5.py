"""p1496-5: national newspaper (online, weekday dateline with GMT+7): national exports of wooden kitchenware, 11 months."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 5/12/2024, 08:30 (GMT+7)

Xuất khẩu đồ gỗ nhà bếp 11 tháng vượt 400 triệu USD

Thớt, khay, muỗng gỗ Việt Nam hiện có mặt tại hơn 80 thị trường, trong đó Mỹ vẫn là thị trường lớn nhất.

Theo Hiệp hội Gỗ và Lâm sản Việt Nam, 11 tháng năm 2024, kim ngạch xuất khẩu nhóm đồ gỗ gia dụng nhà bếp đạt 412 triệu USD, tăng 17,5% so với cùng kỳ năm 2023. Riêng tháng 11, kim ngạch đạt 43,6 triệu USD, giảm 3,1% so với tháng trước.

Mỹ là thị trường lớn nhất với 158,3 triệu USD, chiếm 38,4%; tiếp đến là Nhật Bản (71,2 triệu USD), Hàn Quốc (39,5 triệu USD) và EU (36,8 triệu USD). Việt Nam hiện đứng thứ hai thế giới về xuất khẩu thớt gỗ, sau Trung Quốc.

Tại Công ty TNHH Đồ gỗ Gia dụng Tân Phước ở TP Tân Uyên (Bình Dương), 11 tháng qua doanh nghiệp xuất khẩu khoảng 2,4 triệu sản phẩm, doanh thu 9,8 triệu USD, gấp 1,4 lần cùng kỳ. Nhà máy có khoảng 650 công nhân, lương bình quân 9,2 triệu đồng/tháng.

"Đơn hàng đã kín đến hết quý I/2025, chúng tôi dự kiến tuyển thêm 150-200 công nhân", ông Trần Quốc Huy, Giám đốc công ty, cho biết.

Hiệp hội dự báo cả năm 2024, xuất khẩu nhóm hàng này đạt khoảng 450 triệu USD; mục tiêu đến năm 2030 đạt 1 tỷ USD. Tuy nhiên, khoảng 70% doanh nghiệp trong ngành là doanh nghiệp nhỏ và vừa, chưa đến 20% có thương hiệu riêng.

Phương Linh
"""

H11 = per("11 tháng", "2024-01-01", "2024-11-30")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
T11 = per("tháng 11", "2024-11-01", "2024-11-30")
Q11 = per("11 tháng qua", "2024-01-01", "2024-11-30")
FY = per("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TU = "Tân Uyên"
EXP = "kim ngạch xuất khẩu đồ gỗ gia dụng nhà bếp sang "

FIGS = [
    fig("vượt 400 triệu", "400", 400e6, "money", "USD", approx="over",
        subject="xuất khẩu đồ gỗ nhà bếp", period=H11),
    fig("hơn 80 thị trường", "80", 80, "count", "thị trường", approx="over",
        subject="thị trường có thớt, khay, muỗng gỗ Việt Nam"),
    fig("đạt 412 triệu", "412", 412e6, "money", "USD", change=chg("increase", 17.5, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu nhóm đồ gỗ gia dụng nhà bếp", period=M11),
    fig("đạt 43,6 triệu", "43,6", 43.6e6, "money", "USD", change=chg("decrease", 3.1, "%", "tháng trước"),
        subject="kim ngạch xuất khẩu nhóm đồ gỗ gia dụng nhà bếp", period=T11),
    fig("với 158,3 triệu", "158,3", 158.3e6, "money", "USD", percent=38.4, subject=EXP + "Mỹ", period=inh(M11)),
    fig("Nhật Bản (71,2", "71,2", 71.2e6, "money", "USD", subject=EXP + "Nhật Bản", period=inh(M11)),
    fig("Hàn Quốc (39,5", "39,5", 39.5e6, "money", "USD", subject=EXP + "Hàn Quốc", period=inh(M11)),
    fig("EU (36,8", "36,8", 36.8e6, "money", "USD", subject=EXP + "EU", period=inh(M11)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="xuất khẩu thớt gỗ"),
    fig("khoảng 2,4 triệu", "2,4", 2.4e6, "count", "sản phẩm", approx="about",
        subject="sản phẩm doanh nghiệp xuất khẩu", period=Q11, location=TU),
    fig("doanh thu 9,8 triệu", "9,8", 9.8e6, "money", "USD", change=chg("increase", 1.4, "lần", "cùng kỳ"),
        subject="doanh thu", period=Q11, location=TU),
    fig("khoảng 650 công nhân", "650", 650, "count", "công nhân", approx="about",
        subject="công nhân nhà máy", location=TU),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/tháng", subject="lương bình quân", location=TU),
    fig("thêm 150-200 công nhân", "150", 150, "count", "công nhân", value_max=200, status="forecast",
        subject="công nhân tuyển thêm", location=TU),
    fig("khoảng 450 triệu", "450", 450e6, "money", "USD", approx="about", status="forecast",
        subject="xuất khẩu nhóm hàng đồ gỗ gia dụng nhà bếp", period=FY),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target",
        subject="xuất khẩu nhóm hàng đồ gỗ gia dụng nhà bếp", period=T30),
    fig("khoảng 70% doanh nghiệp", "70", 70, "percent", "%", approx="about",
        subject="doanh nghiệp nhỏ và vừa trong ngành"),
    fig("chưa đến 20%", "20", 20, "percent", "%", approx="under", subject="doanh nghiệp có thương hiệu riêng"),
]

NOTES = [
    "National newspaper online: section path, 'Thứ năm, 5/12/2024, 08:30 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', time 08:30, 'quý I/2025' (a deadline, no figure), 'năm 2023' baseline.",
    "National figures: location Việt Nam. Mỹ, Nhật Bản, Hàn Quốc, EU are trade partners: not locations; the market stays in the subject.",
    "The list items (71,2 / 39,5 / 36,8) and 158,3 take '11 tháng năm 2024' from the previous sentence (inherited).",
    "Headline 'vượt 400 triệu USD' means 'over 400 million' (approx over); its '11 tháng' takes the year of published.",
    "The Tân Phước passage is located in TP Tân Uyên (Bình Dương); '11 tháng qua' = Jan-Nov 2024; 'gấp 1,4 lần cùng kỳ' is the change of 9,8 triệu USD.",
    "'dự kiến tuyển thêm 150-200 công nhân' forecast; 'dự báo cả năm 2024 ... khoảng 450 triệu USD' forecast; 'mục tiêu đến năm 2030 ... 1 tỷ USD' target.",
    "'Việt Nam hiện đứng thứ hai thế giới' rank 2, location Việt Nam, no period.",
]

if __name__ == "__main__":
    write("p1496-5", TEXT, NOTES, FIGS, published="2024-12-05", location="Việt Nam")
