"""p858-4: ministry site (Bộ LĐ-TB&XH), national results of 2024, published 24/02/2025."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Giáo dục nghề nghiệp
Hơn 64.000 lao động nữ nông thôn học nghề làm đẹp trong năm 2024
Ngày đăng: 24/02/2025 | Lượt xem: 1.207

Theo báo cáo tổng hợp của Tổng cục Giáo dục nghề nghiệp về thực hiện chính sách hỗ trợ đào tạo trình độ sơ cấp và đào tạo dưới 3 tháng, năm 2024 cả nước đã tuyển sinh, đào tạo nghề cho khoảng 1,85 triệu lao động nông thôn, trong đó lao động nữ chiếm 52,4%.

Nhóm nghề dịch vụ làm đẹp (cắt tóc, gội đầu, chăm sóc da, chăm sóc móng, trang điểm) thu hút hơn 64.000 học viên nữ, tăng 12,5% so với năm 2023 và gấp 2,3 lần năm 2019. Đã có 63/63 tỉnh, thành phố tổ chức đào tạo nhóm nghề này. Các địa phương có số học viên đông nhất lần lượt là Nghệ An (3.870 người), An Giang (3.215 người), Thái Bình (2.985 người) và Sóc Trăng (2.640 người).

Tỷ lệ học viên có việc làm sau đào tạo nhóm nghề này đạt bình quân 82,6%, cao hơn 4,1 điểm phần trăm so với bình quân chung các nghề phi nông nghiệp. Chi phí đào tạo bình quân khoảng 2,8 triệu đồng/học viên/khóa; thời gian đào tạo phổ biến từ 2 đến 3 tháng.

Theo Thông tư số 43/2016/TT-BLĐTBXH, phụ nữ thuộc hộ nghèo, người dân tộc thiểu số được ưu tiên hỗ trợ ở mức cao nhất. Mục tiêu giai đoạn 2025-2030 là mỗi năm đào tạo nghề làm đẹp cho khoảng 70.000 lao động nữ nông thôn; phấn đấu đến năm 2030 có ít nhất 85% học viên có việc làm sau đào tạo.

Cổng Thông tin điện tử Bộ Lao động - Thương binh và Xã hội
Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9553
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
G = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "học viên nữ học nghề làm đẹp"

FIGS = [
    F("Hơn 64.000 lao động", "64.000", 64000, "count", "lao động nữ nông thôn",
      "lao động nữ nông thôn học nghề làm đẹp", P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("dưới 3 tháng", "3", 3, "measure", "tháng", "trình độ đào tạo dưới 3 tháng", approx="under", optional=True),
    F("khoảng 1,85 triệu lao động", "1,85", 1.85e6, "count", "lao động nông thôn",
      "lao động nông thôn được tuyển sinh, đào tạo nghề", Y24, approx="about"),
    F("chiếm 52,4%", "52,4", 52.4, "percent", "%", "lao động nữ trong số lao động nông thôn học nghề", Y24),
    F("hơn 64.000 học viên", "64.000", 64000, "count", "học viên", "học viên nữ nhóm nghề dịch vụ làm đẹp",
      I(Y24), approx="over", change=C("increase", 12.5, "%", "năm 2023")),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "học viên nữ nhóm nghề dịch vụ làm đẹp so với năm 2019",
      optional=True),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố tổ chức đào tạo nhóm nghề làm đẹp",
      total=63),
    F("Nghệ An (3.870 người)", "3.870", 3870, "count", "người", SUBJ, I(Y24), location="Nghệ An"),
    F("An Giang (3.215 người)", "3.215", 3215, "count", "người", SUBJ, I(Y24), location="An Giang"),
    F("Thái Bình (2.985 người)", "2.985", 2985, "count", "người", SUBJ, I(Y24), location="Thái Bình"),
    F("Sóc Trăng (2.640 người)", "2.640", 2640, "count", "người", SUBJ, I(Y24), location="Sóc Trăng"),
    F("bình quân 82,6%", "82,6", 82.6, "percent", "%",
      "tỷ lệ học viên có việc làm sau đào tạo nhóm nghề làm đẹp",
      change=C("increase", 4.1, "điểm phần trăm", "bình quân chung các nghề phi nông nghiệp")),
    F("khoảng 2,8 triệu", "2,8", 2.8e6, "money", "đồng/học viên/khóa", "chi phí đào tạo bình quân", approx="about"),
    F("từ 2 đến 3 tháng", "2", 2, "measure", "tháng", "thời gian đào tạo phổ biến", value_max=3),
    F("khoảng 70.000 lao động", "70.000", 70000, "count", "lao động nữ nông thôn",
      "lao động nữ nông thôn được đào tạo nghề làm đẹp mỗi năm", G, approx="about", status="target"),
    F("ít nhất 85% học viên", "85", 85, "percent", "%", "học viên có việc làm sau đào tạo", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT Bộ LĐ-TB&XH: kết quả đào tạo nghề làm đẹp cho lao động nữ nông thôn năm 2024 (national), mục tiêu 2025-2030.",
    "'trong đó lao động nữ chiếm 52,4%' is the share of a part, not of 1,85 triệu: a percent figure of its own.",
    "'tăng 12,5% so với năm 2023 và gấp 2,3 lần năm 2019': the first is the change; the second comparison is a figure of its own, optional.",
    "'cao hơn 4,1 điểm phần trăm so với ...' is the change of 82,6%. Provinces in the 'lần lượt' list are locations, subject = list's indicator.",
    "'đào tạo dưới 3 tháng' names a training level (a category threshold): optional. Distractors: TT 43/2016, 024.3826.9553, Số 12 Ngô Quyền.",
]

write("p858-4", TEXT, FIGS, NOTES, published="2025-02-24", location="Việt Nam")
