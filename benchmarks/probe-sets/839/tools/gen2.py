"""p839-2: huyện Nghĩa Hưng (Nam Định) district portal, consolidating village cemeteries."""
from lib import F, P, I, C, T, build

TEXT = """UBND HUYỆN NGHĨA HƯNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Kinh tế - Hạ tầng

Nghĩa Hưng đẩy nhanh quy tập, sắp xếp nghĩa trang nhân dân
Thứ Ba, 12/03/2024 - 10:20

Theo kết quả rà soát của Phòng Kinh tế và Hạ tầng, đến hết năm 2023, toàn huyện có 214 nghĩa trang, nghĩa địa với tổng diện tích khoảng 168,5 ha; trong đó có 173 nghĩa trang nhỏ lẻ nằm xen kẹp trong khu dân cư, đồng ruộng. Bình quân mỗi xã, thị trấn có gần 9 điểm nghĩa trang.

Theo quy hoạch, đến năm 2030 huyện chỉ giữ lại 26 nghĩa trang tập trung, mỗi nghĩa trang có quy mô từ 3 đến 5 ha; các nghĩa trang còn lại sẽ dừng chôn cất mới và trồng cây xanh cách ly.

Năm 2023, huyện đã di dời, quy tập 1.286 ngôi mộ từ các nghĩa trang nhỏ lẻ vào nghĩa trang tập trung, vượt 7,2% kế hoạch. Mức hỗ trợ di chuyển mỗi ngôi mộ là 2,5 triệu đồng. Tổng kinh phí thực hiện hơn 4,6 tỷ đồng, trong đó ngân sách huyện 2,9 tỷ đồng, phần còn lại do các xã và nhân dân đóng góp.

Xã Nghĩa Lâm là địa phương đầu tiên hoàn thành quy tập, đóng cửa 11 nghĩa địa nhỏ lẻ, giải phóng gần 3,2 ha đất để trồng cây xanh và làm sân thể thao.

Cùng với sắp xếp nghĩa trang, huyện vận động nhân dân sử dụng hình thức hỏa táng. Tỷ lệ hỏa táng trên địa bàn huyện năm 2023 đạt 38,6%, tăng so với mức 31,2% của năm 2022.

Thực hiện Nghị quyết Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12, năm 2024 huyện phấn đấu quy tập thêm 1.500 ngôi mộ, nâng tỷ lệ hỏa táng lên trên 45%; dự kiến tổng kinh phí khoảng 5,8 tỷ đồng.

Trần Thu Hà - Trung tâm Văn hóa, Thể thao và Truyền thanh huyện

Địa chỉ: Thị trấn Liễu Đề, huyện Nghĩa Hưng, tỉnh Nam Định. Điện thoại: 0228.3871.219
"""

END23 = P("đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 214 nghĩa trang", "214", 214, "count", "nghĩa trang", "nghĩa trang, nghĩa địa", END23),
    F("khoảng 168,5 ha", "168,5", 168.5, "measure", "ha", "tổng diện tích nghĩa trang, nghĩa địa", END23,
      approx="about"),
    F("có 173 nghĩa trang", "173", 173, "count", "nghĩa trang", "nghĩa trang nhỏ lẻ xen kẹp trong khu dân cư, đồng ruộng",
      END23, total=214),
    F("gần 9 điểm nghĩa trang", "9", 9, "measure", "điểm nghĩa trang", "điểm nghĩa trang bình quân mỗi xã, thị trấn",
      I(END23), approx="nearly"),
    F("giữ lại 26 nghĩa trang", "26", 26, "count", "nghĩa trang", "nghĩa trang tập trung giữ lại", TO30,
      status="target"),
    F("từ 3 đến 5 ha", "3", 3, "measure", "ha", "quy mô mỗi nghĩa trang tập trung", TO30, value_max=5,
      status="target"),
    F("quy tập 1.286 ngôi mộ", "1.286", 1286, "count", "ngôi mộ", "ngôi mộ di dời, quy tập vào nghĩa trang tập trung",
      Y23, change=C("increase", 7.2, "%", "kế hoạch")),
    F("là 2,5 triệu đồng", "2,5", 2.5e6, "money", "đồng/ngôi mộ", "mức hỗ trợ di chuyển mỗi ngôi mộ"),
    F("hơn 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "tổng kinh phí thực hiện", I(Y23), approx="over"),
    F("huyện 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "ngân sách huyện", I(Y23), total=4.6e9),
    F("đóng cửa 11 nghĩa địa", "11", 11, "count", "nghĩa địa", "nghĩa địa nhỏ lẻ đóng cửa"),
    F("gần 3,2 ha", "3,2", 3.2, "measure", "ha", "đất giải phóng", approx="nearly"),
    F("đạt 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ hỏa táng",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("mức 31,2%", "31,2", 31.2, "percent", "%", "tỷ lệ hỏa táng", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("thêm 1.500 ngôi mộ", "1.500", 1500, "count", "ngôi mộ", "ngôi mộ quy tập thêm", Y24, status="target"),
    F("lên trên 45%", "45", 45, "percent", "%", "tỷ lệ hỏa táng", Y24, approx="over", status="target"),
    F("khoảng 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "tổng kinh phí", Y24, approx="about",
      status="forecast"),
]

build("p839-2", TEXT, FIGS, published="2024-03-12", location="Nghĩa Hưng", comments=[
    "Cổng TTĐT huyện Nghĩa Hưng (Nam Định): rà soát, quy tập nghĩa trang nhỏ lẻ; tỷ lệ hỏa táng; mục tiêu 2024.",
    "Commune figures (xã Nghĩa Lâm) keep the district as location. '31,2% của năm 2022' is a figure of its own (no change value stated).",
    "Distractors: 12/03/2024 - 10:20, lần thứ 12, phone 0228.3871.219, Thị trấn Liễu Đề.",
])
