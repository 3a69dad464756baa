import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, C, T, build

text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức - Sự kiện > Thủy lợi

Chủ động phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa khô 2023-2024

Theo báo cáo của Cục Thủy lợi, tính đến ngày 15/12/2023, dung tích trữ trung bình của các hồ chứa thủy lợi trên cả nước đạt khoảng 82% dung tích thiết kế, cao hơn 6% so với trung bình nhiều năm. Các địa phương có dung tích trữ thấp gồm Ninh Thuận (52%), Bình Thuận (58%) và Khánh Hòa (61%). Cả nước hiện có 7.315 hồ chứa thủy lợi, trong đó khoảng 1.200 hồ bị hư hỏng, xuống cấp cần sửa chữa.

Theo dự báo, mùa khô năm 2024, cả nước có khoảng 43.000 ha lúa có nguy cơ bị ảnh hưởng do hạn hán, xâm nhập mặn, chiếm khoảng 1,1% diện tích gieo trồng; khoảng 60.000 hộ có nguy cơ thiếu nước sinh hoạt, giảm gần 50% so với mùa khô 2019-2020.

Năm 2023, Chính phủ đã hỗ trợ 1.350 tỷ đồng cho 11 địa phương để đầu tư các công trình trữ nước, cấp nước chống hạn; trong đó Kiên Giang 195 tỷ đồng, Cà Mau 180 tỷ đồng, Bến Tre 165 tỷ đồng. Đến cuối tháng 11/2023, đã có 9/11 địa phương giải ngân trên 80% kinh phí được giao.

Thực hiện Chỉ thị số 08/CT-BNN-TL ngày 30/11/2023, Bộ yêu cầu các địa phương rà soát kế hoạch sản xuất, phấn đấu bảo đảm 100% diện tích gieo trồng vụ Đông Xuân có đủ nước tưới, không để người dân thiếu nước sinh hoạt; hoàn thành nạo vét, khơi thông hệ thống kênh mương trước ngày 31/01/2024.

Tổng đài hỗ trợ: 024.3733.5703 - Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

asof = P("tính đến ngày 15/12/2023", None, "2023-12-15")
asof_i = P("tính đến ngày 15/12/2023", None, "2023-12-15", inherited=True)
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
now = P("Đến cuối tháng 11/2023", None, "2023-11-30")
subj_ho = "dung tích trữ hồ chứa thủy lợi"
subj_ht = "kinh phí hỗ trợ đầu tư công trình trữ nước, cấp nước chống hạn"

figs = [
    F("đạt khoảng 82%", "82", 82, "percent", "%", "dung tích trữ trung bình của các hồ chứa thủy lợi", approx="about",
      change=C("increase", 6, "%", "trung bình nhiều năm"), period=asof),
    F("Ninh Thuận (52%)", "52", 52, "percent", "%", subj_ho, period=asof_i, location="Ninh Thuận"),
    F("Bình Thuận (58%)", "58", 58, "percent", "%", subj_ho, period=asof_i, location="Bình Thuận"),
    F("Khánh Hòa (61%)", "61", 61, "percent", "%", subj_ho, period=asof_i, location="Khánh Hòa"),
    F("có 7.315 hồ chứa", "7.315", 7315, "count", "hồ chứa", "hồ chứa thủy lợi"),
    F("khoảng 1.200 hồ", "1.200", 1200, "count", "hồ", "hồ chứa bị hư hỏng, xuống cấp cần sửa chữa", approx="about", total=7315),
    F("khoảng 43.000 ha", "43.000", 43000, "measure", "ha", "diện tích lúa có nguy cơ bị ảnh hưởng do hạn hán, xâm nhập mặn",
      approx="about", percent=1.1, status="forecast"),
    F("khoảng 60.000 hộ", "60.000", 60000, "count", "hộ", "hộ có nguy cơ thiếu nước sinh hoạt", approx="about",
      change=C("decrease", 50, "%", "mùa khô 2019-2020", approx="nearly"), status="forecast"),
    F("hỗ trợ 1.350 tỷ đồng", "1.350", 1350000000000, "money", "đồng", subj_ht, period=y23),
    F("cho 11 địa phương", "11", 11, "count", "địa phương", "địa phương được hỗ trợ", period=y23),
    F("Kiên Giang 195 tỷ đồng", "195", 195000000000, "money", "đồng", subj_ht, total=1350000000000,
      period=y23, location="Kiên Giang"),
    F("Cà Mau 180 tỷ đồng", "180", 180000000000, "money", "đồng", subj_ht, total=1350000000000,
      period=y23, location="Cà Mau"),
    F("Bến Tre 165 tỷ đồng", "165", 165000000000, "money", "đồng", subj_ht, total=1350000000000,
      period=y23, location="Bến Tre"),
    F("9/11 địa phương", "9", 9, "count", "địa phương", "địa phương giải ngân trên 80% kinh phí được giao", total=11, period=now),
    F("trên 80% kinh phí", "80", 80, "percent", "%", "kinh phí được giao đã giải ngân", approx="over", optional=True),
    F("bảo đảm 100% diện tích", "100", 100, "percent", "%", "diện tích gieo trồng vụ Đông Xuân có đủ nước tưới",
      status="target"),
]

comments = """
Bộ NN&PTNT news page: national reservoir storage at 15/12/2023, forecast for the 2024 dry season, 2023 support to 11 localities, directives.
The page shows no date of its own (no `published`). "Chỉ thị số 08/CT-BNN-TL ngày 30/11/2023", "trước ngày 31/01/2024", the switchboard number
and the address "Số 2 Ngọc Hà" are not figures; "mùa khô 2023-2024" in the title is a season's name.
National figures: location Việt Nam (default). Provinces in the list "(52%)…" and the items after "trong đó" take their province.
"cao hơn 6% so với trung bình nhiều năm" is the change of 82%; "chiếm khoảng 1,1%" is the percent of 43.000 ha; "giảm gần 50% so với mùa khô
2019-2020" is the change of 60.000 hộ (approx nearly). "Theo dự báo" makes its sentence forecast; the dry season of 2024 is not a period of
the spec's table, so no period is given there (not scored). "9/11 địa phương" has total 11; the threshold "trên 80%" is optional.
"11 địa phương" stays national. "phấn đấu bảo đảm 100%" is a target.
"""

build("p429-4", text, comments, figs, location="Việt Nam")
