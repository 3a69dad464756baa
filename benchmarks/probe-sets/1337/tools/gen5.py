"""p1337-5: Party newspaper (Báo Quảng Nam, QNO): contract teachers in Nam Trà My."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM
Thời sự | Chính trị | Kinh tế | Xã hội | Giáo dục

Giáo viên hợp đồng bám bản ở Nam Trà My

ALĂNG NGƯỚC 07:15, 08/10/2024

(QNO) - Thiếu giáo viên kéo dài khiến nhiều trường ở huyện miền núi Nam Trà My phải ký hợp đồng lao động để duy trì dạy học. Lương thấp, không có phụ cấp thâm niên khiến không ít người bỏ việc sau vài tháng.

Năm học 2024-2025, huyện Nam Trà My cần 742 giáo viên theo định mức nhưng hiện chỉ có 618 người, thiếu 124 giáo viên. Để có đủ người đứng lớp, các trường đã hợp đồng 57 giáo viên, trong đó 31 người dạy tiểu học, 19 người dạy mầm non và 7 người dạy THCS.

Cô Hồ Thị Ngân, giáo viên hợp đồng tại điểm trường Tắk Pổ, xã Trà Cang, cho biết mỗi tuần cô phải đi bộ gần 3 giờ để đến trường. Mức lương hợp đồng của cô khoảng 4,9 triệu đồng/tháng, chỉ bằng khoảng 55% thu nhập của giáo viên biên chế cùng trình độ.

Theo Phòng Nội vụ huyện, trong 9 tháng đầu năm nay, huyện tuyển được 23 giáo viên, bằng 38% chỉ tiêu; có 11 giáo viên hợp đồng nghỉ việc. Mỗi năm, từ 15-20% giáo viên hợp đồng của huyện bỏ việc.

Toàn tỉnh Quảng Nam hiện thiếu hơn 1.700 giáo viên, trong đó các huyện miền núi chiếm khoảng 60%. Tỉnh đang triển khai Nghị quyết số 17/2023/NQ-HĐND hỗ trợ mỗi sinh viên sư phạm cam kết về công tác tại miền núi 3,6 triệu đồng/tháng. Đến nay đã có 146 sinh viên đăng ký; mục tiêu đến năm 2026 có ít nhất 400 sinh viên tham gia.

Tin liên quan:
- Quảng Nam tuyển dụng giáo viên năm 2024
- Nam Trà My: Khai giảng năm học mới ở điểm trường xa nhất
"""

NH = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")
M9 = per("trong 9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
NOW = per("Đến nay", None, "2024-10-08")
TO26 = per("đến năm 2026", None, "2026-12-31")
QN = "Quảng Nam"

FIGS = [
    fig("cần 742 giáo viên", "742", 742, "count", "giáo viên",
        subject="giáo viên cần theo định mức", period=NH),
    fig("có 618 người", "618", 618, "count", "người", subject="giáo viên hiện có", period=NH),
    fig("thiếu 124 giáo viên", "124", 124, "count", "giáo viên", subject="giáo viên thiếu", period=NH),
    fig("hợp đồng 57 giáo viên", "57", 57, "count", "giáo viên",
        subject="giáo viên các trường hợp đồng", period=inh(NH)),
    fig("31 người dạy", "31", 31, "count", "người", total=57,
        subject="giáo viên hợp đồng dạy tiểu học", period=inh(NH)),
    fig("19 người dạy", "19", 19, "count", "người", total=57,
        subject="giáo viên hợp đồng dạy mầm non", period=inh(NH)),
    fig("7 người dạy", "7", 7, "count", "người", total=57,
        subject="giáo viên hợp đồng dạy THCS", period=inh(NH)),
    fig("gần 3 giờ", "3", 3, "measure", "giờ", approx="nearly",
        subject="thời gian cô Hồ Thị Ngân đi bộ đến trường mỗi tuần"),
    fig("khoảng 4,9 triệu", "4,9", 4.9e6, "money", "đồng/tháng", approx="about", percent=55,
        subject="mức lương hợp đồng của cô Hồ Thị Ngân"),
    fig("tuyển được 23 giáo viên", "23", 23, "count", "giáo viên", percent=38,
        subject="giáo viên huyện tuyển được", period=M9),
    fig("có 11 giáo viên", "11", 11, "count", "giáo viên",
        subject="giáo viên hợp đồng nghỉ việc", period=M9),
    fig("từ 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="tỷ lệ giáo viên hợp đồng của huyện bỏ việc mỗi năm"),
    fig("hơn 1.700 giáo viên", "1.700", 1700, "count", "giáo viên", approx="over",
        subject="giáo viên toàn tỉnh thiếu", location=QN),
    fig("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ giáo viên thiếu ở các huyện miền núi", location=QN),
    fig("3,6 triệu", "3,6", 3.6e6, "money", "đồng/tháng",
        subject="mức hỗ trợ mỗi sinh viên sư phạm cam kết về công tác tại miền núi", location=QN),
    fig("có 146 sinh viên", "146", 146, "count", "sinh viên",
        subject="sinh viên đăng ký", period=NOW, location=QN),
    fig("ít nhất 400 sinh viên", "400", 400, "count", "sinh viên", approx="at_least", status="target",
        subject="sinh viên tham gia", period=TO26, location=QN),
]

NOTES = [
    "Party newspaper (Báo Quảng Nam): menu, byline with time and date 'ALĂNG NGƯỚC 07:15, 08/10/2024', sapo with tag '(QNO) -', related links.",
    "Distractors: 07:15, Nghị quyết số 17/2023/NQ-HĐND, 'vài tháng' (no number), 'năm học mới' in a link.",
    "Default location is the district Nam Trà My (Trà Cang is one of its communes); the province's figures in the last paragraph are Quảng Nam.",
    "'trong 9 tháng đầu năm nay' takes the year of published (2024). 'Đến nay' = as-of the dateline (2024-10-08).",
    "'chỉ bằng khoảng 55% thu nhập ...' is the share attribute of the wage; 'bằng 38% chỉ tiêu' the share of the 23 recruited.",
    "'trong đó các huyện miền núi chiếm khoảng 60%' is a percent figure of its own (no amount before chiếm).",
    "'từ 15-20%': range 15..20, no approx; 'Mỗi năm' gives no period.",
]

if __name__ == "__main__":
    write("p1337-5", TEXT, NOTES, FIGS, published="2024-10-08", location="Nam Trà My")
