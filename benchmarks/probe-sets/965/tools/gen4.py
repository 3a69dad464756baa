"""p965-4: Ministry site (Bộ NN&PTNT), national post-harvest losses and cold storage."""
from lib import F, P, I, C, write_set

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chế biến và phát triển thị trường
Ngày đăng: 22/11/2023 | Lượt xem: 1.127

Giảm tổn thất sau thu hoạch: cần đầu tư đồng bộ hệ thống kho lạnh

Theo Cục Chế biến và Phát triển thị trường nông sản, hiện cả nước có khoảng 780 kho lạnh với tổng sức chứa gần 1,1 triệu tấn, trong đó 67% số kho tập trung ở Đông Nam Bộ và Đồng bằng sông Cửu Long. Các địa phương có nhiều kho lạnh nhất lần lượt là TP Hồ Chí Minh (214 kho), Long An (87 kho) và Bình Dương (65 kho).

Tổn thất sau thu hoạch đối với lúa gạo hiện ở mức 5-10%, rau quả 20-30%, thủy sản khoảng 20%. Tổng giá trị tổn thất mỗi năm ước tính khoảng 4 tỷ USD.

10 tháng năm 2023, kim ngạch xuất khẩu rau quả ước đạt 4,6 tỷ USD, tăng 69,3% so với cùng kỳ năm 2022; trong đó sầu riêng đạt hơn 2 tỷ USD. Tuy nhiên, mới có khoảng 15% sản lượng rau quả xuất khẩu được bảo quản bằng công nghệ hiện đại.

Theo Đề án phát triển hệ thống kho lạnh nông sản ban hành kèm Quyết định số 1408/QĐ-BNN-CBTTNS, phấn đấu đến năm 2030 tỷ lệ tổn thất sau thu hoạch lúa gạo giảm xuống dưới 5%, rau quả dưới 15%; tổng sức chứa kho lạnh nông sản đạt 2 triệu tấn.

Bộ đề nghị các địa phương ưu tiên đầu tư kho lạnh tại 10 vùng nguyên liệu trọng điểm; tổng vốn cần huy động giai đoạn 2024-2030 dự kiến khoảng 35.000 tỷ đồng, chủ yếu từ doanh nghiệp.

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
T30 = P("đến năm 2030", end="2030-12-31")
G = P("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")
KHO = "kho lạnh"

FIGS = [
    F("khoảng 780 kho lạnh", "780", 780, "count", "kho lạnh", approx="about", subject="kho lạnh"),
    F("gần 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", approx="nearly", subject="tổng sức chứa kho lạnh"),
    F("67% số kho", "67", 67, "percent", "%",
      subject="tỷ lệ kho lạnh tập trung ở Đông Nam Bộ và Đồng bằng sông Cửu Long"),
    F("(214 kho)", "214", 214, "count", "kho", subject=KHO, location="TP Hồ Chí Minh"),
    F("(87 kho)", "87", 87, "count", "kho", subject=KHO, location="Long An"),
    F("(65 kho)", "65", 65, "count", "kho", subject=KHO, location="Bình Dương"),
    F("mức 5-10%", "5", 5, "percent", "%", value_max=10, subject="tổn thất sau thu hoạch đối với lúa gạo"),
    F("rau quả 20-30%", "20", 20, "percent", "%", value_max=30, subject="tổn thất sau thu hoạch đối với rau quả"),
    F("thủy sản khoảng 20%", "20", 20, "percent", "%", approx="about",
      subject="tổn thất sau thu hoạch đối với thủy sản"),
    F("khoảng 4 tỷ USD", "4", 4e9, "money", "USD", approx="about", status="estimate",
      subject="tổng giá trị tổn thất mỗi năm"),
    F("ước đạt 4,6 tỷ USD", "4,6", 4.6e9, "money", "USD", status="estimate",
      change=C("increase", 69.3, "%", "cùng kỳ năm 2022"), subject="kim ngạch xuất khẩu rau quả", period=M10),
    F("hơn 2 tỷ USD", "2", 2e9, "money", "USD", approx="over", total=4.6e9, status="estimate",
      subject="kim ngạch xuất khẩu sầu riêng", period=M10),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about",
      subject="tỷ lệ sản lượng rau quả xuất khẩu được bảo quản bằng công nghệ hiện đại"),
    F("xuống dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
      subject="tỷ lệ tổn thất sau thu hoạch lúa gạo", period=T30),
    F("dưới 15%", "15", 15, "percent", "%", approx="under", status="target",
      subject="tỷ lệ tổn thất sau thu hoạch rau quả", period=T30),
    F("đạt 2 triệu tấn", "2", 2e6, "measure", "tấn", status="target",
      subject="tổng sức chứa kho lạnh nông sản", period=T30),
    F("10 vùng nguyên liệu", "10", 10, "count", "vùng nguyên liệu", subject="vùng nguyên liệu trọng điểm",
      optional=True),
    F("khoảng 35.000 tỷ đồng", "35.000", 35e12, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn cần huy động đầu tư kho lạnh", period=G),
]

NOTES = [
    "Ministry portal (Bộ NN&PTNT), national: cold stores, post-harvest loss rates, losses in USD, fruit/vegetable exports 10 months 2023, 2030 targets.",
    "All figures Việt Nam except the ranking list (TP Hồ Chí Minh, Long An, Bình Dương); the list does not add up to 780: no total.",
    "'trong đó 67% số kho tập trung ở ...' is a share stated as its own percent (no base after chiếm/đạt): a percent figure.",
    "'trong đó sầu riêng đạt hơn 2 tỷ USD' -> total 4,6 tỷ USD; the estimate cue of the head clause carries to it (as in shared gold h14).",
    "'ước tính khoảng 4 tỷ USD' -> approx about + status estimate. '10 vùng nguyên liệu trọng điểm' (a recommendation's scope): optional.",
    "Distractors: Ngày đăng/Lượt xem, Quyết định số 1408/QĐ-BNN-CBTTNS, giai đoạn 2024-2030, address Số 2 Ngọc Hà, phone.",
]

write_set(4, TEXT, FIGS, NOTES, published="2023-11-22", location="Việt Nam")
