"""p768-8: commune portal (xã Cẩm Vũ, huyện Cẩm Giàng, Hải Dương), nhà văn hóa thôn and playgrounds, năm 2024."""
from lib import write, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM VŨ
Huyện Cẩm Giàng - Tỉnh Hải Dương

Cẩm Vũ huy động gần 4,6 tỷ đồng nâng cấp nhà văn hóa thôn

Ngày đăng: 08/01/2025 | 15:42

Năm 2024, xã Cẩm Vũ hoàn thành cải tạo, nâng cấp 5/7 nhà văn hóa thôn với tổng kinh phí gần 4,6 tỷ đồng; trong đó nhân dân đóng góp 1,85 tỷ đồng (chiếm 40,2%), ngân sách huyện hỗ trợ 1,2 tỷ đồng, còn lại là ngân sách xã.

Riêng thôn Quý Dương xây mới nhà văn hóa 2 tầng với diện tích sàn 320 m², sức chứa khoảng 250 người, kinh phí 1,65 tỷ đồng, khánh thành đúng dịp kỷ niệm 94 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11).

Về sân chơi cho trẻ em, cả 7 thôn đều có khu vui chơi với tổng số 46 thiết bị các loại. Quý IV/2024, Đoàn Thanh niên xã phối hợp với nhà tài trợ lắp đặt thêm 12 bộ thiết bị trị giá 180 triệu đồng tại thôn Hoàng Xá và thôn Tràng Kỹ.

Trong năm, các nhà văn hóa thôn tổ chức 128 buổi sinh hoạt cộng đồng, thu hút hơn 9.500 lượt người tham gia, tăng 15% so với năm 2023.

Năm 2025, xã phấn đấu hoàn thành cải tạo 2 nhà văn hóa thôn còn lại, dự kiến kinh phí khoảng 1,4 tỷ đồng. Ban Chấp hành Đoàn xã khóa XXVI cũng đăng ký công trình thanh niên "Sân chơi xanh" tại thôn Quý Dương.

UBND xã Cẩm Vũ - Địa chỉ: Quốc lộ 5, huyện Cẩm Giàng, tỉnh Hải Dương - Điện thoại: 0220.3786.215
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
YR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
QD = "nhà văn hóa thôn Quý Dương"

FIGS = [
    fig("gần 4,6 tỷ đồng nâng cấp", "4,6", 4.6e9, "money", "đồng", "kinh phí nâng cấp nhà văn hóa thôn", inh(Y24),
        approx="nearly"),
    fig("nâng cấp 5/7 nhà", "5", 5, "count", "nhà văn hóa thôn", "nhà văn hóa thôn hoàn thành cải tạo, nâng cấp", Y24,
        total=7),
    fig("kinh phí gần 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "tổng kinh phí cải tạo, nâng cấp nhà văn hóa thôn",
        Y24, approx="nearly"),
    fig("góp 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "nhân dân đóng góp", Y24, total=4.6e9, percent=40.2),
    fig("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "ngân sách huyện hỗ trợ", Y24, total=4.6e9),
    fig("nhà văn hóa 2 tầng", "2", 2, "count", "tầng", "số tầng nhà văn hóa thôn Quý Dương", optional=True),
    fig("sàn 320 m²", "320", 320, "measure", "m²", "diện tích sàn " + QD),
    fig("khoảng 250 người", "250", 250, "count", "người", "sức chứa " + QD, approx="about"),
    fig("kinh phí 1,65 tỷ đồng", "1,65", 1.65e9, "money", "đồng", "kinh phí xây mới " + QD),
    fig("cả 7 thôn", "7", 7, "count", "thôn", "thôn có khu vui chơi cho trẻ em"),
    fig("số 46 thiết bị", "46", 46, "count", "thiết bị", "thiết bị vui chơi các loại"),
    fig("thêm 12 bộ thiết bị", "12", 12, "count", "bộ thiết bị", "bộ thiết bị vui chơi lắp đặt thêm", Q4),
    fig("trị giá 180 triệu đồng", "180", 180e6, "money", "đồng", "trị giá thiết bị lắp đặt thêm", Q4),
    fig("tổ chức 128 buổi", "128", 128, "count", "buổi", "buổi sinh hoạt cộng đồng tại nhà văn hóa thôn", YR),
    fig("hơn 9.500 lượt người", "9.500", 9500, "count", "lượt người", "lượt người tham gia sinh hoạt cộng đồng", YR,
        approx="over", change=chg("increase", 15, "%", "năm 2023")),
    fig("cải tạo 2 nhà", "2", 2, "count", "nhà văn hóa thôn", "nhà văn hóa thôn còn lại cần cải tạo", Y25,
        status="target"),
    fig("khoảng 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", "kinh phí cải tạo nhà văn hóa thôn", Y25,
        approx="about", status="forecast"),
]

COMMENTS = [
    "Commune portal (xã Cẩm Vũ, huyện Cẩm Giàng, Hải Dương), 'Ngày đăng: 08/01/2025 | 15:42': nhà văn hóa thôn upgrades and playgrounds in 2024.",
    "Location: a commune is below the district level the contract uses, so figures take the district, Cẩm Giàng.",
    "Distractors: 'kỷ niệm 94 năm Ngày truyền thống' (an anniversary, a name), '(18/11)', 'khóa XXVI', Quốc lộ 5, phone 0220.3786.215.",
    "'nhà văn hóa 2 tầng' (number of storeys, a descriptor) is optional. 1,85 and 1,2 tỷ are parts of the 4,6 tỷ after 'trong đó'.",
    "'Trong năm' in a year-end report = năm 2024. 2025: 'phấn đấu' target, 'dự kiến kinh phí' forecast.",
]

if __name__ == "__main__":
    write("p768-8", TEXT, COMMENTS, FIGS, published="2025-01-08", location="Cẩm Giàng")
