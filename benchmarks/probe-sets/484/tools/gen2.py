"""p484-2: district portal (huyện Hải Hậu, Nam Định), online fees, e-signatures, Q1/2025."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ / Tin hoạt động / Cải cách hành chính

Quý I/2025, Hải Hậu thu phí, lệ phí trực tuyến hơn 1,2 tỷ đồng

Thứ Năm, 10/04/2025 - 09:35

Quý I/2025, Bộ phận Một cửa huyện và các xã, thị trấn đã tiếp nhận 15.684 hồ sơ thủ tục hành chính, trong đó lĩnh vực hộ tịch 6.215 hồ sơ, chứng thực 4.870 hồ sơ, đất đai 2.036 hồ sơ. Số hồ sơ giải quyết đúng hạn và trước hạn là 15.402 hồ sơ, đạt 98,2%.

Đáng chú ý, số hồ sơ nộp trực tuyến đạt 9.318 hồ sơ, chiếm 59,4% tổng số hồ sơ tiếp nhận, tăng 14,6% so với quý IV/2024.

Toàn huyện có 7.046 hồ sơ được thanh toán phí, lệ phí trực tuyến với tổng số tiền hơn 1,2 tỷ đồng; trong đó thanh toán qua Cổng Dịch vụ công quốc gia 812,5 triệu đồng, qua ứng dụng ngân hàng và ví điện tử 405,3 triệu đồng.

Thực hiện Đề án 06, huyện phối hợp với Viettel Nam Định và VNPT Nam Định hỗ trợ người dân đăng ký chữ ký số cá nhân. Tính đến ngày 31/3/2025, toàn huyện có 3.540 người dân được cấp chữ ký số, đạt 70,8% kế hoạch năm; 100% cán bộ, công chức cấp huyện, cấp xã sử dụng chữ ký số trong xử lý văn bản.

Quý II/2025, huyện phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 65 đến 70%, tỷ lệ hồ sơ thanh toán trực tuyến đạt ít nhất 50% số hồ sơ có thu phí, lệ phí.

Địa chỉ: Bộ phận Một cửa UBND huyện Hải Hậu, khu 4, thị trấn Yên Định; điện thoại: 0228.3877.215.
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("Tính đến ngày 31/3/2025", end="2025-03-31")
Q2 = P("Quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    F("trực tuyến hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "phí, lệ phí thu trực tuyến",
      Q1, approx="over"),
    F("tiếp nhận 15.684 hồ sơ", "15.684", 15684, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận",
      Q1),
    F("hộ tịch 6.215 hồ sơ", "6.215", 6215, "count", "hồ sơ", "hồ sơ lĩnh vực hộ tịch",
      Q1, total=15684),
    F("chứng thực 4.870 hồ sơ", "4.870", 4870, "count", "hồ sơ", "hồ sơ lĩnh vực chứng thực",
      Q1, total=15684),
    F("đất đai 2.036 hồ sơ", "2.036", 2036, "count", "hồ sơ", "hồ sơ lĩnh vực đất đai",
      Q1, total=15684),
    F("là 15.402 hồ sơ", "15.402", 15402, "count", "hồ sơ", "hồ sơ giải quyết đúng hạn và trước hạn", INH(Q1),
      percent=98.2),
    F("đạt 9.318 hồ sơ", "9.318", 9318, "count", "hồ sơ", "hồ sơ nộp trực tuyến", INH(Q1),
      percent=59.4, change=CH("increase", 14.6, baseline="quý IV/2024")),
    F("có 7.046 hồ sơ", "7.046", 7046, "count", "hồ sơ", "hồ sơ được thanh toán phí, lệ phí trực tuyến", INH(Q1)),
    F("tiền hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng số tiền thanh toán phí, lệ phí trực tuyến",
      INH(Q1), approx="over"),
    F("quốc gia 812,5 triệu đồng", "812,5", 812.5e6, "money", "đồng",
      "tiền thanh toán qua Cổng Dịch vụ công quốc gia", INH(Q1), total=1.2e9),
    F("điện tử 405,3 triệu đồng", "405,3", 405.3e6, "money", "đồng",
      "tiền thanh toán qua ứng dụng ngân hàng và ví điện tử", INH(Q1), total=1.2e9),
    F("có 3.540 người dân", "3.540", 3540, "count", "người dân", "người dân được cấp chữ ký số", ASOF,
      percent=70.8),
    F("; 100% cán bộ", "100", 100, "percent", "%",
      "cán bộ, công chức cấp huyện, cấp xã sử dụng chữ ký số trong xử lý văn bản", ASOF),
    F("từ 65 đến 70%", "65", 65, "percent", "%", "tỷ lệ hồ sơ trực tuyến", Q2, value_max=70, status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "tỷ lệ hồ sơ thanh toán trực tuyến", Q2,
      approx="at_least", status="target"),
]

COMMENTS = [
    "District portal (Hải Hậu, Nam Định): hồ sơ TTHC, thanh toán phí/lệ phí trực tuyến, chữ ký số, quý I/2025.",
    "Dateline 'Thứ Năm, 10/04/2025 - 09:35'. 'Đề án 06', 'khu 4', the phone number are not figures. Location: the district.",
    "Field parts after 'trong đó' take the received total 15.684; the money parts take 'hơn 1,2 tỷ đồng' (value as written).",
    "15.402 solved has no part-of cue (as shared h20), only its share; 'đạt 70,8% kế hoạch năm' is the percent of 3.540.",
]

if __name__ == "__main__":
    emit("p484-2", TEXT, COMMENTS, FIGS, published="2025-04-10", location="Hải Hậu")
