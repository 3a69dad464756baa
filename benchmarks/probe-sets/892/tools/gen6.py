"""p892-6: national newspaper, trang trại gà thả vườn liên kết chuỗi ở Hoài Ân (Bình Định)."""
from lib import F, P, I, C, write

TEXT = """Kinh doanh › Nông nghiệp
Chủ nhật, 9/6/2024, 07:30 (GMT+7)

Nuôi gà thả vườn theo chuỗi, trang trại ở Bình Định lãi tiền tỷ

Trang trại gà thả vườn của ông Trần Văn Mười ở xã Ân Tường Tây, huyện Hoài Ân, rộng gần 5 ha, năm 2023 xuất bán khoảng 120.000 con gà.

Từ năm 2021, trang trại liên kết với một doanh nghiệp chăn nuôi: doanh nghiệp cung cấp con giống, thức ăn, vắc xin và thu mua với giá sàn 54.000 đồng/kg; trang trại lo chuồng trại và nhân công. Gà nuôi 95-100 ngày, đạt 1,9-2 kg/con thì xuất chuồng. Trừ chi phí, mỗi con gà cho lãi 8.000-10.000 đồng, tổng lợi nhuận năm 2023 hơn 1,1 tỷ đồng. Trang trại tạo việc làm cho 9 lao động với thu nhập 7,5 triệu đồng/người/tháng.

Ông Mười cho biết, 5 tháng đầu năm nay trang trại đã xuất 52.000 con, bằng 43% kế hoạch năm. Cuối năm, ông dự kiến đầu tư thêm 2 dãy chuồng, nâng quy mô lên 200.000 con/năm.

Theo Sở NN&PTNT Bình Định, toàn tỉnh hiện có 9,8 triệu con gia cầm, trong đó gà chiếm 72%; có 156 trang trại gà liên kết chuỗi, tăng 31 trang trại so với năm 2022. Trên cả nước, theo Cục Chăn nuôi, khoảng 30% sản lượng gà lông màu được tiêu thụ qua các chuỗi liên kết.

Trước đây, ông Mười từng là xã viên Hợp tác xã Nông nghiệp Ân Tường Tây 2; năm 2015 ông vay 200 triệu đồng để bắt đầu nuôi 3.000 con gà đầu tiên. Trang trại nằm cách Quốc lộ 19B khoảng 7 km.

Hoài Thu
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")
Y15 = P("năm 2015", "2015-01-01", "2015-12-31")

FIGS = [
    F("gần 5 ha", "5", 5, "measure", "ha", "diện tích trang trại gà thả vườn", approx="nearly"),
    F("khoảng 120.000 con", "120.000", 120000, "count", "con", "gà xuất bán của trang trại", Y23, approx="about"),
    F("giá sàn 54.000 đồng/kg", "54.000", 54000, "money", "đồng/kg", "giá sàn doanh nghiệp thu mua gà"),
    F("95-100 ngày", "95", 95, "measure", "ngày", "thời gian nuôi gà", value_max=100),
    F("1,9-2 kg/con", "1,9", 1.9, "measure", "kg/con", "trọng lượng gà xuất chuồng", value_max=2),
    F("lãi 8.000-10.000 đồng", "8.000", 8000, "money", "đồng/con", "lãi mỗi con gà", value_max=10000),
    F("hơn 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", "tổng lợi nhuận của trang trại", Y23, approx="over"),
    F("cho 9 lao động", "9", 9, "count", "lao động", "lao động có việc làm tại trang trại"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập của lao động"),
    F("xuất 52.000 con", "52.000", 52000, "count", "con", "gà xuất chuồng của trang trại", M5, percent=43),
    F("thêm 2 dãy chuồng", "2", 2, "count", "dãy chuồng", "dãy chuồng đầu tư thêm", status="forecast"),
    F("lên 200.000 con/năm", "200.000", 200000, "measure", "con/năm", "quy mô trang trại", status="forecast"),
    F("có 9,8 triệu con", "9,8", 9800000, "count", "con", "tổng đàn gia cầm", location="Bình Định"),
    F("gà chiếm 72%", "72", 72, "percent", "%", "gà trong tổng đàn gia cầm", location="Bình Định"),
    F("có 156 trang trại", "156", 156, "count", "trang trại", "trang trại gà liên kết chuỗi",
      change=C("increase", 31, "trang trại", "năm 2022"), location="Bình Định"),
    F("khoảng 30% sản lượng", "30", 30, "percent", "%", "sản lượng gà lông màu tiêu thụ qua chuỗi liên kết",
      approx="about", location="Việt Nam"),
    F("vay 200 triệu đồng", "200", 200000000, "money", "đồng", "vốn vay để bắt đầu nuôi gà", Y15),
    F("nuôi 3.000 con", "3.000", 3000, "count", "con", "gà nuôi đầu tiên", Y15),
    F("khoảng 7 km", "7", 7, "measure", "km", "khoảng cách từ trang trại tới Quốc lộ 19B", approx="about",
      optional=True),
]

NOTES = [
    "National newspaper (invented): a free-range chicken farm linked to a company in huyện Hoài Ân, Bình Định. Dateline 9/6/2024.",
    "The farm's figures take the district Hoài Ân (the most specific province/city/district named); the provincial figures",
    "of Sở NN&PTNT take Bình Định; 'Trên cả nước' 30% takes Việt Nam. 'năm nay' = 2024 (dateline).",
    "'Cuối năm, ông dự kiến ...': the two planned figures are forecast; 'Cuối năm' dates the action, no period given.",
    "'trong đó gà chiếm 72%' is a share with no base count: percent figure. 'tăng 31 trang trại so với năm 2022' is the change of 156.",
    "Distractors: 'Trần Văn Mười', 'Hợp tác xã Nông nghiệp Ân Tường Tây 2', 'Từ năm 2021', Quốc lộ 19B, '07:30 (GMT+7)'.",
    "The distance 'khoảng 7 km' to the road describes the site, not the sector: optional.",
]

write(6, TEXT, FIGS, NOTES, published="2024-06-09", location="Hoài Ân")
