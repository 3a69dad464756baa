from lib import Doc, P, CH, TG

TEXT = """Hà Nội: Số ca sốt xuất huyết tăng 1,5 lần trong tuần
Thứ ba, 10/9/2024, 14:20 (GMT+7)

Tuần qua (từ 30/8 đến 6/9), Hà Nội ghi nhận 386 ca mắc sốt xuất huyết, tăng 1,5 lần so với tuần trước, rải rác tại 26/30 quận, huyện, thị xã.

Các địa phương có số mắc cao trong tuần là Đan Phượng (54 ca), Hoàng Mai (37 ca), Thanh Oai (29 ca) và Phúc Thọ (26 ca). Cộng dồn từ đầu năm đến nay, thành phố ghi nhận 5.128 ca mắc, gấp 2 lần cùng kỳ năm 2023, chưa ghi nhận trường hợp tử vong.

Trong tuần, ngành y tế phát hiện 47 ổ dịch mới, tăng 12 ổ so với tuần trước; hiện thành phố còn 68 ổ dịch đang hoạt động, tập trung tại huyện Đan Phượng (14 ổ dịch), quận Hoàng Mai (9 ổ dịch).

Theo Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội, từ đầu năm, các địa phương đã tổ chức 3 chiến dịch diệt bọ gậy với khoảng 1,2 triệu hộ gia đình được kiểm tra, xử lý; phun hóa chất chủ động cho hơn 25.000 hộ tại các ổ dịch và khu vực nguy cơ. Chỉ số nhà có bọ gậy (HI) trung bình là 12,5%, vượt ngưỡng nguy cơ 10%.

Ông Nguyễn Đình Hưng, Phó Giám đốc CDC Hà Nội, nhận định thời tiết mưa nắng xen kẽ thuận lợi cho muỗi phát triển, số ca mắc có thể tiếp tục tăng trong 2-3 tuần tới, lên khoảng 500-600 ca mỗi tuần. Năm 2022, thành phố từng ghi nhận 28.761 ca mắc, trong đó 14 ca tử vong.

CDC Hà Nội đề nghị người dân khi có biểu hiện sốt cao đột ngột, xuất huyết dưới da cần đến cơ sở y tế để được khám và điều trị kịp thời. Thông tin phản ánh gửi về số 70 Nguyễn Chí Thanh, quận Đống Đa.

Lê Nga
"""

d = Doc("p351-6", TEXT, [
    "National press (VnExpress-style): Hà Nội weekly dengue figures. Dateline 'Thứ ba, 10/9/2024, 14:20 (GMT+7)', byline at the end.",
    "The title's 'tăng 1,5 lần trong tuần' restates the body's change (optional, as a title restatement of an attribute).",
    "'Tuần qua (từ 30/8 đến 6/9)' takes 2024 from the dateline. '26/30 quận, huyện, thị xã' total 30. District list periods are 'trong tuần' (relative: inherited).",
    "'gấp 2 lần cùng kỳ năm 2023' is the change of 5.128 (unit lần); 'tăng 12 ổ so với tuần trước' the change of 47. 'hiện … còn 68 ổ dịch' names no period.",
    "'tập trung tại huyện Đan Phượng (14 ổ dịch), …' has no part-of cue: no total. HI 12,5% 'vượt ngưỡng nguy cơ 10%': the threshold is optional.",
    "'2-3 tuần tới' is a time window (optional); 'khoảng 500-600 ca mỗi tuần' a forecast range (about). '28.761 ca mắc, trong đó 14 ca tử vong': the deaths are cases among the 28.761 (same unit 'ca', same year): total.",
    "Distractors: '(GMT+7)', 'số 70 Nguyễn Chí Thanh', byline.",
], published="2024-09-10", location="Hà Nội")

WEEK = P("Tuần qua (từ 30/8 đến 6/9)", "2024-08-30", "2024-09-06")
WEEKi = P("Tuần qua (từ 30/8 đến 6/9)", "2024-08-30", "2024-09-06", inherited=True)
YTD = P("Cộng dồn từ đầu năm đến nay", "2024-01-01", "2024-09-10")
YTD2 = P("từ đầu năm", "2024-01-01", "2024-09-10")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")

d.f("tăng 1,5 lần trong tuần", "1,5", 1.5, "multiple", "lần", "số ca sốt xuất huyết trong tuần", optional=True)
d.f("ghi nhận 386 ca", "386", 386, "count", "ca", "ca mắc sốt xuất huyết", WEEK,
    change=CH("increase", 1.5, "lần", "tuần trước"))
d.f("tại 26/30 quận", "26", 26, "count", "quận, huyện, thị xã", "quận, huyện, thị xã có ca mắc", WEEK, total=30)
d.f("Đan Phượng (54 ca)", "54", 54, "count", "ca", "số mắc sốt xuất huyết trong tuần", WEEKi, location="Đan Phượng")
d.f("Hoàng Mai (37 ca)", "37", 37, "count", "ca", "số mắc sốt xuất huyết trong tuần", WEEKi, location="Hoàng Mai")
d.f("Thanh Oai (29 ca)", "29", 29, "count", "ca", "số mắc sốt xuất huyết trong tuần", WEEKi, location="Thanh Oai")
d.f("Phúc Thọ (26 ca)", "26", 26, "count", "ca", "số mắc sốt xuất huyết trong tuần", WEEKi, location="Phúc Thọ")
d.f("ghi nhận 5.128 ca", "5.128", 5128, "count", "ca", "ca mắc sốt xuất huyết cộng dồn", YTD,
    change=CH("increase", 2, "lần", "cùng kỳ năm 2023"))
d.f("phát hiện 47 ổ dịch", "47", 47, "count", "ổ dịch", "ổ dịch mới phát hiện", WEEKi,
    change=CH("increase", 12, "ổ", "tuần trước"))
d.f("còn 68 ổ dịch", "68", 68, "count", "ổ dịch", "ổ dịch đang hoạt động")
d.f("Đan Phượng (14 ổ dịch)", "14", 14, "count", "ổ dịch", "ổ dịch đang hoạt động", location="Đan Phượng")
d.f("Hoàng Mai (9 ổ dịch)", "9", 9, "count", "ổ dịch", "ổ dịch đang hoạt động", location="Hoàng Mai")
d.f("tổ chức 3 chiến dịch", "3", 3, "count", "chiến dịch", "chiến dịch diệt bọ gậy", YTD2)
d.f("khoảng 1,2 triệu hộ", "1,2", 1200000, "count", "hộ gia đình", "hộ gia đình được kiểm tra, xử lý bọ gậy", YTD2,
    approx="about")
d.f("hơn 25.000 hộ", "25.000", 25000, "count", "hộ", "hộ được phun hóa chất chủ động", YTD2, approx="over")
d.f("là 12,5%", "12,5", 12.5, "percent", "%", "Chỉ số nhà có bọ gậy (HI) trung bình")
d.f("nguy cơ 10%", "10", 10, "percent", "%", "ngưỡng nguy cơ chỉ số nhà có bọ gậy", optional=True)
d.f("trong 2-3 tuần tới", "2", 2, "measure", "tuần", value_max=3, status="forecast", optional=True)
d.f("khoảng 500-600 ca", "500", 500, "count", "ca", "số ca mắc sốt xuất huyết mỗi tuần", value_max=600,
    approx="about", status="forecast")
d.f("ghi nhận 28.761 ca", "28.761", 28761, "count", "ca", "ca mắc sốt xuất huyết", Y22)
d.f("trong đó 14 ca tử vong", "14", 14, "count", "ca", "ca tử vong do sốt xuất huyết", Y22, total=28761)
d.write()
