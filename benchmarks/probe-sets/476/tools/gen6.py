"""p476-6: national press (VnExpress style), Hà Nội job fairs Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Thứ tư, 17/4/2024, 06:30 (GMT+7)

Hà Nội cần tuyển hơn 47.000 lao động trong quý I

Các phiên giao dịch việc làm tại Hà Nội trong quý I/2024 đưa ra 47.260 chỉ tiêu tuyển dụng, nhưng chỉ 6.350 người trúng tuyển.

Theo Trung tâm Dịch vụ việc làm Hà Nội (số 215 Trung Kính, quận Cầu Giấy), quý I/2024 đơn vị tổ chức 32 phiên giao dịch việc làm với 1.450 lượt doanh nghiệp tham gia. Khoảng 16.800 lượt người lao động được tư vấn, giới thiệu việc làm; 6.350 người trúng tuyển, chiếm 37,8% số được phỏng vấn.

Ngoài các phiên định kỳ tại sàn, trung tâm tổ chức phiên lưu động ở các huyện ngoại thành. Sóc Sơn, Ba Vì và Mỹ Đức lần lượt có 4, 3 và 3 phiên, chủ yếu tuyển lao động phổ thông cho các khu công nghiệp Nội Bài, Quang Minh.

Mức lương doanh nghiệp đưa ra phổ biến 7-12 triệu đồng/tháng; nhóm kỹ sư, lập trình viên từ 15 đến 25 triệu đồng. Khoảng 65% vị trí yêu cầu lao động đã qua đào tạo.

Cũng trong quý, 17.640 người nộp hồ sơ hưởng trợ cấp thất nghiệp, giảm 8,3% so với cùng kỳ năm 2023; số tiền chi trả đạt 1.235,4 tỷ đồng. Theo Sở Lao động - Thương binh và Xã hội, Hà Nội đứng thứ 2 cả nước về số lao động được giải quyết việc làm.

Ông Vũ Quang Thành, Phó giám đốc trung tâm, dự báo quý II nhu cầu tuyển dụng khoảng 50.000-55.000 lao động, tập trung ở dệt may, điện tử, logistics. Trung tâm sẽ tổ chức phiên chuyên đề cho lao động trên 35 tuổi vào ngày 25/4.

Hồng Chiêu
"""

Q1h = P("quý I", "2024-01-01", "2024-03-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1t = P("trong quý", "2024-01-01", "2024-03-31")
Q2 = P("quý II", "2024-04-01", "2024-06-30")
SUBJ_MOBILE = "phiên giao dịch việc làm lưu động"

FIGS = [
    F("hơn 47.000 lao động", "47.000", 47000, "count", "lao động", "lao động cần tuyển", Q1h, approx="over"),
    F("ra 47.260 chỉ tiêu", "47.260", 47260, "count", "chỉ tiêu tuyển dụng", "chỉ tiêu tuyển dụng", Q1),
    F("chỉ 6.350 người", "6.350", 6350, "count", "người", "người trúng tuyển", Q1),
    F("tổ chức 32 phiên", "32", 32, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm", Q1),
    F("với 1.450 lượt", "1.450", 1450, "count", "lượt doanh nghiệp", "lượt doanh nghiệp tham gia", Q1),
    F("Khoảng 16.800 lượt", "16.800", 16800, "count", "lượt người lao động",
      "lượt người lao động được tư vấn, giới thiệu việc làm", I(Q1), approx="about"),
    F("; 6.350 người", "6.350", 6350, "count", "người", "người trúng tuyển", I(Q1), percent=37.8),
    F("có 4, 3", "4", 4, "count", "phiên", SUBJ_MOBILE, I(Q1), location="Sóc Sơn"),
    F("4, 3 và", "3", 3, "count", "phiên", SUBJ_MOBILE, I(Q1), location="Ba Vì"),
    F("và 3 phiên", "3", 3, "count", "phiên", SUBJ_MOBILE, I(Q1), location="Mỹ Đức"),
    F("phổ biến 7-12 triệu", "7", 7e6, "money", "đồng/tháng", "mức lương doanh nghiệp đưa ra phổ biến", I(Q1),
      value_max=12e6),
    F("từ 15 đến 25 triệu", "15", 15e6, "money", "đồng", "mức lương nhóm kỹ sư, lập trình viên", I(Q1), value_max=25e6),
    F("Khoảng 65%", "65", 65, "percent", "%", "vị trí yêu cầu lao động đã qua đào tạo", I(Q1), approx="about"),
    F("quý, 17.640 người", "17.640", 17640, "count", "người", "người nộp hồ sơ hưởng trợ cấp thất nghiệp", Q1t,
      change=CH("decrease", 8.3, baseline="cùng kỳ năm 2023")),
    F("đạt 1.235,4 tỷ đồng", "1.235,4", 1235.4e9, "money", "đồng", "số tiền chi trả trợ cấp thất nghiệp", Q1t),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "số lao động được giải quyết việc làm", I(Q1)),
    F("khoảng 50.000-55.000", "50.000", 50000, "count", "lao động", "nhu cầu tuyển dụng", Q2, value_max=55000,
      approx="about", status="forecast"),
    F("trên 35 tuổi", "35", 35, "measure", "tuổi", None, None, approx="over", optional=True),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ tư, 17/4/2024, 06:30 (GMT+7)'): phiên giao dịch việc làm tại Hà Nội quý I/2024.",
    "Headline 'quý I' takes the year of the dateline; 'Cũng trong quý' refers back to quý I/2024 (like 'trong tháng' in the spec table).",
    "'lần lượt có 4, 3 và 3 phiên': three figures with the districts as locations. 'đứng thứ 2 cả nước' is a Hà Nội rank.",
    "'dự báo' -> forecast. 'lao động trên 35 tuổi' is an eligibility threshold (optional).",
    "Distractors: (GMT+7), số 215 Trung Kính, 'ngày 25/4', person names, 06:30.",
]

if __name__ == "__main__":
    emit("p476-6", TEXT, COMMENTS, FIGS, published="2024-04-17", location="Hà Nội")
