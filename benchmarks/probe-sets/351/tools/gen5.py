from lib import Doc, P, CH, TG

TEXT = """Bộ Y tế: Cả nước ghi nhận hơn 124 nghìn ca mắc sốt xuất huyết, 31 ca tử vong
Ngày đăng: 03/10/2023

(MOH) - Theo báo cáo của Cục Y tế dự phòng, tính đến ngày 30/9/2023, cả nước ghi nhận 124.567 ca mắc sốt xuất huyết, giảm 61,3% so với cùng kỳ năm 2022; 31 ca tử vong, giảm 78 ca.

Riêng trong tuần 39 (từ ngày 25/9 đến ngày 01/10/2023), cả nước ghi nhận 4.862 ca mắc và 2 ca tử vong. Số ca mắc trong tuần giảm 8,2% so với tuần trước.

Các địa phương có số mắc cao là Hà Nội (18.540 ca), Đà Nẵng (9.870 ca), Khánh Hòa (8.215 ca), Bình Định (6.932 ca) và TP Hồ Chí Minh (6.104 ca). Hà Nội là địa phương có số ca mắc tăng mạnh nhất, gấp 3,2 lần cùng kỳ năm 2022, đứng thứ nhất cả nước.

Để chủ động phòng chống dịch, Bộ Y tế đã thành lập 8 đoàn công tác kiểm tra, chỉ đạo tại 16 tỉnh, thành phố trọng điểm; cấp bổ sung 15.000 lít hóa chất diệt muỗi và 40 máy phun hóa chất trị giá khoảng 21,6 tỷ đồng từ nguồn dự trữ quốc gia.

Bộ Y tế đề nghị các địa phương phấn đấu bảo đảm 100% ổ dịch được phát hiện sớm và xử lý triệt để, giữ tỷ lệ tử vong/mắc dưới 0,09%. Theo dự báo, trong tháng 10 và tháng 11/2023, số ca mắc có thể dao động từ 3.000 đến 4.500 ca mỗi tuần.

Theo ước tính của các chuyên gia, mỗi năm sốt xuất huyết gây thiệt hại kinh tế khoảng 1,2 nghìn tỷ đồng cho Việt Nam, chưa kể chi phí gián tiếp do người chăm sóc nghỉ việc.

Người dân cần thực hiện "3 không": không có lăng quăng/bọ gậy, không để muỗi đốt, không để dịch chồng dịch. Đường dây nóng Bộ Y tế: 1900 9095.
"""

d = Doc("p351-5", TEXT, [
    "Cổng TTĐT Bộ Y tế (ministry site, '(MOH)'): national dengue situation up to 30/9/2023. Dateline 'Ngày đăng: 03/10/2023'.",
    "National figures: location Việt Nam; the province list puts each province in location with the list's indicator as subject (period inherited from 'tính đến ngày 30/9/2023').",
    "The title restates the body ('hơn 124 nghìn' = 124000, over; '31 ca tử vong'): both are figures, period none in the title.",
    "'31 ca tử vong, giảm 78 ca': the change belongs to 31. 'Số ca mắc trong tuần giảm 8,2% so với tuần trước' stands as its own claim: a percent figure (period inherited from the week sentence).",
    "'gấp 3,2 lần cùng kỳ năm 2022' has no count in its sentence: a multiple figure of Hà Nội; 'đứng thứ nhất cả nước' a rank 1 of Hà Nội.",
    "'16 tỉnh, thành phố' a count of provinces (Việt Nam). '100% ổ dịch' and 'dưới 0,09%' are targets ('phấn đấu'). '3.000 đến 4.500 ca mỗi tuần' is a forecast range.",
    "'khoảng 1,2 nghìn tỷ đồng' = 1,2·10^12, status estimate ('Theo ước tính'). Distractors: '\"3 không\"' (a slogan), hotline '1900 9095', 'tuần 39'.",
], published="2023-10-03", location="Việt Nam")

