"""p1536-6: national newspaper: brush and roller makers in Long An (huyện Đức Hòa) working on US orders; national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ ba, 19/11/2024, 07:30 (GMT+7)

Xưởng cọ sơn tăng ca kịp đơn hàng Mỹ

Nhiều doanh nghiệp sản xuất cọ sơn, con lăn ở Long An đã kín đơn hàng đến hết quý I/2025, có nơi phải tuyển thêm hàng trăm công nhân.

Tại nhà máy của Công ty TNHH Dụng cụ sơn Phúc Thịnh ở huyện Đức Hòa, hơn 500 công nhân làm việc theo ca, kể cả chủ nhật. Ông Lê Minh Tâm, Phó tổng giám đốc, cho biết từ đầu năm đến nay công ty đã xuất 86 container cọ và con lăn sang Mỹ, Canada, doanh thu đạt 14,2 triệu USD, tăng 35% so với cùng kỳ năm ngoái.

"Khách Mỹ chuyển bớt đơn hàng từ Trung Quốc sang nên năm nay đơn tăng mạnh", ông Tâm nói. Mỗi tháng nhà máy làm ra khoảng 3 triệu cây cọ và hơn 400 ngàn con lăn; dự kiến cả năm doanh thu đạt 16 triệu USD. Công ty đang tuyển thêm 150 công nhân với mức lương 8-10 triệu đồng một tháng.

Theo Hiệp hội Dụng cụ sơn Việt Nam, cả nước có khoảng 60 doanh nghiệp xuất khẩu cọ sơn, con lăn, riêng Long An có 14 doanh nghiệp. 10 tháng năm 2024, xuất khẩu cọ sơn sang Mỹ đạt 176 triệu USD, tăng 27%; Việt Nam hiện xếp thứ 3 trong các nguồn cung cọ sơn cho thị trường này, sau Trung Quốc và Indonesia.

Tuy vậy, ông Nguyễn Quốc Bảo, Chủ tịch hiệp hội, lưu ý đơn kiện chống bán phá giá đối với cọ sơn nhập khẩu mà Bộ Thương mại Mỹ thụ lý ngày 8/10 có thể khiến nhiều đơn hàng năm 2025 bị dừng. Hiệp hội đã gửi văn bản số 45/HH-DCS đề nghị Bộ Công Thương hỗ trợ doanh nghiệp ứng phó.

Hoàng Nam
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-19")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")

FIGS = [
    fig("hàng trăm công nhân", "hàng trăm", 100, "count", "công nhân", approx="about",
        subject="công nhân tuyển thêm", location="Long An", optional=True),
    fig("hơn 500 công nhân", "500", 500, "count", "công nhân", approx="over",
        subject="công nhân làm việc theo ca tại nhà máy của Công ty TNHH Dụng cụ sơn Phúc Thịnh"),
    fig("xuất 86 container", "86", 86, "count", "container", subject="container cọ và con lăn công ty đã xuất",
        period=YTD),
    fig("đạt 14,2 triệu", "14,2", 14.2e6, "money", "USD", change=chg("increase", 35, "%", "cùng kỳ năm ngoái"),
        subject="doanh thu", period=YTD),
    fig("khoảng 3 triệu", "3", 3e6, "measure", "cây cọ/tháng", approx="about",
        subject="cọ nhà máy làm ra mỗi tháng"),
    fig("hơn 400 ngàn", "400", 400e3, "measure", "con lăn/tháng", approx="over",
        subject="con lăn nhà máy làm ra mỗi tháng"),
    fig("đạt 16 triệu", "16", 16e6, "money", "USD", status="forecast", subject="doanh thu cả năm", period=YEAR),
    fig("thêm 150 công nhân", "150", 150, "count", "công nhân", subject="công nhân công ty đang tuyển thêm"),
    fig("lương 8-10 triệu", "8", 8e6, "money", "đồng/tháng", value_max=10e6, subject="mức lương"),
    fig("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp xuất khẩu cọ sơn, con lăn", location="Việt Nam"),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp xuất khẩu cọ sơn, con lăn", location="Long An"),
    fig("đạt 176 triệu", "176", 176e6, "money", "USD", change=chg("increase", 27, "%"),
        subject="xuất khẩu cọ sơn sang Mỹ", period=M10, location="Việt Nam"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="nguồn cung cọ sơn cho thị trường Mỹ", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ ba, 19/11/2024, 07:30 (GMT+7)', sapo, quote, byline at the end. A Long An firm in huyện Đức Hòa; national figures of the association.",
    "Distractors: 07:30, (GMT+7), 'quý I/2025', 'ngày 8/10', 'năm 2025', 'văn bản số 45/HH-DCS'.",
    "Sapo 'hàng trăm công nhân' is optional (a vague quantity word; value 100). Company figures take Đức Hòa; 'riêng Long An có 14' takes Long An",
    "with no total ('riêng' is no part-of cue); the association's national counts, the export to the US and the supplier rank take Việt Nam.",
    "'Mỗi tháng ... khoảng 3 triệu cây cọ và hơn 400 ngàn con lăn' are rates (…/tháng); 'ngàn' ×1000. 'dự kiến cả năm' = 2024, forecast.",
    "'tăng 27%' has no stated baseline. 'Việt Nam hiện xếp thứ 3' is current ('hiện'): no period.",
]

if __name__ == "__main__":
    write("p1536-6", TEXT, NOTES, FIGS, published="2024-11-19", location="Đức Hòa")
