"""p1287-6: national newspaper: Hà Nội offices must cut air conditioning; national record consumption."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Dân sinh

Hà Nội yêu cầu công sở tắt điều hòa sau 17 giờ

Thứ tư, 5/6/2024, 16:40 (GMT+7)

Các cơ quan hành chính tại Hà Nội phải cài đặt điều hòa không thấp hơn 26 độ C, cắt giảm chiếu sáng trang trí trong bối cảnh tiêu thụ điện lập kỷ lục.

Theo văn bản UBND TP Hà Nội ban hành ngày 4/6, các cơ quan hành chính, đơn vị sự nghiệp cài đặt điều hòa ở mức 26-27 độ C, tắt điều hòa sau 17 giờ và cắt giảm ít nhất 50% đèn chiếu sáng trang trí, quảng cáo trong giờ cao điểm tối.

Theo Tập đoàn Điện lực Việt Nam (EVN), ngày 4/6, sản lượng điện tiêu thụ toàn hệ thống đạt 1,02 tỷ kWh, mức cao nhất từ trước đến nay; công suất đỉnh đạt 48.950 MW, tăng khoảng 12% so với cùng kỳ năm 2023. Riêng Hà Nội tiêu thụ 96,4 triệu kWh, chiếm 9,5% toàn hệ thống.

Ông Nguyễn Văn Khải, Phó Giám đốc EVNHANOI, cho biết điều hòa chiếm tới 40-50% lượng điện tiêu thụ của các tòa nhà văn phòng trên địa bàn Thủ đô vào mùa hè. "Nếu mỗi công sở tắt điều hòa sớm 30 phút, thành phố có thể tiết kiệm hàng chục nghìn kWh mỗi ngày", ông nói.

Từ đầu năm đến nay, 1.350 cơ quan, đơn vị tại Hà Nội đã ký cam kết tiết kiệm điện. Điện năng tiêu thụ của khối công sở 5 tháng giảm 4,6% so với cùng kỳ, tương đương khoảng 7,8 triệu kWh. Mục tiêu năm 2024 của thành phố là tiết kiệm tối thiểu 2,5% tổng điện năng tiêu thụ, trong đó khu vực công sở đạt ít nhất 10%.

Khách hàng cần hỗ trợ liên hệ Tổng đài 1900 1288.

Võ Hải
"""

D46 = per("ngày 4/6", "2024-06-04", "2024-06-04")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-05")
M5 = per("5 tháng", "2024-01-01", "2024-05-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
VN, HN = "Việt Nam", "Hà Nội"

FIGS = [
    fig("không thấp hơn 26 độ C", "26", 26, "measure", "độ C", approx="at_least",
        subject="nhiệt độ cài đặt điều hòa"),
    fig("mức 26-27 độ C", "26", 26, "measure", "độ C", value_max=27,
        subject="nhiệt độ cài đặt điều hòa"),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least",
        subject="đèn chiếu sáng trang trí, quảng cáo cắt giảm"),
    fig("đạt 1,02 tỷ", "1,02", 1.02e9, "measure", "kWh",
        subject="sản lượng điện tiêu thụ toàn hệ thống", period=D46, location=VN),
    fig("đạt 48.950 MW", "48.950", 48950, "measure", "MW",
        change=chg("increase", 12, "%", "cùng kỳ năm 2023", approx="about"),
        subject="công suất đỉnh", period=D46, location=VN),
    fig("tiêu thụ 96,4 triệu", "96,4", 96.4e6, "measure", "kWh", percent=9.5,
        subject="điện Hà Nội tiêu thụ", period=inh(D46)),
    fig("tới 40-50%", "40", 40, "percent", "%", value_max=50,
        subject="tỷ trọng điện điều hòa tiêu thụ trong các tòa nhà văn phòng"),
    fig("sớm 30 phút", "30", 30, "measure", "phút", optional=True,
        subject="thời gian tắt điều hòa sớm"),
    fig("hàng chục nghìn kWh", "chục", 10000, "measure", "kWh/ngày", approx="about", optional=True,
        subject="điện thành phố có thể tiết kiệm mỗi ngày"),
    fig("nay, 1.350 cơ quan", "1.350", 1350, "count", "cơ quan, đơn vị",
        subject="cơ quan, đơn vị đã ký cam kết tiết kiệm điện", period=YTD),
    fig("giảm 4,6%", "4,6", 4.6, "percent", "%", subject="điện năng tiêu thụ của khối công sở", period=M5),
    fig("khoảng 7,8 triệu", "7,8", 7.8e6, "measure", "kWh", approx="about",
        subject="điện năng tiêu thụ của khối công sở giảm", period=M5),
    fig("tối thiểu 2,5%", "2,5", 2.5, "percent", "%", approx="at_least", status="target",
        subject="tiết kiệm tổng điện năng tiêu thụ", period=Y24),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="tiết kiệm điện khu vực công sở", period=Y24),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ tư, 5/6/2024, 16:40 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '17 giờ' (twice, time of day), 16:40, '(GMT+7)', 'ngày 4/6' as the date of a document, hotline '1900 1288'.",
    "Location: Hà Nội by default; EVN's system figures (1,02 tỷ kWh, 48.950 MW) are national → Việt Nam.",
    "'không thấp hơn 26 độ C' in the sapo: at_least ('không dưới' family); the rule is stated as a fact, status actual (no spec cue).",
    "'ban hành ngày 4/6' dates the document, not the rule: '26-27 độ C' and 'ít nhất 50%' get no period.",
    "Optional: the quote's hypothetical 'sớm 30 phút' and 'hàng chục nghìn kWh mỗi ngày' (value 10 000, about).",
    "'ngày 4/6' → one-day period 2024-06-04; '96,4 triệu kWh, chiếm 9,5%' → percent 9.5, period inherited (new sentence).",
    "'tăng khoảng 12% so với cùng kỳ năm 2023' → change of 48.950 MW (approx about inside the change).",
    "'5 tháng giảm 4,6% …, tương đương khoảng 7,8 triệu kWh': rate as the claim (percent) + an amount of its own.",
    "'Mục tiêu năm 2024 … tối thiểu 2,5% …, trong đó … ít nhất 10%' → two target percents, at_least.",
]

if __name__ == "__main__":
    write("p1287-6", TEXT, NOTES, FIGS, published="2024-06-05", location="Hà Nội")
