"""p602-5: Party newspaper (Báo Thái Bình) — outage time (SAIDI) and grid investment 2023, targets 2024/2025."""
from lib import F, P, INH, CH, emit

TEXT = """BÁO THÁI BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH
Kinh tế

Thái Bình: Giảm mạnh thời gian mất điện của khách hàng

Năm 2023, chỉ số thời gian mất điện bình quân của khách hàng (SAIDI) trên địa bàn tỉnh là 296,4 phút, giảm 112,8 phút so với năm 2022 và thấp hơn 18,6 phút so với chỉ tiêu EVNNPC giao. Chỉ số số lần mất điện thoáng qua (MAIFI) là 0,62 lần/khách hàng.

Để đạt kết quả trên, Công ty Điện lực Thái Bình đã đẩy mạnh sửa chữa điện nóng với 1.245 lần thi công, tăng 36% so với năm trước, giúp giảm khoảng 8,2 triệu kWh điện năng không cung cấp được. Tỷ lệ công việc trên lưới được thực hiện bằng hotline chiếm từ 65 đến 70% tổng khối lượng.

Trong năm, ngành điện đầu tư xây dựng mới và cải tạo 214 trạm biến áp phân phối, 156,8 km đường dây trung áp và 302,5 km đường dây hạ áp với tổng vốn 415,6 tỷ đồng, trong đó vốn đầu tư xây dựng 268,3 tỷ đồng, vốn sửa chữa lớn 147,3 tỷ đồng. Các địa bàn được đầu tư nhiều là huyện Thái Thụy (32 trạm), Tiền Hải (28 trạm) và Kiến Xương (25 trạm).

Năm 2024, Công ty đặt mục tiêu SAIDI không quá 260 phút, tỷ lệ tổn thất điện năng dưới 4,2%; phấn đấu đến năm 2025, 100% trạm biến áp 110kV vận hành không người trực. Hiện toàn tỉnh có 16/19 trạm biến áp 110kV đã chuyển sang vận hành không người trực.

Mọi phản ánh về sự cố điện, khách hàng gọi Trung tâm Chăm sóc khách hàng 19006769 hoặc đến trụ sở Công ty tại số 14 Quang Trung, TP Thái Bình.

Minh Hương
15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("là 296,4 phút", "296,4", 296.4, "measure", "phút",
      "chỉ số thời gian mất điện bình quân của khách hàng (SAIDI)", Y23,
      change=CH("decrease", 112.8, "phút", "năm 2022")),
    F("thấp hơn 18,6 phút", "18,6", 18.6, "measure", "phút",
      "SAIDI thấp hơn so với chỉ tiêu EVNNPC giao", Y23, optional=True),
    F("là 0,62 lần", "0,62", 0.62, "measure", "lần/khách hàng",
      "Chỉ số số lần mất điện thoáng qua (MAIFI)", INH(Y23)),
    F("với 1.245 lần thi công", "1.245", 1245, "count", "lần thi công", "sửa chữa điện nóng", INH(Y23),
      change=CH("increase", 36, "%", "năm trước")),
    F("khoảng 8,2 triệu kWh", "8,2", 8200000, "measure", "kWh", "điện năng không cung cấp được giảm",
      INH(Y23), approx="about"),
    F("từ 65 đến 70%", "65", 65, "percent", "%", "Tỷ lệ công việc trên lưới được thực hiện bằng hotline",
      INH(Y23), value_max=70),
    F("cải tạo 214 trạm", "214", 214, "count", "trạm biến áp",
      "trạm biến áp phân phối xây dựng mới và cải tạo", TN),
    F("156,8 km", "156,8", 156.8, "measure", "km", "đường dây trung áp xây dựng mới và cải tạo", TN),
    F("302,5 km", "302,5", 302.5, "measure", "km", "đường dây hạ áp xây dựng mới và cải tạo", TN),
    F("tổng vốn 415,6 tỷ đồng", "415,6", 415600000000, "money", "đồng", "tổng vốn", TN),
    F("xây dựng 268,3 tỷ đồng", "268,3", 268300000000, "money", "đồng", "vốn đầu tư xây dựng", TN,
      total=415600000000),
    F("lớn 147,3 tỷ đồng", "147,3", 147300000000, "money", "đồng", "vốn sửa chữa lớn", TN,
      total=415600000000),
    F("Thái Thụy (32 trạm)", "32", 32, "count", "trạm", "trạm biến áp phân phối được đầu tư", INH(TN),
      location="Thái Thụy"),
    F("Tiền Hải (28 trạm)", "28", 28, "count", "trạm", "trạm biến áp phân phối được đầu tư", INH(TN),
      location="Tiền Hải"),
    F("Kiến Xương (25 trạm)", "25", 25, "count", "trạm", "trạm biến áp phân phối được đầu tư", INH(TN),
      location="Kiến Xương"),
    F("không quá 260 phút", "260", 260, "measure", "phút", "SAIDI", Y24, approx="at_most", status="target"),
    F("dưới 4,2%", "4,2", 4.2, "percent", "%", "tỷ lệ tổn thất điện năng", Y24, approx="under",
      status="target"),
    F("2025, 100% trạm", "100", 100, "percent", "%", "trạm biến áp 110kV vận hành không người trực",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("có 16/19 trạm", "16", 16, "count", "trạm biến áp",
      "trạm biến áp 110kV đã chuyển sang vận hành không người trực", total=19),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper), byline and bare date at the end: SAIDI/MAIFI 2023, sửa chữa điện nóng, đầu tư lưới",
    "điện 2023 by district, targets 2024/2025. 'thấp hơn 18,6 phút so với chỉ tiêu' is the second change on SAIDI",
    "(one change per figure): its own figure, optional. 'Trong năm' takes 2023 from the lead. '1.245 lần thi công' is a",
    "count of jobs, not a multiple. Vốn parts after 'trong đó' add up to 415,6 tỷ. District items: no total (no cue).",
    "Distractors: 110kV, hotline 19006769, 'số 14 Quang Trung', byline date. '16/19 trạm' has 'Hiện' and no period.",
]

if __name__ == "__main__":
    emit("p602-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Thái Bình")
