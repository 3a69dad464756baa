"""p1401-2: district portal (huyện Can Lộc, Hà Tĩnh): people studying abroad, remittances, a family, scams, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAN LỘC - TỈNH HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Can Lộc: Du học trở thành lựa chọn của nhiều gia đình

Ngày đăng: 22/05/2024 | Người viết: Hồng Nhung

Những năm gần đây, du học Nhật Bản, Hàn Quốc trở thành hướng đi của nhiều thanh niên Can Lộc sau khi tốt nghiệp cấp 3.

Theo Phòng Lao động - Thương binh và Xã hội huyện, tính đến ngày 30/4/2024, toàn huyện có 1.137 người đang học tập ở nước ngoài, gồm 648 người tại Hàn Quốc, 421 người tại Nhật Bản và 68 người tại các nước khác. Năm 2023, huyện có 217 người xuất cảnh du học, vượt 8,5% kế hoạch; riêng 4 tháng đầu năm nay có thêm 126 người, bằng 58% cả năm 2023. Ở xã Thiên Lộc, thôn Trung Thượng đã có gần ba chục gia đình có con đi du học.

Mỗi năm, nguồn ngoại tệ do du học sinh và lao động của huyện gửi về ước khoảng 15 triệu USD, giúp nhiều hộ xây nhà mới, trả nợ vay.

Gia đình ông Trần Văn Hòa ở xã Thiên Lộc có hai con đang du học tại Hàn Quốc. "Năm 2022, nhà tôi vay hơn 230 triệu đồng để cháu lớn học tiếng và làm hồ sơ. Nay cháu vừa học vừa làm thêm, mỗi tháng thu nhập khoảng 1,8 triệu won, đã trả xong nợ", ông Hòa chia sẻ.

Tuy nhiên, thời gian qua trên địa bàn đã xảy ra 3 vụ lừa đảo du học, số tiền bị chiếm đoạt gần 1,2 tỷ đồng. Huyện đã tổ chức 14 hội nghị tuyên truyền tại các xã, thị trấn, thu hút trên 2.000 lượt người tham dự.

Năm 2024, huyện phấn đấu 100% xã, thị trấn tổ chức tư vấn về du học an toàn; giảm ít nhất 50% số vụ lừa đảo so với năm 2023. Hiện huyện có 3 trung tâm tư vấn du học, đặt tại thị trấn Nghèn và xã Tiến Lộc.

Địa chỉ: Số 68 đường Xô Viết Nghệ Tĩnh, thị trấn Nghèn, huyện Can Lộc | ĐT: 0239.3840.125
"""

ASOF = per("tính đến ngày 30/4/2024", None, "2024-04-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm nay", "2024-01-01", "2024-04-30")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 1.137 người", "1.137", 1137, "count", "người",
        subject="người đang học tập ở nước ngoài", period=ASOF),
    fig("gồm 648 người", "648", 648, "count", "người", total=1137,
        subject="người đang học tập tại Hàn Quốc", period=ASOF),
    fig("421 người", "421", 421, "count", "người", total=1137,
        subject="người đang học tập tại Nhật Bản", period=ASOF),
    fig("68 người", "68", 68, "count", "người", total=1137,
        subject="người đang học tập tại các nước khác", period=ASOF),
    fig("có 217 người", "217", 217, "count", "người",
        change=chg("increase", 8.5, "%", "kế hoạch"),
        subject="người xuất cảnh du học", period=Y23),
    fig("thêm 126 người", "126", 126, "count", "người", percent=58,
        subject="người xuất cảnh du học", period=M4),
    fig("gần ba chục gia đình", "ba chục", 30, "count", "gia đình", approx="nearly",
        subject="gia đình có con đi du học ở thôn Trung Thượng"),
    fig("khoảng 15 triệu USD", "15", 15e6, "money", "USD/năm", approx="about", status="estimate",
        subject="nguồn ngoại tệ do du học sinh và lao động của huyện gửi về"),
    fig("có hai con", "hai", 2, "count", "con", subject="con của ông Trần Văn Hòa đang du học tại Hàn Quốc",
        optional=True),
    fig("hơn 230 triệu", "230", 230e6, "money", "đồng", approx="over",
        subject="tiền gia đình vay để cháu học tiếng và làm hồ sơ", period=Y22),
    fig("khoảng 1,8 triệu won", "1,8", 1.8e6, "money", "won/tháng", approx="about",
        subject="thu nhập của cháu"),
    fig("ra 3 vụ", "3", 3, "count", "vụ", subject="vụ lừa đảo du học"),
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
        subject="số tiền bị chiếm đoạt"),
    fig("14 hội nghị", "14", 14, "count", "hội nghị", subject="hội nghị tuyên truyền"),
    fig("trên 2.000 lượt", "2.000", 2000, "count", "lượt người", approx="over",
        subject="lượt người tham dự hội nghị tuyên truyền"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="xã, thị trấn tổ chức tư vấn về du học an toàn", period=Y24),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="số vụ lừa đảo giảm", period=Y24),
    fig("có 3 trung tâm", "3", 3, "count", "trung tâm", subject="trung tâm tư vấn du học"),
]

NOTES = [
    "District portal (huyện Can Lộc, Hà Tĩnh): banner naming the district, menu, 'Ngày đăng: 22/05/2024 | Người viết: …', address footer.",
    "Distractors: 'cấp 3' (school level), 'ngày 30/4/2024' as-of, 'Số 68', 'Xô Viết Nghệ Tĩnh', phone 0239.3840.125.",
    "'gồm' parts after the whole: total 1.137, as-of period in the same sentence (scored).",
    "'vượt 8,5% kế hoạch' → change with baseline kế hoạch (spec 'Result against plan'). 'bằng 58% cả năm 2023' → percent attribute.",
    "'4 tháng đầu năm nay' → 2024 (published). 'gần ba chục gia đình' = nearly 30 (number word); commune/village figure gets the district.",
    "'Mỗi năm … ước khoảng 15 triệu USD' → rate unit USD/năm, estimate + about. 'mỗi tháng … 1,8 triệu won' → won/tháng.",
    "'hai con' of one family optional. 'giảm ít nhất 50% số vụ lừa đảo so với năm 2023' is a rate as the claim: percent, no change.",
]

if __name__ == "__main__":
    write("p1401-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Can Lộc")
