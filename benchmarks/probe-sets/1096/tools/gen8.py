"""p1096-8: Báo Lạng Sơn online, '(LSO) -' tag, headline figure: smuggled gold jewellery seized, gold shops inspected (10 months 2023)."""
from lib import F, period, inherit, change, day, write

TEXT = """Báo Lạng Sơn điện tử
Pháp luật

Thu giữ gần 12 kg vàng trang sức nhập lậu qua biên giới

Cập nhật lúc 15:10, Thứ sáu, 24/11/2023

(LSO) - Ngày 23/11, Cục Quản lý thị trường tỉnh Lạng Sơn cho biết, 10 tháng năm 2023, lực lượng chức năng trên địa bàn tỉnh đã phát hiện, bắt giữ 17 vụ vận chuyển vàng trang sức không rõ nguồn gốc, tăng 6 vụ so với cùng kỳ năm 2022; thu giữ 11,8 kg vàng, trị giá ước tính gần 11,4 tỷ đồng. Khối lượng vàng thu giữ gấp 2,3 lần cùng kỳ.

Đáng chú ý, ngày 8/11, tại km 18, Quốc lộ 4A, thuộc thị trấn Na Sầm, huyện Văn Lãng, Đội Quản lý thị trường số 6 phối hợp với Công an huyện kiểm tra xe ô tô khách biển kiểm soát 12B-012.34, phát hiện một hành khách mang theo 3,2 kg vàng trang sức các loại, không có hóa đơn, chứng từ.

Hiện toàn tỉnh có 186 cơ sở kinh doanh vàng trang sức, mỹ nghệ. 10 tháng qua, lực lượng Quản lý thị trường đã kiểm tra 58 cơ sở, xử phạt 19 cơ sở với số tiền 214 triệu đồng, buộc tiêu hủy 245 sản phẩm vàng trang sức giả mạo nhãn hiệu.

Theo lực lượng chức năng, giá vàng trang sức ở bên kia biên giới thấp hơn giá bán tại các cửa hàng trong tỉnh khoảng 8-10% nên các đối tượng tìm cách đưa hàng vào tiêu thụ. Tại TP Lạng Sơn, sáng 24/11, vàng nhẫn tròn trơn được bán ra ở mức 61,8 triệu đồng/lượng, vàng miếng SJC ở mức 72,1 triệu đồng/lượng; chênh lệch giữa hai loại vàng hơn 10 triệu đồng/lượng.

Năm 2024, Cục Quản lý thị trường tỉnh đặt mục tiêu kiểm tra 100% cơ sở kinh doanh vàng tại 5 huyện biên giới.

Minh Châu
"""

NOTES = [
    "Báo Lạng Sơn (LSO): vàng trang sức nhập lậu, kiểm tra cơ sở kinh doanh vàng 10 tháng năm 2023; 'Cập nhật lúc 15:10, Thứ sáu, 24/11/2023'.",
    "Distractors: 'Ngày 23/11', 'km 18', 'Quốc lộ 4A', 'Đội Quản lý thị trường số 6', licence plate '12B-012.34', time 15:10.",
    "'Khối lượng vàng thu giữ gấp 2,3 lần cùng kỳ.' stands alone: a multiple. '10 tháng qua' = the 10 months of 2023 named above.",
    "'khoảng 8-10%' (price gap, no base amount) is a percent range of its own. '5 huyện biên giới' describes the scope of a target: optional.",
    "The 3,2 kg seizure is located in huyện Văn Lãng; TP Lạng Sơn prices are Lạng Sơn.",
]

M10 = period("10 tháng năm 2023", "2023-01-01", "2023-10-31")
M10b = period("10 tháng qua", "2023-01-01", "2023-10-31")
D24 = day("sáng 24/11", "2023-11-24")

FIGS = [
    F("gần 12 kg", "12", 12, "measure", "kg", "vàng trang sức nhập lậu bị thu giữ", approx="nearly"),
    F("bắt giữ 17 vụ", "17", 17, "count", "vụ", "vụ vận chuyển vàng trang sức không rõ nguồn gốc", M10,
      change=change("increase", 6, "vụ", "cùng kỳ năm 2022")),
    F("thu giữ 11,8 kg", "11,8", 11.8, "measure", "kg", "vàng thu giữ", M10),
    F("gần 11,4 tỷ đồng", "11,4", 11.4e9, "money", "đồng", "trị giá vàng thu giữ", M10, approx="nearly", status="estimate"),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "khối lượng vàng thu giữ so với cùng kỳ", inherit(M10)),
    F("theo 3,2 kg", "3,2", 3.2, "measure", "kg", "vàng trang sức hành khách mang theo", day("ngày 8/11", "2023-11-08"),
      location="Văn Lãng"),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở kinh doanh vàng trang sức, mỹ nghệ"),
    F("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở được kiểm tra", M10b),
    F("xử phạt 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở bị xử phạt", M10b),
    F("tiền 214 triệu đồng", "214", 214e6, "money", "đồng", "số tiền xử phạt", M10b),
    F("tiêu hủy 245 sản phẩm", "245", 245, "count", "sản phẩm", "sản phẩm vàng trang sức giả mạo nhãn hiệu buộc tiêu hủy", M10b),
    F("khoảng 8-10%", "8", 8, "percent", "%", "giá vàng trang sức bên kia biên giới thấp hơn giá bán trong tỉnh",
      approx="about", value_max=10),
    F("mức 61,8 triệu", "61,8", 61.8e6, "money", "đồng/lượng", "giá bán ra vàng nhẫn tròn trơn", D24),
    F("mức 72,1 triệu", "72,1", 72.1e6, "money", "đồng/lượng", "giá vàng miếng SJC", D24),
    F("hơn 10 triệu", "10", 10e6, "money", "đồng/lượng", "chênh lệch giữa vàng miếng và vàng nhẫn", D24, approx="over"),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở kinh doanh vàng tại các huyện biên giới được kiểm tra",
      period("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("tại 5 huyện", "5", 5, "count", "huyện", "huyện biên giới", optional=True),
]

write("p1096-8", TEXT, NOTES, FIGS, published="2023-11-24", location="Lạng Sơn")
