"""p1301-2: district portal (huyện Lương Sơn, Hòa Bình): land clearance for a golf course project."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LƯƠNG SƠN - TỈNH HÒA BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Đẩy nhanh giải phóng mặt bằng dự án Sân golf Đồi Thông Xanh

22/05/2024 - 14:05

Sáng 21/5, đoàn công tác của UBND huyện do đồng chí Bùi Văn Thịnh, Phó Chủ tịch UBND huyện làm trưởng đoàn đã kiểm tra tiến độ giải phóng mặt bằng dự án Sân golf và khu nghỉ dưỡng Đồi Thông Xanh tại xã Cao Dương và xã Thanh Cao.

Dự án do Công ty TNHH Đầu tư Phát triển Hoàng Lâm làm chủ đầu tư, quy mô 36 lỗ golf trên diện tích 198,5 ha, tổng vốn đầu tư khoảng 2.350 tỷ đồng. Đến nay, huyện đã thu hồi 162,4 ha, đạt 81,8% diện tích cần giải phóng mặt bằng; chi trả bồi thường, hỗ trợ cho 347/412 hộ dân với tổng số tiền hơn 186 tỷ đồng. Còn 65 hộ chưa nhận tiền, trong đó 23 hộ có đất nằm trong khu vực xây dựng nhà câu lạc bộ. Huyện đã bố trí 2 khu tái định cư tại xóm Đồng Bái và xóm Gò Chè với 48 lô đất, trong đó 31 lô đã bàn giao cho các hộ.

Huyện phấn đấu hoàn thành giải phóng mặt bằng 36,1 ha còn lại trước ngày 30/9/2024. Khi đi vào hoạt động, dự án dự kiến tạo việc làm cho khoảng 600 lao động địa phương, đóng góp ngân sách 40-50 tỷ đồng mỗi năm.

Hiện trên địa bàn huyện có 4 sân golf đang hoạt động với tổng số 126 lỗ. Năm 2023, các sân golf đón hơn 210.000 lượt khách, nộp ngân sách 132 tỷ đồng, chiếm khoảng 12% tổng thu ngân sách trên địa bàn huyện.

Nguồn: Phòng Tài nguyên và Môi trường huyện

Tin khác:
- Lương Sơn: Ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Hội nghị triển khai Nghị quyết số 15-NQ/HU của Ban Thường vụ Huyện ủy

Địa chỉ: Tiểu khu 4, thị trấn Lương Sơn, huyện Lương Sơn, tỉnh Hòa Bình | Điện thoại: 0218.3824.157
"""

DL = per("trước ngày 30/9/2024", None, "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("quy mô 36 lỗ", "36", 36, "count", "lỗ golf", subject="quy mô dự án"),
    fig("diện tích 198,5 ha", "198,5", 198.5, "measure", "ha", subject="diện tích dự án"),
    fig("khoảng 2.350 tỷ", "2.350", 2350e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư dự án"),
    fig("thu hồi 162,4 ha", "162,4", 162.4, "measure", "ha", percent=81.8,
        subject="diện tích huyện đã thu hồi"),
    fig("347/412 hộ", "347", 347, "count", "hộ dân", total=412,
        subject="hộ dân được chi trả bồi thường, hỗ trợ"),
    fig("hơn 186 tỷ", "186", 186e9, "money", "đồng", approx="over",
        subject="tổng số tiền chi trả bồi thường, hỗ trợ"),
    fig("Còn 65 hộ", "65", 65, "count", "hộ", subject="hộ chưa nhận tiền"),
    fig("23 hộ", "23", 23, "count", "hộ", total=65,
        subject="hộ có đất nằm trong khu vực xây dựng nhà câu lạc bộ"),
    fig("bố trí 2 khu", "2", 2, "count", "khu tái định cư", subject="khu tái định cư huyện đã bố trí"),
    fig("với 48 lô", "48", 48, "count", "lô đất", subject="lô đất tại các khu tái định cư"),
    fig("31 lô", "31", 31, "count", "lô", total=48, subject="lô đã bàn giao cho các hộ"),
    fig("mặt bằng 36,1 ha", "36,1", 36.1, "measure", "ha", status="target",
        subject="diện tích giải phóng mặt bằng còn lại", period=DL),
    fig("khoảng 600 lao động", "600", 600, "count", "lao động", approx="about", status="forecast",
        subject="lao động địa phương dự án tạo việc làm"),
    fig("ngân sách 40-50 tỷ", "40", 40e9, "money", "đồng/năm", value_max=50e9, status="forecast",
        subject="đóng góp ngân sách của dự án"),
    fig("có 4 sân golf", "4", 4, "count", "sân golf", subject="sân golf đang hoạt động trên địa bàn huyện"),
    fig("tổng số 126 lỗ", "126", 126, "count", "lỗ", subject="lỗ golf của các sân golf đang hoạt động"),
    fig("hơn 210.000 lượt", "210.000", 210000, "count", "lượt khách", approx="over",
        subject="lượt khách các sân golf đón", period=Y23),
    fig("ngân sách 132 tỷ", "132", 132e9, "money", "đồng", percent=12,
        subject="nộp ngân sách của các sân golf", period=Y23),
]

NOTES = [
    "District portal (huyện Lương Sơn, Hòa Bình): banner naming the district, menu, '22/05/2024 - 14:05', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Sáng 21/5', 14:05, 'Nghị quyết số 15-NQ/HU', 'Tiểu khu 4', phone 0218.3824.157, 'năm 2024' in a link title.",
    "Location: the district (Lương Sơn) for every figure; the communes Cao Dương and Thanh Cao are below district level.",
    "'347/412 hộ' → total 412; '65 hộ ..., trong đó 23 hộ' → total 65; '48 lô đất, trong đó 31 lô' → total 48.",
    "'Còn 65 hộ' carries no cue to the 412 households, so no total. 'Đến nay' gives no period (shared gold habit).",
    "'đạt 81,8% diện tích cần giải phóng mặt bằng' → percent attribute; 'chiếm khoảng 12%' → percent attribute 12.",
    "'phấn đấu ... trước ngày 30/9/2024' → target, as-of end 2024-09-30; 'dự kiến' governs both clauses (forecast); 'mỗi năm' → đồng/năm.",
]

if __name__ == "__main__":
    write("p1301-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Lương Sơn")
