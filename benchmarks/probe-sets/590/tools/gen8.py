"""p590-8: provincial police site (Công an tỉnh Đồng Tháp) — Trại tạm giam 9 tháng 2024."""
from lib import F, P, I, CH, emit

TEXT = """CÔNG AN TỈNH ĐỒNG THÁP
Trang chủ > Hoạt động Công an tỉnh

Trại tạm giam Công an tỉnh: 9 tháng tiếp nhận 1.784 lượt người bị tạm giữ, tạm giam

Ngày đăng: 08/10/2024 | Lượt xem: 642

9 tháng năm 2024, Trại tạm giam Công an tỉnh và nhà tạm giữ Công an 12 huyện, thành phố đã tiếp nhận 1.784 lượt người bị tạm giữ, tạm giam, tăng 6,2% so với cùng kỳ; riêng quý III tiếp nhận 632 lượt. Tính đến ngày 30/9/2024, trại đang quản lý 918 người, trong đó 71 người là nữ, 9 người dưới 18 tuổi và 364 phạm nhân đang chờ chuyển đi trại giam.

Trại luôn bảo đảm chế độ ăn, mặc, chăm sóc y tế theo quy định, định mức lương thực 17 kg gạo/người/tháng. Trong 9 tháng, trại đã tổ chức 46 đợt khám sức khỏe định kỳ, điều trị cho 1.203 lượt người; số người phải chuyển đi điều trị tại bệnh viện tuyến tỉnh gấp 2 lần cùng kỳ.

Thực hiện Luật Thi hành tạm giữ, tạm giam năm 2015, trại đã giải quyết cho 2.145 lượt thân nhân thăm gặp, trong đó 538 lượt thăm gặp trực tuyến; nhận gửi 1,26 tỷ đồng tiền lưu ký của người bị tạm giam. Không để xảy ra trường hợp trốn trại, chết do thiếu trách nhiệm.

Với kết quả trên, Trại tạm giam được Cục C10 xếp thứ 3 toàn lực lượng trong phong trào thi đua năm 2023. Quý IV/2024, trại dự kiến tiếp nhận khoảng 600 lượt người, ước cả năm đạt 2.384 lượt; phấn đấu tỷ lệ người bị tạm giam được phổ biến pháp luật đạt 100%.

Địa chỉ: số 35 Lý Thường Kiệt, Phường 1, TP Cao Lãnh
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9h = P("9 tháng", "2024-01-01", "2024-09-30")
M9b = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")
INTAKE = "lượt người bị tạm giữ, tạm giam được tiếp nhận"

FIGS = [
    F("9 tháng tiếp nhận 1.784", "1.784", 1784, "count", "lượt người", INTAKE, M9h),
    F("Công an 12 huyện", "12", 12, "count", "huyện, thành phố", "huyện, thành phố có nhà tạm giữ", M9),
    F("đã tiếp nhận 1.784 lượt", "1.784", 1784, "count", "lượt người", INTAKE, M9,
      change=CH("increase", 6.2, baseline="cùng kỳ")),
    F("tiếp nhận 632 lượt", "632", 632, "count", "lượt", "lượt người bị tạm giữ, tạm giam được tiếp nhận quý III", Q3),
    F("quản lý 918 người", "918", 918, "count", "người", "người trại đang quản lý", ASOF),
    F("71 người", "71", 71, "count", "người", "người bị tạm giữ, tạm giam là nữ", ASOF, total=918),
    F("9 người dưới", "9", 9, "count", "người", "người dưới 18 tuổi", ASOF, total=918),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True),
    F("364 phạm nhân", "364", 364, "count", "phạm nhân", "phạm nhân đang chờ chuyển đi trại giam", ASOF, total=918),
    F("17 kg gạo", "17", 17, "measure", "kg gạo/người/tháng", "định mức lương thực"),
    F("tổ chức 46 đợt", "46", 46, "count", "đợt", "đợt khám sức khỏe định kỳ", M9b),
    F("cho 1.203 lượt", "1.203", 1203, "count", "lượt người", "lượt người được điều trị", M9b),
    F("gấp 2 lần", "2", 2, "multiple", "lần",
      "số người phải chuyển đi điều trị tại bệnh viện tuyến tỉnh so với cùng kỳ", M9b),
    F("cho 2.145 lượt", "2.145", 2145, "count", "lượt thân nhân", "lượt thân nhân thăm gặp", I(M9)),
    F("đó 538 lượt", "538", 538, "count", "lượt", "lượt thăm gặp trực tuyến", I(M9), total=2145),
    F("gửi 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", "tiền lưu ký của người bị tạm giam nhận gửi", I(M9)),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "phong trào thi đua toàn lực lượng", Y23),
    F("khoảng 600 lượt", "600", 600, "count", "lượt người", INTAKE, Q4, approx="about", status="forecast"),
    F("đạt 2.384 lượt", "2.384", 2384, "count", "lượt", INTAKE + " cả năm", Y24, status="estimate"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ người bị tạm giam được phổ biến pháp luật", Q4,
      status="target"),
]

COMMENTS = [
    "Provincial police site (Công an tỉnh Đồng Tháp): Trại tạm giam, 9 tháng năm 2024. 'Ngày đăng: 08/10/2024 | Lượt xem: 642'.",
    "Headline '9 tháng' takes 2024 from the dateline. 'riêng quý III … 632 lượt' is not a part-of cue: no total.",
    "'trong đó 71 …, 9 … và 364 …' are parts of 918 (as of 30/9/2024); 'dưới 18 tuổi' threshold optional.",
    "'gấp 2 lần cùng kỳ' with no base amount is the claim: a multiple. '17 kg gạo/người/tháng' is a rate (measure).",
    "'538 lượt thăm gặp trực tuyến' after 'trong đó' is part of 2.145. 'xếp thứ 3 … năm 2023' is a rank.",
    "'dự kiến … khoảng 600' forecast; 'ước cả năm đạt 2.384' estimate (cả năm = 2024); 'phấn đấu … đạt 100%' target, all in the Quý IV/2024 sentence.",
    "Distractors: Luật Thi hành tạm giữ, tạm giam năm 2015, Cục C10, số 35 Lý Thường Kiệt, Phường 1, TP Cao Lãnh, Lượt xem: 642.",
]

if __name__ == "__main__":
    emit("p590-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đồng Tháp")
