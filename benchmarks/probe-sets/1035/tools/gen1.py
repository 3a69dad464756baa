"""p1035-1: province portal (Bình Dương), H1/2024 VAT refunds."""
from lib import F, P, I, CH, T, write

TEXT = """Cổng thông tin điện tử tỉnh Bình Dương
Trang chủ > Tin tức - Sự kiện > Kinh tế
Bình Dương: 6 tháng hoàn thuế giá trị gia tăng hơn 6.200 tỷ đồng
Cập nhật: 08/07/2024 09:15 | Lượt xem: 2.316

Theo Cục Thuế tỉnh Bình Dương, 6 tháng đầu năm 2024, cơ quan thuế đã giải quyết 512 hồ sơ hoàn thuế giá trị gia tăng (GTGT) với tổng số tiền hơn 6.200 tỷ đồng, tăng 18,4% so với cùng kỳ năm 2023. Trong đó, hoàn thuế đối với hàng hóa xuất khẩu là 438 hồ sơ, số tiền 5.376 tỷ đồng, chiếm 86,7% tổng số tiền hoàn; hoàn thuế dự án đầu tư là 61 hồ sơ với 742 tỷ đồng; còn lại 13 hồ sơ thuộc các trường hợp khác. Số tiền hoàn cho hàng xuất khẩu gấp hơn 7 lần số tiền hoàn cho dự án đầu tư.

Việc giải quyết hồ sơ được thực hiện theo Luật Quản lý thuế số 38/2019/QH14 và Thông tư số 80/2021/TT-BTC. Thời gian giải quyết bình quân đối với hồ sơ hoàn trước, kiểm tra sau là 4,5 ngày làm việc, giảm 1,5 ngày so với thời hạn quy định. Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 99,6%; 100% hồ sơ được tiếp nhận qua phương thức điện tử.

Qua kiểm tra sau hoàn thuế tại 74 doanh nghiệp, cơ quan thuế đã thu hồi 12,8 tỷ đồng tiền hoàn không đúng quy định, xử phạt vi phạm hành chính gần 2,3 tỷ đồng. Tính đến ngày 30/6, còn 37 hồ sơ với số tiền đề nghị hoàn khoảng 415 tỷ đồng đang được xác minh, chủ yếu do doanh nghiệp mua hàng của các đơn vị có dấu hiệu rủi ro ở khu vực dọc Quốc lộ 13.

Ông Nguyễn Văn Hai, Phó Cục trưởng Cục Thuế tỉnh, cho biết 6 tháng cuối năm, đơn vị phấn đấu giải quyết 100% hồ sơ đủ điều kiện trong thời hạn; dự kiến tổng số tiền hoàn thuế GTGT cả năm 2024 khoảng 12.500 tỷ đồng.

Tin, ảnh: Phòng Tuyên truyền - Hỗ trợ người nộp thuế
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
B = 1e9
FIGS = [
    F("giá trị gia tăng hơn 6.200 tỷ đồng", "6.200", 6200 * B, "money", "đồng", approx="over",
      subject="số tiền hoàn thuế giá trị gia tăng", period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("giải quyết 512 hồ sơ", "512", 512, "count", "hồ sơ",
      subject="hồ sơ hoàn thuế giá trị gia tăng được giải quyết", period=H1),
    F("tổng số tiền hơn 6.200 tỷ đồng", "6.200", 6200 * B, "money", "đồng", approx="over",
      change=CH("increase", 18.4, "%", "cùng kỳ năm 2023"),
      subject="tổng số tiền hoàn thuế GTGT", period=H1),
    F("là 438 hồ sơ", "438", 438, "count", "hồ sơ", total=512,
      subject="hồ sơ hoàn thuế hàng hóa xuất khẩu", period=I(H1)),
    F("số tiền 5.376 tỷ đồng", "5.376", 5376 * B, "money", "đồng", total=6200 * B, percent=86.7,
      subject="số tiền hoàn thuế hàng hóa xuất khẩu", period=I(H1)),
    F("là 61 hồ sơ", "61", 61, "count", "hồ sơ", total=512,
      subject="hồ sơ hoàn thuế dự án đầu tư", period=I(H1)),
    F("với 742 tỷ đồng", "742", 742 * B, "money", "đồng", total=6200 * B,
      subject="số tiền hoàn thuế dự án đầu tư", period=I(H1)),
    F("còn lại 13 hồ sơ", "13", 13, "count", "hồ sơ", total=512,
      subject="hồ sơ hoàn thuế các trường hợp khác", period=I(H1)),
    F("gấp hơn 7 lần", "7", 7, "multiple", "lần", approx="over",
      subject="số tiền hoàn cho hàng xuất khẩu so với dự án đầu tư", period=I(H1)),
    F("là 4,5 ngày làm việc", "4,5", 4.5, "measure", "ngày làm việc",
      change=CH("decrease", 1.5, "ngày", "thời hạn quy định"),
      subject="thời gian giải quyết bình quân hồ sơ hoàn trước, kiểm tra sau", period=I(H1)),
    F("đúng hạn đạt 99,6%", "99,6", 99.6, "percent", "%",
      subject="tỷ lệ hồ sơ được giải quyết đúng hạn", period=I(H1)),
    F("100% hồ sơ được tiếp nhận", "100", 100, "percent", "%",
      subject="hồ sơ được tiếp nhận qua phương thức điện tử", period=I(H1)),
    F("tại 74 doanh nghiệp", "74", 74, "count", "doanh nghiệp",
      subject="doanh nghiệp được kiểm tra sau hoàn thuế", period=I(H1)),
    F("thu hồi 12,8 tỷ đồng", "12,8", 12.8 * B, "money", "đồng",
      subject="tiền hoàn thuế không đúng quy định bị thu hồi", period=I(H1)),
    F("gần 2,3 tỷ đồng", "2,3", 2.3 * B, "money", "đồng", approx="nearly",
      subject="tiền xử phạt vi phạm hành chính", period=I(H1)),
    F("còn 37 hồ sơ", "37", 37, "count", "hồ sơ",
      subject="hồ sơ hoàn thuế đang được xác minh", period=P("Tính đến ngày 30/6", None, "2024-06-30")),
    F("khoảng 415 tỷ đồng", "415", 415 * B, "money", "đồng", approx="about",
      subject="số tiền đề nghị hoàn của hồ sơ đang được xác minh",
      period=P("Tính đến ngày 30/6", None, "2024-06-30")),
    F("giải quyết 100% hồ sơ", "100", 100, "percent", "%", status="target",
      subject="hồ sơ đủ điều kiện được giải quyết trong thời hạn",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
    F("khoảng 12.500 tỷ đồng", "12.500", 12500 * B, "money", "đồng", approx="about", status="forecast",
      subject="tổng số tiền hoàn thuế GTGT cả năm", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT Bình Dương (province portal): hoàn thuế GTGT 6 tháng đầu năm 2024. Invented text (probe set 1035).",
    "'Cập nhật: 08/07/2024 09:15' is the dateline; 'Lượt xem: 2.316', 'Quốc lộ 13', 'Luật ... số 38/2019/QH14',",
    "'Thông tư số 80/2021/TT-BTC', the name 'Nguyễn Văn Hai' are not figures. Headline '6 tháng' takes 2024 from published.",
    "The 'Trong đó' parts take the whole of their own unit: hồ sơ -> 512, money -> 6.200 tỷ. 'gấp hơn 7 lần' stands alone: multiple.",
    "'Tính đến ngày 30/6' (no year) takes 2024 from '6 tháng đầu năm 2024'.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, COMMENTS, published="2024-07-08", location="Bình Dương")
