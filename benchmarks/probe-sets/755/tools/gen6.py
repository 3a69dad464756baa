from lib import F, P, I, CH, emit

TEXT = """Thể thao
Thứ hai, 12/2/2024, 07:00 (GMT+7)
Giải bóng đá làng hút hơn 1,2 triệu lượt xem trực tuyến

Nghệ An - Hơn 5.000 người chen kín sân vận động xã Quỳnh Lập, thị xã Hoàng Mai chiều mùng 2 Tết để xem trận chung kết giữa thôn Tân Hải và thôn Ngọc Xuân.

Giải bóng đá các thôn xã Quỳnh Lập dịp Tết Giáp Thìn có 16 đội với 384 cầu thủ; người nhiều tuổi nhất 52 tuổi, nhỏ nhất 16 tuổi. Trận chung kết kết thúc với tỷ số 3-2 nghiêng về thôn Tân Hải sau loạt sút luân lưu.

Ông Hồ Văn Sơn, Trưởng ban tổ chức, cho biết tổng kinh phí khoảng 350 triệu đồng, phần lớn do con em quê hương làm ăn ở Hàn Quốc, Nhật Bản gửi về ủng hộ. Đội vô địch nhận 50 triệu đồng tiền thưởng, đội thứ nhì 30 triệu đồng.

Các trận đấu được phát trực tiếp trên fanpage của giải, tổng cộng hơn 1,2 triệu lượt xem, trong đó trận chung kết đạt khoảng 310.000 lượt. Mỗi trận có hàng chục nghìn người theo dõi cùng lúc.

Theo UBND thị xã Hoàng Mai, dịp Tết Nguyên đán năm nay, 10/10 xã, phường trên địa bàn tổ chức giải bóng đá, bóng chuyền với tổng số 94 đội, tăng 22 đội so với Tết năm trước. Thị xã hiện có 41 sân bóng đá mini cỏ nhân tạo, gần gấp đôi năm 2020.

"Bóng đá làng là dịp để người đi xa trở về gặp gỡ, gắn kết", ông Sơn nói.

Hùng Lê
"""

FIGS = [
    F("hơn 1,2 triệu lượt xem trực tuyến", "1,2", 1.2e6, "count", "lượt xem", "lượt xem trực tuyến giải bóng đá làng",
      approx="over"),
    F("Hơn 5.000 người", "5.000", 5000, "count", "người", "người xem trận chung kết tại sân vận động xã Quỳnh Lập",
      approx="over"),
    F("có 16 đội", "16", 16, "count", "đội", "đội tham gia giải bóng đá các thôn xã Quỳnh Lập"),
    F("384 cầu thủ", "384", 384, "count", "cầu thủ", "cầu thủ tham gia giải bóng đá các thôn xã Quỳnh Lập"),
    F("nhất 52 tuổi", "52", 52, "measure", "tuổi", "tuổi của cầu thủ nhiều tuổi nhất"),
    F("nhất 16 tuổi", "16", 16, "measure", "tuổi", "tuổi của cầu thủ nhỏ tuổi nhất"),
    F("tỷ số 3-2", "3", 3, "count", "bàn thắng", "tỷ số trận chung kết", optional=True),
    F("khoảng 350 triệu đồng", "350", 350e6, "money", "đồng", "tổng kinh phí tổ chức giải", approx="about"),
    F("nhận 50 triệu đồng", "50", 50e6, "money", "đồng", "tiền thưởng đội vô địch"),
    F("nhì 30 triệu đồng", "30", 30e6, "money", "đồng", "tiền thưởng đội thứ nhì"),
    F("hơn 1,2 triệu lượt xem, trong", "1,2", 1.2e6, "count", "lượt xem", "lượt xem các trận đấu phát trực tiếp trên fanpage",
      approx="over"),
    F("khoảng 310.000 lượt", "310.000", 310000, "count", "lượt", "lượt xem trận chung kết", approx="about", total=1.2e6),
    F("hàng chục nghìn người", "chục", 10000, "count", "người", "người theo dõi mỗi trận cùng lúc", approx="about",
      optional=True),
    F("10/10 xã", "10", 10, "count", "xã, phường", "xã, phường tổ chức giải bóng đá, bóng chuyền dịp Tết", total=10),
    F("tổng số 94 đội", "94", 94, "count", "đội", "đội tham gia giải bóng đá, bóng chuyền dịp Tết",
      change=CH("increase", 22, "đội", "Tết năm trước")),
    F("có 41 sân", "41", 41, "count", "sân bóng đá mini", "sân bóng đá mini cỏ nhân tạo",
      change=CH("increase", 2, "lần", "năm 2020", approx="nearly")),
]

COMMENTS = [
    "National press (VnExpress-style dateline 'Thứ hai, 12/2/2024, 07:00 (GMT+7)', byline at the end): Tết village football in",
    "xã Quỳnh Lập, thị xã Hoàng Mai (Nghệ An). Location Hoàng Mai (district-level town) for all figures; Hàn Quốc, Nhật Bản are not places of figures.",
    "No period phrase fits a calendar span ('dịp Tết Giáp Thìn', 'mùng 2 Tết', 'Tết năm trước'), so periods are left null (unscored).",
    "Optional: the match score 'tỷ số 3-2'; 'hàng chục nghìn người' (vague quantity; anchor number 'chục' (×1000) stands for the value 10000).",
    "'gần gấp đôi năm 2020' after 41 sân is its change (2 lần, nearly). 'trong đó trận chung kết … 310.000 lượt' is a part of 1,2 triệu.",
]

if __name__ == "__main__":
    emit("p755-6", TEXT, COMMENTS, FIGS, published="2024-02-12", location="Hoàng Mai")
