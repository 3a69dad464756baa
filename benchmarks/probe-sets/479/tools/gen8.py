"""p479-8: commune portal (xã Kỳ Xuân, huyện Kỳ Anh, Hà Tĩnh): 9-month fund receipts, quarter III, shock force, '4 tại chỗ'
reserves, evacuation plan with vulnerable groups, unpaid households."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ KỲ XUÂN
Huyện Kỳ Anh - Tỉnh Hà Tĩnh
Tin tức - Sự kiện
Đăng lúc: 15:10 - 25/10/2024

Kỳ Xuân: Thu Quỹ phòng, chống thiên tai 9 tháng đạt 87,5% kế hoạch

9 tháng năm 2024, xã Kỳ Xuân thu Quỹ phòng, chống thiên tai được 126,3 triệu đồng, đạt 87,5% kế hoạch huyện giao, tăng 9,2 triệu đồng so với cùng kỳ năm 2023. Trong đó, thu từ 1.842 người lao động trên địa bàn 92,1 triệu đồng; thu từ 17 doanh nghiệp, hợp tác xã 34,2 triệu đồng. Riêng quý III, xã thu được 41,6 triệu đồng.

Thực hiện phương châm “4 tại chỗ”, UBND xã đã kiện toàn lực lượng xung kích 145 người, chia thành 12 tổ tại các thôn, mỗi tổ từ 10 đến 14 người. Xã dự trữ 3,5 tấn gạo, 200 thùng mì tôm, 1.000 lít nước sạch, 25 áo phao và 4 xuồng máy tại Nhà văn hóa thôn Tân Phong.

Theo phương án ứng phó bão mạnh, siêu bão, xã dự kiến sơ tán 386 hộ với 1.274 nhân khẩu ở các thôn ven biển Hải Phong, Hải Thanh; trong đó có 97 người cao tuổi, 146 trẻ em và 23 người khuyết tật. Các hộ được đưa đến Trường THCS Kỳ Xuân và nhà dân kiên cố dọc Quốc lộ 1.

Hiện còn 38 hộ chưa nộp Quỹ năm 2023, chiếm 2,1% số hộ phải nộp. UBND xã đề nghị các thôn đôn đốc hoàn thành trước ngày 15/12/2024.

Mọi ý kiến xin gửi về Văn phòng UBND xã, số điện thoại 0239.3866.215.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TOT = 126.3e6
FIGS = [
    F("đạt 87,5% kế hoạch\n", "87,5", 87.5, "percent", "%", "thu Quỹ phòng, chống thiên tai so với kế hoạch",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("được 126,3 triệu đồng", "126,3", TOT, "money", "đồng", "số thu Quỹ phòng, chống thiên tai", N9, percent=87.5,
      change=CH("increase", 9.2e6, "đồng", baseline="cùng kỳ năm 2023")),
    F("từ 1.842 người", "1.842", 1842, "count", "người lao động", "người lao động đóng Quỹ", I(N9)),
    F("địa bàn 92,1 triệu đồng", "92,1", 92.1e6, "money", "đồng", "thu từ người lao động", I(N9), total=TOT),
    F("từ 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã đóng Quỹ", I(N9)),
    F("hợp tác xã 34,2 triệu đồng", "34,2", 34.2e6, "money", "đồng", "thu từ doanh nghiệp, hợp tác xã", I(N9), total=TOT),
    F("thu được 41,6 triệu đồng", "41,6", 41.6e6, "money", "đồng", "số thu Quỹ",
      P("quý III", "2024-07-01", "2024-09-30")),
    F("xung kích 145 người", "145", 145, "count", "người", "lực lượng xung kích"),
    F("thành 12 tổ", "12", 12, "count", "tổ", "tổ xung kích"),
    F("từ 10 đến 14 người", "10", 10, "count", "người", "người mỗi tổ xung kích", value_max=14),
    F("3,5 tấn gạo", "3,5", 3.5, "measure", "tấn", "gạo dự trữ"),
    F("200 thùng", "200", 200, "count", "thùng", "mì tôm dự trữ"),
    F("1.000 lít", "1.000", 1000, "measure", "lít", "nước sạch dự trữ"),
    F("25 áo phao", "25", 25, "count", "áo phao", "áo phao dự trữ"),
    F("4 xuồng máy", "4", 4, "count", "xuồng máy", "xuồng máy dự trữ"),
    F("sơ tán 386 hộ", "386", 386, "count", "hộ", "hộ dự kiến sơ tán", status="forecast"),
    F("1.274 nhân khẩu", "1.274", 1274, "count", "nhân khẩu", "nhân khẩu dự kiến sơ tán", status="forecast"),
    F("có 97 người", "97", 97, "count", "người", "người cao tuổi", total=1274, status="forecast"),
    F("146 trẻ em", "146", 146, "count", "trẻ em", "trẻ em", total=1274, status="forecast"),
    F("23 người khuyết tật", "23", 23, "count", "người", "người khuyết tật", total=1274, status="forecast"),
    F("còn 38 hộ", "38", 38, "count", "hộ", "hộ chưa nộp Quỹ năm 2023", percent=2.1),
]

COMMENTS = [
    "Cổng TTĐT xã Kỳ Xuân, huyện Kỳ Anh (invented), 'Đăng lúc: 15:10 - 25/10/2024': commune fund receipts 9 months 2024, shock",
    "force, reserves, evacuation plan. Location: the commune's figures go to its district Kỳ Anh (the spec's location is a province,",
    "city or district; choice, as in p479-2). Headline '9 tháng' takes 2024 from the dateline. 'tăng 9,2 triệu đồng so với cùng kỳ'",
    "is the change of 126,3 triệu (unit đồng). The counts of payers (1.842 người lao động, 17 doanh nghiệp) inside the 'Trong đó'",
    "parts are figures of their own, with no money total; the money parts take total 126,3 triệu. 'Riêng quý III' is not a",
    "part-of cue: no total. 97/146/23 after 'trong đó có' are parts of 1.274 nhân khẩu (people), forecast as the 'dự kiến' clause.",
    "'38 hộ chưa nộp Quỹ năm 2023' (as of now): the year names the fund's year, so no period is annotated (unscored).",
    "Not figures: “4 tại chỗ”, Quốc lộ 1, Trường THCS Kỳ Xuân, ngày 15/12/2024, phone, 15:10.",
]

if __name__ == "__main__":
    emit("p479-8", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Kỳ Anh")
