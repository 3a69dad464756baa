"""p1401-6: national newspaper: the cost of studying in Australia rises (visa fee, proof of funds, tuition), families, a consultancy."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Giáo dục › Du học

Thứ hai, 8/7/2024, 06:00 (GMT+7)

Chi phí du học Úc tăng mạnh

Phí thị thực tăng hơn gấp đôi, mức chứng minh tài chính cao hơn khiến nhiều gia đình Việt cân nhắc lại kế hoạch cho con sang Úc.

Từ ngày 1/7, phí xin thị thực du học Úc (subclass 500) tăng từ 710 lên 1.600 AUD, gấp đôi mức phí của Mỹ và Canada. Trước đó, Bộ Nội vụ Úc đã nâng mức chứng minh tài chính lên tối thiểu 29.710 AUD (khoảng 500 triệu đồng) cho một năm sinh hoạt phí, tăng 21% so với mức cũ. Học phí đại học ở Úc phổ biến từ 30.000 đến 45.000 AUD mỗi năm, riêng ngành y có thể lên tới 80.000 AUD.

Theo Bộ Giáo dục Úc, tính đến tháng 5/2024, có 33.521 sinh viên Việt Nam đang theo học tại Úc, đứng thứ 5 trong số các nước có đông du học sinh nhất.

Chị Phạm Thu Hà, phụ huynh ở Hà Nội, cho biết tổng chi phí năm đầu của con gái dự kiến khoảng 1,3 tỷ đồng. Riêng học phí thạc sĩ đã là 38.000 AUD, sinh hoạt phí chừng 2.000 AUD mỗi tháng.

Ông Đỗ Quang Vinh, Giám đốc Công ty tư vấn du học Sao Phương Nam (TP HCM), cho biết từ đầu năm đến nay, công ty nộp 215 hồ sơ du học Úc, giảm khoảng 30% so với cùng kỳ, trong khi hồ sơ sang Hàn Quốc, Đài Loan tăng gần 40%. "Mỗi năm chúng tôi tư vấn cho khoảng 600 học sinh, nhiều gia đình đang chuyển sang các nước có chi phí thấp hơn", ông Vinh nói.

Lê Nguyễn
"""

ASOF = per("tính đến tháng 5/2024", None, "2024-05-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-07-08")
UC = "Úc"
HN = "Hà Nội"
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("tăng hơn gấp đôi", "đôi", 2, "multiple", "lần", approx="over",
        subject="phí thị thực", location=UC),
    fig("từ 710 lên", "710", 710, "money", "AUD", subject="phí xin thị thực du học Úc trước đây",
        location=UC, optional=True),
    fig("lên 1.600 AUD", "1.600", 1600, "money", "AUD",
        change=chg("increase", 2, "lần", "mức phí của Mỹ và Canada"),
        subject="phí xin thị thực du học Úc", location=UC),
    fig("tối thiểu 29.710 AUD", "29.710", 29710, "money", "AUD", approx="at_least",
        change=chg("increase", 21, "%", "mức cũ"),
        subject="mức chứng minh tài chính cho một năm sinh hoạt phí", location=UC),
    fig("(khoảng 500 triệu", "500", 500e6, "money", "đồng", approx="about",
        subject="mức chứng minh tài chính quy đổi", location=UC, optional=True),
    fig("từ 30.000 đến 45.000", "30.000", 30000, "money", "AUD/năm", value_max=45000,
        subject="học phí đại học ở Úc", location=UC),
    fig("lên tới 80.000 AUD", "80.000", 80000, "money", "AUD", approx="at_most",
        subject="học phí ngành y", location=UC),
    fig("có 33.521 sinh viên", "33.521", 33521, "count", "sinh viên",
        subject="sinh viên Việt Nam đang theo học tại Úc", period=ASOF, location="Việt Nam"),
    fig("đứng thứ 5", "5", 5, "rank", "hạng",
        subject="sinh viên Việt Nam đang theo học tại Úc", period=ASOF, location="Việt Nam"),
    fig("khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng chi phí năm đầu của con gái", location=HN),
    fig("là 38.000 AUD", "38.000", 38000, "money", "AUD", subject="học phí thạc sĩ", location=HN),
    fig("chừng 2.000 AUD", "2.000", 2000, "money", "AUD/tháng", approx="about",
        subject="sinh hoạt phí", location=HN),
    fig("nộp 215 hồ sơ", "215", 215, "count", "hồ sơ",
        change=chg("decrease", 30, "%", "cùng kỳ", approx="about"),
        subject="hồ sơ du học Úc công ty nộp", period=YTD, location=HCM),
    fig("tăng gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="hồ sơ sang Hàn Quốc, Đài Loan", period=YTD, location=HCM),
    fig("khoảng 600 học sinh", "600", 600, "measure", "học sinh/năm", approx="about",
        subject="học sinh công ty tư vấn mỗi năm", location=HCM),
]

NOTES = [
    "National newspaper: section line, 'Thứ hai, 8/7/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'ngày 1/7' (a date, not a period), 'subclass 500' (visa name), 'tháng 5/2024' as-of.",
    "Sapo 'tăng hơn gấp đôi' stands alone as the claim: kind multiple, value 2 (number word 'đôi'), approx over.",
    "'tăng từ 710 lên 1.600 AUD': 1.600 is the figure; the old fee 710 is optional (not a range). 'gấp đôi mức phí của Mỹ và Canada' → change 2 lần.",
    "Location: fees and tuition set by Australia → 'Úc' (the text names the country; a foreign country is the place these figures describe).",
    "Counts of Vietnamese students abroad → Việt Nam (the destination is a partner, cf. the trade-partner rule). Borderline, see REPORT.",
    "'(khoảng 500 triệu đồng)' is a conversion of the 29.710 AUD: optional. 'có thể lên tới 80.000 AUD' read as at_most (borderline cue).",
    "The parent in Hà Nội: location Hà Nội; 'dự kiến' → forecast for 1,3 tỷ; the next sentence states actual fees.",
    "'từ đầu năm đến nay' ends at the dateline 2024-07-08; 'giảm khoảng 30% so với cùng kỳ' → change of 215; 'tăng gần 40%' alone → percent.",
    "'Mỗi năm … khoảng 600 học sinh' is a rate: measure, học sinh/năm.",
]

if __name__ == "__main__":
    write("p1401-6", TEXT, NOTES, FIGS, published="2024-07-08", location="Úc")
