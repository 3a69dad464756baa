"""p1287-5: provincial Party newspaper (Báo Bắc Giang, tag '(BGĐT) -'): air conditioner sales in the heat, peak load, offices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Bạn đọc

Nắng nóng, máy điều hòa "cháy hàng"

Thứ Ba, 11/06/2024 - 07:15

Những ngày gần đây, nắng nóng gay gắt khiến sức mua máy điều hòa tại các siêu thị điện máy tăng mạnh, nhiều mẫu máy Inverter tiết kiệm điện tạm hết hàng.

(BGĐT) - Tại Siêu thị điện máy Hoàng Long trên đường Nguyễn Thị Lưu, TP Bắc Giang, từ đầu tháng 5 đến nay siêu thị đã bán hơn 1.200 bộ điều hòa, gấp đôi cùng kỳ năm trước. Anh Trần Văn Quý, quản lý siêu thị cho biết, giá máy điều hòa phổ biến từ 7,5 đến 14 triệu đồng/bộ; loại 1 chiều công suất 9.000 BTU chiếm khoảng 65% số máy bán ra.

Theo Công ty Điện lực Bắc Giang, ngày 7/6, sản lượng điện tiêu thụ toàn tỉnh đạt kỷ lục 14,8 triệu kWh, tăng 17,5% so với cùng kỳ; công suất cực đại đạt 812 MW. Ông Nguyễn Hữu Thành, Phó Giám đốc công ty khuyến cáo người dân cài đặt điều hòa ở mức 26-28 độ C, kết hợp dùng quạt; chỉ cần tăng nhiệt độ cài đặt thêm 1 độ C, điện năng tiêu thụ của máy có thể giảm 3%.

Ở khu vực công, 5 tháng đầu năm, điện năng tiêu thụ của 324 cơ quan hành chính, đơn vị sự nghiệp cấp tỉnh giảm 7,2% so với cùng kỳ, tương ứng tiết kiệm khoảng 1,1 triệu kWh. Sở Công Thương đã kiểm tra đột xuất 40 cơ quan, chưa phát hiện đơn vị nào bật điều hòa dưới 26 độ C.

Khách hàng cần hỗ trợ về điện liên hệ Tổng đài chăm sóc khách hàng 1900 6769.

THU HƯƠNG

Từ khóa: điều hòa, tiết kiệm điện, nắng nóng
"""

MAY = per("từ đầu tháng 5 đến nay", "2024-05-01", "2024-06-11")
D76 = per("ngày 7/6", "2024-06-07", "2024-06-07")
M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")

FIGS = [
    fig("hơn 1.200 bộ", "1.200", 1200, "count", "bộ điều hòa", approx="over",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="bộ điều hòa Siêu thị điện máy Hoàng Long bán", period=MAY),
    fig("từ 7,5 đến 14 triệu", "7,5", 7.5e6, "money", "đồng/bộ", value_max=14e6,
        subject="giá máy điều hòa phổ biến"),
    fig("công suất 9.000 BTU", "9.000", 9000, "measure", "BTU", optional=True,
        subject="công suất loại máy điều hòa 1 chiều"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="tỷ trọng loại 1 chiều công suất 9.000 BTU trong số máy bán ra"),
    fig("kỷ lục 14,8 triệu", "14,8", 14.8e6, "measure", "kWh",
        change=chg("increase", 17.5, "%", "cùng kỳ"), subject="sản lượng điện tiêu thụ toàn tỉnh", period=D76),
    fig("đạt 812 MW", "812", 812, "measure", "MW", subject="công suất cực đại", period=D76),
    fig("mức 26-28 độ C", "26", 26, "measure", "độ C", value_max=28,
        subject="nhiệt độ cài đặt điều hòa khuyến cáo"),
    fig("thêm 1 độ C", "1", 1, "measure", "độ C", optional=True,
        subject="nhiệt độ cài đặt tăng thêm"),
    fig("giảm 3%", "3", 3, "percent", "%", subject="điện năng tiêu thụ của máy giảm khi tăng nhiệt độ cài đặt"),
    fig("của 324 cơ quan", "324", 324, "count", "cơ quan hành chính, đơn vị sự nghiệp",
        subject="cơ quan hành chính, đơn vị sự nghiệp cấp tỉnh", period=M5),
    fig("giảm 7,2%", "7,2", 7.2, "percent", "%",
        subject="điện năng tiêu thụ của cơ quan hành chính, đơn vị sự nghiệp cấp tỉnh", period=M5),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "measure", "kWh", approx="about",
        subject="điện năng tiết kiệm", period=M5),
    fig("đột xuất 40 cơ quan", "40", 40, "count", "cơ quan", subject="cơ quan được kiểm tra đột xuất"),
    fig("dưới 26 độ C", "26", 26, "measure", "độ C", approx="under", optional=True,
        subject="nhiệt độ bật điều hòa"),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang): sapo, tag '(BGĐT) -', 'Thứ Ba, 11/06/2024 - 07:15', byline THU HƯƠNG, tags.",
    "Distractors: 07:15, 'đường Nguyễn Thị Lưu', 'loại 1 chiều' (a product type), hotline '1900 6769', dates 'ngày 7/6', 'tháng 5'.",
    "TP Bắc Giang and the province both normalise to 'Bắc Giang': one location for the article.",
    "'hơn 1.200 bộ điều hòa, gấp đôi cùng kỳ năm trước' → change increase 2 lần ('đôi' = 2). 'từ đầu tháng 5 đến nay' → 2024-05-01..dateline.",
    "'ngày 7/6' → a one-day period (2024-06-07, year from the dateline). '14,8 triệu kWh, tăng 17,5% so với cùng kỳ' → change.",
    "Optional: the product size 'công suất 9.000 BTU' (a model spec), the hypothetical step 'thêm 1 độ C', and 'dưới 26 độ C' in a negated",
    "check ('chưa phát hiện đơn vị nào bật điều hòa dưới 26 độ C': a rule threshold, no stated value of the world).",
    "'khuyến cáo … ở mức 26-28 độ C' → range, actual (no status cue of the spec). 'có thể giảm 3%' → percent figure.",
    "'5 tháng đầu năm … giảm 7,2% so với cùng kỳ, tương ứng tiết kiệm khoảng 1,1 triệu kWh': 7,2% is a rate as the claim (percent, no",
    "change); 1,1 triệu kWh after 'tương ứng' is an amount of its own.",
]

if __name__ == "__main__":
    write("p1287-5", TEXT, NOTES, FIGS, published="2024-06-11", location="Bắc Giang")
