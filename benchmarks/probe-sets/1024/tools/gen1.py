from lib import F, P, I, C, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.315

Hơn 312.000 suất cơm miễn phí đến với người bệnh khó khăn trong 6 tháng đầu năm

Theo báo cáo của Sở Y tế Nghệ An, 6 tháng đầu năm 2024, 14 bếp ăn từ thiện tại các bệnh viện trên địa bàn tỉnh đã phục vụ hơn 312.000 suất cơm miễn phí cho người bệnh và người nhà người bệnh có hoàn cảnh khó khăn, tăng 18,6% so với cùng kỳ năm 2023. Trong đó, bếp ăn tại Bệnh viện Hữu nghị Đa khoa Nghệ An phục vụ 96.500 suất, Bệnh viện Ung bướu Nghệ An 71.200 suất, Bệnh viện Sản Nhi Nghệ An 48.300 suất.

Tổng kinh phí vận hành các bếp ước đạt 4,7 tỷ đồng, chủ yếu do các nhà hảo tâm, doanh nghiệp và cơ sở tôn giáo đóng góp. Bình quân mỗi suất cơm có giá trị khoảng 15.000 đồng. Ngoài cơm trưa, các bếp còn phát gần 85.000 suất cháo và 22.000 hộp sữa cho bệnh nhi.

Để duy trì hoạt động, các bếp đã huy động 1.260 lượt tình nguyện viên tham gia nấu ăn, phát cơm, chủ yếu là đoàn viên thanh niên, sinh viên Trường Đại học Y khoa Vinh và hội viên Hội Chữ thập đỏ. Riêng bếp cơm 0 đồng tại Bệnh viện Hữu nghị Đa khoa Nghệ An (dãy nhà số 3, đường Tôn Thất Tùng) mỗi ngày nhận từ 80 đến 120 kg gạo do người dân gửi tặng.

Năm 2024, ngành Y tế phấn đấu duy trì hoạt động ổn định của 100% bếp ăn hiện có, đồng thời mở thêm 3 bếp tại Trung tâm Y tế các huyện miền núi Kỳ Sơn, Tương Dương, Con Cuông. Dự kiến cả năm, các bếp sẽ phục vụ khoảng 650.000 suất ăn.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 312.000 suất cơm", "312.000", 312000, "count", "suất cơm", approx="over",
      subject="suất cơm miễn phí đến với người bệnh khó khăn",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("14 bếp ăn từ thiện", "14", 14, "count", "bếp ăn từ thiện",
      subject="bếp ăn từ thiện tại các bệnh viện", period=H1),
    F("phục vụ hơn 312.000 suất cơm", "312.000", 312000, "count", "suất cơm", approx="over",
      change=C("increase", 18.6, "%", "cùng kỳ năm 2023"),
      subject="suất cơm miễn phí phục vụ người bệnh và người nhà người bệnh có hoàn cảnh khó khăn", period=H1),
    F("phục vụ 96.500 suất", "96.500", 96500, "count", "suất", total=312000,
      subject="suất cơm bếp ăn tại Bệnh viện Hữu nghị Đa khoa Nghệ An phục vụ", period=I(H1)),
    F("Nghệ An 71.200 suất", "71.200", 71200, "count", "suất", total=312000,
      subject="suất cơm bếp ăn Bệnh viện Ung bướu Nghệ An phục vụ", period=I(H1)),
    F("Nghệ An 48.300 suất", "48.300", 48300, "count", "suất", total=312000,
      subject="suất cơm bếp ăn Bệnh viện Sản Nhi Nghệ An phục vụ", period=I(H1)),
    F("ước đạt 4,7 tỷ đồng", "4,7", 4.7e9, "money", "đồng", status="estimate",
      subject="tổng kinh phí vận hành các bếp", period=I(H1)),
    F("khoảng 15.000 đồng", "15.000", 15000, "money", "đồng", approx="about",
      subject="giá trị bình quân mỗi suất cơm", period=I(H1)),
    F("gần 85.000 suất cháo", "85.000", 85000, "count", "suất cháo", approx="nearly",
      subject="suất cháo các bếp phát", period=I(H1)),
    F("22.000 hộp sữa", "22.000", 22000, "count", "hộp sữa",
      subject="hộp sữa các bếp phát cho bệnh nhi", period=I(H1)),
    F("huy động 1.260 lượt", "1.260", 1260, "count", "lượt tình nguyện viên",
      subject="lượt tình nguyện viên tham gia nấu ăn, phát cơm", period=I(H1)),
    F("từ 80 đến 120 kg gạo", "80", 80, "measure", "kg", value_max=120,
      subject="gạo người dân gửi tặng bếp cơm 0 đồng mỗi ngày"),
    F("ổn định của 100% bếp ăn", "100", 100, "percent", "%", status="target",
      subject="bếp ăn hiện có duy trì hoạt động ổn định", period=Y),
    F("mở thêm 3 bếp", "3", 3, "count", "bếp", status="target",
      subject="bếp mở thêm tại Trung tâm Y tế các huyện miền núi", period=Y),
    F("khoảng 650.000 suất ăn", "650.000", 650000, "count", "suất ăn", approx="about", status="forecast",
      subject="suất ăn các bếp phục vụ", period=P("cả năm", "2024-01-01", "2024-12-31")),
]

emit("p1024-1", TEXT, FIGS, published="2024-08-14", location="Nghệ An", comments=[
    "Province portal (Nghệ An): charity kitchens at hospitals, first half of 2024. Dateline 'Cập nhật: 14/08/2024 09:45'.",
    "Not figures: 'Lượt xem: 2.315' (counter), 'bếp cơm 0 đồng' (a name), 'dãy nhà số 3' (address), '09:45'.",
    "The three hospital counts follow 'Trong đó' after the 312.000 suất whole (next sentence): total 312000.",
    "Headline '6 tháng đầu năm' without a year takes 2024 from the dateline; 'cả năm' after 'Năm 2024' is 2024.",
    "The three districts after '3 bếp' say where the new kitchens go; the figure stays Nghệ An.",
])
