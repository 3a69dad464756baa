"""p1124-8: provincial newspaper online (Báo Lạng Sơn, tag '(LSO) -'): smuggled mooncakes seized, 2023."""
from lib import F, P, I, C, T, write

TEXT = """Báo Lạng Sơn điện tử
Thời sự | Kinh tế | Pháp luật | Biên giới

Thu giữ gần 4.000 chiếc bánh trung thu nhập lậu

Cập nhật lúc 16:25, Thứ Ba, 19/09/2023

(LSO) - Từ đầu tháng 8 đến ngày 18/9/2023, Cục Quản lý thị trường tỉnh đã kiểm tra, xử lý 23 vụ vận chuyển, kinh doanh bánh trung thu và nguyên liệu làm bánh nhập lậu, không rõ nguồn gốc, tăng 9 vụ so với cùng kỳ năm 2022; thu giữ 3.860 chiếc bánh, 1,7 tấn nhân bánh và phụ gia các loại, tổng trị giá khoảng 415 triệu đồng.

Điển hình, ngày 12/9, Đội Quản lý thị trường số 3 phối hợp với Công an huyện Cao Lộc kiểm tra xe ô tô tải biển kiểm soát 12C-075.xx trên Quốc lộ 4B, phát hiện 1.920 chiếc bánh trung thu có nhãn bằng chữ nước ngoài, không có hóa đơn, chứng từ. Lái xe khai nhận số bánh trên được mua tại khu vực cửa khẩu với giá khoảng 12.000 đồng/chiếc, dự định đưa về xuôi bán lại với giá từ 35.000 đến 50.000 đồng/chiếc. Đội đã xử phạt chủ hàng 30 triệu đồng và tiêu hủy toàn bộ số bánh.

Theo ông Hoàng Văn Tuấn, Phó Cục trưởng Cục Quản lý thị trường tỉnh, năm nay bánh trung thu nhập lậu qua biên giới có dấu hiệu tăng do giá rẻ, chỉ bằng khoảng 30-40% giá bánh sản xuất trong nước. Từ nay đến hết ngày 29/9/2023, Cục tiếp tục duy trì 5 tổ công tác kiểm tra trên các tuyến đường trọng điểm qua ba huyện Cao Lộc, Văn Lãng, Tràng Định.

Trên địa bàn tỉnh hiện có 16 cơ sở sản xuất bánh trung thu, tất cả đã được kiểm tra, lấy mẫu; trong đó 2 cơ sở bị nhắc nhở về ghi nhãn hàng hóa.

NGUYỄN HẢI
"""

CAMP = P("Từ đầu tháng 8 đến ngày 18/9/2023", "2023-08-01", "2023-09-18")
D12 = P("ngày 12/9", "2023-09-12", "2023-09-12")
Y23 = P("năm nay", "2023-01-01", "2023-12-31")
NEXT = P("Từ nay đến hết ngày 29/9/2023", "2023-09-19", "2023-09-29")
CL = "Cao Lộc"

FIGS = [
    F("gần 4.000 chiếc", "4.000", 4000, "count", "chiếc bánh trung thu", approx="nearly",
      subject="bánh trung thu nhập lậu bị thu giữ"),
    F("xử lý 23 vụ", "23", 23, "count", "vụ", change=C("increase", 9, "vụ", "cùng kỳ năm 2022"),
      subject="vụ vận chuyển, kinh doanh bánh trung thu và nguyên liệu làm bánh nhập lậu, không rõ nguồn gốc bị xử lý",
      period=CAMP),
    F("thu giữ 3.860 chiếc", "3.860", 3860, "count", "chiếc bánh", subject="bánh trung thu bị thu giữ", period=CAMP),
    F("1,7 tấn", "1,7", 1.7, "measure", "tấn", subject="nhân bánh và phụ gia bị thu giữ", period=CAMP),
    F("khoảng 415 triệu", "415", 415000000, "money", "đồng", approx="about",
      subject="tổng trị giá hàng hóa thu giữ", period=CAMP),
    F("phát hiện 1.920 chiếc", "1.920", 1920, "count", "chiếc bánh trung thu",
      subject="bánh trung thu có nhãn bằng chữ nước ngoài không có hóa đơn, chứng từ", period=D12, location=CL),
    F("khoảng 12.000", "12.000", 12000, "money", "đồng/chiếc", approx="about",
      subject="giá mua bánh tại khu vực cửa khẩu", location=CL, period=I(D12)),
    F("từ 35.000 đến 50.000", "35.000", 35000, "money", "đồng/chiếc", value_max=50000, status="forecast",
      subject="giá bán lại dự định", location=CL, period=I(D12)),
    F("chủ hàng 30 triệu", "30", 30000000, "money", "đồng", subject="tiền phạt chủ hàng", location=CL,
      period=I(D12)),
    F("khoảng 30-40%", "30", 30, "percent", "%", value_max=40, approx="about",
      subject="giá bánh trung thu nhập lậu so với giá bánh sản xuất trong nước", period=Y23),
    F("duy trì 5 tổ", "5", 5, "count", "tổ công tác", subject="tổ công tác kiểm tra trên các tuyến đường trọng điểm",
      period=NEXT),
    F("qua ba huyện", "ba", 3, "count", "huyện", optional=True, subject="huyện có tuyến đường trọng điểm"),
    F("có 16 cơ sở", "16", 16, "count", "cơ sở", subject="cơ sở sản xuất bánh trung thu"),
    F("trong đó 2 cơ sở", "2", 2, "count", "cơ sở", total=16,
      subject="cơ sở sản xuất bánh trung thu bị nhắc nhở về ghi nhãn hàng hóa"),
]

NOTES = [
    "Provincial newspaper online (Báo Lạng Sơn): headline figure, 'Cập nhật lúc 16:25, Thứ Ba, 19/09/2023' (published), tag '(LSO) -', byline at the end.",
    "Distractors: time 16:25, 'Đội Quản lý thị trường số 3', plate '12C-075.xx', 'Quốc lộ 4B', dates 12/9, 18/9/2023, 29/9/2023.",
    "'tăng 9 vụ so với cùng kỳ năm 2022' → change in vụ of 23. The whole first sentence (after ';') shares the campaign period.",
    "Truck case of 12/9 (Công an huyện Cao Lộc, QL 4B): its figures get location Cao Lộc; a single day is its period (start = end).",
    "'dự định ... bán lại với giá từ 35.000 đến 50.000' → intended price, status forecast. 'chỉ bằng khoảng 30-40%' a share standing as the claim.",
    "'Từ nay đến hết ngày 29/9/2023' starts at the dateline. 'qua ba huyện Cao Lộc, Văn Lãng, Tràng Định' counts named districts (optional).",
    "'16 cơ sở ..., tất cả đã được kiểm tra; trong đó 2 cơ sở bị nhắc nhở' → total 16; 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1124-8", TEXT, NOTES, FIGS, published="2023-09-19", location="Lạng Sơn")
