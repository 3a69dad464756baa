"""p1325-5: national newspaper (VnExpress-like): street-food night tours in Hà Nội's Old Quarter, June 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Du lịch › Ẩm thực
Thứ bảy, 22/6/2024, 08:15 (GMT+7)

Tour ăn đêm phố cổ Hà Nội kín chỗ mùa hè

Nhiều tour ẩm thực đường phố ở Hà Nội kín chỗ trước 5-7 ngày, khách quốc tế chiếm hơn 80%.

Tối 20/6, nhóm 8 khách Mỹ theo hướng dẫn viên của Hanoi Street Bites xuất phát từ văn phòng ở số 45 Hàng Bạc, đi bộ khoảng 2,5 km qua 6 điểm ăn: bún chả, bánh cuốn, nem rán, chè và cà phê trứng.

Công ty mỗi tối tổ chức 12-15 nhóm, mỗi nhóm không quá 8 khách, giá 45-60 USD/khách. Từ đầu năm, công ty phục vụ khoảng 14.000 lượt khách, doanh thu hơn 17 tỷ đồng, tăng 35% so với cùng kỳ năm ngoái. "Tháng 6, tháng 7 là cao điểm của khách Mỹ, Australia, chúng tôi phải tuyển thêm 10 hướng dẫn viên, nâng tổng số lên 42 người", anh Đỗ Quang Huy, đồng sáng lập, cho biết. Năm nay, công ty dự kiến đón khoảng 30.000 lượt khách.

Theo Sở Du lịch Hà Nội, thành phố hiện có khoảng 120 doanh nghiệp khai thác tour ẩm thực. Năm ngoái, Hà Nội đón 24,1 triệu lượt khách, trong đó 4,6 triệu lượt khách quốc tế; chi tiêu cho ăn uống chiếm 22-25% tổng chi tiêu của khách quốc tế. Hà Nội hiện được trang TasteAtlas xếp thứ 9 trong danh sách thành phố có ẩm thực ngon nhất thế giới.

Cả nước 5 tháng đầu năm 2024 đón gần 7,6 triệu lượt khách quốc tế, tăng 64,3% so với cùng kỳ năm trước.

Hoài Anh
"""

EVE = per("Tối 20/6", "2024-06-20", "2024-06-20")
YTD = per("Từ đầu năm", "2024-01-01", "2024-06-22")
THIS = per("Năm nay", "2024-01-01", "2024-12-31")
LAST = per("Năm ngoái", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

FIGS = [
    fig("trước 5-7 ngày", "5", 5, "measure", "ngày", value_max=7, optional=True,
        subject="thời gian kín chỗ trước"),
    fig("chiếm hơn 80%", "80", 80, "percent", "%", approx="over",
        subject="khách quốc tế trong khách tour ẩm thực đường phố"),
    fig("nhóm 8 khách Mỹ", "8", 8, "count", "khách", subject="khách Mỹ trong nhóm", period=EVE),
    fig("khoảng 2,5 km", "2,5", 2.5, "measure", "km", approx="about", subject="quãng đường đi bộ",
        period=EVE),
    fig("qua 6 điểm ăn", "6", 6, "count", "điểm ăn", subject="điểm ăn", period=EVE),
    fig("tổ chức 12-15 nhóm", "12", 12, "measure", "nhóm/tối", value_max=15,
        subject="nhóm công ty tổ chức mỗi tối"),
    fig("không quá 8 khách", "8", 8, "measure", "khách/nhóm", approx="at_most", subject="khách mỗi nhóm"),
    fig("giá 45-60 USD", "45", 45, "money", "USD/khách", value_max=60, subject="giá tour"),
    fig("khoảng 14.000 lượt", "14.000", 14000, "count", "lượt khách", approx="about",
        subject="lượt khách công ty phục vụ", period=YTD),
    fig("hơn 17 tỷ", "17", 17e9, "money", "đồng", approx="over",
        change=chg("increase", 35, "%", "cùng kỳ năm ngoái"), subject="doanh thu của công ty", period=YTD),
    fig("thêm 10 hướng dẫn viên", "10", 10, "count", "hướng dẫn viên", subject="hướng dẫn viên tuyển thêm"),
    fig("lên 42 người", "42", 42, "count", "người", subject="tổng số hướng dẫn viên"),
    fig("khoảng 30.000 lượt", "30.000", 30000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách công ty đón", period=THIS),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp khai thác tour ẩm thực"),
    fig("đón 24,1 triệu", "24,1", 24.1e6, "count", "lượt khách", subject="lượt khách Hà Nội đón", period=LAST),
    fig("4,6 triệu lượt", "4,6", 4.6e6, "count", "lượt khách", total=24.1e6, subject="lượt khách quốc tế",
        period=LAST),
    fig("chiếm 22-25%", "22", 22, "percent", "%", value_max=25,
        subject="chi tiêu cho ăn uống trong tổng chi tiêu của khách quốc tế", period=LAST),
    fig("xếp thứ 9", "9", 9, "rank", "hạng", subject="thành phố có ẩm thực ngon nhất thế giới"),
    fig("gần 7,6 triệu", "7,6", 7.6e6, "count", "lượt khách quốc tế", approx="nearly",
        change=chg("increase", 64.3, "%", "cùng kỳ năm trước"), subject="lượt khách quốc tế cả nước đón",
        period=M5, location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress-like): section path, 'Thứ bảy, 22/6/2024, 08:15 (GMT+7)', headline, sapo, byline at the end.",
    "Distractors: 08:15, '(GMT+7)', 'số 45 Hàng Bạc', 'Tháng 6, tháng 7' (months in a quote, no figure).",
    "Sapo 'kín chỗ trước 5-7 ngày': a booking lead time; a duration, not a statistic of the tours: optional.",
    "'Tối 20/6' (year from the dateline) is the date of the anecdote: period 2024-06-20 for the three figures of that sentence.",
    "'mỗi tối tổ chức 12-15 nhóm', 'mỗi nhóm không quá 8 khách' are rates (nhóm/tối, khách/nhóm).",
    "'Từ đầu năm' ends at the dateline 2024-06-22; 'Năm nay' = 2024; 'dự kiến' → forecast; 'Năm ngoái' = 2023.",
    "'trong đó 4,6 triệu lượt khách quốc tế' → total 24,1 triệu; 'chiếm 22-25% tổng chi tiêu' has no base amount: a percent range figure.",
    "The company, city and rank figures are Hà Nội (default); the last sentence 'Cả nước ...' is Việt Nam.",
    "The hiring figures stand in a quote beside 'Tháng 6, tháng 7 là cao điểm': no period annotated.",
]

if __name__ == "__main__":
    write("p1325-5", TEXT, NOTES, FIGS, published="2024-06-22", location="Hà Nội")
