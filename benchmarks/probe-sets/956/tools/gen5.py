"""p956-5: provincial Party newspaper (Báo Phú Thọ style), a tissue-culture nursery in Phù Ninh; byline + bare date at the end."""
from lib import F, P, I, C, build

TEXT = """Phù Ninh: Phòng nuôi cấy mô cung ứng gần 7 triệu cây keo giống

Thành lập từ năm 2016 tại xã Phú Lộc, Công ty TNHH Lâm nghiệp Hòa Bình 2 hiện sở hữu phòng nuôi cấy mô rộng 1.200 m2 và hệ thống vườn ươm 3,5 ha, công suất 12 triệu cây giống mỗi năm. 7 tháng đầu năm 2023, công ty đã xuất bán 6,8 triệu cây keo mô, doanh thu đạt 10,9 tỷ đồng, tăng 22% so với cùng kỳ.

Theo ông Nguyễn Văn Bình, Giám đốc công ty, mỗi cây keo mô trước khi xuất vườn phải trải qua 4 giai đoạn: nhân chồi, ra rễ trong ống nghiệm, huấn luyện và cấy vào bầu, tổng thời gian khoảng 5-6 tháng. Tỷ lệ cây sống sau khi ra ngôi đạt trên 90%. Cây đạt chuẩn có chiều cao từ 25 cm trở lên, giá bán tại vườn 1.600 đồng/cây, cao hơn 600 đồng/cây so với keo hạt, nhưng rừng trồng cho năng suất 18-20 m3/ha/năm, gấp khoảng 1,5 lần rừng trồng từ giống thông thường.

Công ty hiện tạo việc làm cho 47 lao động thường xuyên, chủ yếu là phụ nữ địa phương, thu nhập bình quân 7,2 triệu đồng/người/tháng. Vào thời vụ cao điểm, công ty thuê thêm khoảng 30 lao động thời vụ.

Toàn huyện Phù Ninh hiện có 19 cơ sở sản xuất giống cây lâm nghiệp, mỗi năm cung ứng trên 25 triệu cây giống cho các huyện trong tỉnh và các tỉnh Tuyên Quang, Yên Bái, Hòa Bình. Năm 2023, huyện phấn đấu trồng mới 1.150 ha rừng sản xuất, trong đó diện tích trồng bằng giống mô, hom đạt 90% trở lên.

Thu Hà
20/08/2023
"""

PN = "Phù Ninh"
M7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("gần 7 triệu cây", "7", 7e6, "count", "cây keo giống", approx="nearly",
      subject="cây keo giống phòng nuôi cấy mô cung ứng"),
    F("rộng 1.200 m2", "1.200", 1200, "measure", "m2", subject="diện tích phòng nuôi cấy mô"),
    F("vườn ươm 3,5 ha", "3,5", 3.5, "measure", "ha", subject="diện tích hệ thống vườn ươm"),
    F("công suất 12 triệu cây", "12", 12e6, "measure", "cây giống/năm",
      subject="công suất cây giống của công ty"),
    F("xuất bán 6,8 triệu cây", "6,8", 6.8e6, "count", "cây keo mô",
      subject="cây keo mô công ty xuất bán", period=M7),
    F("đạt 10,9 tỷ đồng", "10,9", 10.9e9, "money", "đồng",
      change=C("increase", 22, "%", "cùng kỳ"), subject="doanh thu", period=M7),
    F("qua 4 giai đoạn", "4", 4, "count", "giai đoạn",
      subject="giai đoạn sản xuất cây keo mô", optional=True),
    F("khoảng 5-6 tháng", "5", 5, "measure", "tháng", value_max=6, approx="about",
      subject="tổng thời gian sản xuất cây keo mô"),
    F("đạt trên 90%", "90", 90, "percent", "%", approx="over",
      subject="tỷ lệ cây sống sau khi ra ngôi"),
    F("từ 25 cm trở lên", "25", 25, "measure", "cm", approx="at_least",
      subject="chiều cao cây đạt chuẩn", optional=True),
    F("bán tại vườn 1.600 đồng/cây", "1.600", 1600, "money", "đồng/cây",
      change=C("increase", 600, "đồng/cây", "keo hạt"),
      subject="giá bán cây keo mô tại vườn"),
    F("năng suất 18-20 m3/ha/năm", "18", 18, "measure", "m3/ha/năm", value_max=20,
      change=C("increase", 1.5, "lần", "rừng trồng từ giống thông thường", approx="about"),
      subject="năng suất rừng trồng từ giống keo mô"),
    F("cho 47 lao động", "47", 47, "count", "lao động", subject="lao động thường xuyên của công ty"),
    F("7,2 triệu đồng/người/tháng", "7,2", 7.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động"),
    F("khoảng 30 lao động", "30", 30, "count", "lao động", approx="about",
      subject="lao động thời vụ thuê thêm vào thời vụ cao điểm"),
    F("có 19 cơ sở", "19", 19, "count", "cơ sở",
      subject="cơ sở sản xuất giống cây lâm nghiệp"),
    F("trên 25 triệu cây", "25", 25e6, "measure", "cây giống/năm", approx="over",
      subject="cây giống các cơ sở cung ứng mỗi năm"),
    F("trồng mới 1.150 ha", "1.150", 1150, "measure", "ha", status="target",
      subject="diện tích trồng mới rừng sản xuất", period=Y23),
    F("đạt 90% trở lên", "90", 90, "percent", "%", approx="at_least", status="target",
      subject="diện tích trồng bằng giống mô, hom", period=Y23),
]

NOTES = [
    "Báo Phú Thọ style: headline with a figure, body, byline 'Thu Hà' and bare date '20/08/2023' at the end (published).",
    "Location Phù Ninh (xã Phú Lộc lies in it); the provinces Tuyên Quang, Yên Bái, Hòa Bình are buyers, not places of figures.",
    "Distractors: 'Thành lập từ năm 2016', 'Công ty TNHH Lâm nghiệp Hòa Bình 2' (a name), byline date.",
    "Per-year capacity/supply ('12 triệu cây giống mỗi năm', 'mỗi năm cung ứng trên 25 triệu cây') are rates: measure, unit cây giống/năm.",
    "'cao hơn 600 đồng/cây so với keo hạt': 'hơn' is the comparative, not 'over'; change of the price, approx exact.",
    "'gấp khoảng 1,5 lần rừng trồng từ giống thông thường' follows the yield range it compares: its change (about 1,5 lần).",
    "Optional: '4 giai đoạn' (process description), 'chiều cao từ 25 cm trở lên' (a standard's threshold).",
]

if __name__ == "__main__":
    build("p956-5", TEXT, FIGS, NOTES, published="2023-08-20", location=PN)
