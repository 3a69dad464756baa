"""p1109-4: ministry site (Bộ Công an), national pawn-shop figures 2024, targets 2025."""
from lib import F, build, change, period, inherit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > An ninh trật tự
08/03/2025 10:30

Siết chặt quản lý hoạt động kinh doanh dịch vụ cầm đồ

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), tính đến ngày 31/12/2024, cả nước có 31.482 cơ sở kinh doanh dịch vụ cầm đồ, chiếm khoảng 9,6% tổng số cơ sở kinh doanh ngành, nghề có điều kiện về an ninh, trật tự. Các địa phương có nhiều cơ sở nhất lần lượt là TP Hồ Chí Minh (4.215 cơ sở), Hà Nội (3.870 cơ sở) và Đồng Nai (1.562 cơ sở).

Năm 2024, lực lượng Công an các địa phương đã kiểm tra 52.360 lượt cơ sở kinh doanh dịch vụ cầm đồ, phát hiện 4.918 cơ sở vi phạm, xử phạt vi phạm hành chính 38,7 tỷ đồng, tăng 12,5% so với năm 2023; đình chỉ hoạt động 236 cơ sở và tước Giấy chứng nhận đủ điều kiện về an ninh, trật tự của 41 cơ sở. Số lượt kiểm tra gấp 1,4 lần năm 2023.

Thông qua quản lý cơ sở cầm đồ, lực lượng Công an đã phát hiện 1.274 vụ việc liên quan đến tài sản do phạm tội mà có được đem cầm cố, thu hồi trả lại cho người bị hại hơn 2.900 tài sản, trị giá gần 85 tỷ đồng. Riêng hoạt động "tín dụng đen" núp bóng dịch vụ cầm đồ, các đơn vị đã khởi tố 862 vụ, giảm 7,3% so với năm 2023, với 1.715 bị can.

Thiếu tướng Trần Quốc Vinh, Phó Cục trưởng C06 cho biết, năm 2025, Bộ Công an đặt mục tiêu kiểm tra 100% cơ sở kinh doanh dịch vụ cầm đồ, giảm ít nhất 10% số vụ phạm tội liên quan đến "tín dụng đen" so với năm 2024. Các địa phương cần thực hiện nghiêm Nghị định số 96/2016/NĐ-CP, Nghị định số 56/2023/NĐ-CP và Thông tư số 42/2021/TT-BCA.

Cổng Thông tin điện tử Bộ Công an - Số 44 Yết Kiêu, Hoàn Kiếm, Hà Nội - Điện thoại: 069.234.2593
"""

ASOF = period("tính đến ngày 31/12/2024", end="2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "cơ sở kinh doanh dịch vụ cầm đồ"

FIGS = [
    F("có 31.482 cơ sở", "31.482", 31482, "count", "cơ sở", SUBJ, ASOF, percent=9.6),
    F("TP Hồ Chí Minh (4.215 cơ sở)", "4.215", 4215, "count", "cơ sở", SUBJ, inherit(ASOF),
      location="TP Hồ Chí Minh"),
    F("Hà Nội (3.870 cơ sở)", "3.870", 3870, "count", "cơ sở", SUBJ, inherit(ASOF), location="Hà Nội"),
    F("Đồng Nai (1.562 cơ sở)", "1.562", 1562, "count", "cơ sở", SUBJ, inherit(ASOF), location="Đồng Nai"),
    F("kiểm tra 52.360 lượt", "52.360", 52360, "count", "lượt cơ sở",
      "lượt kiểm tra cơ sở kinh doanh dịch vụ cầm đồ", Y24),
    F("phát hiện 4.918 cơ sở", "4.918", 4918, "count", "cơ sở", "cơ sở vi phạm", Y24),
    F("hành chính 38,7 tỷ đồng", "38,7", 38700000000, "money", "đồng", "tiền xử phạt vi phạm hành chính", Y24,
      change=change("increase", 12.5, "%", "năm 2023")),
    F("đình chỉ hoạt động 236 cơ sở", "236", 236, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động", Y24),
    F("của 41 cơ sở", "41", 41, "count", "cơ sở",
      "cơ sở bị tước Giấy chứng nhận đủ điều kiện về an ninh, trật tự", Y24),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "số lượt kiểm tra so với năm 2023", inherit(Y24)),
    F("phát hiện 1.274 vụ việc", "1.274", 1274, "count", "vụ việc",
      "vụ việc liên quan đến tài sản do phạm tội mà có được đem cầm cố", inherit(Y24)),
    F("hơn 2.900 tài sản", "2.900", 2900, "count", "tài sản", "tài sản thu hồi trả lại cho người bị hại",
      inherit(Y24), approx="over"),
    F("gần 85 tỷ đồng", "85", 85000000000, "money", "đồng", "trị giá tài sản trả lại cho người bị hại",
      inherit(Y24), approx="nearly"),
    F("khởi tố 862 vụ", "862", 862, "count", "vụ", "vụ tín dụng đen núp bóng dịch vụ cầm đồ bị khởi tố",
      inherit(Y24), change=change("decrease", 7.3, "%", "năm 2023")),
    F("1.715 bị can", "1.715", 1715, "count", "bị can", "bị can tín dụng đen núp bóng dịch vụ cầm đồ",
      inherit(Y24)),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", Y25,
      status="target"),
    F("giảm ít nhất 10%", "10", 10, "percent", "%", "mức giảm số vụ phạm tội liên quan đến tín dụng đen", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT Bộ Công an: số liệu C06 về cơ sở kinh doanh dịch vụ cầm đồ cả nước năm 2024, mục tiêu 2025.",
    "National figures: location Việt Nam; the three provinces in the 'lần lượt' ranking list are the locations of their items.",
    "'chiếm khoảng 9,6%' after 31.482 is its percent. 'Số lượt kiểm tra gấp 1,4 lần năm 2023' stands alone: a multiple.",
    "'giảm ít nhất 10% số vụ' has no base amount: a percent target figure, no change.",
    "Distractors: C06, Nghị định 96/2016, 56/2023, Thông tư 42/2021, Số 44 Yết Kiêu, phone 069.234.2593, 10:30.",
]

build("p1109-4", TEXT, FIGS, NOTES, published="2025-03-08", location="Việt Nam")
