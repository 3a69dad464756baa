import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, F, P, C, T

text = """Đức Hòa: Phiên giao dịch việc làm đầu năm thu hút hơn 1.500 lượt người lao động
Ngày đăng: 14/03/2024 | Lượt xem: 726

Sáng 13/3, tại Nhà Văn hóa huyện, UBND huyện Đức Hòa phối hợp Trung tâm Dịch vụ việc làm Long An tổ chức Phiên giao dịch việc làm lưu động số 02/2024.

Phiên giao dịch có 36 doanh nghiệp tham gia tuyển dụng với tổng nhu cầu 4.250 chỉ tiêu; trong đó lao động phổ thông chiếm khoảng 70%, còn lại là các vị trí kỹ thuật viên, kế toán, nhân viên kinh doanh, công nhân vận hành máy. Mức lương doanh nghiệp đưa ra từ 6 đến 12 triệu đồng/tháng, chưa kể phụ cấp; một số vị trí kỹ sư có mức lương trên 15 triệu đồng/tháng. Doanh nghiệp ưu tiên lao động trong độ tuổi từ 18 đến 45, có sức khỏe tốt.

Kết quả, đã có hơn 1.500 lượt người lao động đến tham dự; 862 lượt người được phỏng vấn trực tiếp, 415 người được doanh nghiệp nhận vào làm việc ngay sau phiên, đạt tỷ lệ 48,1% số người được phỏng vấn. Dịp này, Trung tâm Dịch vụ việc làm tư vấn chính sách bảo hiểm thất nghiệp cho 230 người, tiếp nhận 57 hồ sơ đề nghị hưởng trợ cấp thất nghiệp tại chỗ.

Theo Phòng Lao động - Thương binh và Xã hội huyện, năm 2023 toàn huyện giải quyết việc làm cho 5.862 lao động, vượt 17,2% kế hoạch; tỷ lệ lao động qua đào tạo đạt 71,5%. Từ đầu năm đến nay, huyện đã tổ chức 2 phiên giao dịch việc làm, kết nối thành công việc làm cho gần 700 lao động, chủ yếu vào làm việc tại các khu công nghiệp Tân Đức, Hạnh Phúc và Xuyên Á.

Phiên giao dịch tiếp theo dự kiến tổ chức vào ngày 12/4/2024 tại xã Hựu Thạnh. Người lao động có nhu cầu tìm việc liên hệ Tổ Dịch vụ việc làm huyện, số 9 đường Huỳnh Văn Tạo, thị trấn Hậu Nghĩa, hotline 0272.3779.168.

Minh Thư - Trung tâm VH-TT&TT huyện
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FROM = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-14")
figs = [
    F("thu hút hơn 1.500 lượt", "1.500", 1500, "count", "lượt người lao động", "lượt người lao động tham dự phiên giao dịch việc làm", approx="over"),
    F("có 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp", "doanh nghiệp tham gia tuyển dụng"),
    F("nhu cầu 4.250 chỉ tiêu", "4.250", 4250, "count", "chỉ tiêu", "tổng nhu cầu tuyển dụng"),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "lao động phổ thông trong tổng nhu cầu tuyển dụng", approx="about"),
    F("từ 6 đến 12 triệu", "6", 6e6, "money", "đồng/tháng", "mức lương doanh nghiệp đưa ra", value_max=12e6),
    F("trên 15 triệu đồng/tháng", "15", 15e6, "money", "đồng/tháng", "mức lương một số vị trí kỹ sư", approx="over"),
    F("từ 18 đến 45", "18", 18, "measure", "tuổi", "độ tuổi lao động được ưu tiên", value_max=45, optional=True),
    F("có hơn 1.500 lượt", "1.500", 1500, "count", "lượt người lao động", "lượt người lao động đến tham dự", approx="over"),
    F("; 862 lượt người", "862", 862, "count", "lượt người", "lượt người được phỏng vấn trực tiếp"),
    F("415 người được", "415", 415, "count", "người", "người được doanh nghiệp nhận vào làm việc ngay sau phiên", percent=48.1),
    F("cho 230 người", "230", 230, "count", "người", "người được tư vấn chính sách bảo hiểm thất nghiệp"),
    F("tiếp nhận 57 hồ sơ", "57", 57, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp tiếp nhận tại chỗ"),
    F("cho 5.862 lao động", "5.862", 5862, "count", "lao động", "lao động được giải quyết việc làm", Y23,
      change=C("increase", 17.2, baseline="kế hoạch")),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ lao động qua đào tạo", Y23),
    F("tổ chức 2 phiên", "2", 2, "count", "phiên", "phiên giao dịch việc làm", FROM),
    F("gần 700 lao động", "700", 700, "count", "lao động", "lao động được kết nối thành công việc làm", FROM, approx="nearly"),
]
header = [
    "Cổng TTĐT huyện Đức Hòa (district portal, Long An): mobile job fair of 13/3/2024 + district 2023 results. Dateline 'Ngày đăng: 14/03/2024 | Lượt xem: 726'.",
    "Distractors: 'Sáng 13/3', 'số 02/2024' (fair number), 'ngày 12/4/2024', 'số 9 đường Huỳnh Văn Tạo', hotline 0272.3779.168, view counter, names of industrial parks.",
    "Fair figures have no period phrase (only the event date) -> no period. The same '1.500 lượt' in title and body are two mentions, both gold.",
    "'chiếm khoảng 70%' after 'trong đó' is a percent figure of its own (a percent has no whole). Salary range 'từ 6 đến 12 triệu đồng/tháng': value_max,",
    "both ends multiplied. Age range 'từ 18 đến 45' is a criterion: optional. 'vượt 17,2% kế hoạch' is a gap to plan: a change with baseline 'kế hoạch'.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline.",
]
emit("p449-2", text, header, {"published": "2024-03-14", "location": "Đức Hòa"}, figs)
