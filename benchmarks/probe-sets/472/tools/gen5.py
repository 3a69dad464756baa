from lib import F, P, Y, write

TEXT = """BỘ QUỐC PHÒNG TỔNG KẾT CÔNG TÁC TUYỂN CHỌN, GỌI CÔNG DÂN NHẬP NGŨ NĂM 2024
Ngày đăng: 12/03/2024 15:20

Chiều 11/3, tại Hà Nội, Bộ Quốc phòng tổ chức hội nghị trực tuyến tổng kết công tác tuyển quân năm 2024. Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng chủ trì hội nghị.

Theo báo cáo của Bộ Tổng Tham mưu, năm 2024 có 63/63 tỉnh, thành phố hoàn thành 100% chỉ tiêu giao quân; lễ giao nhận quân được tổ chức đồng loạt trong buổi sáng ngày 26/2 tại 708 điểm trên cả nước. Cả nước có khoảng 1,27 triệu công dân nam trong độ tuổi từ 18 đến 27 được đăng ký, quản lý.

Chất lượng công dân nhập ngũ tiếp tục được nâng lên: tỷ lệ đảng viên đạt 2,86%, tăng 0,31% so với năm 2023; công dân có trình độ cao đẳng, đại học chiếm 8,15%. Có 19.850 công dân tình nguyện nhập ngũ, tăng 12,7% so với năm trước. Số công dân không chấp hành lệnh gọi khám sức khỏe giảm còn 0,04%.

Một số địa phương có tỷ lệ tân binh là đảng viên cao là Hà Nội (5,12%), Nghệ An (4,36%) và Thanh Hóa (3,94%); TP Hồ Chí Minh có 612 công dân tốt nghiệp đại học tình nguyện nhập ngũ. Quân khu 7 dẫn đầu các quân khu về tỷ lệ đảng viên với 3,6%; Quân đoàn 12 tiếp nhận gần 2.000 tân binh.

Năm 2025, Bộ Quốc phòng dự kiến gọi khoảng 95 nghìn công dân nhập ngũ, đồng thời yêu cầu các địa phương phấn đấu tỷ lệ đảng viên từ 2,5% trở lên và không có tân binh phải trả về do sức khỏe. Thực hiện Chỉ thị số 45/CT-BQP, việc tuyển quân phải bảo đảm công khai, dân chủ; thời gian khám sức khỏe từ ngày 1/11 đến 31/12/2024.

(Theo Cổng TTĐT Bộ Quốc phòng)
"""

Y24i = Y(2024, inherited=True)
SP = "tỷ lệ tân binh là đảng viên"
FIGS = [
    F("có 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố hoàn thành 100% chỉ tiêu giao quân",
      total=63, period=Y(2024)),
    F("hoàn thành 100% chỉ tiêu", "100", 100, "percent", "%", "chỉ tiêu giao quân", period=Y(2024), optional=True),
    F("tại 708 điểm", "708", 708, "count", "điểm", "điểm giao nhận quân",
      period=P("ngày 26/2", "2024-02-26", "2024-02-26")),
    F("khoảng 1,27 triệu", "1,27", 1.27e6, "count", "công dân nam", "công dân nam trong độ tuổi được đăng ký, quản lý",
      approx="about", period=Y24i),
    F("từ 18 đến 27", "18", 18, "measure", "tuổi", "độ tuổi", value_max=27, optional=True),
    F("đạt 2,86%", "2,86", 2.86, "percent", "%", "tỷ lệ đảng viên",
      change={"direction": "increase", "value": 0.31, "unit": "%", "baseline": "năm 2023"}, period=Y24i),
    F("chiếm 8,15%", "8,15", 8.15, "percent", "%", "công dân có trình độ cao đẳng, đại học", period=Y24i),
    F("Có 19.850 công dân", "19.850", 19850, "count", "công dân", "công dân tình nguyện nhập ngũ",
      change={"direction": "increase", "value": 12.7, "unit": "%", "baseline": "năm trước"}, period=Y24i),
    F("còn 0,04%", "0,04", 0.04, "percent", "%", "công dân không chấp hành lệnh gọi khám sức khỏe", period=Y24i),
    F("Hà Nội (5,12%)", "5,12", 5.12, "percent", "%", SP, location="Hà Nội", period=Y24i),
    F("Nghệ An (4,36%)", "4,36", 4.36, "percent", "%", SP, location="Nghệ An", period=Y24i),
    F("Thanh Hóa (3,94%)", "3,94", 3.94, "percent", "%", SP, location="Thanh Hóa", period=Y24i),
    F("có 612 công dân", "612", 612, "count", "công dân", "công dân tốt nghiệp đại học tình nguyện nhập ngũ",
      location="TP Hồ Chí Minh", period=Y24i),
    F("với 3,6%", "3,6", 3.6, "percent", "%", "tỷ lệ đảng viên", period=Y24i),
    F("gần 2.000 tân binh", "2.000", 2000, "count", "tân binh", "tân binh Quân đoàn 12 tiếp nhận", approx="nearly",
      period=Y24i),
    F("khoảng 95 nghìn", "95", 95000, "count", "công dân", "công dân gọi nhập ngũ", approx="about",
      status="forecast", period=Y(2025, "Năm 2025")),
    F("từ 2,5% trở lên", "2,5", 2.5, "percent", "%", "tỷ lệ đảng viên", approx="at_least", status="target",
      period=Y(2025, "Năm 2025")),
]

COMMENTS = [
    "Ministry site (Bộ Quốc phòng): national tuyển quân 2024 review. Dateline 'Ngày đăng: 12/03/2024 15:20'. National figures: location Việt Nam.",
    "Distractors: 'Chiều 11/3', venue 'tại Hà Nội' (not the place of national figures), 'ngày 26/2', 'Quân khu 7', 'Quân đoàn 12', 'Chỉ thị số 45/CT-BQP',",
    "the exam window 'từ ngày 1/11 đến 31/12/2024'. The age range 'từ 18 đến 27' is a criterion of the counted set: optional.",
    "'63/63 tỉnh, thành phố hoàn thành 100% chỉ tiêu': 63 with total 63; the 100% is part of the defining clause (optional).",
    "'tỷ lệ đảng viên đạt 2,86%, tăng 0,31% so với năm 2023': a rate level with its change. 'giảm còn 0,04%' states the new level only: no change.",
    "'… được tổ chức đồng loạt trong buổi sáng ngày 26/2 tại 708 điểm': the clause states its own date, so 708 takes 'ngày 26/2' (2024).",
    "Province list: location of each item; Quân khu 7 / Quân đoàn 12 are military units, not places (location Việt Nam).",
    "'dự kiến gọi khoảng 95 nghìn' forecast; 'phấn đấu … từ 2,5% trở lên' target (at_least).",
]

write(5, TEXT, FIGS, COMMENTS, published="2024-03-12", location="Việt Nam")
