"""p1047-1: province portal (Quảng Ngãi), squid fleet and catch in quý I/2024."""
from lib import C, F, I, P, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Quảng Ngãi: Ngư dân câu mực khơi trúng vụ đầu năm
Cập nhật: 18/04/2024 09:45 | Lượt xem: 2.317

Quý I/2024, đội tàu câu mực xa bờ của tỉnh Quảng Ngãi khai thác được 6.850 tấn mực các loại, tăng 12,4% so với cùng kỳ năm 2023, chiếm 18,6% tổng sản lượng khai thác hải sản của tỉnh.

Toàn tỉnh hiện có 1.046 tàu làm nghề câu mực, trong đó 712 tàu có chiều dài từ 15 m trở lên. Đội tàu tập trung chủ yếu ở các huyện Bình Sơn (438 tàu), Lý Sơn (315 tàu) và thành phố Quảng Ngãi (196 tàu).

Ngư dân Nguyễn Văn Ba (xã An Hải, huyện Lý Sơn), chủ tàu QNg 96417 TS, cho biết mỗi chuyến biển kéo dài từ 25 đến 30 ngày; chuyến vừa qua tàu ông thu về khoảng 3,5 tấn mực khô, trừ chi phí còn lãi hơn 900 triệu đồng, mỗi thuyền viên được chia từ 35 đến 40 triệu đồng. Giá mực khô loại 1 tại Lý Sơn hiện dao động 750.000-800.000 đồng/kg, cao hơn khoảng 50.000 đồng/kg so với đầu năm.

Từ đầu năm đến nay, Sở Nông nghiệp và Phát triển nông thôn phối hợp Bộ đội Biên phòng tỉnh kiểm tra 1.280 lượt tàu cá xuất, nhập bến, phát hiện 9 trường hợp vi phạm về thiết bị giám sát hành trình, xử phạt 186 triệu đồng theo Nghị định số 42/2019/NĐ-CP.

Năm 2024, tỉnh phấn đấu sản lượng khai thác mực đạt 28.000 tấn. Tỉnh dự kiến hỗ trợ 25 tàu câu mực thay mới hệ thống đèn LED với tổng kinh phí khoảng 3,5 tỷ đồng.

Cổng Thông tin điện tử tỉnh Quảng Ngãi - Số 52 Hùng Vương, TP Quảng Ngãi
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khai thác được 6.850 tấn", "6.850", 6850, "measure", "tấn",
      "sản lượng mực khai thác của đội tàu câu mực xa bờ", Q1,
      percent=18.6, change=C("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("hiện có 1.046 tàu", "1.046", 1046, "count", "tàu", "tàu làm nghề câu mực"),
    F("trong đó 712 tàu", "712", 712, "count", "tàu", "tàu câu mực có chiều dài từ 15 m trở lên", total=1046),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", optional=True),
    F("Bình Sơn (438 tàu)", "438", 438, "count", "tàu", "tàu làm nghề câu mực", location="Bình Sơn"),
    F("Lý Sơn (315 tàu)", "315", 315, "count", "tàu", "tàu làm nghề câu mực", location="Lý Sơn"),
    F("Quảng Ngãi (196 tàu)", "196", 196, "count", "tàu", "tàu làm nghề câu mực", location="Quảng Ngãi"),
    F("từ 25 đến 30 ngày", "25", 25, "measure", "ngày", "thời gian mỗi chuyến biển",
      value_max=30, location="Lý Sơn"),
    F("khoảng 3,5 tấn mực khô", "3,5", 3.5, "measure", "tấn", "mực khô thu về chuyến vừa qua",
      approx="about", location="Lý Sơn"),
    F("lãi hơn 900 triệu đồng", "900", 900e6, "money", "đồng", "lãi chuyến biển sau khi trừ chi phí",
      approx="over", location="Lý Sơn"),
    F("từ 35 đến 40 triệu đồng", "35", 35e6, "money", "đồng", "tiền chia mỗi thuyền viên",
      value_max=40e6, location="Lý Sơn"),
    F("750.000-800.000 đồng/kg", "750.000", 750000, "money", "đồng/kg", "giá mực khô loại 1",
      value_max=800000, location="Lý Sơn",
      change=C("increase", 50000, "đồng/kg", baseline="đầu năm", approx="about")),
    F("kiểm tra 1.280 lượt", "1.280", 1280, "count", "lượt tàu cá", "lượt tàu cá xuất, nhập bến được kiểm tra", YTD),
    F("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp",
      "trường hợp vi phạm về thiết bị giám sát hành trình", YTD),
    F("xử phạt 186 triệu đồng", "186", 186e6, "money", "đồng", "tiền xử phạt vi phạm", YTD),
    F("đạt 28.000 tấn", "28.000", 28000, "measure", "tấn", "sản lượng khai thác mực", Y24, status="target"),
    F("hỗ trợ 25 tàu", "25", 25, "count", "tàu", "tàu câu mực được hỗ trợ thay mới hệ thống đèn LED",
      I(Y24), status="forecast"),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "tổng kinh phí hỗ trợ thay mới hệ thống đèn LED",
      I(Y24), approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT Quảng Ngãi: tàu câu mực xa bờ, sản lượng quý I/2024, chuyến biển của một chủ tàu Lý Sơn, giá mực khô, kiểm tra IUU, mục tiêu 2024.",
    "Not figures: 'Cập nhật: 18/04/2024 09:45', 'Lượt xem: 2.317', 'QNg 96417 TS' (boat number), 'Nguyễn Văn Ba' (name),",
    "'mực khô loại 1' (a grade), 'Nghị định số 42/2019/NĐ-CP', 'Số 52 Hùng Vương' (address).",
    "The district list after a sentence break does not add up to 1.046 (949) and has no part-of cue: no total.",
    "The fisherman's trip figures describe his Lý Sơn boat: location Lý Sơn. 'Từ đầu năm đến nay' ends at the dateline.",
]

emit("p1047-1", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Quảng Ngãi")
