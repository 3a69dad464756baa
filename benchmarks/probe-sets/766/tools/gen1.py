"""p766-1: Nghệ An province portal — Hội Người mù tỉnh, tổng kết năm 2023."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Năm 2023, Hội Người mù tỉnh giúp hơn 420 hội viên có việc làm
Cập nhật: 16/01/2024 09:45
Lượt xem: 1.482

Ngày 15/1, tại Hội trường tầng 2, số 86 đường Lê Hồng Phong, TP Vinh, Hội Người mù tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 - năm đầu thực hiện Nghị quyết Đại hội lần thứ IX của Hội.

Tính đến ngày 31/12/2023, toàn tỉnh có 9.860 người khiếm thị, bình quân 28,4 người/vạn dân; trong đó 5.214 người đã tham gia sinh hoạt tại 21 hội cấp huyện. Hội viên nữ chiếm 41,5% tổng số hội viên.

Trong năm 2023, Hội đã mở 14 lớp xóa mù chữ nổi Braille cho 186 học viên, tăng 24 học viên so với năm 2022; phối hợp với Trường Trung cấp nghề số 4 đào tạo nghề xoa bóp, bấm huyệt cho 92 học viên, trong đó 35 học viên là nữ. Sau đào tạo, 87% học viên có việc làm với thu nhập từ 5 đến 7 triệu đồng/tháng. Cả năm, Hội đã giúp hơn 420 hội viên có việc làm ổn định, đạt 105% kế hoạch.

Công tác vận động nguồn lực đạt kết quả khá: tổng kinh phí vận động được là 3,65 tỷ đồng, tăng 12,4% so với năm 2022; trong đó kinh phí hỗ trợ xây, sửa nhà là 1,2 tỷ đồng cho 24 hộ hội viên nghèo. Hội cũng cấp 1.350 cuốn sách chữ nổi và 640 gậy dò đường cho hội viên.

Năm 2024, Hội phấn đấu mở 16 lớp chữ nổi, đào tạo nghề cho ít nhất 100 hội viên, giảm tỷ lệ hộ nghèo trong hội viên xuống dưới 18%. Đến năm 2025, phấn đấu 100% huyện, thành, thị có chi hội người mù.

Điện thoại liên hệ: 0238.3844.210
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tỉnh giúp hơn 420 hội viên", "420", 420, "count", "hội viên", "hội viên được giúp có việc làm", Y23, approx="over"),
    F("có 9.860 người khiếm thị", "9.860", 9860, "count", "người khiếm thị", "người khiếm thị toàn tỉnh", ASOF),
    F("bình quân 28,4 người/vạn dân", "28,4", 28.4, "measure", "người/vạn dân", "người khiếm thị bình quân trên vạn dân", ASOF),
    F("trong đó 5.214 người", "5.214", 5214, "count", "người", "người khiếm thị tham gia sinh hoạt hội", ASOF, total=9860),
    F("tại 21 hội cấp huyện", "21", 21, "count", "hội cấp huyện", "hội cấp huyện", ASOF),
    F("chiếm 41,5% tổng số", "41,5", 41.5, "percent", "%", "hội viên nữ trong tổng số hội viên", INH(ASOF)),
    F("mở 14 lớp xóa mù", "14", 14, "count", "lớp", "lớp xóa mù chữ nổi Braille", IN23),
    F("cho 186 học viên", "186", 186, "count", "học viên", "học viên lớp xóa mù chữ nổi Braille", IN23,
      change=CH("increase", 24, "học viên", "năm 2022")),
    F("cho 92 học viên", "92", 92, "count", "học viên", "học viên đào tạo nghề xoa bóp, bấm huyệt", IN23),
    F("trong đó 35 học viên", "35", 35, "count", "học viên", "học viên nữ đào tạo nghề xoa bóp, bấm huyệt", IN23, total=92),
    F("Sau đào tạo, 87% học viên", "87", 87, "percent", "%", "học viên có việc làm sau đào tạo", INH(IN23)),
    F("từ 5 đến 7 triệu đồng/tháng", "5", 5000000, "money", "đồng/tháng", "thu nhập của học viên sau đào tạo", INH(IN23),
      value_max=7000000),
    F("đã giúp hơn 420 hội viên", "420", 420, "count", "hội viên", "hội viên được giúp có việc làm ổn định", INH(IN23),
      approx="over", percent=105),
    F("được là 3,65 tỷ đồng", "3,65", 3650000000, "money", "đồng", "tổng kinh phí vận động", INH(IN23),
      change=CH("increase", 12.4, "%", "năm 2022")),
    F("nhà là 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí hỗ trợ xây, sửa nhà", INH(IN23), total=3650000000),
    F("cho 24 hộ hội viên nghèo", "24", 24, "count", "hộ", "hộ hội viên nghèo được hỗ trợ xây, sửa nhà", INH(IN23)),
    F("cấp 1.350 cuốn sách chữ nổi", "1.350", 1350, "count", "cuốn sách chữ nổi", "sách chữ nổi cấp cho hội viên", INH(IN23)),
    F("640 gậy dò đường", "640", 640, "count", "gậy dò đường", "gậy dò đường cấp cho hội viên", INH(IN23)),
    F("mở 16 lớp chữ nổi", "16", 16, "count", "lớp", "lớp chữ nổi", Y24, status="target"),
    F("ít nhất 100 hội viên", "100", 100, "count", "hội viên", "hội viên được đào tạo nghề", Y24,
      approx="at_least", status="target"),
    F("xuống dưới 18%", "18", 18, "percent", "%", "tỷ lệ hộ nghèo trong hội viên", Y24, approx="under", status="target"),
    F("phấn đấu 100% huyện", "100", 100, "percent", "%", "huyện, thành, thị có chi hội người mù", TO25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (invented): Hội Người mù tỉnh tổng kết năm 2023; breadcrumb, 'Cập nhật:' line, 'Lượt xem: 1.482'.",
    "Distractors: Lượt xem, 'Ngày 15/1', 'Hội trường tầng 2', 'số 86 đường Lê Hồng Phong', 'Đại hội lần thứ IX',",
    "'Trường Trung cấp nghề số 4', phone 0238.3844.210; 'vạn dân' is a rate denominator.",
    "Headline figure carries its own 'Năm 2023'. 'Cả năm' sentence and the funding paragraph inherit năm 2023 (unscored).",
]

if __name__ == "__main__":
    emit("p766-1", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Nghệ An")
