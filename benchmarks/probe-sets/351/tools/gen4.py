from lib import Doc, P, CH, TG

TEXT = """Bệnh nhân sốt xuất huyết nhập viện tăng cao
15/07/2024 10:45

BKHO - Những ngày gần đây, Khoa Nhiễm - Bệnh viện Đa khoa tỉnh Khánh Hòa luôn trong tình trạng quá tải do số bệnh nhân sốt xuất huyết nhập viện tăng cao.

Theo thống kê của bệnh viện, từ đầu năm đến ngày 14/7, bệnh viện đã tiếp nhận 1.436 ca sốt xuất huyết nhập viện điều trị, tăng gần 2 lần so với cùng kỳ năm 2023; trong đó có 312 ca là trẻ em dưới 16 tuổi, chiếm 21,7%. Riêng tháng 6/2024, số ca nhập viện là 384 ca, gấp 1,8 lần tháng 5.

Hiện mỗi ngày, Khoa Nhiễm tiếp nhận khoảng 40 - 50 bệnh nhân sốt xuất huyết, trong khi khoa chỉ có 60 giường bệnh; có thời điểm số bệnh nhân điều trị nội trú lên tới 132 người, công suất sử dụng giường bệnh trên 200%. Số ca sốt xuất huyết nặng, có dấu hiệu cảnh báo chiếm khoảng 15% tổng số bệnh nhân nhập viện.

Bác sĩ Trần Thị Hạnh, Trưởng khoa Nhiễm cho biết, đến nay khoa đã chuyển 9 ca nặng lên Bệnh viện Chợ Rẫy; 1 ca tử vong là bệnh nhân nữ 17 tuổi, nhập viện muộn khi đã sốc nặng.

Theo Sở Y tế, 6 tháng đầu năm 2024 toàn tỉnh ghi nhận 3.928 ca mắc, tăng 76,2% so với cùng kỳ; các địa phương có số ca cao là TP Nha Trang (1.654 ca), TP Cam Ranh (612 ca), thị xã Ninh Hòa (548 ca). Ngành y tế đã xử lý 286 ổ dịch, phun hóa chất cho gần 4 ngàn hộ gia đình.

Sở Y tế khuyến cáo người dân khi có dấu hiệu sốt cao liên tục từ 2 - 7 ngày cần đến ngay cơ sở y tế, không tự ý điều trị tại nhà; tuyệt đối không truyền dịch tại các cơ sở không có chuyên môn.

Minh Thư
"""

d = Doc("p351-4", TEXT, [
    "Báo Khánh Hòa (Party newspaper, tag 'BKHO'): hospital admissions for dengue. Bare dateline '15/07/2024 10:45', byline at the end.",
    "'từ đầu năm đến ngày 14/7' takes 2024 from the dateline. 'tăng gần 2 lần so với cùng kỳ' and 'gấp 1,8 lần tháng 5' are changes of their counts (unit lần).",
    "'trong đó có 312 ca …, chiếm 21,7%' is a part of 1.436 (same unit, same period): total + percent. Ages 'dưới 16 tuổi', '17 tuổi' and the symptom window 'từ 2 - 7 ngày' are optional.",
    "'Hiện mỗi ngày …' names no period: the daily range 40-50, the 60 beds, 132 in-patients and the shares carry no period. 'đến nay' ends at the dateline.",
    "'khoảng 15% tổng số bệnh nhân nhập viện' is a percent figure (its whole is named, not numbered). District list: places go to location.",
    "'gần 4 ngàn hộ' = 4000 (ngàn = nghìn), nearly; it and the 286 ổ dịch inherit '6 tháng đầu năm 2024' from the sentence before.",
    "Default location Khánh Hòa (named, and the BKHO tag). Distractors: 'Bệnh viện Chợ Rẫy', byline, dateline.",
], published="2024-07-15", location="Khánh Hòa")

YTD = P("từ đầu năm đến ngày 14/7", "2024-01-01", "2024-07-14")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
NOW = P("đến nay", None, "2024-07-15")

d.f("tiếp nhận 1.436 ca", "1.436", 1436, "count", "ca", "ca sốt xuất huyết nhập viện điều trị", YTD,
    change=CH("increase", 2, "lần", "cùng kỳ năm 2023", approx="nearly"))
d.f("có 312 ca", "312", 312, "count", "ca", "ca sốt xuất huyết nhập viện là trẻ em dưới 16 tuổi", YTD,
    total=1436, percent=21.7)
d.f("trẻ em dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", optional=True)
d.f("là 384 ca", "384", 384, "count", "ca", "số ca nhập viện", P("tháng 6/2024", "2024-06-01", "2024-06-30"),
    change=CH("increase", 1.8, "lần", "tháng 5"))
d.f("khoảng 40 - 50 bệnh nhân", "40", 40, "count", "bệnh nhân", "bệnh nhân sốt xuất huyết Khoa Nhiễm tiếp nhận mỗi ngày",
    value_max=50, approx="about")
d.f("có 60 giường bệnh", "60", 60, "count", "giường bệnh", "giường bệnh của Khoa Nhiễm")
d.f("lên tới 132 người", "132", 132, "count", "người", "bệnh nhân điều trị nội trú")
d.f("trên 200%", "200", 200, "percent", "%", "công suất sử dụng giường bệnh", approx="over")
d.f("khoảng 15% tổng số", "15", 15, "percent", "%", "ca sốt xuất huyết nặng, có dấu hiệu cảnh báo", approx="about")
d.f("chuyển 9 ca nặng", "9", 9, "count", "ca", "ca nặng chuyển lên Bệnh viện Chợ Rẫy", NOW)
d.f("1 ca tử vong", "1", 1, "count", "ca", "ca tử vong", NOW)
d.f("nữ 17 tuổi", "17", 17, "measure", "tuổi", optional=True)
d.f("ghi nhận 3.928 ca", "3.928", 3928, "count", "ca", "ca mắc sốt xuất huyết", H1,
    change=CH("increase", 76.2, "%", "cùng kỳ"))
d.f("Nha Trang (1.654 ca)", "1.654", 1654, "count", "ca", "số ca mắc sốt xuất huyết", H1, location="Nha Trang")
d.f("Cam Ranh (612 ca)", "612", 612, "count", "ca", "số ca mắc sốt xuất huyết", H1, location="Cam Ranh")
d.f("Ninh Hòa (548 ca)", "548", 548, "count", "ca", "số ca mắc sốt xuất huyết", H1, location="Ninh Hòa")
d.f("xử lý 286 ổ dịch", "286", 286, "count", "ổ dịch", "ổ dịch đã xử lý", H1i)
d.f("gần 4 ngàn hộ", "4", 4000, "count", "hộ gia đình", "hộ gia đình được phun hóa chất", H1i, approx="nearly")
d.f("từ 2 - 7 ngày", "2", 2, "measure", "ngày", value_max=7, optional=True)
d.write()