ASOF = P("tính đến ngày 30/9/2023", None, "2023-09-30")
ASOFi = P("tính đến ngày 30/9/2023", None, "2023-09-30", inherited=True)
WEEK = P("tuần 39 (từ ngày 25/9 đến ngày 01/10/2023)", "2023-09-25", "2023-10-01")
WEEKi = P("tuần 39 (từ ngày 25/9 đến ngày 01/10/2023)", "2023-09-25", "2023-10-01", inherited=True)

d.f("hơn 124 nghìn ca", "124", 124000, "count", "ca", "ca mắc sốt xuất huyết", approx="over")
d.f("huyết, 31 ca tử vong\n", "31", 31, "count", "ca", "ca tử vong do sốt xuất huyết")
d.f("ghi nhận 124.567 ca", "124.567", 124567, "count", "ca", "ca mắc sốt xuất huyết", ASOF,
    change=CH("decrease", 61.3, "%", "cùng kỳ năm 2022"))
d.f("2022; 31 ca tử vong", "31", 31, "count", "ca", "ca tử vong", ASOF, change=CH("decrease", 78, "ca"))
d.f("ghi nhận 4.862 ca", "4.862", 4862, "count", "ca", "ca mắc sốt xuất huyết", WEEK)
d.f("và 2 ca tử vong", "2", 2, "count", "ca", "ca tử vong", WEEK)
d.f("giảm 8,2% so với tuần trước", "8,2", 8.2, "percent", "%", "mức giảm số ca mắc trong tuần so với tuần trước", WEEKi)
d.f("Hà Nội (18.540 ca)", "18.540", 18540, "count", "ca", "số mắc sốt xuất huyết", ASOFi, location="Hà Nội")
d.f("Đà Nẵng (9.870 ca)", "9.870", 9870, "count", "ca", "số mắc sốt xuất huyết", ASOFi, location="Đà Nẵng")
d.f("Khánh Hòa (8.215 ca)", "8.215", 8215, "count", "ca", "số mắc sốt xuất huyết", ASOFi, location="Khánh Hòa")
d.f("Bình Định (6.932 ca)", "6.932", 6932, "count", "ca", "số mắc sốt xuất huyết", ASOFi, location="Bình Định")
d.f("Hồ Chí Minh (6.104 ca)", "6.104", 6104, "count", "ca", "số mắc sốt xuất huyết", ASOFi, location="Hồ Chí Minh")
d.f("gấp 3,2 lần", "3,2", 3.2, "multiple", "lần", "số ca mắc so với cùng kỳ năm 2022", ASOFi, location="Hà Nội")
d.f("đứng thứ nhất cả nước", "nhất", 1, "rank", "hạng", "số ca mắc sốt xuất huyết tăng", ASOFi, location="Hà Nội")
d.f("thành lập 8 đoàn", "8", 8, "count", "đoàn công tác", "đoàn công tác kiểm tra, chỉ đạo phòng chống sốt xuất huyết")
d.f("tại 16 tỉnh", "16", 16, "count", "tỉnh, thành phố", "tỉnh, thành phố trọng điểm được kiểm tra")
d.f("bổ sung 15.000 lít", "15.000", 15000, "measure", "lít", "hóa chất diệt muỗi cấp bổ sung")
d.f("và 40 máy phun", "40", 40, "count", "máy phun", "máy phun hóa chất cấp bổ sung")
d.f("khoảng 21,6 tỷ đồng", "21,6", 21600000000, "money", "đồng", "trị giá hóa chất và máy phun cấp bổ sung",
    approx="about")
d.f("bảo đảm 100% ổ dịch", "100", 100, "percent", "%", "ổ dịch được phát hiện sớm và xử lý triệt để", status="target")
d.f("dưới 0,09%", "0,09", 0.09, "percent", "%", "tỷ lệ tử vong/mắc", approx="under", status="target")
d.f("từ 3.000 đến 4.500 ca", "3.000", 3000, "count", "ca", "số ca mắc sốt xuất huyết mỗi tuần",
    P("trong tháng 10 và tháng 11/2023", "2023-10-01", "2023-11-30"), value_max=4500, status="forecast")
d.f("khoảng 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "thiệt hại kinh tế do sốt xuất huyết mỗi năm",
    approx="about", status="estimate")
d.write()
