"""p1440-8: radio/TV site (Cần Thơ TV): training course for radiation workers, city's X-ray stock, Q3 inspections."""
from lib import fig, per, chg, write

TEXT = """CẦN THƠ TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Trực tiếp THTPCT | Radio FM 97,3 MHz | Thời sự | Xã hội | Y tế

Hơn 300 nhân viên bức xạ được tập huấn an toàn

Cập nhật lúc 16:45, 27/09/2024

(CTV) - Sáng nay, Sở Khoa học và Công nghệ TP Cần Thơ khai giảng lớp tập huấn an toàn bức xạ trong y tế năm 2024 cho hơn 300 học viên là kỹ thuật viên, bác sĩ chẩn đoán hình ảnh và người phụ trách an toàn của 126 cơ sở y tế trên địa bàn.

Theo Sở, hiện thành phố có 215 cơ sở sử dụng 402 thiết bị X-quang, đứng thứ 2 vùng Đồng bằng sông Cửu Long, chỉ sau tỉnh An Giang; số nhân viên bức xạ khoảng 1,1 nghìn người. 9 tháng đầu năm, thành phố cấp mới ba chục giấy phép, tăng 25% so với cùng kỳ.

Đáng chú ý, qua kiểm tra trong quý III, đoàn liên ngành phát hiện 6 cơ sở để nhân viên làm việc không đeo liều kế, 3 phòng chụp có suất liều ngoài cửa vượt mức cho phép; xử phạt tổng cộng 96 triệu đồng.

Bà Trần Thị Mỹ Hạnh, Phó Giám đốc Sở cho biết, mục tiêu đến năm 2025, 100% cơ sở X-quang trên địa bàn có người phụ trách an toàn được đào tạo; 3 tháng cuối năm, Sở dự kiến kiểm tra thêm từ 25 đến 30 cơ sở. Chi phí kiểm định mỗi thiết bị X-quang khoảng 3-5 triệu đồng, do cơ sở tự chi trả.

Thu Trang - Minh Khôi

Tin liên quan:
- Video: Diễn tập ứng phó sự cố bức xạ năm 2024
- Cần Thơ: Ra mắt tổng đài 1022 tiếp nhận phản ánh của người dân
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M9 = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Q3 = per("trong quý III", "2024-07-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
L3 = per("3 tháng cuối năm", "2024-10-01", "2024-12-31")

FIGS = [
    fig("Hơn 300 nhân viên", "300", 300, "count", "nhân viên bức xạ", approx="over",
        subject="nhân viên bức xạ được tập huấn an toàn"),
    fig("hơn 300 học viên", "300", 300, "count", "học viên", approx="over",
        subject="học viên lớp tập huấn an toàn bức xạ trong y tế", period=Y24),
    fig("của 126 cơ sở", "126", 126, "count", "cơ sở y tế", subject="cơ sở y tế có học viên", period=Y24),
    fig("có 215 cơ sở", "215", 215, "count", "cơ sở", subject="cơ sở sử dụng thiết bị X-quang"),
    fig("sử dụng 402 thiết bị", "402", 402, "count", "thiết bị", subject="thiết bị X-quang"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="cơ sở sử dụng thiết bị X-quang"),
    fig("khoảng 1,1 nghìn", "1,1", 1100, "count", "người", approx="about", subject="số nhân viên bức xạ"),
    fig("ba chục giấy phép", "ba chục", 30, "count", "giấy phép",
        change=chg("increase", 25, "%", "cùng kỳ"), subject="giấy phép cấp mới", period=M9),
    fig("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở để nhân viên làm việc không đeo liều kế", period=Q3),
    fig("3 phòng chụp", "3", 3, "count", "phòng chụp",
        subject="phòng chụp có suất liều ngoài cửa vượt mức cho phép", period=Q3),
    fig("cộng 96 triệu", "96", 96e6, "money", "đồng", subject="tiền xử phạt", period=Q3),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở X-quang có người phụ trách an toàn được đào tạo", period=T25),
    fig("từ 25 đến 30 cơ sở", "25", 25, "count", "cơ sở", value_max=30, status="forecast",
        subject="cơ sở Sở kiểm tra thêm", period=L3),
    fig("khoảng 3-5 triệu", "3", 3e6, "money", "đồng/thiết bị", value_max=5e6, approx="about",
        subject="chi phí kiểm định mỗi thiết bị X-quang"),
]

NOTES = [
    "Radio/TV site (Cần Thơ TV): channel banner with 'Radio FM 97,3 MHz', headline figure, 'Cập nhật lúc 16:45, 27/09/2024', tag '(CTV) -',",
    "byline, related links. Location Cần Thơ throughout (An Giang is only the ranking's neighbour).",
    "'lớp tập huấn ... năm 2024 cho hơn 300 học viên ... của 126 cơ sở' → period năm 2024. Headline 'Hơn 300' carries no period.",
    "'hiện thành phố có 215 cơ sở sử dụng 402 thiết bị X-quang, đứng thứ 2 vùng ĐBSCL' → rank 2 of the city (location Cần Thơ).",
    "'khoảng 1,1 nghìn người' → 1100. 'ba chục giấy phép' → 30 (number words), change +25% vs cùng kỳ; '9 tháng đầu năm' → 2024.",
    "'3 tháng cuối năm, Sở dự kiến ... từ 25 đến 30 cơ sở' → forecast, Oct-Dec 2024. Inspection cost per device: rate 'đồng/thiết bị'.",
    "Distractors: 'FM 97,3 MHz' (the station's frequency, an identifier), time 16:45, 'năm 2024' in a link, hotline '1022'.",
]

if __name__ == "__main__":
    write("p1440-8", TEXT, NOTES, FIGS, published="2024-09-27", location="Cần Thơ")
