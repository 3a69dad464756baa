"""p900-1: Quảng Bình province portal, H1/2024 accommodation and inspections."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch
Quảng Bình: Công suất buồng phòng 6 tháng đạt hơn 58%
Cập nhật: 18/07/2024 09:15 | Lượt xem: 1.347

Theo Sở Du lịch, tính đến ngày 30/6/2024, toàn tỉnh Quảng Bình có 1.126 cơ sở lưu trú với 16.480 buồng, tăng 74 cơ sở so với cuối năm trước. Trong đó có 342 khách sạn, 598 nhà nghỉ và 186 homestay, biệt thự du lịch. Thành phố Đồng Hới hiện tập trung 412 cơ sở, chiếm 36,6% tổng số cơ sở lưu trú toàn tỉnh.

6 tháng đầu năm, các cơ sở lưu trú đón khoảng 1,42 triệu lượt khách, tăng 12,6% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 96.500 lượt. Công suất sử dụng buồng bình quân đạt 58,4%, riêng tháng 6 đạt 71%. Doanh thu dịch vụ lưu trú ước đạt 1.215 tỷ đồng, bằng 54,2% kế hoạch năm.

Tại Đồng Hới, giá phòng nhà nghỉ phổ biến từ 300.000 đến 450.000 đồng/đêm; tại khu vực Phong Nha (huyện Bố Trạch), giá homestay khoảng 250.000 đồng/người/đêm.

Từ đầu tháng 5 đến nay, Công an tỉnh đã kiểm tra 415 lượt cơ sở kinh doanh lưu trú theo Nghị định số 96/2016/NĐ-CP, phát hiện 37 cơ sở vi phạm, xử phạt 186 triệu đồng. Các lỗi chủ yếu là không thông báo lưu trú (19 trường hợp) và thiếu phương tiện phòng cháy (11 trường hợp). Đây là đợt kiểm tra lần thứ 2 trong năm.

Năm 2024, tỉnh phấn đấu đón 5 triệu lượt khách, trong đó khách lưu trú đạt 2,8 triệu lượt; công suất buồng bình quân đạt 60%.

Đường dây nóng hỗ trợ du khách: 0232.3822.018.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
SINCE = P("Từ đầu tháng 5 đến nay", "2024-05-01", "2024-07-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("6 tháng đạt hơn 58%", "58", 58, "percent", "%", "công suất buồng phòng",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 1.126 cơ sở lưu trú", "1.126", 1126, "count", "cơ sở lưu trú", "cơ sở lưu trú", ASOF,
      change=C("increase", 74, "cơ sở", "cuối năm trước")),
    F("với 16.480 buồng", "16.480", 16480, "count", "buồng", "buồng của các cơ sở lưu trú", ASOF),
    F("có 342 khách sạn", "342", 342, "count", "khách sạn", "khách sạn", I(ASOF), total=1126),
    F("598 nhà nghỉ", "598", 598, "count", "nhà nghỉ", "nhà nghỉ", I(ASOF), total=1126),
    F("186 homestay", "186", 186, "count", "homestay", "homestay, biệt thự du lịch", I(ASOF), total=1126),
    F("tập trung 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở lưu trú", percent=36.6, location="Đồng Hới"),
    F("khoảng 1,42 triệu lượt khách", "1,42", 1420000, "count", "lượt khách",
      "lượt khách các cơ sở lưu trú đón", H1, approx="about",
      change=C("increase", 12.6, "%", "cùng kỳ năm 2023")),
    F("đạt 96.500 lượt", "96.500", 96500, "count", "lượt", "khách quốc tế", H1, total=1420000),
    F("bình quân đạt 58,4%", "58,4", 58.4, "percent", "%", "công suất sử dụng buồng bình quân", I(H1)),
    F("tháng 6 đạt 71%", "71", 71, "percent", "%", "công suất sử dụng buồng tháng 6",
      P("tháng 6", "2024-06-01", "2024-06-30")),
    F("ước đạt 1.215 tỷ đồng", "1.215", 1215e9, "money", "đồng", "doanh thu dịch vụ lưu trú", I(H1),
      percent=54.2, status="estimate"),
    F("từ 300.000 đến 450.000 đồng/đêm", "300.000", 300000, "money", "đồng/đêm", "giá phòng nhà nghỉ",
      value_max=450000, location="Đồng Hới"),
    F("khoảng 250.000 đồng/người/đêm", "250.000", 250000, "money", "đồng/người/đêm", "giá homestay",
      approx="about", location="Bố Trạch"),
    F("kiểm tra 415 lượt", "415", 415, "count", "lượt cơ sở", "lượt cơ sở kinh doanh lưu trú được kiểm tra", SINCE),
    F("phát hiện 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở vi phạm", SINCE),
    F("xử phạt 186 triệu đồng", "186", 186e6, "money", "đồng", "tiền xử phạt", SINCE),
    F("(19 trường hợp)", "19", 19, "count", "trường hợp", "trường hợp không thông báo lưu trú", I(SINCE)),
    F("(11 trường hợp)", "11", 11, "count", "trường hợp", "trường hợp thiếu phương tiện phòng cháy", I(SINCE)),
    F("đón 5 triệu lượt khách", "5", 5e6, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("đạt 2,8 triệu lượt", "2,8", 2.8e6, "count", "lượt", "khách lưu trú", Y24, total=5e6, status="target"),
    F("đạt 60%", "60", 60, "percent", "%", "công suất buồng bình quân", Y24, status="target"),
]

NOTES = [
    "p900-1: Quảng Bình province portal (breadcrumb, Cập nhật | Lượt xem). Headline '6 tháng' takes 2024 from the page date.",
    "Distractors: Lượt xem 1.347, times, Nghị định số 96/2016/NĐ-CP, 'lần thứ 2', phone 0232.3822.018.",
    "tăng 74 cơ sở is the change of 1.126 cơ sở (same unit), not of 16.480 buồng that stands between.",
    "The 19/11 trường hợp are the 'lỗi chủ yếu', not a breakdown of the 37 cơ sở: no total. 'Từ đầu tháng 5 đến nay' ends at the page date.",
]

if __name__ == "__main__":
    write("p900-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Quảng Bình")
