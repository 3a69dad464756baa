"""p1347-6: ministry site (Trung tâm Khuyến nông Quốc gia): tarpaulin-tank loach project in 4 provinces."""
from lib import F, P, INH, CHG, TGT, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
TRUNG TÂM KHUYẾN NÔNG QUỐC GIA
Trang chủ > Tin hoạt động > Khuyến ngư

Nhân rộng mô hình nuôi cá chạch bùn trong bể lót bạt

25/08/2023 | 14:10 | Phòng Khuyến nông thủy sản

Ngày 24/8, tại TP Thái Bình, Trung tâm Khuyến nông Quốc gia tổ chức hội nghị tổng kết dự án "Xây dựng mô hình nuôi cá chạch bùn thương phẩm trong bể lót bạt" giai đoạn 2021-2023.

Dự án được triển khai tại 4 tỉnh Thái Bình, Nam Định, Hà Nam và Ninh Bình với 86 hộ tham gia, tổng diện tích bể nuôi 10.500 m2. Người tham gia được hỗ trợ 50% kinh phí con giống, thức ăn và chế phẩm sinh học, tổng kinh phí hỗ trợ gần 2,4 tỷ đồng. Các hộ sử dụng thức ăn viên nổi Growmax 9002 và chế phẩm vi sinh Bio-Aqua 2.

Kết quả cho thấy, với mật độ thả 250-300 con/m2, sau 4-5 tháng nuôi, cá đạt cỡ 35-40 con/kg, tỷ lệ sống bình quân 72,5%; năng suất đạt 4,2 kg/m2, cao hơn 0,8 kg/m2 so với mục tiêu dự án. Lợi nhuận bình quân 98 triệu đồng/1.000 m2 bể/vụ. Năng suất tại các tỉnh lần lượt là Thái Bình 4,6 kg/m2, Nam Định 4,3 kg/m2, Hà Nam 4,0 kg/m2 và Ninh Bình 3,9 kg/m2.

Theo ông Đặng Quốc Bảo, Phó Giám đốc Trung tâm, năm 2024 Trung tâm dự kiến mở rộng mô hình ra 3 tỉnh Bắc Trung Bộ với quy mô khoảng 6.000 m2 bể. Mục tiêu đến năm 2030, diện tích nuôi cá chạch bùn trong bể lót bạt cả nước đạt 50 ha, sản lượng khoảng 4.000 tấn/năm.

Tin cùng chuyên mục:
- Tập huấn kỹ thuật nuôi lươn không bùn tại Hậu Giang
- Hội nghị khuyến nông toàn quốc lần thứ 12

Bản quyền thuộc Trung tâm Khuyến nông Quốc gia
Địa chỉ: Nhà B9, số 2 Ngọc Hà, Ba Đình, Hà Nội | ĐT: 024.3733.8941
"""

GD = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
NS = "năng suất cá chạch bùn"

FIGS = [
    F("tại 4 tỉnh", "4", 4, "count", "tỉnh", subject="tỉnh triển khai dự án", period=GD),
    F("với 86 hộ", "86", 86, "count", "hộ", subject="hộ tham gia dự án", period=GD),
    F("bể nuôi 10.500 m2", "10.500", 10500, "measure", "m2", subject="tổng diện tích bể nuôi", period=GD),
    F("hỗ trợ 50%", "50", 50, "percent", "%",
      subject="kinh phí con giống, thức ăn và chế phẩm sinh học được hỗ trợ", period=GD),
    F("gần 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="nearly", subject="tổng kinh phí hỗ trợ", period=GD),
    F("thả 250-300", "250", 250, "measure", "con/m2", value_max=300, subject="mật độ thả", period=GD),
    F("sau 4-5 tháng", "4", 4, "measure", "tháng", value_max=5, subject="thời gian nuôi", optional=True),
    F("cỡ 35-40", "35", 35, "measure", "con/kg", value_max=40, subject="cỡ cá", period=GD),
    F("bình quân 72,5%", "72,5", 72.5, "percent", "%", subject="tỷ lệ sống bình quân", period=GD),
    F("đạt 4,2 kg/m2", "4,2", 4.2, "measure", "kg/m2", change=CHG("increase", 0.8, "kg/m2", "mục tiêu dự án"),
      subject=NS, period=GD),
    F("bình quân 98 triệu", "98", 98e6, "money", "đồng/1.000 m2 bể/vụ", subject="lợi nhuận bình quân", period=GD),
    F("Thái Bình 4,6", "4,6", 4.6, "measure", "kg/m2", subject=NS, period=GD, location="Thái Bình"),
    F("Nam Định 4,3", "4,3", 4.3, "measure", "kg/m2", subject=NS, period=GD, location="Nam Định"),
    F("Hà Nam 4,0", "4,0", 4.0, "measure", "kg/m2", subject=NS, period=GD, location="Hà Nam"),
    F("Ninh Bình 3,9", "3,9", 3.9, "measure", "kg/m2", subject=NS, period=GD, location="Ninh Bình"),
    F("ra 3 tỉnh", "3", 3, "count", "tỉnh", status="forecast", subject="tỉnh Bắc Trung Bộ mở rộng mô hình",
      period=Y24),
    F("khoảng 6.000 m2", "6.000", 6000, "measure", "m2", approx="about", status="forecast",
      subject="quy mô mô hình mở rộng", period=Y24),
    F("đạt 50 ha", "50", 50, "measure", "ha", status="target",
      subject="diện tích nuôi cá chạch bùn trong bể lót bạt cả nước", period=T30),
    F("khoảng 4.000 tấn", "4.000", 4000, "measure", "tấn/năm", approx="about", status="target",
      subject="sản lượng cá chạch bùn nuôi trong bể lót bạt", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Trung tâm Khuyến nông Quốc gia): breadcrumb, '25/08/2023 | 14:10 | Phòng ...', related links, footer.",
    "Distractors: 14:10, 'Ngày 24/8', 'giai đoạn 2021-2023', product names 'Growmax 9002', 'Bio-Aqua 2', 'lần thứ 12', 'Nhà B9',",
    "'số 2 Ngọc Hà', phone 024.3733.8941; the rate denominator '1.000 m2' in 'đồng/1.000 m2 bể/vụ'.",
    "Location: the project spans 4 provinces of a national centre → Việt Nam (the conference venue TP Thái Bình is not the place",
    "of the figures); the 'lần lượt' list items get their province. Project figures inherit 'giai đoạn 2021-2023' (not scored).",
    "'cao hơn 0,8 kg/m2 so với mục tiêu dự án' → change with baseline the project target. 'sau 4-5 tháng nuôi' locates: optional.",
    "'năm 2024 ... dự kiến' → forecast; 'Mục tiêu đến năm 2030' → target, start null.",
]

if __name__ == "__main__":
    write("p1347-6", TEXT, NOTES, FIGS, published="2023-08-25", location="Việt Nam")
