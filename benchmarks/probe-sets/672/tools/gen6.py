"""p672-6: national press (VnExpress style) — đường dây cho vay qua app tại Hà Nội."""
from lib import F, P, I, emit

TEXT = """Thứ năm, 14/3/2024, 15:20 (GMT+7)

Triệt phá đường dây cho vay qua app lãi suất 1.000%/năm

Hà Nội - Đường dây sử dụng 16 ứng dụng cho vay trực tuyến, thu lợi bất chính gần 100 tỷ đồng từ hàng chục nghìn người vay.

Ngày 13/3, Phòng Cảnh sát hình sự Công an TP Hà Nội cho biết đã khởi tố 19 bị can, trong đó 7 bị can bị tạm giam, về tội cho vay lãi nặng trong giao dịch dân sự. Đường dây do Lê Văn Q. (SN 1988) cầm đầu, đặt trụ sở tại tầng 5 tòa nhà số 89 đường Lê Đức Thọ, quận Nam Từ Liêm.

Theo điều tra, từ tháng 6/2022 đến tháng 12/2023, nhóm này vận hành các ứng dụng cho vay, mỗi khoản vay từ 2 đến 10 triệu đồng, kỳ hạn 7 ngày. Sau khi trừ các loại "phí dịch vụ", lãi suất thực tế người vay phải chịu từ 730% đến 1.000%/năm. Trong thời gian này, đường dây đã giải ngân cho khoảng 52.000 lượt người vay với tổng số tiền hơn 430 tỷ đồng, thu lợi bất chính 97 tỷ đồng.

Cơ quan công an đã phong tỏa 126 tài khoản ngân hàng với số dư gần 18 tỷ đồng, thu giữ 45 điện thoại di động và 12 máy tính. Nhóm "đòi nợ" gồm khoảng 40 nhân viên, mỗi ngày thực hiện hơn 300 cuộc gọi đe dọa, "khủng bố" người vay và người thân.

Theo Bộ Công an, từ năm 2019 đến nay, cả nước đã khởi tố hơn 1.600 vụ án cho vay lãi nặng, trong đó khoảng 25% liên quan đến hoạt động cho vay qua ứng dụng trên không gian mạng.

Người dân nếu bị đe dọa đòi nợ có thể trình báo tại cơ quan công an gần nhất hoặc gọi số 113.

Phạm Dự
"""

R = P("từ tháng 6/2022 đến tháng 12/2023", "2022-06-01", "2023-12-31")
N = P("từ năm 2019 đến nay", "2019-01-01", "2024-03-14")

FIGS = [
    F("app lãi suất 1.000%", "1.000", 1000, "percent", "%", "lãi suất cho vay qua app"),
    F("sử dụng 16 ứng dụng", "16", 16, "count", "ứng dụng", "ứng dụng cho vay trực tuyến đường dây sử dụng"),
    F("gần 100 tỷ đồng", "100", 100e9, "money", "đồng", "thu lợi bất chính", approx="nearly"),
    F("hàng chục nghìn người", "chục", 10000, "count", "người", "người vay", approx="about", optional=True),
    F("khởi tố 19 bị can", "19", 19, "count", "bị can", "bị can khởi tố về tội cho vay lãi nặng trong giao dịch dân sự"),
    F("đó 7 bị can", "7", 7, "count", "bị can", "bị can bị tạm giam", total=19),
    F("từ 2 đến 10 triệu đồng", "2", 2e6, "money", "đồng", "mỗi khoản vay", R, value_max=10e6),
    F("kỳ hạn 7 ngày", "7", 7, "measure", "ngày", "kỳ hạn khoản vay", R, optional=True),
    F("từ 730% đến 1.000%", "730", 730, "percent", "%", "lãi suất thực tế người vay phải chịu", I(R), value_max=1000),
    F("khoảng 52.000 lượt", "52.000", 52000, "count", "lượt người vay", "lượt người vay được giải ngân", I(R), approx="about"),
    F("hơn 430 tỷ đồng", "430", 430e9, "money", "đồng", "tổng số tiền giải ngân", I(R), approx="over"),
    F("bất chính 97 tỷ đồng", "97", 97e9, "money", "đồng", "thu lợi bất chính", I(R)),
    F("phong tỏa 126 tài khoản", "126", 126, "count", "tài khoản ngân hàng", "tài khoản ngân hàng phong tỏa"),
    F("gần 18 tỷ đồng", "18", 18e9, "money", "đồng", "số dư tài khoản phong tỏa", approx="nearly"),
    F("giữ 45 điện thoại", "45", 45, "count", "điện thoại di động", "điện thoại di động thu giữ"),
    F("và 12 máy tính", "12", 12, "count", "máy tính", "máy tính thu giữ"),
    F("khoảng 40 nhân viên", "40", 40, "count", "nhân viên", "nhân viên nhóm đòi nợ", approx="about"),
    F("hơn 300 cuộc gọi", "300", 300, "count", "cuộc gọi", "cuộc gọi đe dọa mỗi ngày", approx="over"),
    F("hơn 1.600 vụ án", "1.600", 1600, "count", "vụ án", "vụ án cho vay lãi nặng khởi tố", N, approx="over",
      location="Việt Nam"),
    F("khoảng 25%", "25", 25, "percent", "%", "vụ án liên quan đến hoạt động cho vay qua ứng dụng trên không gian mạng", N,
      approx="about", location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 14/3/2024, 15:20 (GMT+7)'): Công an TP Hà Nội triệt phá đường dây cho vay qua app.",
    "Not figures: '(GMT+7)', 'Ngày 13/3', 'SN 1988', 'tầng 5 tòa nhà số 89 đường Lê Đức Thọ', '113'. The headline 1.000%/năm is a figure;",
    "in the body '1.000%/năm' is only the upper end of the range 730–1.000%.",
    "'hàng chục nghìn người vay' (vague approximate number word) and 'kỳ hạn 7 ngày' (loan term) are optional.",
    "'trong đó 7 bị can bị tạm giam' is a part of 19 bị can. 'khoảng 25%' after 'trong đó' is a percent figure of its own (no total).",
    "Period 'từ tháng 6/2022 đến tháng 12/2023' is stated in its sentence; 'Trong thời gian này' refers back (inherited).",
    "The Bộ Công an sentence is national: location Việt Nam, period from 2019 to the dateline. The address district (Nam Từ Liêm) does",
    "not make the ring's figures district figures: location Hà Nội.",
]

if __name__ == "__main__":
    emit("p672-6", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Hà Nội")
