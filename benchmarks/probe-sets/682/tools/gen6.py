import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Kinh doanh › Ngân hàng
Thứ năm, 14/11/2024, 06:30 (GMT+7)

Hơn 2,7 triệu tài khoản bị dừng giao dịch vì nghi lừa đảo

Sau hơn 3 tháng áp dụng xác thực sinh trắc học, các ngân hàng đã tạm dừng giao dịch hơn 2,7 triệu tài khoản có dấu hiệu liên quan lừa đảo, trong đó khoảng 1,1 triệu tài khoản là tài khoản của cá nhân đứng tên hộ.

Theo Ngân hàng Nhà nước, tính đến ngày 31/10/2024, toàn hệ thống có 58,2 triệu hồ sơ khách hàng cá nhân đã được đối chiếu thông tin sinh trắc học với căn cước gắn chíp, đạt 46% tổng số hồ sơ có giao dịch trên kênh số. Số vụ giao dịch chuyển tiền sai mục đích, gian lận giảm khoảng 50% so với tháng 6/2024; số tài khoản nhận tiền lừa đảo giảm 70%.

Trong 10 tháng năm 2024, cơ quan công an đã phối hợp với các ngân hàng phong tỏa, ngăn chặn kịp thời 1.812 tỷ đồng, trả lại cho 5.436 khách hàng. Dù vậy, thiệt hại do lừa đảo trực tuyến năm 2023 ước khoảng 18.900 tỷ đồng, tương đương 0,18% GDP, theo báo cáo của Hiệp hội Ngân hàng.

Ông Phạm Anh Tuấn, Vụ trưởng Vụ Thanh toán, cho biết trung bình mỗi ngày hệ thống Napas xử lý khoảng 34 triệu giao dịch, gấp 1,4 lần cùng kỳ. Từ 1/1/2025, các tổ chức tín dụng sẽ dừng giao dịch trực tuyến với tài khoản chưa xác thực sinh trắc học, dự kiến ảnh hưởng khoảng 3,5 triệu người.

Trong khi đó, Cục Viễn thông cho biết 9 tháng năm 2024 đã khóa 2 chiều hơn 1,6 triệu thuê bao sai thông tin, chặn 9.412 đầu số dùng để lừa đảo. Từ quý II/2024, 100% thuê bao mới phải được xác thực qua ứng dụng VNeID.

Minh Sơn
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("Hơn 2,7 triệu tài khoản", "2,7", 2.7e6, "count", "tài khoản", "tài khoản bị dừng giao dịch vì nghi lừa đảo", approx="over"),
    F("giao dịch hơn 2,7 triệu tài khoản", "2,7", 2.7e6, "count", "tài khoản",
      "tài khoản có dấu hiệu liên quan lừa đảo bị tạm dừng giao dịch", approx="over"),
    F("khoảng 1,1 triệu tài khoản", "1,1", 1.1e6, "count", "tài khoản", "tài khoản của cá nhân đứng tên hộ",
      approx="about", total=2.7e6),
    F("có 58,2 triệu hồ sơ", "58,2", 58.2e6, "count", "hồ sơ",
      "hồ sơ khách hàng cá nhân đã được đối chiếu thông tin sinh trắc học với căn cước gắn chíp", ASOF, percent=46),
    F("giảm khoảng 50%", "50", 50, "percent", "%", "số vụ giao dịch chuyển tiền sai mục đích, gian lận giảm so với tháng 6/2024",
      approx="about"),
    F("giảm 70%", "70", 70, "percent", "%", "số tài khoản nhận tiền lừa đảo giảm"),
    F("kịp thời 1.812 tỷ đồng", "1.812", 1812e9, "money", "đồng", "số tiền phong tỏa, ngăn chặn kịp thời", M10),
    F("cho 5.436 khách hàng", "5.436", 5436, "count", "khách hàng", "khách hàng được trả lại tiền", M10),
    F("ước khoảng 18.900 tỷ đồng", "18.900", 18900e9, "money", "đồng", "thiệt hại do lừa đảo trực tuyến", Y23,
      approx="about", percent=0.18, status="estimate"),
    F("khoảng 34 triệu giao dịch", "34", 34e6, "count", "giao dịch", "giao dịch hệ thống Napas xử lý trung bình mỗi ngày",
      approx="about", change=CH("increase", 1.4, "lần", "cùng kỳ")),
    F("khoảng 3,5 triệu người", "3,5", 3.5e6, "count", "người",
      "người bị ảnh hưởng do dừng giao dịch trực tuyến với tài khoản chưa xác thực sinh trắc học",
      I(P("Từ 1/1/2025", "2025-01-01")), approx="about", status="forecast"),
    F("hơn 1,6 triệu thuê bao", "1,6", 1.6e6, "count", "thuê bao", "thuê bao sai thông tin bị khóa 2 chiều", M9, approx="over"),
    F("chặn 9.412 đầu số", "9.412", 9412, "count", "đầu số", "đầu số dùng để lừa đảo bị chặn", M9),
    F("100% thuê bao mới", "100", 100, "percent", "%", "thuê bao mới phải được xác thực qua ứng dụng VNeID",
      I(P("Từ quý II/2024", "2024-04-01"))),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ năm, 14/11/2024, 06:30 (GMT+7)', byline at the end. Bank accounts halted, biometrics, money frozen, SIMs locked.",
    "National figures: location Việt Nam. Not figures: 'hơn 3 tháng' (duration), 'khóa 2 chiều' (a kind of lock), 'Từ 1/1/2025', 'tháng 6/2024' (baseline).",
    "Headline and lead both state 'hơn 2,7 triệu tài khoản': both required (as shared h30 headline). 'trong đó khoảng 1,1 triệu' -> total 2,7 triệu.",
    "'đạt 46% tổng số hồ sơ' -> percent of the 58,2 triệu; 'tương đương 0,18% GDP' -> percent of 18.900 tỷ (share after tương đương);",
    "  'ước khoảng' -> estimate + about. 'gấp 1,4 lần cùng kỳ' after 34 triệu giao dịch -> its change (lần), not a multiple figure.",
    "Reduction rates 'giảm khoảng 50% so với tháng 6/2024', 'giảm 70%' are percent figures (no change). 'dự kiến' -> forecast.",
    "'Từ 1/1/2025', 'Từ quý II/2024' have no end: kept as inherited (unscored).",
]

if __name__ == "__main__":
    emit("p682-6", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Việt Nam")
