"""p676-8: Đà Nẵng city portal — cấp cứu 115 during the 30/4-1/5/2024 holiday, quý I/2024, private ambulances."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Tin tức / Y tế

Nghỉ lễ 30/4 - 1/5: Cấp cứu 115 Đà Nẵng tiếp nhận 74 ca tai nạn giao thông

Ngày cập nhật 06/05/2024

Theo Trung tâm Cấp cứu 115 Đà Nẵng, trong 5 ngày nghỉ lễ Giải phóng miền Nam, thống nhất đất nước và Quốc tế Lao động (từ 27/4 đến 1/5/2024), Trung tâm nhận 1.032 cuộc gọi, thực hiện 268 chuyến xe cấp cứu, vận chuyển 251 người bệnh. Trong đó, 74 người bị tai nạn giao thông, tăng 12 người so với dịp lễ năm 2023; sáu người bị đuối nước tại các bãi biển Mỹ Khê, Non Nước; còn lại là bệnh lý và tai nạn sinh hoạt.

Các quận Hải Châu (19 ca), Thanh Khê (15 ca), Sơn Trà (13 ca) có số ca tai nạn giao thông nhiều nhất.

Quý I/2024, Trung tâm tiếp nhận 5.418 cuộc gọi, vận chuyển 1.327 người bệnh, đạt 26,5% kế hoạch năm. Thời gian tiếp cận hiện trường bình quân 9,8 phút.

Về cấp cứu ngoại viện tư nhân, Sở Y tế đã cấp phép cho mười hai cơ sở với 38 xe cứu thương. Trong quý I, Thanh tra Sở phát hiện hai cơ sở sử dụng xe không đạt chuẩn, xử phạt tổng cộng 45 triệu đồng.

Thành phố hiện có 26 xe cấp cứu công lập, tương đương 2,1 xe/10 vạn dân. Ước năm 2024, Trung tâm vận chuyển khoảng 5.300 người bệnh; đến năm 2025 phấn đấu 100% xe cấp cứu được lắp thiết bị giám sát hành trình (GPS) kết nối với tổng đài.

Đường dây nóng: 0236.3822.115 | Trụ sở: 106 Lê Lợi, quận Hải Châu.
"""

HOL = P("từ 27/4 đến 1/5/2024", "2024-04-27", "2024-05-01")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("tiếp nhận 74 ca", "74", 74, "count", "ca", subject="ca tai nạn giao thông", period=I(HOL)),
    F("1.032 cuộc gọi", "1.032", 1032, "count", "cuộc gọi", subject="cuộc gọi Trung tâm nhận", period=HOL),
    F("268 chuyến", "268", 268, "count", "chuyến xe cấp cứu", subject="chuyến xe cấp cứu thực hiện", period=HOL),
    F("251 người bệnh", "251", 251, "count", "người bệnh", subject="người bệnh được vận chuyển", period=HOL),
    F("74 người bị", "74", 74, "count", "người", total=251,
      change=CH("increase", 12, "người", baseline="dịp lễ năm 2023"), subject="người bị tai nạn giao thông", period=I(HOL)),
    F("sáu người", "sáu", 6, "count", "người", total=251, subject="người bị đuối nước tại các bãi biển", period=I(HOL)),
    F("Hải Châu (19 ca)", "19", 19, "count", "ca", subject="ca tai nạn giao thông", period=I(HOL), location="Hải Châu"),
    F("Thanh Khê (15 ca)", "15", 15, "count", "ca", subject="ca tai nạn giao thông", period=I(HOL), location="Thanh Khê"),
    F("Sơn Trà (13 ca)", "13", 13, "count", "ca", subject="ca tai nạn giao thông", period=I(HOL), location="Sơn Trà"),
    F("5.418 cuộc gọi", "5.418", 5418, "count", "cuộc gọi", subject="cuộc gọi Trung tâm tiếp nhận", period=Q1),
    F("1.327 người bệnh", "1.327", 1327, "count", "người bệnh", percent=26.5,
      subject="người bệnh được vận chuyển", period=Q1),
    F("bình quân 9,8 phút", "9,8", 9.8, "measure", "phút", subject="thời gian tiếp cận hiện trường bình quân", period=I(Q1)),
    F("mười hai cơ sở", "mười hai", 12, "count", "cơ sở",
      subject="cơ sở cấp cứu ngoại viện tư nhân được cấp phép"),
    F("38 xe cứu thương", "38", 38, "count", "xe cứu thương", subject="xe cứu thương của các cơ sở tư nhân"),
    F("phát hiện hai cơ sở", "hai", 2, "count", "cơ sở", subject="cơ sở sử dụng xe không đạt chuẩn",
      period=P("quý I", "2024-01-01", "2024-03-31")),
    F("45 triệu đồng", "45", 45e6, "money", "đồng", subject="tổng số tiền xử phạt",
      period=P("quý I", "2024-01-01", "2024-03-31")),
    F("26 xe cấp cứu", "26", 26, "count", "xe cấp cứu", subject="xe cấp cứu công lập"),
    F("2,1 xe/10 vạn dân", "2,1", 2.1, "measure", "xe/10 vạn dân", subject="xe cấp cứu công lập bình quân"),
    F("khoảng 5.300 người bệnh", "5.300", 5300, "count", "người bệnh", approx="about", status="estimate",
      subject="người bệnh Trung tâm vận chuyển", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="xe cấp cứu được lắp thiết bị giám sát hành trình (GPS) kết nối với tổng đài",
      period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng, 'Ngày cập nhật 06/05/2024' = published: Trung tâm Cấp cứu 115 in the 30/4-1/5 holiday (27/4-1/5/2024),",
    "quý I/2024 results and private ambulance licensing. '30/4 - 1/5', '5 ngày nghỉ lễ' (duration), '106 Lê Lợi', 0236.3822.115, '115' are not figures.",
    "Parts after 'Trong đó' (74 and 'sáu' người) take total 251; quận list items have no cue and do not add up: no total.",
    "'tương đương 2,1 xe/10 vạn dân' is a rate restating the fleet, not a share: a measure figure of its own. Number words 'mười hai', 'hai'.",
    "'đạt 26,5% kế hoạch năm' is the percent of 1.327. 'Ước năm 2024' = estimate; 'đến năm 2025 phấn đấu' = target.",
]

if __name__ == "__main__":
    emit("p676-8", TEXT, COMMENTS, FIGS, published="2024-05-06", location="Đà Nẵng")
