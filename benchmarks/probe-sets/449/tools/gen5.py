import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, F, P, C, T

text = """Lao động mất việc tăng, Trung tâm Dịch vụ việc làm Hải Dương tất bật giải quyết hồ sơ
THANH HÀ 06:45, 05/11/2024

Từ đầu năm đến nay, mỗi ngày Trung tâm Dịch vụ việc làm tỉnh Hải Dương tiếp nhận bình quân khoảng 150 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, có ngày lên tới hơn 300 hồ sơ.

Anh Nguyễn Văn Tuấn (35 tuổi, ở phường Tứ Minh, TP Hải Dương) vừa bị công ty sản xuất linh kiện điện tử cho thôi việc sau sáu năm gắn bó. “Tôi đóng bảo hiểm thất nghiệp được 72 tháng nên được hưởng 6 tháng trợ cấp, mỗi tháng hơn 3,8 triệu đồng”, anh Tuấn nói.

Theo ông Phạm Văn Hòa, Giám đốc Trung tâm, 10 tháng năm 2024, trung tâm đã tiếp nhận 31.760 hồ sơ, tăng gần 1,3 lần so với cùng kỳ năm 2023; ra quyết định hưởng cho 29.875 người với tổng số tiền trên 1.020 tỷ đồng. Lao động mất việc tập trung ở các khu công nghiệp Đại An, Phúc Điền, Tân Trường và Lai Vu (huyện Kim Thành); riêng hai doanh nghiệp may mặc và điện tử đã cắt giảm gần 4.000 người.

Để hỗ trợ người lao động sớm quay lại thị trường, từ tháng 8 đến nay, trung tâm tổ chức ba phiên giao dịch việc làm chuyên đề, kết nối 1.150 người với các doanh nghiệp tuyển dụng; khoảng 40% trong số đó đã tìm được việc làm mới. Số người tham gia học nghề theo chính sách bảo hiểm thất nghiệp cũng tăng mạnh, đạt 265 người, gấp đôi cùng kỳ.

Ông Hòa cho biết, năm 2025 trung tâm phấn đấu giới thiệu việc làm thành công cho ít nhất 12.000 lao động, tăng 20% so với năm 2024. Người lao động cần hỗ trợ có thể đến trụ sở trung tâm tại số 8 đường Thanh Niên, TP Hải Dương hoặc gọi số 0220.3891.368 trong giờ hành chính.
"""

FROM = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-05")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10i = P("10 tháng năm 2024", "2024-01-01", "2024-10-31", inh=True)
AUG = P("từ tháng 8 đến nay", "2024-08-01", "2024-11-05")
AUGi = P("từ tháng 8 đến nay", "2024-08-01", "2024-11-05", inh=True)
figs = [
    F("khoảng 150 hồ sơ", "150", 150, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp tiếp nhận bình quân mỗi ngày", FROM, approx="about"),
    F("hơn 300 hồ sơ", "300", 300, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp tiếp nhận có ngày", FROM, approx="over"),
    F("(35 tuổi", "35", 35, "measure", "tuổi", "tuổi của anh Nguyễn Văn Tuấn", optional=True),
    F("sau sáu năm", "sáu", 6, "measure", "năm", "thời gian làm việc", optional=True),
    F("được 72 tháng", "72", 72, "measure", "tháng", "thời gian đóng bảo hiểm thất nghiệp", optional=True),
    F("hưởng 6 tháng", "6", 6, "measure", "tháng", "thời gian hưởng trợ cấp thất nghiệp", optional=True),
    F("hơn 3,8 triệu đồng", "3,8", 3.8e6, "money", "đồng", "trợ cấp thất nghiệp mỗi tháng của anh Tuấn", approx="over"),
    F("tiếp nhận 31.760 hồ sơ", "31.760", 31760, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", M10,
      change=C("increase", 1.3, unit="lần", approx="nearly", baseline="cùng kỳ năm 2023")),
    F("cho 29.875 người", "29.875", 29875, "count", "người", "người có quyết định hưởng trợ cấp thất nghiệp", M10),
    F("trên 1.020 tỷ đồng", "1.020", 1020e9, "money", "đồng", "tổng số tiền trợ cấp thất nghiệp", M10, approx="over"),
    F("riêng hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp", "doanh nghiệp may mặc và điện tử cắt giảm lao động", M10i, optional=True),
    F("gần 4.000 người", "4.000", 4000, "count", "người", "người lao động bị cắt giảm", M10i, approx="nearly"),
    F("tổ chức ba phiên", "ba", 3, "count", "phiên", "phiên giao dịch việc làm chuyên đề", AUG),
    F("kết nối 1.150 người", "1.150", 1150, "count", "người", "người được kết nối với doanh nghiệp tuyển dụng", AUG),
    F("khoảng 40% trong số đó", "40", 40, "percent", "%", "người đã tìm được việc làm mới", AUG, approx="about"),
    F("đạt 265 người", "265", 265, "count", "người", "người tham gia học nghề theo chính sách bảo hiểm thất nghiệp", AUGi,
      change=C("increase", 2, unit="lần", baseline="cùng kỳ")),
    F("ít nhất 12.000 lao động", "12.000", 12000, "count", "lao động", "lao động được giới thiệu việc làm thành công",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target",
      change=C("increase", 20, baseline="năm 2024")),
]
header = [
    "revised after the first run: subject of 'hơn 300 hồ sơ' is the indicator the sentence names (hồ sơ đề nghị hưởng TCTN), not an invented 'cao nhất'.",
    "Báo Hải Dương (Party newspaper): feature on rising job losses and the province's employment-service centre. Byline dateline 'THANH HÀ 06:45, 05/11/2024'.",
    "Personal anecdote: age, years of work, months of contributions and of benefit are optional; the worker's monthly benefit is a money figure.",
    "'tăng gần 1,3 lần so với cùng kỳ' is the change of 31.760 (unit lần, nearly). 'riêng hai doanh nghiệp' is a list head: optional.",
    "'từ tháng 8 đến nay' runs from 2024-08-01 to the dateline. 'khoảng 40% trong số đó' is a share standing alone (percent figure, no total).",
    "'đạt 265 người, gấp đôi cùng kỳ': the multiple is 265's change (2 lần); its period is inherited (next sentence). 2025 target with 'ít nhất' and a change.",
    "Distractors: the worker's home ward, 'huyện Kim Thành' (site of the parks), 'số 8 đường Thanh Niên', phone 0220.3891.368.",
]
emit("p449-5", text, header, {"published": "2024-11-05", "location": "Hải Dương"}, figs)
