import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """UBND HUYỆN LỤC NAM - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Quốc phòng - An ninh
Thứ Ba, 12/03/2024 - 15:20

Lục Nam: Hơn 18 nghìn lượt người được tuyên truyền phòng, chống lừa đảo trực tuyến

Năm 2023, Công an huyện phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện tổ chức 146 buổi tuyên truyền lưu động tại 25/25 xã, thị trấn, thu hút hơn 18.400 lượt người tham dự, tăng 5.200 lượt so với năm 2022. Hệ thống truyền thanh cơ sở phát 1.320 tin, bài; in và phát 21.500 tờ rơi, 640 áp phích có mã QR dẫn đến trang cảnh báo lừa đảo.

Cũng trong năm 2023, trên địa bàn huyện xảy ra 37 vụ lừa đảo qua mạng, làm 41 người bị hại, số tiền thiệt hại hơn 3,2 tỷ đồng. Trong đó, nhóm từ 18 đến 30 tuổi có 15 người (chiếm 36,6%), nhóm từ 31 đến 60 tuổi có 14 người, nhóm trên 60 tuổi có 9 người và học sinh dưới 18 tuổi có 3 người. Đáng chú ý, một phụ nữ ở thị trấn Đồi Ngô bị lừa 780 triệu đồng khi làm "nhiệm vụ" trên mạng.

Công an huyện đã hướng dẫn 12.650 người dân cài đặt, kích hoạt ứng dụng VNeID mức độ 2 và lập 27 nhóm Zalo "An toàn trên không gian mạng" với khoảng 9.800 thành viên. Các xã Bảo Sơn, Huyền Sơn, Tiên Hưng thực hiện tốt mô hình "Tổ liên gia an toàn", không để xảy ra vụ lừa đảo nào.

Năm 2024, huyện phấn đấu giảm từ 10 đến 15% số vụ lừa đảo qua mạng so với năm 2023; 100% thôn, tổ dân phố có ít nhất 1 tuyên truyền viên về an ninh mạng.

Mọi phản ánh xin liên hệ: Công an huyện Lục Nam, số 8 đường Thân Công Tài, thị trấn Đồi Ngô; điện thoại 0204.3884.101.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 18 nghìn lượt người", "18", 18000, "count", "lượt người",
      "lượt người được tuyên truyền phòng, chống lừa đảo trực tuyến", I(Y23), approx="over"),
    F("tổ chức 146 buổi", "146", 146, "count", "buổi", "buổi tuyên truyền lưu động", Y23),
    F("tại 25/25 xã", "25", 25, "count", "xã, thị trấn", "xã, thị trấn tổ chức tuyên truyền lưu động", Y23, total=25),
    F("hơn 18.400 lượt người", "18.400", 18400, "count", "lượt người", "lượt người tham dự tuyên truyền lưu động", Y23,
      approx="over", change=CH("increase", 5200, "lượt", "năm 2022")),
    F("phát 1.320 tin, bài", "1.320", 1320, "count", "tin, bài", "tin, bài hệ thống truyền thanh cơ sở phát", I(Y23)),
    F("phát 21.500 tờ rơi", "21.500", 21500, "count", "tờ rơi", "tờ rơi in và phát", I(Y23)),
    F("640 áp phích", "640", 640, "count", "áp phích", "áp phích có mã QR dẫn đến trang cảnh báo lừa đảo", I(Y23)),
    F("xảy ra 37 vụ", "37", 37, "count", "vụ", "vụ lừa đảo qua mạng xảy ra trên địa bàn huyện", Y23b),
    F("làm 41 người bị hại", "41", 41, "count", "người bị hại", "người bị hại", Y23b),
    F("hơn 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "số tiền thiệt hại", Y23b, approx="over"),
    F("nhóm từ 18 đến 30 tuổi", "18", 18, "measure", "tuổi", "nhóm tuổi", value_max=30, optional=True),
    F("có 15 người", "15", 15, "count", "người", "người bị hại nhóm từ 18 đến 30 tuổi", I(Y23b), total=41, percent=36.6),
    F("nhóm từ 31 đến 60 tuổi", "31", 31, "measure", "tuổi", "nhóm tuổi", value_max=60, optional=True),
    F("có 14 người", "14", 14, "count", "người", "người bị hại nhóm từ 31 đến 60 tuổi", I(Y23b), total=41),
    F("nhóm trên 60 tuổi", "60", 60, "measure", "tuổi", "nhóm tuổi", approx="over", optional=True),
    F("có 9 người", "9", 9, "count", "người", "người bị hại nhóm trên 60 tuổi", I(Y23b), total=41),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", "nhóm tuổi", approx="under", optional=True),
    F("có 3 người", "3", 3, "count", "người", "người bị hại là học sinh dưới 18 tuổi", I(Y23b), total=41),
    F("lừa 780 triệu đồng", "780", 780e6, "money", "đồng", "số tiền một phụ nữ ở thị trấn Đồi Ngô bị lừa", I(Y23b)),
    F("hướng dẫn 12.650 người dân", "12.650", 12650, "count", "người dân",
      "người dân được hướng dẫn cài đặt, kích hoạt ứng dụng VNeID mức độ 2"),
    F("lập 27 nhóm Zalo", "27", 27, "count", "nhóm Zalo", "nhóm Zalo \"An toàn trên không gian mạng\""),
    F("khoảng 9.800 thành viên", "9.800", 9800, "count", "thành viên", "thành viên nhóm Zalo \"An toàn trên không gian mạng\"",
      approx="about"),
    F("giảm từ 10 đến 15%", "10", 10, "percent", "%", "số vụ lừa đảo qua mạng giảm so với năm 2023", Y24,
      value_max=15, status="target"),
    F("100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có ít nhất 1 tuyên truyền viên về an ninh mạng", Y24,
      status="target"),
    F("ít nhất 1 tuyên truyền viên", "1", 1, "count", "tuyên truyền viên", "tuyên truyền viên về an ninh mạng mỗi thôn",
      approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Lục Nam (Bắc Giang): tuyên truyền phòng, chống lừa đảo trực tuyến năm 2023, bị hại theo nhóm tuổi, mục tiêu 2024.",
    "District portal, dateline 'Thứ Ba, 12/03/2024 - 15:20'. Location: the district (Lục Nam) for all figures.",
    "Age-group bounds (18-30, 31-60, trên 60, dưới 18 tuổi) and 'ít nhất 1 tuyên truyền viên' are optional (cf. shared h24 'dưới 1 tuổi').",
    "The age groups follow 'Trong đó' after the 41 victims (they add up to 41): total 41. 'một phụ nữ', 'mức độ 2', address and phone are not figures.",
    "Headline figure takes the lead's year as inherited period; sentences with no period phrase get none.",
]

if __name__ == "__main__":
    emit("p682-2", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Lục Nam")
