"""p1186-4: ministry site (Cục Bảo vệ thực vật, Bộ NN&PTNT): national count of field tanks, packaging generated and collected."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC BẢO VỆ THỰC VẬT
Trang chủ > Tin tức > Môi trường nông nghiệp
Ngày đăng: 08/03/2024 | Lượt xem: 1.152

Cả nước có hơn 172.000 bể chứa bao gói thuốc BVTV trên đồng ruộng

Theo Cục Bảo vệ thực vật, đến hết năm 2023, 63/63 tỉnh, thành phố đã bố trí bể chứa bao gói thuốc BVTV sau sử dụng với tổng số 172.480 bể, tăng 11,2% so với năm 2022 và tăng 46% so với năm 2019. Các địa phương có nhiều bể nhất lần lượt là An Giang (16.820 bể), Thái Bình (9.430 bể) và Đồng Tháp (8.915 bể).

Mỗi năm, nông dân cả nước sử dụng từ 70.000 đến 100.000 tấn thuốc BVTV thành phẩm; lượng bao gói thải ra ước khoảng 9.500 tấn, trong đó 22% là bao gói khó phân hủy. Năm 2023, tỷ lệ bao gói được thu gom đạt khoảng 55%, riêng An Giang đạt 68%; lượng bao gói được xử lý bằng lò đốt chuyên dụng mới đạt 3.870 tấn.

Theo Thông tư liên tịch số 05/2016/TTLT-BNNPTNT-BTNMT, bể chứa phải có nắp đậy, dung tích tối thiểu 0,3 m3, đặt cách nguồn nước ít nhất 20 m và ở vị trí thuận tiện cho việc thu gom.

Đến năm 2030, Bộ NN&PTNT đặt mục tiêu 100% vùng sản xuất tập trung có bể chứa, tỷ lệ bao gói được thu gom đạt trên 80%; giai đoạn 2024-2025 dự kiến các địa phương xây mới khoảng 20.000 bể.

CỤC BẢO VỆ THỰC VẬT
Địa chỉ: Số 149 Hồ Đắc Di, Đống Đa, Hà Nội
Điện thoại: 024.3851.9451
"""

ASOF = P("đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("Đến năm 2030", None, "2030-12-31")
G2425 = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
TANK = "bể chứa bao gói thuốc BVTV"

FIGS = [
    F("hơn 172.000 bể", "172.000", 172000, "count", "bể", approx="over",
      subject="bể chứa bao gói thuốc BVTV trên đồng ruộng"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã bố trí bể chứa bao gói thuốc BVTV sau sử dụng", period=ASOF),
    F("tổng số 172.480 bể", "172.480", 172480, "count", "bể", change=C("increase", 11.2, "%", "năm 2022"),
      subject="bể chứa bao gói thuốc BVTV sau sử dụng", period=ASOF),
    F("tăng 46%", "46", 46, "percent", "%", optional=True,
      subject="tăng số bể chứa so với năm 2019", period=ASOF),
    F("An Giang (16.820 bể)", "16.820", 16820, "count", "bể", subject=TANK, period=I(ASOF), location="An Giang"),
    F("Thái Bình (9.430 bể)", "9.430", 9430, "count", "bể", subject=TANK, period=I(ASOF), location="Thái Bình"),
    F("Đồng Tháp (8.915 bể)", "8.915", 8915, "count", "bể", subject=TANK, period=I(ASOF), location="Đồng Tháp"),
    F("từ 70.000 đến 100.000 tấn", "70.000", 70000, "measure", "tấn", value_max=100000,
      subject="thuốc BVTV thành phẩm nông dân cả nước sử dụng mỗi năm"),
    F("khoảng 9.500 tấn", "9.500", 9500, "measure", "tấn", approx="about", status="estimate",
      subject="lượng bao gói thải ra mỗi năm"),
    F("trong đó 22%", "22", 22, "percent", "%", status="estimate", subject="bao gói khó phân hủy"),
    F("khoảng 55%", "55", 55, "percent", "%", approx="about", subject="tỷ lệ bao gói được thu gom", period=Y23),
    F("đạt 68%", "68", 68, "percent", "%", subject="tỷ lệ bao gói được thu gom", period=Y23, location="An Giang"),
    F("đạt 3.870 tấn", "3.870", 3870, "measure", "tấn",
      subject="lượng bao gói được xử lý bằng lò đốt chuyên dụng", period=Y23),
    F("tối thiểu 0,3 m3", "0,3", 0.3, "measure", "m3", approx="at_least", subject="dung tích bể chứa"),
    F("ít nhất 20 m", "20", 20, "measure", "m", approx="at_least", subject="khoảng cách từ bể chứa đến nguồn nước"),
    F("mục tiêu 100%", "100", 100, "percent", "%", status="target",
      subject="vùng sản xuất tập trung có bể chứa", period=T30),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="tỷ lệ bao gói được thu gom", period=T30),
    F("khoảng 20.000 bể", "20.000", 20000, "count", "bể", approx="about", status="forecast",
      subject="bể chứa xây mới", period=G2425),
]

NOTES = [
    "Ministry site (Cục Bảo vệ thực vật): breadcrumb, 'Ngày đăng: 08/03/2024 | Lượt xem: 1.152' (published). National: location Việt Nam;",
    "items of the 'lần lượt là An Giang (…)' list and 'riêng An Giang đạt 68%' take their province as location.",
    "172.480 bể carries two changes: the first (11,2%) is its change; 'tăng 46% so với năm 2019' is a percent figure of its own (optional).",
    "'ước khoảng 9.500 tấn' → estimate; the 22% in the same continuing clause ('trong đó') keeps that status. The regulation's",
    "thresholds ('tối thiểu 0,3 m3', 'ít nhất 20 m') are figures of the standard. 'Mỗi năm' figures carry no period.",
    "Distractors: 'Thông tư liên tịch số 05/2016/TTLT-BNNPTNT-BTNMT', 'Lượt xem: 1.152', 'Số 149 Hồ Đắc Di', phone 024.3851.9451,",
    "baselines 'năm 2022'/'năm 2019'. 'giai đoạn 2024-2025 dự kiến' → forecast with that period.",
]

if __name__ == "__main__":
    write("p1186-4", TEXT, NOTES, FIGS, published="2024-03-08", location="Việt Nam")
