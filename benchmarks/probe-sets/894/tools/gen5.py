"""p894-5: Party/provincial newspaper (Báo Nghệ An), apartments in TP Vinh: fees, boards, funds, fire safety."""
from lib import F, P, I, C, T, write

TEXT = """Chung cư ở thành phố Vinh: Bất cập từ phí dịch vụ đến an toàn cháy nổ

Thành phố Vinh hiện có 63 tòa nhà chung cư đã đưa vào sử dụng với hơn 11.400 căn hộ, nơi sinh sống của khoảng 38.000 người. Tuy nhiên, công tác quản lý vận hành tại nhiều tòa nhà vẫn còn lúng túng.

Tại một khu chung cư ở phường Hưng Bình, bà Nguyễn Thị Lan (tầng 12, tòa A2) cho biết, mỗi tháng gia đình bà đóng 7.000 đồng/m2 phí dịch vụ, tương đương khoảng 560.000 đồng cho căn hộ 80 m2, nhưng thang máy thường xuyên hỏng, hệ thống báo cháy không hoạt động.

Theo số liệu của Sở Xây dựng, đến tháng 10/2023, thành phố mới có 41/63 tòa nhà thành lập Ban quản trị; 19 tòa nhà chủ đầu tư chưa bàn giao quỹ bảo trì với số tiền khoảng 85 tỷ đồng. Đáng lo ngại, qua kiểm tra 9 tháng đầu năm 2023, Phòng Cảnh sát PCCC và CNCH Công an tỉnh phát hiện trên địa bàn thành phố có 22 tòa nhà chưa được nghiệm thu về PCCC, trong đó 9 tòa đã đưa vào sử dụng trên 10 năm.

Giá dịch vụ giữa các chung cư cũng chênh lệch lớn: chung cư thương mại từ 5.000 đến 12.000 đồng/m2/tháng, trong khi chung cư nhà ở xã hội chỉ khoảng 2.500 đồng/m2/tháng, thấp hơn 40% so với chi phí vận hành thực tế. Vì vậy, nhiều ban quản lý không đủ kinh phí bảo dưỡng thang máy, bơm chữa cháy.

Ông Hoàng Văn Bảy, Phó Trưởng phòng Quản lý nhà và thị trường bất động sản (Sở Xây dựng) cho biết, thành phố đặt mục tiêu đến năm 2025, 100% tòa nhà đủ điều kiện sẽ thành lập Ban quản trị; đồng thời kiểm tra PCCC định kỳ 2 lần/năm đối với các chung cư cao trên 15 tầng.

Theo Nghị định số 136/2020/NĐ-CP, chung cư là cơ sở thuộc diện quản lý về PCCC, phải được kiểm tra định kỳ và đột xuất.

THANH HÀ
08/11/2023
"""

OCT = P("đến tháng 10/2023", end="2023-10-31")
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("có 63 tòa", "63", 63, "count", "tòa nhà", "tòa nhà chung cư đã đưa vào sử dụng"),
    F("hơn 11.400 căn hộ", "11.400", 11400, "count", "căn hộ", "căn hộ chung cư", approx="over"),
    F("khoảng 38.000 người", "38.000", 38000, "count", "người", "người sinh sống tại chung cư", approx="about"),
    F("đóng 7.000 đồng/m2", "7.000", 7000, "money", "đồng/m2/tháng", "phí dịch vụ chung cư"),
    F("khoảng 560.000 đồng", "560.000", 560000, "money", "đồng/tháng", "phí dịch vụ căn hộ mỗi tháng",
      approx="about"),
    F("căn hộ 80 m2", "80", 80, "measure", "m2", "diện tích căn hộ", optional=True),
    F("41/63 tòa", "41", 41, "count", "tòa nhà", "tòa nhà thành lập Ban quản trị", OCT, total=63),
    F("19 tòa nhà", "19", 19, "count", "tòa nhà", "tòa nhà chủ đầu tư chưa bàn giao quỹ bảo trì", OCT),
    F("khoảng 85 tỷ đồng", "85", 85e9, "money", "đồng", "quỹ bảo trì chưa bàn giao", OCT, approx="about"),
    F("có 22 tòa", "22", 22, "count", "tòa nhà", "tòa nhà chưa được nghiệm thu về PCCC", M9),
    F("9 tòa đã", "9", 9, "count", "tòa", "tòa nhà chưa nghiệm thu PCCC đã đưa vào sử dụng trên 10 năm", M9, total=22),
    F("trên 10 năm", "10", 10, "measure", "năm", "thời gian đưa vào sử dụng", approx="over", optional=True),
    F("từ 5.000 đến 12.000", "5.000", 5000, "money", "đồng/m2/tháng", "giá dịch vụ chung cư thương mại",
      value_max=12000),
    F("khoảng 2.500 đồng", "2.500", 2500, "money", "đồng/m2/tháng", "giá dịch vụ chung cư nhà ở xã hội",
      approx="about", change=C("decrease", 40, "%", "chi phí vận hành thực tế")),
    F("2025, 100% tòa nhà", "100", 100, "percent", "%", "tòa nhà đủ điều kiện thành lập Ban quản trị", T25,
      status="target"),
    F("định kỳ 2 lần/năm", "2", 2, "measure", "lần/năm", "kiểm tra PCCC định kỳ chung cư cao trên 15 tầng", T25,
      status="target"),
    F("trên 15 tầng", "15", 15, "measure", "tầng", "chiều cao chung cư", approx="over", optional=True),
]

write("p894-5", TEXT, FIGS, published="2023-11-08", location="Vinh", notes=[
    "Party newspaper (Báo Nghệ An): apartments in TP Vinh; byline THANH HÀ and bare date 08/11/2023 at the end.",
    "The resident's flat size (80 m2) and the thresholds 'trên 10 năm', 'trên 15 tầng' are optional.",
    "'thấp hơn 40% so với chi phí vận hành thực tế' is the change of 2.500 đồng/m2/tháng. 'tầng 12, tòa A2', 'Văn Bảy': distractors.",
])
