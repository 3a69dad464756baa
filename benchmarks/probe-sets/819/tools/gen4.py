"""p819-4: central agency site (Tổng cục Quản lý thị trường, Bộ Công Thương), national gold-trade inspections."""
from lib import C, F, I, P, write

TEXT = """TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG - BỘ CÔNG THƯƠNG
Trang chủ / Tin tức - Sự kiện / Chống buôn lậu, hàng giả
Ngày đăng: 05/07/2024 | Lượt xem: 1.874

Siết chặt kiểm tra hoạt động kinh doanh vàng trên toàn quốc

Thực hiện Chỉ thị số 06/CT-BCT ngày 17/5/2024 của Bộ trưởng Bộ Công Thương, từ ngày 20/5 đến ngày 30/6/2024, lực lượng Quản lý thị trường cả nước đã kiểm tra 1.287 cơ sở kinh doanh vàng, phát hiện 312 vụ vi phạm, chiếm 24,2% số cơ sở được kiểm tra; xử phạt vi phạm hành chính hơn 3,4 tỷ đồng, tăng gần 2 lần so với cùng kỳ năm 2023. Trong đó, 178 vụ vi phạm về hóa đơn, chứng từ, 96 vụ về nhãn hàng hóa và 38 vụ về đo lường, chất lượng.

Trị giá hàng hóa vi phạm bị tạm giữ khoảng 14,6 tỷ đồng, gồm 23,5 kg vàng trang sức và 41 kg bạc các loại. Các địa phương phát hiện nhiều vụ vi phạm nhất lần lượt là TP Hồ Chí Minh (47 vụ), Hà Nội (39 vụ), An Giang (21 vụ) và Nghệ An (18 vụ).

Theo Tổng cục Quản lý thị trường, cả nước hiện có khoảng 12.000 doanh nghiệp, hộ kinh doanh vàng, trong đó có 38 doanh nghiệp được Ngân hàng Nhà nước cấp phép kinh doanh mua, bán vàng miếng; ngoài ra còn 16 tổ chức tín dụng được cấp phép. Tuy nhiên, mới có khoảng 45% cơ sở kinh doanh vàng trang sức áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Tổng cục đặt mục tiêu đến hết năm 2024, 100% cơ sở kinh doanh vàng tại 5 thành phố trực thuộc Trung ương sử dụng hóa đơn điện tử; dự kiến trong quý III/2024 sẽ kiểm tra thêm khoảng 800 cơ sở.

TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG
Địa chỉ: Số 91 Đinh Tiên Hoàng, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.3935.1075
"""

NOTES = [
    "Central agency site (Tổng cục QLTT): national campaign of gold-shop inspections 20/5-30/6/2024. Location Việt Nam by default.",
    "'Trong đó, 178 vụ ... 96 vụ ... 38 vụ' follows a sentence break and the money figure 3,4 tỷ; the whole counting the same thing",
    "(vụ vi phạm) is 312 (178 + 96 + 38 = 312). 'gồm 23,5 kg vàng và 41 kg bạc' after 14,6 tỷ đồng: different unit, no total.",
    "Ranking list 'lần lượt là TP Hồ Chí Minh (47 vụ) ...' shares the indicator 'vụ vi phạm'; each province is the location; no total.",
    "'38 doanh nghiệp' after 'trong đó' -> total 12000; '16 tổ chức tín dụng' after 'ngoài ra' is not part of it.",
    "'5 thành phố trực thuộc Trung ương' names the target's scope (optional). 'tăng gần 2 lần' is the change of 3,4 tỷ (unit lần).",
    "Distractors: Chỉ thị số 06/CT-BCT ngày 17/5/2024, 'Lượt xem: 1.874', address 'Số 91 Đinh Tiên Hoàng', phone 024.3935.1075.",
]

CAMP = P("từ ngày 20/5 đến ngày 30/6/2024", "2024-05-20", "2024-06-30")

FIGS = [
    F("kiểm tra 1.287 cơ sở", "1.287", 1287, "count", "cơ sở", subject="cơ sở kinh doanh vàng được kiểm tra",
      period=CAMP),
    F("phát hiện 312 vụ", "312", 312, "count", "vụ", percent=24.2, subject="vụ vi phạm", period=CAMP),
    F("hơn 3,4 tỷ đồng", "3,4", 3.4e9, "money", "đồng", approx="over",
      change=C("increase", 2, "lần", "cùng kỳ năm 2023", approx="nearly"),
      subject="tiền xử phạt vi phạm hành chính", period=CAMP),
    F("Trong đó, 178 vụ", "178", 178, "count", "vụ", total=312, subject="vụ vi phạm về hóa đơn, chứng từ",
      period=I(CAMP)),
    F("96 vụ về", "96", 96, "count", "vụ", total=312, subject="vụ vi phạm về nhãn hàng hóa", period=I(CAMP)),
    F("38 vụ về", "38", 38, "count", "vụ", total=312, subject="vụ vi phạm về đo lường, chất lượng",
      period=I(CAMP)),
    F("khoảng 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", approx="about",
      subject="trị giá hàng hóa vi phạm bị tạm giữ", period=I(CAMP)),
    F("gồm 23,5 kg", "23,5", 23.5, "measure", "kg", subject="vàng trang sức bị tạm giữ", period=I(CAMP)),
    F("và 41 kg", "41", 41, "measure", "kg", subject="bạc các loại bị tạm giữ", period=I(CAMP)),
    F("(47 vụ)", "47", 47, "count", "vụ", subject="vụ vi phạm", period=I(CAMP), location="Thành phố Hồ Chí Minh"),
    F("(39 vụ)", "39", 39, "count", "vụ", subject="vụ vi phạm", period=I(CAMP), location="Hà Nội"),
    F("(21 vụ)", "21", 21, "count", "vụ", subject="vụ vi phạm", period=I(CAMP), location="An Giang"),
    F("(18 vụ)", "18", 18, "count", "vụ", subject="vụ vi phạm", period=I(CAMP), location="Nghệ An"),
    F("khoảng 12.000 doanh nghiệp", "12.000", 12000, "count", "doanh nghiệp, hộ kinh doanh", approx="about",
      subject="doanh nghiệp, hộ kinh doanh vàng"),
    F("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", total=12000,
      subject="doanh nghiệp được cấp phép kinh doanh mua, bán vàng miếng"),
    F("còn 16 tổ chức tín dụng", "16", 16, "count", "tổ chức tín dụng",
      subject="tổ chức tín dụng được cấp phép kinh doanh mua, bán vàng miếng"),
    F("khoảng 45% cơ sở", "45", 45, "percent", "%", approx="about",
      subject="cơ sở kinh doanh vàng trang sức áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền"),
    F("2024, 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở kinh doanh vàng tại các thành phố trực thuộc Trung ương sử dụng hóa đơn điện tử",
      period=P("đến hết năm 2024", None, "2024-12-31")),
    F("tại 5 thành phố", "5", 5, "count", "thành phố", subject="thành phố trực thuộc Trung ương",
      status="target", optional=True),
    F("khoảng 800 cơ sở", "800", 800, "count", "cơ sở", approx="about", status="forecast",
      subject="cơ sở được kiểm tra thêm", period=P("quý III/2024", "2024-07-01", "2024-09-30")),
]

write(4, TEXT, NOTES, FIGS, published="2024-07-05", location="Việt Nam")
