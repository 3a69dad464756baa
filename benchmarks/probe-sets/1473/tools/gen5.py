"""p1473-5: national newspaper: sewing-machine imports 11 months 2024, a dealer in Tân Bình, household machines, Vitas outlook."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 16/12/2024, 10:15 (GMT+7)

Nhập khẩu máy may tăng mạnh nhờ đơn hàng dệt may phục hồi

Doanh nghiệp chi hơn 480 triệu USD nhập khẩu máy may trong 11 tháng, tăng gần 21% so với cùng kỳ, chủ yếu từ Trung Quốc.

Theo số liệu của Tổng cục Hải quan, 11 tháng năm 2024, Việt Nam nhập khẩu 612.000 máy may các loại, trị giá 483,6 triệu USD, tăng 20,7% so với cùng kỳ năm 2023. Trung Quốc là thị trường cung cấp lớn nhất với 398 triệu USD, chiếm 82,3%; tiếp đến là Nhật Bản 41,2 triệu USD và Đài Loan 17,5 triệu USD.

Ông Trần Minh Khôi, Giám đốc Công ty CP Thiết bị may Đại Phong (quận Tân Bình, TP HCM), cho biết quý III doanh nghiệp bán được khoảng 4.200 máy, gấp đôi quý II, trong đó máy may điện tử chiếm hơn 70%.

Trên thị trường, máy may 1 kim điện tử loại phổ thông có giá 9-12 triệu đồng/chiếc, dòng tự động cắt chỉ trên 25 triệu đồng/chiếc. Ở phân khúc máy may gia đình, một sàn thương mại điện tử cho biết 10 tháng đầu năm đã bán hơn 35.000 máy may mini và máy may gia đình, tăng 27%. Phần lớn máy có giá dưới 3 triệu đồng; máy đa năng của các thương hiệu Nhật Bản giá từ 5 đến 15 triệu đồng.

Việt Nam hiện là nước xuất khẩu dệt may lớn thứ ba thế giới. Theo Hiệp hội Dệt may Việt Nam (Vitas), năm 2024 kim ngạch xuất khẩu dệt may dự kiến đạt khoảng 44 tỷ USD, tăng 11,3% so với năm 2023. Vitas ước tính nhu cầu thay thế máy may cũ của các doanh nghiệp khoảng 200.000 máy mỗi năm; mục tiêu đến năm 2030 tỷ lệ máy may tự động, bán tự động đạt ít nhất 50%.

Minh Anh
"""

M11s = per("trong 11 tháng", "2024-01-01", "2024-11-30")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
M10 = per("10 tháng đầu năm", "2024-01-01", "2024-10-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
TB = "Tân Bình"

FIGS = [
    fig("hơn 480 triệu", "480", 480e6, "money", "USD", approx="over",
        change=chg("increase", 21, "%", "cùng kỳ", approx="nearly"),
        subject="nhập khẩu máy may", period=M11s),
    fig("nhập khẩu 612.000 máy", "612.000", 612000, "count", "máy may",
        subject="máy may các loại Việt Nam nhập khẩu", period=M11),
    fig("trị giá 483,6 triệu", "483,6", 483.6e6, "money", "USD",
        change=chg("increase", 20.7, "%", "cùng kỳ năm 2023"),
        subject="trị giá máy may nhập khẩu", period=M11),
    fig("với 398 triệu", "398", 398e6, "money", "USD", percent=82.3,
        subject="trị giá nhập khẩu máy may từ Trung Quốc", period=inh(M11)),
    fig("Nhật Bản 41,2 triệu", "41,2", 41.2e6, "money", "USD",
        subject="trị giá nhập khẩu máy may từ Nhật Bản", period=inh(M11)),
    fig("Đài Loan 17,5 triệu", "17,5", 17.5e6, "money", "USD",
        subject="trị giá nhập khẩu máy may từ Đài Loan", period=inh(M11)),
    fig("khoảng 4.200 máy", "4.200", 4200, "count", "máy", approx="about",
        change=chg("increase", 2, "lần", "quý II"),
        subject="máy Công ty CP Thiết bị may Đại Phong bán được", period=Q3, location=TB),
    fig("chiếm hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="máy may điện tử trong số máy doanh nghiệp bán được", period=Q3, location=TB),
    fig("giá 9-12 triệu", "9", 9e6, "money", "đồng/chiếc", value_max=12e6,
        subject="giá máy may 1 kim điện tử loại phổ thông"),
    fig("trên 25 triệu", "25", 25e6, "money", "đồng/chiếc", approx="over",
        subject="giá dòng máy may tự động cắt chỉ"),
    fig("hơn 35.000 máy", "35.000", 35000, "count", "máy may", approx="over",
        change=chg("increase", 27, "%"),
        subject="máy may mini và máy may gia đình một sàn thương mại điện tử bán", period=M10),
    fig("dưới 3 triệu", "3", 3e6, "money", "đồng", approx="under",
        subject="giá phần lớn máy may gia đình"),
    fig("từ 5 đến 15 triệu", "5", 5e6, "money", "đồng", value_max=15e6,
        subject="giá máy may gia đình đa năng của các thương hiệu Nhật Bản"),
    fig("lớn thứ ba", "ba", 3, "rank", "hạng", subject="nước xuất khẩu dệt may thế giới"),
    fig("khoảng 44 tỷ", "44", 44e9, "money", "USD", approx="about", status="forecast",
        change=chg("increase", 11.3, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu dệt may", period=Y24),
    fig("khoảng 200.000 máy", "200.000", 200000, "measure", "máy/năm", approx="about", status="estimate",
        subject="nhu cầu thay thế máy may cũ của các doanh nghiệp"),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ máy may tự động, bán tự động", period=TO30),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 16/12/2024, 10:15 (GMT+7)', headline, sapo with the lead figure, byline at the end.",
    "Distractors: 10:15, '(GMT+7)', 'máy may 1 kim' (product), 'quận Tân Bình' address of the firm, baselines 'năm 2023', 'quý II'.",
    "Sapo '… trong 11 tháng' takes 2024 from the dateline. Trading partners (Trung Quốc, Nhật Bản, Đài Loan) are part of the subject;",
    "location stays Việt Nam; they have no total (no trong đó/gồm cue). 398 triệu 'chiếm 82,3%' → percent attribute.",
    "The dealer's figures (quý III 2024, 'gấp đôi quý II' = change ×2 'lần') are located in Tân Bình; 'trong đó … chiếm hơn 70%' is",
    "a percent figure of its own. Market prices and the e-commerce platform's sales are national (Việt Nam); 'tăng 27%' has no baseline.",
    "'lớn thứ ba thế giới' is a rank (number word). 'Vitas ước tính … khoảng 200.000 máy mỗi năm' → estimate, yearly rate (máy/năm);",
    "the next clause 'mục tiêu đến năm 2030 … ít nhất 50%' has its own cue → target.",
]

if __name__ == "__main__":
    write("p1473-5", TEXT, NOTES, FIGS, published="2024-12-16", location="Việt Nam")
