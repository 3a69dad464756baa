"""p839-6: national newspaper, Hà Nội cemeteries overloaded, cremation, grave-plot prices."""
from lib import F, P, I, C, T, build

TEXT = """Thời sự > Dân sinh
Chủ nhật, 17/3/2024, 07:30 (GMT+7)

Nghĩa trang Hà Nội quá tải, mỗi năm cần thêm gần 40 ha đất

Mỗi năm Hà Nội có khoảng 42.000 người qua đời, trong khi nhiều nghĩa trang lớn của thành phố đã gần lấp đầy.

Theo Sở Xây dựng Hà Nội, nghĩa trang Văn Điển (huyện Thanh Trì) rộng 14 ha đã dừng hung táng từ nhiều năm; nghĩa trang Yên Kỳ (huyện Ba Vì) quy mô 86,4 ha hiện đã sử dụng khoảng 70% diện tích. Toàn thành phố có hơn 3.200 nghĩa trang, nghĩa địa, trong đó chỉ 11 nghĩa trang tập trung được xây dựng theo quy hoạch. Mỗi năm thành phố cần bổ sung 35-40 ha đất nghĩa trang.

Tỷ lệ hỏa táng tại các quận nội thành đạt trên 80%, trong khi ở các huyện ngoại thành mới khoảng 25%. Đài hóa thân Hoàn Vũ bên Quốc lộ 1A hiện vận hành 8 lò, mỗi ngày thực hiện trung bình 75-80 ca, cao điểm lên tới 110 ca.

Giá đất mộ tại các công viên nghĩa trang tư nhân quanh Hà Nội dao động từ 60 đến 200 triệu đồng/m2, có phần mộ gia đình rộng 100 m2 được rao bán tới 15 tỷ đồng. Trong khi đó, chi phí hỏa táng trọn gói tại Hoàn Vũ chỉ khoảng 5,5 triệu đồng.

Theo quy hoạch hệ thống nghĩa trang thành phố đến năm 2030, Hà Nội sẽ xây dựng 4 nghĩa trang cấp vùng với tổng diện tích khoảng 510 ha và phấn đấu nâng tỷ lệ hỏa táng chung lên 70%. Tuy nhiên, đến nay mới có 2 dự án được khởi công.

Ông Lê Văn Sáu (72 tuổi, quận Hoàng Mai) cho biết gia đình ông đã chọn hỏa táng cho người thân từ lâu: "Vừa gọn, vừa đỡ tốn kém, con cháu đi viếng cũng thuận tiện".

Võ Hải
"""

TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("cần thêm gần 40 ha", "40", 40, "measure", "ha", "đất nghĩa trang cần thêm mỗi năm", approx="nearly"),
    F("khoảng 42.000 người", "42.000", 42000, "count", "người", "người qua đời mỗi năm", approx="about"),
    F("rộng 14 ha", "14", 14, "measure", "ha", "diện tích nghĩa trang Văn Điển", location="Thanh Trì"),
    F("quy mô 86,4 ha", "86,4", 86.4, "measure", "ha", "quy mô nghĩa trang Yên Kỳ", location="Ba Vì"),
    F("khoảng 70% diện tích", "70", 70, "percent", "%", "diện tích nghĩa trang Yên Kỳ đã sử dụng", approx="about",
      location="Ba Vì"),
    F("hơn 3.200 nghĩa trang", "3.200", 3200, "count", "nghĩa trang", "nghĩa trang, nghĩa địa", approx="over"),
    F("chỉ 11 nghĩa trang", "11", 11, "count", "nghĩa trang", "nghĩa trang tập trung được xây dựng theo quy hoạch",
      total=3200),
    F("bổ sung 35-40 ha", "35", 35, "measure", "ha", "đất nghĩa trang cần bổ sung mỗi năm", value_max=40),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ hỏa táng tại các quận nội thành", approx="over"),
    F("mới khoảng 25%", "25", 25, "percent", "%", "tỷ lệ hỏa táng ở các huyện ngoại thành", approx="about"),
    F("vận hành 8 lò", "8", 8, "count", "lò", "lò Đài hóa thân Hoàn Vũ vận hành"),
    F("trung bình 75-80 ca", "75", 75, "measure", "ca/ngày", "ca hỏa táng trung bình mỗi ngày", value_max=80),
    F("lên tới 110 ca", "110", 110, "measure", "ca/ngày", "ca hỏa táng mỗi ngày lúc cao điểm"),
    F("từ 60 đến 200 triệu", "60", 60e6, "money", "đồng/m2", "giá đất mộ tại các công viên nghĩa trang tư nhân",
      value_max=200e6),
    F("rộng 100 m2", "100", 100, "measure", "m2", "diện tích phần mộ gia đình", optional=True),
    F("tới 15 tỷ đồng", "15", 15e9, "money", "đồng", "giá rao bán phần mộ gia đình"),
    F("khoảng 5,5 triệu đồng", "5,5", 5.5e6, "money", "đồng", "chi phí hỏa táng trọn gói tại Hoàn Vũ",
      approx="about"),
    F("xây dựng 4 nghĩa trang", "4", 4, "count", "nghĩa trang", "nghĩa trang cấp vùng", TO30, status="target"),
    F("khoảng 510 ha", "510", 510, "measure", "ha", "tổng diện tích nghĩa trang cấp vùng", TO30, approx="about",
      status="target"),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ hỏa táng chung", TO30, status="target"),
    F("có 2 dự án", "2", 2, "count", "dự án", "dự án nghĩa trang cấp vùng được khởi công",
      P("đến nay", None, "2024-03-17")),
    F("72 tuổi", "72", 72, "measure", "tuổi", "tuổi ông Lê Văn Sáu", optional=True),
]

build("p839-6", TEXT, FIGS, published="2024-03-17", location="Hà Nội", comments=[
    "revised after the first run: unit of 75-80 ca and 110 ca set to ca/ngày (a rate keeps its denominator, FIGURES.md Rates).",
    "National newspaper (VnExpress style): Hà Nội nghĩa trang quá tải, hỏa táng, giá đất mộ; dateline 'Chủ nhật, 17/3/2024, 07:30 (GMT+7)'.",
    "Văn Điển (Thanh Trì) and Yên Kỳ (Ba Vì) figures take their district; Đài hóa thân Hoàn Vũ is not placed by the text beyond",
    "'bên Quốc lộ 1A', so its figures stay Hà Nội. Daily throughput '75-80 ca' is a rate (measure). 'rộng 100 m2' is an example's size (optional).",
    "Distractors: 07:30 (GMT+7), Quốc lộ 1A, Lê Văn Sáu, quận Hoàng Mai; '72 tuổi' (a quoted person's age) is optional.",
])
