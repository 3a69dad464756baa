"""p484-8: commune portal (xã Tân Phú Trung, huyện Củ Chi, TP Hồ Chí Minh), civil-status book digitisation,
cashless fees, remote e-signatures, 8 months 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND XÃ TÂN PHÚ TRUNG - HUYỆN CỦ CHI
Trang chủ » Tin tức » Chuyển đổi số

Xã Tân Phú Trung: 100% sổ hộ tịch đã được số hóa

Ngày đăng: 05/09/2024 | Tác giả: Bộ phận Văn hóa - Xã hội

Thực hiện Kế hoạch số 35/KH-UBND của UBND huyện, đến ngày 31/8/2024, xã đã hoàn thành số hóa 412 quyển sổ hộ tịch lưu trữ tại xã (từ năm 1976), tương ứng 28.640 trường hợp khai sinh, kết hôn, khai tử. Dữ liệu đã được đồng bộ lên Cơ sở dữ liệu hộ tịch điện tử toàn quốc.

8 tháng đầu năm 2024, Bộ phận Một cửa xã tiếp nhận 2.315 hồ sơ, trong đó 1.742 hồ sơ nộp trực tuyến (75,2%). Bình quân xã tiếp nhận khoảng 14 hồ sơ/ngày. Số hồ sơ được thanh toán phí, lệ phí không dùng tiền mặt là 968 hồ sơ, với số tiền 46,5 triệu đồng, tăng 3,2 lần so với cùng kỳ năm 2023.

Về chữ ký số, Tổ công nghệ số cộng đồng ấp 3, ấp 5 và ấp Chợ đã hỗ trợ 1.125 người dân đăng ký chữ ký số từ xa, đạt 56,3% chỉ tiêu huyện giao (2.000 người). Đến nay, 100% cán bộ, công chức xã đã được cấp chứng thư số và sử dụng ký số trên hệ thống quản lý văn bản.

Đến cuối năm 2024, xã phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%, tỷ lệ thanh toán không dùng tiền mặt đạt 60 - 65%.

Bà Nguyễn Thị Thu Hà, Phó Chủ tịch UBND xã, cho biết thời gian tới xã tiếp tục bố trí 2 máy tính tại Bộ phận Một cửa để người dân tự nộp hồ sơ.

Địa chỉ: Ấp 1, xã Tân Phú Trung, huyện Củ Chi, TP Hồ Chí Minh (Quốc lộ 22). Điện thoại: 028.3892.1234.
"""

ASOF = P("đến ngày 31/8/2024", end="2024-08-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
NOW = P("Đến nay", end="2024-09-05")
END = P("Đến cuối năm 2024", end="2024-12-31")

FIGS = [
    F("Trung: 100% sổ", "100", 100, "percent", "%", "sổ hộ tịch đã được số hóa"),
    F("hóa 412 quyển sổ", "412", 412, "count", "quyển sổ", "sổ hộ tịch được số hóa", ASOF),
    F("tương ứng 28.640 trường hợp", "28.640", 28640, "count", "trường hợp",
      "trường hợp khai sinh, kết hôn, khai tử", ASOF),
    F("tiếp nhận 2.315 hồ sơ", "2.315", 2315, "count", "hồ sơ", "hồ sơ Bộ phận Một cửa xã tiếp nhận", M8),
    F("trong đó 1.742 hồ sơ", "1.742", 1742, "count", "hồ sơ", "hồ sơ nộp trực tuyến", M8,
      total=2315, percent=75.2),
    F("khoảng 14 hồ sơ/ngày", "14", 14, "measure", "hồ sơ/ngày", "hồ sơ xã tiếp nhận bình quân mỗi ngày",
      INH(M8), approx="about"),
    F("là 968 hồ sơ", "968", 968, "count", "hồ sơ", "hồ sơ được thanh toán phí, lệ phí không dùng tiền mặt",
      INH(M8)),
    F("tiền 46,5 triệu đồng", "46,5", 46.5e6, "money", "đồng", "số tiền thanh toán phí, lệ phí không dùng tiền mặt",
      INH(M8), change=CH("increase", 3.2, "lần", baseline="cùng kỳ năm 2023")),
    F("hỗ trợ 1.125 người dân", "1.125", 1125, "count", "người dân",
      "người dân được hỗ trợ đăng ký chữ ký số từ xa", percent=56.3, target=TG(2000, "người", met=False)),
    F("Đến nay, 100%", "100", 100, "percent", "%", "cán bộ, công chức xã được cấp chứng thư số", NOW),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ hồ sơ trực tuyến", END, approx="over", status="target"),
    F("đạt 60 - 65%", "60", 60, "percent", "%", "tỷ lệ thanh toán không dùng tiền mặt", END, value_max=65,
      status="target"),
    F("bố trí 2 máy tính", "2", 2, "count", "máy tính", "máy tính tại Bộ phận Một cửa để người dân tự nộp hồ sơ",
      status="forecast", optional=True),
]

COMMENTS = [
    "Commune portal (xã Tân Phú Trung, huyện Củ Chi): 'Ngày đăng: 05/09/2024' = published. A commune is not a location",
    "in FIGURES.md (province, city or district), so the figures take the district 'Củ Chi'.",
    "'Kế hoạch số 35/KH-UBND', '(từ năm 1976)', 'ấp 3, ấp 5', 'Ấp 1', 'Quốc lộ 22' and the phone are not figures.",
    "'tương ứng 28.640 trường hợp' is an equivalent count, its own figure (as shared h01 'tương đương'). '(75,2%)' right after",
    "the part 1.742 is its share. 1.125 'đạt 56,3% chỉ tiêu huyện giao (2.000 người)': percent 56.3, target 2000 người.",
    "'thời gian tới … bố trí 2 máy tính' is a plan with no clear status cue in the spec: optional.",
]

if __name__ == "__main__":
    emit("p484-8", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Củ Chi")
