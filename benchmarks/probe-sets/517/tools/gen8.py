"""p517-8: Hà Nội city portal, forest protection Q1/2024 and 2024 plan."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG GIAO TIẾP ĐIỆN TỬ THÀNH PHỐ HÀ NỘI
Tin tức > Kinh tế > Nông nghiệp
Ngày cập nhật 08/04/2024

Hà Nội: 3 tháng đầu năm phát hiện 21 vụ vi phạm lâm luật

Theo Chi cục Kiểm lâm Hà Nội, trong quý I/2024, trên địa bàn thành phố xảy ra hai vụ cháy rừng tại huyện Sóc Sơn với diện tích thiệt hại 0,85 ha, không có thiệt hại về người. Cũng trong quý, lực lượng kiểm lâm phát hiện 21 vụ vi phạm pháp luật về lâm nghiệp, tăng 3 vụ so với cùng kỳ, gồm: Ba Vì 9 vụ, Sóc Sơn 7 vụ, Mỹ Đức 5 vụ. Đã xử phạt hành chính 19 vụ, thu nộp ngân sách 214,6 triệu đồng.

Toàn thành phố hiện có 27.104 ha rừng, phân bố tại 18 quận, huyện, thị xã. Trong đó, Ba Vì là địa phương có diện tích rừng lớn nhất với 10.480 ha, tiếp đến là Sóc Sơn 4.620 ha và Mỹ Đức 3.950 ha. Tỷ lệ che phủ rừng của thành phố đạt 5,7%. Lực lượng kiểm lâm thành phố có 96 công chức, bình quân 3,5 kiểm lâm/1.000 ha rừng.

Để chủ động phòng cháy trong mùa khô, các địa phương đã bố trí 84 chòi canh lửa và 212 tổ, đội bảo vệ rừng với gần 1.350 người trực 24/24 giờ. Năm 2024, Hà Nội phấn đấu trồng mới 250 ha rừng, trồng 1 triệu cây xanh, trong đó cây phân tán trên đất lâm nghiệp khoảng 300.000 cây. Dự kiến kinh phí thực hiện khoảng 48 tỷ đồng, tăng từ 30 đến 40% so với năm 2023.

Chi cục Kiểm lâm Hà Nội: số 2 Phùng Hưng, quận Hà Đông; đường dây nóng 024.3382.5432.
"""

H3 = P("3 tháng đầu năm", "2024-01-01", "2024-03-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
INQ = P("trong quý", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("phát hiện 21 vụ vi phạm lâm luật", "21", 21, "count", "vụ", "vụ vi phạm lâm luật", H3),
    F("ra hai vụ", "hai", 2, "count", "vụ", "vụ cháy rừng", Q1, location="Sóc Sơn"),
    F("thiệt hại 0,85 ha", "0,85", 0.85, "measure", "ha", "diện tích rừng bị cháy thiệt hại", Q1, location="Sóc Sơn"),
    F("hiện 21 vụ vi phạm pháp luật", "21", 21, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp", INQ,
      change=CH("increase", 3, "vụ", "cùng kỳ")),
    F("Ba Vì 9 vụ", "9", 9, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp", INQ, total=21, location="Ba Vì"),
    F("Sóc Sơn 7 vụ", "7", 7, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp", INQ, total=21, location="Sóc Sơn"),
    F("Mỹ Đức 5 vụ", "5", 5, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp", INQ, total=21, location="Mỹ Đức"),
    F("hành chính 19 vụ", "19", 19, "count", "vụ", "vụ vi phạm xử phạt hành chính", I(Q1)),
    F("ngân sách 214,6 triệu đồng", "214,6", 214600000, "money", "đồng", "thu nộp ngân sách", I(Q1)),
    F("có 27.104 ha", "27.104", 27104, "measure", "ha", "diện tích rừng"),
    F("tại 18 quận", "18", 18, "count", "quận, huyện, thị xã", "quận, huyện, thị xã có rừng"),
    F("với 10.480 ha", "10.480", 10480, "measure", "ha", "diện tích rừng", total=27104, location="Ba Vì"),
    F("Sóc Sơn 4.620 ha", "4.620", 4620, "measure", "ha", "diện tích rừng", total=27104, location="Sóc Sơn"),
    F("Mỹ Đức 3.950 ha", "3.950", 3950, "measure", "ha", "diện tích rừng", total=27104, location="Mỹ Đức"),
    F("đạt 5,7%", "5,7", 5.7, "percent", "%", "tỷ lệ che phủ rừng"),
    F("có 96 công chức", "96", 96, "count", "công chức", "công chức kiểm lâm"),
    F("bình quân 3,5 kiểm lâm", "3,5", 3.5, "measure", "kiểm lâm/1.000 ha rừng", "kiểm lâm bình quân trên 1.000 ha rừng"),
    F("trí 84 chòi", "84", 84, "count", "chòi canh lửa", "chòi canh lửa"),
    F("và 212 tổ", "212", 212, "count", "tổ, đội", "tổ, đội bảo vệ rừng"),
    F("gần 1.350 người", "1.350", 1350, "count", "người", "người trong tổ, đội bảo vệ rừng", approx="nearly"),
    F("mới 250 ha", "250", 250, "measure", "ha", "diện tích trồng mới rừng", Y24, status="target"),
    F("trồng 1 triệu cây", "1", 1000000, "count", "cây", "cây xanh trồng mới", Y24, status="target"),
    F("khoảng 300.000 cây", "300.000", 300000, "count", "cây", "cây phân tán trên đất lâm nghiệp", Y24,
      approx="about", total=1000000, status="target"),
    F("khoảng 48 tỷ đồng", "48", 48000000000, "money", "đồng", "kinh phí thực hiện", I(Y24), approx="about",
      change=CH("increase", 30, "%", "năm 2023"), status="forecast"),
]

COMMENTS = [
    "Cổng Giao tiếp điện tử Hà Nội ('Ngày cập nhật 08/04/2024'): bảo vệ rừng quý I/2024, diện tích rừng, lực lượng, kế hoạch 2024.",
    "Headline '3 tháng đầu năm' takes 2024 from the update line. 'hai vụ' is a number word. 'Cũng trong quý' = quý I/2024 (scored).",
    "'gồm: Ba Vì 9 vụ, Sóc Sơn 7 vụ, Mỹ Đức 5 vụ' adds up to 21 → total 21; 'Trong đó, Ba Vì … 10.480 ha, tiếp đến là …' after",
    "a sentence break → parts of 27.104 ha. '3,5 kiểm lâm/1.000 ha rừng' is a rate (the 1.000 is its denominator).",
    "'tăng từ 30 đến 40% so với năm 2023' is the change of 48 tỷ (value 30, the lower end). 'Dự kiến' → forecast.",
    "Distractors: '24/24 giờ', 'số 2 Phùng Hưng, quận Hà Đông', hotline 024.3382.5432, 'quý I/2024'.",
]

if __name__ == "__main__":
    emit("p517-8", TEXT, COMMENTS, FIGS, published="2024-04-08", location="Hà Nội")
