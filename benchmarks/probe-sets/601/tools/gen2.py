"""p601-2: district portal — huyện Đông Anh (Hà Nội): fire drill at a market, district PCCC figures for 10 months of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Tin hoạt động > An ninh - Quốc phòng

Thực tập phương án chữa cháy tại chợ Tó với hơn 150 người tham gia

Thứ Năm, 14/11/2024 - 15:20

Sáng 13/11, UBND xã Uy Nỗ phối hợp Đội Cảnh sát PCCC và CNCH Công an huyện tổ chức thực tập phương án chữa cháy và cứu nạn, cứu hộ có sự tham gia của nhiều lực lượng tại chợ Tó (số 12 đường Cao Lỗ). Buổi thực tập huy động hơn 150 cán bộ, chiến sĩ, dân phòng và tiểu thương, cùng 6 xe chữa cháy, 2 xe thang và 1 xe cứu thương.

Theo tình huống giả định, lúc 9 giờ 30 phút, tại ki-ốt số 27 khu hàng khô xảy ra cháy do chập điện, đám cháy lan rộng khoảng 300 m², có 5 người bị mắc kẹt. Lực lượng chữa cháy tại chỗ triển khai 3 lăng phun trong thời gian 4 phút; xe chữa cháy đầu tiên có mặt sau 7 phút kể từ khi nhận tin báo; đám cháy được khống chế sau 25 phút.

Theo Công an huyện, 10 tháng năm 2024, trên địa bàn huyện xảy ra 21 vụ cháy (tăng 3 vụ so với cùng kỳ), không có thiệt hại về người, thiệt hại tài sản khoảng 1,85 tỷ đồng. Công an huyện đã kiểm tra 1.064 lượt cơ sở, xử phạt 58 trường hợp, nộp ngân sách nhà nước 412,5 triệu đồng.

Toàn huyện hiện có 624 “Tổ liên gia an toàn PCCC” với 7.488 hộ gia đình tham gia và 131 “Điểm chữa cháy công cộng”; phấn đấu đến năm 2025 có 100% thôn, tổ dân phố xây dựng mô hình này.

Phát biểu tại buổi thực tập, Phó Chủ tịch UBND huyện đề nghị các ban quản lý chợ dọc Quốc lộ 3 rà soát, bổ sung phương tiện chữa cháy trước mùa hanh khô.
"""

P10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("với hơn 150 người", "150", 150, "count", "người", "người tham gia thực tập phương án chữa cháy tại chợ Tó",
      approx="over"),
    F("huy động hơn 150 cán bộ", "150", 150, "count", "cán bộ", "cán bộ, chiến sĩ, dân phòng và tiểu thương huy động thực tập",
      approx="over"),
    F("cùng 6 xe chữa cháy", "6", 6, "count", "xe chữa cháy", "xe chữa cháy huy động thực tập"),
    F("2 xe thang", "2", 2, "count", "xe thang", "xe thang huy động thực tập"),
    F("1 xe cứu thương", "1", 1, "count", "xe cứu thương", "xe cứu thương huy động thực tập"),
    F("khoảng 300 m²", "300", 300, "measure", "m²", "diện tích đám cháy giả định", approx="about", optional=True),
    F("có 5 người bị mắc kẹt", "5", 5, "count", "người", "người bị mắc kẹt giả định", optional=True),
    F("triển khai 3 lăng phun", "3", 3, "count", "lăng phun", "lăng phun lực lượng chữa cháy tại chỗ triển khai"),
    F("trong thời gian 4 phút", "4", 4, "measure", "phút", "thời gian lực lượng chữa cháy tại chỗ triển khai lăng phun"),
    F("có mặt sau 7 phút", "7", 7, "measure", "phút", "thời gian xe chữa cháy đầu tiên có mặt kể từ khi nhận tin báo"),
    F("khống chế sau 25 phút", "25", 25, "measure", "phút", "thời gian khống chế đám cháy"),
    F("xảy ra 21 vụ cháy", "21", 21, "count", "vụ cháy", "vụ cháy trên địa bàn huyện", P10,
      change=CH("increase", 3, "vụ", "cùng kỳ")),
    F("khoảng 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "thiệt hại tài sản do cháy", P10, approx="about"),
    F("kiểm tra 1.064 lượt cơ sở", "1.064", 1064, "count", "lượt cơ sở", "lượt cơ sở Công an huyện kiểm tra", INH(P10)),
    F("xử phạt 58 trường hợp", "58", 58, "count", "trường hợp", "trường hợp bị xử phạt", INH(P10)),
    F("412,5 triệu đồng", "412,5", 412.5e6, "money", "đồng", "tiền xử phạt nộp ngân sách nhà nước", INH(P10)),
    F("có 624 “Tổ", "624", 624, "count", "Tổ liên gia an toàn PCCC", "Tổ liên gia an toàn PCCC toàn huyện"),
    F("với 7.488 hộ gia đình", "7.488", 7488, "count", "hộ gia đình", "hộ gia đình tham gia Tổ liên gia an toàn PCCC"),
    F("và 131 “Điểm", "131", 131, "count", "Điểm chữa cháy công cộng", "Điểm chữa cháy công cộng toàn huyện"),
    F("có 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố xây dựng mô hình",
      T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đông Anh (invented): fire drill at chợ Tó (xã Uy Nỗ) and district PCCC results, 10 tháng năm 2024.",
    "Dateline \"Thứ Năm, 14/11/2024 - 15:20\". \"Sáng 13/11\", \"9 giờ 30 phút\", \"ki-ốt số 27\", \"số 12 đường Cao Lỗ\", \"Quốc lộ 3\" are not figures.",
    "Drill facts (people, vehicles, nozzles, response times in phút) are figures with no period; the scenario's assumed fire",
    "(\"khoảng 300 m²\", \"5 người bị mắc kẹt\") is hypothetical: optional. Location: the district (Đông Anh), a commune is not a location level.",
    "\"hiện có\" counts get no period. \"khoảng 1,85 tỷ\" without \"ước\" is about, actual.",
]

if __name__ == "__main__":
    emit("p601-2", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Đông Anh")
