from lib import F, P, I, C, T, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Khám, chữa bệnh
Ngày đăng: 12/03/2025 | Lượt xem: 1.108

Cả nước có 684 bếp ăn từ thiện tại cơ sở y tế

Theo số liệu tổng hợp của Cục Quản lý Khám, chữa bệnh, tính đến hết năm 2024, cả nước có 684 bếp ăn từ thiện đang hoạt động tại 612 cơ sở khám bệnh, chữa bệnh thuộc 61/63 tỉnh, thành phố.

Năm 2024, các bếp đã phục vụ khoảng 38,5 triệu suất ăn miễn phí, tăng 12,3% so với năm 2023; tổng giá trị quy đổi ước khoảng 770 tỷ đồng. Số suất ăn năm 2024 gấp 2,4 lần năm 2019.

Các địa phương có nhiều bếp nhất lần lượt là TP Hồ Chí Minh (92 bếp), Hà Nội (71 bếp), Nghệ An (28 bếp) và Cần Thơ (24 bếp). Ở tuyến trung ương, Bệnh viện Bạch Mai, Bệnh viện K và Bệnh viện Chợ Rẫy là ba đơn vị phát nhiều suất nhất, mỗi bệnh viện trên 1.000 suất/ngày.

Về nguồn lực, khoảng 86% kinh phí của các bếp đến từ xã hội hóa; bình quân 35 tình nguyện viên/bếp. Tuy nhiên, vẫn còn 58 bếp chưa được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo Nghị định số 15/2018/NĐ-CP.

Mục tiêu đến năm 2025, 100% bệnh viện tuyến tỉnh và ít nhất 70% trung tâm y tế tuyến huyện có bếp ăn từ thiện hoặc điểm phát suất ăn miễn phí. Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố rà soát, báo cáo kết quả trước ngày 30/9/2025 qua đường dây nóng 1900 9095 hoặc hệ thống báo cáo trực tuyến.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Điện thoại: 024.6273.2273
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Cả nước có 684 bếp", "684", 684, "count", "bếp ăn từ thiện",
      subject="bếp ăn từ thiện tại cơ sở y tế", period=I(ASOF)),
    F("cả nước có 684 bếp", "684", 684, "count", "bếp ăn từ thiện",
      subject="bếp ăn từ thiện đang hoạt động", period=ASOF),
    F("tại 612 cơ sở", "612", 612, "count", "cơ sở khám bệnh, chữa bệnh",
      subject="cơ sở khám bệnh, chữa bệnh có bếp ăn từ thiện", period=ASOF),
    F("61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có bếp ăn từ thiện", period=ASOF),
    F("khoảng 38,5 triệu suất ăn", "38,5", 38.5e6, "count", "suất ăn", approx="about",
      change=C("increase", 12.3, "%", "năm 2023"),
      subject="suất ăn miễn phí các bếp phục vụ", period=Y24),
    F("ước khoảng 770 tỷ đồng", "770", 770e9, "money", "đồng", approx="about", status="estimate",
      subject="tổng giá trị quy đổi suất ăn", period=Y24),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần",
      subject="số suất ăn năm 2024 so với năm 2019", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("TP Hồ Chí Minh (92 bếp)", "92", 92, "count", "bếp", location="TP Hồ Chí Minh",
      subject="bếp ăn từ thiện", period=I(ASOF)),
    F("Hà Nội (71 bếp)", "71", 71, "count", "bếp", location="Hà Nội",
      subject="bếp ăn từ thiện", period=I(ASOF)),
    F("Nghệ An (28 bếp)", "28", 28, "count", "bếp", location="Nghệ An",
      subject="bếp ăn từ thiện", period=I(ASOF)),
    F("Cần Thơ (24 bếp)", "24", 24, "count", "bếp", location="Cần Thơ",
      subject="bếp ăn từ thiện", period=I(ASOF)),
    F("là ba đơn vị", "ba", 3, "count", "đơn vị",
      subject="bệnh viện tuyến trung ương phát nhiều suất nhất", optional=True),
    F("trên 1.000 suất/ngày", "1.000", 1000, "measure", "suất/ngày", approx="over",
      subject="suất ăn mỗi bệnh viện tuyến trung ương phát", period=I(Y24)),
    F("khoảng 86% kinh phí", "86", 86, "percent", "%", approx="about",
      subject="kinh phí của các bếp đến từ xã hội hóa", period=I(Y24)),
    F("35 tình nguyện viên/bếp", "35", 35, "measure", "tình nguyện viên/bếp",
      subject="tình nguyện viên bình quân mỗi bếp", period=I(Y24)),
    F("còn 58 bếp", "58", 58, "count", "bếp",
      subject="bếp chưa được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"),
    F("2025, 100% bệnh viện", "100", 100, "percent", "%", status="target",
      subject="bệnh viện tuyến tỉnh có bếp ăn từ thiện hoặc điểm phát suất ăn miễn phí", period=T25),
    F("ít nhất 70% trung tâm", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="trung tâm y tế tuyến huyện có bếp ăn từ thiện hoặc điểm phát suất ăn miễn phí", period=T25),
]

emit("p1024-4", TEXT, FIGS, published="2025-03-12", location="Việt Nam", comments=[
    "Ministry site (Bộ Y tế portal): national count of charity kitchens at health facilities, 2024. 'Ngày đăng: 12/03/2025'.",
    "Not figures: 'Lượt xem: 1.108', 'Nghị định số 15/2018/NĐ-CP', 'trước ngày 30/9/2025', hotline '1900 9095', '138A Giảng Võ', phone.",
    "List 'lần lượt là TP Hồ Chí Minh (92 bếp), ...' shares the indicator (bếp ăn từ thiện); provinces go to location.",
    "'gấp 2,4 lần' standing as its own sentence is a multiple. 'ba đơn vị' restates three named hospitals (optional).",
    "'trên 1.000 suất/ngày' and '35 tình nguyện viên/bếp' are rates (measure, denominator in the unit).",
    "The headline 684 takes the as-of period of the body (another sentence: inherited).",
])
