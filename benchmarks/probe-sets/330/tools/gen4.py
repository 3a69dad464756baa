from lib import F, P, build

A = """Cà Mau: Nắng hạn kéo dài, gần 14.000 hộ dân thiếu nước ngọt
14/04/2024 08:45
HỒNG NHUNG

(CMO) Từ đầu năm đến nay, trên địa bàn tỉnh hầu như không có mưa, mực nước trên các tuyến kênh, rạch nội đồng xuống thấp, có nơi giảm 0,6-0,8 m so với cùng kỳ. Nhiều tuyến kênh trơ đáy, ghe xuồng không thể lưu thông.

Tính đến ngày 12/4, toàn tỉnh có 13.942 hộ dân thiếu nước sinh hoạt, tăng 41,2% so với cùng kỳ năm 2023, trong đó huyện Trần Văn Thời 4.815 hộ, U Minh 3.960 hộ, Thới Bình 2.710 hộ. Người dân chủ động trữ khoảng 2,4 triệu m3 nước ngọt trong ao, mương, lu và bồn chứa; ngành chức năng đã khoan mới 265 giếng nước ngầm, nâng tổng số giếng khoan phục vụ sinh hoạt lên hơn 1.900 giếng.

Đối với sản xuất, khoảng 4.500 ha lúa Đông Xuân vùng ngọt hóa có nguy cơ thiếu nước tưới cuối vụ. Trên 35.000 ha rừng tràm thuộc vùng U Minh Hạ đang ở cấp dự báo cháy rừng cấp V - cấp cực kỳ nguy hiểm; lực lượng chức năng đã bơm nước giữ ẩm, nâng mực nước trong rừng đạt 0,3-0,5 m so với mặt đất.

Từ đầu tháng 3, UBND tỉnh đã trích nguồn dự phòng ngân sách hỗ trợ 18,75 tỷ đồng cho các huyện chở nước, lắp đặt 96 trạm lọc nước mini. Tổng kinh phí phòng, chống hạn mặn năm 2024 của tỉnh dự kiến khoảng 52 tỷ đồng, gấp 1,5 lần năm 2023.

Ông Lê Văn Sử, Phó Chủ tịch UBND tỉnh, đề nghị các địa phương rà soát từng hộ thiếu nước, ưu tiên hộ nghèo, gia đình chính sách; tuyệt đối không để người dân thiếu nước ăn uống. Tuyến kênh xáng Cà Mau - Bạc Liêu và Quốc lộ 63 là các điểm nóng cần theo dõi thường xuyên.

0 bình luận
"""

ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-14")
asof = P("Tính đến ngày 12/4", None, "2024-04-12")
asof_i = P("Tính đến ngày 12/4", None, "2024-04-12", True)
HH = "hộ dân thiếu nước sinh hoạt"

FIGS = [
    F("gần 14.000 hộ", "14.000", 14000, "count", "hộ", "hộ dân thiếu nước ngọt", asof_i, approx="nearly"),
    F("giảm 0,6-0,8 m", "0,6", 0.6, "measure", "m", "mực nước trên các tuyến kênh, rạch nội đồng giảm so với cùng kỳ", ytd, value_max=0.8),
    F("có 13.942 hộ", "13.942", 13942, "count", "hộ", HH, asof,
      change={"direction": "increase", "value": 41.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("Trần Văn Thời 4.815 hộ", "4.815", 4815, "count", "hộ", HH, asof, total=13942, location="Trần Văn Thời"),
    F("U Minh 3.960 hộ", "3.960", 3960, "count", "hộ", HH, asof, total=13942, location="U Minh"),
    F("Thới Bình 2.710 hộ", "2.710", 2710, "count", "hộ", HH, asof, total=13942, location="Thới Bình"),
    F("khoảng 2,4 triệu m3", "2,4", 2.4e6, "measure", "m3", "nước ngọt người dân chủ động trữ", asof_i, approx="about"),
    F("khoan mới 265 giếng", "265", 265, "count", "giếng", "giếng nước ngầm khoan mới", asof_i),
    F("hơn 1.900 giếng", "1.900", 1900, "count", "giếng", "tổng số giếng khoan phục vụ sinh hoạt", asof_i, approx="over"),
    F("khoảng 4.500 ha", "4.500", 4500, "measure", "ha", "lúa Đông Xuân vùng ngọt hóa có nguy cơ thiếu nước tưới", asof_i, approx="about"),
    F("Trên 35.000 ha", "35.000", 35000, "measure", "ha", "rừng tràm ở cấp dự báo cháy rừng cấp V", asof_i, approx="over"),
    F("đạt 0,3-0,5 m", "0,3", 0.3, "measure", "m", "mực nước trong rừng so với mặt đất", asof_i, value_max=0.5),
    F("hỗ trợ 18,75 tỷ đồng", "18,75", 18.75e9, "money", "đồng", "kinh phí dự phòng ngân sách hỗ trợ các huyện chở nước, lắp đặt trạm lọc nước",
      P("Từ đầu tháng 3", "2024-03-01", "2024-04-14")),
    F("lắp đặt 96 trạm", "96", 96, "count", "trạm lọc nước", "trạm lọc nước mini lắp đặt", P("Từ đầu tháng 3", "2024-03-01", "2024-04-14")),
    F("khoảng 52 tỷ đồng", "52", 52e9, "money", "đồng", "tổng kinh phí phòng, chống hạn mặn", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast", change={"direction": "increase", "value": 1.5, "unit": "lần", "baseline": "năm 2023"}),
]

build(4, A, FIGS, [
    "Party newspaper (Báo Cà Mau): drought, households lacking water, storage, wells, rice and forest at risk, support funds. Bare dateline",
    "'14/04/2024 08:45' with the byline below it; '(CMO)' is the paper's tag (implies Cà Mau). '0 bình luận' furniture; 'cấp V' (fire-danger level),",
    "'Quốc lộ 63', 'kênh xáng Cà Mau - Bạc Liêu', 'U Minh Hạ' (forest name; U Minh is also a district) are not figures/places of figures.",
    "'giảm 0,6-0,8 m so với cùng kỳ' has no base level: the drop is the claim (measure range, no change). 'Tính đến ngày 12/4' takes 2024 from the dateline.",
    "'tăng 41,2% so với cùng kỳ năm 2023' is the change of 13.942; 'trong đó' districts total 13.942. 'Từ đầu tháng 3' runs to the dateline.",
    "'dự kiến khoảng 52 tỷ đồng, gấp 1,5 lần năm 2023' → forecast with change 1,5 lần. Headline 'gần 14.000' takes the body's as-of date (inherited).",
], published="2024-04-14", location="Cà Mau")
