"""p1321-7: news agency (TTXVN): Đà Nẵng inspections of unlicensed guiding, fines, travel firms' first half 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Xã hội › Du lịch

Đà Nẵng xử phạt 14 trường hợp hành nghề hướng dẫn du lịch trái phép

22/07/2024 16:05 GMT+7

Đà Nẵng (TTXVN) - Sở Du lịch thành phố Đà Nẵng cho biết, từ đầu năm đến nay, đoàn kiểm tra liên ngành đã kiểm tra 58 đoàn khách và 36 doanh nghiệp lữ hành; phát hiện, xử phạt 14 trường hợp vi phạm, trong đó 9 trường hợp là người nước ngoài hành nghề hướng dẫn du lịch khi không có thẻ. Tổng số tiền phạt là 176,5 triệu đồng, tăng gần 40% so với cùng kỳ năm 2023.

Các vi phạm tập trung tại quận Sơn Trà (6 trường hợp), quận Ngũ Hành Sơn (5 trường hợp) và huyện Hòa Vang (3 trường hợp), chủ yếu tại bán đảo Sơn Trà, làng đá mỹ nghệ Non Nước và Khu du lịch Bà Nà.

Theo Nghị định số 45/2019/NĐ-CP, hành vi hành nghề hướng dẫn du lịch mà không có thẻ bị phạt tiền từ 3 đến 5 triệu đồng; doanh nghiệp sử dụng người không có thẻ hướng dẫn viên có thể bị phạt tối đa 30 triệu đồng.

Đà Nẵng hiện có 3.912 hướng dẫn viên được cấp thẻ, trong đó hơn 2.700 hướng dẫn viên quốc tế, cùng 527 doanh nghiệp lữ hành. 6 tháng đầu năm, các doanh nghiệp lữ hành trên địa bàn đón, phục vụ khoảng 1,9 triệu lượt khách, tăng 31% so với cùng kỳ, trong đó khách quốc tế chiếm 57%.

Thời gian tới, Sở dự kiến tổ chức 4 đợt kiểm tra cao điểm và phối hợp với Công an thành phố xác minh 12 tài khoản mạng xã hội quảng cáo tour "0 đồng" dành cho khách nước ngoài.

Đường dây nóng du lịch Đà Nẵng: 0236.3550.111

(TTXVN/Vietnam+)
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-07-22")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
VN = "Việt Nam"

FIGS = [
    fig("xử phạt 14 trường hợp hành nghề", "14", 14, "count", "trường hợp",
        subject="trường hợp hành nghề hướng dẫn du lịch trái phép bị xử phạt"),
    fig("kiểm tra 58 đoàn", "58", 58, "count", "đoàn khách", subject="đoàn khách được kiểm tra", period=YTD),
    fig("và 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp lữ hành",
        subject="doanh nghiệp lữ hành được kiểm tra", period=YTD),
    fig("xử phạt 14 trường hợp vi phạm", "14", 14, "count", "trường hợp",
        subject="trường hợp vi phạm bị phát hiện, xử phạt", period=YTD),
    fig("trong đó 9 trường hợp", "9", 9, "count", "trường hợp", total=14,
        subject="người nước ngoài hành nghề hướng dẫn du lịch khi không có thẻ", period=YTD),
    fig("là 176,5 triệu", "176,5", 176.5e6, "money", "đồng",
        change=chg("increase", 40, "%", "cùng kỳ năm 2023", approx="nearly"),
        subject="tổng số tiền phạt", period=inh(YTD)),
    fig("(6 trường hợp)", "6", 6, "count", "trường hợp", subject="vi phạm", period=inh(YTD), location="Sơn Trà"),
    fig("(5 trường hợp)", "5", 5, "count", "trường hợp", subject="vi phạm", period=inh(YTD),
        location="Ngũ Hành Sơn"),
    fig("(3 trường hợp)", "3", 3, "count", "trường hợp", subject="vi phạm", period=inh(YTD), location="Hòa Vang"),
    fig("từ 3 đến 5 triệu", "3", 3e6, "money", "đồng", value_max=5e6,
        subject="mức phạt tiền hành vi hành nghề hướng dẫn du lịch mà không có thẻ", location=VN),
    fig("tối đa 30 triệu", "30", 30e6, "money", "đồng", approx="at_most",
        subject="mức phạt doanh nghiệp sử dụng người không có thẻ hướng dẫn viên", location=VN),
    fig("có 3.912 hướng dẫn viên", "3.912", 3912, "count", "hướng dẫn viên",
        subject="hướng dẫn viên được cấp thẻ"),
    fig("hơn 2.700 hướng dẫn viên", "2.700", 2700, "count", "hướng dẫn viên", approx="over", total=3912,
        subject="hướng dẫn viên quốc tế"),
    fig("cùng 527 doanh nghiệp", "527", 527, "count", "doanh nghiệp", subject="doanh nghiệp lữ hành"),
    fig("khoảng 1,9 triệu", "1,9", 1.9e6, "count", "lượt khách", approx="about",
        change=chg("increase", 31, "%", "cùng kỳ"),
        subject="lượt khách các doanh nghiệp lữ hành đón, phục vụ", period=H1),
    fig("chiếm 57%", "57", 57, "percent", "%", subject="khách quốc tế", period=H1),
    fig("tổ chức 4 đợt", "4", 4, "count", "đợt", status="forecast", subject="đợt kiểm tra cao điểm"),
    fig("xác minh 12 tài khoản", "12", 12, "count", "tài khoản", status="forecast",
        subject="tài khoản mạng xã hội quảng cáo tour \"0 đồng\""),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): section path, '22/07/2024 16:05 GMT+7', 'Đà Nẵng (TTXVN) -', hotline, source tag.",
    "Distractors: 16:05, 'GMT+7', Nghị định số 45/2019/NĐ-CP, hotline 0236.3550.111, 'tour \"0 đồng\"' (a product label, not a price).",
    "Headline 14 is a figure (no period). 'từ đầu năm đến nay' ends at the dateline 2024-07-22; it governs the whole ';' chain of its sentence.",
    "'trong đó 9 trường hợp là người nước ngoài ...' → total 14. 'tăng gần 40% so với cùng kỳ năm 2023' → change of the fines (approx nearly, not scored).",
    "District list '(6 trường hợp)', '(5 ...)', '(3 ...)': each located in its district; the brackets do not follow the whole 14 directly, so no total.",
    "Fine levels of Nghị định 45/2019 are national rules: location Việt Nam (borderline); 'tối đa' → at_most; 'từ 3 đến 5 triệu đồng' → range ×10⁶.",
    "'6 tháng đầu năm' (no year) → 2024 from the dateline. 'trong đó khách quốc tế chiếm 57%' → a percent figure of its own.",
    "'Sở dự kiến tổ chức 4 đợt ... và ... xác minh 12 tài khoản' → forecast for both; 'Thời gian tới' gives no period.",
]

if __name__ == "__main__":
    write("p1321-7", TEXT, NOTES, FIGS, published="2024-07-22", location="Đà Nẵng")
