"""p605-4: ministry site (Bộ LĐ-TB&XH) — unemployment insurance H1/2024, national, top provinces, fund balance, forecast."""
from lib import F, P, I, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ » Tin tức » Việc làm

Hơn 527 nghìn người nộp hồ sơ hưởng trợ cấp thất nghiệp trong 6 tháng đầu năm

Ngày đăng: 22/07/2024 | Lượt xem: 1.276

Theo báo cáo của Cục Việc làm, 6 tháng đầu năm 2024, cả nước có 527.416 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 4,8% so với cùng kỳ năm 2023; 512.093 người có quyết định hưởng trợ cấp thất nghiệp, chiếm 97,1% số người nộp hồ sơ.

Tổng số tiền chi trả trợ cấp thất nghiệp ước đạt 8.942,6 tỷ đồng. Bên cạnh đó, các trung tâm dịch vụ việc làm đã tư vấn, giới thiệu việc làm cho 746.210 lượt người; hỗ trợ học nghề cho 14.305 người.

Các địa phương có số người hưởng trợ cấp thất nghiệp nhiều nhất lần lượt là TP Hồ Chí Minh (98.640 người), Bình Dương (61.275 người), Đồng Nai (38.912 người) và Hà Nội (36.480 người).

Tính đến ngày 30/6/2024, số người tham gia bảo hiểm thất nghiệp đạt 14,6 triệu người, chiếm khoảng 31% lực lượng lao động trong độ tuổi. Kết dư Quỹ bảo hiểm thất nghiệp khoảng 59,3 nghìn tỷ đồng.

Dự báo trong 6 tháng cuối năm, số người hưởng trợ cấp thất nghiệp có thể tăng thêm từ 450 đến 500 nghìn người do một số doanh nghiệp dệt may, da giày thiếu đơn hàng.

Dự thảo Luật Việc làm (sửa đổi) trình Quốc hội tại Kỳ họp thứ 8 sẽ mở rộng đối tượng tham gia bảo hiểm thất nghiệp sang người lao động có hợp đồng từ 1 tháng trở lên.

Cổng thông tin điện tử Bộ Lao động - Thương binh và Xã hội
Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.38269556
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1h = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("Hơn 527 nghìn người", "527", 527000, "count", "người", "người nộp hồ sơ hưởng trợ cấp thất nghiệp", H1h, approx="over"),
    F("có 527.416 người", "527.416", 527416, "count", "người", "người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp", H1,
      change={"direction": "increase", "value": 4.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("512.093 người", "512.093", 512093, "count", "người", "người có quyết định hưởng trợ cấp thất nghiệp", H1, percent=97.1),
    F("ước đạt 8.942,6 tỷ đồng", "8.942,6", 8942.6e9, "money", "đồng", "tổng số tiền chi trả trợ cấp thất nghiệp", I(H1), status="estimate"),
    F("cho 746.210 lượt người", "746.210", 746210, "count", "lượt người", "lượt người được tư vấn, giới thiệu việc làm", I(H1)),
    F("cho 14.305 người", "14.305", 14305, "count", "người", "người được hỗ trợ học nghề", I(H1)),
    F("Minh (98.640 người)", "98.640", 98640, "count", "người", "người hưởng trợ cấp thất nghiệp", I(H1), location="TP Hồ Chí Minh"),
    F("Dương (61.275 người)", "61.275", 61275, "count", "người", "người hưởng trợ cấp thất nghiệp", I(H1), location="Bình Dương"),
    F("Nai (38.912 người)", "38.912", 38912, "count", "người", "người hưởng trợ cấp thất nghiệp", I(H1), location="Đồng Nai"),
    F("Nội (36.480 người)", "36.480", 36480, "count", "người", "người hưởng trợ cấp thất nghiệp", I(H1), location="Hà Nội"),
    F("đạt 14,6 triệu người", "14,6", 14.6e6, "count", "người", "người tham gia bảo hiểm thất nghiệp", ASOF, percent=31),
    F("khoảng 59,3 nghìn tỷ đồng", "59,3", 59.3e12, "money", "đồng", "kết dư Quỹ bảo hiểm thất nghiệp", I(ASOF), approx="about"),
    F("từ 450 đến 500 nghìn người", "450", 450000, "count", "người", "người hưởng trợ cấp thất nghiệp tăng thêm", H2,
      value_max=500000, status="forecast"),
    F("từ 1 tháng trở lên", "1", 1, "measure", "tháng", approx="at_least", optional=True),
]

COMMENTS = [
    "Bộ LĐ-TB&XH site: unemployment insurance 6 tháng đầu năm 2024 — applications, decisions, payments, job counselling, top provinces, fund, forecast.",
    "Dateline 'Ngày đăng: 22/07/2024 | Lượt xem: 1.276' (counter not a figure). Headline '6 tháng đầu năm' takes the year 2024 (dateline/lead).",
    "'chiếm 97,1% số người nộp hồ sơ' is a share (percent) only: no number of the whole is restated, so no total. 'chiếm khoảng 31%' likewise.",
    "Provinces in the 'lần lượt' list go to location; the indicator is the subject. 'từ 450 đến 500 nghìn' is a range, multiplier on both ends; 'Dự báo' → forecast.",
    "'nghìn tỷ' = ×10^12. Distractors: 'Kỳ họp thứ 8', 'Số 12 Ngô Quyền', phone, counter. 'từ 1 tháng trở lên' is a threshold: optional.",
]

if __name__ == "__main__":
    emit("p605-4", TEXT, COMMENTS, FIGS, published="2024-07-22", location="Việt Nam")
