"""p872-5: provincial Party newspaper (Báo Bình Định), an orthopaedic and rehabilitation centre, results 2024, plans 2025."""
from lib import F, P, I, C, build

TEXT = """Nâng bước người khuyết tật

Mỗi ngày, Trung tâm Chỉnh hình - Phục hồi chức năng tỉnh Bình Định (số 157 Nguyễn Huệ, TP Quy Nhơn) đón khoảng 60-70 lượt bệnh nhân đến khám, điều trị và lắp dụng cụ chỉnh hình, nhiều người đến từ Quảng Ngãi, Gia Lai, Phú Yên.

Năm 2024, Trung tâm đã khám, điều trị cho 16.820 lượt người, tăng 11% so với năm 2023; sản xuất, lắp ráp 742 chân giả, 96 tay giả và 1.315 nẹp, áo chỉnh hình, giày chỉnh hình các loại. Trung tâm hiện có 86 cán bộ, nhân viên, trong đó 24 kỹ thuật viên chỉnh hình đạt chuẩn quốc tế.

Theo bác sĩ Lê Văn Năm, Giám đốc Trung tâm, một chân giả dưới gối sản xuất trong nước có giá từ 3 đến 5 triệu đồng. Giá chân giả nhập khẩu cùng loại cao gấp khoảng 10 lần. Riêng chân giả có khớp gối điện tử nhập khẩu có giá khoảng 350 triệu đồng/chiếc, vượt xa khả năng chi trả của đa số người khuyết tật.

Anh Đinh Văn Hùng (34 tuổi, xã An Toàn, huyện An Lão) mất chân phải sau một tai nạn lao động. Sau 2 tuần tập luyện với chân giả do Trung tâm lắp miễn phí, anh đã tự đi lại và trở lại làm rẫy.

Năm 2024, Trung tâm được cấp 12,4 tỷ đồng kinh phí hoạt động, trong đó 3,2 tỷ đồng dành để cấp miễn phí dụng cụ chỉnh hình cho 615 người khuyết tật nghèo và trẻ em khuyết tật.

Năm 2025, Trung tâm phấn đấu lắp mới 800 chân tay giả, đưa công nghệ in 3D vào sản xuất để rút ngắn thời gian làm một chân giả từ 5 ngày xuống còn 2 ngày.

HOÀI THU
18/01/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 60-70 lượt", "60", 60, "count", "lượt bệnh nhân/ngày",
      "lượt bệnh nhân đến khám, điều trị và lắp dụng cụ chỉnh hình mỗi ngày", value_max=70, approx="about"),
    F("cho 16.820 lượt người", "16.820", 16820, "count", "lượt người", "lượt người được khám, điều trị",
      change=C("increase", 11, "%", "năm 2023"), period=Y24),
    F("lắp ráp 742 chân giả", "742", 742, "count", "chân giả", "chân giả sản xuất, lắp ráp", period=Y24),
    F("96 tay giả", "96", 96, "count", "tay giả", "tay giả sản xuất, lắp ráp", period=Y24),
    F("1.315 nẹp", "1.315", 1315, "count", "nẹp, áo chỉnh hình, giày chỉnh hình",
      "nẹp, áo chỉnh hình, giày chỉnh hình sản xuất, lắp ráp", period=Y24),
    F("có 86 cán bộ", "86", 86, "count", "cán bộ, nhân viên", "cán bộ, nhân viên của Trung tâm"),
    F("24 kỹ thuật viên", "24", 24, "count", "kỹ thuật viên", "kỹ thuật viên chỉnh hình đạt chuẩn quốc tế",
      total=86),
    F("từ 3 đến 5 triệu đồng", "3", 3000000, "money", "đồng", "giá một chân giả dưới gối sản xuất trong nước",
      value_max=5000000),
    F("gấp khoảng 10 lần", "10", 10, "multiple", "lần",
      "giá chân giả nhập khẩu so với chân giả sản xuất trong nước", approx="about"),
    F("khoảng 350 triệu đồng/chiếc", "350", 350000000, "money", "đồng/chiếc",
      "giá chân giả có khớp gối điện tử nhập khẩu", approx="about"),
    F("34 tuổi", "34", 34, "measure", "tuổi", optional=True),
    F("Sau 2 tuần", "2", 2, "measure", "tuần", optional=True),
    F("cấp 12,4 tỷ đồng", "12,4", 12400000000, "money", "đồng", "kinh phí hoạt động được cấp", period=Y24),
    F("3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "kinh phí cấp miễn phí dụng cụ chỉnh hình",
      total=12400000000, period=Y24),
    F("cho 615 người", "615", 615, "count", "người khuyết tật",
      "người khuyết tật nghèo và trẻ em khuyết tật được cấp miễn phí dụng cụ chỉnh hình", period=Y24),
    F("lắp mới 800 chân tay giả", "800", 800, "count", "chân tay giả", "chân tay giả lắp mới",
      status="target", period=Y25),
    F("từ 5 ngày", "5", 5, "measure", "ngày", "thời gian làm một chân giả hiện nay", optional=True),
    F("còn 2 ngày", "2", 2, "measure", "ngày", "thời gian làm một chân giả", status="target", period=Y25),
]

COMMENTS = [
    "Báo Bình Định: Trung tâm Chỉnh hình - Phục hồi chức năng tỉnh; kết quả 2024, giá chân giả, kinh phí, kế hoạch 2025 (invented, probe set 872).",
    "Byline HOÀI THU and bare date 18/01/2025 at the end give published. Location Bình Định throughout: the address 'số 157 Nguyễn Huệ, TP Quy Nhơn'",
    "does not localise, nor do the patients' home provinces (Quảng Ngãi, Gia Lai, Phú Yên) or the patient's commune and district (An Lão).",
    "'Mỗi ngày ... 60-70 lượt' is a daily rate: unit 'lượt bệnh nhân/ngày'. 'cao gấp khoảng 10 lần' stands as its own sentence: multiple.",
    "Optional: the patient's age '34 tuổi', 'Sau 2 tuần' tập luyện, and '5 ngày' (the old production time, the start point of a target).",
    "Ông/bác sĩ 'Lê Văn Năm' is a name, not a number.",
]

if __name__ == "__main__":
    build("p872-5", TEXT, FIGS, COMMENTS, published="2025-01-18", location="Bình Định")
