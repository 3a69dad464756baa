"""p996-2: huyện Đông Anh (Hà Nội) district portal — security/traffic cameras, AI cameras, violations Jul-Oct 2023."""
from lib import build, F, P, I, C, T

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Tin tức > Quốc phòng - An ninh

Đông Anh: Đưa vào sử dụng 312 camera an ninh, giao thông
Thứ Hai, 20/11/2023 - 15:10

Thực hiện Đề án 06 của Chính phủ và Kế hoạch số 215/KH-UBND của UBND huyện, đến nay huyện Đông Anh đã lắp đặt và đưa vào sử dụng 312 camera giám sát an ninh, trật tự và giao thông tại 24/24 xã, thị trấn, vượt 12 camera so với kế hoạch. Tổng kinh phí thực hiện khoảng 9,4 tỷ đồng, chủ yếu từ nguồn xã hội hóa (chiếm gần 80%); đơn giá bình quân khoảng 30 triệu đồng/camera.

Trong số camera đã lắp đặt có 46 camera được tích hợp trí tuệ nhân tạo (AI), có khả năng nhận diện biển số, phát hiện phương tiện vượt đèn đỏ, đi ngược chiều, dừng đỗ sai quy định. Các camera này tập trung tại Quốc lộ 3, Quốc lộ 23B, đường Võ Nguyên Giáp và khu vực chân cầu Nhật Tân.

Từ tháng 7 đến tháng 10/2023, hệ thống đã trích xuất hình ảnh 2.845 trường hợp vi phạm, chuyển Đội Cảnh sát giao thông - trật tự Công an huyện xử lý. Trong đó, xã Uy Nỗ 412 trường hợp, xã Vân Nội 365 trường hợp, thị trấn Đông Anh 298 trường hợp. Công an huyện đã ban hành 1.960 quyết định xử phạt với số tiền hơn 5,1 tỷ đồng, nộp ngân sách nhà nước.

Năm 2024, huyện dự kiến lắp bổ sung 80 camera AI tại các nút giao thường xuyên ùn tắc, phấn đấu 100% tuyến đường trục chính được giám sát bằng camera. Mọi phản ánh về vi phạm giao thông xin liên hệ Công an huyện Đông Anh, số 68 đường Cao Lỗ, điện thoại 024.3883.2045.

Minh Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

PNOW = P("đến nay", None, "2023-11-20")
P710 = P("Từ tháng 7 đến tháng 10/2023", "2023-07-01", "2023-10-31")
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("312 camera an ninh", "312", 312, "count", "camera", "camera an ninh, giao thông đưa vào sử dụng"),
    F("312 camera giám sát", "312", 312, "count", "camera",
      "camera giám sát an ninh, trật tự và giao thông lắp đặt và đưa vào sử dụng",
      change=C("increase", 12, "camera", "kế hoạch"), period=PNOW),
    F("24/24 xã", "24", 24, "count", "xã, thị trấn", "xã, thị trấn được lắp đặt camera", total=24, period=PNOW),
    F("khoảng 9,4 tỷ đồng", "9,4", 9_400_000_000, "money", "đồng", "tổng kinh phí lắp đặt camera",
      approx="about", period=I(PNOW)),
    F("gần 80%", "80", 80, "percent", "%", "nguồn xã hội hóa trong tổng kinh phí", approx="nearly",
      period=I(PNOW)),
    F("khoảng 30 triệu đồng/camera", "30", 30_000_000, "money", "đồng/camera", "đơn giá bình quân camera",
      approx="about", period=I(PNOW)),
    F("có 46 camera", "46", 46, "count", "camera", "camera được tích hợp trí tuệ nhân tạo (AI)", total=312),
    F("hình ảnh 2.845 trường hợp", "2.845", 2845, "count", "trường hợp",
      "trường hợp vi phạm trích xuất hình ảnh từ camera", period=P710),
    F("Uy Nỗ 412", "412", 412, "count", "trường hợp", "trường hợp vi phạm trích xuất hình ảnh từ camera",
      total=2845, period=I(P710), location="Uy Nỗ"),
    F("Vân Nội 365", "365", 365, "count", "trường hợp", "trường hợp vi phạm trích xuất hình ảnh từ camera",
      total=2845, period=I(P710), location="Vân Nội"),
    F("Đông Anh 298", "298", 298, "count", "trường hợp", "trường hợp vi phạm trích xuất hình ảnh từ camera",
      total=2845, period=I(P710)),
    F("1.960 quyết định", "1.960", 1960, "count", "quyết định", "quyết định xử phạt", period=I(P710)),
    F("hơn 5,1 tỷ đồng", "5,1", 5_100_000_000, "money", "đồng", "số tiền xử phạt nộp ngân sách nhà nước",
      approx="over", period=I(P710)),
    F("bổ sung 80 camera", "80", 80, "count", "camera", "camera AI lắp bổ sung tại các nút giao",
      status="forecast", period=P24),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tuyến đường trục chính được giám sát bằng camera",
      status="target", period=P24),
]
NOTES = [
    "Đông Anh district portal (Hà Nội): 312 security/traffic cameras, 46 AI cameras, camera-detected violations July-October 2023.",
    "'vượt 12 camera so với kế hoạch' = a gap to plan → change (increase 12 camera, baseline kế hoạch) of the 312 body figure.",
    "'(chiếm gần 80%)' is the share of the xã hội hóa source, not of the 9,4 tỷ itself → a percent figure of its own.",
    "Commune items (xã Uy Nỗ, xã Vân Nội) take the commune as location; thị trấn Đông Anh stays Đông Anh. Parts follow 'Trong đó' → total 2.845.",
    "Distractors: Đề án 06, Kế hoạch số 215/KH-UBND, Quốc lộ 3, Quốc lộ 23B, số 68 đường Cao Lỗ, 024.3883.2045, Thứ Hai, 15:10.",
]
build("p996-2", TEXT, FIGS, NOTES, published="2023-11-20", location="Đông Anh")
