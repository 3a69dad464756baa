"""p839-5: Báo Thừa Thiên Huế (Party paper), Đài hóa thân Thiên Phúc and the province's cremation rate."""
from lib import F, P, I, C, T, build

TEXT = """Hỏa táng dần thành nếp ở cố đô

Sau hơn 2 năm đi vào hoạt động, Đài hóa thân Thiên Phúc tại xã Thủy Bằng, thành phố Huế đã trở thành địa chỉ quen thuộc của nhiều gia đình. Từ tháng 5/2021 đến nay, cơ sở đã thực hiện 3.486 ca hỏa táng. Riêng 10 tháng năm 2023, đài hóa thân thực hiện 1.215 ca, tăng 18,6% so với cùng kỳ năm trước.

Cơ sở có 4 lò hỏa táng nhập khẩu từ Italy, công suất 24 ca/ngày, hệ thống xử lý khí thải đạt quy chuẩn môi trường. Giá dịch vụ hỏa táng người lớn là 4,2 triệu đồng/ca; trẻ em dưới 6 tuổi được miễn phí. Người có hộ khẩu thường trú tại tỉnh khi hỏa táng còn được hỗ trợ 2 triệu đồng theo Nghị quyết số 05/2022/NQ-HĐND.

Theo Sở Xây dựng, tỷ lệ hỏa táng trên địa bàn tỉnh đã tăng từ 4,5% năm 2020 lên khoảng 19% năm 2023; riêng thành phố Huế đạt gần 31%. Tỉnh đặt mục tiêu đến năm 2025 tỷ lệ này đạt 25%.

Bên cạnh hỏa táng, tỉnh đang triển khai các nghĩa trang tập trung theo quy hoạch. Nghĩa trang nhân dân Thủy Bằng có quy mô 62,5 ha, đã tiếp nhận hơn 7.800 ngôi mộ di dời từ các dự án chỉnh trang đô thị, trong đó 2.140 ngôi mộ được cải táng bằng hình thức hỏa táng.

Bà Nguyễn Thị Năm (phường Vỹ Dạ) chia sẻ: “Trước đây gia đình tôi cũng ngại, nhưng hỏa táng vừa tiết kiệm, vừa sạch sẽ, lại giữ được đất cho con cháu. Ba năm trước, khi mẹ chồng mất, cả nhà đã thống nhất đưa cụ lên Thiên Phúc”.

Ông Hoàng Văn Tư, Phó Giám đốc Sở Xây dựng cho biết, thời gian tới tỉnh sẽ tiếp tục rà soát các nghĩa trang dọc Quốc lộ 49 và đường Tự Đức - Thủy Dương, đồng thời tuyên truyền để hỏa táng trở thành lựa chọn phổ biến của người dân.

MINH VĂN
18/11/2023
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("thực hiện 3.486 ca", "3.486", 3486, "count", "ca", "ca hỏa táng Đài hóa thân Thiên Phúc thực hiện",
      P("Từ tháng 5/2021 đến nay", "2021-05-01", "2023-11-18"), location="Huế"),
    F("thực hiện 1.215 ca", "1.215", 1215, "count", "ca", "ca hỏa táng Đài hóa thân Thiên Phúc thực hiện",
      P("10 tháng năm 2023", "2023-01-01", "2023-10-31"), location="Huế",
      change=C("increase", 18.6, "%", "cùng kỳ năm trước")),
    F("có 4 lò", "4", 4, "count", "lò hỏa táng", "lò hỏa táng", location="Huế"),
    F("công suất 24 ca/ngày", "24", 24, "measure", "ca/ngày", "công suất", location="Huế"),
    F("là 4,2 triệu đồng/ca", "4,2", 4.2e6, "money", "đồng/ca", "giá dịch vụ hỏa táng người lớn", location="Huế"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "trẻ em được miễn phí hỏa táng", approx="under", location="Huế",
      optional=True),
    F("hỗ trợ 2 triệu đồng", "2", 2e6, "money", "đồng", "mức hỗ trợ hỏa táng cho người có hộ khẩu thường trú tại tỉnh"),
    F("từ 4,5% năm 2020", "4,5", 4.5, "percent", "%", "tỷ lệ hỏa táng trên địa bàn tỉnh",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("khoảng 19%", "19", 19, "percent", "%", "tỷ lệ hỏa táng trên địa bàn tỉnh", Y23, approx="about"),
    F("gần 31%", "31", 31, "percent", "%", "tỷ lệ hỏa táng", Y23, approx="nearly", location="Huế"),
    F("đạt 25%", "25", 25, "percent", "%", "tỷ lệ hỏa táng", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("quy mô 62,5 ha", "62,5", 62.5, "measure", "ha", "quy mô Nghĩa trang nhân dân Thủy Bằng", location="Huế"),
    F("hơn 7.800 ngôi mộ", "7.800", 7800, "count", "ngôi mộ", "ngôi mộ di dời từ các dự án chỉnh trang đô thị",
      approx="over", location="Huế"),
    F("trong đó 2.140 ngôi mộ", "2.140", 2140, "count", "ngôi mộ", "ngôi mộ cải táng bằng hình thức hỏa táng",
      total=7800, location="Huế"),
]

build("p839-5", TEXT, FIGS, published="2023-11-18", location="Thừa Thiên Huế", comments=[
    "Báo Thừa Thiên Huế: Đài hóa thân Thiên Phúc (xã Thủy Bằng, TP Huế) and the province's cremation rate; byline + bare date at the end.",
    "Facility and Thủy Bằng cemetery figures take the city (Huế); province-wide rates Thừa Thiên Huế; 'riêng thành phố Huế' → Huế.",
    "'Riêng 10 tháng năm 2023 … 1.215 ca' is its own sentence, no part-of cue, different period: no total.",
    "Distractors: 'hơn 2 năm' (age of the facility), Nghị quyết số 05/2022/NQ-HĐND, Bà Nguyễn Thị Năm, Ba năm trước, Hoàng Văn Tư, Quốc lộ 49, 18/11/2023.",
])
