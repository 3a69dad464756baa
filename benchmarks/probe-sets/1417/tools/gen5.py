"""p1417-5: provincial newspaper (Báo Bắc Giang, tag (BGĐT)): reporter buys antibiotics without prescription; hospital resistance rates."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Y tế | Pháp luật

Mua kháng sinh dễ như mua rau

Thứ Tư, 20/11/2024 - 07:15

(BGĐT) - Dù quy định đã rõ, tình trạng bán kháng sinh không cần đơn vẫn phổ biến tại nhiều nhà thuốc, quầy thuốc. Hệ lụy là tỷ lệ vi khuẩn kháng thuốc tại các bệnh viện trên địa bàn tỉnh ngày càng cao.

Trong vai người mua, phóng viên đến 12 nhà thuốc, quầy thuốc tại TP Bắc Giang và huyện Lạng Giang, trong đó 10 cơ sở bán kháng sinh mà không hỏi đơn, chỉ 2 cơ sở yêu cầu xuất trình đơn của bác sĩ. Mỗi vỉ amoxicillin có giá từ 15.000 đến 25.000 đồng; mua đủ liều cefuroxim cũng chỉ mất khoảng 180.000 đồng.

Theo số liệu của Bệnh viện Đa khoa tỉnh Bắc Giang, năm 2023 tỷ lệ vi khuẩn Acinetobacter baumannii kháng carbapenem là 82,4%, tăng 5,1 điểm phần trăm so với năm 2022; Pseudomonas aeruginosa kháng ceftazidim 47,6%. Khoa Hồi sức tích cực mỗi năm điều trị gần 900 ca nhiễm khuẩn nặng, có ca chi phí kháng sinh trên 300 triệu đồng.

Năm 2023, Sở Y tế khảo sát 1.200 người dân tại 10 huyện, thành phố; kết quả có 63,5% người từng tự mua kháng sinh, trong đó gần 40% dừng thuốc khi hết triệu chứng.

Ông Đặng Văn Tùng, Phó Giám đốc Sở Y tế cho biết, từ đầu năm đến nay, ngành y tế đã kiểm tra 415 cơ sở kinh doanh dược, xử phạt 38 cơ sở với số tiền 296 triệu đồng. Năm 2025, tỉnh phấn đấu 100% bệnh viện công lập triển khai kê đơn điện tử và liên thông đơn thuốc với nhà thuốc.

THU HƯƠNG

Tin cùng chuyên mục:
- Phòng xét nghiệm Bệnh viện Đa khoa tỉnh đạt chuẩn ISO 15189
- Bệnh viện Sản Nhi tỉnh đón nhận chứng nhận Bệnh viện thân thiện
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-20")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("đến 12 nhà thuốc", "12", 12, "count", "nhà thuốc, quầy thuốc",
        subject="nhà thuốc, quầy thuốc phóng viên đến mua"),
    fig("đó 10 cơ sở", "10", 10, "count", "cơ sở", total=12,
        subject="cơ sở bán kháng sinh mà không hỏi đơn"),
    fig("chỉ 2 cơ sở", "2", 2, "count", "cơ sở", total=12,
        subject="cơ sở yêu cầu xuất trình đơn của bác sĩ"),
    fig("từ 15.000 đến 25.000", "15.000", 15000, "money", "đồng/vỉ", value_max=25000,
        subject="giá mỗi vỉ amoxicillin"),
    fig("khoảng 180.000 đồng", "180.000", 180000, "money", "đồng", approx="about",
        subject="chi phí mua đủ liều cefuroxim"),
    fig("là 82,4%", "82,4", 82.4, "percent", "%",
        change=chg("increase", 5.1, "điểm phần trăm", "năm 2022"),
        subject="tỷ lệ vi khuẩn Acinetobacter baumannii kháng carbapenem", period=Y23),
    fig("ceftazidim 47,6%", "47,6", 47.6, "percent", "%",
        subject="tỷ lệ vi khuẩn Pseudomonas aeruginosa kháng ceftazidim", period=Y23),
    fig("gần 900 ca", "900", 900, "measure", "ca/năm", approx="nearly",
        subject="ca nhiễm khuẩn nặng Khoa Hồi sức tích cực điều trị mỗi năm"),
    fig("trên 300 triệu", "300", 300e6, "money", "đồng", approx="over",
        subject="chi phí kháng sinh của một ca"),
    fig("khảo sát 1.200 người", "1.200", 1200, "count", "người", subject="người dân được khảo sát", period=Y23b),
    fig("tại 10 huyện", "10", 10, "count", "huyện, thành phố", subject="huyện, thành phố được khảo sát", period=Y23b),
    fig("có 63,5%", "63,5", 63.5, "percent", "%",
        subject="tỷ lệ người từng tự mua kháng sinh", period=Y23b),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="tỷ lệ người dừng thuốc khi hết triệu chứng", period=Y23b),
    fig("kiểm tra 415 cơ sở", "415", 415, "count", "cơ sở", subject="cơ sở kinh doanh dược được kiểm tra", period=YTD),
    fig("xử phạt 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở bị xử phạt", period=YTD),
    fig("tiền 296 triệu", "296", 296e6, "money", "đồng", subject="số tiền xử phạt", period=YTD),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="bệnh viện công lập triển khai kê đơn điện tử và liên thông đơn thuốc với nhà thuốc", period=Y25),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): menu, headline, 'Thứ Tư, 20/11/2024 - 07:15', sapo with '(BGĐT) -', byline THU HƯƠNG, related links.",
    "Distractors: 07:15, the '(BGĐT)' tag, 'ISO 15189' (a standard's name) in a link title, 'năm 2022' baseline.",
    "'12 nhà thuốc, quầy thuốc ..., trong đó 10 cơ sở ..., chỉ 2 cơ sở ...': parts with total 12. Two places named (TP Bắc Giang and Lạng Giang): location Bắc Giang.",
    "'Mỗi vỉ amoxicillin có giá từ 15.000 đến 25.000 đồng': a price range per blister, unit đồng/vỉ.",
    "Hospital rates: list sharing 'tỷ lệ vi khuẩn ... kháng ...', period năm 2023 (same sentence, after ';'). 'tăng 5,1 điểm phần trăm so với năm 2022': a change of the 82,4%.",
    "'mỗi năm điều trị gần 900 ca' is a yearly rate (ca/năm). 'có ca chi phí kháng sinh trên 300 triệu đồng': over.",
    "Survey 'Năm 2023': '63,5% ..., trong đó gần 40%': two percent figures (a percent after a percent is its own figure).",
    "'từ đầu năm đến nay' runs 2024-01-01 to the dateline 2024-11-20. 'Năm 2025, tỉnh phấn đấu 100%': target.",
]

if __name__ == "__main__":
    write("p1417-5", TEXT, NOTES, FIGS, published="2024-11-20", location="Bắc Giang")
