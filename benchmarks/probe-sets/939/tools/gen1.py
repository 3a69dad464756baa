"""p939-1: Kiên Giang province portal — Phú Quốc seagrass restoration, 9 months 2024."""
from lib import F, P, I, C, T, make

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KIÊN GIANG
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.317

Phú Quốc phục hồi thêm 35 ha thảm cỏ biển

9 tháng đầu năm 2024, Ban Quản lý Khu bảo tồn biển Phú Quốc đã phối hợp với các tổ cộng đồng trồng phục hồi 35 ha cỏ biển tại Bãi Thơm, Hàm Ninh và Gành Dầu, đạt 70% kế hoạch năm. Tổng kinh phí thực hiện ước đạt 4,2 tỷ đồng, trong đó vốn xã hội hóa 1,5 tỷ đồng.

Theo kết quả điều tra, diện tích thảm cỏ biển của thành phố Phú Quốc hiện còn khoảng 9.866 ha, giảm gần 2.400 ha so với năm 2010. Diện tích cỏ biển nằm trong vùng lõi Khu bảo tồn là 2.715 ha, chiếm 27,5% tổng diện tích. Độ phủ trung bình của cỏ biển tại 12 điểm quan trắc đạt 42,5%, tăng 3,1 điểm phần trăm so với cùng kỳ năm 2023.

Công tác tuần tra, kiểm soát được tăng cường. Từ đầu năm đến nay, lực lượng chức năng đã tổ chức 146 chuyến tuần tra trên biển, tăng 28 chuyến so với cùng kỳ; phát hiện, xử lý 37 vụ vi phạm, trong đó 21 vụ sử dụng lưới cào đáy trong vùng cỏ biển. Tổng số tiền phạt hơn 615 triệu đồng; tịch thu 14 bộ ngư cụ cấm.

Khu bảo tồn biển Phú Quốc có tổng diện tích 26.863 ha, gồm 18.700 ha vùng biển phía Đông Bắc đảo và 8.163 ha vùng biển phía Nam. Toàn tỉnh Kiên Giang hiện có khoảng 11.500 ha thảm cỏ biển. Theo Quyết định số 2459/QĐ-UBND ngày 15/11/2023 của UBND tỉnh, đến năm 2025 Ban Quản lý phấn đấu trồng phục hồi 60 ha cỏ biển và 5 ha rạn san hô, giảm ít nhất 50% số vụ vi phạm trong vùng lõi so với năm 2023.
"""

PQ = "Phú Quốc"
P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
PYTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
P25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thêm 35 ha thảm cỏ biển", "35", 35, "measure", "ha", "diện tích cỏ biển trồng phục hồi", I(P9), location=PQ),
    F("phục hồi 35 ha cỏ biển", "35", 35, "measure", "ha", "diện tích cỏ biển trồng phục hồi", P9,
      percent=70, location=PQ),
    F("ước đạt 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "tổng kinh phí trồng phục hồi cỏ biển", I(P9),
      status="estimate", location=PQ),
    F("vốn xã hội hóa 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "vốn xã hội hóa", I(P9),
      total=4.2e9, status="estimate", location=PQ),
    F("khoảng 9.866 ha", "9.866", 9866, "measure", "ha", "diện tích thảm cỏ biển", approx="about",
      change=C("decrease", 2400, "ha", "năm 2010", "nearly"), location=PQ),
    F("Khu bảo tồn là 2.715 ha", "2.715", 2715, "measure", "ha",
      "diện tích cỏ biển nằm trong vùng lõi Khu bảo tồn", percent=27.5, location=PQ),
    F("tại 12 điểm quan trắc", "12", 12, "count", "điểm quan trắc", "điểm quan trắc cỏ biển", location=PQ),
    F("đạt 42,5%", "42,5", 42.5, "percent", "%", "độ phủ trung bình của cỏ biển",
      change=C("increase", 3.1, "điểm phần trăm", "cùng kỳ năm 2023"), location=PQ),
    F("tổ chức 146 chuyến tuần tra", "146", 146, "count", "chuyến tuần tra", "chuyến tuần tra trên biển", PYTD,
      change=C("increase", 28, "chuyến", "cùng kỳ"), location=PQ),
    F("xử lý 37 vụ vi phạm", "37", 37, "count", "vụ vi phạm", "vụ vi phạm phát hiện, xử lý", PYTD, location=PQ),
    F("trong đó 21 vụ", "21", 21, "count", "vụ", "vụ vi phạm sử dụng lưới cào đáy trong vùng cỏ biển", PYTD,
      total=37, location=PQ),
    F("hơn 615 triệu đồng", "615", 615e6, "money", "đồng", "tiền phạt", I(PYTD), approx="over", location=PQ),
    F("tịch thu 14 bộ", "14", 14, "count", "bộ ngư cụ cấm", "ngư cụ cấm bị tịch thu", I(PYTD), location=PQ),
    F("tổng diện tích 26.863 ha", "26.863", 26863, "measure", "ha", "diện tích Khu bảo tồn biển Phú Quốc",
      location=PQ),
    F("gồm 18.700 ha", "18.700", 18700, "measure", "ha", "diện tích vùng biển phía Đông Bắc đảo",
      total=26863, location=PQ),
    F("và 8.163 ha", "8.163", 8163, "measure", "ha", "diện tích vùng biển phía Nam", total=26863, location=PQ),
    F("khoảng 11.500 ha", "11.500", 11500, "measure", "ha", "diện tích thảm cỏ biển", approx="about",
      location="Kiên Giang"),
    F("phục hồi 60 ha cỏ biển", "60", 60, "measure", "ha", "diện tích cỏ biển trồng phục hồi", P25,
      status="target", location=PQ),
    F("và 5 ha rạn san hô", "5", 5, "measure", "ha", "diện tích rạn san hô trồng phục hồi", P25,
      status="target", location=PQ),
    F("ít nhất 50%", "50", 50, "percent", "%", "số vụ vi phạm trong vùng lõi giảm so với năm 2023", P25,
      approx="at_least", status="target", location=PQ),
]

make("p939-1", TEXT, FIGS, published="2024-10-14", location="Phú Quốc", notes=[
    "Kiên Giang province portal: Phú Quốc seagrass restoration, 9 months 2024, patrols, MPA area, 2025 targets.",
    "Not figures: 'Lượt xem: 2.317', '09:45', 'Quyết định số 2459/QĐ-UBND ngày 15/11/2023'.",
    "Figures of the Phú Quốc MPA / city are Phú Quốc; only the provincial seagrass total is Kiên Giang.",
])
