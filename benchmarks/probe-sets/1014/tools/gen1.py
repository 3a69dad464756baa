"""p1014-1: province portal, Đà Nẵng, 9 months 2024 rabies vaccination, clinics, inspections."""
from lib import F, period, inherit, change, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Đà Nẵng: 9 tháng tiêm phòng dại cho hơn 52.000 con chó, mèo
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.318

Theo Chi cục Chăn nuôi và Thú y thành phố, 9 tháng đầu năm 2024, toàn thành phố đã tiêm vắc xin phòng bệnh dại cho 52.460 con chó, mèo, đạt 74,9% kế hoạch năm, tăng 8,2% so với cùng kỳ năm 2023. Các địa phương có số lượng tiêm nhiều là huyện Hòa Vang (13.850 con), quận Liên Chiểu (10.240 con) và quận Hải Châu (9.870 con).

Hiện trên địa bàn thành phố có 87 cơ sở khám, chữa bệnh động vật được cấp Giấy chứng nhận đủ điều kiện vệ sinh thú y, tăng 12 cơ sở so với cuối năm 2023; trong đó có 6 bệnh viện thú y và 81 phòng khám. Có 142 người được cấp chứng chỉ hành nghề thú y còn hiệu lực. Ngoài ra, thành phố có khoảng 120 cửa hàng cắt tỉa lông, spa và lưu trú thú cưng, phần lớn chưa đăng ký hoạt động.

Từ đầu năm đến nay, đoàn kiểm tra liên ngành đã kiểm tra 64 lượt cơ sở kinh doanh thuốc thú y và dịch vụ thú cưng, phát hiện 9 cơ sở vi phạm, xử phạt vi phạm hành chính 86,5 triệu đồng theo Nghị định số 90/2017/NĐ-CP. Các lỗi chủ yếu là hành nghề không có chứng chỉ, sử dụng thuốc thú y hết hạn.

Về tình hình dịch bệnh, từ ngày 1/1 đến 30/9, thành phố ghi nhận 3 ổ dịch dại trên chó tại 2 xã của huyện Hòa Vang; toàn thành phố có 1 người tử vong do bệnh dại.

Tổng đàn chó, mèo của thành phố ước khoảng 96.400 con. Ông Lê Văn Ba, Phó Chi cục trưởng, cho biết thành phố phấn đấu đến cuối năm 2024 tỷ lệ tiêm phòng dại đạt trên 80% tổng đàn; quý IV sẽ tổ chức đợt tiêm phòng lần thứ 2 trong năm, dự kiến cho khoảng 18.000 con.

Người dân cần hỗ trợ liên hệ đường dây nóng 0236.3822.409 hoặc trụ sở Chi cục tại số 118 Lê Đình Lý, quận Thanh Khê.
"""

H = period("9 tháng", "2024-01-01", "2024-09-30")
P9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
EP = period("từ ngày 1/1 đến 30/9", "2024-01-01", "2024-09-30")
VAX = "chó, mèo được tiêm vắc xin phòng bệnh dại"

FIGS = [
    F("cho hơn 52.000 con", "52.000", 52000, "count", "con", "chó, mèo được tiêm phòng dại", H, approx="over"),
    F("cho 52.460 con chó", "52.460", 52460, "count", "con", VAX, P9, percent=74.9,
      change=change("increase", 8.2, "%", "cùng kỳ năm 2023")),
    F("Hòa Vang (13.850 con)", "13.850", 13850, "count", "con", VAX, inherit(P9), location="Hòa Vang"),
    F("Liên Chiểu (10.240 con)", "10.240", 10240, "count", "con", VAX, inherit(P9), location="Liên Chiểu"),
    F("Hải Châu (9.870 con)", "9.870", 9870, "count", "con", VAX, inherit(P9), location="Hải Châu"),
    F("có 87 cơ sở", "87", 87, "count", "cơ sở",
      "cơ sở khám, chữa bệnh động vật được cấp Giấy chứng nhận đủ điều kiện vệ sinh thú y",
      change=change("increase", 12, "cơ sở", "cuối năm 2023")),
    F("có 6 bệnh viện thú y", "6", 6, "count", "bệnh viện thú y", "bệnh viện thú y", total=87),
    F("và 81 phòng khám", "81", 81, "count", "phòng khám", "phòng khám", total=87),
    F("Có 142 người", "142", 142, "count", "người", "người được cấp chứng chỉ hành nghề thú y còn hiệu lực"),
    F("khoảng 120 cửa hàng", "120", 120, "count", "cửa hàng", "cửa hàng cắt tỉa lông, spa và lưu trú thú cưng",
      approx="about"),
    F("kiểm tra 64 lượt cơ sở", "64", 64, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh thuốc thú y và dịch vụ thú cưng được kiểm tra", YTD),
    F("phát hiện 9 cơ sở vi phạm", "9", 9, "count", "cơ sở", "cơ sở vi phạm", YTD),
    F("hành chính 86,5 triệu đồng", "86,5", 86500000, "money", "đồng", "tiền xử phạt vi phạm hành chính", YTD),
    F("ghi nhận 3 ổ dịch dại", "3", 3, "count", "ổ dịch", "ổ dịch dại trên chó", EP, location="Hòa Vang"),
    F("tại 2 xã", "2", 2, "count", "xã", "xã có ổ dịch dại trên chó", EP, location="Hòa Vang"),
    F("có 1 người tử vong", "1", 1, "count", "người", "người tử vong do bệnh dại", EP),
    F("ước khoảng 96.400 con", "96.400", 96400, "count", "con", "tổng đàn chó, mèo", approx="about",
      status="estimate"),
    F("đạt trên 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng dại",
      period("đến cuối năm 2024", None, "2024-12-31"), approx="over", status="target"),
    F("khoảng 18.000 con", "18.000", 18000, "count", "con", "chó, mèo được tiêm phòng trong đợt tiêm lần thứ 2",
      period("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Đà Nẵng province portal (breadcrumb, Cập nhật ... | Lượt xem). Headline '9 tháng' has no year: published 2024.",
    "Distractors: Lượt xem 2.318, Nghị định số 90/2017/NĐ-CP, 'Lê Văn Ba' (name), 'lần thứ 2' (ordinal), phone, 'số 118 Lê Đình Lý'.",
    "District list (Hòa Vang, Liên Chiểu, Hải Châu) does not add up to 52.460 and has no part-of cue: no total.",
    "'Hiện ... có 87 cơ sở' has no period phrase: no period. Outbreaks in 2 xã of Hòa Vang: location Hòa Vang.",
]

write("p1014-1", TEXT, FIGS, NOTES, published="2024-10-14", location="Đà Nẵng")
