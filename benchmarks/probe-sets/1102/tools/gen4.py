"""p1102-4: national (Việt Nam), central agency site (Cục Cảnh sát PCCC và CNCH, Bộ Công an)."""
from lib import F, P, I, C, T, write

text = """BỘ CÔNG AN - CỤC CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ
Trang chủ / Tin tức / Hoạt động nghiệp vụ
Ngày đăng: 05/03/2024 | Lượt xem: 1.207

Kết quả tổng kiểm tra an toàn PCCC đối với nhà chung cư trên toàn quốc

Thực hiện Công điện số 825/CĐ-TTg của Thủ tướng Chính phủ, từ tháng 9/2023 đến tháng 2/2024, lực lượng Cảnh sát PCCC và CNCH cả nước đã tổng kiểm tra 3.562 nhà chung cư cao tầng và hơn 22.000 chung cư mini, nhà nhiều tầng nhiều căn hộ. Qua kiểm tra, phát hiện 11.238 vi phạm; xử phạt 1.842 trường hợp với tổng số tiền hơn 38,6 tỷ đồng, tăng 2,3 lần so với cùng kỳ; tạm đình chỉ 312 trường hợp, đình chỉ 95 trường hợp.

Các địa phương kiểm tra nhiều nhà chung cư cao tầng nhất lần lượt là TP Hồ Chí Minh (1.128 nhà), Hà Nội (1.046 nhà), Bình Dương (174 nhà) và Đà Nẵng (96 nhà).

Tính đến hết năm 2023, cả nước có 4.217 nhà chung cư cao tầng, trong đó khoảng 2.900 nhà có chiều cao trên 25 m. Có 681 nhà chung cư (chiếm 16,1%) đã đưa vào sử dụng nhưng chưa được nghiệm thu về PCCC.

Năm 2023, các địa phương đã tổ chức 2.735 cuộc thực tập phương án chữa cháy tại nhà chung cư với hơn 410.000 lượt người tham gia. Tỷ lệ chung cư có đội PCCC cơ sở đạt 97,4%, tăng 6,2 điểm phần trăm so với năm 2022. Lực lượng Cảnh sát PCCC được đầu tư 46 xe thang chữa cháy có chiều cao làm việc từ 32 m đến 72 m, tổng kinh phí khoảng 1.650 tỷ đồng.

Năm 2024, Cục đặt mục tiêu 100% nhà chung cư cao tầng được kiểm tra định kỳ và tối thiểu 80% cư dân được hướng dẫn kỹ năng thoát nạn. Cục đang hoàn thiện dự thảo Nghị định sửa đổi Nghị định số 136/2020/NĐ-CP, dự kiến trình Chính phủ trong quý II/2024.
"""

