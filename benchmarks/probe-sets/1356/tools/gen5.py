"""p1356-5: provincial Party newspaper (Báo Quảng Ngãi): hospitals and power use in the April 2024 heat."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Xã hội | Y tế

Nắng nóng, bệnh nhân đến bệnh viện tăng mạnh

Thứ Hai, 29/04/2024 - 10:12

(BQN) - Những ngày qua, nắng nóng gay gắt với nhiệt độ ngoài trời 37-39 độ C khiến số người mắc các bệnh liên quan đến thời tiết tăng cao, nhiều bệnh viện trong tỉnh phải kê thêm giường bệnh.

Theo Bệnh viện Đa khoa tỉnh, trong tháng 4, bệnh viện đã khám cho hơn 24.600 lượt người, tăng 12% so với tháng 3. Số bệnh nhân điều trị nội trú bình quân 1.150 người/ngày, trong khi quy mô của bệnh viện là 1.000 giường; công suất sử dụng giường bệnh lên tới 115%. Khoa Hồi sức tích cực - Chống độc có thời điểm tiếp nhận gần ba chục ca nặng mỗi ngày.

Tại Khoa Nhi, mỗi ngày có từ 80 đến 100 trẻ đến khám, phần lớn bị sốt, tiêu chảy, viêm đường hô hấp. Bác sĩ Trần Thị Mỹ Hạnh, Phó trưởng Khoa Nhi cho biết, khoảng 30% trẻ nhập viện trong tháng có biểu hiện mất nước.

Tại Trung tâm Y tế huyện Bình Sơn, từ ngày 15/4 đến ngày 27/4 đã tiếp nhận 19 trường hợp say nắng, sốc nhiệt, chủ yếu là người làm việc ngoài trời, gấp đôi cùng kỳ năm trước.

Nhu cầu dùng điện cũng tăng đột biến. Theo Công ty Điện lực Quảng Ngãi, sản lượng điện tiêu thụ bình quân ngày trong tháng 4 đạt 6,2 triệu kWh, cao hơn 1,1 triệu kWh so với tháng 3; có ngày lên đến gần 7 triệu kWh.

Sở Y tế cho biết, 13 trung tâm y tế tuyến huyện đã chuẩn bị đủ thuốc, dịch truyền và bố trí ít nhất 1 kíp cấp cứu ngoại viện thường trực. Người dân cần uống đủ nước, hạn chế làm việc ngoài trời trong khung giờ 10-15 giờ.

THANH NHƯ
"""

APR = per("trong tháng 4", "2024-04-01", "2024-04-30")
APRm = per("trong tháng", "2024-04-01", "2024-04-30")
BS = per("từ ngày 15/4 đến ngày 27/4", "2024-04-15", "2024-04-27")

FIGS = [
    fig("ngoài trời 37-39 độ C", "37", 37, "measure", "độ C", value_max=39, subject="nhiệt độ ngoài trời"),
    fig("hơn 24.600 lượt", "24.600", 24600, "count", "lượt người", approx="over",
        change=chg("increase", 12, "%", "tháng 3"), subject="lượt người bệnh viện khám", period=APR),
    fig("bình quân 1.150 người", "1.150", 1150, "measure", "người/ngày",
        subject="số bệnh nhân điều trị nội trú bình quân", period=inh(APR)),
    fig("là 1.000 giường", "1.000", 1000, "count", "giường", subject="quy mô của bệnh viện"),
    fig("lên tới 115%", "115", 115, "percent", "%", subject="công suất sử dụng giường bệnh", period=inh(APR)),
    fig("gần ba chục ca", "ba", 30, "measure", "ca/ngày", approx="nearly",
        subject="ca nặng Khoa Hồi sức tích cực - Chống độc tiếp nhận mỗi ngày", period=inh(APR)),
    fig("từ 80 đến 100 trẻ", "80", 80, "measure", "trẻ/ngày", value_max=100,
        subject="trẻ đến khám tại Khoa Nhi mỗi ngày"),
    fig("khoảng 30% trẻ", "30", 30, "percent", "%", approx="about",
        subject="trẻ nhập viện có biểu hiện mất nước", period=APRm),
    fig("tiếp nhận 19 trường hợp", "19", 19, "count", "trường hợp",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="trường hợp say nắng, sốc nhiệt", period=BS, location="Bình Sơn"),
    fig("đạt 6,2 triệu", "6,2", 6.2e6, "measure", "kWh/ngày",
        change=chg("increase", 1.1e6, "kWh", "tháng 3"),
        subject="sản lượng điện tiêu thụ bình quân ngày", period=APR),
    fig("gần 7 triệu", "7", 7e6, "measure", "kWh", approx="nearly",
        subject="sản lượng điện tiêu thụ có ngày", period=APR),
    fig("13 trung tâm", "13", 13, "count", "trung tâm y tế", subject="trung tâm y tế tuyến huyện"),
    fig("ít nhất 1 kíp", "1", 1, "count", "kíp cấp cứu ngoại viện", approx="at_least",
        subject="kíp cấp cứu ngoại viện thường trực"),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Ngãi): hospitals and power use in the April 2024 heat; 'Thứ Hai, 29/04/2024 - 10:12', tag '(BQN) -', byline at the end.",
    "Distractors: 10:12, dates 15/4, 27/4, 'tháng 3' (baseline), 'khung giờ 10-15 giờ' (times of day, not a range figure).",
    "'gần ba chục ca nặng mỗi ngày' = nearly 30 ca/ngày (number word 'ba' x 'chục'); 'gấp đôi cùng kỳ năm trước' is the change (2 lần) of 19 trường hợp.",
    "'trong tháng' in the Khoa Nhi sentence means the current month, April 2024 (published 29/04/2024); borderline but stated in the sentence.",
    "'quy mô của bệnh viện là 1.000 giường' is a standing fact (no period). 'cao hơn 1,1 triệu kWh so với tháng 3' is a change in kWh.",
    "'có ngày lên đến gần 7 triệu kWh' is one day in April: period tháng 4 (same sentence).",
    "Location: Quảng Ngãi by default (Bệnh viện Đa khoa tỉnh, BQN tag); Bình Sơn for the district health centre's figure.",
]

if __name__ == "__main__":
    write("p1356-5", TEXT, NOTES, FIGS, published="2024-04-29", location="Quảng Ngãi")
