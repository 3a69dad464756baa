from lib import *

TEXT = """BỘ NỘI VỤ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Công tác thanh niên
Ngày đăng: 05/09/2024 | Lượt xem: 2.036

Hơn 5,6 triệu lượt thanh niên tham gia tình nguyện hè 2024

Ngày 4/9, tại Hà Nội, Vụ Công tác thanh niên (Bộ Nội vụ) phối hợp với Trung ương Đoàn TNCS Hồ Chí Minh tổng kết các chiến dịch thanh niên tình nguyện hè năm 2024.

Theo báo cáo, 63/63 tỉnh, thành phố đã tổ chức chiến dịch với hơn 5,6 triệu lượt đoàn viên, thanh niên tham gia, tăng 8,3% so với năm 2023. Các địa phương thực hiện 9.874 công trình, phần việc thanh niên, tổng trị giá gần 2.150 tỷ đồng; trong đó có 1.126 công trình cấp tỉnh trở lên. Địa phương có giá trị công trình lớn nhất là TP Hồ Chí Minh (312,5 tỷ đồng), tiếp đến là Hà Nội (208 tỷ đồng) và Bình Dương (96,4 tỷ đồng).

Về số chiến sĩ tình nguyện, TP Hồ Chí Minh dẫn đầu với 34.860 chiến sĩ, Hà Nội đứng thứ hai với 28.500 chiến sĩ. Khoảng 420.000 lượt sinh viên của 286 trường đại học, cao đẳng tham gia các chiến dịch tại địa phương.

Thông qua chiến dịch, các địa phương đã làm mới, sửa chữa 3.245 km đường giao thông nông thôn, trồng hơn 1,2 triệu cây xanh, vận động hiến 86.400 đơn vị máu. Bình quân cả nước có 562 tình nguyện viên/vạn dân. Tỷ lệ thanh niên tham gia hoạt động tình nguyện đạt 24,5%, vượt mục tiêu 20% đặt ra trong Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021-2030.

Bộ Nội vụ đề nghị các địa phương phấn đấu đến năm 2025 có 100% xã, phường, thị trấn có công trình thanh niên.
"""

Y24 = I(P("năm 2024", "2024-01-01", "2024-12-31"))

FIGS = [
    F("Hơn 5,6 triệu lượt thanh niên", "5,6", 5.6e6, "count", "lượt thanh niên", approx="over",
      subject="lượt thanh niên tham gia tình nguyện hè", period=Y24),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã tổ chức chiến dịch", period=Y24),
    F("hơn 5,6 triệu lượt đoàn viên", "5,6", 5.6e6, "count", "lượt đoàn viên, thanh niên", approx="over",
      change=CH("increase", 8.3, baseline="năm 2023"),
      subject="lượt đoàn viên, thanh niên tham gia chiến dịch", period=Y24),
    F("thực hiện 9.874 công trình", "9.874", 9874, "count", "công trình, phần việc",
      subject="công trình, phần việc thanh niên", period=Y24),
    F("gần 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", approx="nearly",
      subject="tổng trị giá công trình, phần việc thanh niên", period=Y24),
    F("có 1.126 công trình", "1.126", 1126, "count", "công trình", total=9874,
      subject="công trình cấp tỉnh trở lên", period=Y24),
    F("(312,5 tỷ đồng)", "312,5", 312.5e9, "money", "đồng", subject="giá trị công trình",
      period=Y24, location="TP Hồ Chí Minh"),
    F("(208 tỷ đồng)", "208", 208e9, "money", "đồng", subject="giá trị công trình",
      period=Y24, location="Hà Nội"),
    F("(96,4 tỷ đồng)", "96,4", 96.4e9, "money", "đồng", subject="giá trị công trình",
      period=Y24, location="Bình Dương"),
    F("với 34.860 chiến sĩ", "34.860", 34860, "count", "chiến sĩ", subject="chiến sĩ tình nguyện",
      period=Y24, location="TP Hồ Chí Minh"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số chiến sĩ tình nguyện",
      period=Y24, location="Hà Nội"),
    F("với 28.500 chiến sĩ", "28.500", 28500, "count", "chiến sĩ", subject="chiến sĩ tình nguyện",
      period=Y24, location="Hà Nội"),
    F("Khoảng 420.000 lượt", "420.000", 420000, "count", "lượt sinh viên", approx="about",
      subject="lượt sinh viên tham gia các chiến dịch tại địa phương", period=Y24),
    F("của 286 trường", "286", 286, "count", "trường đại học, cao đẳng",
      subject="trường đại học, cao đẳng có sinh viên tham gia", period=Y24),
    F("sửa chữa 3.245 km", "3.245", 3245, "measure", "km",
      subject="đường giao thông nông thôn làm mới, sửa chữa", period=Y24),
    F("hơn 1,2 triệu cây", "1,2", 1.2e6, "count", "cây xanh", approx="over", subject="cây xanh trồng", period=Y24),
    F("hiến 86.400 đơn vị", "86.400", 86400, "count", "đơn vị máu", subject="đơn vị máu vận động hiến", period=Y24),
    F("có 562 tình nguyện viên/vạn dân", "562", 562, "measure", "tình nguyện viên/vạn dân",
      subject="tình nguyện viên bình quân trên vạn dân", period=Y24),
    F("đạt 24,5%", "24,5", 24.5, "percent", "%", target=TG(20, met=True),
      subject="tỷ lệ thanh niên tham gia hoạt động tình nguyện", period=Y24),
    F("có 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, phường, thị trấn có công trình thanh niên",
      period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Probe 772-4. Ministry site (Bộ Nội vụ): national summary of the 2024 summer volunteer campaigns.",
    "National figures are 'Việt Nam'; provinces in the value list and in the volunteer ranking take their own location (list indicator as subject).",
    "'đứng thứ hai' is a rank (number word). 'vượt mục tiêu 20%' is the target of 24,5% (met). '562 tình nguyện viên/vạn dân' is a rate: the",
    "denominator is in the unit. The 2024 period stands in the lead sentence only, so the rest inherit it (unscored); 'đến năm 2025' is a target period.",
    "Distractors: Ngày đăng, Lượt xem 2.036, 4/9, 'giai đoạn 2021-2030' (a strategy's name/period).",
]

emit("p772-4", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Việt Nam")
