from lib import *

TEXT = """
Hà Giang: Du lịch cộng đồng 9 tháng đón gần 1,2 triệu lượt khách
Cập nhật: 08/10/2024 09:15
Lượt xem: 2.315

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 9 tháng năm 2024, các điểm du lịch cộng đồng trên địa bàn tỉnh Hà Giang đón gần 1,2 triệu lượt khách, tăng 18,6% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 186.400 lượt, chiếm 15,5%. Tổng doanh thu từ hoạt động du lịch cộng đồng ước đạt 1.150 tỷ đồng, tăng 21,3% so với cùng kỳ.

Tính đến ngày 30/9/2024, toàn tỉnh có 612 cơ sở homestay với khoảng 9.800 giường, tăng 74 cơ sở so với cuối năm 2023. Các huyện có nhiều homestay nhất là Đồng Văn (148 cơ sở), Mèo Vạc (97 cơ sở), Quản Bạ (86 cơ sở) và Hoàng Su Phì (71 cơ sở). Đến nay, tỉnh đã công nhận 29 làng văn hóa du lịch cộng đồng, trong đó 8 làng được công nhận trong năm 2024 như Lũng Cẩm (xã Sủng Là), Nậm Đăm (xã Quản Bạ).

Bình quân mỗi hộ làm homestay có thu nhập từ 120 đến 180 triệu đồng/năm. Thu nhập của hộ làm du lịch cao gấp khoảng 2,5 lần hộ thuần nông. Du lịch cộng đồng đã tạo việc làm cho trên 5.200 lao động. Trong số lao động này, 68% là người dân tộc thiểu số.

Thực hiện Kế hoạch số 215/KH-UBND của UBND tỉnh, từ nay đến cuối năm, Sở dự kiến mở 12 lớp tập huấn kỹ năng phục vụ homestay cho khoảng 600 học viên. Cả năm 2024, Hà Giang phấn đấu đón 1,6 triệu lượt khách du lịch cộng đồng, doanh thu đạt 1.500 tỷ đồng.

Thông tin chi tiết liên hệ Trung tâm Thông tin xúc tiến du lịch, số 12 đường Nguyễn Trãi, thành phố Hà Giang; điện thoại 0219.3875.046.
"""

p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
p30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
p30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
pnow = P("Đến nay", None, "2024-10-08")

FIGS = [
    F("đón gần 1,2 triệu lượt khách\nCập", "1,2", 1200000, "count", "lượt khách",
      "lượt khách du lịch cộng đồng", P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("đón gần 1,2 triệu lượt khách, tăng", "1,2", 1200000, "count", "lượt khách",
      "lượt khách đến các điểm du lịch cộng đồng", p9, approx="nearly",
      change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("đạt 186.400 lượt", "186.400", 186400, "count", "lượt", "khách quốc tế", p9,
      total=1200000, percent=15.5),
    F("ước đạt 1.150 tỷ đồng", "1.150", 1150000000000, "money", "đồng",
      "doanh thu từ hoạt động du lịch cộng đồng", p9i, status="estimate",
      change={"direction": "increase", "value": 21.3, "unit": "%", "baseline": "cùng kỳ"}),
    F("có 612 cơ sở homestay", "612", 612, "count", "cơ sở homestay", "cơ sở homestay", p30,
      change={"direction": "increase", "value": 74, "unit": "cơ sở", "baseline": "cuối năm 2023"}),
    F("khoảng 9.800 giường", "9.800", 9800, "count", "giường", "giường homestay", p30, approx="about"),
    F("Đồng Văn (148 cơ sở)", "148", 148, "count", "cơ sở", "homestay", p30i, location="Đồng Văn"),
    F("Mèo Vạc (97 cơ sở)", "97", 97, "count", "cơ sở", "homestay", p30i, location="Mèo Vạc"),
    F("Quản Bạ (86 cơ sở)", "86", 86, "count", "cơ sở", "homestay", p30i, location="Quản Bạ"),
    F("Hoàng Su Phì (71 cơ sở)", "71", 71, "count", "cơ sở", "homestay", p30i, location="Hoàng Su Phì"),
    F("công nhận 29 làng", "29", 29, "count", "làng", "làng văn hóa du lịch cộng đồng được công nhận", pnow),
    F("trong đó 8 làng", "8", 8, "count", "làng", "làng văn hóa du lịch cộng đồng được công nhận",
      Y(2024, "trong năm 2024")),
    F("từ 120 đến 180 triệu", "120", 120000000, "money", "đồng/năm", "thu nhập bình quân mỗi hộ làm homestay",
      value_max=180000000),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", "thu nhập của hộ làm du lịch so với hộ thuần nông",
      approx="about"),
    F("trên 5.200 lao động", "5.200", 5200, "count", "lao động", "lao động có việc làm từ du lịch cộng đồng",
      approx="over"),
    F("68% là người", "68", 68, "percent", "%", "tỷ lệ lao động là người dân tộc thiểu số"),
    F("mở 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn kỹ năng phục vụ homestay",
      P("từ nay đến cuối năm", "2024-10-08", "2024-12-31"), status="forecast", optional=False),
    F("khoảng 600 học viên", "600", 600, "count", "học viên", "học viên lớp tập huấn kỹ năng phục vụ homestay",
      P("từ nay đến cuối năm", "2024-10-08", "2024-12-31"), approx="about", status="forecast"),
    F("đón 1,6 triệu lượt", "1,6", 1600000, "count", "lượt khách", "lượt khách du lịch cộng đồng",
      Y(2024), status="target"),
    F("đạt 1.500 tỷ đồng", "1.500", 1500000000000, "money", "đồng", "doanh thu du lịch cộng đồng",
      Y(2024), status="target"),
]
for f in FIGS:
    f.pop("optional", None) if f.get("optional") is False else None

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang (province portal): community tourism 9 months 2024. Dateline 'Cập nhật: 08/10/2024 09:15' + view counter.",
    "Distractors: 'Lượt xem: 2.315', 'Kế hoạch số 215/KH-UBND', address 'số 12 đường Nguyễn Trãi', phone 0219.3875.046, '30/9/2024'.",
    "Headline '9 tháng' has no year: takes 2024 from the dateline. 186.400 (trong đó) is part of the 1,2 triệu, chiếm 15,5% its percent.",
    "'tăng 74 cơ sở so với cuối năm 2023' is the change of 612. District list: subject = the list's indicator, place = location.",
    "'Đến nay' ends at the dateline. 8 làng (trong đó) gets no total: a flow in 2024 vs the stock 29 'đến nay' (the whole must count over the same period). 'gấp khoảng 2,5 lần' standing alone: multiple.",
    "'từ nay đến cuối năm' starts at the dateline; 'dự kiến' = forecast. 68% in its own sentence: a percent figure, not the share of 5.200.",
    "The 5.200 workers and income range have no period phrase in the text: period null.",
]

write("p466-1", TEXT, FIGS, COMMENTS, published="2024-10-08", location="Hà Giang")
