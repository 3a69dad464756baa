"""p1198-4: ministry site (Bộ NN&PTNT), national drying capacity, losses and the 1-million-ha project targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Chỉ đạo điều hành | Văn bản pháp quy

Cơ giới hóa khâu sấy lúa vùng Đồng bằng sông Cửu Long đạt khoảng 70%

Ngày đăng: 12/10/2023 | Lượt xem: 1.087

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến hết tháng 9/2023, cả nước có khoảng 16.800 lò sấy và máy sấy lúa với tổng công suất trên 310.000 tấn/mẻ; trong đó vùng Đồng bằng sông Cửu Long có 12.460 lò, chiếm 74,2%. Tỷ lệ cơ giới hóa khâu sấy lúa của cả nước đạt khoảng 55%, riêng vùng Đồng bằng sông Cửu Long đạt khoảng 70%.

Các địa phương có số lò sấy nhiều nhất lần lượt là Kiên Giang (1.472 lò), An Giang (1.098 lò), Đồng Tháp (1.040 lò) và Long An (968 lò). Tuy vậy, năng lực sấy mới đáp ứng khoảng 60% sản lượng lúa trong cao điểm thu hoạch vụ Đông Xuân; nhiều nơi nông dân vẫn phơi lúa trên sân, ven đường.

Tổn thất sau thu hoạch lúa hiện ở mức 10-12%, riêng khâu phơi, sấy chiếm khoảng 2-3%. Với sản lượng lúa cả năm khoảng 43 triệu tấn, mỗi năm cả nước thất thoát trên 4 triệu tấn lúa, tương đương hơn 25.000 tỷ đồng.

Theo Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao và phát thải thấp vùng Đồng bằng sông Cửu Long đến năm 2030, tỷ lệ cơ giới hóa khâu sấy trong vùng đề án phải đạt 100%, tổn thất sau thu hoạch giảm xuống dưới 8%. Bộ đề nghị các địa phương ưu tiên đầu tư hệ thống sấy, kho chứa cho hợp tác xã; giai đoạn 2024-2025, mỗi tỉnh trong vùng xây dựng ít nhất 5 mô hình sấy lúa bằng nhiệt trấu.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến hết tháng 9/2023", None, "2023-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")
G2425 = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
LIST = "lò sấy"

FIGS = [
    F("đạt khoảng 70%\n", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ cơ giới hóa khâu sấy lúa vùng Đồng bằng sông Cửu Long"),
    F("khoảng 16.800 lò", "16.800", 16800, "count", "lò sấy", approx="about",
      subject="lò sấy và máy sấy lúa", period=ASOF),
    F("trên 310.000 tấn/mẻ", "310.000", 310000, "measure", "tấn/mẻ", approx="over",
      subject="tổng công suất lò sấy và máy sấy lúa", period=ASOF),
    F("có 12.460 lò", "12.460", 12460, "count", "lò", total=16800, percent=74.2,
      subject="lò sấy và máy sấy lúa vùng Đồng bằng sông Cửu Long", period=ASOF),
    F("đạt khoảng 55%", "55", 55, "percent", "%", approx="about",
      subject="tỷ lệ cơ giới hóa khâu sấy lúa của cả nước", period=I(ASOF)),
    F("Long đạt khoảng 70%.", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ cơ giới hóa khâu sấy lúa vùng Đồng bằng sông Cửu Long", period=I(ASOF)),
    F("Kiên Giang (1.472 lò)", "1.472", 1472, "count", "lò", subject=LIST, location="Kiên Giang", period=I(ASOF)),
    F("An Giang (1.098 lò)", "1.098", 1098, "count", "lò", subject=LIST, location="An Giang", period=I(ASOF)),
    F("Đồng Tháp (1.040 lò)", "1.040", 1040, "count", "lò", subject=LIST, location="Đồng Tháp", period=I(ASOF)),
    F("Long An (968 lò)", "968", 968, "count", "lò", subject=LIST, location="Long An", period=I(ASOF)),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="năng lực sấy đáp ứng sản lượng lúa trong cao điểm thu hoạch vụ Đông Xuân"),
    F("mức 10-12%", "10", 10, "percent", "%", value_max=12, subject="tổn thất sau thu hoạch lúa"),
    F("khoảng 2-3%", "2", 2, "percent", "%", approx="about", value_max=3,
      subject="tổn thất sau thu hoạch lúa ở khâu phơi, sấy"),
    F("khoảng 43 triệu tấn", "43", 43000000, "measure", "tấn", approx="about", subject="sản lượng lúa cả năm"),
    F("trên 4 triệu tấn", "4", 4000000, "measure", "tấn", approx="over", subject="lúa thất thoát mỗi năm"),
    F("hơn 25.000 tỷ", "25.000", 25000000000000, "money", "đồng", approx="over",
      subject="giá trị lúa thất thoát mỗi năm"),
    F("bền vững một triệu héc-ta", "một", 1000000, "measure", "héc-ta", optional=True, status="target",
      subject="diện tích chuyên canh lúa chất lượng cao và phát thải thấp", period=T30),
    F("phải đạt 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ cơ giới hóa khâu sấy trong vùng đề án", period=T30),
    F("dưới 8%", "8", 8, "percent", "%", approx="under", status="target",
      subject="tổn thất sau thu hoạch", period=T30),
    F("ít nhất 5 mô hình", "5", 5, "measure", "mô hình/tỉnh", approx="at_least", status="target",
      subject="mô hình sấy lúa bằng nhiệt trấu mỗi tỉnh xây dựng", period=G2425),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): menu, 'Ngày đăng: 12/10/2023 | Lượt xem: 1.087', footer address and phone. National article: location Việt Nam.",
    "Regional (Đồng bằng sông Cửu Long) figures are also given location Việt Nam: a region is not a province, city or district and the",
    "contract's place vocabulary has only those and Việt Nam (borderline; see the report). Listed provinces are locations of their items.",
    "Distractors: view counter 1.087, 'Số 2 Ngọc Hà', phone 024.3846.8161, 'tháng 9/2023', 'giai đoạn 2024-2025', 'năm 2030'.",
    "'một triệu héc-ta' is part of the project's name (Đề án …): optional. The project's horizon 'đến năm 2030' gives the targets' period.",
    "12.460 lò follows 'trong đó' after 16.800 lò: total 16800, share 74,2. 'riêng … đạt khoảng 70%' is a percent figure of its own.",
    "'tương đương hơn 25.000 tỷ đồng' is a money value of the lost rice, not a share: a figure of its own.",
    "'mỗi tỉnh … ít nhất 5 mô hình' is a per-province requirement: measure, unit 'mô hình/tỉnh', status target.",
]

if __name__ == "__main__":
    write("p1198-4", TEXT, NOTES, FIGS, published="2023-10-12", location="Việt Nam")
