"""p889-5: Party/provincial newspaper (Báo Đắk Lắk), byline and bare date at the end — chi phí học thêm."""
from lib import F, P, CH, build

TEXT = """Nỗi lo chi phí học thêm

Bước vào năm học mới, nhiều phụ huynh ở TP Buôn Ma Thuột lại đau đầu với khoản chi cho con học thêm. Chị H'Yến Niê (phường Tân Lợi) cho biết mỗi tháng gia đình chi gần 2 triệu đồng cho 2 con học thêm Toán và Tiếng Anh, mỗi buổi 40.000 đồng.

Theo khảo sát của Hội Khuyến học tỉnh thực hiện trong tháng 9/2023 tại 6 trường THCS ở TP Buôn Ma Thuột, có 68% học sinh học thêm ít nhất 2 môn; chi phí bình quân khoảng 850.000 đồng/học sinh/tháng. Mức chi này gấp khoảng 1,7 lần năm 2020. Đáng chú ý, 23% phụ huynh được hỏi cho rằng con học thêm vì "sợ thua bạn bè".

Toàn tỉnh Đắk Lắk hiện có 214 cơ sở dạy thêm được cấp phép, trong đó TP Buôn Ma Thuột có 131 cơ sở, chiếm 61,2%. Năm học 2022-2023, ngành giáo dục đã kiểm tra 96 cơ sở, nhắc nhở 14 cơ sở và xử lý 7 trường hợp giáo viên vi phạm. Trong 9 tháng đầu năm 2023, Thanh tra Sở tiếp nhận 11 đơn phản ánh về dạy thêm, tăng 3 đơn so với cùng kỳ năm 2022. Mặc dù vậy, tình trạng dạy thêm không phép vẫn còn, nhất là tại các khu dân cư dọc đường Y Wang và Quốc lộ 14.

Ông Phạm Đăng Khoa, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, năm học 2023-2024, ngành đặt mục tiêu kiểm tra trên 150 cơ sở, đồng thời dự kiến tổ chức phụ đạo miễn phí cho khoảng 3.000 học sinh có học lực yếu.

HOÀNG LAN
15/10/2023
"""

SEP = P("trong tháng 9/2023", "2023-09-01", "2023-09-30")
SEP_I = P("trong tháng 9/2023", "2023-09-01", "2023-09-30", inherited=True)
SY22 = P("Năm học 2022-2023", "2022-09-01", "2023-05-31")
SY23 = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
M9 = P("Trong 9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
BMT = "Buôn Ma Thuột"

FIGS = [
    F("gần 2 triệu đồng", "2", "money", "đồng/tháng", "chi phí cho con học thêm mỗi tháng của một gia đình",
      approx="nearly", location=BMT),
    F("cho 2 con", "2", "count", "con", "con học thêm", location=BMT, optional=True),
    F("mỗi buổi 40.000 đồng", "40.000", "money", "đồng/buổi", "học phí mỗi buổi học thêm", location=BMT),
    F("tại 6 trường", "6", "count", "trường", "trường THCS được khảo sát", period=SEP, location=BMT),
    F("có 68% học sinh", "68", "percent", "%", "học sinh học thêm ít nhất 2 môn", period=SEP, location=BMT),
    F("ít nhất 2 môn", "2", "count", "môn", "môn học thêm", approx="at_least", location=BMT, optional=True),
    F("khoảng 850.000 đồng/học sinh/tháng", "850.000", "money", "đồng/học sinh/tháng", "chi phí học thêm bình quân",
      approx="about", period=SEP, location=BMT),
    F("gấp khoảng 1,7 lần", "1,7", "multiple", "lần", "mức chi học thêm so với năm 2020", approx="about",
      period=SEP_I, location=BMT),
    F("23% phụ huynh", "23", "percent", "%", "phụ huynh cho rằng con học thêm vì sợ thua bạn bè",
      period=SEP_I, location=BMT),
    F("có 214 cơ sở", "214", "count", "cơ sở", "cơ sở dạy thêm được cấp phép"),
    F("có 131 cơ sở", "131", "count", "cơ sở", "cơ sở dạy thêm được cấp phép", total=214, percent=61.2, location=BMT),
    F("kiểm tra 96 cơ sở", "96", "count", "cơ sở", "cơ sở dạy thêm được kiểm tra", period=SY22),
    F("nhắc nhở 14 cơ sở", "14", "count", "cơ sở", "cơ sở bị nhắc nhở", period=SY22),
    F("xử lý 7 trường hợp", "7", "count", "trường hợp", "trường hợp giáo viên vi phạm bị xử lý", period=SY22),
    F("tiếp nhận 11 đơn", "11", "count", "đơn", "đơn phản ánh về dạy thêm",
      change=CH("increase", 3, "đơn", "cùng kỳ năm 2022"), period=M9),
    F("trên 150 cơ sở", "150", "count", "cơ sở", "cơ sở dạy thêm được kiểm tra", approx="over", status="target",
      period=SY23),
    F("khoảng 3.000 học sinh", "3.000", "count", "học sinh", "học sinh có học lực yếu được phụ đạo miễn phí",
      approx="about", status="forecast", period=SY23),
]

NOTES = [
    "Báo Đắk Lắk: chi phí học thêm ở TP Buôn Ma Thuột, khảo sát của Hội Khuyến học tháng 9/2023; byline HOÀNG LAN and bare date 15/10/2023 at the end.",
    "Figures of the Buôn Ma Thuột family and survey take 'Buôn Ma Thuột' (phường Tân Lợi lies in it); provincial figures 'Đắk Lắk'.",
    "'Mức chi này gấp khoảng 1,7 lần năm 2020' stands alone as the claim: a multiple. '2 con' and 'ít nhất 2 môn' (a category) are optional.",
    "'hiện' gives no period. 'đường Y Wang', 'Quốc lộ 14',",
    "'Toán', names are not figures. School year = 1/9 .. 31/5. 'mỗi tháng … gần 2 triệu đồng' is đồng/tháng.",
]

if __name__ == "__main__":
    build("p889-5", TEXT, FIGS, published="2023-10-15", location="Đắk Lắk", notes=NOTES)
