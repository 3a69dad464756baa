"""p1417-8: news agency (TTXVN): Cần Thơ workshop on rational antibiotic use; survey, inspections, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Xã hội > Y tế

Cần Thơ: Hơn 60% người dân từng tự mua kháng sinh không có đơn

Thứ Ba, 26/11/2024 - 16:05

Cần Thơ (TTXVN) - Ngày 26/11, Sở Y tế thành phố Cần Thơ tổ chức hội thảo "Sử dụng kháng sinh hợp lý, phòng chống kháng thuốc" với gần 200 đại biểu là bác sĩ, dược sĩ và chủ cơ sở bán lẻ thuốc.

Theo kết quả khảo sát quý III/2024 của Trung tâm Kiểm soát bệnh tật thành phố trên 2.000 người dân tại 9 quận, huyện, có 61,8% người được hỏi từng tự mua kháng sinh không có đơn, trong đó ở huyện Phong Điền và huyện Thới Lai lần lượt là 70,4% và 68,9%.

Bác sĩ Lâm Thị Ngọc Hân, Phó Giám đốc Sở Y tế cho biết, 10 tháng năm 2024, toàn ngành kiểm tra 365 cơ sở bán lẻ thuốc, xử phạt 27 cơ sở với tổng số tiền 214 triệu đồng, tăng 35% so với cùng kỳ; đình chỉ hoạt động 3 cơ sở. Thành phố hiện có khoảng 1.150 cơ sở bán lẻ thuốc, đứng thứ 3 khu vực Đồng bằng sông Cửu Long.

Tại các bệnh viện, tỷ lệ người bệnh nội trú được chỉ định kháng sinh dao động từ 55% đến 65%. Bệnh viện Đa khoa thành phố ghi nhận tỷ lệ Staphylococcus aureus kháng methicillin (MRSA) là 73,1%.

Mục tiêu đến năm 2025, Cần Thơ giảm 15% lượng kháng sinh sử dụng tại bệnh viện so với năm 2022, 100% cơ sở bán lẻ thuốc thực hiện bán thuốc kê đơn theo đơn điện tử. Dự kiến trong tháng 12, Sở Y tế sẽ phối hợp Công an thành phố mở đợt kiểm tra cao điểm tại 5 quận trung tâm.

Thanh Liêm (TTXVN)

Bản quyền thuộc Thông tấn xã Việt Nam. Địa chỉ: 79 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội.
"""

Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T25 = per("đến năm 2025", None, "2025-12-31")
DEC = per("tháng 12", "2024-12-01", "2024-12-31")

FIGS = [
    fig("Hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="người dân từng tự mua kháng sinh không có đơn"),
    fig("gần 200 đại biểu", "200", 200, "count", "đại biểu", approx="nearly", subject="đại biểu dự hội thảo"),
    fig("trên 2.000 người", "2.000", 2000, "count", "người dân", subject="người dân được khảo sát", period=Q3),
    fig("tại 9 quận", "9", 9, "count", "quận, huyện", subject="quận, huyện được khảo sát", period=Q3),
    fig("có 61,8%", "61,8", 61.8, "percent", "%",
        subject="người được hỏi từng tự mua kháng sinh không có đơn", period=Q3),
    fig("là 70,4%", "70,4", 70.4, "percent", "%",
        subject="người được hỏi từng tự mua kháng sinh không có đơn", period=Q3, location="Phong Điền"),
    fig("và 68,9%", "68,9", 68.9, "percent", "%",
        subject="người được hỏi từng tự mua kháng sinh không có đơn", period=Q3, location="Thới Lai"),
    fig("kiểm tra 365 cơ sở", "365", 365, "count", "cơ sở", subject="cơ sở bán lẻ thuốc được kiểm tra", period=M10),
    fig("xử phạt 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở bị xử phạt", period=M10),
    fig("tiền 214 triệu", "214", 214e6, "money", "đồng", change=chg("increase", 35, "%", "cùng kỳ"),
        subject="tổng số tiền xử phạt", period=M10),
    fig("đình chỉ hoạt động 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở bị đình chỉ hoạt động", period=M10),
    fig("khoảng 1.150 cơ sở", "1.150", 1150, "count", "cơ sở", approx="about", subject="cơ sở bán lẻ thuốc"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="số cơ sở bán lẻ thuốc"),
    fig("từ 55% đến 65%", "55", 55, "percent", "%", value_max=65,
        subject="tỷ lệ người bệnh nội trú được chỉ định kháng sinh"),
    fig("là 73,1%", "73,1", 73.1, "percent", "%",
        subject="tỷ lệ Staphylococcus aureus kháng methicillin (MRSA)"),
    fig("giảm 15%", "15", 15, "percent", "%", status="target",
        subject="giảm lượng kháng sinh sử dụng tại bệnh viện so với năm 2022", period=T25),
    fig("2022, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở bán lẻ thuốc thực hiện bán thuốc kê đơn theo đơn điện tử", period=T25),
    fig("tại 5 quận", "5", 5, "count", "quận", status="forecast",
        subject="quận trung tâm được kiểm tra cao điểm", period=DEC),
]

NOTES = [
    "News agency (TTXVN): agency banner, section path, 'Thứ Ba, 26/11/2024 - 16:05', 'Cần Thơ (TTXVN) -' lead, byline, copyright and address.",
    "Distractors: 16:05, 'Ngày 26/11', '(TTXVN)', 'năm 2022' baseline, '79 Lý Thường Kiệt'.",
    "Headline 'Hơn 60%' is a percent figure (over), no period. 'quý III/2024' gives the survey period to the whole sentence.",
    "'trong đó ở huyện Phong Điền và huyện Thới Lai lần lượt là 70,4% và 68,9%': a list sharing the survey indicator; the districts go to location.",
    "'10 tháng năm 2024': 2024-01-01..2024-10-31. '214 triệu đồng, tăng 35% so với cùng kỳ': change of the fine total.",
    "'hiện có khoảng 1.150 cơ sở ..., đứng thứ 3 khu vực Đồng bằng sông Cửu Long': rank 3 located in Cần Thơ (the ranked city), no period.",
    "'dao động từ 55% đến 65%': range. 'Mục tiêu đến năm 2025' governs both clauses: 'giảm 15% ... so với năm 2022' (a rate as the claim, no change) and 100%.",
    "'Dự kiến trong tháng 12 ... tại 5 quận trung tâm': forecast, December 2024 (year from the dateline).",
]

if __name__ == "__main__":
    write("p1417-8", TEXT, NOTES, FIGS, published="2024-11-26", location="Cần Thơ")
