"""p896-4: Bộ Giao thông vận tải site, national results 2024 on encroachment of sidewalks and road corridors."""
from lib import F, P, I, C, T, build

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > An toàn giao thông
Ngày đăng: 25/01/2025 | Lượt xem: 1.207

Năm 2024, cả nước xử lý hơn 186 nghìn trường hợp lấn chiếm vỉa hè, hành lang an toàn giao thông

Theo báo cáo tại hội nghị tổng kết ngày 22/01/2025, năm 2024 lực lượng chức năng trên cả nước đã phát hiện, xử lý 186.452 trường hợp lấn chiếm vỉa hè, lòng đường, hành lang an toàn giao thông để buôn bán, tăng 9,4% so với năm 2023; phạt tiền hơn 312 tỷ đồng; tháo dỡ trên 21.000 lều quán, biển quảng cáo.

Các địa phương có số trường hợp bị xử lý nhiều nhất lần lượt là Hà Nội (38.215 trường hợp), TP. Hồ Chí Minh (34.906 trường hợp), Hải Phòng (9.732 trường hợp) và Đồng Nai (7.418 trường hợp).

Đến nay, 63/63 tỉnh, thành phố đã ban hành kế hoạch lập lại trật tự vỉa hè theo Chỉ thị số 10/CT-TTg; 41 địa phương đã ban hành quy định cho thuê, sử dụng tạm thời một phần vỉa hè, chiếm 65,1%. Tổng số tiền thu phí sử dụng tạm thời vỉa hè năm 2024 ước đạt 428 tỷ đồng, gấp 1,6 lần năm 2023.

Năm 2025, Bộ đặt mục tiêu giảm ít nhất 15% số vụ vi phạm so với năm 2024; phấn đấu 100% tuyến quốc lộ đi qua khu dân cư được rà soát, xử lý lấn chiếm. Dự kiến khoảng 12 địa phương sẽ thí điểm thu phí vỉa hè bằng hình thức thanh toán điện tử.

Mức phạt đối với hành vi sử dụng vỉa hè, lòng đường để bán hàng được quy định tại Nghị định số 100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP.

Cổng thông tin điện tử Bộ Giao thông vận tải
Địa chỉ: Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.4015
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "trường hợp lấn chiếm vỉa hè, hành lang an toàn giao thông bị xử lý"

FIGS = [
    F("hơn 186 nghìn trường hợp", "186", 186000, "count", "trường hợp", SUBJ,
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("xử lý 186.452 trường hợp", "186.452", 186452, "count", "trường hợp", SUBJ, Y24,
      change=C("increase", 9.4, "%", "năm 2023")),
    F("hơn 312 tỷ đồng", "312", 312e9, "money", "đồng", "tiền phạt", Y24, approx="over"),
    F("trên 21.000 lều quán", "21.000", 21000, "count", "lều quán",
      "lều quán, biển quảng cáo bị tháo dỡ", Y24, approx="over"),
    F("Hà Nội (38.215 trường hợp)", "38.215", 38215, "count", "trường hợp", SUBJ, I(Y24),
      location="Hà Nội"),
    F("Minh (34.906 trường hợp)", "34.906", 34906, "count", "trường hợp", SUBJ, I(Y24),
      location="TP. Hồ Chí Minh"),
    F("Hải Phòng (9.732 trường hợp)", "9.732", 9732, "count", "trường hợp", SUBJ, I(Y24),
      location="Hải Phòng"),
    F("Đồng Nai (7.418 trường hợp)", "7.418", 7418, "count", "trường hợp", SUBJ, I(Y24),
      location="Đồng Nai"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành kế hoạch lập lại trật tự vỉa hè",
      P("Đến nay", None, "2025-01-25"), total=63),
    F("41 địa phương", "41", 41, "count", "địa phương",
      "địa phương đã ban hành quy định cho thuê, sử dụng tạm thời một phần vỉa hè",
      P("Đến nay", None, "2025-01-25"), percent=65.1),
    F("ước đạt 428 tỷ đồng", "428", 428e9, "money", "đồng",
      "tổng số tiền thu phí sử dụng tạm thời vỉa hè", Y24, status="estimate",
      change=C("increase", 1.6, "lần", "năm 2023")),
    F("ít nhất 15%", "15", 15, "percent", "%", "giảm số vụ vi phạm so với năm 2024", Y25,
      approx="at_least", status="target"),
    F("phấn đấu 100% tuyến quốc lộ", "100", 100, "percent", "%",
      "tuyến quốc lộ đi qua khu dân cư được rà soát, xử lý lấn chiếm", Y25, status="target"),
    F("khoảng 12 địa phương", "12", 12, "count", "địa phương",
      "địa phương thí điểm thu phí vỉa hè bằng thanh toán điện tử", I(Y25),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ GTVT): national results 2024 on encroachment of sidewalks and road corridors (invented).",
    "Not figures: Ngày đăng, Lượt xem: 1.207, ngày 22/01/2025, Chỉ thị số 10/CT-TTg, Nghị định số 100/2019/NĐ-CP, 123/2021/NĐ-CP,",
    "Số 80 Trần Hưng Đạo, phone. Location Việt Nam except the ranked provinces (list shares its head's indicator, no total).",
    "'Đến nay' is an as-of at the dateline. 'gấp 1,6 lần năm 2023' after 428 tỷ is its change (1.6 lần).",
    "'giảm ít nhất 15% số vụ vi phạm' has no base amount: a percent target figure without change.",
    "'chiếm 65,1%' after 41 địa phương is its percent; there is no part-of cue, so no total 63.",
]

if __name__ == "__main__":
    build("p896-4", TEXT, FIGS, COMMENTS, published="2025-01-25", location="Việt Nam")
