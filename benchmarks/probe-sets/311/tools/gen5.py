import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Cục Bảo tồn thiên nhiên và Đa dạng sinh học

Hệ thống khu bảo tồn của Việt Nam: kết quả và mục tiêu đến năm 2030

Việt Nam hiện có 178 khu bảo tồn thiên nhiên với tổng diện tích khoảng 2,5 triệu ha, gồm 34 vườn quốc gia, 56 khu dự trữ thiên nhiên, 14 khu bảo tồn loài - sinh cảnh và 74 khu bảo vệ cảnh quan. Bên cạnh đó, cả nước có 11 khu dự trữ sinh quyển thế giới, 9 khu Ramsar và 10 Vườn di sản ASEAN được quốc tế công nhận.

Theo kết quả kiểm kê, khoảng 51.400 loài sinh vật đã được ghi nhận ở Việt Nam; Sách Đỏ Việt Nam ghi nhận 882 loài nguy cấp, trong đó 418 loài động vật và 464 loài thực vật.

Năm 2023, tỷ lệ che phủ rừng toàn quốc đạt 42,02%, diện tích rừng hiện có 14.860.309 ha. Các địa phương có tỷ lệ che phủ rừng trên 65% gồm: Bắc Kạn (73,4%), Quảng Bình (68,2%), Tuyên Quang (65,2%) và Kon Tum (65,1%).

Trong năm 2023, lực lượng kiểm lâm cả nước phát hiện, xử lý 1.021 vụ vi phạm về động vật hoang dã, tịch thu hơn 5,3 tấn động vật và sản phẩm động vật hoang dã; tiếp nhận, cứu hộ gần 2.600 cá thể, trong đó khoảng 70% đã được tái thả về tự nhiên.

Trong giai đoạn 2021-2025, ngân sách trung ương bố trí khoảng 1.250 tỷ đồng cho các dự án bảo tồn và đã có thêm 12 khu bảo tồn được thành lập.

Theo Chiến lược quốc gia về đa dạng sinh học đến năm 2030, tầm nhìn đến năm 2050 (Quyết định số 149/QĐ-TTg ngày 28/01/2022), đến năm 2030 diện tích các khu bảo tồn trên cạn đạt 9% diện tích lãnh thổ, khu bảo tồn biển và ven biển đạt 3 - 5% diện tích tự nhiên vùng biển quốc gia; tỷ lệ che phủ rừng duy trì ổn định 42 - 43%; phấn đấu ít nhất 20% diện tích hệ sinh thái tự nhiên bị suy thoái được phục hồi.

