"""p1275-4: ministry site (Bộ Y tế): national breastfeeding indicators, baby-friendly hospitals, milk banks, Decree 100."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin hoạt động

Tỷ lệ trẻ được bú mẹ hoàn toàn trong 6 tháng đầu đạt 45,4%

01/08/2024 | 10:30 | Cục Bà mẹ và Trẻ em

Ngày 1/8, tại Hà Nội, Bộ Y tế phối hợp với UNICEF và WHO tổ chức lễ phát động Tuần lễ Thế giới nuôi con bằng sữa mẹ năm 2024.

Theo Cục Bà mẹ và Trẻ em, kết quả Tổng điều tra dinh dưỡng năm 2020 cho thấy tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn của Việt Nam là 45,4%, cao hơn nhiều so với mức 24,3% năm 2015; tỷ lệ trẻ được bú mẹ sớm trong giờ đầu sau sinh đạt 61,4%. Chiến lược quốc gia về dinh dưỡng giai đoạn 2021-2030 đặt mục tiêu đến năm 2025 tỷ lệ trẻ bú mẹ hoàn toàn trong 6 tháng đầu đạt 50% và đến năm 2030 đạt 60%.

Hiện cả nước có 112 bệnh viện được công nhận là Trung tâm thực hành tốt nuôi con bằng sữa mẹ, gồm 27 bệnh viện tuyến trung ương và 85 bệnh viện tuyến tỉnh, huyện. Cả nước cũng có năm ngân hàng sữa mẹ đang hoạt động tại Đà Nẵng, TP Hồ Chí Minh, Hà Nội, Cần Thơ và Thừa Thiên Huế. Từ năm 2017 đến nay, các ngân hàng này đã tiếp nhận hơn 32.000 lít sữa từ khoảng 6.800 bà mẹ hiến tặng, giúp hơn 45.000 trẻ sơ sinh được dùng sữa mẹ thanh trùng.

Về thực thi Nghị định số 100/2014/NĐ-CP, năm 2023 thanh tra y tế đã kiểm tra 1.240 cơ sở, phát hiện 96 cơ sở vi phạm quy định về kinh doanh sản phẩm dinh dưỡng dùng cho trẻ nhỏ, phạt tiền tổng cộng 2,35 tỷ đồng, tăng 12% so với năm 2022.

Ông Lê Quang Thành, Phó Cục trưởng Cục Bà mẹ và Trẻ em, cho biết Bộ Y tế sẽ phối hợp với Tổng Liên đoàn Lao động Việt Nam vận động doanh nghiệp bố trí phòng vắt, trữ sữa; dự kiến năm 2025 có thêm ít nhất 20 bệnh viện được công nhận Trung tâm thực hành tốt nuôi con bằng sữa mẹ.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y15 = per("năm 2015", "2015-01-01", "2015-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SINCE = per("Từ năm 2017 đến nay", "2017-01-01", "2024-08-01")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
F25 = per("năm 2025", "2025-01-01", "2025-12-31")
EXCL = "tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn"
COE = "bệnh viện được công nhận là Trung tâm thực hành tốt nuôi con bằng sữa mẹ"

FIGS = [
    fig("đầu đạt 45,4%", "45,4", 45.4, "percent", "%",
        subject="tỷ lệ trẻ được bú mẹ hoàn toàn trong 6 tháng đầu"),
    fig("là 45,4%", "45,4", 45.4, "percent", "%", subject=EXCL, period=Y20),
    fig("mức 24,3%", "24,3", 24.3, "percent", "%", subject=EXCL, period=Y15),
    fig("đạt 61,4%", "61,4", 61.4, "percent", "%",
        subject="tỷ lệ trẻ được bú mẹ sớm trong giờ đầu sau sinh", period=Y20),
    fig("đạt 50%", "50", 50, "percent", "%", status="target",
        subject="tỷ lệ trẻ bú mẹ hoàn toàn trong 6 tháng đầu", period=T25),
    fig("đạt 60%", "60", 60, "percent", "%", status="target",
        subject="tỷ lệ trẻ bú mẹ hoàn toàn trong 6 tháng đầu", period=T30),
    fig("có 112 bệnh viện", "112", 112, "count", "bệnh viện", subject=COE),
    fig("gồm 27 bệnh viện", "27", 27, "count", "bệnh viện", total=112,
        subject="bệnh viện tuyến trung ương được công nhận"),
    fig("và 85 bệnh viện", "85", 85, "count", "bệnh viện", total=112,
        subject="bệnh viện tuyến tỉnh, huyện được công nhận"),
    fig("có năm ngân hàng", "năm", 5, "count", "ngân hàng sữa mẹ",
        subject="ngân hàng sữa mẹ đang hoạt động"),
    fig("hơn 32.000 lít", "32.000", 32000, "measure", "lít", approx="over",
        subject="sữa các ngân hàng sữa mẹ tiếp nhận", period=SINCE),
    fig("khoảng 6.800 bà mẹ", "6.800", 6800, "count", "bà mẹ", approx="about",
        subject="bà mẹ hiến tặng sữa", period=SINCE),
    fig("hơn 45.000 trẻ", "45.000", 45000, "count", "trẻ sơ sinh", approx="over",
        subject="trẻ sơ sinh được dùng sữa mẹ thanh trùng", period=SINCE),
    fig("kiểm tra 1.240 cơ sở", "1.240", 1240, "count", "cơ sở",
        subject="cơ sở thanh tra y tế kiểm tra", period=Y23),
    fig("phát hiện 96 cơ sở", "96", 96, "count", "cơ sở",
        subject="cơ sở vi phạm quy định về kinh doanh sản phẩm dinh dưỡng dùng cho trẻ nhỏ", period=Y23),
    fig("tổng cộng 2,35 tỷ", "2,35", 2.35e9, "money", "đồng",
        change=chg("increase", 12, "%", "năm 2022"), subject="tiền phạt", period=Y23),
    fig("ít nhất 20 bệnh viện", "20", 20, "count", "bệnh viện", approx="at_least", status="forecast",
        subject="bệnh viện được công nhận thêm là Trung tâm thực hành tốt nuôi con bằng sữa mẹ", period=F25),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, headline figure, '01/08/2024 | 10:30 | Cục Bà mẹ và Trẻ em', address footer.",
    "Distractors: 10:30, 'Ngày 1/8', 'Tổng điều tra dinh dưỡng năm 2020' (locates the figures), 'giai đoạn 2021-2030',",
    "'6 tháng tuổi', '6 tháng đầu' (ages in the indicator's name, also in the headline), 'Nghị định số 100/2014/NĐ-CP', '138A Giảng Võ'.",
    "National figures: location Việt Nam; the five milk-bank cities are a list after a national count (not places of the figure).",
    "'cao hơn nhiều so với mức 24,3% năm 2015': 24,3% is the 2015 level, a percent figure of its own (no change amount stated).",
    "'gồm 27 ... và 85 ...' → total 112. 'có năm ngân hàng sữa mẹ' → number word năm = 5 (not a year).",
    "'Từ năm 2017 đến nay' ends at the dateline 2024-08-01. 'phát hiện 96 cơ sở' after 'kiểm tra 1.240 cơ sở' has no part-of cue: no total.",
    "'tăng 12% so với năm 2022' is the change of the 2,35 tỷ fines. 'dự kiến năm 2025 có thêm ít nhất 20 bệnh viện' → forecast.",
]

if __name__ == "__main__":
    write("p1275-4", TEXT, NOTES, FIGS, published="2024-08-01", location="Việt Nam")
