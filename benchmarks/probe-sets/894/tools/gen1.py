"""p894-1: province portal (Bình Dương), apartment projects, management boards, maintenance funds, fire checks."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Bình Dương: 94% dự án nhà chung cư đã thành lập Ban quản trị
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Xây dựng, tính đến ngày 30/6/2024, trên địa bàn tỉnh có 118 dự án nhà chung cư đã đưa vào sử dụng với khoảng 61.500 căn hộ, tăng 7 dự án so với cuối năm 2023. Trong đó, TP. Thuận An có 41 dự án, TP. Dĩ An 33 dự án, TP. Thủ Dầu Một 29 dự án, phần lớn nằm dọc Đại lộ Bình Dương và Quốc lộ 13.

Đến nay, 111/118 dự án đã tổ chức hội nghị nhà chung cư lần đầu và thành lập Ban quản trị, đạt tỷ lệ 94%; 7 dự án còn lại chưa thành lập do số căn hộ được bàn giao chưa đạt 50% theo quy định tại Thông tư số 05/2024/TT-BXD.

Về kinh phí bảo trì phần sở hữu chung (bằng 2% giá bán căn hộ), các chủ đầu tư đã bàn giao cho Ban quản trị của 96 dự án với tổng số tiền hơn 412,6 tỷ đồng, đạt 86,5% tổng kinh phí phải bàn giao. Hiện còn 15 dự án chưa bàn giao hoặc bàn giao chưa đầy đủ, số tiền khoảng 64 tỷ đồng; trong đó 3 dự án đang tranh chấp kéo dài, phải đề nghị cưỡng chế.

Giá dịch vụ quản lý vận hành phổ biến từ 6.000 đến 12.000 đồng/m2/tháng; riêng các chung cư nhà ở xã hội khoảng 4.500 đồng/m2/tháng.

Về an toàn cháy nổ, 6 tháng đầu năm 2024, Phòng Cảnh sát PCCC và CNCH Công an tỉnh đã kiểm tra 102 lượt nhà chung cư, phát hiện 47 tồn tại, thiếu sót; xử phạt vi phạm hành chính 9 trường hợp với số tiền 286 triệu đồng, tăng 12,4% so với cùng kỳ năm 2023.

Tỉnh phấn đấu đến cuối năm 2024, 100% dự án đủ điều kiện hoàn thành việc thành lập Ban quản trị và giải quyết dứt điểm tranh chấp quỹ bảo trì tại ít nhất 2 dự án.

Nguồn: Sở Xây dựng (Tầng 7, Tháp A, Trung tâm Hành chính tỉnh)
"""

AS_OF = P("tính đến ngày 30/6/2024", end="2024-06-30")
NOW = P("Đến nay", end="2024-07-18")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TGT = P("đến cuối năm 2024", end="2024-12-31")

FIGS = [
    F("Bình Dương: 94%", "94", 94, "percent", "%", "tỷ lệ dự án nhà chung cư đã thành lập Ban quản trị"),
    F("có 118 dự án", "118", 118, "count", "dự án", "dự án nhà chung cư đã đưa vào sử dụng", AS_OF,
      change=C("increase", 7, "dự án", "cuối năm 2023")),
    F("khoảng 61.500 căn hộ", "61.500", 61500, "count", "căn hộ", "căn hộ nhà chung cư đã đưa vào sử dụng", AS_OF,
      approx="about"),
    F("có 41 dự án", "41", 41, "count", "dự án", "dự án nhà chung cư đã đưa vào sử dụng", I(AS_OF),
      total=118, location="Thuận An"),
    F("Dĩ An 33 dự án", "33", 33, "count", "dự án", "dự án nhà chung cư đã đưa vào sử dụng", I(AS_OF),
      total=118, location="Dĩ An"),
    F("Thủ Dầu Một 29 dự án", "29", 29, "count", "dự án", "dự án nhà chung cư đã đưa vào sử dụng", I(AS_OF),
      total=118, location="Thủ Dầu Một"),
    F("111/118 dự án", "111", 111, "count", "dự án",
      "dự án đã tổ chức hội nghị nhà chung cư lần đầu và thành lập Ban quản trị", NOW, total=118, percent=94),
    F("7 dự án còn lại", "7", 7, "count", "dự án", "dự án chưa thành lập Ban quản trị", NOW),
    F("chưa đạt 50%", "50", 50, "percent", "%", "số căn hộ được bàn giao", approx="under", optional=True),
    F("bằng 2% giá bán", "2", 2, "percent", "%", "kinh phí bảo trì phần sở hữu chung trên giá bán căn hộ",
      optional=True),
    F("của 96 dự án", "96", 96, "count", "dự án", "dự án đã được bàn giao kinh phí bảo trì", I(NOW)),
    F("hơn 412,6 tỷ đồng", "412,6", 412.6e9, "money", "đồng", "kinh phí bảo trì đã bàn giao cho Ban quản trị",
      I(NOW), approx="over", percent=86.5),
    F("còn 15 dự án", "15", 15, "count", "dự án", "dự án chưa bàn giao hoặc bàn giao chưa đầy đủ kinh phí bảo trì"),
    F("khoảng 64 tỷ đồng", "64", 64e9, "money", "đồng", "kinh phí bảo trì chưa bàn giao", approx="about"),
    F("3 dự án đang tranh chấp", "3", 3, "count", "dự án", "dự án đang tranh chấp quỹ bảo trì kéo dài", total=15),
    F("từ 6.000 đến 12.000", "6.000", 6000, "money", "đồng/m2/tháng", "giá dịch vụ quản lý vận hành",
      value_max=12000),
    F("khoảng 4.500 đồng", "4.500", 4500, "money", "đồng/m2/tháng",
      "giá dịch vụ quản lý vận hành chung cư nhà ở xã hội", approx="about"),
    F("kiểm tra 102 lượt", "102", 102, "count", "lượt", "lượt kiểm tra nhà chung cư về PCCC", H1),
    F("phát hiện 47 tồn tại", "47", 47, "count", "tồn tại", "tồn tại, thiếu sót về PCCC phát hiện", H1),
    F("hành chính 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính về PCCC", H1),
    F("số tiền 286 triệu đồng", "286", 286e6, "money", "đồng", "số tiền xử phạt vi phạm hành chính về PCCC", H1,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("2024, 100% dự án", "100", 100, "percent", "%", "dự án đủ điều kiện hoàn thành thành lập Ban quản trị", TGT,
      status="target"),
    F("ít nhất 2 dự án", "2", 2, "count", "dự án", "dự án giải quyết dứt điểm tranh chấp quỹ bảo trì", TGT,
      approx="at_least", status="target"),
]

write("p894-1", TEXT, FIGS, published="2024-07-18", location="Bình Dương", notes=[
    "Province portal (Bình Dương): apartment projects, management boards, maintenance funds, service fees, fire-safety checks.",
    "'Đến nay' ends at the dateline; 'Hiện còn' gets no period. 50% (threshold) and 2% (legal rate) optional.",
    "'tăng 7 dự án' is the change of 118 dự án across the clause 'với khoảng 61.500 căn hộ'.",
])
