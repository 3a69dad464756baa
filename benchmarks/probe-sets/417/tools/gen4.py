from lib import *

text = """Thái Bình đầu tư hơn 120 tỷ đồng nâng cao năng lực cấp cứu tim mạch, đột quỵ
12/03/2024 09:15

(BTB) - Năm 2023, từ nguồn vốn ngân sách tỉnh và nguồn xã hội hóa, ngành Y tế Thái Bình đã đầu tư hơn 120 tỷ đồng mua sắm trang thiết bị phục vụ cấp cứu tim mạch, đột quỵ, gấp 2,5 lần năm 2022. Trong đó, Bệnh viện Đa khoa tỉnh được đầu tư 01 hệ thống chụp mạch DSA trị giá 32,8 tỷ đồng, 01 máy cộng hưởng từ (MRI) 1,5 Tesla trị giá 27 tỷ đồng; Bệnh viện Đa khoa huyện Thái Thụy được trang bị 01 máy CT 32 lát cắt.

Nhờ đó, năm 2023 Bệnh viện Đa khoa tỉnh đã tiếp nhận 1.426 bệnh nhân đột quỵ và 2.315 bệnh nhân cấp cứu tim mạch; thực hiện 612 ca can thiệp mạch vành, trong đó 187 ca can thiệp cấp cứu nhồi máu cơ tim. Bệnh viện đã triển khai thường quy kỹ thuật lấy huyết khối cơ học với 96 ca, hơn 60% người bệnh hồi phục tốt.

Với 213 ca điều trị tiêu sợi huyết, bệnh viện xếp thứ 3 trong các bệnh viện tuyến tỉnh khu vực đồng bằng sông Hồng về điều trị đột quỵ cấp.

Bác sĩ Nguyễn Văn Hùng, Trưởng khoa Thần kinh cho biết, trước đây người bệnh đột quỵ nặng phải chuyển lên Hà Nội, quãng đường gần 110 km, nhiều trường hợp lỡ mất thời gian vàng.

Theo Đề án phát triển chuyên khoa tim mạch, đột quỵ giai đoạn 2024-2026 (ban hành kèm theo Quyết định số 2564/QĐ-UBND), tỉnh dự kiến đầu tư thêm khoảng 215 tỷ đồng; phấn đấu đến năm 2026 có 8/8 trung tâm y tế huyện, thành phố điều trị được tiêu sợi huyết, tỷ lệ tử vong do đột quỵ giảm xuống dưới 5%.

Minh Hương
"""

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
y23b = P("năm 2023", "2023-01-01", "2023-12-31")
y23bi = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
g = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
t26 = P("đến năm 2026", None, "2026-12-31")
figs = [
    F("đầu tư hơn 120 tỷ đồng nâng", "120", 120e9, "money", "đồng", "đầu tư nâng cao năng lực cấp cứu tim mạch, đột quỵ",
      approx="over"),
    F("đã đầu tư hơn 120 tỷ đồng", "120", 120e9, "money", "đồng", "đầu tư mua sắm trang thiết bị phục vụ cấp cứu tim mạch, đột quỵ",
      approx="over", change=C("increase", 2.5, "lần", "năm 2022"), period=y23),
    F("được đầu tư 01 hệ thống", "01", 1, "count", "hệ thống", "hệ thống chụp mạch DSA đầu tư cho Bệnh viện Đa khoa tỉnh",
      period=y23i),
    F("trị giá 32,8 tỷ đồng", "32,8", 32.8e9, "money", "đồng", "giá trị hệ thống chụp mạch DSA", total=120e9, period=y23i),
    F("01 máy cộng hưởng từ", "01", 1, "count", "máy cộng hưởng từ", "máy cộng hưởng từ (MRI) đầu tư cho Bệnh viện Đa khoa tỉnh",
      period=y23i),
    F("(MRI) 1,5 Tesla", "1,5", 1.5, "measure", "Tesla", optional=True),
    F("trị giá 27 tỷ đồng", "27", 27e9, "money", "đồng", "giá trị máy cộng hưởng từ (MRI)", total=120e9, period=y23i),
    F("trang bị 01 máy CT", "01", 1, "count", "máy CT", "máy CT trang bị cho Bệnh viện Đa khoa huyện Thái Thụy",
      period=y23i, location="Thái Thụy"),
    F("CT 32 lát cắt", "32", 32, "measure", "lát cắt", optional=True),
    F("tiếp nhận 1.426 bệnh nhân", "1.426", 1426, "count", "bệnh nhân", "bệnh nhân đột quỵ được Bệnh viện Đa khoa tỉnh tiếp nhận",
      period=y23b),
    F("và 2.315 bệnh nhân", "2.315", 2315, "count", "bệnh nhân", "bệnh nhân cấp cứu tim mạch", period=y23b),
    F("thực hiện 612 ca", "612", 612, "count", "ca", "ca can thiệp mạch vành", period=y23b),
    F("trong đó 187 ca", "187", 187, "count", "ca", "ca can thiệp cấp cứu nhồi máu cơ tim", total=612, period=y23b),
    F("với 96 ca", "96", 96, "count", "ca", "ca lấy huyết khối cơ học", period=y23bi),
    F("hơn 60% người bệnh", "60", 60, "percent", "%", "người bệnh lấy huyết khối hồi phục tốt", approx="over", period=y23bi),
    F("Với 213 ca", "213", 213, "count", "ca", "ca điều trị tiêu sợi huyết", period=y23bi),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "điều trị đột quỵ cấp", period=y23bi),
    F("gần 110 km", "110", 110, "measure", "km", "quãng đường chuyển người bệnh lên Hà Nội", approx="nearly"),
    F("khoảng 215 tỷ đồng", "215", 215e9, "money", "đồng", "đầu tư thêm theo Đề án phát triển chuyên khoa tim mạch, đột quỵ",
      approx="about", status="forecast", period=g),
    F("có 8/8 trung tâm", "8", 8, "count", "trung tâm y tế", "trung tâm y tế huyện, thành phố điều trị được tiêu sợi huyết",
      total=8, status="target", period=t26),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ tử vong do đột quỵ", approx="under", status="target", period=t26),
]
comments = [
    "Báo Thái Bình (Party newspaper): equipment investment for heart and stroke emergency care in 2023, results, 2024-2026 plan.",
    "Bare dateline '12/03/2024 09:15', '(BTB) -' paper tag, byline at the end.",
    "Distractors: 'Quyết định số 2564/QĐ-UBND', 'giai đoạn 2024-2026' as the plan's period, a doctor's name, venue-free 'Hà Nội' destination.",
    "Headline 'hơn 120 tỷ đồng' has no period in its sentence. 'gấp 2,5 lần năm 2022' is the change of the 120 tỷ (lần, baseline năm 2022).",
    "'Trong đó, ... 32,8 tỷ đồng, ... 27 tỷ đồng' are parts of the 120 tỷ (total 120e9); the equipment counts 01 are counts of their own.",
    "The CT for the Thái Thụy district hospital takes Thái Thụy as location. '1,5 Tesla' and '32 lát cắt' are equipment specs: optional.",
    "'xếp thứ 3 trong các bệnh viện tuyến tỉnh khu vực đồng bằng sông Hồng' → rank 3, no total (no number for the scope).",
    "'gần 110 km' is a distance (measure), location Thái Bình (the route from the province).",
    "'dự kiến đầu tư thêm khoảng 215 tỷ đồng' → forecast; 'phấn đấu đến năm 2026 ... 8/8 ..., dưới 5%' → target.",
]
build("p417-4", text, comments, figs, published="2024-03-12", location="Thái Bình")
