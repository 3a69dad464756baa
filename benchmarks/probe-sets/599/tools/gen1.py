"""p599-1: Bắc Giang province portal, 9 months 2024: black-credit cases, pawnshops, social-policy loans."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Bắc Giang: Khởi tố 27 vụ án liên quan đến "tín dụng đen" trong 9 tháng

Cập nhật: 08/10/2024 15:42 | Lượt xem: 3.184

Theo báo cáo của Công an tỉnh, 9 tháng năm 2024, lực lượng Công an các cấp đã phát hiện 41 vụ, 96 đối tượng có dấu hiệu hoạt động "tín dụng đen", tăng 7 vụ so với cùng kỳ năm 2023. Trong đó, cơ quan điều tra đã khởi tố 27 vụ, 63 bị can về tội "Cho vay lãi nặng trong giao dịch dân sự" theo Điều 201 Bộ luật Hình sự; xử phạt vi phạm hành chính 14 vụ, 33 đối tượng với tổng số tiền hơn 412 triệu đồng.

Qua điều tra xác định, các đối tượng cho vay với lãi suất từ 120% đến 547,5%/năm, tổng số tiền cho vay khoảng 38,6 tỷ đồng, thu lợi bất chính gần 5,2 tỷ đồng. Đáng chú ý, Phòng Cảnh sát hình sự (PC02) đã triệt phá đường dây cho vay qua ứng dụng trực tuyến do Công ty TNHH Tài chính số 79 điều hành, với hơn 2.300 người vay trên địa bàn tỉnh.

Đối với hoạt động kinh doanh dịch vụ cầm đồ, toàn tỉnh hiện có 318 cơ sở được cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự. Từ đầu năm đến nay, lực lượng chức năng đã kiểm tra 205 cơ sở, đạt 64,5% tổng số cơ sở, phát hiện 19 cơ sở vi phạm, xử phạt 87,5 triệu đồng; đề nghị thu hồi giấy chứng nhận của 4 cơ sở. Các địa bàn có nhiều cơ sở cầm đồ là TP. Bắc Giang (72 cơ sở), huyện Lạng Giang (41 cơ sở) và huyện Yên Dũng (29 cơ sở).

Cùng với đó, Chi nhánh Ngân hàng Chính sách xã hội tỉnh đã giải ngân 1.126 tỷ đồng cho 24.850 lượt hộ vay, góp phần hạn chế người dân tìm đến "tín dụng đen". Người dân phát hiện hoạt động cho vay lãi nặng có thể báo tin qua đường dây nóng 0204.3854.113 hoặc trực tiếp tại trụ sở Công an tỉnh, số 8 đường Nguyễn Văn Cừ, phường Ngô Quyền.
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PH = P("9 tháng", "2024-01-01", "2024-09-30")
PD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")

FIGS = [
    F("Khởi tố 27 vụ án", "27", 27, "count", "vụ án",
      "vụ án liên quan đến tín dụng đen khởi tố", PH),
    F("phát hiện 41 vụ", "41", 41, "count", "vụ",
      "vụ có dấu hiệu hoạt động tín dụng đen phát hiện", P9,
      change=CH("increase", 7, "vụ", "cùng kỳ năm 2023")),
    F("96 đối tượng", "96", 96, "count", "đối tượng",
      "đối tượng có dấu hiệu hoạt động tín dụng đen", P9),
    F("khởi tố 27 vụ, 63", "27", 27, "count", "vụ",
      "vụ khởi tố về tội cho vay lãi nặng trong giao dịch dân sự", I(P9), total=41),
    F("63 bị can", "63", 63, "count", "bị can",
      "bị can khởi tố về tội cho vay lãi nặng trong giao dịch dân sự", I(P9), total=96),
    F("hành chính 14 vụ", "14", 14, "count", "vụ",
      "vụ xử phạt vi phạm hành chính", I(P9), total=41),
    F("33 đối tượng", "33", 33, "count", "đối tượng",
      "đối tượng xử phạt vi phạm hành chính", I(P9), total=96),
    F("hơn 412 triệu đồng", "412", 412e6, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", I(P9), approx="over"),
    F("từ 120% đến 547,5%", "120", 120, "percent", "%",
      "lãi suất cho vay của các đối tượng", value_max=547.5),
    F("khoảng 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng",
      "tổng số tiền cho vay", approx="about"),
    F("gần 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng",
      "thu lợi bất chính", approx="nearly"),
    F("hơn 2.300 người vay", "2.300", 2300, "count", "người vay",
      "người vay của đường dây cho vay qua ứng dụng trực tuyến", approx="over"),
    F("hiện có 318 cơ sở", "318", 318, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ được cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự"),
    F("kiểm tra 205 cơ sở", "205", 205, "count", "cơ sở",
      "cơ sở được kiểm tra", PD, percent=64.5),
    F("phát hiện 19 cơ sở", "19", 19, "count", "cơ sở",
      "cơ sở vi phạm", PD),
    F("xử phạt 87,5 triệu đồng", "87,5", 87.5e6, "money", "đồng",
      "tiền xử phạt cơ sở vi phạm", PD),
    F("của 4 cơ sở", "4", 4, "count", "cơ sở",
      "cơ sở bị đề nghị thu hồi giấy chứng nhận", PD),
    F("(72 cơ sở)", "72", 72, "count", "cơ sở",
      "cơ sở cầm đồ", location="TP. Bắc Giang"),
    F("(41 cơ sở)", "41", 41, "count", "cơ sở",
      "cơ sở cầm đồ", location="Lạng Giang"),
    F("(29 cơ sở)", "29", 29, "count", "cơ sở",
      "cơ sở cầm đồ", location="Yên Dũng"),
    F("giải ngân 1.126 tỷ đồng", "1.126", 1126e9, "money", "đồng",
      "vốn Chi nhánh Ngân hàng Chính sách xã hội tỉnh giải ngân"),
    F("24.850 lượt hộ vay", "24.850", 24850, "count", "lượt hộ vay",
      "lượt hộ vay vốn Ngân hàng Chính sách xã hội"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang (breadcrumb, 'Cập nhật: 08/10/2024 15:42 | Lượt xem: 3.184'): tín dụng đen 9 tháng 2024, cơ sở cầm đồ, vốn NHCSXH.",
    "Headline '9 tháng' takes the year of the dateline. 'Trong đó' parts: vụ of 41 vụ, bị can/đối tượng of 96 đối tượng (27+14=41, 63+33=96).",
    "'tăng 7 vụ' is the change of 41 vụ (unit vụ), though it stands after 96 đối tượng. 'đạt 64,5% tổng số cơ sở' is the share of 205 (no whole stated: no total).",
    "Not figures: Lượt xem 3.184, Điều 201, PC02, 'Công ty TNHH Tài chính số 79', phone 0204.3854.113, 'số 8 đường Nguyễn Văn Cừ', dates.",
    "'%/năm' interest: kind percent, unit '%' (the spec's unit for percents), 'năm' left to the subject.",
    "revised after first scoring: subjects of the 205/19/87,5 figures no longer import 'cầm đồ' from the previous sentence (spec: subject as the sentence names it).",
]

if __name__ == "__main__":
    emit("p599-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bắc Giang")
