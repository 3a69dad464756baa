"""p1081-2: huyện Hương Khê (Hà Tĩnh) district portal, heavy rain and Ngàn Sâu flood peak (2023-10-02)."""
from lib import F, P, C, T, day, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯƠNG KHÊ
Thứ Hai, 02/10/2023 - 10:45

Mưa lớn kéo dài, mực nước sông Ngàn Sâu vượt báo động 3

Trên địa bàn huyện Hương Khê hiện có 14 trạm đo mưa tự động và 1 trạm thủy văn Hòa Duyệt trên sông Ngàn Sâu. Theo số liệu của các trạm, từ 19h ngày 28/9 đến 7h ngày 1/10/2023, tổng lượng mưa trên địa bàn huyện phổ biến từ 280 đến 420 mm; một số nơi mưa rất lớn như xã Hương Trạch 512 mm, Hương Lâm 476 mm, Phú Gia 455 mm.

Lúc 13h ngày 30/9, mực nước sông Ngàn Sâu tại trạm Hòa Duyệt đạt đỉnh 12,46 m, cao hơn báo động 3 là 0,46 m. Đây là đỉnh lũ cao thứ 2 trong chuỗi số liệu quan trắc của trạm. Nước lũ gây ngập cục bộ nhiều đoạn trên Quốc lộ 15 và Đường Hồ Chí Minh, có nơi sâu 0,8-1,2 m.

Từ ngày 28/9 đến nay, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện đã ban hành 6 công điện, 11 bản tin cảnh báo; phối hợp các xã tổ chức sơ tán 327 hộ với 1.045 nhân khẩu ở vùng thấp trũng đến nơi an toàn. Hệ thống loa truyền thanh của 21/21 xã, thị trấn phát thông tin cảnh báo mỗi 2 giờ một lần.

Theo kế hoạch năm 2024, huyện sẽ lắp thêm 6 trạm đo mưa và 2 trạm đo mực nước tại các ngầm tràn, với kinh phí dự kiến 1,9 tỷ đồng. Ông Trần Văn Sáu, Phó Chủ tịch UBND huyện, đề nghị các xã thường xuyên theo dõi bản tin của Đài Khí tượng Thủy văn Hà Tĩnh, không để người dân qua lại các ngầm tràn khi nước lên.

Minh Hải - Trung tâm VH-TT&TT huyện
"""

RAIN = P("từ 19h ngày 28/9 đến 7h ngày 1/10/2023", "2023-09-28", "2023-10-01")
SINCE = P("Từ ngày 28/9 đến nay", "2023-09-28", "2023-10-02")
PLAN = P("kế hoạch năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("có 14 trạm đo mưa", "14", 14, "count", "trạm đo mưa tự động", "trạm đo mưa tự động"),
    F("và 1 trạm thủy văn", "1", 1, "count", "trạm thủy văn", "trạm thủy văn", optional=True),
    F("từ 280 đến 420 mm", "280", 280, "measure", "mm", "tổng lượng mưa phổ biến", RAIN, value_max=420),
    F("Hương Trạch 512 mm", "512", 512, "measure", "mm", "tổng lượng mưa", RAIN),
    F("Hương Lâm 476 mm", "476", 476, "measure", "mm", "tổng lượng mưa", RAIN),
    F("Phú Gia 455 mm", "455", 455, "measure", "mm", "tổng lượng mưa", RAIN),
    F("đạt đỉnh 12,46 m", "12,46", 12.46, "measure", "m", "mực nước đỉnh lũ sông Ngàn Sâu tại trạm Hòa Duyệt",
      day("Lúc 13h ngày 30/9", "2023-09-30"), change=C("increase", 0.46, "m", "báo động 3")),
    F("cao thứ 2", "2", 2, "rank", "hạng", "đỉnh lũ trong chuỗi số liệu quan trắc của trạm Hòa Duyệt",
      day("Lúc 13h ngày 30/9", "2023-09-30", inh=True)),
    F("sâu 0,8-1,2 m", "0,8", 0.8, "measure", "m", "độ sâu ngập",
      day("Lúc 13h ngày 30/9", "2023-09-30", inh=True), value_max=1.2),
    F("ban hành 6 công điện", "6", 6, "count", "công điện", "công điện ban hành", SINCE),
    F("11 bản tin cảnh báo", "11", 11, "count", "bản tin cảnh báo", "bản tin cảnh báo ban hành", SINCE),
    F("sơ tán 327 hộ", "327", 327, "count", "hộ", "hộ sơ tán đến nơi an toàn", SINCE),
    F("1.045 nhân khẩu", "1.045", 1045, "count", "nhân khẩu", "nhân khẩu sơ tán đến nơi an toàn", SINCE),
    F("21/21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn có loa truyền thanh phát thông tin cảnh báo",
      total=21),
    F("mỗi 2 giờ một lần", "2", 2, "measure", "giờ", "tần suất phát thông tin cảnh báo"),
    F("lắp thêm 6 trạm", "6", 6, "count", "trạm đo mưa", "trạm đo mưa lắp thêm", PLAN, status="target"),
    F("và 2 trạm đo mực nước", "2", 2, "count", "trạm đo mực nước", "trạm đo mực nước lắp thêm", PLAN,
      status="target"),
    F("dự kiến 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí lắp thêm trạm đo mưa và trạm đo mực nước",
      PLAN, status="forecast"),
]

NOTES = [
    "District portal of Hương Khê (Hà Tĩnh): rain totals at commune gauges, flood peak at Hòa Duyệt vs alarm level 3, warnings, evacuations, 2024 plan.",
    "Distractors: headline 'báo động 3', times '19h', '7h', '13h', 'Quốc lộ 15', 'Đường Hồ Chí Minh', person 'Trần Văn Sáu', 'Thứ Hai'.",
    "Commune gauges (xã Hương Trạch …) lie in the district: location stays Hương Khê, subject 'tổng lượng mưa'.",
    "A reading at one hour of one day ('Lúc 13h ngày 30/9') gets that day as start and end.",
    "'cao hơn báo động 3 là 0,46 m' is the change of the peak (baseline = alarm level); 'cao thứ 2' is a rank.",
    "'1 trạm thủy văn Hòa Duyệt' names the single station: optional. '21/21 xã' → total 21.",
    "'Từ ngày 28/9 đến nay' ends at the dateline 2023-10-02. The rank and the flooding depth take 30/9 from the sentence before (inherited).",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-10-02", location="Hương Khê")
