"""p980-2: district portal (huyện Yên Mỹ, Hưng Yên), a new private inspection centre."""
from lib import F, P, I, C, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN MỸ
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội
Thứ Năm, 23/05/2024 - 10:05

Trung tâm đăng kiểm xe cơ giới đầu tiên của huyện đi vào hoạt động

Sau hơn 1 tháng hoạt động, Trung tâm Đăng kiểm xe cơ giới 89-05D đặt tại xã Trung Hưng, cạnh Quốc lộ 39 (Km 12+500), đã trở thành địa chỉ quen thuộc của chủ phương tiện trong huyện.

Trung tâm do Công ty TNHH Đăng kiểm Phố Nối đầu tư với tổng vốn khoảng 45 tỷ đồng, trên diện tích 8.500 m2, gồm 2 dây chuyền kiểm định (1 dây chuyền cho xe con và 1 dây chuyền cho xe tải nặng, xe đầu kéo), công suất thiết kế 150 lượt xe/ngày. Trung tâm có 16 cán bộ, nhân viên, trong đó 7 đăng kiểm viên.

Từ ngày 15/4 đến 20/5/2024, trung tâm đã kiểm định 2.860 lượt xe, trong đó 312 lượt không đạt ở lần kiểm định đầu, chiếm 10,9%. Bình quân mỗi ngày trung tâm tiếp nhận khoảng 95 xe, cao điểm có ngày lên tới 140 xe. Phí kiểm định ô tô con dưới 10 chỗ là 250.000 đồng/xe, lệ phí cấp giấy chứng nhận 90.000 đồng/giấy.

Ông Đỗ Văn Ba, chủ xe tải ở thôn Thụy Lân, chia sẻ: "Trước đây mỗi lần đăng kiểm tôi phải chạy hơn 25 km lên thành phố Hưng Yên, chờ cả buổi. Nay chỉ mất khoảng 30 phút là xong".

Theo UBND huyện, toàn huyện hiện có khoảng 4.200 ô tô các loại, trong đó gần 1.600 xe tải và xe đầu kéo phục vụ các khu công nghiệp Yên Mỹ, Yên Mỹ II. Dự kiến trong quý IV/2024, trung tâm sẽ đầu tư thêm 1 dây chuyền, nâng công suất lên 250 lượt xe/ngày.

Văn phòng HĐND và UBND huyện - Điện thoại: 0221.3967.218
"""

RUN = P("Từ ngày 15/4 đến 20/5/2024", "2024-04-15", "2024-05-20")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng vốn đầu tư trung tâm đăng kiểm",
      approx="about"),
    F("diện tích 8.500 m2", "8.500", 8500, "measure", "m2", "diện tích trung tâm"),
    F("gồm 2 dây chuyền", "2", 2, "count", "dây chuyền kiểm định", "dây chuyền kiểm định"),
    F("(1 dây chuyền cho xe con", "1", 1, "count", "dây chuyền", "dây chuyền cho xe con", total=2),
    F("và 1 dây chuyền cho xe tải", "1", 1, "count", "dây chuyền",
      "dây chuyền cho xe tải nặng, xe đầu kéo", total=2),
    F("thiết kế 150 lượt xe/ngày", "150", 150, "measure", "lượt xe/ngày", "công suất thiết kế"),
    F("có 16 cán bộ", "16", 16, "count", "cán bộ, nhân viên", "cán bộ, nhân viên của trung tâm"),
    F("trong đó 7 đăng kiểm viên", "7", 7, "count", "đăng kiểm viên", "đăng kiểm viên", total=16),
    F("kiểm định 2.860 lượt xe", "2.860", 2860, "count", "lượt xe", "lượt xe được kiểm định",
      period=RUN),
    F("312 lượt không đạt", "312", 312, "count", "lượt", "lượt xe không đạt ở lần kiểm định đầu",
      total=2860, percent=10.9, period=RUN),
    F("khoảng 95 xe", "95", 95, "measure", "xe/ngày", "xe tiếp nhận bình quân mỗi ngày",
      approx="about", period=I(RUN)),
    F("lên tới 140 xe", "140", 140, "count", "xe", "xe tiếp nhận trong ngày cao điểm", period=I(RUN)),
    F("dưới 10 chỗ là", "10", 10, "count", "chỗ", approx="under", optional=True),
    F("250.000 đồng/xe", "250.000", 250000, "money", "đồng/xe", "phí kiểm định ô tô con dưới 10 chỗ"),
    F("90.000 đồng/giấy", "90.000", 90000, "money", "đồng/giấy", "lệ phí cấp giấy chứng nhận"),
    F("hơn 25 km", "25", 25, "measure", "km", "quãng đường đi đăng kiểm trước đây", approx="over"),
    F("khoảng 30 phút", "30", 30, "measure", "phút", "thời gian đăng kiểm", approx="about"),
    F("khoảng 4.200 ô tô", "4.200", 4200, "count", "ô tô", "ô tô các loại", approx="about"),
    F("gần 1.600 xe tải", "1.600", 1600, "count", "xe tải và xe đầu kéo", "xe tải và xe đầu kéo",
      approx="nearly", total=4200),
    F("thêm 1 dây chuyền", "1", 1, "count", "dây chuyền", "dây chuyền đầu tư thêm",
      status="forecast", period=Q4),
    F("lên 250 lượt xe/ngày", "250", 250, "measure", "lượt xe/ngày", "công suất trung tâm",
      status="forecast", period=Q4),
]

NOTES = [
    "Cổng TTĐT huyện Yên Mỹ (Hưng Yên): Trung tâm Đăng kiểm 89-05D đi vào hoạt động (dateline Thứ Năm, 23/05/2024 - 10:05).",
    "Not figures: 'hơn 1 tháng hoạt động' (a duration locating the story), 89-05D, Quốc lộ 39, Km 12+500, Yên Mỹ II,",
    "'Ông Đỗ Văn Ba', phone 0221.3967.218, dates. 'dưới 10 chỗ' is a category threshold (optional).",
    "The bracketed '(1 dây chuyền ... và 1 dây chuyền ...)' adds up to 2: both take total 2.",
    "Per-day averages are rates (measure, unit .../ngày); the single peak day '140 xe' is a count.",
    "All figures are located in the district (Yên Mỹ); the quoted 25 km trip to thành phố Hưng Yên starts from it.",
]

build("p980-2", TEXT, FIGS, NOTES, published="2024-05-23", location="Yên Mỹ")
