"""p550-5: Party newspaper (Báo Thừa Thiên Huế), heritage sites and Festival Huế 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """BÁO THỪA THIÊN HUẾ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thừa Thiên Huế
Du lịch

Festival Huế 2024 góp phần đưa lượng khách đến di tích tăng 38%

Sau Tuần lễ Festival Huế 2024 (từ ngày 3 đến 9/6), lượng khách đến Quần thể di tích Cố đô Huế tiếp tục tăng mạnh, nhất là khách quốc tế.

Theo Trung tâm Bảo tồn Di tích Cố đô Huế, 6 tháng đầu năm 2024, các điểm di tích đón 1,63 triệu lượt khách tham quan, tăng 38% so với cùng kỳ; trong đó khách quốc tế 892.000 lượt, chiếm 54,7%. Doanh thu bán vé đạt 238,6 tỷ đồng, tăng 41,2%.

Đại Nội vẫn là điểm đến hút khách nhất với 1,02 triệu lượt; tiếp đến là lăng Khải Định 265.000 lượt, lăng Minh Mạng 148.000 lượt và lăng Tự Đức 139.000 lượt. Giá vé tham quan Đại Nội đối với người lớn hiện là 200.000 đồng/lượt; vào Chủ nhật đầu tiên mỗi tháng, khách Việt Nam được miễn phí.

Riêng trong Tuần lễ Festival, toàn tỉnh đón khoảng 160.000 lượt khách, công suất phòng các khách sạn từ 3 sao trở lên đạt trên 85%. Chương trình nghệ thuật "Đêm Hoàng cung" thu hút gần 12.000 lượt khách với 6 đêm diễn.

Năm 2024, tỉnh đặt mục tiêu đón 4,2 triệu lượt khách, doanh thu du lịch khoảng 7.200 tỷ đồng. Ông Hoàng Việt Trung, Giám đốc Trung tâm, cho biết từ tháng 7, đơn vị mở thêm tour đêm "Đi bộ kinh thành" vào các tối thứ 6, thứ 7 hằng tuần.

Ảnh: Du khách tham quan Ngọ Môn, ngày 15/6.

HẢI THUẬN
12/07/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FW = P("Tuần lễ Festival", "2024-06-03", "2024-06-09", inh=True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("di tích tăng 38%", "38", 38, "percent", "%", subject="lượng khách đến di tích", period=I(H1)),
    F("đón 1,63 triệu lượt khách tham quan", "1,63", 1630000, "count", "lượt khách tham quan",
      change=CH("increase", 38, baseline="cùng kỳ"), subject="lượt khách tham quan các điểm di tích",
      period=H1),
    F("khách quốc tế 892.000 lượt", "892.000", 892000, "count", "lượt", total=1630000, percent=54.7,
      subject="khách quốc tế", period=H1),
    F("đạt 238,6 tỷ đồng", "238,6", 238.6e9, "money", "đồng", change=CH("increase", 41.2),
      subject="doanh thu bán vé", period=I(H1)),
    F("với 1,02 triệu lượt", "1,02", 1020000, "count", "lượt", subject="lượt khách đến Đại Nội", period=I(H1)),
    F("Khải Định 265.000 lượt", "265.000", 265000, "count", "lượt", subject="lượt khách đến lăng Khải Định",
      period=I(H1)),
    F("Minh Mạng 148.000 lượt", "148.000", 148000, "count", "lượt", subject="lượt khách đến lăng Minh Mạng",
      period=I(H1)),
    F("Tự Đức 139.000 lượt", "139.000", 139000, "count", "lượt", subject="lượt khách đến lăng Tự Đức",
      period=I(H1)),
    F("là 200.000 đồng/lượt", "200.000", 200000, "money", "đồng/lượt",
      subject="giá vé tham quan Đại Nội đối với người lớn"),
    F("khoảng 160.000 lượt khách", "160.000", 160000, "count", "lượt khách", approx="about",
      subject="lượt khách toàn tỉnh đón trong Tuần lễ Festival", period=FW),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", optional=True),
    F("đạt trên 85%", "85", 85, "percent", "%", approx="over",
      subject="công suất phòng các khách sạn từ 3 sao trở lên", period=FW),
    F("gần 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", approx="nearly",
      subject="lượt khách xem chương trình nghệ thuật Đêm Hoàng cung", period=FW),
    F("với 6 đêm diễn", "6", 6, "count", "đêm diễn", subject="đêm diễn chương trình Đêm Hoàng cung", period=FW),
    F("đón 4,2 triệu lượt khách", "4,2", 4200000, "count", "lượt khách", status="target",
      subject="lượt khách", period=Y),
    F("khoảng 7.200 tỷ đồng", "7.200", 7200e9, "money", "đồng", approx="about", status="target",
      subject="doanh thu du lịch", period=Y),
]

COMMENTS = [
    "Báo Thừa Thiên Huế (Party newspaper): heritage-site visitors in 6 tháng 2024, Festival Huế week, 2024 targets; byline and bare date at the end.",
    "Headline 'lượng khách đến di tích tăng 38%' is a growth rate that is the claim: percent figure, no change. In the lead, 'tăng 38% so với cùng kỳ' is the change of 1,63 triệu.",
    "'trong đó khách quốc tế 892.000 lượt, chiếm 54,7%' → total 1,63 triệu, percent 54,7. Heritage sites (Đại Nội, lăng …) are not districts: subject, not location.",
    "Festival week figures take the week 3-9/6/2024 stated in an earlier sentence (inherited). 'từ 3 sao trở lên' is a threshold class: optional.",
    "'đặt mục tiêu' → target, continuing to the revenue clause. Distractors: 'Festival Huế 2024', 'từ ngày 3 đến 9/6', 'Chủ nhật đầu tiên', 'thứ 6, thứ 7', 'ngày 15/6', 'từ tháng 7'.",
]

if __name__ == "__main__":
    emit("p550-5", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Thừa Thiên Huế")
