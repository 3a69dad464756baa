"""p526-8: commune portal, xã Ea Kpam (huyện Cư M'gar, Đắk Lắk) — Youth Month 2024 results."""
from lib import *

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ XÃ EA KPAM - HUYỆN CƯ M'GAR
Tin tức - Sự kiện
Ngày đăng: 02/04/2024 | Người đăng: Quản trị viên

Đoàn xã Ea Kpam tổng kết Tháng Thanh niên năm 2024

Trong tháng 3/2024, Đoàn xã Ea Kpam đã huy động 312 lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện, đạt 104% kế hoạch. Các chi đoàn đã trồng 1.250 cây xanh, phát quang, dọn vệ sinh ba tuyến đường liên thôn với tổng chiều dài 4,6 km; lắp đặt 120 bóng đèn chiếu sáng tại thôn 2 và buôn Sah A.

Nhân ngày hội "Giọt máu nghĩa tình", có 45 đoàn viên tham gia hiến máu, tiếp nhận 43 đơn vị máu. Đoàn xã cũng trao 15 suất quà, mỗi suất trị giá 500.000 đồng, cho học sinh có hoàn cảnh khó khăn.

Công tác phát triển đoàn viên được chú trọng: toàn xã kết nạp 24/20 đoàn viên mới theo chỉ tiêu huyện giao, nâng tổng số đoàn viên lên 356 đoàn viên, sinh hoạt tại 12 chi đoàn.

Về hỗ trợ thanh niên khởi nghiệp, Đoàn xã đã giới thiệu hai mô hình trồng sầu riêng xen cà phê của thanh niên thôn 5 vay vốn Ngân hàng Chính sách xã hội, mỗi mô hình 100 triệu đồng. Mô hình của anh Y Thuân Ksơr cho thu nhập khoảng 450 triệu đồng/ha/năm.

Năm 2024, Đoàn xã phấn đấu có thêm 3 mô hình thanh niên làm kinh tế giỏi và 50% chi đoàn đạt vững mạnh.

Địa chỉ: Thôn 3, xã Ea Kpam, huyện Cư M'gar, tỉnh Đắk Lắk (Quốc lộ 14 cũ). ĐT: 0262.3835.216
"""

M3 = P("tháng 3/2024", "2024-03-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("huy động 312 lượt", "312", 312, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện", M3,
      percent=104),
    F("trồng 1.250 cây xanh", "1.250", 1250, "count", "cây xanh", "cây xanh các chi đoàn trồng", I(M3)),
    F("dọn vệ sinh ba tuyến", "ba", 3, "count", "tuyến đường", "tuyến đường liên thôn được phát quang, dọn vệ sinh", I(M3)),
    F("dài 4,6 km", "4,6", 4.6, "measure", "km", "tổng chiều dài tuyến đường liên thôn", I(M3)),
    F("lắp đặt 120 bóng đèn", "120", 120, "count", "bóng đèn", "bóng đèn chiếu sáng lắp đặt", I(M3)),
    F("có 45 đoàn viên", "45", 45, "count", "đoàn viên", "đoàn viên tham gia hiến máu", I(M3)),
    F("tiếp nhận 43 đơn vị", "43", 43, "count", "đơn vị máu", "đơn vị máu tiếp nhận", I(M3)),
    F("trao 15 suất quà", "15", 15, "count", "suất quà", "suất quà trao cho học sinh có hoàn cảnh khó khăn", I(M3)),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "trị giá mỗi suất quà", I(M3)),
    F("kết nạp 24/20", "24", 24, "count", "đoàn viên", "đoàn viên mới kết nạp", I(M3), target=TG(20, "đoàn viên", True)),
    F("lên 356 đoàn viên", "356", 356, "count", "đoàn viên", "tổng số đoàn viên"),
    F("tại 12 chi đoàn", "12", 12, "count", "chi đoàn", "chi đoàn"),
    F("giới thiệu hai mô hình", "hai", 2, "count", "mô hình", "mô hình trồng sầu riêng xen cà phê của thanh niên vay vốn Ngân hàng Chính sách xã hội"),
    F("mỗi mô hình 100 triệu đồng", "100", 100e6, "money", "đồng", "vốn vay mỗi mô hình"),
    F("khoảng 450 triệu đồng/ha/năm", "450", 450e6, "money", "đồng/ha/năm", "thu nhập mô hình của anh Y Thuân Ksơr", approx="about"),
    F("thêm 3 mô hình", "3", 3, "count", "mô hình", "mô hình thanh niên làm kinh tế giỏi", Y24, status="target"),
    F("và 50% chi đoàn", "50", 50, "percent", "%", "chi đoàn đạt vững mạnh", Y24, status="target"),
]

COMMENTS = [
    "Commune portal of xã Ea Kpam ('Ngày đăng: 02/04/2024'): Youth Month (tháng 3/2024) results. Location: the commune's district",
    "Cư M'gar (the spec's place levels are province/city/district; a choice — the province Đắk Lắk is one level up).",
    "Number words 'ba tuyến đường', 'hai mô hình' are figures. '24/20 đoàn viên mới theo chỉ tiêu' -> target 20 (met), not a total.",
    "'mỗi suất trị giá 500.000 đồng' and 'mỗi mô hình 100 triệu đồng' are per-item money figures; '450 triệu đồng/ha/năm' keeps the rate unit.",
    "'nâng tổng số đoàn viên lên 356' and '12 chi đoàn' are stock figures with no period phrase (no period).",
    "Distractors: 'thôn 2', 'thôn 5', 'Thôn 3', 'Quốc lộ 14', 'buôn Sah A', phone 0262.3835.216, the headline year.",
]

emit("p526-8", TEXT, COMMENTS, FIGS, published="2024-04-02", location="Cư M'gar")
