"""p1013-4: ministry site (Bộ Văn hóa, Thể thao và Du lịch), national results of 2023."""
from lib import C, F, I, P, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Văn hóa cơ sở
Ngày đăng: 26/02/2024 | Lượt xem: 1.204

Năm 2023: Cả nước tháo dỡ hơn 41 nghìn biển quảng cáo, bảng hiệu sai quy định

Theo báo cáo tổng hợp của Cục Văn hóa cơ sở, năm 2023, cơ quan chức năng tại 63/63 tỉnh, thành phố đã kiểm tra 18.540 lượt cơ sở hoạt động quảng cáo, phát hiện 6.215 trường hợp vi phạm. Trong số này, 3.482 trường hợp đã bị xử phạt vi phạm hành chính với tổng số tiền 27,8 tỷ đồng, tăng 15,3% so với năm 2022.

Các địa phương có số tiền phạt lớn nhất lần lượt là TP. Hồ Chí Minh (6,4 tỷ đồng), Hà Nội (5,1 tỷ đồng) và Đà Nẵng (1,9 tỷ đồng).

Cũng trong năm, các địa phương đã tháo dỡ 41.620 biển quảng cáo, bảng hiệu sai quy định, thu gỡ khoảng 286.500 băng rôn và xóa bỏ hơn 3,2 triệu quảng cáo rao vặt. Phối hợp với Bộ Thông tin và Truyền thông, các doanh nghiệp viễn thông đã ngừng cung cấp dịch vụ đối với 12.480 số thuê bao sử dụng để quảng cáo rao vặt trái phép, gấp 1,6 lần năm 2022.

Về quy hoạch, đến hết năm 2023 đã có 58/63 tỉnh, thành phố phê duyệt quy hoạch quảng cáo ngoài trời theo Luật Quảng cáo số 16/2012/QH13, chiếm 92%; 5 địa phương còn lại đang trình thẩm định.

Tại Hội nghị triển khai nhiệm vụ năm 2024 tổ chức ngày 23/02/2024, lãnh đạo Bộ yêu cầu các địa phương tăng cường hậu kiểm, xử lý nghiêm quảng cáo không phép. Năm 2024, Bộ đặt mục tiêu 100% tỉnh, thành phố hoàn thành phê duyệt quy hoạch quảng cáo ngoài trời và giảm ít nhất 20% số vụ vi phạm so với năm 2023. Dự kiến trong năm 2024, Bộ sẽ tổ chức 6 đoàn kiểm tra liên ngành tại các địa phương trọng điểm.

Bản quyền thuộc Bộ Văn hóa, Thể thao và Du lịch - Số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

HEAD = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
INYEAR = P("Cũng trong năm", "2023-01-01", "2023-12-31")
END23 = P("đến hết năm 2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24B = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 41 nghìn biển", "41", 41000, "count", "biển quảng cáo",
      "biển quảng cáo, bảng hiệu sai quy định tháo dỡ", HEAD, approx="over"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố kiểm tra hoạt động quảng cáo", Y23, total=63),
    F("18.540 lượt cơ sở", "18.540", 18540, "count", "lượt cơ sở",
      "lượt cơ sở hoạt động quảng cáo được kiểm tra", Y23),
    F("6.215 trường hợp", "6.215", 6215, "count", "trường hợp",
      "trường hợp vi phạm phát hiện", Y23),
    F("3.482 trường hợp", "3.482", 3482, "count", "trường hợp",
      "trường hợp vi phạm bị xử phạt vi phạm hành chính", I(Y23), total=6215),
    F("tổng số tiền 27,8 tỷ đồng", "27,8", 27.8e9, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", I(Y23),
      change=C("increase", 15.3, "%", "năm 2022")),
    F("(6,4 tỷ đồng)", "6,4", 6.4e9, "money", "đồng",
      "số tiền phạt", I(Y23), location="TP Hồ Chí Minh"),
    F("(5,1 tỷ đồng)", "5,1", 5.1e9, "money", "đồng",
      "số tiền phạt", I(Y23), location="Hà Nội"),
    F("(1,9 tỷ đồng)", "1,9", 1.9e9, "money", "đồng",
      "số tiền phạt", I(Y23), location="Đà Nẵng"),
    F("tháo dỡ 41.620 biển", "41.620", 41620, "count", "biển quảng cáo",
      "biển quảng cáo, bảng hiệu sai quy định tháo dỡ", INYEAR),
    F("khoảng 286.500 băng rôn", "286.500", 286500, "count", "băng rôn",
      "băng rôn thu gỡ", INYEAR, approx="about"),
    F("hơn 3,2 triệu quảng cáo", "3,2", 3.2e6, "count", "quảng cáo rao vặt",
      "quảng cáo rao vặt xóa bỏ", INYEAR, approx="over"),
    F("đối với 12.480 số thuê bao", "12.480", 12480, "count", "số thuê bao",
      "số thuê bao quảng cáo rao vặt trái phép bị ngừng cung cấp dịch vụ", I(Y23),
      change=C("increase", 1.6, "lần", "năm 2022")),
    F("có 58/63 tỉnh", "58", 58, "count", "tỉnh, thành phố",
      "tỉnh, thành phố phê duyệt quy hoạch quảng cáo ngoài trời", END23, total=63, percent=92),
    F("5 địa phương còn lại", "5", 5, "count", "địa phương",
      "địa phương đang trình thẩm định quy hoạch quảng cáo ngoài trời", END23),
    F("mục tiêu 100% tỉnh", "100", 100, "percent", "%",
      "tỉnh, thành phố hoàn thành phê duyệt quy hoạch quảng cáo ngoài trời", Y24, status="target"),
    F("ít nhất 20% số vụ", "20", 20, "percent", "%",
      "số vụ vi phạm giảm so với năm 2023", Y24, approx="at_least", status="target"),
    F("tổ chức 6 đoàn", "6", 6, "count", "đoàn kiểm tra liên ngành",
      "đoàn kiểm tra liên ngành tại các địa phương trọng điểm", Y24B, status="forecast"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 26/02/2024 | Lượt xem: 1.204': national results of 2023. Location Việt Nam;",
    "the items of the ranking list (TP. Hồ Chí Minh, Hà Nội, Đà Nẵng) take their place as location, subject = the list's indicator.",
    "'Trong số này, 3.482 trường hợp' → total 6.215. 'gấp 1,6 lần năm 2022' after a count is its change (increase, 1.6 lần).",
    "'Cũng trong năm' = năm 2023 (the year of the report). '5 địa phương còn lại' has no part-of cue: no total.",
    "Distractors: Lượt xem 1.204, Luật Quảng cáo số 16/2012/QH13, 'ngày 23/02/2024', 'Số 51 Ngô Quyền', 'năm 2024' in the meeting name.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2024-02-26", location="Việt Nam")
