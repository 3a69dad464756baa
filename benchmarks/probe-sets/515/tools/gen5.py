"""p515-5: Party newspaper (Hậu Giang) — digital signatures for citizens, officials and enterprises."""
from lib import F, P, inh, CH, emit

TEXT = """Hậu Giang: Hơn 45.000 người dân đã có chữ ký số cá nhân

Thực hiện Đề án 06 và Kế hoạch số 172/KH-UBND của UBND tỉnh, thời gian qua các sở, ngành, địa phương đã đẩy mạnh cấp chữ ký số cho người dân. Tính đến cuối tháng 10/2024, toàn tỉnh có 45.260 người dân được cấp chữ ký số cá nhân, gấp 3,5 lần so với cuối năm 2023. Riêng chữ ký số từ xa (ký trên điện thoại) có 31.480 chứng thư, chiếm 69,6%.

Ở khu vực công, 100% cán bộ, công chức từ tỉnh đến cơ sở đã được cấp chữ ký số chuyên dùng với 6.920 chứng thư số; tỷ lệ văn bản điện tử được ký số đạt 98,7%. Hiện có 3.150/3.420 doanh nghiệp đang hoạt động sử dụng chữ ký số trong kê khai thuế, hải quan và bảo hiểm xã hội.

Trên địa bàn có 8 đơn vị cung cấp dịch vụ chứng thực chữ ký số công cộng. Giá dịch vụ ký số từ xa dao động từ 150.000 đến 400.000 đồng/năm, nhiều nhà cung cấp miễn phí năm đầu cho người dân.

Riêng TP. Vị Thanh có 7.840 người dân được cấp chữ ký số, nhiều nhất toàn tỉnh; huyện Long Mỹ xếp thứ hai với 6.215 người.

Theo ông Trần Văn Lợi, Phó Giám đốc Sở Thông tin và Truyền thông, tỉnh đặt mục tiêu đến năm 2025 có ít nhất 50% người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân, trong khi tỷ lệ hiện nay mới khoảng 8,3%. Trong quý IV/2024, Sở dự kiến phối hợp với Tổ công nghệ số cộng đồng tổ chức 150 đợt hỗ trợ tại các xã, phường, thị trấn, mỗi đợt hướng dẫn khoảng 100 người.

THANH TÂM
08/11/2024
"""

ASOF = P("Tính đến cuối tháng 10/2024", end="2024-10-31")
T25 = P("đến năm 2025", end="2025-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("Hơn 45.000 người", "45.000", 45000, "count", "người", "người dân có chữ ký số cá nhân", inh(ASOF),
      approx="over"),
    F("có 45.260 người", "45.260", 45260, "count", "người", "người dân được cấp chữ ký số cá nhân", ASOF,
      change=CH("increase", 3.5, "lần", "cuối năm 2023")),
    F("có 31.480 chứng thư", "31.480", 31480, "count", "chứng thư", "chữ ký số từ xa (ký trên điện thoại)", inh(ASOF),
      percent=69.6),
    F("100% cán bộ", "100", 100, "percent", "%", "cán bộ, công chức được cấp chữ ký số chuyên dùng"),
    F("với 6.920 chứng thư", "6.920", 6920, "count", "chứng thư số", "chứng thư số chuyên dùng"),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ văn bản điện tử được ký số"),
    F("có 3.150/3.420", "3.150", 3150, "count", "doanh nghiệp",
      "doanh nghiệp đang hoạt động sử dụng chữ ký số trong kê khai thuế, hải quan và bảo hiểm xã hội", total=3420),
    F("có 8 đơn vị", "8", 8, "count", "đơn vị", "đơn vị cung cấp dịch vụ chứng thực chữ ký số công cộng"),
    F("từ 150.000 đến 400.000 đồng/năm", "150.000", 150000, "money", "đồng/năm", "giá dịch vụ ký số từ xa",
      value_max=400000),
    F("có 7.840 người", "7.840", 7840, "count", "người", "người dân được cấp chữ ký số", location="Vị Thanh"),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", "người dân được cấp chữ ký số", location="Long Mỹ"),
    F("với 6.215 người", "6.215", 6215, "count", "người", "người dân được cấp chữ ký số", location="Long Mỹ"),
    F("ít nhất 50%", "50", 50, "percent", "%", "người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", T25,
      approx="at_least", status="target"),
    F("khoảng 8,3%", "8,3", 8.3, "percent", "%",
      "tỷ lệ người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân hiện nay", approx="about"),
    F("tổ chức 150 đợt", "150", 150, "count", "đợt", "đợt hỗ trợ tại các xã, phường, thị trấn", Q4,
      status="forecast"),
    F("khoảng 100 người", "100", 100, "count", "người", "người được hướng dẫn mỗi đợt", Q4, approx="about",
      status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Hậu Giang style, invented): chữ ký số cá nhân, chuyên dùng, doanh nghiệp (10/2024); byline and date at the end.",
    "Distractors: 'Đề án 06', 'Kế hoạch số 172/KH-UBND', 'năm đầu', byline date, 'TP. Vị Thanh' (name).",
    "'gấp 3,5 lần so với cuối năm 2023' after 45.260 is its change (lần). 'Riêng … có 31.480 chứng thư, chiếm 69,6%': percent,",
    "no total ('Riêng' is no part-of cue and it counts certificates, not people). 'xếp thứ hai' is a rank written as a word.",
    "'hiện nay' gives no period (8,3%, 3.150/3.420 'Hiện có'). 'dự kiến' governs the 150 đợt and the 100 người per đợt (forecast).",
    "Vị Thanh / Long Mỹ are the figures' locations; the rest is Hậu Giang.",
]

if __name__ == "__main__":
    emit("p515-5", TEXT, COMMENTS, FIGS, published="2024-11-08", location="Hậu Giang")
