from lib import F, build, change, period

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH - CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ / Tin tức / Phát triển sản phẩm

Du lịch nông nghiệp, nông thôn: hướng đi bền vững cho kinh tế vườn
Ngày đăng: 27/09/2023 15:10

Theo số liệu tổng hợp từ các địa phương, tính đến tháng 8/2023, cả nước có khoảng 1.350 điểm du lịch nông nghiệp, nông thôn và gần 600 điểm du lịch cộng đồng đang hoạt động. Năm 2022, các loại hình này đón khoảng 24 triệu lượt khách, chiếm 23,5% tổng lượt khách nội địa.

Các địa phương có nhiều điểm du lịch nông nghiệp nhất lần lượt là Lâm Đồng (142 điểm), Tiền Giang (96 điểm), Bến Tre (88 điểm) và Cần Thơ (71 điểm). Vùng Đồng bằng sông Cửu Long tiếp tục dẫn đầu với 41% số điểm của cả nước.

Theo Chương trình phát triển du lịch nông thôn trong xây dựng nông thôn mới giai đoạn 2022-2025 (Quyết định số 922/QĐ-TTg), đến năm 2025 mỗi tỉnh có ít nhất 1 sản phẩm du lịch nông thôn được xếp hạng OCOP, cả nước có tối thiểu 2.500 sản phẩm OCOP du lịch và dịch vụ; thu nhập của người lao động tham gia tăng bình quân 10-15%/năm.

Khảo sát tại 120 điểm ở 12 tỉnh cho thấy chi tiêu bình quân của khách ở các điểm có lưu trú đạt 1,1 triệu đồng/người/ngày, gấp 2,4 lần khách đi trong ngày. Tỷ lệ khách quay lại đạt 37%, riêng nhóm khách gia đình có trẻ nhỏ lên tới 52%.

Đại diện Vụ Phát triển sản phẩm du lịch cho biết, thời gian tới Cục sẽ phối hợp với Bộ Nông nghiệp và Phát triển nông thôn hoàn thiện bộ tiêu chí điểm du lịch nông nghiệp, tổ chức Diễn đàn du lịch nông thôn lần thứ nhất vào quý IV/2023.

Địa chỉ: Số 80 phố Quán Sứ, quận Hoàn Kiếm, Hà Nội | ĐT: 024.3942.1061
"""

ASOF = period("tính đến tháng 8/2023", None, "2023-08-31")
T25 = period("đến năm 2025", None, "2025-12-31")
L = "điểm du lịch nông nghiệp"
FIGS = [
    F("khoảng 1.350 điểm", "1.350", 1350, "count", "điểm du lịch nông nghiệp, nông thôn",
      "điểm du lịch nông nghiệp, nông thôn", approx="about", period=ASOF),
    F("gần 600 điểm", "600", 600, "count", "điểm du lịch cộng đồng", "điểm du lịch cộng đồng đang hoạt động",
      approx="nearly", period=ASOF),
    F("khoảng 24 triệu lượt khách", "24", 24e6, "count", "lượt khách",
      "lượt khách du lịch nông nghiệp, nông thôn và cộng đồng", approx="about", percent=23.5,
      period=period("Năm 2022", "2022-01-01", "2022-12-31")),
    F("Lâm Đồng (142 điểm)", "142", 142, "count", "điểm", L, location="Lâm Đồng", period={**ASOF, "inherited": True}),
    F("Tiền Giang (96 điểm)", "96", 96, "count", "điểm", L, location="Tiền Giang", period={**ASOF, "inherited": True}),
    F("Bến Tre (88 điểm)", "88", 88, "count", "điểm", L, location="Bến Tre", period={**ASOF, "inherited": True}),
    F("Cần Thơ (71 điểm)", "71", 71, "count", "điểm", L, location="Cần Thơ", period={**ASOF, "inherited": True}),
    F("với 41% số điểm", "41", 41, "percent", "%", "tỷ trọng số điểm du lịch nông nghiệp của cả nước",
      location="Đồng bằng sông Cửu Long", period={**ASOF, "inherited": True}),
    F("ít nhất 1 sản phẩm", "1", 1, "count", "sản phẩm du lịch nông thôn", approx="at_least",
      status="target", period=T25, optional=True),
    F("tối thiểu 2.500 sản phẩm", "2.500", 2500, "count", "sản phẩm OCOP", "sản phẩm OCOP du lịch và dịch vụ",
      approx="at_least", status="target", period=T25),
    F("10-15%/năm", "10", 10, "percent", "%", "mức tăng thu nhập bình quân của người lao động tham gia",
      value_max=15, status="target", period=T25),
    F("tại 120 điểm", "120", 120, "count", "điểm", "điểm được khảo sát", optional=True),
    F("ở 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh được khảo sát", optional=True),
    F("1,1 triệu đồng/người/ngày", "1,1", 1_100_000, "money", "đồng/người/ngày",
      "chi tiêu bình quân của khách ở các điểm có lưu trú",
      change=change("increase", 2.4, unit="lần", baseline="khách đi trong ngày")),
    F("đạt 37%", "37", 37, "percent", "%", "tỷ lệ khách quay lại"),
    F("lên tới 52%", "52", 52, "percent", "%", "tỷ lệ khách quay lại của nhóm khách gia đình có trẻ nhỏ"),
]

COMMENTS = [
    "Cục Du lịch Quốc gia Việt Nam (ministry) site, 'Ngày đăng: 27/09/2023 15:10'. National figures: location Việt Nam.",
    "Ranking list 'lần lượt là Lâm Đồng (142 điểm), ...' shares the indicator; provinces are locations; no total (a ranking).",
    "41% describes the Mekong Delta region: location recorded as 'Đồng bằng sông Cửu Long' (spec names only province/city/district).",
    "Survey sample '120 điểm ở 12 tỉnh' and 'ít nhất 1 sản phẩm' per province: optional. '10-15%/năm' is a growth rate as claim.",
    "Distractors: 'giai đoạn 2022-2025', 'Quyết định số 922/QĐ-TTg', 'lần thứ nhất', 'quý IV/2023', address 'Số 80 phố Quán Sứ', phone.",
]

if __name__ == "__main__":
    build("p990-4", TEXT, FIGS, COMMENTS, published="2023-09-27", location="Việt Nam")
