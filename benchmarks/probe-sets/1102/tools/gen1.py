"""p1102-1: Bình Dương, province portal (breadcrumb, Cập nhật | Lượt xem)."""
from lib import F, P, I, C, T, write

text = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Kiểm tra 86 chung cư cao tầng, xử phạt hơn 600 triệu đồng

6 tháng đầu năm 2024, Phòng Cảnh sát PCCC và CNCH (PC07) Công an tỉnh Bình Dương đã phối hợp với các địa phương kiểm tra an toàn phòng cháy, chữa cháy tại 86 nhà chung cư cao tầng, gồm TP Thuận An (34 chung cư, chủ yếu dọc Quốc lộ 13), TP Dĩ An (29 chung cư) và TP Thủ Dầu Một (23 chung cư). Qua kiểm tra, lực lượng chức năng phát hiện 214 tồn tại, vi phạm, tăng 11,5% so với cùng kỳ năm 2023; trong đó có 58 vi phạm về hệ thống báo cháy tự động và 41 vi phạm về lối thoát nạn.

Công an tỉnh đã xử phạt vi phạm hành chính 37 trường hợp với tổng số tiền 612 triệu đồng theo Nghị định số 144/2021/NĐ-CP, tạm đình chỉ hoạt động 4 hạng mục công trình. Đáng chú ý, có 9 chung cư đưa vào sử dụng khi chưa được nghiệm thu về PCCC; có tòa nhà hơn 30% đầu báo cháy không hoạt động. Đến nay, 173/214 tồn tại đã được khắc phục, đạt 80,8%.

Cùng với công tác kiểm tra, từ đầu năm đến nay, toàn tỉnh tổ chức 52 cuộc thực tập phương án chữa cháy và cứu nạn, cứu hộ tại các chung cư, thu hút hơn 9.400 lượt người tham gia, bình quân khoảng 180 người/cuộc. Số lượt người tham gia gấp 1,4 lần cùng kỳ năm trước. Thời gian thoát nạn trung bình của cư dân từ 12 đến 15 phút.

6 tháng cuối năm, Công an tỉnh phấn đấu kiểm tra 100% chung cư cao tầng còn lại (khoảng 40 công trình) và tổ chức ít nhất 30 cuộc thực tập phương án chữa cháy. Khi phát hiện cháy, nổ, người dân cần gọi ngay số 114 hoặc 0274.3822.114.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-14")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
SUBJ_INSP = "nhà chung cư cao tầng được kiểm tra an toàn phòng cháy, chữa cháy"

figs = [
    F("Kiểm tra 86 chung cư cao tầng", "86", 86, "count", "chung cư", "chung cư cao tầng được kiểm tra"),
    F("xử phạt hơn 600 triệu đồng", "600", 600e6, "money", "đồng", "tiền xử phạt", approx="over"),
    F("tại 86 nhà chung cư cao tầng", "86", 86, "count", "nhà chung cư", SUBJ_INSP, H1),
    F("TP Thuận An (34 chung cư", "34", 34, "count", "chung cư", SUBJ_INSP, H1, total=86, location="Thuận An"),
    F("TP Dĩ An (29 chung cư)", "29", 29, "count", "chung cư", SUBJ_INSP, H1, total=86, location="Dĩ An"),
    F("TP Thủ Dầu Một (23 chung cư)", "23", 23, "count", "chung cư", SUBJ_INSP, H1, total=86, location="Thủ Dầu Một"),
    F("phát hiện 214 tồn tại", "214", 214, "count", "tồn tại, vi phạm", "tồn tại, vi phạm phát hiện qua kiểm tra", I(H1),
      change=C("increase", 11.5, "%", "cùng kỳ năm 2023")),
    F("có 58 vi phạm", "58", 58, "count", "vi phạm", "vi phạm về hệ thống báo cháy tự động", I(H1), total=214),
    F("và 41 vi phạm", "41", 41, "count", "vi phạm", "vi phạm về lối thoát nạn", I(H1), total=214),
    F("hành chính 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", I(H1)),
    F("tổng số tiền 612 triệu đồng", "612", 612e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(H1)),
    F("hoạt động 4 hạng mục", "4", 4, "count", "hạng mục công trình", "hạng mục công trình bị tạm đình chỉ hoạt động", I(H1)),
    F("có 9 chung cư", "9", 9, "count", "chung cư", "chung cư đưa vào sử dụng khi chưa được nghiệm thu về PCCC", I(H1)),
    F("hơn 30% đầu báo cháy", "30", 30, "percent", "%", "đầu báo cháy không hoạt động", approx="over"),
    F("173/214 tồn tại", "173", 173, "count", "tồn tại", "tồn tại đã được khắc phục",
      P("Đến nay", None, "2024-08-14"), total=214, percent=80.8),
    F("tổ chức 52 cuộc", "52", 52, "count", "cuộc",
      "cuộc thực tập phương án chữa cháy và cứu nạn, cứu hộ tại các chung cư", YTD),
    F("hơn 9.400 lượt người", "9.400", 9400, "count", "lượt người", "lượt người tham gia thực tập phương án chữa cháy",
      YTD, approx="over"),
    F("khoảng 180 người/cuộc", "180", 180, "measure", "người/cuộc", "người tham gia bình quân mỗi cuộc thực tập", YTD,
      approx="about"),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "số lượt người tham gia thực tập so với cùng kỳ năm trước", I(YTD)),
    F("từ 12 đến 15 phút", "12", 12, "measure", "phút", "thời gian thoát nạn trung bình của cư dân", I(YTD), value_max=15),
    F("kiểm tra 100% chung cư", "100", 100, "percent", "%", "chung cư cao tầng còn lại được kiểm tra", H2, status="target"),
    F("(khoảng 40 công trình)", "40", 40, "count", "công trình", "chung cư cao tầng còn lại cần kiểm tra", H2,
      approx="about", status="target"),
    F("ít nhất 30 cuộc", "30", 30, "count", "cuộc", "cuộc thực tập phương án chữa cháy", H2,
      approx="at_least", status="target"),
]

write("p1102-1", text, [
    "Province portal (Bình Dương): PCCC inspections of high-rise apartment buildings, H1/2024, and fire drills year to date.",
    "Headline figures (86, hơn 600 triệu) are figures without a period. 'gồm' + bracketed districts that add up to 86 -> total 86.",
    "'6 tháng cuối năm' (target) takes 2024. 'Đến nay' and 'từ đầu năm đến nay' end at the dateline 2024-08-14.",
    "Distractors: PC07, Quốc lộ 13, Nghị định số 144/2021/NĐ-CP, 114, 0274.3822.114, Lượt xem 2.316, 09:45.",
], figs, published="2024-08-14", location="Bình Dương")
