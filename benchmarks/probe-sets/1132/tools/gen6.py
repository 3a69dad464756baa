"""p1132-6: national newspaper: Cúc Phương botanical garden visitors, 5 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Môi trường
Thứ Bảy, 15/6/2024, 07:45 (GMT+7)

Vườn thực vật Cúc Phương hút khách dịp hè

Gần 100.000 lượt khách đã đến Vườn quốc gia Cúc Phương từ đầu năm, nhiều nhất trong 10 năm qua.

Trong 5 tháng đầu năm, Vườn quốc gia Cúc Phương (Ninh Bình) đón khoảng 98.000 lượt khách, tăng 18% so với cùng kỳ năm 2023, trong đó khách quốc tế chiếm gần 12%. Riêng dịp nghỉ lễ 30/4-1/5, vườn đón 12.500 lượt khách, phần lớn là học sinh, sinh viên.

Vườn thực vật rộng 40 ha nằm ở phân khu phục hồi sinh thái, hiện lưu giữ 1.760 loài thực vật, trong đó 96 loài có tên trong Sách Đỏ Việt Nam. Khu sưu tập lan có 280 loài với hơn 5.000 giò lan, được chăm sóc bởi 6 cán bộ kỹ thuật.

Ông Nguyễn Văn Chiến, Giám đốc Vườn quốc gia, cho biết mỗi năm đơn vị ươm từ 50.000 đến 60.000 cây giống các loài bản địa như chò chỉ, sấu, trám, lát hoa để trồng bổ sung vào rừng và tặng các trường học. Cây lát hoa 20 năm tuổi ở lối vào vườn thực vật được trồng từ lô giống đầu tiên.

Giá vé tham quan vườn thực vật là 60.000 đồng/người lớn; học sinh được giảm 50%. Năm 2023, doanh thu từ vé tham quan của vườn đạt 14,6 tỷ đồng, gấp 1,4 lần năm 2022.

Theo Hiệp hội Vườn thực vật Việt Nam, cả nước hiện có 12 vườn thực vật, phần lớn có diện tích dưới 50 ha và chưa đủ kinh phí để xây dựng ngân hàng hạt giống.

Thanh Hà
"""

M5 = P("Trong 5 tháng đầu năm", "2024-01-01", "2024-05-31")
HOL = P("dịp nghỉ lễ 30/4-1/5", "2024-04-30", "2024-05-01")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Gần 100.000 lượt", "100.000", 100000, "count", "lượt khách", approx="nearly",
      subject="lượt khách đến Vườn quốc gia Cúc Phương", period=P("từ đầu năm", "2024-01-01", "2024-06-15")),
    F("trong 10 năm qua", "10", 10, "measure", "năm", optional=True, subject="thời gian so sánh"),
    F("khoảng 98.000 lượt", "98.000", 98000, "count", "lượt khách", approx="about",
      change=C("increase", 18, "%", "cùng kỳ năm 2023"),
      subject="lượt khách Vườn quốc gia Cúc Phương đón", period=M5),
    F("gần 12%", "12", 12, "percent", "%", approx="nearly", subject="tỷ lệ khách quốc tế", period=M5),
    F("đón 12.500 lượt", "12.500", 12500, "count", "lượt khách",
      subject="lượt khách vườn đón dịp nghỉ lễ", period=HOL),
    F("rộng 40 ha", "40", 40, "measure", "ha", subject="diện tích vườn thực vật"),
    F("lưu giữ 1.760 loài", "1.760", 1760, "count", "loài", subject="loài thực vật vườn thực vật lưu giữ"),
    F("96 loài", "96", 96, "count", "loài", total=1760,
      subject="loài có tên trong Sách Đỏ Việt Nam"),
    F("có 280 loài", "280", 280, "count", "loài", subject="loài lan khu sưu tập lan"),
    F("hơn 5.000 giò", "5.000", 5000, "count", "giò lan", approx="over", subject="giò lan khu sưu tập lan"),
    F("bởi 6 cán bộ", "6", 6, "count", "cán bộ kỹ thuật", subject="cán bộ kỹ thuật chăm sóc khu sưu tập lan"),
    F("từ 50.000 đến 60.000", "50.000", 50000, "count", "cây giống", value_max=60000,
      subject="cây giống các loài bản địa đơn vị ươm mỗi năm"),
    F("lát hoa 20 năm tuổi", "20", 20, "measure", "năm", optional=True, subject="tuổi cây lát hoa"),
    F("là 60.000 đồng", "60.000", 60000, "money", "đồng/người lớn",
      subject="giá vé tham quan vườn thực vật"),
    F("giảm 50%", "50", 50, "percent", "%", subject="mức giảm giá vé cho học sinh"),
    F("đạt 14,6 tỷ", "14,6", 14600000000, "money", "đồng", change=C("increase", 1.4, "lần", "năm 2022"),
      subject="doanh thu từ vé tham quan của vườn", period=Y23),
    F("có 12 vườn", "12", 12, "count", "vườn thực vật", subject="vườn thực vật", location="Việt Nam"),
    F("dưới 50 ha", "50", 50, "measure", "ha", approx="under", optional=True,
      subject="diện tích phần lớn vườn thực vật", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 15/6/2024, 07:45 (GMT+7)', byline 'Thanh Hà' at the end. Place: Vườn quốc gia Cúc Phương (Ninh Bình).",
    "Year-less 'Trong 5 tháng đầu năm' takes 2024 from the dateline. 'dịp nghỉ lễ 30/4-1/5' is read literally (2024-04-30..2024-05-01).",
    "Distractors: dateline and time 07:45, (GMT+7), dates '30/4-1/5' inside the holiday name.",
    "'trong đó khách quốc tế chiếm gần 12%' has no count of its own: a percent figure. 'học sinh được giảm 50%' is the student discount,",
    "a percent figure of its own, not a change of the adult price. 'gấp 1,4 lần năm 2022' after the revenue is its change.",
    "Optional: 'nhiều nhất trong 10 năm qua' (a comparison window), 'lát hoa 20 năm tuổi' (an aside), 'dưới 50 ha' (a vague size class).",
    "The lead 'Gần 100.000 lượt khách … từ đầu năm' runs from 1 January to the published date (like 'từ … đến nay').",
    "The last paragraph is national (Việt Nam).",
]

if __name__ == "__main__":
    write("p1132-6", TEXT, NOTES, FIGS, published="2024-06-15", location="Ninh Bình")
