from lib import F, P, C, T, write

A = """BỘ CÔNG THƯƠNG VIỆT NAM
Tin tức > Xuất nhập khẩu

Phát triển hệ thống kho lạnh phục vụ xuất khẩu nông sản
05/09/2024 10:30

Sáng 4/9, tại Hà Nội, Cục Xuất nhập khẩu (Bộ Công Thương) tổ chức Hội thảo "Phát triển chuỗi cung ứng lạnh cho nông sản xuất khẩu".

Theo báo cáo tại hội thảo, cả nước hiện có khoảng 80 doanh nghiệp kinh doanh dịch vụ kho lạnh với tổng sức chứa hơn 1 triệu vị trí pallet, tăng bình quân khoảng 12%/năm trong giai đoạn 2019-2023. Tuy nhiên, hệ thống kho lạnh mới đáp ứng khoảng 45% nhu cầu bảo quản, trong khi tỷ lệ tổn thất sau thu hoạch đối với rau quả vẫn ở mức 20-25%.

Kho lạnh tập trung chủ yếu ở khu vực phía Nam, chiếm khoảng 70% tổng sức chứa; trong đó TP Hồ Chí Minh 32%, Bình Dương 14%, Long An 9,5%. Khu vực miền Bắc chiếm 22%, còn lại là miền Trung và Tây Nguyên.

Chi phí thuê kho lạnh hiện dao động từ 300.000 đến 450.000 đồng/pallet/tháng; chi phí logistics chiếm khoảng 30% giá thành nông sản, cao gần gấp đôi mức trung bình của thế giới. Riêng quý II/2024, lượng rau quả xuất khẩu qua kho lạnh đạt 1,26 triệu tấn, tăng 27,4% so với cùng kỳ năm 2023.

Theo Quy hoạch hạ tầng thương mại được phê duyệt tại Quyết định số 1874/QĐ-TTg, đến năm 2030 cả nước phấn đấu có 1.500 - 2.000 trung tâm logistics và kho lạnh chuyên dùng; tỷ lệ nông sản xuất khẩu được bảo quản lạnh đạt trên 60%.

Năm 2024, Bộ Công Thương dự kiến hỗ trợ 15 địa phương xây dựng kho lạnh tại vùng nguyên liệu với kinh phí khoảng 120 tỷ đồng từ Chương trình xúc tiến thương mại quốc gia.

Cục Xuất nhập khẩu, số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội.
"""

FIGS = [
    F("khoảng 80 doanh nghiệp", "80", 80, "count", "doanh nghiệp", "doanh nghiệp kinh doanh dịch vụ kho lạnh",
      approx="about"),
    F("hơn 1 triệu vị trí pallet", "1", 1000000, "count", "vị trí pallet", "tổng sức chứa kho lạnh",
      approx="over", change=C("increase", 12, "%", None, approx="about")),
    F("khoảng 45% nhu cầu", "45", 45, "percent", "%", "hệ thống kho lạnh đáp ứng nhu cầu bảo quản", approx="about"),
    F("mức 20-25%", "20", 20, "percent", "%", "tỷ lệ tổn thất sau thu hoạch đối với rau quả", value_max=25),
    F("chiếm khoảng 70% tổng", "70", 70, "percent", "%", "tỷ trọng sức chứa kho lạnh khu vực phía Nam",
      approx="about"),
    F("TP Hồ Chí Minh 32%", "32", 32, "percent", "%", "tỷ trọng tổng sức chứa kho lạnh",
      location="TP Hồ Chí Minh"),
    F("Bình Dương 14%", "14", 14, "percent", "%", "tỷ trọng tổng sức chứa kho lạnh", location="Bình Dương"),
    F("Long An 9,5%", "9,5", 9.5, "percent", "%", "tỷ trọng tổng sức chứa kho lạnh", location="Long An"),
    F("miền Bắc chiếm 22%", "22", 22, "percent", "%", "tỷ trọng sức chứa kho lạnh khu vực miền Bắc"),
    F("từ 300.000 đến 450.000 đồng", "300.000", 300000, "money", "đồng/pallet/tháng", "chi phí thuê kho lạnh",
      value_max=450000),
    F("khoảng 30% giá", "30", 30, "percent", "%", "chi phí logistics trong giá thành nông sản", approx="about",
      change=C("increase", 2, "lần", "mức trung bình của thế giới", approx="nearly")),
    F("đạt 1,26 triệu tấn", "1,26", 1260000, "measure", "tấn", "lượng rau quả xuất khẩu qua kho lạnh",
      change=C("increase", 27.4, "%", "cùng kỳ năm 2023"), period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("có 1.500 - 2.000", "1.500", 1500, "count", "trung tâm logistics và kho lạnh chuyên dùng",
      "trung tâm logistics và kho lạnh chuyên dùng", value_max=2000, status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ nông sản xuất khẩu được bảo quản lạnh", approx="over",
      status="target", period=P("đến năm 2030", None, "2030-12-31", inh=False)),
    F("hỗ trợ 15 địa phương", "15", 15, "count", "địa phương", "địa phương được hỗ trợ xây dựng kho lạnh",
      status="forecast", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 120 tỷ đồng", "120", 120000000000, "money", "đồng", "kinh phí hỗ trợ xây dựng kho lạnh",
      approx="about", status="forecast", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

HEADER = """
Probe 279-5. Bộ Công Thương (ministry site): national cold-storage capacity, regional shares, costs, 2030 planning targets.
Dateline '05/09/2024 10:30' (bare date and time). National figures: location Việt Nam by default.
Distractors: 'Sáng 4/9', 'tại Hà Nội' (venue of the workshop, not the place of the figures), 'Quyết định số 1874/QĐ-TTg',
address 'số 54 Hai Bà Trưng', 'giai đoạn 2019-2023' (span of a growth rate).
'tăng bình quân khoảng 12%/năm' is the change of the capacity figure (baseline not stated as a period: left out).
Regions (khu vực phía Nam, miền Bắc) are not provinces: their shares keep Việt Nam. Province shares in the list after
'trong đó' are percents (a percent has no whole, cf. h01). 'cao gần gấp đôi mức trung bình của thế giới' is the change of
the 30% share (2 lần, nearly). 'hiện có'/'hiện dao động' figures carry no period.
"""

if __name__ == "__main__":
    write("p279-5", A, FIGS, HEADER, published="2024-09-05", location="Việt Nam")
