"""p1162-6: national newspaper, TP Hồ Chí Minh pharmacies selling antibiotics without prescription, Q3/2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự › Sức khỏe

Gần 30% nhà thuốc được kiểm tra bán kháng sinh không cần đơn

Thứ Sáu, 15/11/2024, 06:45 (GMT+7)

Trong quý III/2024, các đoàn kiểm tra của Sở Y tế TP HCM đã đến 1.418 cơ sở bán lẻ thuốc tại 21 quận, huyện và TP Thủ Đức, trong đó 402 cơ sở bán thuốc kê đơn, chủ yếu là kháng sinh, khi người mua không có đơn, chiếm 28,3%.

Tại nhà thuốc T.L. trên đường Quang Trung (quận Gò Vấp), phóng viên hỏi mua kháng sinh amoxicillin 500 mg cho trẻ và được bán ngay 2 vỉ (20 viên) với giá 36.000 đồng. Nhân viên bán thuốc cho biết mỗi ngày cửa hàng bán khoảng 40 hộp kháng sinh các loại, phần lớn không có đơn.

Sở Y tế đã xử phạt 187 cơ sở với tổng số tiền hơn 4,6 tỷ đồng, gấp 1,8 lần quý II; tước quyền sử dụng giấy chứng nhận đủ điều kiện kinh doanh dược có thời hạn đối với 15 cơ sở. Theo Nghị định số 117/2020/NĐ-CP, hành vi bán thuốc kê đơn không có đơn bị phạt từ 3 đến 5 triệu đồng, tái phạm có thể bị phạt tới 10 triệu đồng.

Bộ Y tế ước tính kháng sinh chiếm khoảng 30% tổng giá trị thuốc tiêu thụ tại Việt Nam mỗi năm. Các chuyên gia cảnh báo việc tự ý dùng kháng sinh làm gia tăng tình trạng kháng thuốc.

Trong tháng 12, Sở Y tế dự kiến kiểm tra lại 100% cơ sở đã vi phạm và phối hợp với Công an TP kiểm tra đột xuất ít nhất 200 nhà thuốc, tập trung tại các quận 8, 12 và Bình Tân.

LÊ PHƯƠNG
"""

Q3 = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
DEC = P("Trong tháng 12", "2024-12-01", "2024-12-31")
GV = "Gò Vấp"

FIGS = [
    F("Gần 30%", "30", 30, "percent", "%", approx="nearly",
      subject="tỷ lệ nhà thuốc được kiểm tra bán kháng sinh không cần đơn"),
    F("đến 1.418 cơ sở", "1.418", 1418, "count", "cơ sở bán lẻ thuốc", subject="cơ sở bán lẻ thuốc được kiểm tra",
      period=Q3),
    F("tại 21 quận", "21", 21, "count", "quận, huyện", subject="quận, huyện có cơ sở được kiểm tra", period=Q3),
    F("đó 402 cơ sở", "402", 402, "count", "cơ sở", total=1418, percent=28.3,
      subject="cơ sở bán thuốc kê đơn khi người mua không có đơn", period=Q3),
    F("amoxicillin 500 mg", "500", 500, "measure", "mg", subject="hàm lượng amoxicillin", optional=True,
      location=GV),
    F("ngay 2 vỉ", "2", 2, "count", "vỉ", subject="kháng sinh amoxicillin được bán không cần đơn", location=GV),
    F("(20 viên)", "20", 20, "count", "viên", subject="kháng sinh amoxicillin được bán không cần đơn",
      location=GV, optional=True),
    F("giá 36.000 đồng", "36.000", 36000, "money", "đồng", subject="giá 2 vỉ kháng sinh amoxicillin", location=GV),
    F("khoảng 40 hộp", "40", 40, "measure", "hộp/ngày", approx="about",
      subject="kháng sinh cửa hàng bán mỗi ngày", location=GV),
    F("xử phạt 187 cơ sở", "187", 187, "count", "cơ sở", subject="cơ sở bị xử phạt", period=I(Q3)),
    F("hơn 4,6 tỷ", "4,6", 4600000000, "money", "đồng", approx="over",
      change=C("increase", 1.8, "lần", "quý II"), subject="tổng số tiền phạt", period=I(Q3)),
    F("đối với 15 cơ sở", "15", 15, "count", "cơ sở", period=I(Q3),
      subject="cơ sở bị tước quyền sử dụng giấy chứng nhận đủ điều kiện kinh doanh dược có thời hạn"),
    F("từ 3 đến 5 triệu", "3", 3000000, "money", "đồng", value_max=5000000, location="Việt Nam",
      subject="mức phạt hành vi bán thuốc kê đơn không có đơn"),
    F("tới 10 triệu", "10", 10000000, "money", "đồng", approx="at_most", location="Việt Nam",
      subject="mức phạt tái phạm bán thuốc kê đơn không có đơn"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", status="estimate", location="Việt Nam",
      subject="tỷ trọng kháng sinh trong tổng giá trị thuốc tiêu thụ"),
    F("lại 100% cơ sở", "100", 100, "percent", "%", status="forecast", period=DEC,
      subject="tỷ lệ cơ sở đã vi phạm được kiểm tra lại"),
    F("ít nhất 200 nhà thuốc", "200", 200, "count", "nhà thuốc", approx="at_least", status="forecast",
      period=DEC, subject="nhà thuốc được kiểm tra đột xuất"),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 15/11/2024, 06:45 (GMT+7)', section path, byline 'LÊ PHƯƠNG' at the end. Place TP Hồ Chí Minh (written 'TP HCM').",
    "Distractors: time 06:45, '(GMT+7)', 'đường Quang Trung', 'Nghị định số 117/2020/NĐ-CP', 'các quận 8, 12' (district names), 'T.L.'.",
    "402 after 'trong đó' is part of 1.418 and carries 'chiếm 28,3%'. 'gấp 1,8 lần quý II' after the money is its change.",
    "The Gò Vấp passage (one pharmacy) takes location Gò Vấp; '500 mg' (product strength) and '(20 viên)' (2 vỉ restated) are optional.",
    "The fine band of Nghị định 117/2020 is a national rule: location Việt Nam, no period; 'phạt tới 10 triệu' = at_most.",
    "'Bộ Y tế ước tính ... khoảng 30% ... tại Việt Nam' = estimate, Việt Nam. 'Trong tháng 12' (2024) with 'dự kiến' = forecast.",
]

if __name__ == "__main__":
    write("p1162-6", TEXT, NOTES, FIGS, published="2024-11-15", location="TP Hồ Chí Minh")
