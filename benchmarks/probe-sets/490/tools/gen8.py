from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐỊNH TÂN
Huyện Yên Định - Tỉnh Thanh Hóa
Trang chủ » Tin hoạt động » Nông thôn mới

Định Tân huy động 48,6 tỷ đồng xây dựng nông thôn mới kiểu mẫu

Đăng ngày: 26/03/2024

Sau 3 năm (2021-2023) triển khai, xã Định Tân đã huy động tổng kinh phí 48,6 tỷ đồng để xây dựng NTM kiểu mẫu, trong đó: ngân sách tỉnh 12,3 tỷ đồng; ngân sách huyện 15,8 tỷ đồng; ngân sách xã 9,4 tỷ đồng; doanh nghiệp 3,2 tỷ đồng; nhân dân đóng góp 7,9 tỷ đồng (bằng tiền mặt 4,1 tỷ đồng, ngày công và hiến đất quy đổi 3,8 tỷ đồng).

Nhân dân đã tự nguyện hiến 12.450 m² đất, tháo dỡ 2.300 m tường rào để mở rộng 8,6 km đường giao thông; 100% tuyến đường thôn, xóm được cứng hóa và có điện chiếu sáng. Xã đã xây dựng 14 tuyến đường hoa với tổng chiều dài gần 11 km.

Năm 2023, thu nhập bình quân đầu người của xã đạt 72,4 triệu đồng, tăng 6,8 triệu đồng so với năm 2022; toàn xã còn 5 hộ nghèo, chiếm 0,31%; tỷ lệ lao động qua đào tạo đạt 82,5%. Xã có 4 sản phẩm OCOP, 7/7 thôn đạt chuẩn thôn NTM kiểu mẫu.

Dự kiến trong quý II/2024, xã sẽ được thẩm định, công nhận đạt chuẩn NTM kiểu mẫu, là 1 trong 6 xã của huyện Yên Định dự kiến đạt chuẩn trong năm nay.

Địa chỉ: Thôn 5, xã Định Tân | Điện thoại: 0237.3869.112 | Lượt truy cập: 215.342
"""

GD = P("(2021-2023)", "2021-01-01", "2023-12-31")
Y23 = Y("Năm 2023", 2023)
VON = 48.6e9
ND = 7.9e9

FIGS = [
    F("huy động 48,6 tỷ", "48,6", VON, "money", "đồng", "kinh phí huy động xây dựng nông thôn mới kiểu mẫu", I(GD)),
    F("kinh phí 48,6 tỷ", "48,6", VON, "money", "đồng", "tổng kinh phí xây dựng NTM kiểu mẫu", GD),
    F("tỉnh 12,3 tỷ", "12,3", 12.3e9, "money", "đồng", "ngân sách tỉnh", GD, total=VON),
    F("huyện 15,8 tỷ", "15,8", 15.8e9, "money", "đồng", "ngân sách huyện", GD, total=VON),
    F("xã 9,4 tỷ", "9,4", 9.4e9, "money", "đồng", "ngân sách xã", GD, total=VON),
    F("nghiệp 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", "doanh nghiệp", GD, total=VON),
    F("góp 7,9 tỷ", "7,9", ND, "money", "đồng", "nhân dân đóng góp", GD, total=VON),
    F("mặt 4,1 tỷ", "4,1", 4.1e9, "money", "đồng", "nhân dân đóng góp bằng tiền mặt", GD, total=ND),
    F("đổi 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", "ngày công và hiến đất quy đổi", GD, total=ND),
    F("hiến 12.450 m²", "12.450", 12450, "measure", "m²", "đất nhân dân tự nguyện hiến", I(GD)),
    F("dỡ 2.300 m", "2.300", 2300, "measure", "m", "tường rào tháo dỡ", I(GD)),
    F("rộng 8,6 km", "8,6", 8.6, "measure", "km", "đường giao thông mở rộng", I(GD)),
    F("; 100% tuyến", "100", 100, "percent", "%", "tuyến đường thôn, xóm được cứng hóa và có điện chiếu sáng"),
    F("dựng 14 tuyến", "14", 14, "count", "tuyến đường hoa", "tuyến đường hoa xã xây dựng"),
    F("gần 11 km", "11", 11, "measure", "km", "tổng chiều dài tuyến đường hoa", approx="nearly"),
    F("đạt 72,4 triệu", "72,4", 72.4e6, "money", "đồng", "thu nhập bình quân đầu người của xã", Y23,
      change=CH("increase", 6.8e6, "đồng", "năm 2022")),
    F("còn 5 hộ", "5", 5, "count", "hộ nghèo", "hộ nghèo", Y23, percent=0.31),
    F("đạt 82,5%", "82,5", 82.5, "percent", "%", "tỷ lệ lao động qua đào tạo", Y23),
    F("có 4 sản phẩm", "4", 4, "count", "sản phẩm OCOP", "sản phẩm OCOP"),
    F("7/7 thôn", "7", 7, "count", "thôn", "thôn đạt chuẩn thôn NTM kiểu mẫu", total=7),
    F("là 1 trong", "1", 1, "count", "xã", "xã dự kiến đạt chuẩn NTM kiểu mẫu", total=6, status="forecast", optional=True),
    F("trong 6 xã", "6", 6, "count", "xã", "xã của huyện Yên Định dự kiến đạt chuẩn",
      Y("trong năm nay", 2024), status="forecast"),
]

COMMENTS = [
    "Commune portal (xã Định Tân, huyện Yên Định, Thanh Hóa): funds raised for the model NTM commune 2021-2023, works, income, poverty.",
    "'Đăng ngày: 26/03/2024'. Location: a commune is below the location level, so its figures take the district 'Yên Định'.",
    "'Sau 3 năm (2021-2023)': the duration and the year span are no figures; the span is the period. Five sources add up to 48,6 tỷ;",
    "the bracket after 'nhân dân đóng góp 7,9 tỷ' splits it (4,1 + 3,8): total 7,9 tỷ. 'bằng tiền mặt' is 'in cash', not a share.",
    "'là 1 trong 6 xã' (optional 1, total 6). 'trong năm nay' is 2024 (from quý II/2024 and the dateline). Address 'Thôn 5', phone,",
    "'Lượt truy cập' counter, 'quý II/2024' are distractors.",
]

if __name__ == "__main__":
    emit("p490-8", TEXT, COMMENTS, FIGS, published="2024-03-26", location="Yên Định")
