"""p1014-2: district portal, quận Ninh Kiều (Cần Thơ), Q1/2024 dog and cat management, clinics, prices, fines."""
from lib import F, period, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Trang chủ / Tin hoạt động / Kinh tế
Ninh Kiều tăng cường quản lý chó, mèo nuôi và cơ sở thú y
Ngày đăng: 18/04/2024 | Người đăng: Phòng Kinh tế

Quý I/2024, Phòng Kinh tế quận phối hợp Trạm Chăn nuôi và Thú y tổ chức tiêm vắc xin dại miễn phí tại 11 phường, tiêm được 6.845 liều, tăng 1.120 liều so với quý I/2023. Qua rà soát, toàn quận có 9.730 hộ nuôi chó, mèo với tổng đàn 14.260 con; trong đó chó 8.915 con, mèo 5.345 con.

Trên địa bàn quận hiện có 34 phòng khám thú y, 21 cửa hàng kinh doanh thuốc thú y và 18 cơ sở spa, cắt tỉa lông thú cưng, tập trung nhiều tại các phường Xuân Khánh, An Khánh và Hưng Lợi. Giá dịch vụ khám bệnh cho chó, mèo phổ biến từ 100.000 đến 150.000 đồng/lượt; tiêm vắc xin dại tại phòng khám khoảng 80.000 đồng/mũi.

Từ đầu năm đến nay, lực lượng chức năng đã bắt giữ 47 con chó thả rông trên các tuyến đường Nguyễn Văn Cừ, 30/4 và khu vực bến Ninh Kiều; lập biên bản 12 trường hợp, xử phạt 18,6 triệu đồng. Theo quy định, chủ nuôi để chó chạy rông ở nơi công cộng bị phạt tiền từ 400.000 đến 600.000 đồng.

Theo kế hoạch, trong quý II/2024 quận phấn đấu tiêm phòng thêm 4.500 con, nâng tỷ lệ tiêm phòng dại lên trên 75% tổng đàn; đồng thời kiểm tra 100% phòng khám thú y trên địa bàn. Ông Trần Văn Năm, Trưởng phòng Kinh tế quận, đề nghị các chủ nuôi chủ động đưa chó, mèo đi tiêm phòng và không thả rông vật nuôi.

Mọi phản ánh xin gửi về Phòng Kinh tế quận, số 2 đường Hòa Bình, phường Tân An; điện thoại 0292.3820.516.
"""

Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-04-18")
Q2 = period("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("tại 11 phường", "11", 11, "count", "phường", "phường tổ chức tiêm vắc xin dại miễn phí", Q1),
    F("được 6.845 liều", "6.845", 6845, "count", "liều", "liều vắc xin dại tiêm miễn phí", Q1,
      change=change("increase", 1120, "liều", "quý I/2023")),
    F("có 9.730 hộ", "9.730", 9730, "count", "hộ", "hộ nuôi chó, mèo"),
    F("tổng đàn 14.260 con", "14.260", 14260, "count", "con", "tổng đàn chó, mèo"),
    F("chó 8.915 con", "8.915", 8915, "count", "con", "chó", total=14260),
    F("mèo 5.345 con", "5.345", 5345, "count", "con", "mèo", total=14260),
    F("có 34 phòng khám", "34", 34, "count", "phòng khám thú y", "phòng khám thú y"),
    F("21 cửa hàng", "21", 21, "count", "cửa hàng", "cửa hàng kinh doanh thuốc thú y"),
    F("18 cơ sở spa", "18", 18, "count", "cơ sở", "cơ sở spa, cắt tỉa lông thú cưng"),
    F("từ 100.000 đến 150.000 đồng/lượt", "100.000", 100000, "money", "đồng/lượt",
      "giá dịch vụ khám bệnh cho chó, mèo", value_max=150000),
    F("khoảng 80.000 đồng/mũi", "80.000", 80000, "money", "đồng/mũi", "giá tiêm vắc xin dại tại phòng khám",
      approx="about"),
    F("bắt giữ 47 con", "47", 47, "count", "con", "chó thả rông bị bắt giữ", YTD),
    F("lập biên bản 12 trường hợp", "12", 12, "count", "trường hợp", "trường hợp bị lập biên bản", YTD),
    F("xử phạt 18,6 triệu đồng", "18,6", 18600000, "money", "đồng", "tiền xử phạt", YTD),
    F("từ 400.000 đến 600.000 đồng", "400.000", 400000, "money", "đồng",
      "mức phạt chủ nuôi để chó chạy rông ở nơi công cộng", value_max=600000, optional=True),
    F("thêm 4.500 con", "4.500", 4500, "count", "con", "chó, mèo tiêm phòng thêm", Q2, status="target"),
    F("trên 75% tổng đàn", "75", 75, "percent", "%", "tỷ lệ tiêm phòng dại", Q2, approx="over", status="target"),
    F("kiểm tra 100% phòng khám", "100", 100, "percent", "%", "phòng khám thú y được kiểm tra", Q2,
      status="target"),
]

NOTES = [
    "District portal of quận Ninh Kiều (TP Cần Thơ); location = the district.",
    "Distractors: 'Ngày đăng: 18/04/2024', 'quý I/2023' (baseline), road '30/4', 'Trần Văn Năm' (name), 'số 2 đường Hòa Bình', phone.",
    "'Qua rà soát' and 'hiện có' sentences have no period phrase: no period.",
    "The legal fine range (400.000-600.000 đồng) states a rule, not a fact observed: optional.",
]

write("p1014-2", TEXT, FIGS, NOTES, published="2024-04-18", location="Ninh Kiều")
