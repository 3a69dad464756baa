"""p1360-6: national newspaper (Khánh Hòa): canyoning and zipline prices up 10-15%, Yang Bay and Hòn Tằm, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Du lịch › Điểm đến
Thứ bảy, 13/7/2024, 09:20 (GMT+7)

Giá tour đu dây, vượt thác ở Khánh Hòa tăng 10-15%

Giá các tour mạo hiểm ở Khánh Hòa mùa hè này tăng 10-15% so với năm ngoái, song nhiều ngày vẫn hết chỗ.

Tại khu du lịch Yang Bay, huyện Khánh Vĩnh, tour vượt thác trọn ngày có giá 1,2 triệu đồng/khách, tour kết hợp đu dây zipline 1,65 triệu đồng/khách, đã gồm bữa trưa và bảo hiểm. Anh Trần Minh Khoa, quản lý Công ty TNHH Thác Xanh, cho biết tháng 6 công ty đón hơn 3.000 khách, gấp đôi tháng 5; riêng khách Hàn Quốc chiếm gần 45%. Công ty có 35 hướng dẫn viên, mỗi người dẫn tối đa 6 khách trong một chặng vượt thác.

Ở TP Nha Trang, tuyến zipline trên đảo Hòn Tằm dài khoảng 500 m, vé 350.000 đồng/lượt, mỗi ngày phục vụ 400-500 lượt vào cao điểm.

Theo Sở Du lịch Khánh Hòa, 6 tháng đầu năm, toàn tỉnh có 14 điểm kinh doanh du lịch mạo hiểm, đón khoảng 96.000 lượt khách, tăng 32% so với cùng kỳ năm 2023. Năm 2023, Khánh Hòa xếp thứ 3 cả nước về lượng khách du lịch mạo hiểm, sau Lâm Đồng và Quảng Bình.

Sở dự kiến kiểm tra đột xuất ít nhất 5 điểm trong quý III, tập trung vào hệ thống dây cáp và thiết bị bảo hộ. "Khách nên chọn đơn vị có giấy phép, hỏi rõ bảo hiểm trước khi tham gia", đại diện Sở khuyến cáo.

Bùi Toàn
"""

M6 = per("tháng 6", "2024-06-01", "2024-06-30")
H6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q3 = per("quý III", "2023-07-01", "2023-09-30")
KV, NT = "Khánh Vĩnh", "Nha Trang"

FIGS = [
    fig("Khánh Hòa tăng 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá tour đu dây, vượt thác"),
    fig("này tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá các tour mạo hiểm"),
    fig("giá 1,2 triệu", "1,2", 1.2e6, "money", "đồng/khách", subject="giá tour vượt thác trọn ngày",
        location=KV),
    fig("1,65 triệu", "1,65", 1.65e6, "money", "đồng/khách", subject="giá tour kết hợp đu dây zipline",
        location=KV),
    fig("hơn 3.000 khách", "3.000", 3000, "count", "khách", approx="over",
        change=chg("increase", 2, "lần", "tháng 5"), subject="khách Công ty TNHH Thác Xanh đón",
        period=M6, location=KV),
    fig("gần 45%", "45", 45, "percent", "%", approx="nearly", subject="tỷ trọng khách Hàn Quốc",
        period=M6, location=KV),
    fig("có 35 hướng dẫn viên", "35", 35, "count", "hướng dẫn viên", subject="hướng dẫn viên của công ty",
        location=KV),
    fig("tối đa 6 khách", "6", 6, "measure", "khách/người", approx="at_most",
        subject="số khách mỗi hướng dẫn viên dẫn trong một chặng vượt thác", location=KV),
    fig("khoảng 500 m", "500", 500, "measure", "m", approx="about",
        subject="chiều dài tuyến zipline trên đảo Hòn Tằm", location=NT),
    fig("350.000 đồng/lượt", "350.000", 350000, "money", "đồng/lượt", subject="giá vé zipline", location=NT),
    fig("phục vụ 400-500 lượt", "400", 400, "measure", "lượt/ngày", value_max=500,
        subject="lượt tuyến zipline phục vụ mỗi ngày vào cao điểm", location=NT),
    fig("có 14 điểm", "14", 14, "count", "điểm", subject="điểm kinh doanh du lịch mạo hiểm", period=H6),
    fig("khoảng 96.000", "96.000", 96000, "count", "lượt khách", approx="about",
        change=chg("increase", 32, "%", "cùng kỳ năm 2023"), subject="lượt khách các điểm du lịch mạo hiểm đón",
        period=H6),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="lượng khách du lịch mạo hiểm", period=Y23),
    fig("ít nhất 5 điểm", "5", 5, "count", "điểm", approx="at_least", status="forecast",
        subject="điểm được kiểm tra đột xuất", period=Q3),
]

NOTES = [
    "National newspaper online: section path, 'Thứ bảy, 13/7/2024, 09:20 (GMT+7)' (published), headline, sapo, byline at the end.",
    "Distractors: 09:20, GMT+7, 'năm ngoái' (a baseline), 'một chặng' (not a count of anything reported), the byline.",
    "Headline and sapo 'tăng 10-15%' are price growth as the claim: percent ranges without change; 'mùa hè này' is not a dated period.",
    "Yang Bay paragraph → location Khánh Vĩnh; Hòn Tằm in TP Nha Trang → Nha Trang; Sở figures → Khánh Hòa.",
    "'gấp đôi tháng 5' (đôi = 2) is the change of 'hơn 3.000 khách', unit lần; 'tháng 6', '6 tháng đầu năm' take 2024 (dateline).",
    "'riêng khách Hàn Quốc chiếm gần 45%' is a percent figure of its own (a part's share); Hàn Quốc is a source market, not a place.",
    "'mỗi người dẫn tối đa 6 khách' → measure, khách/người, at_most. 'mỗi ngày phục vụ 400-500 lượt' → measure lượt/ngày.",
    "'Năm 2023, Khánh Hòa xếp thứ 3 cả nước' → rank 3, location Khánh Hòa. 'Sở dự kiến ... ít nhất 5 điểm trong quý III' → forecast.",
    "revised after the first run: 'quý III' was 2024-07..09 (the reader's year); FIGURES.md gives a year-less phrase the year of the nearest",
    "earlier period anywhere in the article, here 'Năm 2023' of the rank sentence → 2023-07-01..2023-09-30 (see REPORT: a spec issue).",
]

if __name__ == "__main__":
    write("p1360-6", TEXT, NOTES, FIGS, published="2024-07-13", location="Khánh Hòa")