TK = P("từ tháng 9/2023 đến tháng 2/2024", "2023-09-01", "2024-02-29")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
END23 = P("Tính đến hết năm 2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_LIST = "nhà chung cư cao tầng được kiểm tra"

figs = [
    F("kiểm tra 3.562 nhà", "3.562", 3562, "count", "nhà chung cư", "nhà chung cư cao tầng được tổng kiểm tra", TK),
    F("hơn 22.000 chung cư mini", "22.000", 22000, "count", "chung cư mini, nhà nhiều tầng nhiều căn hộ",
      "chung cư mini, nhà nhiều tầng nhiều căn hộ được tổng kiểm tra", TK, approx="over"),
    F("phát hiện 11.238 vi phạm", "11.238", 11238, "count", "vi phạm", "vi phạm phát hiện qua tổng kiểm tra", I(TK)),
    F("xử phạt 1.842 trường hợp", "1.842", 1842, "count", "trường hợp", "trường hợp bị xử phạt", I(TK)),
    F("hơn 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "tổng số tiền xử phạt", I(TK), approx="over",
      change=C("increase", 2.3, "lần", "cùng kỳ")),
    F("tạm đình chỉ 312 trường hợp", "312", 312, "count", "trường hợp", "trường hợp bị tạm đình chỉ", I(TK)),
    F("đình chỉ 95 trường hợp", "95", 95, "count", "trường hợp", "trường hợp bị đình chỉ", I(TK)),
    F("(1.128 nhà)", "1.128", 1128, "count", "nhà", SUBJ_LIST, I(TK), location="Hồ Chí Minh"),
    F("(1.046 nhà)", "1.046", 1046, "count", "nhà", SUBJ_LIST, I(TK), location="Hà Nội"),
    F("(174 nhà)", "174", 174, "count", "nhà", SUBJ_LIST, I(TK), location="Bình Dương"),
    F("(96 nhà)", "96", 96, "count", "nhà", SUBJ_LIST, I(TK), location="Đà Nẵng"),
    F("có 4.217 nhà", "4.217", 4217, "count", "nhà chung cư", "nhà chung cư cao tầng", END23),
    F("khoảng 2.900 nhà", "2.900", 2900, "count", "nhà", "nhà chung cư có chiều cao trên 25 m", END23,
      approx="about", total=4217),
    F("trên 25 m", "25", 25, "measure", "m", "chiều cao nhà chung cư", approx="over", optional=True),
    F("Có 681 nhà", "681", 681, "count", "nhà chung cư",
      "nhà chung cư đã đưa vào sử dụng nhưng chưa được nghiệm thu về PCCC", I(END23), percent=16.1),
    F("tổ chức 2.735 cuộc", "2.735", 2735, "count", "cuộc", "cuộc thực tập phương án chữa cháy tại nhà chung cư", Y23),
    F("hơn 410.000 lượt người", "410.000", 410000, "count", "lượt người", "lượt người tham gia thực tập phương án chữa cháy",
      Y23, approx="over"),
    F("đạt 97,4%", "97,4", 97.4, "percent", "%", "tỷ lệ chung cư có đội PCCC cơ sở", I(Y23),
      change=C("increase", 6.2, "điểm phần trăm", "năm 2022")),
    F("đầu tư 46 xe thang", "46", 46, "count", "xe thang chữa cháy", "xe thang chữa cháy được đầu tư", I(Y23)),
    F("từ 32 m đến 72 m", "32", 32, "measure", "m", "chiều cao làm việc của xe thang", value_max=72, optional=True),
    F("khoảng 1.650 tỷ đồng", "1.650", 1650e9, "money", "đồng", "tổng kinh phí đầu tư xe thang chữa cháy", I(Y23),
      approx="about"),
    F("mục tiêu 100% nhà", "100", 100, "percent", "%", "nhà chung cư cao tầng được kiểm tra định kỳ", Y24, status="target"),
    F("tối thiểu 80% cư dân", "80", 80, "percent", "%", "cư dân được hướng dẫn kỹ năng thoát nạn", Y24,
      approx="at_least", status="target"),
]

write("p1102-4", text, [
    "Central agency site (Cục Cảnh sát PCCC và CNCH, Bộ Công an): national inspection campaign 9/2023-2/2024, stock, drills 2023, targets 2024.",
    "Location Việt Nam; the ranking list 'lần lượt là TP Hồ Chí Minh (1.128 nhà), ...' gives each item its province as location",
    "(the list does not add up to 3.562: no total). 'tăng 2,3 lần so với cùng kỳ' is the change of 38,6 tỷ (unit lần).",
    "'khoảng 2.900 nhà' after 'trong đó' -> total 4.217. '681 nhà (chiếm 16,1%)' is a new sentence without part-of cue: percent only.",
    "'97,4%, tăng 6,2 điểm phần trăm' -> change in điểm phần trăm. Threshold 'trên 25 m' and ladder spec '32 m đến 72 m' optional.",
    "Distractors: Công điện số 825/CĐ-TTg, Nghị định số 136/2020/NĐ-CP, quý II/2024 (a schedule, no figure), Lượt xem 1.207.",
], figs, published="2024-03-05", location="Việt Nam")