Địa chỉ: số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868.
"""

Y23 = Y(2023, "Năm 2023")
Y23i = Y(2023, "Năm 2023", inh=True)
G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ_KBT = "khu bảo tồn thiên nhiên"

FIGS = [
    F("có 178 khu bảo tồn", "178", 178, "count", "khu bảo tồn thiên nhiên", SUBJ_KBT),
    F("khoảng 2,5 triệu ha", "2,5", 2.5e6, "measure", "ha", "tổng diện tích khu bảo tồn thiên nhiên", approx="about"),
    F("gồm 34 vườn quốc gia", "34", 34, "count", "vườn quốc gia", "vườn quốc gia", total=178),
    F("56 khu dự trữ thiên nhiên", "56", 56, "count", "khu dự trữ thiên nhiên", "khu dự trữ thiên nhiên", total=178),
    F("14 khu bảo tồn loài", "14", 14, "count", "khu bảo tồn loài - sinh cảnh", "khu bảo tồn loài - sinh cảnh", total=178),
    F("74 khu bảo vệ cảnh quan", "74", 74, "count", "khu bảo vệ cảnh quan", "khu bảo vệ cảnh quan", total=178),
    F("có 11 khu dự trữ sinh quyển", "11", 11, "count", "khu dự trữ sinh quyển thế giới", "khu dự trữ sinh quyển thế giới"),
    F("9 khu Ramsar", "9", 9, "count", "khu Ramsar", "khu Ramsar"),
    F("10 Vườn di sản ASEAN", "10", 10, "count", "Vườn di sản ASEAN", "Vườn di sản ASEAN"),
    F("khoảng 51.400 loài", "51.400", 51400, "count", "loài sinh vật", "loài sinh vật đã được ghi nhận", approx="about"),
    F("ghi nhận 882 loài", "882", 882, "count", "loài nguy cấp", "loài nguy cấp Sách Đỏ Việt Nam ghi nhận"),
    F("418 loài động vật", "418", 418, "count", "loài động vật", "loài động vật nguy cấp", total=882),
    F("464 loài thực vật", "464", 464, "count", "loài thực vật", "loài thực vật nguy cấp", total=882),
    F("toàn quốc đạt 42,02%", "42,02", 42.02, "percent", None, "tỷ lệ che phủ rừng toàn quốc", period=Y23),
    F("có 14.860.309 ha", "14.860.309", 14860309, "measure", "ha", "diện tích rừng hiện có", period=Y23),
    F("che phủ rừng trên 65%", "65", 65, "percent", None, "tỷ lệ che phủ rừng", approx="over", period=Y23i, optional=True),
    F("Bắc Kạn (73,4%)", "73,4", 73.4, "percent", None, "tỷ lệ che phủ rừng", location="Bắc Kạn", period=Y23i),
    F("Quảng Bình (68,2%)", "68,2", 68.2, "percent", None, "tỷ lệ che phủ rừng", location="Quảng Bình", period=Y23i),
    F("Tuyên Quang (65,2%)", "65,2", 65.2, "percent", None, "tỷ lệ che phủ rừng", location="Tuyên Quang", period=Y23i),
    F("Kon Tum (65,1%)", "65,1", 65.1, "percent", None, "tỷ lệ che phủ rừng", location="Kon Tum", period=Y23i),
    F("xử lý 1.021 vụ", "1.021", 1021, "count", "vụ vi phạm", "vụ vi phạm về động vật hoang dã", period=Y(2023, "Trong năm 2023")),
    F("hơn 5,3 tấn", "5,3", 5.3, "measure", "tấn", "động vật và sản phẩm động vật hoang dã tịch thu",
      approx="over", period=Y(2023, "Trong năm 2023")),
    F("gần 2.600 cá thể", "2.600", 2600, "count", "cá thể", "cá thể tiếp nhận, cứu hộ", approx="nearly",
      period=Y(2023, "Trong năm 2023")),
    F("khoảng 70% đã", "70", 70, "percent", None, "cá thể cứu hộ đã được tái thả về tự nhiên", approx="about",
      period=Y(2023, "Trong năm 2023")),
    F("khoảng 1.250 tỷ đồng", "1.250", 1.25e12, "money", "đồng", "ngân sách trung ương bố trí cho các dự án bảo tồn",
      approx="about", period=G),
    F("thêm 12 khu bảo tồn", "12", 12, "count", "khu bảo tồn", "khu bảo tồn được thành lập thêm", period=G),
    F("đạt 9% diện tích", "9", 9, "percent", None, "diện tích các khu bảo tồn trên cạn so với diện tích lãnh thổ",
      status="target", period=T30),
    F("đạt 3 - 5%", "3", 3, "percent", None, "diện tích khu bảo tồn biển và ven biển so với diện tích tự nhiên vùng biển quốc gia",
      value_max=5, status="target", period=T30),
    F("ổn định 42 - 43%", "42", 42, "percent", None, "tỷ lệ che phủ rừng", value_max=43, status="target", period=T30),
    F("ít nhất 20% diện tích", "20", 20, "percent", None, "diện tích hệ sinh thái tự nhiên bị suy thoái được phục hồi",
      approx="at_least", status="target", period=T30),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT, Cục Bảo tồn thiên nhiên và Đa dạng sinh học): national protected-area system, species, forest cover, enforcement, 2030 targets.",
    "No dateline anywhere (published null). National figures: location Việt Nam; the address line 'Cầu Giấy, Hà Nội' is furniture, not the place of the figures.",
    "Distractors: Quyết định số 149/QĐ-TTg ngày 28/01/2022, 'đến năm 2030, tầm nhìn đến năm 2050' inside the strategy's name, address 'số 10 Tôn Thất Thuyết', phone.",
    "'178 khu …, gồm 34 …, 56 …, 14 …, 74 …' parts add up to 178 (total). 'khoảng 2,5 triệu ha' about. 'Sách Đỏ … 882 loài, trong đó 418 … và 464 …' total 882.",
    "Province list after 'Các địa phương có tỷ lệ che phủ rừng trên 65% gồm:' — items take their province as location, period 2023 inherited; the threshold 'trên 65%' is optional.",
    "'khoảng 70% đã được tái thả' is a percent figure (a percent has no whole in cá thể). Standing facts ('hiện có', inventory counts) carry no period.",
    "Strategy targets 'đến năm 2030 …' are target figures with period null .. 2030-12-31; ranges '3 - 5%' and '42 - 43%' give value_max; 'ít nhất 20%' at_least.",
]

if __name__ == "__main__":
    sys.exit(1 if emit(5, TEXT, COMMENTS, FIGS, published=None, location="Việt Nam") else 0)
