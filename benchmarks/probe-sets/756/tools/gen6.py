"""p756-6: national press — kho máu thiếu hụt mùa hè 2024, Viện Huyết học - Truyền máu Trung ương."""
from lib import F, P, I, CH, emit

TEXT = """Sức khỏe
Thứ tư, 3/7/2024, 06:00 (GMT+7)

Kho máu nhiều bệnh viện thiếu 30-40% trong mùa hè

Lượng máu tiếp nhận giảm mạnh khi sinh viên nghỉ hè, trong khi người bệnh tan máu bẩm sinh cần truyền máu định kỳ.

Theo Viện Huyết học - Truyền máu Trung ương, 6 tháng đầu năm 2024 cả nước tiếp nhận hơn 748.000 đơn vị máu, đạt 47% kế hoạch năm, giảm 3,1% so với cùng kỳ. Riêng Viện tiếp nhận 198.600 đơn vị, chiếm 26,5% cả nước; Trung tâm Truyền máu Chợ Rẫy đứng thứ hai với 152.300 đơn vị.

Hiện lượng máu tiếp nhận mỗi ngày tại Viện chỉ đạt khoảng 1.200 đơn vị, trong khi nhu cầu của 170 bệnh viện tại 28 tỉnh, thành phía Bắc là 1.800-2.000 đơn vị/ngày. Nhóm máu O và A chỉ đủ dùng trong 3-4 ngày, thấp hơn nhiều so với mức dự trữ an toàn tối thiểu 7 ngày.

TS.BS Trần Minh Đức, Phó viện trưởng, cho biết khoảng 20.000 người bệnh thalassemia trên cả nước đang sử dụng tới 40% lượng máu. Mỗi người bệnh thể nặng cần truyền trung bình 1-2 đơn vị máu/tháng.

Trong tháng 6/2024, Viện tổ chức 215 điểm hiến máu lưu động, tăng 18 điểm so với tháng 5. Dự kiến tháng 7, Viện tổ chức thêm khoảng 60 điểm tại các khu công nghiệp và phối hợp tổ chức chương trình Hành trình Đỏ lần thứ 12 tại 35 tỉnh, thành.

Người dân có thể đăng ký hiến máu qua ứng dụng hoặc tổng đài 1900 1569.

Thùy An
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T6 = P("Trong tháng 6/2024", "2024-06-01", "2024-06-30")
T7 = P("tháng 7", "2024-07-01", "2024-07-31")

FIGS = [
    F("thiếu 30-40%", "30", 30, "percent", "%", "lượng máu thiếu hụt tại kho máu nhiều bệnh viện", value_max=40),
    F("hơn 748.000 đơn vị", "748.000", 748000, "count", "đơn vị máu", "đơn vị máu tiếp nhận", H1,
      approx="over", percent=47, change=CH("decrease", 3.1, "%", "cùng kỳ")),
    F("tiếp nhận 198.600 đơn vị", "198.600", 198600, "count", "đơn vị",
      "đơn vị máu Viện Huyết học - Truyền máu Trung ương tiếp nhận", I(H1), percent=26.5),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "xếp hạng tiếp nhận máu của Trung tâm Truyền máu Chợ Rẫy", I(H1)),
    F("với 152.300 đơn vị", "152.300", 152300, "count", "đơn vị",
      "đơn vị máu Trung tâm Truyền máu Chợ Rẫy tiếp nhận", I(H1)),
    F("khoảng 1.200 đơn vị", "1.200", 1200, "count", "đơn vị", "lượng máu tiếp nhận mỗi ngày tại Viện",
      approx="about"),
    F("của 170 bệnh viện", "170", 170, "count", "bệnh viện", "bệnh viện phía Bắc có nhu cầu máu"),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành", "tỉnh, thành phía Bắc"),
    F("là 1.800-2.000 đơn vị/ngày", "1.800", 1800, "measure", "đơn vị/ngày",
      "nhu cầu máu của 170 bệnh viện tại 28 tỉnh, thành phía Bắc", value_max=2000),
    F("trong 3-4 ngày", "3", 3, "measure", "ngày", "thời gian đủ dùng của nhóm máu O và A", value_max=4),
    F("tối thiểu 7 ngày", "7", 7, "measure", "ngày", "mức dự trữ an toàn", approx="at_least"),
    F("khoảng 20.000 người bệnh", "20.000", 20000, "count", "người bệnh", "người bệnh thalassemia trên cả nước",
      approx="about"),
    F("tới 40% lượng máu", "40", 40, "percent", "%", "lượng máu người bệnh thalassemia sử dụng"),
    F("trung bình 1-2 đơn vị máu/tháng", "1", 1, "measure", "đơn vị máu/tháng",
      "lượng máu mỗi người bệnh thể nặng cần truyền", value_max=2),
    F("tổ chức 215 điểm", "215", 215, "count", "điểm hiến máu lưu động", "điểm hiến máu lưu động", T6,
      change=CH("increase", 18, "điểm", "tháng 5")),
    F("khoảng 60 điểm", "60", 60, "count", "điểm", "điểm hiến máu lưu động tổ chức thêm tại các khu công nghiệp", T7,
      approx="about", status="forecast"),
    F("tại 35 tỉnh", "35", 35, "count", "tỉnh, thành", "tỉnh, thành tổ chức chương trình Hành trình Đỏ", T7,
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-style dateline 'Thứ tư, 3/7/2024, 06:00 (GMT+7)'): kho máu thiếu hụt mùa hè; thalassemia patients' blood use.",
    "The Viện Huyết học - Truyền máu Trung ương and the Chợ Rẫy centre are national institutions; no city is named, so location stays Việt Nam.",
    "'đứng thứ hai' is a rank (2). Rates with '/ngày', '/tháng' are measures with the denominator in the unit (1.800-2.000 đơn vị/ngày).",
    "'sử dụng tới 40% lượng máu' has no share cue (chiếm/đạt/bằng), so 40% is a percent figure of its own, not the percent of 20.000.",
    "'Dự kiến tháng 7' (year from the dateline/earlier periods: 2024) governs both clauses: 60 điểm and 35 tỉnh, thành are forecast.",
    "Not figures: '(GMT+7)', 'Nhóm máu O và A', 'Hành trình Đỏ lần thứ 12' (an edition), 'tổng đài 1900 1569', 'tháng 5' (baseline).",
]

if __name__ == "__main__":
    emit("p756-6", TEXT, COMMENTS, FIGS, published="2024-07-03", location="Việt Nam")
