"""p1417-2: district portal (huyện Châu Thành, Tiền Giang): commitments of drug retailers, 6-month review 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHÂU THÀNH - TỈNH TIỀN GIANG
Trang chủ / Tin tức / Y tế - Giáo dục

Châu Thành: 131/146 cơ sở bán lẻ thuốc cam kết không bán kháng sinh khi không có đơn

05/07/2024 - 10:20

Sáng 4/7, Trung tâm Y tế huyện Châu Thành phối hợp Phòng Y tế huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 công tác quản lý hành nghề dược tư nhân, với sự tham gia của gần 150 đại biểu.

Hiện trên địa bàn huyện có 146 cơ sở bán lẻ thuốc, gồm 38 nhà thuốc và 108 quầy thuốc. Đến nay, đã có 131/146 cơ sở ký cam kết không bán thuốc kháng sinh khi không có đơn, đạt 89,7%; phấn đấu đến hết năm 2024 đạt 100%.

Trong 6 tháng, hai đoàn kiểm tra liên ngành của huyện đã kiểm tra 58 cơ sở, phát hiện 9 cơ sở vi phạm, giảm 4 cơ sở so với cùng kỳ năm 2023, trong đó 5 cơ sở bán kháng sinh không có đơn; xử phạt 46,5 triệu đồng.

Bác sĩ Nguyễn Thị Kim Loan, Giám đốc Trung tâm Y tế huyện cho biết, kết quả giám sát tại trung tâm cho thấy tỷ lệ bệnh nhân ngoại trú được kê kháng sinh là 34,8%, giảm 6,2% so với năm 2023. Khảo sát 420 hộ gia đình tại 12 xã cho thấy khoảng 45% người dân từng tự mua kháng sinh để điều trị cảm, sốt, ho.

Thời gian tới, huyện tiếp tục duy trì ba chục tổ truyền thông tại ấp và dự kiến tổ chức 15 lớp tập huấn cho người bán lẻ thuốc trong quý III.

Nguồn: Trung tâm Y tế huyện Châu Thành

Tin khác:
- Châu Thành ra quân chiến dịch tiêm chủng mở rộng đợt 2
- Hội thi Bàn tay vàng điều dưỡng lần thứ III

UBND huyện Châu Thành - Địa chỉ: Số 2 đường 30/4, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang
Điện thoại: 0273.3831.245
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("6 tháng", "2024-01-01", "2024-06-30")
NOW = per("Đến nay", None, "2024-07-05")
EOY = per("đến hết năm 2024", None, "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    fig("Châu Thành: 131/146", "131", 131, "count", "cơ sở", total=146,
        subject="cơ sở bán lẻ thuốc cam kết không bán kháng sinh khi không có đơn"),
    fig("gần 150 đại biểu", "150", 150, "count", "đại biểu", approx="nearly",
        subject="đại biểu tham gia hội nghị"),
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở bán lẻ thuốc"),
    fig("38 nhà thuốc", "38", 38, "count", "nhà thuốc", total=146, subject="nhà thuốc"),
    fig("108 quầy thuốc", "108", 108, "count", "quầy thuốc", total=146, subject="quầy thuốc"),
    fig("có 131/146 cơ sở", "131", 131, "count", "cơ sở", total=146, percent=89.7,
        subject="cơ sở ký cam kết không bán thuốc kháng sinh khi không có đơn", period=NOW),
    fig("đạt 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ cơ sở ký cam kết không bán thuốc kháng sinh khi không có đơn", period=EOY),
    fig("hai đoàn", "hai", 2, "count", "đoàn", subject="đoàn kiểm tra liên ngành của huyện", period=H1b),
    fig("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở được kiểm tra", period=H1b),
    fig("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở",
        change=chg("decrease", 4, "cơ sở", "cùng kỳ năm 2023"), subject="cơ sở vi phạm", period=H1b),
    fig("đó 5 cơ sở", "5", 5, "count", "cơ sở", total=9,
        subject="cơ sở bán kháng sinh không có đơn", period=H1b),
    fig("xử phạt 46,5 triệu", "46,5", 46.5e6, "money", "đồng", subject="xử phạt", period=H1b),
    fig("là 34,8%", "34,8", 34.8, "percent", "%", change=chg("decrease", 6.2, "%", "năm 2023"),
        subject="tỷ lệ bệnh nhân ngoại trú được kê kháng sinh"),
    fig("Khảo sát 420 hộ", "420", 420, "count", "hộ gia đình", subject="hộ gia đình được khảo sát"),
    fig("tại 12 xã", "12", 12, "count", "xã", subject="xã được khảo sát"),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ lệ người dân từng tự mua kháng sinh để điều trị cảm, sốt, ho"),
    fig("duy trì ba chục tổ", "ba chục", 30, "count", "tổ", subject="tổ truyền thông tại ấp"),
    fig("tổ chức 15 lớp", "15", 15, "count", "lớp", status="forecast",
        subject="lớp tập huấn cho người bán lẻ thuốc", period=Q3),
]

NOTES = [
    "District portal (huyện Châu Thành, Tiền Giang): banner naming the district, breadcrumb, '05/07/2024 - 10:20', 'Nguồn:', 'Tin khác', address footer, phone.",
    "Distractors: 'Sáng 4/7', 10:20, 'đợt 2', 'lần thứ III', 'Số 2 đường 30/4', phone 0273.3831.245.",
    "Headline '131/146' is a figure (total 146), no period. Body 131/146 'đạt 89,7%': total 146, percent 89.7.",
    "'Đến nay' is an as-of phrase: start null, end = the dateline 2024-07-05. 'phấn đấu đến hết năm 2024 đạt 100%': target, end 2024-12-31.",
    "'146 cơ sở ..., gồm 38 nhà thuốc và 108 quầy thuốc': parts with total 146. 'Hiện' gives no period.",
    "'Trong 6 tháng' takes 2024 from '6 tháng đầu năm 2024'. '9 cơ sở vi phạm, giảm 4 cơ sở so với cùng kỳ năm 2023': change in cơ sở.",
    "'trong đó 5 cơ sở' follows the 9 violators (the change clause stands between): total 9.",
    "'tỷ lệ ... là 34,8%, giảm 6,2% so với năm 2023': a percent figure with a change (the level is the claim, the fall its attribute).",
    "'hai đoàn', 'ba chục tổ' (= 30) are number words. 'dự kiến ... 15 lớp ... trong quý III': forecast, quý III 2024.",
    "Location Châu Thành (the district) throughout.",
]

if __name__ == "__main__":
    write("p1417-2", TEXT, NOTES, FIGS, published="2024-07-05", location="Châu Thành")
