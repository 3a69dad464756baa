"""p1282-5: national newspaper (e-paper, 'Thứ sáu, 20/9/2024, 15:40 (GMT+7)'): the race for the sausage market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ sáu, 20/9/2024, 15:40 (GMT+7)

Cuộc đua giành thị phần xúc xích

Thị trường xúc xích, thịt nguội trong nước ước đạt khoảng 15.000 tỷ đồng mỗi năm, trong đó xúc xích tiệt trùng chiếm khoảng 55%.

Số liệu của Hiệp hội Chế biến thực phẩm cho thấy, cả nước hiện có khoảng 60 doanh nghiệp sản xuất xúc xích quy mô công nghiệp, nhưng ba doanh nghiệp lớn nhất nắm gần 70% thị phần xúc xích tiệt trùng. Mức tiêu thụ thịt chế biến bình quân mới khoảng 1,6 kg/người/năm; người dân đô thị tiêu thụ gấp khoảng 3 lần khu vực nông thôn.

Tại Long An, Công ty cổ phần Thực phẩm Hưng Phát vừa đưa nhà máy thứ hai tại Khu công nghiệp Tân Đức vào vận hành với tổng vốn đầu tư 850 tỷ đồng, công suất 120 tấn/ngày, nâng tổng công suất của doanh nghiệp lên khoảng 60.000 tấn/năm. 8 tháng đầu năm nay, doanh thu của Hưng Phát đạt 1.240 tỷ đồng, tăng 18% so với cùng kỳ; riêng dòng xúc xích tiệt trùng HP-45 chiếm khoảng 40% doanh thu.

"Chúng tôi dự kiến xuất lô hàng đầu tiên sang Nhật Bản trong quý IV, khoảng 12 container", ông Trần Quốc Bảo, Tổng giám đốc Hưng Phát, nói.

Trong khi đó, 8 tháng đầu năm, Việt Nam nhập khẩu 16.800 tấn xúc xích, thịt nguội và thịt chế biến, trị giá 71,5 triệu USD, giảm 4,2% so với cùng kỳ năm trước. Các chuyên gia dự báo giai đoạn 2024-2028, thị trường thịt chế biến tăng trưởng bình quân 7-9% mỗi năm.

Thu Hằng
"""

M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
M8b = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
P2428 = per("giai đoạn 2024-2028", "2024-01-01", "2028-12-31")

FIGS = [
    fig("khoảng 15.000 tỷ", "15.000", 15000e9, "money", "đồng", approx="about", status="estimate",
        subject="thị trường xúc xích, thịt nguội trong nước mỗi năm"),
    fig("chiếm khoảng 55%", "55", 55, "percent", "%", approx="about", status="estimate",
        subject="xúc xích tiệt trùng"),
    fig("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất xúc xích quy mô công nghiệp"),
    fig("ba doanh nghiệp lớn nhất", "ba", 3, "count", "doanh nghiệp", optional=True),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="thị phần xúc xích tiệt trùng của ba doanh nghiệp lớn nhất"),
    fig("khoảng 1,6 kg", "1,6", 1.6, "measure", "kg/người/năm", approx="about",
        subject="mức tiêu thụ thịt chế biến bình quân"),
    fig("gấp khoảng 3 lần", "3", 3, "multiple", "lần", approx="about",
        subject="mức tiêu thụ của người dân đô thị so với khu vực nông thôn"),
    fig("tư 850 tỷ", "850", 850e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy thứ hai",
        location="Long An"),
    fig("120 tấn/ngày", "120", 120, "measure", "tấn/ngày", subject="công suất nhà máy", location="Long An"),
    fig("khoảng 60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất của doanh nghiệp", location="Long An"),
    fig("đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="doanh thu của Hưng Phát", period=M8, location="Long An"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="dòng xúc xích tiệt trùng HP-45 trong doanh thu", period=M8, location="Long An"),
    fig("khoảng 12 container", "12", 12, "count", "container", approx="about", status="forecast",
        subject="container lô hàng đầu tiên xuất sang Nhật Bản", period=Q4, location="Long An"),
    fig("16.800 tấn", "16.800", 16800, "measure", "tấn",
        subject="xúc xích, thịt nguội và thịt chế biến nhập khẩu", period=M8b),
    fig("71,5 triệu USD", "71,5", 71.5e6, "money", "USD", change=chg("decrease", 4.2, "%", "cùng kỳ năm trước"),
        subject="trị giá nhập khẩu xúc xích, thịt nguội và thịt chế biến", period=M8b),
    fig("7-9%", "7", 7, "percent", "%", value_max=9, status="forecast",
        subject="tăng trưởng bình quân thị trường thịt chế biến", period=P2428),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 20/9/2024, 15:40 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Market size '15.000 tỷ đồng mỗi năm': unit 'đồng', 'mỗi năm' in the subject (revised after the first run, was 'đồng/năm', shared",
    "gold 004 habit); 'ước đạt khoảng' → estimate + about; the 'trong đó ... chiếm' share",
    "continues that clause (estimate). 'gấp khoảng 3 lần khu vực nông thôn' has no base amount: a multiple figure.",
    "'ba doanh nghiệp lớn nhất' names the group whose share follows: optional. 'nhà máy thứ hai', 'lô hàng đầu tiên' are ordinals.",
    "Hưng Phát figures are located in Long An ('Tại Long An'); national figures Việt Nam; Nhật Bản is a trade partner.",
    "'năm nay' and the year-less '8 tháng đầu năm', 'quý IV' take the year of published (2024).",
    "'7-9% mỗi năm' is a growth rate as the claim (percent, range, forecast), period 'giai đoạn 2024-2028'.",
    "Distractors: '15:40', '(GMT+7)', 'HP-45', 'nhà máy thứ hai', 'lô hàng đầu tiên', 'Khu công nghiệp Tân Đức', 'năm trước'.",
]

if __name__ == "__main__":
    write("p1282-5", TEXT, NOTES, FIGS, published="2024-09-20", location="Việt Nam")
