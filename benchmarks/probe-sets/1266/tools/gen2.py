"""p1266-2: district portal (Thoại Sơn, An Giang): collection drive after the winter-spring rice crop, field bins."""
from lib import F, P, I, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THOẠI SƠN - TỈNH AN GIANG
Trang chủ | Tin tức | Nông nghiệp | Văn bản | Liên hệ

Thoại Sơn ra quân thu gom vỏ chai, bao gói thuốc bảo vệ thực vật sau vụ Đông Xuân

Ngày đăng: 21/03/2024

Sáng 20/3, tại ấp Tây Bình, xã Vọng Thê, Phòng Nông nghiệp và Phát triển nông thôn huyện phối hợp với Hội Nông dân huyện tổ chức ra quân thu gom bao gói thuốc bảo vệ thực vật sau vụ lúa Đông Xuân 2023-2024. Tham gia có hơn 300 hội viên nông dân, đoàn viên thanh niên của 17 xã, thị trấn.

Vụ Đông Xuân này, toàn huyện xuống giống 40.850 ha lúa. Theo ước tính, lượng thuốc bảo vệ thực vật sử dụng từ 1,8 đến 2 kg/ha, lượng bao gói thải ra khoảng 0,3 kg/ha. Qua đợt ra quân, lực lượng tham gia đã thu gom được 6.420 kg vỏ chai, bao gói, trong đó vỏ chai nhựa chiếm 58%, còn lại là bao giấy, túi nilon. Các xã thu gom nhiều là Vọng Thê (812 kg), Định Mỹ (745 kg) và Thoại Giang (690 kg).

Toàn bộ lượng bao gói được đưa về điểm tập kết tại Khu xử lý chất thải rắn huyện, đường số 9, thị trấn Núi Sập, chờ Công ty TNHH Môi trường Xanh Tây Nam tiêu hủy. Đơn giá thu gom, vận chuyển và xử lý là 16.500 đồng/kg.

Hiện trên các cánh đồng của huyện có 2.136 bể chứa, trong đó 1.480 bể xây kiên cố, 656 bể bằng thùng nhựa. Ông Lê Văn Tâm, Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện cho biết, năm nay huyện dự kiến đầu tư thêm ba chục bể tại các khu vực chưa có bể, phấn đấu mỗi cánh đồng từ 50 ha trở lên có ít nhất 5 bể.

Phòng Nông nghiệp và PTNT huyện Thoại Sơn - Điện thoại: 0296.3878.112
"""

Y24 = P("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 300 hội viên", "300", 300, "count", "hội viên", approx="over",
      subject="hội viên nông dân, đoàn viên thanh niên tham gia ra quân"),
    F("của 17 xã", "17", 17, "count", "xã, thị trấn",
      subject="xã, thị trấn có lực lượng tham gia ra quân"),
    F("giống 40.850 ha", "40.850", 40850, "measure", "ha", subject="diện tích lúa xuống giống"),
    F("từ 1,8 đến 2 kg/ha", "1,8", 1.8, "measure", "kg/ha", value_max=2, status="estimate",
      subject="lượng thuốc bảo vệ thực vật sử dụng"),
    F("khoảng 0,3 kg/ha", "0,3", 0.3, "measure", "kg/ha", approx="about", status="estimate",
      subject="lượng bao gói thải ra"),
    F("được 6.420 kg", "6.420", 6420, "measure", "kg", subject="vỏ chai, bao gói thu gom"),
    F("chiếm 58%", "58", 58, "percent", "%", subject="vỏ chai nhựa"),
    F("Vọng Thê (812 kg)", "812", 812, "measure", "kg", subject="vỏ chai, bao gói các xã thu gom"),
    F("Định Mỹ (745 kg)", "745", 745, "measure", "kg", subject="vỏ chai, bao gói các xã thu gom"),
    F("Thoại Giang (690 kg)", "690", 690, "measure", "kg", subject="vỏ chai, bao gói các xã thu gom"),
    F("16.500 đồng/kg", "16.500", 16500, "money", "đồng/kg",
      subject="đơn giá thu gom, vận chuyển và xử lý"),
    F("có 2.136 bể", "2.136", 2136, "count", "bể", subject="bể chứa trên các cánh đồng của huyện"),
    F("1.480 bể", "1.480", 1480, "count", "bể", total=2136, subject="bể xây kiên cố"),
    F("656 bể", "656", 656, "count", "bể", total=2136, subject="bể bằng thùng nhựa"),
    F("thêm ba chục bể", "ba chục", 30, "count", "bể", status="forecast",
      subject="bể huyện đầu tư thêm", period=Y24),
    F("từ 50 ha", "50", 50, "measure", "ha", status="target", subject="cánh đồng", period=Y24,
      optional=True),
    F("ít nhất 5 bể", "5", 5, "count", "bể", approx="at_least", status="target",
      subject="bể mỗi cánh đồng từ 50 ha trở lên", period=Y24),
]

NOTES = [
    "District portal (huyện Thoại Sơn, An Giang): banner naming the district, menu, 'Ngày đăng: 21/03/2024', phone footer.",
    "Distractors: 'Sáng 20/3', 'Đông Xuân 2023-2024' (a crop season), 'đường số 9', phone 0296.3878.112.",
    "Crop seasons ('vụ Đông Xuân này', 'Qua đợt ra quân') have no calendar dates in the spec: those figures carry no period.",
    "'Theo ước tính' governs its sentence: both kg/ha rates are estimates. The range 1,8-2 kg/ha keeps the denominator in its unit.",
    "'trong đó vỏ chai nhựa chiếm 58%' is a percent figure of its own. The communes in the bracketed list are below district level:",
    "they are not a location (the district stays), the list's indicator is the subject. No total: 812+745+690 is not the whole.",
    "1.480 and 656 bể after 'trong đó' add up to 2.136: total 2136.",
    "'dự kiến' governs 'đầu tư thêm ba chục bể' (forecast); 'phấn đấu' governs 'ít nhất 5 bể' (target); 'năm nay' = 2024.",
    "'từ 50 ha trở lên' is a threshold that defines which fields, not a claim: optional.",
]

if __name__ == "__main__":
    write("p1266-2", TEXT, NOTES, FIGS, published="2024-03-21", location="Thoại Sơn")
