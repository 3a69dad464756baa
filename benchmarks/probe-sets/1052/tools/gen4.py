"""p1052-4: ministry site (Bộ NN&PTNT, Cục Thủy lợi), national irrigation figures 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin hoạt động / Thủy lợi

Ngân sách Nhà nước hỗ trợ gần 7.400 tỷ đồng tiền sử dụng dịch vụ thủy lợi mỗi năm

Ngày đăng: 28/12/2023 | Nguồn: Cục Thủy lợi

Hội nghị tổng kết công tác thủy lợi do Bộ Nông nghiệp và Phát triển nông thôn tổ chức ngày 27/12 tại Hà Nội. Theo Cục Thủy lợi, cả nước hiện có 110 hệ thống thủy lợi lớn, 7.315 hồ chứa, hơn 13.000 trạm bơm điện và khoảng 235.000 km kênh mương các loại, trong đó đã kiên cố hóa được 78.500 km.

Năm 2023, hệ thống công trình thủy lợi đã bảo đảm tưới, tiêu cho khoảng 7,2 triệu ha lúa (tính theo vụ), gần 1,6 triệu ha rau màu, cây công nghiệp ngắn ngày và cấp nước cho hơn 1,2 triệu ha cây ăn quả, cây công nghiệp dài ngày.

Thực hiện Nghị định số 96/2018/NĐ-CP và Nghị định số 62/2018/NĐ-CP, ngân sách Trung ương đã bố trí 5.960 tỷ đồng hỗ trợ 45 địa phương; cùng với phần ngân sách địa phương, tổng kinh phí hỗ trợ tiền sử dụng sản phẩm, dịch vụ công ích thủy lợi năm 2023 ước đạt 7.385 tỷ đồng, tăng 3,4% so với năm 2022. Các địa phương được hỗ trợ lớn nhất lần lượt là Thanh Hóa (512 tỷ đồng), Nghệ An (214 tỷ đồng), Thái Bình (198 tỷ đồng) và An Giang (176 tỷ đồng).

Theo Cục Thủy lợi, cả nước có 116 doanh nghiệp khai thác công trình thủy lợi và hơn 16.800 tổ chức thủy lợi cơ sở, song chỉ khoảng 38% tổ chức hoạt động hiệu quả.

Năm 2024, ngành phấn đấu tăng thêm 50.000 ha diện tích cây trồng cạn được tưới tiên tiến, tiết kiệm nước và nâng tỷ lệ tổ chức thủy lợi cơ sở hoạt động hiệu quả lên 45%. Dự kiến nhu cầu kinh phí hỗ trợ năm 2024 khoảng 7.600 tỷ đồng.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = P("năm 2024", "2024-01-01", "2024-12-31")
LIST = "kinh phí hỗ trợ tiền sử dụng sản phẩm, dịch vụ công ích thủy lợi"
FIGS = [
    F("gần 7.400 tỷ đồng", "7.400", 7400e9, "money", "đồng/năm",
      "ngân sách Nhà nước hỗ trợ tiền sử dụng dịch vụ thủy lợi", approx="nearly"),
    F("có 110 hệ thống", "110", 110, "count", "hệ thống thủy lợi", "hệ thống thủy lợi lớn"),
    F("7.315 hồ chứa", "7.315", 7315, "count", "hồ chứa", "hồ chứa"),
    F("hơn 13.000 trạm bơm", "13.000", 13000, "count", "trạm bơm điện", "trạm bơm điện",
      approx="over"),
    F("khoảng 235.000 km", "235.000", 235000, "measure", "km", "kênh mương các loại",
      approx="about"),
    F("được 78.500 km", "78.500", 78500, "measure", "km", "kênh mương đã kiên cố hóa",
      total=235000),
    F("khoảng 7,2 triệu ha", "7,2", 7.2e6, "measure", "ha", "diện tích lúa được tưới, tiêu",
      Y23, approx="about"),
    F("gần 1,6 triệu ha", "1,6", 1.6e6, "measure", "ha",
      "diện tích rau màu, cây công nghiệp ngắn ngày được tưới, tiêu", Y23, approx="nearly"),
    F("hơn 1,2 triệu ha", "1,2", 1.2e6, "measure", "ha",
      "diện tích cây ăn quả, cây công nghiệp dài ngày được cấp nước", Y23, approx="over"),
    F("bố trí 5.960 tỷ đồng", "5.960", 5960e9, "money", "đồng",
      "ngân sách Trung ương bố trí hỗ trợ", Y23s),
    F("hỗ trợ 45 địa phương", "45", 45, "count", "địa phương",
      "địa phương được ngân sách Trung ương hỗ trợ", Y23s),
    F("ước đạt 7.385 tỷ đồng", "7.385", 7385e9, "money", "đồng",
      "tổng " + LIST, Y23s, status="estimate", change=C("increase", 3.4, "%", "năm 2022")),
    F("Thanh Hóa (512 tỷ đồng)", "512", 512e9, "money", "đồng", LIST, I(Y23s),
      location="Thanh Hóa"),
    F("Nghệ An (214 tỷ đồng)", "214", 214e9, "money", "đồng", LIST, I(Y23s),
      location="Nghệ An"),
    F("Thái Bình (198 tỷ đồng)", "198", 198e9, "money", "đồng", LIST, I(Y23s),
      location="Thái Bình"),
    F("An Giang (176 tỷ đồng)", "176", 176e9, "money", "đồng", LIST, I(Y23s),
      location="An Giang"),
    F("có 116 doanh nghiệp", "116", 116, "count", "doanh nghiệp",
      "doanh nghiệp khai thác công trình thủy lợi"),
    F("hơn 16.800 tổ chức", "16.800", 16800, "count", "tổ chức thủy lợi cơ sở",
      "tổ chức thủy lợi cơ sở", approx="over"),
    F("khoảng 38% tổ chức", "38", 38, "percent", "%",
      "tổ chức thủy lợi cơ sở hoạt động hiệu quả", approx="about"),
    F("thêm 50.000 ha", "50.000", 50000, "measure", "ha",
      "diện tích cây trồng cạn được tưới tiên tiến, tiết kiệm nước tăng thêm", Y24, status="target"),
    F("lên 45%", "45", 45, "percent", "%",
      "tỷ lệ tổ chức thủy lợi cơ sở hoạt động hiệu quả", Y24, status="target"),
    F("khoảng 7.600 tỷ đồng", "7.600", 7600e9, "money", "đồng",
      "nhu cầu kinh phí hỗ trợ", Y24s, approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục Thủy lợi), national irrigation infrastructure and fee support 2023; location Việt Nam.",
    "'cả nước hiện có ...' counts get no period ('hiện', event date 27/12 only dates the conference).",
    "'lần lượt là Thanh Hóa (512 tỷ đồng), ...' shares the indicator; each province is the item's location.",
    "5.960 tỷ (central budget) comes before the whole 7.385 tỷ with no part-of cue: no total. 'khoảng 38% tổ chức' is a percent figure.",
    "Distractors: 'Ngày đăng: 28/12/2023', 'ngày 27/12', Nghị định số 96/2018/NĐ-CP, Nghị định số 62/2018/NĐ-CP.",
]

write_set("p1052-4", TEXT, FIGS, NOTES, published="2023-12-28", location="Việt Nam")
